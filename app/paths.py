"""Where the user's settings, mapping memory and logs live.

Normally in the folders the platform expects (``platformdirs``). Two
exceptions, both checked on every call so that tests can switch them:

* **Portable mode** (USB-stick installs for workshops): a file named
  ``portable`` beside the executable moves everything into a ``data`` folder
  beside it, so the stick carries its own settings and memory.
* ``IMILA_DESK_HOME``: an environment variable naming a folder that replaces
  the user's folders (the self-test and the tests use it to leave the
  user's profile alone).

The layout under such a home folder is ``<home>/`` for data (the mapping
memory, the working copy of the demo), ``<home>/settings`` and
``<home>/logs``. Nothing here creates a folder: callers create what they
write into.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "imila-desk"
HOME_VARIABLE = "IMILA_DESK_HOME"
PORTABLE_MARKER = "portable"


def executable_dir() -> Path:
    """The folder of the running program: the bundle's executable when frozen, else the Python interpreter's."""
    return Path(sys.executable).resolve().parent


def is_portable() -> bool:
    """Whether a ``portable`` file sits beside the executable."""
    return (executable_dir() / PORTABLE_MARKER).is_file()


def home_dir() -> Path | None:
    """The folder that replaces the user's folders, or None to use the platform's."""
    chosen = os.environ.get(HOME_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if is_portable():
        return executable_dir() / "data"
    return None


def user_data_dir() -> Path:
    """Data shared by all projects of this user: the mapping memory, the working copy of the demo."""
    home = home_dir()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR, appauthor=False))


def user_config_dir() -> Path:
    """Settings: where the GUI keeps its INI file when the home folder is replaced."""
    home = home_dir()
    if home is not None:
        return home / "settings"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR, appauthor=False))


def user_log_dir() -> Path:
    """The log of unexpected errors."""
    home = home_dir()
    if home is not None:
        return home / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR, appauthor=False))

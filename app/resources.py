"""Access to the bundled resources (schema, translations, demo, help, icons).

Resources load through ``importlib.resources`` so the installed package, the
source tree and a frozen bundle behave alike.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(relative: str) -> Path:
    """A path to a bundled resource file or folder (``"schema/imila_schema.json"``)."""
    root = resources.files("resources")
    return Path(str(root.joinpath(*relative.split("/"))))

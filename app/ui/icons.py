"""Icons drawn for the application (SVG under resources/icons), cached by name."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from app.resources import resource_path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when it is missing)."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()

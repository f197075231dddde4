"""Typed access to the user's settings (QSettings): language, recent projects, window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """Small typed wrapper so keys and types live in one place."""

    def __init__(self) -> None:
        self.q = QSettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    # -- language --------------------------------------------------------
    @property
    def language(self) -> str:
        return self._str("ui/language")

    @language.setter
    def language(self, lang: str) -> None:
        self.q.setValue("ui/language", lang)

    # -- projects --------------------------------------------------------
    @property
    def last_project(self) -> str:
        return self._str("projects/last")

    @last_project.setter
    def last_project(self, path: str) -> None:
        self.q.setValue("projects/last", path)

    @property
    def recent_projects(self) -> list[str]:
        value = self.q.value("projects/recent", [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_projects if p != path]
        recent.insert(0, path)
        self.q.setValue("projects/recent", recent[:MAX_RECENT])

    def remove_recent_project(self, path: str) -> None:
        self.q.setValue("projects/recent", [p for p in self.recent_projects if p != path])

    # -- window ----------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    @property
    def last_page(self) -> str:
        return self._str("window/page", "project")

    @last_page.setter
    def last_page(self, key: str) -> None:
        self.q.setValue("window/page", key)

    # -- first start, guided tour, workshop -------------------------------
    @property
    def first_run_done(self) -> bool:
        """False until the application has started once (the welcome page is shown at the first start)."""
        return self._bool("ui/first_run_done")

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self.q.setValue("ui/first_run_done", bool(done))

    @property
    def offer_tour(self) -> bool:
        """Whether the guided tour is offered when a project opens (set at the first start, cleared by
        "Don't show again" or by finishing the tour)."""
        return self._bool("tour/offer")

    @offer_tour.setter
    def offer_tour(self, offer: bool) -> None:
        self.q.setValue("tour/offer", bool(offer))

    @property
    def workshop_folder(self) -> str:
        """The folder of the workshop exercises chosen by the trainer ("" = the default folder)."""
        return self._str("workshop/folder")

    @workshop_folder.setter
    def workshop_folder(self, folder: str | Path) -> None:
        self.q.setValue("workshop/folder", str(folder))

    @property
    def participant(self) -> str:
        """The participant's name, written into the exported progress."""
        return self._str("workshop/participant")

    @participant.setter
    def participant(self, name: str) -> None:
        self.q.setValue("workshop/participant", name)

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, str):  # INI files give booleans back as text
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    # -- folders ---------------------------------------------------------
    def folder(self, purpose: str) -> str:
        """Last folder used for ``purpose`` (open, import, export, verify)."""
        return self._str(f"folders/{purpose}")

    def set_folder(self, purpose: str, folder: str | Path) -> None:
        self.q.setValue(f"folders/{purpose}", str(folder))

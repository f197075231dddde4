"""Map page: the project's mapping recipes. The mapping editor opens on this page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget

from app.ui.models import MappingsModel
from app.ui.pages.base import Page, empty_label, table_view


class MapPage(Page):
    key = "map"
    icon_name = "map"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.model = MappingsModel(self)
        self.view = table_view(self.model, stretch_column=0)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.editor_note = QLabel()
        self.editor_note.setObjectName("hint")
        self.editor_note.setWordWrap(True)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.editor_note)
        self.retranslateUi()

    def nav_title(self) -> str:
        return self.tr("Map")

    def title(self) -> str:
        return self.tr("Map to IMILA codes")

    def description(self) -> str:
        return self.tr("Bind each dimension and label of your tables to the IMILA code lists. "
                       "A mapping replays on the next file of the same shape.")

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No mappings yet.\nImport a table to create its mapping."))
        self.editor_note.setText(self.tr("Select a mapping to review it; the mapping editor opens on this page."))
        self.model.retranslate()

    def refresh(self) -> None:
        project = self.project
        mappings = project.mappings() if project else []
        names = {s["id"]: s["name"] for s in project.sources()} if project else {}
        self.model.set_mappings(mappings, names)
        self.stack.setCurrentWidget(self.view if mappings else self.empty)
        if mappings:
            self.view.resizeColumnsToContents()
        self.main.set_badge(self.key, [(str(len(mappings)), "neutral")] if mappings else [])

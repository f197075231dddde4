"""Import page: the source files stored in the project, and how to add more."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout

from app.ui.models import SourcesModel
from app.ui.pages.base import Page, empty_label, table_view

IMPORT_PATTERNS = "*.csv *.txt *.xlsx *.xls *.ods *.sav *.dta"


class ImportPage(Page):
    key = "import"
    icon_name = "import"

    def __init__(self, main) -> None:
        super().__init__(main)
        actions = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.choose_files)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        actions.addWidget(self.import_button)
        actions.addSpacing(8)
        actions.addWidget(self.drop_hint, 1)
        self.body.addLayout(actions)

        self.sources_title = QLabel()
        self.sources_title.setObjectName("sectionTitle")
        self.body.addWidget(self.sources_title)
        self.model = SourcesModel(self)
        self.view = table_view(self.model, stretch_column=0)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.body.addWidget(self.stack, 3)

        self.summary_frame = QFrame()
        self.summary_frame.setObjectName("card")
        summary_layout = QVBoxLayout(self.summary_frame)
        summary_layout.setContentsMargins(14, 10, 14, 12)
        self.summary_title = QLabel()
        self.summary_title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addWidget(self.summary)
        self.summary_frame.hide()
        self.body.addWidget(self.summary_frame)
        self._last_summary = None
        self.retranslateUi()

    def nav_title(self) -> str:
        return self.tr("Import")

    def title(self) -> str:
        return self.tr("Import census tables")

    def description(self) -> str:
        return self.tr("Add the tables your office publishes. Each file is stored in the project unchanged, "
                       "with its checksum.")

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import file…"))
        self.drop_hint.setText(self.tr("or drop files onto this window: CSV, Excel (XLSX, XLS), "
                                       "OpenDocument (ODS), SPSS (SAV), Stata (DTA)."))
        self.sources_title.setText(self.tr("Source files"))
        self.empty.setText(self.tr("No files imported yet.\nUse “Import file…” or drop a file here."))
        self.summary_title.setText(self.tr("Last import"))
        self.model.retranslate()
        if self._last_summary is not None:
            self.show_summary(self._last_summary)

    def refresh(self) -> None:
        project = self.project
        sources = project.sources() if project else []
        self.model.set_records(sources)
        self.stack.setCurrentWidget(self.view if sources else self.empty)
        if sources:
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().setStretchLastSection(False)
        self.import_button.setEnabled(project is not None)
        self.main.set_badge(self.key, [(str(len(sources)), "neutral")] if sources else [])

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import census tables"), self.main.settings.folder("import"),
            self.tr("Census tables ({patterns});;All files (*)").format(patterns=IMPORT_PATTERNS),
        )
        if paths:
            self.main.import_paths(paths)

    def show_summary(self, summary) -> None:
        """What the last import did: tables written, what was understood, labels still without a code."""
        self._last_summary = summary
        lines = []
        tables = getattr(summary, "tables", {}) or {}
        if tables:
            parts = ", ".join(f"{table}: {self.main.format_number(count)}" for table, count in sorted(tables.items()))
            lines.append(self.tr("{file}: observations written to {tables}.").format(
                file=getattr(summary, "source_name", ""), tables=parts))
        else:
            lines.append(self.tr("{file} is stored in the project; no observations were written yet.").format(
                file=getattr(summary, "source_name", "")))
        unresolved = dict(getattr(summary, "unresolved", {}) or {})
        if unresolved.pop("table", None):
            lines.append(self.tr("The IMILA table of {file} was not recognised: choose it on the Map page.").format(
                file=getattr(summary, "source_name", "")))
        count = sum(len(labels) for labels in unresolved.values())
        if count:
            lines.append(self.tr("{count} labels have no IMILA code yet: complete the mapping on the Map page.")
                         .format(count=self.main.format_number(count)))
        self.summary.setText("\n".join(lines))
        # What the importer understood is technical English from the core: available, not in the way.
        self.summary.setToolTip("\n".join(getattr(summary, "understood", []) or []))
        self.summary_frame.show()

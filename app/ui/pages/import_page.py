"""Import page: the source files stored in the project, the import wizard that adds more, and re-import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QStackedWidget, QVBoxLayout

from app.ui.models import SourcesModel
from app.ui.pages.base import Page, empty_label, table_view


class ImportPage(Page):
    key = "import"
    icon_name = "import"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.wizard = None  # the open import wizard, if any
        self._pending: list[Path] = []  # dropped or chosen files waiting for their wizard
        self._sources: list[dict] = []
        actions = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.choose_files)
        self.reimport_button = QPushButton()
        self.reimport_button.setObjectName("reimportButton")
        self.reimport_button.clicked.connect(self.reimport_selected)
        self.reimport_button.setEnabled(False)
        self.tabulate_button = QPushButton()
        self.tabulate_button.setObjectName("tabulateButton")
        self.tabulate_button.clicked.connect(self.open_tabulate)
        self.tabulate_dialog = None  # the microdata dialog, once opened
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        actions.addWidget(self.import_button)
        actions.addWidget(self.tabulate_button)
        actions.addWidget(self.reimport_button)
        actions.addSpacing(8)
        actions.addWidget(self.drop_hint, 1)
        self.body.addLayout(actions)

        self.sources_title = QLabel()
        self.sources_title.setObjectName("sectionTitle")
        self.body.addWidget(self.sources_title)
        self.model = SourcesModel(self)
        self.view = table_view(self.model, stretch_column=0)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
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
        self._last_kind = "import"
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
        self.tabulate_button.setText(self.tr("Tabulate microdata…"))
        self.tabulate_button.setToolTip(self.tr("Tabulate the IMILA tables straight from the census person file "
                                                "(CSV, Parquet, SPSS, Stata)"))
        self.reimport_button.setText(self.tr("Re-import…"))
        self.reimport_button.setToolTip(self.tr("Import a corrected edition of the selected file with the same "
                                                "settings and mapping; it replaces the file and its observations"))
        self.drop_hint.setText(self.tr("or drop files onto this window: CSV, Excel (XLSX, XLS), "
                                       "OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML."))
        self.sources_title.setText(self.tr("Source files"))
        self.empty.setText(self.tr("No files imported yet.\nUse “Import file…” or drop a file here."))
        self.summary_title.setText(self.tr("Last import"))
        self.model.retranslate()
        if self._last_summary is not None:
            self.show_summary(self._last_summary, kind=self._last_kind)

    def refresh(self) -> None:
        project = self.project
        self._sources = project.sources() if project else []
        self.model.set_records(self._sources)
        self.stack.setCurrentWidget(self.view if self._sources else self.empty)
        if self._sources:
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().setStretchLastSection(False)
        self.import_button.setEnabled(project is not None)
        self.tabulate_button.setEnabled(project is not None)
        self._update_actions()
        self.main.set_badge(self.key, [(str(len(self._sources)), "neutral")] if self._sources else [])

    # -- import through the wizard ---------------------------------------------
    def choose_files(self) -> None:
        from app.ui.import_wizard import file_filter

        if self.project is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import census tables"),
                                                self.main.settings.folder("import"), file_filter())
        if paths:
            self.open_wizard(paths)

    def open_wizard(self, paths) -> None:
        """Open the import wizard on each of ``paths`` in turn (one wizard at a time)."""
        paths = [Path(p) for p in paths]
        if paths:
            self.main.settings.set_folder("import", paths[0].parent)
        self._pending.extend(paths)
        if self.wizard is None:
            self._next_wizard()

    def _next_wizard(self) -> None:
        from app.ui.import_wizard import ImportWizard

        if not self._pending or self.project is None:
            self._pending.clear()
            return
        path = self._pending.pop(0)
        wizard = ImportWizard(self.main, self.project.path, path, start_folder=self.main.settings.folder("import"))
        wizard.imported.connect(self._on_wizard_imported)
        wizard.finished.connect(self._on_wizard_closed)
        self.wizard = wizard
        wizard.open()

    def _on_wizard_imported(self, summaries) -> None:
        from app.ui.import_wizard import combined_summary

        if summaries:
            self.show_summary(combined_summary(summaries))
        self.main.data_changed()
        if summaries:
            self.main.resolve_held(summaries)

    def _on_wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self._next_wizard()

    # -- microdata ---------------------------------------------------------------
    def open_tabulate(self):
        """Open the dialog that tabulates the IMILA tables from a census person file."""
        from app.ui.tabulate_dialog import TabulateDialog

        if self.project is None:
            return None
        if self.tabulate_dialog is None:
            self.tabulate_dialog = TabulateDialog(self.main)
        self.tabulate_dialog.open()
        return self.tabulate_dialog

    # -- re-import ---------------------------------------------------------------
    def selected_source(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        row = self.model.source_row(rows[0].row())
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def _update_actions(self) -> None:
        self.reimport_button.setEnabled(self.project is not None and self.selected_source() is not None)

    def _context_menu(self, pos) -> None:
        if self.selected_source() is None:
            return
        menu = QMenu(self)
        action = QAction(self.reimport_button.text(), menu)
        action.triggered.connect(self.reimport_selected)
        menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def reimport_selected(self) -> None:
        source = self.selected_source()
        if source is None or self.project is None:
            return
        suffix = Path(source["name"]).suffix
        pattern = f"*{suffix}" if suffix else "*"
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Corrected edition of {file}").format(file=source["name"]), self.main.settings.folder("import"),
            self.tr("Same kind of file ({pattern});;All files (*)").format(pattern=pattern))
        if path:
            self.reimport(source["id"], path)

    def reimport(self, source_id: int, path):
        """Replay the stored settings and recipe of ``source_id`` on ``path``, replacing that source."""
        from app import workflow

        path = Path(path)
        self.main.settings.set_folder("import", path.parent)
        job = self.main.start_job(workflow.reimport_file, source_id, path, project_path=self.project.path,
                                  title=self.tr("Re-importing {file}").format(file=path.name))
        if job is not None:
            job.succeeded.connect(self._on_reimported)
        return job

    def _on_reimported(self, summary) -> None:
        self.show_summary(summary, kind="reimport")
        self.main.data_changed()

    # -- summary -------------------------------------------------------------------
    def show_summary(self, summary, kind: str = "import") -> None:
        """What the last import did: tables written, what was understood, labels still without a code."""
        self._last_summary = summary
        self._last_kind = kind
        lines = []
        name = getattr(summary, "source_name", "")
        tables = getattr(summary, "tables", {}) or {}
        unresolved = dict(getattr(summary, "unresolved", {}) or {})
        if kind == "reimport" and not getattr(summary, "source_id", 0):
            count = sum(len(labels) for labels in unresolved.values())
            lines.append(self.tr("{file} was not re-imported: {count} of its labels are not in the mapping of the "
                                 "file it corrects. Nothing was changed. Import it with “Import file…” and complete "
                                 "its mapping on the Map page.").format(file=name, count=self.main.format_number(count)))
            self.summary.setText("\n".join(lines))
            self.summary.setToolTip("\n".join(f"{dim}: {', '.join(labels)}" for dim, labels in unresolved.items()))
            self.summary_frame.show()
            return
        held = not getattr(summary, "source_id", 0) and (getattr(summary, "conflicts", None)
                                                          or getattr(summary, "mismatch", None))
        if tables:
            parts = ", ".join(f"{table}: {self.main.format_number(count)}" for table, count in sorted(tables.items()))
            lines.append(self.tr("{file}: observations written to {tables}.").format(file=name, tables=parts))
            lines.extend(f"✓ {line}" for line in getattr(summary, "proven", []) or [])
        elif held:
            lines.append(self.tr("{file} was not imported yet: it waits for your answer.").format(file=name))
        else:
            lines.append(self.tr("{file} is stored in the project; no observations were written yet.").format(file=name))
        if kind == "reimport":
            lines.append(self.tr("It replaces the earlier edition of the file and the observations that came from it."))
        refused = getattr(summary, "refused", []) or []
        if refused and not tables:
            lines.append(self.tr("It was not written automatically, because:"))
            lines.extend(f"• {line.strip()}" for line in refused[:6])
        if unresolved.pop("table", None) and not refused:
            lines.append(self.tr("The IMILA table of {file} was not recognised: choose it on the Map page.").format(
                file=name))
        count = sum(len(labels) for labels in unresolved.values())
        if count:
            lines.append(self.tr("{count} labels have no IMILA code yet: complete the mapping on the Map page.")
                         .format(count=self.main.format_number(count)))
        elif refused and not tables:
            lines.append(self.tr("Check the table and its codes on the Map page, then apply the mapping."))
        self.summary.setText("\n".join(lines))
        # What the importer understood and how every cell was accounted for: available, not in the way.
        self.summary.setToolTip("\n".join([*(getattr(summary, "understood", []) or []),
                                           *(getattr(summary, "accounting", []) or [])]))
        self.summary_frame.show()

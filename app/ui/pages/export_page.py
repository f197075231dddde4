"""Export page: write the submission package, list past packages, verify a package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QStackedWidget, QVBoxLayout,
)

from app.ui.i18n import LANGUAGES, current_language
from app.ui.models import ExportsModel
from app.ui.pages.base import Page, empty_label, table_view


def _workflow(name: str):
    from app import workflow

    return getattr(workflow, name, None)


class ExportPage(Page):
    key = "export"
    icon_name = "export"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.last_package: Path | None = None

        box = QFrame()
        box.setObjectName("card")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 12, 16, 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.labels_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.labels_language.addItem(name, code)
        self.folder_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.language_label, self.labels_language)
        box_layout.addLayout(form)
        self.confirm = QCheckBox()
        box_layout.addWidget(self.confirm)
        buttons = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setOpenExternalLinks(False)
        self.result.linkActivated.connect(self._open_folder)
        buttons.addWidget(self.export_button)
        buttons.addSpacing(10)
        buttons.addWidget(self.result, 1)
        box_layout.addLayout(buttons)
        self.body.addWidget(box)

        history = QHBoxLayout()
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.main.verify_package_dialog)
        history.addWidget(self.history_title, 1)
        history.addWidget(self.verify_button)
        self.body.addLayout(history)
        self.model = ExportsModel(self)
        self.view = table_view(self.model, stretch_column=1)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.body.addWidget(self.stack, 1)
        main.busy_changed.connect(lambda _busy: self._update_state())
        main.project_changed.connect(self._forget_package)
        self.retranslateUi()

    def nav_title(self) -> str:
        return self.tr("Export")

    def title(self) -> str:
        return self.tr("Export the submission package")

    def description(self) -> str:
        return self.tr("With no open errors, write the package for CELADE: data, metadata, "
                       "quality report and mappings, with checksums.")

    def retranslate(self) -> None:
        self.folder_label.setText(self.tr("Output folder:"))
        self.language_label.setText(self.tr("Labels in:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.confirm.setText(self.tr("Export even if some warnings are not explained yet (this is recorded)"))
        self.export_button.setText(self.tr("Export package"))
        self.history_title.setText(self.tr("Packages written"))
        self.verify_button.setText(self.tr("Verify package…"))
        self.empty.setText(self.tr("No package written yet."))
        self.model.retranslate()
        self._update_state()

    def refresh(self) -> None:
        project = self.project
        exports = project.exports() if project else []
        self.model.set_records(list(reversed(exports)))
        self.stack.setCurrentWidget(self.view if exports else self.empty)
        if exports:
            self.view.resizeColumnsToContents()
        if project is not None:
            if not self.folder.text():
                self.folder.setText(self.main.settings.folder("export") or str(Path(project.path).parent))
            meta_lang = (project.metadata().get("language") or current_language())
            self.labels_language.setCurrentIndex(max(0, self.labels_language.findData(meta_lang)))
        self._update_state()

    def _update_state(self) -> None:
        if self.project is None:  # also spares loading the core before a project is open
            self.export_button.setEnabled(False)
            return
        available = _workflow("export_package") is not None
        self.export_button.setEnabled(available and self.main.job is None)
        if not available:
            self.result.setText(self.tr("Export is not available in this version yet."))
        elif self.main.job is None and self.last_package is None:
            errors = self.main.finding_counts.get("error", 0)
            if errors == 1:
                text = self.tr("1 error must be corrected before the export (see the Check page).")
            elif errors:
                text = self.tr("{n} errors must be corrected before the export (see the Check page).").format(n=errors)
            else:
                text = ""
            self.result.setText(text)

    def _forget_package(self) -> None:
        self.last_package = None
        self.result.setText("")
        self._update_state()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        export_package = _workflow("export_package")
        project = self.project
        if export_package is None or project is None:
            return
        out_dir = self.folder.text().strip() or str(Path(project.path).parent)
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        self.main.settings.set_folder("export", out_dir)
        job = self.main.start_job(export_package, out_dir, project_path=project.path, title=self.tr("Writing the package"),
                                  lang=self.labels_language.currentData(), confirm_unexplained=self.confirm.isChecked())
        if job is None:
            return
        self.result.setText(self.tr("Writing the package…"))
        self.export_button.setEnabled(False)
        job.succeeded.connect(self._on_exported)
        job.finished.connect(self._on_finished)

    def _on_exported(self, path) -> None:
        self.last_package = Path(path)
        url = QUrl.fromLocalFile(str(self.last_package.parent)).toString()
        self.result.setText(self.tr("Written: {name} — <a href=\"{url}\">open folder</a>").format(
            name=self.last_package.name, url=url))
        self.main.refresh_pages()

    def _on_finished(self) -> None:
        job = self.sender()
        if job is not None and getattr(job, "state", "") != "succeeded":
            self.result.setText("")
        self._update_state()

    def _open_folder(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

"""Dialogs: messages, the bug report with "Copy details", New project, About, package verification."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.ui.i18n import current_language
from app.ui.icons import icon

PROJECT_SUFFIX = ".imila"


def message_box(parent: QWidget | None, kind: str, title: str, text: str, details: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller (``open``, not ``exec``)."""
    box = QMessageBox(parent)
    box.setIcon({"warning": QMessageBox.Icon.Warning, "error": QMessageBox.Icon.Critical,
                 "info": QMessageBox.Icon.Information}.get(kind, QMessageBox.Icon.NoIcon))
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class CrashDialog(QDialog):
    """An unexpected error: what happened, that the project is safe, and the details to copy."""

    def __init__(self, parent: QWidget | None, exc: BaseException, details: str, log_path: str) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("IMILA Desk ran into a problem it did not expect."))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        text = self.tr(
            "Your project is safe: every change is saved in the project file as soon as it is made, "
            "and the action that failed was undone."
        )
        if log_path:
            text += " " + self.tr("The details were written to {path}.").format(path=log_path)
        body = QLabel(text + " " + self.tr("Please send them to your support contact."))
        body.setWordWrap(True)
        layout.addWidget(body)
        summary = QLabel(f"{type(exc).__name__}: {exc}")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)
        self.details_box = QPlainTextEdit(details)
        self.details_box.setReadOnly(True)
        self.details_box.setMinimumHeight(160)
        layout.addWidget(self.details_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class NewProjectDialog(QDialog):
    """Where the new project file goes, which country and which census year."""

    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.folder = folder
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.country = QComboBox()
        self.country.setMaxVisibleItems(20)
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(_dt.date.today().year // 10 * 10)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_path)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.country_label, self.year_label, self.path_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.country_label, self.country)
        form.addRow(self.year_label, self.year)
        form.addRow(self.path_label, path_row)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.country.currentIndexChanged.connect(self._suggest_path)
        self.year.valueChanged.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self._path_edited = False
        self._fill_countries()
        self._suggest_path()
        self.retranslateUi()
        self.resize(560, 0)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New project"))
        self.intro.setText(self.tr("A project holds one census submission: its tables, mappings, checks and exports, "
                                   "all in one file."))
        self.country_label.setText(self.tr("Country:"))
        self.year_label.setText(self.tr("Census year:"))
        self.path_label.setText(self.tr("Project file:"))
        self.browse.setText(self.tr("Browse…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_countries(self) -> None:
        lang = current_language()
        try:
            from app.models.schema import load_schema

            codes = [c for c in load_schema().codelist("COB") if c.kind == "country" and c.iso3]
        except (OSError, KeyError, ValueError):
            codes = []
        codes.sort(key=lambda c: c.label(lang).casefold())
        for code in codes:
            self.country.addItem(f"{code.label(lang)} ({code.iso3})", code.iso3)

    def _suggest_path(self) -> None:
        if self._path_edited or not self.country.currentData():
            return
        name = f"{self.country.currentData()}-{self.year.value()}{PROJECT_SUFFIX}"
        folder = Path(self.folder) if self.folder else Path.home()
        self.path.setText(str(folder / name))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self.path.text(),
                                              self.tr("IMILA projects (*.imila)"))
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            self.path.setText(path)
            self._path_edited = True

    def set_country(self, iso3: str) -> None:
        index = self.country.findData(iso3)
        if index >= 0:
            self.country.setCurrentIndex(index)

    def values(self) -> tuple[str, str, int]:
        """(path, ISO3, year) as entered."""
        path = self.path.text().strip()
        if path and not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return path, str(self.country.currentData() or ""), self.year.value()

    def accept(self) -> None:
        path, iso3, _year = self.values()
        if not iso3:
            self.problem.setText(self.tr("Choose the country of the census."))
            return
        if not path:
            self.problem.setText(self.tr("Choose where to save the project file."))
            return
        if Path(path).exists():
            self.problem.setText(self.tr("A file with this name already exists. Choose another name: "
                                         "an existing project is never overwritten."))
            return
        super().accept()


class VerifyReportDialog(QDialog):
    """The result of re-checking a package exactly as CELADE would."""

    def __init__(self, parent: QWidget | None, package: str, ok: bool, problems: list[str]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Package verification"))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("ok" if ok else "error").pixmap(28, 28))
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        if ok:
            text = self.tr("The package {name} is valid: its checksums match and its data pass the checks.")
        else:
            text = self.tr("The package {name} is not acceptable. Problems found:")
        self.summary = QLabel(text.format(name=Path(package).name))
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        self.problems = QListWidget()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360 if problems else 140)

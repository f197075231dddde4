"""Dialogs: messages, the bug report with "Copy details", New project, About, package verification."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.ui.i18n import LANGUAGES, current_language
from app.ui.icons import icon

PROJECT_SUFFIX = ".imila"
# Languages a package can speak: the interface's four and Dutch (Suriname, the Dutch Caribbean), each in its own name.
PACKAGE_LANGUAGE_NAMES = {**LANGUAGES, "nl": "Nederlands"}
LICENCE_NAMES = {"CC-BY-4.0": "CC BY 4.0 — Creative Commons Attribution", "CC0-1.0": "CC0 1.0 — Public domain",
                 "CC-BY-SA-4.0": "CC BY-SA 4.0 — Attribution-ShareAlike",
                 "ODC-BY-1.0": "ODC-By 1.0 — Open Data Commons Attribution"}
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
EMAIL_PATTERN = r"[^@\s]+@[^@\s]+\.[^@\s]+"


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


class HeldImportDialog(QDialog):
    """An import stopped for an answer: the title names another census, or the project already holds the cells.

    ``chosen`` carries the answer: ``other_census``, ``replace``, ``version``,
    ``keep`` (store the file unmapped, for the Map page) or ``cancel``.
    Nothing has been written when it opens.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, summary) -> None:
        super().__init__(parent)
        self.setObjectName("heldImport")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import of {file}").format(file=summary.source_name))
        self.setMinimumWidth(560)
        self.answer: str | None = None
        layout = QVBoxLayout(self)
        heading = QLabel()
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        body = QLabel()
        body.setObjectName("heldText")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        self.buttons: dict[str, QPushButton] = {}
        if summary.mismatch:
            heading.setText(self.tr("{file} does not look like a table of this project's census. Nothing has been "
                                    "written.").format(file=summary.source_name))
            body.setText("\n".join(f"• {line}" for line in summary.mismatch))
            choices = [("other_census", self.tr("Import anyway"))]
        else:
            heading.setText(self.tr("The project already holds some of these cells from another file. Nothing has "
                                    "been written: two sources are never merged."))
            body.setText("\n".join(
                "• " + self.tr("{table}: {cells} cells from “{source}”").format(
                    table=c["table"], cells=format_count(c["cells"]), source=c["source"])
                for c in summary.conflicts))
            choices = [("replace", self.tr("Replace the earlier table")),
                       ("version", self.tr("New version (keep the earlier file)"))]
        choices.append(("keep", self.tr("Keep for the Map page")))
        for key, text in choices:
            button = QPushButton(text)
            button.setObjectName(f"held_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self._answer(k))
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons[choices[0][0]].setDefault(True)
        hint = QLabel(self.tr("“Keep for the Map page” stores the file without writing its cells, to map by hand."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("held_cancel")
        cancel.clicked.connect(lambda _checked=False: self._answer("cancel"))
        self.buttons["cancel"] = cancel
        layout.addWidget(buttons)
        self.adjustSize()

    def _answer(self, key: str) -> None:
        self.answer = key
        self.chosen.emit(key)
        self.done(QDialog.DialogCode.Rejected if key == "cancel" else QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Escape or the window's close button: cancel
        if self.answer is None:
            self.answer = "cancel"
            self.chosen.emit("cancel")
        super().reject()


def format_count(value: int) -> str:
    from app.ui.models import format_number

    return format_number(value)


class NewProjectDialog(QDialog):
    """Where the new project file goes, which census, and the submission metadata CELADE needs."""

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

        # The submission metadata: asked now, editable later on the Project page (one form: labels align).
        self.metadata_title = QLabel()
        self.metadata_title.setObjectName("sectionTitle")
        form.addRow(self.metadata_title)
        meta_form = form
        self.nso = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_email.setValidator(QRegularExpressionValidator(QRegularExpression(EMAIL_PATTERN)))
        self.reference_date = QLineEdit()
        self.reference_date.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_PATTERN)))
        self.census_round = QLineEdit()
        self.enumeration_basis = QComboBox()
        self.source_type = QComboBox()
        self.language = QComboBox()
        for code, name in PACKAGE_LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.licence = QComboBox()
        for code, name in LICENCE_NAMES.items():
            self.licence.addItem(name, code)
        self.metadata_labels = [QLabel() for _ in range(9)]
        for label, widget in zip(self.metadata_labels, (self.nso, self.contact_name, self.contact_email,
                                                        self.reference_date, self.census_round, self.enumeration_basis,
                                                        self.source_type, self.language, self.licence)):
            meta_form.addRow(label, widget)
        self.later = QLabel()
        self.later.setObjectName("hint")
        self.later.setWordWrap(True)
        layout.addWidget(self.later)
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
        self.country.currentIndexChanged.connect(self._suggest_language)
        self.year.valueChanged.connect(self._suggest_round)
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self.language.activated.connect(lambda _index: setattr(self, "_language_chosen", True))
        self.census_round.textEdited.connect(lambda _text: setattr(self, "_round_edited", True))
        self._path_edited = self._language_chosen = self._round_edited = False
        self._fill_countries()
        self._suggest_path()
        self._suggest_language()
        self._suggest_round()
        self.retranslateUi()
        self.resize(600, 0)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New project"))
        self.intro.setText(self.tr("A project holds one census submission: its tables, mappings, checks and exports, "
                                   "all in one file."))
        self.country_label.setText(self.tr("Country:"))
        self.year_label.setText(self.tr("Census year:"))
        self.path_label.setText(self.tr("Project file:"))
        self.browse.setText(self.tr("Browse…"))
        self.metadata_title.setText(self.tr("Submission"))
        for label, text in zip(self.metadata_labels, (
            self.tr("Statistics office:"), self.tr("Contact person:"), self.tr("Contact email:"),
            self.tr("Reference date:"), self.tr("Census round:"), self.tr("Enumeration basis:"),
            self.tr("Source type:"), self.tr("Package language:"), self.tr("Licence:"),
        )):
            label.setText(text)
        self.nso.setPlaceholderText(self.tr("e.g. Instituto Nacional de Estadísticas"))
        self.contact_email.setPlaceholderText(self.tr("name@institute.org"))
        self.reference_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.census_round.setPlaceholderText(self.tr("e.g. 2020"))
        self.language.setToolTip(self.tr("Language of the labels in the package's spreadsheet and quality report; "
                                         "by default the census country's"))
        self._fill_combo(self.enumeration_basis, [("de_jure", self.tr("De jure (usual residents)")),
                                                  ("de_facto", self.tr("De facto (persons present)"))])
        self._fill_combo(self.source_type, [("full_count", self.tr("Full count")),
                                            ("sample", self.tr("Sample (weighted)"))])
        self.later.setText(self.tr("CELADE needs the office, a contact person and the reference date. Universe notes "
                                   "and national definitions go on the Project page; the export reminds you of "
                                   "anything left empty."))

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

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

    def _suggest_language(self) -> None:
        """The package speaks the census country's language unless the user chose another."""
        if self._language_chosen:
            return
        from app.store.metadata import country_language

        index = self.language.findData(country_language(self.country.currentData()))
        self.language.setCurrentIndex(max(0, index))

    def _suggest_round(self) -> None:
        if not self._round_edited:
            self.census_round.setText(str(self.year.value() // 10 * 10))

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

    def metadata(self) -> dict[str, str]:
        """The submission metadata as entered (empty fields left out)."""
        values = {
            "nso": self.nso.text().strip(), "contact_name": self.contact_name.text().strip(),
            "contact_email": self.contact_email.text().strip(), "reference_date": self.reference_date.text().strip(),
            "census_round": self.census_round.text().strip(), "enumeration_basis": self.enumeration_basis.currentData(),
            "source_type": self.source_type.currentData(), "language": self.language.currentData(),
            "license": self.licence.currentData(),
        }
        return {key: value for key, value in values.items() if value}

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
        if self.reference_date.text().strip() and not self.reference_date.hasAcceptableInput():
            self.problem.setText(self.tr("Write the reference date as YYYY-MM-DD, for example 2022-05-18."))
            self.reference_date.setFocus()
            return
        if self.contact_email.text().strip() and not self.contact_email.hasAcceptableInput():
            self.problem.setText(self.tr("The contact email does not look like an address (name@institute.org)."))
            self.contact_email.setFocus()
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

"""About IMILA Desk: versions of the program, the schema, Qt and Python, and the licences of what it ships.

The list of components and their installed versions comes from
``app.about`` and is read on the worker thread (it looks up package
metadata, a few hundred milliseconds). "Copy" puts everything on the
clipboard, for a support request.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app import about
from app.ui.icons import icon
from app.ui.models import Column, ColumnarTableModel
from app.ui.pages.base import table_view
from app.ui.worker import run_job


class LicencesModel(ColumnarTableModel):
    """One row per shipped component: name, version, licence, copyright; the notice as tooltip."""

    COLUMNS = (Column("name"), Column("version"), Column("licence"), Column("copyright"))

    def column_titles(self) -> list[str]:
        return [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Copyright")]

    def display(self, row: int, column: Column) -> str:
        text = super().display(row, column)
        if column.key == "name" and not self.raw(row, "bundled"):
            return self.tr("{name} (build only)").format(name=text)
        return text

    def tooltip(self, row: int, column: Column):
        parts = [self.display(row, column), str(self.raw(row, "notice") or ""), str(self.raw(row, "source") or "")]
        return "\n\n".join(p for p in parts if p) or None

    def set_rows(self, rows: list[dict]) -> None:
        keys = [c.key for c in self.COLUMNS] + ["notice", "source", "bundled"]
        self.set_columns({key: [r.get(key) for r in rows] for key in keys})


def _load_licences() -> tuple[list[dict], str]:
    """Worker thread: the rows and the plain text of the licences."""
    rows = about.licences()
    return rows, about.licences_text()


def versions() -> list[tuple[str, str]]:
    """(what, version) of the program and what it runs on, untranslated keys."""
    info = about.application_info()
    return [
        ("app", info["version"]),
        ("schema", info["schema"]),
        ("qt", qVersion()),
        ("pyside", PySide6.__version__),
        ("python", info["python"]),
        ("system", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("licence", info["licence"]),
    ]


class AboutDialog(QDialog):
    """What this copy of IMILA Desk is, and whose work it is built on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.versions = versions()
        self.licences_text = ""
        self.job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)

        head = QHBoxLayout()
        head.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(56, 56))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name_label = QLabel(about.application_info()["name"])
        self.name_label.setObjectName("welcomeTitle")
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        self.blurb.setObjectName("pageDescription")
        titles.addWidget(self.name_label)
        titles.addWidget(self.blurb)
        head.addLayout(titles, 1)
        layout.addLayout(head)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(4)
        self.version_labels: dict[str, QLabel] = {}
        self.version_values: dict[str, QLabel] = {}
        for key, value in self.versions:
            label = QLabel()
            label.setObjectName("hint")
            shown = QLabel(value)
            shown.setObjectName(f"version_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.version_labels[key] = label
            self.version_values[key] = shown
            self.form.addRow(label, shown)
        layout.addLayout(self.form)

        self.licences_title = QLabel()
        self.licences_title.setObjectName("sectionTitle")
        layout.addWidget(self.licences_title)
        self.model = LicencesModel(self)
        self.view = table_view(self.model, stretch_column=3)
        self.view.setObjectName("licencesView")
        self.view.setMinimumHeight(220)
        layout.addWidget(self.view, 1)
        self.loading = QLabel()
        self.loading.setObjectName("hint")
        layout.addWidget(self.loading)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.clicked.connect(self.copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(820, 600)
        self._load()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About IMILA Desk"))
        self.blurb.setText(self.tr("Prepare census tables on international migration for the IMILA data bank of "
                                   "CELADE, the Population Division of ECLAC."))
        titles = {
            "app": self.tr("Version:"), "schema": self.tr("IMILA schema:"), "qt": self.tr("Qt:"),
            "pyside": self.tr("Qt for Python (PySide6):"), "python": self.tr("Python:"),
            "system": self.tr("System:"), "licence": self.tr("Licence:"),
        }
        for key, label in self.version_labels.items():
            label.setText(titles.get(key, key))
        self.licences_title.setText(self.tr("Components and their licences"))
        self.loading.setText(self.tr("Reading the installed versions…") if self.job is not None else
                             self.tr("Hover over a component to read its notice."))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the versions and licences, for a support request"))
        self.model.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _load(self) -> None:
        self.job = run_job(_load_licences, parent=self)
        self.job.succeeded.connect(self._loaded)
        self.job.finished.connect(self._load_finished)
        self.retranslateUi()

    def _loaded(self, result) -> None:
        rows, text = result
        self.model.set_rows(rows)
        self.licences_text = text
        header = self.view.horizontalHeader()
        for column, width in enumerate((230, 110, 230)):  # long cells are elided; the tooltip has them whole
            header.resizeSection(column, width)

    def _load_finished(self) -> None:
        self.job = None
        self.retranslateUi()

    def text(self) -> str:
        """Everything the dialog shows, as plain text (English labels: for support, whatever the language)."""
        names = {"app": "IMILA Desk", "schema": "IMILA schema", "qt": "Qt", "pyside": "PySide6",
                 "python": "Python", "system": "System", "licence": "Licence"}
        lines = [f"{names.get(key, key)}: {value}" for key, value in self.versions]
        return "\n".join(lines) + "\n\n" + self.licences_text

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))

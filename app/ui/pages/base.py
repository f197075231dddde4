"""What every page shares: a title, a one-line description, a body, and the way it follows the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.store.project import Project
    from app.ui.main_window import MainWindow

PAGE_MARGINS = (28, 22, 28, 18)
HELP_BUTTON_STYLE = """
QToolButton#helpButton { border: 1px solid #b9c7d5; border-radius: 14px; background: #ffffff;
                         color: #1f5f8b; font-weight: 700; font-size: 11pt; }
QToolButton#helpButton:hover { background: #e3eef8; border-color: #1f5f8b; }
"""


class Page(QWidget):
    """A page of the navigator.

    Subclasses give ``key`` and ``icon_name``, put their widgets in
    ``self.body`` and implement ``nav_title``, ``title``, ``description``,
    ``retranslate`` and ``refresh``. The main window calls ``refresh()``
    after the project or its data changed; a page reads what it shows from
    the project then, never keeping its own copy.
    """

    key = "page"
    icon_name = ""

    def __init__(self, main: "MainWindow") -> None:
        super().__init__()
        self.main = main
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*PAGE_MARGINS)
        outer.setSpacing(4)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.description_label = QLabel()
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title_label, 1)
        self.help_button = QToolButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setText("?")
        self.help_button.setFixedSize(28, 28)
        self.help_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.help_button.setStyleSheet(HELP_BUTTON_STYLE)
        self.help_button.clicked.connect(self.show_help)
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        outer.addWidget(self.description_label)
        outer.addSpacing(12)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)

    # -- to implement ----------------------------------------------------
    def nav_title(self) -> str:
        return self.key

    def title(self) -> str:
        return self.nav_title()

    def description(self) -> str:
        return ""

    def retranslate(self) -> None:
        """Set the page's own texts in the current language."""

    def refresh(self) -> None:
        """Re-read what the page shows from ``self.project``."""

    # -- shared ----------------------------------------------------------
    @property
    def project(self) -> "Project | None":
        return self.main.project

    def show_help(self) -> None:
        """The help page of this page, in the interface language (the "?" in the header)."""
        from app.ui.help_viewer import open_help

        open_help(self.main, self.key)

    def retranslateUi(self) -> None:
        self.title_label.setText(self.title())
        self.description_label.setText(self.description())
        # "Page" context on purpose: self.tr() would look the text up under each subclass's name.
        help_text = QCoreApplication.translate("Page", "Help on this page")
        self.help_button.setToolTip(help_text)
        self.help_button.setAccessibleName(help_text)
        self.retranslate()
        self.main.update_navigator_item(self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def empty_label() -> QLabel:
    """The calm text a page shows where there is nothing yet."""
    label = QLabel()
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def table_view(model, stretch_column: int | None = None) -> QTableView:
    """A read-only, row-selecting table with the application's look."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(60)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view

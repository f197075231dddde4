"""The welcome page: the first screen of a new user, and Help → Welcome afterwards.

Three big choices — open the demo, create a project, open a project — and
the recent projects. It is shown when no project is open, at the very first
start (over the demo, which opens behind it), and whenever the user asks for
it from the Help menu; "Back to …" returns to the open project.

After the first start the guided tour is offered once the user leaves this
page for a project (``Settings.offer_tour``, cleared by the tour's "Don't
show again" or by finishing it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.icons import icon
from app.ui.style import ACCENT, MUTED

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

WELCOME_STYLE = f"""
QPushButton[welcomeChoice="true"] {{
    background: #ffffff; border: 1px solid #d5dde6; border-radius: 10px; text-align: left; padding: 0;
}}
QPushButton[welcomeChoice="true"]:hover {{ border: 2px solid {ACCENT}; background: #f4f8fc; }}
QPushButton[welcomeChoice="true"]:focus {{ border: 2px solid {ACCENT}; }}
QLabel#choiceTitle {{ font-size: 12.5pt; font-weight: 600; color: #1d2b3a; }}
QLabel#choiceText {{ color: {MUTED}; }}
QPushButton[welcomeLink="true"] {{
    border: none; background: transparent; color: {ACCENT}; padding: 2px 4px; text-decoration: underline;
}}
QPushButton[welcomeLink="true"]:hover {{ color: #0f3a5c; }}
QListWidget#welcomeRecent {{ background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; }}
QListWidget#welcomeRecent::item {{ padding: 5px 6px; }}
"""

# Drawn in the style of resources/icons (24 px grid, 1.7 px strokes).
NEW_PROJECT_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none"
 stroke="#34495e" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">
 <path d="M13 21.2H6V2.8h8l4.2 4.2V12"/><path d="M14 2.8V7h4.2"/><path d="M18 15v6M15 18h6"/></svg>"""
OPEN_PROJECT_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none"
 stroke="#34495e" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">
 <path d="M3 6.5a1.5 1.5 0 0 1 1.5-1.5h4.3l2 2.2h8.7A1.5 1.5 0 0 1 21 8.7V18a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18z"/>
 <path d="M3 10.5h18"/></svg>"""


def svg_icon(data: bytes, size: int = 96) -> QIcon:
    """An icon drawn from SVG text, sharp at the large size of the choices."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)


class ChoiceButton(QPushButton):
    """A large button: an icon, a title and a sentence saying what it does."""

    def __init__(self, symbol: QIcon, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("welcomeChoice", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(200, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        picture = QLabel()
        picture.setPixmap(symbol.pixmap(40, 40))
        self.heading = QLabel()
        self.heading.setObjectName("choiceTitle")
        self.heading.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setObjectName("choiceText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label in (picture, self.heading, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, title: str, text: str) -> None:
        self.heading.setText(title)
        self.text_label.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def text(self) -> str:  # what a screen reader and the tests read: the title
        return self.heading.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self.layout().heightForWidth(width))


class WelcomePage(QWidget):
    """The welcome page: the demo, a new project, a project file, or a recent one."""

    def __init__(self, main: "MainWindow") -> None:
        super().__init__()
        self.main = main
        self.setObjectName("welcomePage")
        self.setStyleSheet(WELCOME_STYLE)
        self.offer_tour_on_leave = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(2)

        column = QVBoxLayout()
        column.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        self.title = QLabel(APP_NAME)
        self.title.setObjectName("welcomeTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageDescription")
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        column.addLayout(head)

        self.back_button = QPushButton()
        self.back_button.setObjectName("welcomeBack")
        self.back_button.setProperty("welcomeLink", True)
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.clicked.connect(self.back_to_project)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(6)

        choices = QHBoxLayout()
        choices.setSpacing(16)
        self.demo_button = ChoiceButton(icon("app"), "welcomeDemo")
        self.demo_button.clicked.connect(lambda: open_demo(self.main))
        self.new_button = ChoiceButton(svg_icon(NEW_PROJECT_SVG), "welcomeNew")
        self.new_button.clicked.connect(main.new_project_dialog)
        self.open_button = ChoiceButton(svg_icon(OPEN_PROJECT_SVG), "welcomeOpen")
        self.open_button.clicked.connect(main.open_project_dialog)
        for button in (self.demo_button, self.new_button, self.open_button):
            choices.addWidget(button, 1)
        column.addLayout(choices)
        column.addSpacing(10)

        self.recent_title = QLabel()
        self.recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setIconSize(QSize(18, 18))
        self.recent.itemActivated.connect(self._open_recent)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent)

        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setStyleSheet("color: #dde3ea;")
        column.addSpacing(4)
        column.addWidget(separator)
        links = QHBoxLayout()
        links.setSpacing(12)
        self.tour_link = self._link("welcomeTour", self._start_tour)
        self.help_link = self._link("welcomeHelp", lambda: _open_help(self.main))
        self.workshop_link = self._link("welcomeWorkshop", lambda: _open_workshop(self.main))
        self.links_hint = QLabel()
        self.links_hint.setObjectName("hint")
        links.addWidget(self.links_hint)
        for link in (self.tour_link, self.help_link, self.workshop_link):
            links.addWidget(link)
        links.addStretch(1)
        column.addLayout(links)

        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(900)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(holder, 12)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.retranslateUi()

    def _link(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("welcomeLink", True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    def retranslateUi(self) -> None:
        self.subtitle.setText(self.tr("Prepare your census tables on international migration for CELADE's "
                                      "IMILA data bank: import, map, check and export."))
        self.demo_button.set_texts(self.tr("Open the demo"),
                                   self.tr("A small fictional census with errors seeded on purpose: "
                                           "the best way to look around."))
        self.new_button.set_texts(self.tr("New project…"),
                                  self.tr("Start a submission for your country's census: one file holds "
                                          "all its work."))
        self.open_button.set_texts(self.tr("Open project…"),
                                   self.tr("Carry on with a project file (.imila) made earlier or sent "
                                           "by a colleague."))
        self.recent_title.setText(self.tr("Recent projects"))
        self.links_hint.setText(self.tr("New here?"))
        self.tour_link.setText(self.tr("Take the guided tour"))
        self.help_link.setText(self.tr("Read the help"))
        self.workshop_link.setText(self.tr("Workshop exercises"))
        self._update_back()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.main.settings.recent_projects:
            item = QListWidgetItem(icon("project"), f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        shown = self.recent.count() > 0
        if shown:  # as tall as its rows, up to five of them; then it scrolls
            rows = min(self.recent.count(), 5)
            self.recent.setFixedHeight(rows * self.recent.sizeHintForRow(0) + 2 * self.recent.frameWidth() + 8)
        self.recent.setVisible(shown)
        self.recent_title.setVisible(shown)
        self._update_back()

    def _update_back(self) -> None:
        project = self.main.project
        # The demo open behind the first start is what "Open the demo" returns to: no second way there.
        self.back_button.setVisible(project is not None and not _is_demo(project.path))
        if project is not None:
            self.back_button.setText(self.tr("← Back to {name}").format(name=Path(project.path).name))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.main.open_project_path(item.data(Qt.ItemDataRole.UserRole))

    def back_to_project(self) -> None:
        if self.main.project is not None:
            self.main._show_workspace(True)

    def _start_tour(self) -> None:
        from app.ui.tour import start_tour

        start_tour(self.main)


# -- actions shared with the Help menu ----------------------------------------------
def _open_help(main: "MainWindow") -> None:
    from app.ui.help_viewer import open_help

    open_help(main, "tour")


def _open_workshop(main: "MainWindow") -> None:
    from app.ui.workshop_dialog import open_workshop_dialog

    open_workshop_dialog(main)


def _is_demo(path) -> bool:
    from app.paths import user_data_dir

    return Path(path).resolve() == (user_data_dir() / "demo" / "demo.imila").resolve()


def open_demo(main: "MainWindow") -> bool:
    """Open the working copy of the bundled demo (or return to it when it is the open project)."""
    from app.ui import main_window
    from app.ui.dialogs import message_box

    demo = main_window.demo_project_path()
    if demo is None:
        message_box(main, "info", APP_NAME, main.tr("The demo project is not available in this installation."))
        return False
    if main.project is not None and Path(main.project.path).resolve() == Path(demo).resolve():
        main._show_workspace(True)
        main.show_page("project")
        return True
    opened = main.open_project_path(demo, remember=False)
    if opened:
        main.show_page("project")
    return opened


def show_welcome(main: "MainWindow") -> None:
    """Show the welcome page over whatever is open (Help → Welcome)."""
    main.welcome.refresh()
    main.central.setCurrentWidget(main.welcome)


def after_start(main: "MainWindow", explicit: bool) -> None:
    """What the first start adds once the window has opened its project.

    The very first start (``explicit`` False: not a project file passed on
    the command line or by a double click) shows the welcome page, with the
    demo open behind it; the guided tour is offered when the user leaves it.
    Later starts offer the tour again until the user declines it for good.
    """
    settings = main.settings
    first = not settings.first_run_done
    settings.first_run_done = True
    if explicit:
        return
    if first:
        settings.offer_tour = True
        show_welcome(main)
    if settings.offer_tour:
        _offer_tour_when_workspace(main)


def _offer_tour_when_workspace(main: "MainWindow") -> None:
    welcome = main.welcome
    if main.central.currentWidget() is main.workspace:
        QTimer.singleShot(400, main, lambda: _offer_tour(main))
        return
    if welcome.offer_tour_on_leave:
        return
    welcome.offer_tour_on_leave = True

    def changed(_index: int) -> None:
        if main.central.currentWidget() is main.workspace and welcome.offer_tour_on_leave:
            welcome.offer_tour_on_leave = False
            main.central.currentChanged.disconnect(changed)
            QTimer.singleShot(400, main, lambda: _offer_tour(main))

    main.central.currentChanged.connect(changed)


def _offer_tour(main: "MainWindow") -> None:
    from app.ui.tour import current_tour, start_tour

    if main.settings.offer_tour and main.isVisible() and main.project is not None and current_tour(main) is None \
            and main.central.currentWidget() is main.workspace:
        start_tour(main, offered=True)

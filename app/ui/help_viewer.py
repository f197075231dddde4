"""The help window: the bundled help pages (``app.help``) in the interface language, offline.

One window per main window, not modal, so the user can read while working.
The list on the left names every page; links between pages (``check.html``,
``help:check``, with or without ``#anchor``) open in the same window, with
Back and Forward. Nothing is fetched from the network: a link out of the
program is handed to the system browser only when the user clicks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSplitter, QStyle, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget,
)

from app import help as bundled_help
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# The order of the contents: the overview first, then the five steps, then the workshop.
CONTENTS = ("tour", "project", "import", "map", "check", "export", "workshop")
PageRole = Qt.ItemDataRole.UserRole
VIEWER_STYLE = """
QListWidget#helpContents { background: #eaeff4; border: 1px solid #d5dde6; border-radius: 4px; padding: 6px 4px;
                           outline: 0; }
QListWidget#helpContents::item { padding: 7px 8px; margin: 1px 0; border-radius: 5px; color: #243447; }
QListWidget#helpContents::item:hover { background: #dde6ef; }
QListWidget#helpContents::item:selected { background: #cfe0f0; color: #0f2f4d; }
QTextBrowser#helpBrowser { background: #ffffff; border: 1px solid #d5dde6; border-radius: 4px; }
"""


def page_for_link(url: QUrl) -> tuple[str | None, str]:
    """The help page (or None) and the anchor a link points to: ``check.html#x``, ``help:check``, ``#x``."""
    fragment = url.fragment()
    if url.scheme() == "help":
        name = (url.path() or url.host()).strip("/")
    elif url.scheme() in ("", "file", "qrc"):
        name = url.path().rsplit("/", 1)[-1]
        if name.endswith(".html"):
            name = name[:-5]
    else:
        return None, fragment
    return (name if name in bundled_help.PAGES else None), fragment


class HelpViewer(QDialog):
    """Help pages with a list of contents, Back/Forward and links between pages."""

    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpViewer")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.current_page = ""
        self._history: list[str] = []
        self._position = -1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        self.setStyleSheet(VIEWER_STYLE)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setMinimumWidth(200)
        self.contents.currentItemChanged.connect(self._contents_changed)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 650])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.back_button = QToolButton()
        self.back_button.setObjectName("helpBack")
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.clicked.connect(self.back)
        self.forward_button = QToolButton()
        self.forward_button.setObjectName("helpForward")
        self.forward_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.forward_button.clicked.connect(self.forward)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setObjectName("helpClose")
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.back)
        QShortcut(QKeySequence.StandardKey.Forward, self, activated=self.forward)
        self.resize(900, 640)
        self.retranslateUi()

    # -- language ----------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.back_button.setToolTip(self.tr("Back"))
        self.forward_button.setToolTip(self.tr("Forward"))
        self.close_button.setText(self.tr("Close"))
        self._fill_contents()
        if self.current_page:
            self._render(self.current_page)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_contents(self) -> None:
        lang = current_language()
        self.contents.blockSignals(True)
        self.contents.clear()
        for page in CONTENTS:
            if page not in bundled_help.PAGES:
                continue
            try:
                title = bundled_help.help_title(page, lang)
            except (OSError, KeyError):
                continue
            item = QListWidgetItem(title)
            item.setData(PageRole, page)
            self.contents.addItem(item)
        self._select_in_contents(self.current_page)
        self.contents.blockSignals(False)

    # -- pages ---------------------------------------------------------------------
    def page_title(self, page: str | None = None) -> str:
        """The title of ``page`` (the shown one by default) in the interface language."""
        return bundled_help.help_title(page or self.current_page, current_language())

    def show_page(self, page: str, anchor: str = "", *, remember: bool = True) -> bool:
        """Show a help page; False when there is no such page."""
        if page not in bundled_help.PAGES:
            return False
        try:
            self._render(page)
        except (OSError, KeyError):
            return False
        if remember and (self._position < 0 or self._history[self._position] != page):
            del self._history[self._position + 1:]
            self._history.append(page)
            self._position = len(self._history) - 1
        if anchor:
            self.browser.scrollToAnchor(anchor)
        self._update_buttons()
        self.page_shown.emit(page)
        return True

    def _render(self, page: str) -> None:
        lang = current_language()
        html = bundled_help.help_html(page, lang)
        self.current_page = page
        self.browser.setHtml(html)
        self.setWindowTitle(self.tr("Help — {title}").format(title=bundled_help.help_title(page, lang)))
        self.contents.blockSignals(True)
        self._select_in_contents(page)
        self.contents.blockSignals(False)

    def _select_in_contents(self, page: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PageRole) == page:
                self.contents.setCurrentRow(row)
                return
        self.contents.setCurrentRow(-1)

    def _contents_changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None and current.data(PageRole) != self.current_page:
            self.show_page(current.data(PageRole))

    def follow_link(self, url: QUrl) -> None:
        """A click on a link: another help page, an anchor in this one, or (for a web address) the system browser."""
        page, anchor = page_for_link(url)
        if page is not None:
            self.show_page(page, anchor)
        elif url.scheme() in ("", "file") and not url.path() and anchor:
            self.browser.scrollToAnchor(anchor)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # -- history -----------------------------------------------------------------------
    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self.show_page(self._history[self._position], remember=False)

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self.show_page(self._history[self._position], remember=False)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)


def help_viewer(main: "MainWindow") -> HelpViewer:
    """The main window's help window (made on first use)."""
    viewer = main.findChild(HelpViewer, "helpViewer")
    if viewer is None:
        viewer = HelpViewer(main)
    return viewer


def open_help(main: "MainWindow", page: str | None = None) -> HelpViewer:
    """Open the help on ``page`` (a page key of the main window; the overview when it has no help page)."""
    viewer = help_viewer(main)
    if not page or page not in bundled_help.PAGES:
        page = "tour"
    viewer.show_page(page)
    viewer.show()
    if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows (and says so)
        viewer.raise_()
    viewer.activateWindow()
    return viewer

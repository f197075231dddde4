"""The guided tour: the five steps of the work, one after the other, over the real window.

A translucent overlay dims the main window except the navigator entry of
the step (the whole navigator for the opening step), shows that step's page
behind it, and places a small panel beside it with the step's title and
text (``app.help.tour_steps``), Back / Next / Close and "Don't show again".
Escape closes it; the arrow keys step through it. Help → Guided tour opens
it again at any time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGraphicsDropShadowEffect, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout,
    QWidget,
)

from app.help import tour_steps
from app.ui.i18n import current_language
from app.ui.style import ACCENT, MUTED

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

PANEL_WIDTH = 380
MARGIN = 14
TOP_CLEARANCE = 150  # the page's header (title and description) stays visible above the card
DIM = QColor(16, 32, 48, 120)

PANEL_STYLE = f"""
QFrame#tourPanel {{ background: #ffffff; border: 1px solid #c9d4df; border-radius: 10px; }}
QLabel#tourCounter {{ color: {MUTED}; }}
QLabel#tourTitle {{ font-size: 13pt; font-weight: 600; color: #1d2b3a; }}
QLabel#tourText {{ color: #243447; }}
QToolButton#tourClose {{ border: none; font-size: 13pt; color: {MUTED}; padding: 0 4px; }}
QToolButton#tourClose:hover {{ color: #1d2b3a; }}
"""


class TourPanel(QFrame):
    """The card of a step: counter, title, text, "Don't show again", Back / Next / Close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFixedWidth(PANEL_WIDTH)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 14, 14)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("tourCounter")
        self.close_button = QToolButton()
        self.close_button.setObjectName("tourClose")
        self.close_button.setText("✕")
        top.addWidget(self.counter, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(4)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.dont_show = QCheckBox()
        self.dont_show.setObjectName("tourDontShow")
        self.back_button = QPushButton()
        self.back_button.setObjectName("tourBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setProperty("primaryLook", True)
        self.next_button.setStyleSheet(
            f"QPushButton {{ background: {ACCENT}; color: white; border: 1px solid #174a6d; border-radius: 4px; "
            f"padding: 5px 14px; font-weight: 600; }} QPushButton:hover {{ background: #256c9e; }}")
        self.next_button.setDefault(True)
        bottom.addWidget(self.dont_show, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)


class TourOverlay(QWidget):
    """Dims the main window around the step's navigator entry and carries the step's panel."""

    finished = Signal()

    def __init__(self, main: "MainWindow", *, offered: bool = False) -> None:
        super().__init__(main)
        self.setObjectName("tourOverlay")
        self.main = main
        self.offered = offered
        self.index = 0
        self.steps: list[dict] = tour_steps(current_language())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = TourPanel(self)
        self.panel.next_button.clicked.connect(self.next)
        self.panel.back_button.clicked.connect(self.back)
        self.panel.close_button.clicked.connect(self.close_tour)
        self.panel.dont_show.setChecked(not main.settings.offer_tour)
        self.panel.dont_show.toggled.connect(self._dont_show_toggled)
        main.installEventFilter(self)
        self.setGeometry(main.rect())
        self.retranslateUi()

    # -- steps ---------------------------------------------------------------------
    @property
    def step(self) -> dict:
        return self.steps[self.index] if self.steps else {"title": "", "text": "", "page": ""}

    def start(self) -> None:
        self.show()
        self.raise_()
        self.go_to(0)
        self.setFocus()

    def go_to(self, index: int) -> None:
        if not self.steps:
            self.close_tour()
            return
        self.index = max(0, min(index, len(self.steps) - 1))
        page = self.step.get("page", "")
        if self.main.project is not None and page in self.main.pages:
            if self.main.central.currentWidget() is not self.main.workspace:
                self.main._show_workspace(True)
            self.main.show_page(page)
        self._show_step()

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.main.settings.offer_tour = False  # seen to the end: no need to offer it again
            self.close_tour()
        else:
            self.go_to(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def close_tour(self) -> None:
        self.main.removeEventFilter(self)
        self.hide()
        self.finished.emit()
        self.deleteLater()

    def _dont_show_toggled(self, checked: bool) -> None:
        self.main.settings.offer_tour = not checked

    def _show_step(self) -> None:
        step = self.step
        panel = self.panel
        panel.counter.setText(self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(self.steps)))
        panel.title.setText(step.get("title", ""))
        panel.text.setText(step.get("text", ""))
        panel.back_button.setEnabled(self.index > 0)
        last = self.index >= len(self.steps) - 1
        panel.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self._place()

    # -- geometry ---------------------------------------------------------------------
    def highlight_rect(self) -> QRect:
        """Where the step points, in this overlay's coordinates (empty when the navigator is not shown)."""
        main = self.main
        navigator = main.navigator
        if main.central.currentWidget() is not main.workspace or not navigator.isVisible():
            return QRect()
        if self.index == 0:
            top_left = navigator.mapTo(main, QPoint(0, 0))
            return QRect(top_left, navigator.size()).adjusted(2, 2, -2, -2)
        item = main._item(self.step.get("page", ""))
        if item is None:
            return QRect()
        rect = navigator.visualItemRect(item)
        top_left = navigator.viewport().mapTo(main, rect.topLeft())
        return QRect(top_left, rect.size()).adjusted(-3, -3, 3, 3)

    def _place(self) -> None:
        self.setGeometry(self.main.rect())
        panel = self.panel
        panel.adjustSize()
        height = panel.layout().totalHeightForWidth(PANEL_WIDTH) if panel.layout().hasHeightForWidth() \
            else panel.sizeHint().height()
        panel.resize(PANEL_WIDTH, max(height, panel.minimumSizeHint().height()))
        target = self.highlight_rect()
        if target.isNull():
            x = (self.width() - panel.width()) // 2
            y = (self.height() - panel.height()) // 2
        else:
            x = target.right() + 3 * MARGIN
            # Below the page's title and description, so the step's page stays readable around the card.
            y = max(target.center().y() - panel.height() // 2, TOP_CLEARANCE)
        x = max(MARGIN, min(x, self.width() - panel.width() - MARGIN))
        y = max(MARGIN, min(y, self.height() - panel.height() - MARGIN))
        panel.move(x, y)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QPainterPath()
        whole.addRect(QRectF(self.rect()))
        target = self.highlight_rect()
        if not target.isNull():
            hole = QPainterPath()
            hole.addRoundedRect(QRectF(target), 8, 8)
            whole = whole.subtracted(hole)
        painter.fillPath(whole, DIM)
        if not target.isNull():
            painter.setPen(QPen(QColor(ACCENT), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(target), 8, 8)
            self._draw_pointer(painter, target)

    def _draw_pointer(self, painter: QPainter, target: QRect) -> None:
        """A short line from the highlighted entry to the panel."""
        panel = self.panel.geometry()
        if self.index == 0 or panel.left() <= target.right():
            return
        y = min(max(target.center().y(), panel.top() + 16), panel.bottom() - 16)
        painter.setPen(QPen(QColor("#ffffff"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPoint(target.right() + 4, target.center().y()), QPoint(panel.left() - 2, y))

    # -- events -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place()
        return False

    def mousePressEvent(self, event) -> None:
        event.accept()  # the tour is modal over the window: clicks around it do nothing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_tour()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        else:
            super().keyPressEvent(event)

    def retranslateUi(self) -> None:
        self.steps = tour_steps(current_language()) or self.steps
        self.panel.dont_show.setText(self.tr("Don't show again"))
        self.panel.back_button.setText(self.tr("Back"))
        self.panel.close_button.setToolTip(self.tr("Close the tour"))
        if self.steps:
            self.index = min(self.index, len(self.steps) - 1)
            self._show_step()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def current_tour(main: "MainWindow") -> TourOverlay | None:
    tour = main.findChild(TourOverlay, "tourOverlay")
    return tour if tour is not None and tour.isVisible() else None


def start_tour(main: "MainWindow", *, offered: bool = False) -> TourOverlay:
    """Start the guided tour over ``main`` (or bring back the one already running).

    Without a project the tour opens the demo first, so each step can show
    its page.
    """
    running = current_tour(main)
    if running is not None:
        running.raise_()
        running.setFocus()
        return running
    if main.project is None:
        from app.ui.welcome import open_demo

        open_demo(main)
    tour = TourOverlay(main, offered=offered)
    tour.start()
    return tour

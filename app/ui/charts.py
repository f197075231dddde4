"""Charts of the Check page, drawn with pyqtgraph: what the numbers say at a glance.

A population pyramid of the foreign-born (all, or one country of birth), the
15 largest countries of birth by sex, and arrivals by period (T04). The data
come from ``workflow.migration_overview``; this module only draws them, with
axis labels and legends in the interface language, and saves each chart as
a PNG. pyqtgraph is heavy: this module is imported only when the Charts tab
is first shown, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from app.ui.i18n import current_language
from app.ui.models import format_number
from app.ui.pages.base import empty_label

MEN_COLOUR = "#2f6f9f"  # as in the package's quality report
WOMEN_COLOUR = "#c0504d"
BAR_COLOUR = "#1f5f8b"
TEXT_COLOUR = "#243447"
AXIS_COLOUR = "#5b6b7b"

pg.setConfigOptions(antialias=True, background="w", foreground=AXIS_COLOUR)


def _label(dim: str, code: str) -> str:
    from app import workflow

    return workflow.code_label(dim, code, current_language())


class CountAxis(pg.AxisItem):
    """An axis of persons: whole numbers in the interface language's locale, without sign (pyramids)."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [format_number(round(abs(v * scale))) for v in values]


class ChartCard(QWidget):
    """One chart: its controls, the plot (or why there is none) and "Save as PNG…"."""

    saved = Signal(str)

    LEGEND_OFFSET = (-10, 10)  # top right; negative y puts it at the bottom

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.controls = QHBoxLayout()
        self.controls.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"save_{name}")
        self.save_button.clicked.connect(self.save_dialog)
        self.controls.addWidget(self.save_button)
        layout.addLayout(self.controls)
        self.plot = pg.PlotWidget(axisItems={"left": self.left_axis(), "bottom": self.bottom_axis()})
        self.plot.setObjectName(f"{name}Chart")
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setDefaultPadding(0.02)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
            axis.setPen(pg.mkPen(AXIS_COLOUR))
        self.legend = item.addLegend(offset=self.LEGEND_OFFSET, labelTextColor=TEXT_COLOUR, brush=pg.mkBrush(255, 255, 255, 220))
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.plot)
        layout.addWidget(self.stack, 1)
        self.save_button.setEnabled(False)

    def left_axis(self) -> pg.AxisItem:
        return pg.AxisItem("left")

    def bottom_axis(self) -> pg.AxisItem:
        return pg.AxisItem("bottom")

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG…"))

    def reset(self, empty_text: str | None) -> pg.PlotItem | None:
        """Clear the plot; with ``empty_text`` show it instead of a plot and return None."""
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        if empty_text is not None:
            self.empty.setText(empty_text)
            self.stack.setCurrentWidget(self.empty)
            self.save_button.setEnabled(False)
            return None
        self.stack.setCurrentWidget(self.plot)
        self.save_button.setEnabled(True)
        return item

    def set_title(self, text: str) -> None:
        self.plot.getPlotItem().setTitle(text, color=TEXT_COLOUR, size="11pt", bold=True)

    def set_axis_labels(self, left: str, bottom: str) -> None:
        item = self.plot.getPlotItem()
        item.setLabel("left", left, color=TEXT_COLOUR)
        item.setLabel("bottom", bottom, color=TEXT_COLOUR)

    def save_dialog(self) -> None:
        from app.ui.settings import Settings

        settings = Settings()
        folder = settings.folder("charts") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), str(Path(folder) / f"{self.name}.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            settings.set_folder("charts", Path(path).parent)
            self.save_png(path)

    def save_png(self, path: str | Path) -> bool:
        """Write the chart as shown to ``path`` (PNG); False, with a message, when it cannot be written."""
        image = self.plot.grab()
        if image.isNull() or not image.save(str(path), "PNG"):
            from app.ui.dialogs import message_box

            message_box(self, "warning", self.tr("Save chart"),
                        self.tr("The chart could not be saved to {path}. Choose another folder.").format(path=path))
            return False
        self.saved.emit(str(path))
        return True


class PyramidCard(ChartCard):
    """Men to the left, women to the right, by age group, youngest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pyramid", parent)
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country.setObjectName("pyramidCountry")
        self.country.setMinimumContentsLength(24)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.controls.insertWidget(0, self.country_label)
        self.controls.insertWidget(1, self.country)
        self.data: list = []

    def bottom_axis(self) -> pg.AxisItem:
        return CountAxis("bottom")

    def retranslate(self) -> None:
        super().retranslate()
        self.country_label.setText(self.tr("Country of birth:"))
        if self.country.count():
            self.country.setItemText(0, self.tr("All countries of birth"))
            for row in range(1, self.country.count()):
                self.country.setItemText(row, _label("COB", self.country.itemData(row)))

    def set_countries(self, codes: list[str]) -> None:
        current = self.country.currentData() or "_T"
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries of birth"), "_T")
        for code in codes:
            self.country.addItem(_label("COB", code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.blockSignals(False)
        self.country.setEnabled(bool(codes))

    def draw(self, data: list) -> None:
        self.data = list(data)
        item = self.reset(None if data else self.tr("There is no table of the foreign-born by sex and age yet "
                                                    "(T01, or T00's foreign-born rows)."))
        if item is None:
            return
        ages = [age for age, _, _ in data]
        men = [m for _, m, _ in data]
        women = [w for _, _, w in data]
        ys = list(range(len(data)))
        pen = pg.mkPen(None)
        self.men_bars = pg.BarGraphItem(x0=[-m for m in men], width=men, y=ys, height=0.82, brush=MEN_COLOUR, pen=pen,
                                        name=self.tr("Men"))
        self.women_bars = pg.BarGraphItem(x0=[0] * len(women), width=women, y=ys, height=0.82, brush=WOMEN_COLOUR,
                                          pen=pen, name=self.tr("Women"))
        item.addItem(self.men_bars)
        item.addItem(self.women_bars)
        item.getAxis("left").setTicks([[(y, _age_text(age)) for y, age in zip(ys, ages)]])
        biggest = max(men + women) or 1
        item.setXRange(-biggest * 1.08, biggest * 1.08, padding=0)
        item.setYRange(-0.6, len(data) - 0.4, padding=0)
        item.addLine(x=0, pen=pg.mkPen(AXIS_COLOUR, width=1))
        country = self.country.currentData() or "_T"
        title = self.tr("Population pyramid of the foreign-born")
        if country != "_T":
            title += " — " + _label("COB", country)
        self.set_title(title)
        self.set_axis_labels(self.tr("Age group"), self.tr("Persons"))

    def ages(self) -> list[str]:
        return [age for age, _, _ in self.data]


def _age_text(code: str) -> str:
    return code if code[:1].isdigit() else _label("AGE", code)


class TopCountriesCard(ChartCard):
    """The largest countries of birth, men and women stacked, largest at the top."""

    LEGEND_OFFSET = (-10, -40)  # the small countries leave the bottom right free

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("countries", parent)
        self.data: list = []
        self.labels: list[str] = []

    def bottom_axis(self) -> pg.AxisItem:
        return CountAxis("bottom")

    def draw(self, data: list) -> None:
        self.data = list(data)
        item = self.reset(None if data else self.tr("There is no table by country of birth and sex yet (T01)."))
        if item is None:
            return
        n = len(data)
        ys = [n - 1 - i for i in range(n)]
        men = [m for _, m, _ in data]
        women = [w for _, _, w in data]
        self.labels = [_label("COB", code) for code, _, _ in data]
        pen = pg.mkPen(None)
        self.men_bars = pg.BarGraphItem(x0=[0] * n, width=men, y=ys, height=0.7, brush=MEN_COLOUR, pen=pen,
                                        name=self.tr("Men"))
        self.women_bars = pg.BarGraphItem(x0=men, width=women, y=ys, height=0.7, brush=WOMEN_COLOUR, pen=pen,
                                          name=self.tr("Women"))
        item.addItem(self.men_bars)
        item.addItem(self.women_bars)
        biggest = max((m + w for m, w in zip(men, women)), default=1) or 1
        for y, m, w in zip(ys, men, women):
            text = pg.TextItem(format_number(m + w), color=TEXT_COLOUR, anchor=(0, 0.5))
            text.setPos(m + w + biggest * 0.01, y)
            item.addItem(text)
        axis = item.getAxis("left")
        axis.setTicks([[(y, label) for y, label in zip(ys, self.labels)]])
        metrics = QFontMetrics(QFont())
        axis.setWidth(min(260, max(metrics.horizontalAdvance(label) for label in self.labels) + 16))
        item.setXRange(0, biggest * 1.16, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
        self.set_title(self.tr("The {n} largest countries of birth, by sex").format(n=n))
        self.set_axis_labels("", self.tr("Persons"))

    def countries(self) -> list[str]:
        return [code for code, _, _ in self.data]


class ArrivalsCard(ChartCard):
    """Foreign-born persons by period of arrival (T04), oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("arrivals", parent)
        self.data: list = []

    def left_axis(self) -> pg.AxisItem:
        return CountAxis("left")

    def draw(self, data: list) -> None:
        self.data = list(data)
        item = self.reset(None if data else self.tr("There is no table by period of arrival yet (T04)."))
        if item is None:
            return
        xs = list(range(len(data)))
        values = [v for _, v in data]
        self.bars = pg.BarGraphItem(x=xs, height=values, width=0.66, brush=BAR_COLOUR, pen=pg.mkPen(None))
        item.addItem(self.bars)
        biggest = max(values) or 1
        for x, value in zip(xs, values):
            text = pg.TextItem(format_number(value), color=TEXT_COLOUR, anchor=(0.5, 1))
            text.setPos(x, value + biggest * 0.01)
            item.addItem(text)
        item.getAxis("bottom").setTicks([[(x, self.period_text(code)) for x, (code, _) in zip(xs, data)]])
        item.setXRange(-0.6, len(data) - 0.4, padding=0)
        item.setYRange(0, biggest * 1.12, padding=0)
        self.set_title(self.tr("Foreign-born population by period of arrival"))
        self.set_axis_labels(self.tr("Persons"), self.tr("Period of arrival"))

    def period_text(self, code: str) -> str:
        if code.startswith("<") and code[1:].isdigit():
            return self.tr("Before {year}").format(year=code[1:])
        return code if code[:1].isdigit() else _label("ARRIVAL", code)


class ChartsView(QWidget):
    """The Check page's Charts tab: pyramid, countries of birth, arrivals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pyramid = PyramidCard()
        self.countries = TopCountriesCard()
        self.arrivals = ArrivalsCard()
        for card in (self.pyramid, self.countries, self.arrivals):
            self.tabs.addTab(card, "")
        layout.addWidget(self.tabs, 1)
        self.pyramid.country.currentIndexChanged.connect(lambda _row: self._draw_pyramid())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Population pyramid"))
        self.tabs.setTabText(1, self.tr("Countries of birth"))
        self.tabs.setTabText(2, self.tr("Arrivals"))
        for card in (self.pyramid, self.countries, self.arrivals):
            card.retranslate()
        self._draw()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_overview(self, overview: dict | None) -> None:
        self.overview = overview
        pyramids = (overview or {}).get("pyramids") or {}
        self.pyramid.set_countries([code for code in pyramids if code != "_T"])
        self._draw()

    def _draw(self) -> None:
        overview = self.overview
        if overview is None:
            waiting = self.tr("Reading the tables…")
            for card in (self.pyramid, self.countries, self.arrivals):
                card.reset(waiting)
            return
        self._draw_pyramid()
        self.countries.draw(overview.get("top") or [])
        self.arrivals.draw(overview.get("arrivals") or [])

    def _draw_pyramid(self) -> None:
        if self.overview is None:
            return
        pyramids = self.overview.get("pyramids") or {}
        self.pyramid.draw(pyramids.get(self.pyramid.country.currentData() or "_T") or [])

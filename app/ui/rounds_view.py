"""Rounds compared: stocks by country of birth in the previous census and in this one, as a chart and a table.

The numbers come from ``app.rounds.rounds_compared``; this view only draws
them. Rows PLA-004 questions carry the warning icon and the rule's text; they
are confirmed or explained on the Check page like any warning.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.ui.charts import TEXT_COLOUR, ChartCard, CountAxis
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.models import Column, ColumnarTableModel
from app.ui.pages.base import table_view

PREVIOUS_COLOUR = "#9db7cf"
CURRENT_COLOUR = "#1f5f8b"
CHART_COUNTRIES = 12


def _label(code: str) -> str:
    from app import workflow

    return workflow.code_label("COB", code, current_language())


class RoundsModel(ColumnarTableModel):
    """Per country of birth: the previous round's stock, this one's, the change and its percentage."""

    COLUMNS = (Column("COB"), Column("previous", "number"), Column("current", "number"), Column("change", "number"),
               Column("pct", "number"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.years = ("", "")
        self.flagged: dict[str, str] = {}

    def column_titles(self) -> list[str]:
        return [self.tr("Country of birth"), self.tr("Census {year}").format(year=self.years[0]),
                self.tr("Census {year}").format(year=self.years[1]), self.tr("Change"), self.tr("Change (%)")]

    def set_result(self, result: dict | None, current_year) -> None:
        from app.rounds import flag_message

        rows = list((result or {}).get("rows") or [])
        if result and result.get("total"):
            rows.append(result["total"])
        previous_year = ((result or {}).get("previous") or {}).get("census_year", "")
        self.years = (str(previous_year), str(current_year or ""))
        self.flagged = {r["COB"]: flag_message(r, previous_year, current_language()) for r in rows if r["flagged"]}
        self.set_records(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def display(self, row: int, column: Column) -> str:
        value = self.raw(row, column.key)
        if column.key == "COB":
            return _label(str(value))
        if value is None:
            return "—"
        if column.key == "pct":
            from app.women import format_share

            return format_share(value, current_language())
        return super().display(row, column)

    def decoration(self, row: int, column: Column):
        if column.key == "pct" and self.raw(row, "COB") in self.flagged:
            return icon("warning")
        return None

    def tooltip(self, row: int, column: Column):
        return self.flagged.get(str(self.raw(row, "COB")))


class RoundsCard(ChartCard):
    """The largest countries of birth now, a bar for the previous round beside one for this round."""

    LEGEND_OFFSET = (-10, -40)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rounds", parent)
        self.codes: list[str] = []

    def bottom_axis(self) -> pg.AxisItem:
        return CountAxis("bottom")

    def draw(self, result: dict | None, current_year) -> None:
        rows = [r for r in (result or {}).get("rows") or []
                if r["kind"] in ("country", "historic") and (r["previous"] or r["current"])][:CHART_COUNTRIES]
        item = self.reset(None if rows else self.tr("The previous round and this one share no country of birth."))
        self.codes = [r["COB"] for r in rows]
        if item is None:
            return
        n = len(rows)
        ys = [n - 1 - i for i in range(n)]
        previous_year = ((result or {}).get("previous") or {}).get("census_year", "")
        pen = pg.mkPen(None)
        before = [float(r["previous"] or 0) for r in rows]
        now = [float(r["current"] or 0) for r in rows]
        self.previous_bars = pg.BarGraphItem(x0=[0] * n, width=before, y=[y + 0.18 for y in ys], height=0.34,
                                             brush=PREVIOUS_COLOUR, pen=pen,
                                             name=self.tr("Census {year}").format(year=previous_year))
        self.current_bars = pg.BarGraphItem(x0=[0] * n, width=now, y=[y - 0.18 for y in ys], height=0.34,
                                            brush=CURRENT_COLOUR, pen=pen,
                                            name=self.tr("Census {year}").format(year=current_year))
        item.addItem(self.previous_bars)
        item.addItem(self.current_bars)
        biggest = max(before + now, default=1) or 1
        for y, r in zip(ys, rows):
            if r["pct"] is None:
                continue
            from app.women import format_share

            text = pg.TextItem(("⚠ " if r["flagged"] else "") + f"{'+' if r['pct'] > 0 else ''}"
                               f"{format_share(r['pct'], current_language())} %", color=TEXT_COLOUR, anchor=(0, 0.5))
            text.setPos(max(before[ys.index(y)], now[ys.index(y)]) + biggest * 0.01, y)
            item.addItem(text)
        labels = [_label(code) for code in self.codes]
        axis = item.getAxis("left")
        axis.setTicks([[(y, label) for y, label in zip(ys, labels)]])
        metrics = QFontMetrics(QFont())
        axis.setWidth(min(260, max(metrics.horizontalAdvance(label) for label in labels) + 16))
        item.setXRange(0, biggest * 1.22, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
        self.set_title(self.tr("Foreign-born, census {previous} and {current}").format(
            previous=previous_year, current=current_year))
        self.set_axis_labels("", self.tr("Persons"))


class RoundsView(QWidget):
    """The chart beside the table, and a line that says what PLA-004 questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.current_year: Any = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.findings = QLabel()
        self.findings.setObjectName("hint")
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.chart = RoundsCard()
        self.model = RoundsModel(self)
        self.table = table_view(self.model, stretch_column=0)
        self.table.setObjectName("roundsTable")
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setMinimumWidth(500)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.setMinimumHeight(380)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.chart.retranslate()
        self.set_result(self.result, self.current_year)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_result(self, result: dict | None, current_year) -> None:
        self.result, self.current_year = result, current_year
        self.model.set_result(result, current_year)
        self.model.retranslate()
        self.chart.draw(result, current_year)
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        flagged = sum(1 for r in (result or {}).get("rows") or [] if r["flagged"])
        if flagged:
            from app.models.messages import message

            self.findings.setText(message("rounds.flagged", current_language(), count=flagged))
        else:
            self.findings.setText(self.tr("No country of birth changed by more than 50 % since the previous round."))

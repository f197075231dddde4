"""Charts of the Bank window: emigrants of a country by destination and by sex and age, the origin × destination
matrix shaded by stock, and a destination's stocks across rounds.

Every figure, order, share and shade comes from :mod:`app.bank.queries`; these widgets only draw them, with texts
in the interface language, and save each chart as a PNG (:func:`save_png`, no dialog; the dialog is in the cards).
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolTip, QVBoxLayout, QWidget

from app.ui.charts import AXIS_COLOUR, MEN_COLOUR, TEXT_COLOUR, WOMEN_COLOUR, ChartCard, CountAxis
from app.ui.i18n import current_language
from app.ui.models import format_number

SHADES = ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594")
NO_FIGURE = "#f4f4f4"
LINE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
                "#bcbd22")
TOP_LINES = 8


def save_png(widget: QWidget, path: str | Path) -> bool:
    """Write ``widget`` as drawn (all of it, scrolled out of view or not) to ``path`` as a PNG."""
    image = widget.grab()
    return not image.isNull() and image.save(str(path), "PNG")


def country_name(iso3_or_m49: str) -> str:
    """A country's name in the interface language, from its ISO alpha-3 or M49 code."""
    from app import workflow

    code = iso3_or_m49 if iso3_or_m49[:1].isdigit() else getattr(workflow.country_by_iso3(iso3_or_m49), "code", None)
    return workflow.code_label("COB", code, current_language()) if code else iso3_or_m49


def percent(value: float | None) -> str:
    from PySide6.QtCore import QLocale

    return "–" if value is None else QLocale().toString(float(value), "f", 1) + " %"


class HoverTips:
    """Tooltips over a pyqtgraph plot: rectangles in data coordinates, each with its text."""

    def _init_hover(self) -> None:
        self.tips: list[tuple[float, float, float, float, str]] = []
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def _hover(self, pos) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(pos):
            return
        point = box.mapSceneToView(pos)
        for x0, x1, y0, y1, text in self.tips:
            if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
                QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(pos).toPoint()), text, self.plot)
                return
        QToolTip.hideText()


class DestinationsCard(ChartCard, HoverTips):
    """Emigrants of a country by destination, men and women stacked, largest destination at the top."""

    LEGEND_OFFSET = (-10, -40)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("destinations", parent)
        self.result = None
        self.labels: list[str] = []
        self._init_hover()
        self.draw(None)

    def bottom_axis(self) -> pg.AxisItem:
        return CountAxis("bottom")

    def draw(self, result) -> None:
        self.result = result
        rows = result.records() if result is not None else []
        item = self.reset(None if rows else self.tr("Choose a country of birth and press Show."))
        self.tips = []
        if item is None:
            return
        n = len(rows)
        ys = [n - 1 - i for i in range(n)]
        men = [r["men"] or 0 for r in rows]
        women = [r["women"] or 0 for r in rows]
        values = [r["value"] or 0 for r in rows]
        self.labels = [country_name(r["destination"]) for r in rows]
        pen = pg.mkPen(None)
        item.addItem(pg.BarGraphItem(x0=[0] * n, width=men, y=ys, height=0.7, brush=MEN_COLOUR, pen=pen, name=self.tr("Men")))
        item.addItem(pg.BarGraphItem(x0=men, width=women, y=ys, height=0.7, brush=WOMEN_COLOUR, pen=pen, name=self.tr("Women")))
        biggest = max(values, default=1) or 1
        for y, r, label in zip(ys, rows, self.labels):
            text = pg.TextItem(self.tr("{value} ({share} women)").format(value=format_number(r["value"]),
                                                                         share=percent(r["women_pct"])),
                               color=TEXT_COLOUR, anchor=(0, 0.5))
            text.setPos((r["value"] or 0) + biggest * 0.01, y)
            item.addItem(text)
            self.tips.append((0, r["value"] or 0, y - 0.35, y + 0.35, self.tr(
                "{country}: {value} persons, {men} men, {women} women ({share})").format(
                country=label, value=format_number(r["value"]), men=format_number(r["men"]),
                women=format_number(r["women"]), share=percent(r["women_pct"]))))
        axis = item.getAxis("left")
        axis.setTicks([[(y, label) for y, label in zip(ys, self.labels)]])
        axis.setWidth(min(260, max(QFontMetrics(QFont()).horizontalAdvance(label) for label in self.labels) + 16))
        item.setXRange(0, biggest * 1.42, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
        params = result.params
        self.set_title(self.tr("Emigrants of {country} by destination, round {round}").format(
            country=country_name(params["origin"]), round=params["round"]))
        self.set_axis_labels("", self.tr("Persons born in {country} counted by the destination").format(
            country=country_name(params["origin"])))


class EmigrantPyramidCard(ChartCard, HoverTips):
    """Emigrants of a country by age group, men to the left and women to the right, youngest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("emigrant_pyramid", parent)
        self.result = None
        self.destination_label = QLabel()
        self.destination = QComboBox()
        self.destination.setObjectName("pyramidDestination")
        self.destination.setMinimumContentsLength(18)
        self.destination.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.controls.insertWidget(0, self.destination_label)
        self.controls.insertWidget(1, self.destination)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.layout().addWidget(self.note)
        self._init_hover()
        self.draw(None)

    def bottom_axis(self) -> pg.AxisItem:
        return CountAxis("bottom")

    def retranslate(self) -> None:
        super().retranslate()
        self.destination_label.setText(self.tr("Destination:"))
        if self.destination.count():
            self.destination.setItemText(0, self.tr("All destinations"))
            for row in range(1, self.destination.count()):
                self.destination.setItemText(row, country_name(self.destination.itemData(row)))

    def set_destinations(self, codes: list[str]) -> None:
        current = self.destination.currentData()
        self.destination.blockSignals(True)
        self.destination.clear()
        self.destination.addItem(self.tr("All destinations"), None)
        for code in codes:
            self.destination.addItem(country_name(code), code)
        self.destination.setCurrentIndex(max(0, self.destination.findData(current)))
        self.destination.blockSignals(False)

    def draw(self, result) -> None:
        self.result = result
        rows = result.records() if result is not None else []
        self.tips = []
        item = self.reset(None if rows else self.tr("No destination publishes these emigrants by sex and age (T01)."))
        self.note.setText(self._note(result))
        if item is None:
            return
        ys = list(range(len(rows)))
        men = [r["men"] for r in rows]
        women = [r["women"] for r in rows]
        total = result.totals[0]
        pen = pg.mkPen(None)
        item.addItem(pg.BarGraphItem(x0=[-m for m in men], width=men, y=ys, height=0.82, brush=MEN_COLOUR, pen=pen,
                                     name=self.tr("Men: {n}").format(n=format_number(total["men"]))))
        item.addItem(pg.BarGraphItem(x0=[0] * len(women), width=women, y=ys, height=0.82, brush=WOMEN_COLOUR, pen=pen,
                                     name=self.tr("Women: {n}").format(n=format_number(total["women"]))))
        for y, r, m, w in zip(ys, rows, men, women):
            text = self.tr("{age}: {men} men, {women} women").format(age=r["AGE"], men=format_number(m), women=format_number(w))
            self.tips.append((-m, w, y - 0.41, y + 0.41, text))
        item.getAxis("left").setTicks([[(y, r["AGE"]) for y, r in zip(ys, rows)]])
        biggest = max(men + women) or 1
        item.setXRange(-biggest * 1.1, biggest * 1.1, padding=0)
        item.setYRange(-0.6, len(rows) - 0.4, padding=0)
        item.addLine(x=0, pen=pg.mkPen(AXIS_COLOUR, width=1))
        params = result.params
        where = country_name(params["destination"]) if params["destination"] else self.tr("all destinations")
        self.set_title(self.tr("Emigrants of {country} by sex and age, round {round}, {where}: {total}").format(
            country=country_name(params["origin"]), round=params["round"], where=where, total=format_number(total["value"])))
        self.set_axis_labels(self.tr("Age group"), self.tr("Persons"))

    def _note(self, result) -> str:
        if result is None or not result.rows:
            return ""
        params, parts = result.params, []
        if params.get("groups_set_by"):
            parts.append(self.tr("Age groups every destination publishes; the broadest are those of {names}.").format(
                names=", ".join(country_name(c) for c in params["groups_set_by"])))
        if params.get("without_ages"):
            parts.append(self.tr("Without a table by sex and age, not in the pyramid: {names}.").format(
                names=", ".join(country_name(c) for c in params["without_ages"])))
        if result.totals and result.totals[0].get("not_stated"):
            parts.append(self.tr("Age not stated: {n}.").format(n=format_number(result.totals[0]["not_stated"])))
        return " ".join(parts)


def biggest_all(series: list[dict]) -> float:
    return max((p["value"] or 0 for s in series for p in s["points"]), default=1) or 1


class RoundsCard(ChartCard):
    """A destination's stock per country of birth, round by round: one line per country, the largest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rounds", parent)
        self.result = None
        self.series: list[dict] = []
        self.shown: list[dict] = []
        self.all_box = QCheckBox()
        self.all_box.setObjectName("roundsAll")
        self.all_box.toggled.connect(lambda _on: self.draw(self.result))
        self.controls.insertWidget(0, self.all_box)
        self.draw(None)

    def left_axis(self) -> pg.AxisItem:
        return CountAxis("left")

    def retranslate(self) -> None:
        super().retranslate()
        self.all_box.setText(self.tr("Every country of birth (else the {n} largest)").format(n=TOP_LINES))
        self.all_box.setToolTip(self.tr("Largest at the latest round of the destination"))

    def draw(self, result) -> None:
        from app.bank.queries import rounds_series

        self.result = result
        self.series = rounds_series(result) if result is not None else []
        item = self.reset(None if self.series else self.tr("Choose a destination and press Show."))
        if item is None:
            self.shown = []
            return
        self.shown = self.series if self.all_box.isChecked() else self.series[:TOP_LINES]
        rounds = sorted({p["round"] for s in self.series for p in s["points"]})
        flagged = []
        for i, s in enumerate(self.shown):
            colour = LINE_COLOURS[i % len(LINE_COLOURS)]
            xs = [p["round"] for p in s["points"]]
            ys = [p["value"] or 0 for p in s["points"]]
            item.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7, symbolBrush=colour,
                      symbolPen=pg.mkPen(colour), name=country_name(s["origin_m49"]))
            flagged += [(p["round"], p["value"] or 0) for p in s["points"] if p["finding"]]
        if flagged:
            item.plot([x for x, _ in flagged], [y for _, y in flagged], pen=None, symbol="o", symbolSize=14,
                      symbolBrush=None, symbolPen=pg.mkPen("#b00020", width=2),
                      name=self.tr("Change above {pct} since the previous round").format(
                          pct=percent(100 * self.result.params["tolerance"])))
        item.getAxis("bottom").setTicks([[(r, str(r)) for r in rounds]])
        span = max(rounds[-1] - rounds[0], 10)
        item.setXRange(rounds[0] - span * 0.08, rounds[-1] + span * 0.9, padding=0)  # the legend on the right
        item.getAxis("left").setWidth(QFontMetrics(QFont()).horizontalAdvance(format_number(biggest_all(self.shown))) + 34)
        biggest = max((p["value"] or 0 for s in self.shown for p in s["points"]), default=1) or 1
        item.setYRange(0, biggest * 1.1, padding=0)
        self.set_title(self.tr("Persons counted in {country}, by country of birth and census round").format(
            country=country_name(self.result.params["destination"])))
        self.set_axis_labels(self.tr("Persons"), self.tr("Census round"))


class MatrixChart(QWidget):
    """Origin × destination drawn with QPainter: one cell per origin and destination, shaded by its stock."""

    PAD = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixChart")
        self.grid: dict | None = None
        self.show_share = True
        self.texts: dict = {}
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self._layout()

    # -- geometry ------------------------------------------------------------
    def _layout(self) -> None:
        font = QFont(self.font())
        self.metrics = QFontMetrics(font)
        m, g = self.metrics, self.grid
        line = m.height()
        if not g:
            self.row_h = self.col_w = self.label_w = self.head_h = 0
            self.setMinimumSize(QSize(10, 10))
            self.resize(self.minimumSize())
            return
        self.origin_names = {o: country_name(g["cells"][next(k for k in g["cells"] if k[0] == o)]["origin_m49"])
                             for o in g["origins"]}
        self.dest_names = {d: country_name(d) for d in g["destinations"]}
        samples = [format_number(g["largest"]), self.texts.get("share", "").format(share=percent(55.5))]
        self.col_w = max([m.horizontalAdvance(s) for s in samples + list(self.dest_names.values())
                          + [self.texts.get("total", "")]] + [60]) + 14
        self.row_h = line * (2 if self.show_share else 1) + 10
        self.label_w = max(m.horizontalAdvance(n) for n in self.origin_names.values()) + 16
        self.title_h = 2 * line + 10
        self.head_h = line + 12
        columns = len(g["destinations"]) + 1
        grid_w = self.label_w + columns * self.col_w
        self.legend_y = self.PAD + self.title_h + self.head_h + (len(g["origins"]) + 1) * self.row_h + 16
        legend_w = self._legend_width()
        bold = QFont(font)
        bold.setBold(True)
        wide = QFontMetrics(bold).horizontalAdvance
        width = self.PAD * 2 + max(grid_w, legend_w, wide(self.texts.get("title", "")), wide(self.texts.get("legend", "")),
                                   m.horizontalAdvance(self.texts.get("subtitle", "")),
                                   m.horizontalAdvance(self.texts.get("share_note", ""))) + 8
        height = self.legend_y + 3 * line + 24 + self.PAD
        self.setFixedSize(QSize(width, height))

    def _legend_width(self) -> int:
        labels = self.class_labels()
        return sum(self.metrics.horizontalAdvance(t) + 34 for t in labels) + self.metrics.horizontalAdvance(
            self.texts.get("none", "")) + 34

    def class_labels(self) -> list[str]:
        if not self.grid:
            return []
        classes = self.grid["classes"]
        out = []
        for i, low in enumerate(classes):
            if i + 1 < len(classes):
                out.append(f"{format_number(low)} – {format_number(classes[i + 1] - 1)}" if i else
                           f"< {format_number(classes[1])}")
            else:
                out.append(f"≥ {format_number(low)}")
        return out

    def cell_rect(self, origin: str, destination: str) -> QRect:
        g = self.grid
        row = g["origins"].index(origin)
        col = g["destinations"].index(destination)
        top = self.PAD + self.title_h + self.head_h
        return QRect(self.PAD + self.label_w + col * self.col_w, top + row * self.row_h, self.col_w, self.row_h)

    def cell_colour(self, origin: str, destination: str) -> QColor:
        from app.bank.queries import stock_class

        cell = self.grid["cells"].get((origin, destination))
        shade = stock_class(self.grid["classes"], cell["value"]) if cell else None
        return QColor(NO_FIGURE if shade is None else SHADES[shade])

    def set_grid(self, grid: dict | None, texts: dict) -> None:
        self.grid, self.texts = grid, texts
        self._layout()
        self.update()

    def set_show_share(self, on: bool) -> None:
        self.show_share = on
        self._layout()
        self.update()

    # -- drawing -------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        g = self.grid
        if not g:
            return
        m = self.metrics
        text_pen = QPen(QColor(TEXT_COLOUR))
        p.setPen(text_pen)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRect(self.PAD, self.PAD, self.width() - 2 * self.PAD, m.height() + 2), Qt.AlignmentFlag.AlignLeft,
                   self.texts["title"])
        p.setFont(self.font())
        p.setPen(QPen(QColor(AXIS_COLOUR)))
        p.drawText(QRect(self.PAD, self.PAD + m.height() + 4, self.width() - 2 * self.PAD, m.height() + 2),
                   Qt.AlignmentFlag.AlignLeft, self.texts["subtitle"])
        top = self.PAD + self.title_h
        p.setPen(text_pen)
        p.setFont(bold)
        x0 = self.PAD + self.label_w
        for col, d in enumerate(g["destinations"] + ["_total"]):
            name = self.texts["total"] if d == "_total" else self.dest_names[d]
            p.drawText(QRect(x0 + col * self.col_w, top, self.col_w, self.head_h), Qt.AlignmentFlag.AlignCenter, name)
        top += self.head_h
        totals_row = g["origins"] + ["_total"]
        from app.bank.queries import stock_class

        for row, o in enumerate(totals_row):
            y = top + row * self.row_h
            p.setFont(bold if o == "_total" else self.font())
            p.setPen(text_pen)
            name = self.texts["total"] if o == "_total" else self.origin_names[o]
            p.drawText(QRect(self.PAD, y, self.label_w - 8, self.row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            for col, d in enumerate(g["destinations"] + ["_total"]):
                rect = QRect(x0 + col * self.col_w, y, self.col_w, self.row_h).adjusted(1, 1, -1, -1)
                if o == "_total" or d == "_total":
                    if o == "_total" and d == "_total":
                        value = sum(g["origin_totals"].values())
                    else:
                        value = g["destination_totals"][d] if o == "_total" else g["origin_totals"][o]
                    p.fillRect(rect, QColor("#e9edf1"))
                    p.setPen(text_pen)
                    p.setFont(bold)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, format_number(value))
                    continue
                cell = g["cells"].get((o, d))
                shade = stock_class(g["classes"], cell["value"]) if cell else None
                p.fillRect(rect, QColor(NO_FIGURE if shade is None else SHADES[shade]))
                p.setFont(self.font())
                p.setPen(QPen(QColor("white" if shade is not None and shade >= 4 else TEXT_COLOUR)))
                if cell is None or cell["value"] is None:
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
                    continue
                lines = [format_number(cell["value"])]
                if self.show_share:
                    lines.append(self.texts["share"].format(share=percent(cell["women_pct"])))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        self._paint_legend(p)
        p.end()

    def _paint_legend(self, p: QPainter) -> None:
        m = self.metrics
        y = self.legend_y
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QPen(QColor(TEXT_COLOUR)))
        p.drawText(QRect(self.PAD, y, self.width(), m.height() + 2), Qt.AlignmentFlag.AlignLeft, self.texts["legend"])
        p.setFont(self.font())
        y += m.height() + 8
        x = self.PAD
        entries = list(zip(self.class_labels(), SHADES)) + [(self.texts["none"], NO_FIGURE)]
        for label, colour in entries:
            p.fillRect(QRect(x, y, 22, m.height()), QColor(colour))
            p.setPen(QPen(QColor(AXIS_COLOUR)))
            p.drawRect(QRect(x, y, 22, m.height()))
            p.setPen(QPen(QColor(TEXT_COLOUR)))
            width = m.horizontalAdvance(label)
            p.drawText(QRect(x + 28, y, width + 4, m.height() + 2), Qt.AlignmentFlag.AlignLeft, label)
            x += width + 34
        if self.show_share:
            p.drawText(QRect(self.PAD, y + m.height() + 8, self.width(), m.height() + 2), Qt.AlignmentFlag.AlignLeft,
                       self.texts["share_note"])

    # -- tooltips ------------------------------------------------------------
    def cell_at(self, pos: QPoint):
        if not self.grid:
            return None
        for o in self.grid["origins"]:
            for d in self.grid["destinations"]:
                if self.cell_rect(o, d).contains(pos):
                    return o, d
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self.cell_at(event.pos())
            cell = self.grid["cells"].get(found) if found else None
            if cell:
                QToolTip.showText(event.globalPos(), self.texts["tip"].format(
                    origin=self.origin_names[cell["origin"]], destination=self.dest_names[cell["destination"]],
                    value=format_number(cell["value"]), women=format_number(cell["women"]), share=percent(cell["women_pct"]),
                    ratio=percent(cell["sex_ratio"])[:-2] if cell["sex_ratio"] is not None else "–",
                    flags=cell["flags"] or "–"), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class MatrixCard(QWidget):
    """The matrix, its "women's share" toggle and "Save as PNG…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        controls = QHBoxLayout()
        self.share_box = QCheckBox()
        self.share_box.setObjectName("matrixShare")
        self.share_box.setChecked(True)
        self.share_box.toggled.connect(lambda on: self.chart.set_show_share(on))
        controls.addWidget(self.share_box)
        controls.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_matrix")
        self.save_button.clicked.connect(self.save_dialog)
        self.save_button.setEnabled(False)
        controls.addWidget(self.save_button)
        layout.addLayout(controls)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.chart = MatrixChart()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(False)
        self.scroll.setStyleSheet("QScrollArea { background: white; }")
        layout.addWidget(self.scroll, 1)
        self.scroll.hide()

    def retranslate(self) -> None:
        self.share_box.setText(self.tr("Show the share of women in each cell"))
        self.save_button.setText(self.tr("Save as PNG…"))
        self.empty.setText(self.tr("Choose a round and press Show."))
        self.draw(self.result)

    def texts(self, round_) -> dict:
        return {
            "title": self.tr("Origin × destination, round {round}").format(round=round_),
            "subtitle": self.tr("Rows: country of birth. Columns: the census that counted them. Largest first."),
            "total": self.tr("Total"),
            "share": self.tr("{share} women"),
            "legend": self.tr("Persons born in the origin counted in the destination:"),
            "none": self.tr("no figure"),
            "share_note": self.tr("Second line of each cell: the share of women among those persons."),
            "tip": self.tr("Born in {origin}, counted in {destination}: {value} persons\n"
                           "Women: {women} ({share})\nSex ratio: {ratio} men per 100 women\nFlags: {flags}"),
        }

    def draw(self, result) -> None:
        from app.bank.queries import matrix_grid

        self.result = result
        grid = matrix_grid(result) if result is not None and result.rows else None
        self.chart.set_grid(grid, self.texts(result.params["round"] if result is not None else ""))
        self.scroll.setVisible(grid is not None)
        self.empty.setVisible(grid is None)
        if result is not None and grid is None:
            self.empty.setText(self.tr("The bank has no table by country of birth (T01) of round {round}.").format(
                round=result.params["round"]))
        self.save_button.setEnabled(grid is not None)

    def save_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), str(Path.home() / "matrix.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.save_png(path if path.lower().endswith(".png") else path + ".png")

    def save_png(self, path: str | Path) -> bool:
        ok = save_png(self.chart, path)
        if not ok:
            from app.ui.dialogs import message_box

            message_box(self, "warning", self.tr("Save chart"),
                        self.tr("The chart could not be saved to {path}. Choose another folder.").format(path=path))
        return ok


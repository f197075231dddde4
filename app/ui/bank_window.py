"""The Bank window: open or create an IMILA data bank, add packages, and read it country by country.

It only presents :mod:`app.bank`: every figure comes from the core's queries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QMessageBox, QPushButton, QSizePolicy, QSpinBox,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)


class BankWindow(QMainWindow):
    def __init__(self, parent=None, path: str | Path | None = None):
        super().__init__(parent)
        self.bank_path: Path | None = None
        self.results: dict[int, object] = {}
        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.open_button = QPushButton(central, clicked=self.open_dialog)
        self.add_button = QPushButton(central, clicked=self.add_dialog)
        self.path_label = QLabel(central)
        top.addWidget(self.open_button)
        top.addWidget(self.add_button)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.path_label, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget(central)
        layout.addWidget(self.tabs, 1)

        self.list_table = QTableWidget(0, 0, self)
        self.tabs.addTab(self.list_table, "")

        page = QWidget(self)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.origin_label = QLabel(page)
        self.origin_edit = QLineEdit("PRY", page)
        self.origin_edit.setMaximumWidth(80)
        self.round_label = QLabel(page)
        self.round_combo = QComboBox(page)
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.by_label = QLabel(page)
        self.by_combo = QComboBox(page)
        for value in ("", "SEX", "SEX,AGE", "ARRIVAL"):
            self.by_combo.addItem(value, value)
        self.show_button = QPushButton(page, clicked=self.show_emigrants)
        for w in (self.origin_label, self.origin_edit, self.round_label, self.round_combo, self.by_label,
                  self.by_combo, self.show_button):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        from app.ui import bank_charts

        self.emigrants_views = QTabWidget(page)
        self.emigrants_views.setDocumentMode(True)
        self.destinations_chart = bank_charts.DestinationsCard(page)
        self.pyramid_chart = bank_charts.EmigrantPyramidCard(page)
        self.pyramid_chart.destination.currentIndexChanged.connect(lambda _row: self.show_pyramid())
        self.emigrants_table = QTableWidget(0, 0, page)
        for w in (self.destinations_chart, self.pyramid_chart, self.emigrants_table):
            self.emigrants_views.addTab(w, "")
        box.addWidget(self.emigrants_views, 1)
        self.totals_label = QLabel(page)
        self.totals_label.setWordWrap(True)
        box.addWidget(self.totals_label)
        self.tabs.addTab(page, "")

        page = QWidget(self)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.matrix_round_label = QLabel(page)
        self.matrix_round = QSpinBox(page)
        self.matrix_round.setRange(1950, 2050)
        self.matrix_round.setSingleStep(10)
        self.matrix_round.setValue(2020)
        self.matrix_button = QPushButton(page, clicked=self.show_matrix)
        for w in (self.matrix_round_label, self.matrix_round, self.matrix_button):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        self.matrix_views = QTabWidget(page)
        self.matrix_views.setDocumentMode(True)
        self.matrix_chart = bank_charts.MatrixCard(page)
        self.matrix_table = QTableWidget(0, 0, page)
        self.matrix_views.addTab(self.matrix_chart, "")
        self.matrix_views.addTab(self.matrix_table, "")
        box.addWidget(self.matrix_views, 1)
        self.tabs.addTab(page, "")

        page = QWidget(self)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.dest_label = QLabel(page)
        self.dest_edit = QLineEdit("ARG", page)
        self.dest_edit.setMaximumWidth(80)
        self.rounds_button = QPushButton(page, clicked=self.show_rounds)
        for w in (self.dest_label, self.dest_edit, self.rounds_button):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        self.rounds_views = QTabWidget(page)
        self.rounds_views.setDocumentMode(True)
        self.rounds_chart = bank_charts.RoundsCard(page)
        self.rounds_table = QTableWidget(0, 0, page)
        self.rounds_views.addTab(self.rounds_chart, "")
        self.rounds_views.addTab(self.rounds_table, "")
        box.addWidget(self.rounds_views, 1)
        self.tabs.addTab(page, "")

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.export_buttons = {}
        for fmt in ("csv", "xlsx", "sdmx"):
            button = QPushButton(central, clicked=lambda _c=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(1000, 640)
        self.retranslateUi()
        if path:
            self.open_bank(path)

    # -- texts ---------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("IMILA data bank"))
        self.open_button.setText(self.tr("Open or create bank…"))
        self.add_button.setText(self.tr("Add packages…"))
        self.tabs.setTabText(0, self.tr("Packages"))
        self.tabs.setTabText(1, self.tr("Emigrants of a country"))
        self.tabs.setTabText(2, self.tr("Origin × destination"))
        self.tabs.setTabText(3, self.tr("Across rounds"))
        self.origin_label.setText(self.tr("Country of birth:"))
        self.round_label.setText(self.tr("Round:"))
        self.by_label.setText(self.tr("By:"))
        self.by_combo.setItemText(0, self.tr("destination only"))
        self.by_combo.setItemText(1, self.tr("sex"))
        self.by_combo.setItemText(2, self.tr("sex and age"))
        self.by_combo.setItemText(3, self.tr("period of arrival"))
        self.show_button.setText(self.tr("Show"))
        for views, names in ((self.emigrants_views, (self.tr("By destination"), self.tr("Population pyramid"), self.tr("Table"))),
                             (self.matrix_views, (self.tr("Matrix"), self.tr("Table"))),
                             (self.rounds_views, (self.tr("Line chart"), self.tr("Table")))):
            for i, name in enumerate(names):
                views.setTabText(i, name)
        for card in (self.destinations_chart, self.pyramid_chart, self.rounds_chart, self.matrix_chart):
            card.retranslate()
        for card in (self.destinations_chart, self.pyramid_chart, self.rounds_chart):
            card.draw(card.result)
        self.matrix_round_label.setText(self.tr("Round:"))
        self.matrix_button.setText(self.tr("Show"))
        self.dest_label.setText(self.tr("Destination:"))
        self.rounds_button.setText(self.tr("Show"))
        self.export_buttons["csv"].setText(self.tr("Export CSV…"))
        self.export_buttons["xlsx"].setText(self.tr("Export XLSX…"))
        self.export_buttons["sdmx"].setText(self.tr("Export SDMX-CSV…"))
        for button in self.findChildren(QPushButton):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 28)
        if self.bank_path is None:
            self.path_label.setText(self.tr("No bank open"))
        self.round_combo.setItemText(0, self.tr("all")) if self.round_combo.count() else None

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- bank ----------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Open or create bank"), "IMILA.imilabank",
                                              self.tr("IMILA data bank (*.imilabank)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.open_bank(path)

    def open_bank(self, path: str | Path) -> None:
        from app.bank import open_bank

        self.bank_path = Path(path)
        with open_bank(self.bank_path):
            pass
        self.path_label.setText(str(self.bank_path))
        self.refresh()

    def add_dialog(self) -> None:
        if self.bank_path is None:
            self.open_dialog()
            if self.bank_path is None:
                return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add packages"), "", self.tr("Packages (*.zip)"))
        if paths:
            self.add_packages(paths)

    def add_packages(self, paths) -> list:
        from app.bank import open_bank
        from app.ui.i18n import current_language

        with open_bank(self.bank_path) as bank:
            results = [bank.add(p, lang=current_language()) for p in paths]
        refused = [r for r in results if not r.ok]
        if refused:
            text = "\n\n".join(f"{Path(r.path).name}\n" + "\n".join(r.problems[:6]) for r in refused)
            QMessageBox.warning(self, self.tr("Package refused, the bank is unchanged"), text)
        self.refresh()
        return results

    def refresh(self) -> None:
        from app.bank import open_bank

        with open_bank(self.bank_path, read_only=True) as bank:
            packages = bank.packages()
        cols = ["iso3", "country", "census_year", "round", "tables", "version", "loaded_at", "findings", "explanations"]
        heads = [self.tr("Country"), self.tr("Name"), self.tr("Census"), self.tr("Round"), self.tr("Tables"),
                 self.tr("Version"), self.tr("Loaded"), self.tr("Findings"), self.tr("Explanations")]
        self._fill(self.list_table, heads, [[p[c] for c in cols] for p in packages])
        rounds = sorted({p["round"] for p in packages})
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("all"), None)
        for r in rounds:
            self.round_combo.addItem(str(r), r)

    # -- queries -------------------------------------------------------------
    def _run(self, tab: int, table: QTableWidget, func, *args, **kw):
        from app.bank import open_bank
        from app.errors import ImilaError
        from app.ui.i18n import current_language

        if self.bank_path is None:
            return None
        try:
            with open_bank(self.bank_path, read_only=True) as bank:
                result = func(bank, *args, **kw)
        except ImilaError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(current_language()))
            return None
        self.results[tab] = result
        how = {"published": self.tr("published"), "sum": self.tr("sum of parts")}
        rows = [[how.get(v, v) if c == "how" else v for v, c in zip(row, result.columns)] for row in result.rows]
        self._fill(table, [self._heading(c) for c in result.columns], rows)
        return result

    def _heading(self, column: str) -> str:
        names = {
            "round": self.tr("Round"), "destination": self.tr("Destination"), "destination_name": self.tr("Name"),
            "value": self.tr("Persons"), "women": self.tr("Women"), "flags": self.tr("Flags"), "flag": self.tr("Flag"),
            "how": self.tr("Figure"), "origin": self.tr("Country of birth"), "origin_m49": self.tr("M49"),
            "women_pct": self.tr("Women %"), "sex_ratio": self.tr("Sex ratio"), "change": self.tr("Change"),
            "finding": self.tr("Finding"), "SEX": self.tr("Sex"), "AGE": self.tr("Age"),
            "ARRIVAL": self.tr("Period of arrival"),
        }
        return names.get(column, column)

    def show_emigrants(self):
        from app.bank.queries import emigrants

        by = [b for b in (self.by_combo.currentData() or "").split(",") if b]
        result = self._run(1, self.emigrants_table, emigrants, self.origin_edit.text(),
                           round_=self.round_combo.currentData(), by=by)
        if result is not None:
            loc = QLocale()
            self.totals_label.setText("   ".join(
                self.tr("Round {round}: {value} persons, {women} women, {n} destinations").format(
                    round=t["round"], value=loc.toString(int(t["value"])), women=loc.toString(int(t["women"])),
                    n=t["destinations"]) for t in result.totals))
            self.show_destinations()
        return result

    def _ask(self, func, *args, **kw):
        from app.bank import open_bank
        from app.errors import ImilaError
        from app.ui.i18n import current_language

        if self.bank_path is None:
            return None
        try:
            with open_bank(self.bank_path, read_only=True) as bank:
                return func(bank, *args, **kw)
        except ImilaError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(current_language()))
            return None

    def show_destinations(self):
        """The bar chart and the pyramid of the origin's emigrants, in the chosen round (else the latest)."""
        from app.bank.queries import by_destination

        result = self._ask(by_destination, self.origin_edit.text(), self.round_combo.currentData())
        self.destinations_chart.draw(result)
        self.pyramid_chart.set_destinations([r["destination"] for r in result.records()] if result else [])
        self.show_pyramid()
        return result

    def show_pyramid(self):
        from app.bank.queries import pyramid

        result = None
        if self.destinations_chart.result is not None:
            params = self.destinations_chart.result.params
            result = self._ask(pyramid, params["origin"], params["round"], self.pyramid_chart.destination.currentData())
        self.pyramid_chart.draw(result)
        return result

    def show_matrix(self):
        from app.bank.queries import matrix

        result = self._run(2, self.matrix_table, matrix, self.matrix_round.value())
        self.matrix_chart.draw(result)
        return result

    def show_rounds(self):
        from app.bank.queries import across_rounds

        result = self._run(3, self.rounds_table, across_rounds, self.dest_edit.text())
        self.rounds_chart.draw(result)
        return result

    def _fill(self, table: QTableWidget, heads, rows) -> None:
        loc = QLocale()
        table.clear()
        table.setColumnCount(len(heads))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([str(h) for h in heads])
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if isinstance(value, float):
                    text = loc.toString(int(value)) if value.is_integer() else loc.toString(value, "f", 1)
                elif value is None:
                    text = "–"
                else:
                    text = str(value)
                table.setItem(i, j, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        from app.bank.exports import export
        from app.ui.i18n import current_language

        result = self.results.get(self.tabs.currentIndex())
        if result is None:
            return None
        if path is None:
            suffix = {"csv": ".csv", "xlsx": ".xlsx", "sdmx": ".sdmx.csv"}[fmt]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"{result.kind}{suffix}")
            if not path:
                return None
        return export(result, path, fmt, current_language())

"""Women in migration: women and men by country of birth, and women's activity and occupation.

The numbers come from ``workflow.migration_overview`` (computed on the worker
thread by the Check page); this view only lays them out.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.models import Column, ColumnarTableModel, format_number
from app.ui.pages.base import empty_label, table_view


def _code_label(dim: str, code: str) -> str:
    from app import workflow

    return workflow.code_label(dim, code, current_language())


def format_decimal(value, decimals: int = 1) -> str:
    """A share or ratio in the interface language's locale ("25,0" / "25.0"); blank when undefined."""
    if value is None:
        return "—"
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", decimals)


class WomenByCountryModel(ColumnarTableModel):
    """Per country of birth: women, men, share of women and sex ratio; warnings of the checks marked."""

    COLUMNS = (Column("COB"), Column("women", "number"), Column("men", "number"), Column("women_pct", "number"),
               Column("sex_ratio", "number"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flagged: set[str] = set()
        self.kinds: dict[str, str | None] = {}

    def column_titles(self) -> list[str]:
        return [self.tr("Country of birth"), self.tr("Women"), self.tr("Men"), self.tr("Women (%)"),
                self.tr("Sex ratio")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == 3:
                return self.tr("Women per 100 persons born in that country")
            if section == 4:
                return self.tr("Men per 100 women")
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: list[dict], flagged: set[str] | None = None) -> None:
        self.flagged = set(flagged or ())
        self.kinds = {str(r["COB"]): r.get("kind") for r in rows}  # residual rows and regions are marked
        self.set_records(rows)

    def display(self, row: int, column: Column) -> str:
        if column.key == "COB":
            label = _code_label("COB", str(self.raw(row, "COB")))
            kind = self.kinds.get(str(self.raw(row, "COB")))
            if kind in ("residual", "region", "other"):
                from app.models.messages import message

                label = f"{label} ({message('women.kind.' + kind, current_language())})"
            return label
        if column.key in ("women_pct", "sex_ratio"):
            return format_decimal(self.raw(row, column.key))
        return super().display(row, column)

    def decoration(self, row: int, column: Column):
        if column.key == "sex_ratio" and self.raw(row, "COB") in self.flagged:
            return icon("warning")
        return None

    def tooltip(self, row: int, column: Column):
        if column.key == "sex_ratio" and self.raw(row, "COB") in self.flagged:
            return self.tr("The checks flag this sex ratio as unusual (see the findings).")
        return None

    def sort_key(self, source: int, column: Column) -> Any:
        if column.key == "COB":
            return (0, _code_label("COB", str(self.value(source, "COB"))).casefold())
        return super().sort_key(source, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() < self.rowCount() \
                and self.COLUMNS[index.column()].key == "sex_ratio" and self.raw(index.row(), "COB") in self.flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount() \
                and self.COLUMNS[index.column()].key == "sex_ratio" and self.raw(index.row(), "COB") in self.flagged:
            return QColor("#8a5a00")
        return super().data(index, role)


class WomenBreakdownModel(ColumnarTableModel):
    """Women (and men, for comparison) by one characteristic: activity status (T07) or occupation (T09)."""

    COLUMNS = (Column("code"), Column("women", "number"), Column("women_pct", "number"), Column("men", "number"),
               Column("men_pct", "number"))

    def __init__(self, dim: str, parent=None) -> None:
        super().__init__(parent)
        self.dim = dim

    def column_titles(self) -> list[str]:
        first = self.tr("Activity status") if self.dim == "ACT" else self.tr("Occupation")
        return [first, self.tr("Women"), self.tr("% of women"), self.tr("Men"), self.tr("% of men")]

    def set_rows(self, rows: list[dict]) -> None:
        women = sum(r["women"] for r in rows) or None
        men = sum(r["men"] for r in rows) or None
        self.set_records([{**r, "women_pct": 100.0 * r["women"] / women if women else None,
                           "men_pct": 100.0 * r["men"] / men if men else None} for r in rows])

    def display(self, row: int, column: Column) -> str:
        if column.key == "code":
            return _code_label(self.dim, str(self.raw(row, "code")))
        if column.key.endswith("_pct"):
            return format_decimal(self.raw(row, column.key))
        return super().display(row, column)


class WomenSectionModel(QAbstractTableModel):
    """One of ``app.women.women_tables``' sections (by age group, by period of arrival) as it is, in the UI language."""

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.table: dict = {"columns": [], "kinds": [], "rows": []}

    def set_table(self, table: dict | None) -> None:
        self.beginResetModel()
        self.table = table or {"columns": [], "kinds": [], "rows": []}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table["rows"])

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table["columns"])

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.table["rows"]) or index.column() >= len(self.table["columns"]):
            return None
        kind = self.table["kinds"][index.column()]
        value = self.table["rows"][index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            from app.women import format_cell

            return format_cell(value, kind, current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if kind == "text" else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.table["columns"]):
            return self.table["columns"][section]
        return None


class WomenView(QWidget):
    """The Check page's "Women in migration" tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.summary = QLabel()
        self.summary.setObjectName("womenSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.notes = QLabel()
        self.notes.setObjectName("hint")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)

        self.stack = QStackedWidget()
        self.empty = empty_label()
        self.stack.addWidget(self.empty)
        content = QSplitter(Qt.Orientation.Horizontal)
        content.setChildrenCollapsible(False)

        countries = QWidget()
        countries_layout = QVBoxLayout(countries)
        countries_layout.setContentsMargins(0, 0, 0, 0)
        self.countries_title = QLabel()
        self.countries_title.setObjectName("sectionTitle")
        self.countries_model = WomenByCountryModel(self)
        self.countries = table_view(self.countries_model, stretch_column=0)
        self.countries.setObjectName("womenByCountry")
        self.countries.setSortingEnabled(True)
        self.countries.verticalHeader().setDefaultSectionSize(24)
        countries_layout.addWidget(self.countries_title)
        countries_layout.addWidget(self.countries, 1)
        content.addWidget(countries)

        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.activity_box, self.activity_title, self.activity_model, self.activity = self._breakdown("ACT", side_layout)
        self.occupation_box, self.occupation_title, self.occupation_model, self.occupation = \
            self._breakdown("OCC", side_layout)
        content.addWidget(self.side)
        content.setStretchFactor(0, 3)
        content.setStretchFactor(1, 2)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        self.sections: dict[str, tuple[QWidget, QLabel, QLabel, WomenSectionModel, Any]] = {}
        for key in ("ages", "arrivals"):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel()
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            note = QLabel()
            note.setObjectName("hint")
            note.setWordWrap(True)
            model = WomenSectionModel(key, self)
            view = table_view(model, stretch_column=None)
            view.setObjectName(f"women_{key}")
            view.verticalHeader().setDefaultSectionSize(24)
            box_layout.addWidget(title)
            box_layout.addWidget(note)
            box_layout.addWidget(view, 1)
            lower.addWidget(box)
            self.sections[key] = (box, title, note, model, view)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.lower = lower

        both = QSplitter(Qt.Orientation.Vertical)
        both.setChildrenCollapsible(False)
        both.addWidget(content)
        both.addWidget(lower)
        both.setStretchFactor(0, 3)
        both.setStretchFactor(1, 2)
        self.stack.addWidget(both)
        self.content = both
        layout.addWidget(self.stack, 1)
        self.retranslateUi()

    def _breakdown(self, dim: str, layout: QVBoxLayout):
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 6)
        title = QLabel()
        title.setObjectName("sectionTitle")
        model = WomenBreakdownModel(dim, self)
        view = table_view(model, stretch_column=0)
        view.setObjectName(f"women{dim.title()}")
        view.verticalHeader().setDefaultSectionSize(24)
        box_layout.addWidget(title)
        box_layout.addWidget(view, 1)
        layout.addWidget(box, 1)
        return box, title, model, view

    def retranslateUi(self) -> None:
        self.countries_title.setText(self.tr("Women and men by country of birth (T01)"))
        self.activity_title.setText(self.tr("Activity status of foreign-born women and men (T07)"))
        self.occupation_title.setText(self.tr("Occupation of employed foreign-born women and men (T09)"))
        self.empty.setText(self.tr("Reading the tables…") if self.overview is None else
                           self.tr("The project has no table by country of birth and sex yet (T01)."))
        for model in (self.countries_model, self.activity_model, self.occupation_model):
            model.retranslate()
        if hasattr(self, "sections"):
            self._fill_sections()
        self._update_texts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_overview(self, overview: dict | None, flagged: set[str] | None = None) -> None:
        """Show ``workflow.migration_overview``'s numbers; ``flagged``: countries whose sex ratio the checks question."""
        self.overview = overview
        rows = list((overview or {}).get("women") or [])
        self.countries_model.set_rows(rows, flagged)
        header = self.countries.horizontalHeader()
        self.countries_model.sort(1, Qt.SortOrder.DescendingOrder)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        for column in range(1, self.countries_model.columnCount()):
            self.countries.resizeColumnToContents(column)
        for key, model, view, box in (("activity", self.activity_model, self.activity, self.activity_box),
                                      ("occupation", self.occupation_model, self.occupation, self.occupation_box)):
            data = (overview or {}).get(key)
            model.set_rows(data or [])
            box.setVisible(bool(data))
            for column in range(1, model.columnCount()):
                view.resizeColumnToContents(column)
        self.side.setVisible(bool((overview or {}).get("activity") or (overview or {}).get("occupation")))
        self._fill_sections()
        self.stack.setCurrentWidget(self.content if rows else self.empty)
        self.retranslateUi()

    def _fill_sections(self) -> None:
        """The tables by age group and by period of arrival, in the interface language (``app.women``)."""
        summary = (self.overview or {}).get("summary")
        tables = {}
        if summary:
            from app.women import women_tables

            tables = {t["key"]: t for t in women_tables(summary, current_language())}
        for key, (box, title, note, model, view) in self.sections.items():
            table = tables.get(key)
            model.set_table(table)
            title.setText(table["title"] if table else "")
            note.setText(table["note"] if table else "")
            note.setVisible(bool(table and table["note"]))
            box.setVisible(table is not None)
            for column in range(model.columnCount()):
                view.resizeColumnToContents(column)
        self.lower.setVisible(any(key in tables for key in self.sections))

    def _update_texts(self) -> None:
        overview = self.overview or {}
        rows = overview.get("women") or []
        summary = overview.get("summary")
        if summary and summary.get("headline"):
            from app.women import headline_lines

            lines = headline_lines(summary, current_language())
            self.summary.setText("<b>" + html.escape(lines[0]) + "</b><br>" + "<br>".join(html.escape(x) for x in lines[1:]))
        elif rows:
            women = sum(r["women"] for r in rows)
            men = sum(r["men"] for r in rows)
            self.summary.setText(self.tr(
                "Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); "
                "{ratio} men per 100 women.").format(
                share=format_decimal(100.0 * women / (women + men)), women=format_number(women),
                total=format_number(women + men), ratio=format_decimal(100.0 * men / women if women else None, 0))
                if women + men else "")
        else:
            self.summary.setText("")
        notes = []
        if rows and not overview.get("activity"):
            notes.append(self.tr("The project has no table by activity status (T07): import it to see how many "
                                 "foreign-born women are employed, unemployed or inactive."))
        if rows and not overview.get("occupation"):
            notes.append(self.tr("The project has no table by occupation (T09): import it to see the occupations "
                                 "of employed foreign-born women."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    # -- reading (tests) -----------------------------------------------------------
    def row_of(self, cob: str) -> int:
        """The view row of country of birth ``cob``, or -1."""
        for row in range(self.countries_model.rowCount()):
            if self.countries_model.raw(row, "COB") == cob:
                return row
        return -1

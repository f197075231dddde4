"""The import wizard: a census table as its office published it, understood and corrected before it is stored.

Five steps; nothing enters the project before the last one.

1. **File**: the detected format and, for text files, the encoding, the
   delimiter and the decimal and thousands marks, each guess with a combo
   box to override it (the file is read again on change).
2. **Sheets**: every sheet of the file (hidden ones marked); the first one
   holding a table is preselected. Skipped for a file of one sheet.
3. **Preview**: the sheet's grid with the regions the detector found
   coloured (title, header, label columns, data, totals, notes). The user
   selects rows or columns and marks them; a correction becomes the
   importer's ``overrides`` and the detection runs again.
4. **Result**: the tidy table (its dimensions with their label counts and
   its cells) and what the importer understood.
5. **Import**: on Finish the file is stored with its settings, and mapped
   when every label has a confident code (``import_and_keep``).

Every read runs on the worker thread (``workflow.preview_source``,
``workflow.read_source``, then the import itself) with a progress bar and
Cancel; the wizard keeps only what it shows.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMenu, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QTableView,
    QToolButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from app.errors import ImilaError
from app.ui.i18n import current_language
from app.ui.models import Column, ColumnarTableModel, Index, format_number
from app.ui.pages.base import table_view
from app.ui.worker import Job, JobPanel, run_job

RegionRole = Qt.ItemDataRole.UserRole + 10  # the region key of a preview cell ("header", "data" …)

# Region colours of the preview (background, text). Pastels that stay apart from each other and from
# the selection colour; "total" is warm so published subtotals stand out inside the data.
REGION_COLOURS: dict[str, tuple[str, str]] = {
    "title": ("#eadcf7", "#3b2a4d"),
    "header": ("#c9dcf4", "#13304d"),
    "stub": ("#d6edcc", "#1f3a17"),
    "data": ("#ffffff", "#1d2b3a"),
    "total": ("#fbdca8", "#4a3000"),
    "footer": ("#efe8da", "#5b4f3a"),
    "outside": ("#f2f4f6", "#8a96a3"),
}
REGION_ORDER = ("title", "header", "stub", "data", "total", "footer", "outside")
ROW_ROLES = ("title", "header", "data", "footer")  # exclusive roles of a row
COLUMN_ROLES = ("stub", "data")  # exclusive roles of a column
TEXT_FORMATS = {"csv": ("encoding", "delimiter", "decimal", "thousands"), "html": ("encoding", "decimal", "thousands")}
FILE_PATTERNS = "*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.sav *.dta *.html *.htm"
PREVIEW_ROWS = 2000
SHOWN_CELLS = 2000  # rows of the tidy table shown on the Result step
ROW_LIST_KEYS = ("title_rows", "header_rows", "data_rows", "footer_rows", "total_rows", "hidden_rows")


# The context of the texts outside the wizard classes, spelled out in each call so that lupdate finds them.
translate = QCoreApplication.translate


def region_names() -> dict[str, str]:
    """The regions of a sheet as the legend and the tooltips name them, in the interface language."""
    return {
        "title": translate("ImportWizard", "Title"),
        "header": translate("ImportWizard", "Header"),
        "stub": translate("ImportWizard", "Label columns"),
        "data": translate("ImportWizard", "Data"),
        "total": translate("ImportWizard", "Totals"),
        "footer": translate("ImportWizard", "Notes and footer"),
        "outside": translate("ImportWizard", "Outside the table"),
    }


def file_filter() -> str:
    """The file dialog's filter: every format the importers read, then each family."""
    return ";;".join((
        translate("ImportWizard", "Census tables ({patterns})").format(patterns=FILE_PATTERNS),
        translate("ImportWizard", "Text files (*.csv *.txt *.tsv)"),
        translate("ImportWizard", "Workbooks (*.xlsx *.xlsm *.xls *.ods)"),
        translate("ImportWizard", "SPSS (*.sav)"),
        translate("ImportWizard", "Stata (*.dta)"),
        translate("ImportWizard", "Web pages (*.html *.htm)"),
        translate("ImportWizard", "All files (*)"),
    ))


def core_message(key: str, params: dict | None = None) -> str:
    """A message of the core's catalogue in the interface language."""
    from app.models.messages import message

    return message(key, current_language(), **(params or {}))


def swatch(region: str, size: int = 14) -> QIcon:
    """A small rounded patch of a region's colour (legend, buttons)."""
    from PySide6.QtGui import QPainter

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(REGION_COLOURS[region][0])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(fill.darker(135) if region != "data" else QColor("#b8c2cc"))
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def column_letter(index: int) -> str:
    from app.importers.cells import column_letters

    return column_letters(index)


# -- item models -----------------------------------------------------------------
class PreviewGridModel(ColumnarTableModel):
    """The raw grid of a sheet, each cell coloured by the region the detector (or the user) gave it.

    Rows are the preview's display strings; the layout dict names the rows
    and columns of each region (0-based). Changing the layout re-colours
    the cells in place: the grid, the selection and the scroll position stay.
    """

    BATCH = 500

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.COLUMNS = ()
        self.layout_info: dict = {}
        self._row_role: dict[int, str] = {}
        self._col_role: dict[int, str] = {}
        self._total_rows: set[int] = set()
        self._total_cols: set[int] = set()
        self._hidden_rows: set[int] = set()
        self._numeric_font = QFont()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_grid(self, rows: list[list[str]], layout: dict) -> None:
        """Replace the grid and its layout."""
        width = max((len(r) for r in rows), default=0)
        columns = {str(c): [r[c] if c < len(r) else "" for r in rows] for c in range(width)}
        self.beginResetModel()
        self.COLUMNS = tuple(Column(str(c)) for c in range(width))
        self._columns = columns
        self._size = len(rows)
        self._order = list(range(self._size))
        self._loaded = min(self._size, self.BATCH)
        self._apply_layout(layout)
        self.endResetModel()

    def set_layout(self, layout: dict) -> None:
        """New regions for the same grid: every loaded cell is re-coloured."""
        self._apply_layout(layout)
        if self._loaded and self.COLUMNS:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(self.COLUMNS) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self._loaded - 1)

    def _apply_layout(self, layout: dict) -> None:
        self.layout_info = dict(layout or {})
        get = lambda key: [int(i) for i in (self.layout_info.get(key) or [])]  # noqa: E731
        self._row_role = {}
        for role in ROW_ROLES:
            for r in get(f"{role}_rows"):
                self._row_role.setdefault(r, role)
        self._col_role = {}
        for role, key in (("stub", "stub_cols"), ("data", "data_cols")):
            for c in get(key):
                self._col_role.setdefault(c, role)
        self._total_rows = set(get("total_rows"))
        self._total_cols = set(get("total_cols"))
        self._hidden_rows = set(get("hidden_rows"))

    # -- what the wizard asks --------------------------------------------
    def row_role(self, row: int) -> str | None:
        return self._row_role.get(row)

    def column_role(self, column: int) -> str | None:
        return self._col_role.get(column)

    def region(self, row: int, column: int) -> str:
        """title, header, stub, data, total, footer or outside."""
        role = self._row_role.get(row)
        if role in ("title", "footer"):
            return role
        col_role = self._col_role.get(column)
        if role == "header":
            return "header" if col_role else "outside"
        if role == "data":
            if col_role == "stub":
                return "stub"
            if col_role == "data":
                return "total" if row in self._total_rows or column in self._total_cols else "data"
        return "outside"

    def text(self, row: int, column: int) -> str:
        return str(self.raw(row, str(column)) or "")

    def row_values(self, row: int) -> list[str]:
        return [self.text(row, c) for c in range(len(self.COLUMNS))]

    # -- Qt API ----------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(self.COLUMNS):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == RegionRole:
            return self.region(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(REGION_COLOURS[self.region(row, column)][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = REGION_COLOURS[self.region(row, column)][1]
            return QColor("#9aa5b1") if row in self._hidden_rows else QColor(colour)
        if role == Qt.ItemDataRole.FontRole:
            region = self.region(row, column)
            if row in self._hidden_rows or region == "footer":
                return self._italic
            if region == "header" or (region in ("total", "stub") and row in self._total_rows):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.region(row, column) in ("data", "total"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            place = f"{column_letter(column)}{row + 1}"
            parts = [place, region_names()[self.region(row, column)]]
            if row in self._hidden_rows:
                parts.append(self.tr("hidden row"))
            text = self.text(row, column)
            tip = " · ".join(parts)
            return f"{tip}\n{text}" if text else tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return column_letter(section) if 0 <= section < len(self.COLUMNS) else None
            return str(section + 1) if 0 <= section < self._loaded else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and 0 <= section < self._loaded:
            role_name = self._row_role.get(section)
            names = {"title": region_names()["title"], "header": region_names()["header"],
                     "data": region_names()["data"], "footer": region_names()["footer"]}
            text = names.get(role_name, region_names()["outside"])
            if section in self._total_rows:
                text += " · " + region_names()["total"]
            if section in self._hidden_rows:
                text += " · " + self.tr("hidden row")
            return text
        return None


class TidyTableModel(ColumnarTableModel):
    """The tidy table an import gives: one column per source dimension, then value, flag and cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.COLUMNS = ()
        self._dimension_names: list[str] = []

    def set_table(self, table, limit: int = SHOWN_CELLS) -> None:
        """Show the first ``limit`` cells of ``table`` (a ``TidyTable``), formatted on demand.

        Only the head is taken: converting a million-row frame would hold the UI thread.
        """
        frame = table.frame.head(limit) if table is not None else None
        names = [d.name for d in table.dimensions] if table is not None else []
        columns: dict[str, Any] = {}
        specs = []
        if frame is not None:
            for name in names:
                columns[name] = frame[name].to_numpy()
                specs.append(Column(name))
            for key, kind in (("value", "number"), ("flag", "text"), ("cell", "text")):
                if key in frame.columns:
                    columns[key] = frame[key].to_numpy()
                    specs.append(Column(key, kind))
        self.beginResetModel()
        self.COLUMNS = tuple(specs)
        self._dimension_names = names
        self._columns = columns
        self._size = len(frame) if frame is not None else 0
        self._order = list(range(self._size))
        self._loaded = min(self._size, self.BATCH)
        self.endResetModel()

    def column_titles(self) -> list[str]:
        fixed = {"value": self.tr("Value"), "flag": self.tr("Flag"), "cell": self.tr("Cell")}
        return [fixed.get(c.key, c.key) for c in self.COLUMNS]

    def display(self, row: int, column: Column) -> str:
        if column.kind == "number":
            value = self.raw(row, column.key)
            try:
                if value is None or math.isnan(float(value)):
                    return ""
            except (TypeError, ValueError):
                return str(value)
            return format_number(value)
        return super().display(row, column)


# -- grid views ---------------------------------------------------------------------
def grid_view(name: str, model: PreviewGridModel, selectable: bool = True) -> QTableView:
    """A spreadsheet-like view of a preview grid: letters over the columns, row numbers at the left."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    if selectable:
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    else:
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setShowGrid(True)
    view.setCornerButtonEnabled(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setMinimumWidth(34)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    view.setStyleSheet(f"QTableView#{name} {{ gridline-color: #dfe5ec; "
                       "selection-background-color: #2f6f9f; selection-color: #ffffff; }")
    return view


def size_columns(view: QTableView, model: PreviewGridModel, merged, cap: int = 240) -> None:
    """Column widths from the header and data texts (a text spanning merged columns does not widen one)."""
    metrics = QFontMetrics(view.font())
    bold = QFont(view.font())
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    rows = [r for r in range(min(model.rowCount(), 400)) if model.row_role(r) in ("header", "data")] \
        or list(range(min(model.rowCount(), 100)))
    wide = {(r, c) for r0, c0, r1, c1 in merged if c1 > c0 for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for c in range(model.columnCount()):
        width = 0
        for r in rows:
            if (r, c) in wide:
                continue
            text = model.text(r, c)
            if text:
                m = bold_metrics if model.row_role(r) == "header" else metrics
                width = max(width, m.horizontalAdvance(text))
        view.setColumnWidth(c, max(44, min(width + 18, cap)))


def fit_columns(view: QTableView, model, sample: int = 200, cap: int = 280) -> None:
    """Column widths from the title and the first rows only: measuring every row of a big table would stall."""
    metrics = QFontMetrics(view.font())
    rows = min(model.rowCount(), sample)
    for c in range(model.columnCount()):
        width = metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + 24
        for r in range(rows):
            width = max(width, metrics.horizontalAdvance(str(model.data(model.index(r, c)) or "")) + 18)
        view.setColumnWidth(c, min(width, cap))


def apply_spans(view: QTableView, model: PreviewGridModel, merged) -> None:
    """Merged cells of the sheet, and long texts of title and note rows running over the empty cells after them."""
    view.clearSpans()
    loaded = model.rowCount()
    width = model.columnCount()
    covered: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merged:
        r1, c1 = min(r1, loaded - 1), min(c1, width - 1)
        if r0 >= loaded or c0 >= width or (r0 == r1 and c0 == c1):
            continue
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        if cells & covered:
            continue
        covered |= cells
        view.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
    for r in range(loaded):
        if model.row_role(r) in ("header", "data"):
            continue
        values = model.row_values(r)
        c = 0
        while c < width:
            if values[c] and (r, c) not in covered:
                end = c
                while end + 1 < width and not values[end + 1] and (r, end + 1) not in covered:
                    end += 1
                if end > c:
                    view.setSpan(r, c, 1, end - c + 1)
                c = end + 1
            else:
                c += 1


# -- shared widgets -------------------------------------------------------------
class StatusStrip(QWidget):
    """Messages of a step (an error the user can fix, a note) and the progress of the job that reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.message = QLabel()
        self.message.setObjectName("wizardMessage")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress_row = QHBoxLayout()
        self.progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_row.addStretch(1)
        self.panel: JobPanel | None = None
        layout.addWidget(self.message)
        layout.addLayout(self.progress_row)
        self.kind = ""

    def show_message(self, text: str, kind: str = "info") -> None:
        """``kind`` is error, warning or info."""
        self.kind = kind
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.kind = ""
        self.message.clear()
        self.message.hide()

    def attach(self, job: Job) -> None:
        """Follow ``job`` with a fresh progress panel (an earlier job's reports cannot reach it)."""
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
        self.panel = JobPanel()
        self.panel.setObjectName("wizardProgress")
        self.progress_row.addWidget(self.panel)
        self.panel.attach(job)


class _JobLink(QObject):
    """Routes one job's reports to the wizard while that job is the current one."""

    def __init__(self, wizard: "ImportWizard", job: Job, strip: StatusStrip, on_success: Callable,
                 on_failure: Callable | None) -> None:
        super().__init__(wizard)
        self.wizard, self.job, self.strip = wizard, job, strip
        self.on_success, self.on_failure = on_success, on_failure
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._finished)

    def _current(self) -> bool:
        return self.wizard.job is self.job

    @Slot(object)
    def _succeeded(self, result) -> None:
        if self._current():
            self.wizard.job = None
            self.on_success(result)
            self.wizard.job_state_changed()

    @Slot(object)
    def _failed(self, exc) -> None:
        if self._current():
            self.wizard.job = None
            if self.on_failure is not None:
                self.on_failure(exc)
            self.wizard.report_error(self.strip, exc)
            self.wizard.job_state_changed()

    @Slot()
    def _cancelled(self) -> None:
        if self._current():
            self.wizard.job = None
            self.strip.show_message(self.tr("Cancelled: nothing was read. Change a setting or go back to try again."),
                                    "warning")
            self.wizard.job_state_changed()
        self.wizard.job_cancelled(self.job)

    @Slot()
    def _finished(self) -> None:
        self.deleteLater()


class WizardStep(QWizardPage):
    """A step with a status strip at the bottom and live retranslation."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(4, 4, 4, 4)
        self.outer.setSpacing(8)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.outer.addLayout(self.content, 1)
        self.status = StatusStrip()
        self.outer.addWidget(self.status)

    def retranslateUi(self) -> None:
        """Set the step's texts in the current language."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return self.wiz.job is None


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    return frame, layout


# -- step 1: the file -----------------------------------------------------------
class FilePage(WizardStep):
    """The file, its detected format and, for text files, the reading settings with their guesses."""

    OPTIONS = ("encoding", "delimiter", "decimal", "thousands")

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setObjectName("fileStep")
        row = QHBoxLayout()
        self.path_label = QLabel()
        self.path_label.setObjectName("filePath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(wizard.choose_file)
        row.addWidget(self.path_label, 1)
        row.addWidget(self.browse_button)
        self.content.addLayout(row)
        self.outer.removeWidget(self.status)  # here the reading's progress and errors belong under the file's name
        self.content.addWidget(self.status)

        self.card, card_layout = _card()
        self.detected_title = QLabel()
        self.detected_title.setObjectName("sectionTitle")
        card_layout.addWidget(self.detected_title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(16)
        self.format_value = QLabel()
        self.format_value.setObjectName("formatValue")
        self.format_label = QLabel()
        self.form.addRow(self.format_label, self.format_value)
        self.size_label = QLabel()
        self.size_value = QLabel()
        self.form.addRow(self.size_label, self.size_value)
        self.sheets_label = QLabel()
        self.sheets_value = QLabel()
        self.form.addRow(self.sheets_label, self.sheets_value)
        self.table_label = QLabel()
        self.table_value = QLabel()
        self.table_value.setObjectName("tableFound")
        self.table_value.setWordWrap(True)
        self.table_value.setMinimumWidth(420)
        self.form.addRow(self.table_label, self.table_value)
        self.combos: dict[str, QComboBox] = {}
        self.option_labels: dict[str, QLabel] = {}
        for key in self.OPTIONS:
            combo = QComboBox()
            combo.setObjectName(f"{key}Combo")
            combo.setFixedWidth(340)
            combo.activated.connect(lambda _i, k=key: self._option_chosen(k))
            label = QLabel()
            self.combos[key] = combo
            self.option_labels[key] = label
            self.form.addRow(label, combo)
        card_layout.addLayout(self.form)
        self.workbook_note = QLabel()
        self.workbook_note.setObjectName("hint")
        self.workbook_note.setWordWrap(True)
        card_layout.addWidget(self.workbook_note)
        self.content.addWidget(self.card)
        self.first_title = QLabel()
        self.first_title.setObjectName("sectionTitle")
        self.first_model = PreviewGridModel(self)
        self.first_view = grid_view("firstRows", self.first_model, selectable=False)
        self.content.addWidget(self.first_title)
        self.content.addWidget(self.first_view, 1)
        self.first_title.hide()
        self.first_view.hide()
        self.stretch = QWidget()
        self.content.addWidget(self.stretch, 1)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        self.content.addWidget(self.drop_hint)
        self.card.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("The file is read as your office published it; check what was detected and "
                                 "correct any guess."))
        self.browse_button.setText(self.tr("Choose file…") if self.wiz.path is None else self.tr("Choose another file…"))
        self.detected_title.setText(self.tr("What was detected"))
        self.first_title.setText(self.tr("First rows as read"))
        self.format_label.setText(self.tr("Format:"))
        self.size_label.setText(self.tr("Size:"))
        self.sheets_label.setText(self.tr("Sheets:"))
        self.table_label.setText(self.tr("Table:"))
        for key, text in (("encoding", self.tr("Encoding:")), ("delimiter", self.tr("Delimiter:")),
                          ("decimal", self.tr("Decimal mark:")), ("thousands", self.tr("Thousands separator:"))):
            self.option_labels[key].setText(text)
        self.workbook_note.setText(self.tr("Numbers are read as the workbook stores them; encoding and delimiter "
                                           "only apply to text files."))
        self.drop_hint.setText(self.tr("You can also drop a file onto this window. Formats: CSV and text, Excel "
                                       "(XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML."))
        self.show_path()
        if self.wiz.file_preview is not None:
            self.show_detected(self.wiz.file_preview)

    def option_items(self, key: str) -> list[tuple[str, str]]:
        if key == "encoding":
            return [(self.tr("UTF-8"), "utf-8"), (self.tr("UTF-8 with signature (BOM)"), "utf-8-sig"),
                    (self.tr("Windows-1252 (Western Europe)"), "cp1252"), (self.tr("ISO-8859-1 (Latin-1)"), "latin-1"),
                    (self.tr("UTF-16"), "utf-16"), (self.tr("Mac OS Roman"), "mac_roman")]
        if key == "delimiter":
            return [(self.tr("Comma  ,"), ","), (self.tr("Semicolon  ;"), ";"), (self.tr("Tab"), "\t"),
                    (self.tr("Vertical bar  |"), "|"), (self.tr("Space"), " ")]
        if key == "decimal":
            return [(self.tr("Point  1234.5"), "."), (self.tr("Comma  1234,5"), ",")]
        return [(self.tr("None  1234567"), ""), (self.tr("Point  1.234.567"), "."), (self.tr("Comma  1,234,567"), ","),
                (self.tr("Space  1 234 567"), " "), (self.tr("Apostrophe  1'234'567"), "'")]

    def show_path(self) -> None:
        path = self.wiz.path
        if path is None:
            self.path_label.setText(self.tr("No file chosen yet."))
            self.path_label.setToolTip("")
        else:
            self.path_label.setText(f"<b>{_html(path.name)}</b> &nbsp; <span style='color:#5b6b7b'>"
                                    f"{_html(str(path.parent))}</span>")
            self.path_label.setToolTip(str(path))

    def show_detected(self, preview) -> None:
        """Show the format, the sheets and the settings that were used (guessed or chosen)."""
        self.card.show()
        name = preview.format.upper()
        description = {"csv": self.tr("Delimited text"), "xlsx": self.tr("Excel workbook"),
                       "xls": self.tr("Excel 97-2003 workbook"), "ods": self.tr("OpenDocument spreadsheet"),
                       "html": self.tr("HTML tables"), "sav": self.tr("SPSS data file"),
                       "dta": self.tr("Stata data file")}.get(preview.format, preview.format_description)
        self.format_value.setText(f"{description} ({name})")
        count = len(preview.sheets)
        hidden = len(preview.hidden_sheets)
        text = self.tr("{count} (table found on “{sheet}”)").format(count=count, sheet=preview.sheet) \
            if preview.sheet and not preview.layout.get("error") else str(count)
        if hidden:
            text += " · " + self.tr("%n hidden", "sheets", hidden)
        self.sheets_value.setText(text)
        many = preview.format not in ("csv", "sav", "dta")
        self.sheets_value.setVisible(many)
        self.sheets_label.setVisible(many)
        path = Path(preview.path)
        if path.is_file():
            stat = path.stat()
            from PySide6.QtCore import QDateTime

            modified = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(stat.st_mtime)),
                                          QLocale.FormatType.ShortFormat)
            self.size_value.setText(self.tr("{size}, modified {date}").format(
                size=QLocale().formattedDataSize(stat.st_size), date=modified))
        layout = preview.layout
        if layout.get("error"):
            self.table_value.setText(core_message(layout["error"], layout.get("error_params")))
        else:
            found = [core_message(m.get("key", ""), m.get("params")) for m in layout.get("messages") or []
                     if m.get("key") in ("import.note.layout", "import.note.long", "import.note.redatam")]
            confidence = QLocale().toString(round(float(layout.get("confidence") or 0) * 100))
            self.table_value.setText(" ".join(found[:1] + [self.tr("Detection confidence: {percent}").format(
                percent=f"{confidence} %")]))
        shown = TEXT_FORMATS.get(preview.format, ())
        for key in self.OPTIONS:
            combo = self.combos[key]
            visible = key in shown
            combo.setVisible(visible)
            self.option_labels[key].setVisible(visible)
            if not visible:
                continue
            used = preview.detected.get(key)
            if key == "thousands" and used is None:
                used = ""
            chosen = self.wiz.read_settings.get(key) is not None
            combo.blockSignals(True)
            combo.clear()
            for text_item, value in self.option_items(key):
                combo.addItem(text_item, value)
            if used is not None and combo.findData(used) < 0:
                combo.addItem(str(used), used)
            if not chosen and used is not None:
                i = combo.findData(used)
                combo.setItemText(i, self.tr("{option} — detected").format(option=combo.itemText(i)))
            combo.setCurrentIndex(max(0, combo.findData(used)))
            combo.blockSignals(False)
        self.workbook_note.setVisible(not shown)
        rows = preview.rows[:40]
        self.first_model.set_grid(rows, shown_layout(preview))
        size_columns(self.first_view, self.first_model, preview.merged, cap=200)
        apply_spans(self.first_view, self.first_model, preview.merged)
        self.first_title.show()
        self.first_view.show()
        self.stretch.hide()

    def _option_chosen(self, key: str) -> None:
        self.wiz.set_read_option(key, self.combos[key].currentData())

    def initializePage(self) -> None:
        self.retranslateUi()

    def validatePage(self) -> bool:
        sheets = self.wiz.file_preview.sheets if self.wiz.file_preview is not None else []
        if len(sheets) <= 1:
            self.wiz.set_checked_sheets(list(sheets))
        return True

    def isComplete(self) -> bool:
        return super().isComplete() and self.wiz.file_preview is not None and self.status.kind != "error"


# -- step 2: the sheets ---------------------------------------------------------
class SheetsPage(WizardStep):
    """Every sheet of the file, hidden ones marked; the checked ones are imported."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setObjectName("sheetsStep")
        body = QHBoxLayout()
        body.setSpacing(14)
        left = QVBoxLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        left.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("sheetList")
        self.list.setFixedWidth(300)
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.list.currentItemChanged.connect(self._current_changed)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self._check_all(False))
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        body.addLayout(left)
        right = QVBoxLayout()
        self.peek_title = QLabel()
        self.peek_title.setObjectName("sectionTitle")
        self.peek_note = QLabel()
        self.peek_note.setObjectName("hint")
        self.peek_note.setWordWrap(True)
        self.peek_model = PreviewGridModel(self)
        self.peek = grid_view("sheetPeek", self.peek_model, selectable=False)
        self.peek_model.rowsInserted.connect(lambda *_: apply_spans(self.peek, self.peek_model, self._peek_merged))
        right.addWidget(self.peek_title)
        right.addWidget(self.peek_note)
        right.addWidget(self.peek, 1)
        body.addLayout(right, 1)
        self.content.addLayout(body, 1)
        self._filled_for: tuple | None = None
        self._peek_merged: list = []
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose the sheets"))
        self.setSubTitle(self.tr("Each checked sheet becomes a source of its own. The first sheet holding a "
                                 "table is checked."))
        self.intro.setText(self.tr("Sheets of the file:"))
        self.all_button.setText(self.tr("Check all visible"))
        self.none_button.setText(self.tr("Uncheck all"))
        self._label_items()

    def _label_items(self) -> None:
        preview = self.wiz.file_preview
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            notes = []
            if preview is not None and name in preview.hidden_sheets:
                notes.append(self.tr("hidden in the workbook"))
            layout = self.wiz.detected.get(name)
            if layout is not None:
                notes.append(self.tr("no table found") if layout.get("error") else self.tr("table found"))
            item.setText(f"{name}   ({', '.join(notes)})" if notes else name)
        current = self.list.currentItem()
        if current is not None:
            self.peek_title.setText(self.tr("Sheet “{sheet}”").format(sheet=current.data(Qt.ItemDataRole.UserRole)))

    def _current_changed(self, item, _previous=None) -> None:
        if item is not None:
            self.peek_title.setText(self.tr("Sheet “{sheet}”").format(sheet=item.data(Qt.ItemDataRole.UserRole)))
            self.wiz.peek_sheet(item.data(Qt.ItemDataRole.UserRole))

    def show_peek(self, preview) -> None:
        """A glance at a sheet: its grid coloured as it would be read."""
        current = self.list.currentItem()
        if current is None or current.data(Qt.ItemDataRole.UserRole) != preview.sheet:
            return
        self._peek_merged = list(preview.merged)
        self.peek_model.set_grid(preview.rows, shown_layout(preview))
        size_columns(self.peek, self.peek_model, self._peek_merged, cap=180)
        apply_spans(self.peek, self.peek_model, self._peek_merged)
        layout = preview.layout
        if layout.get("error"):
            self.peek_note.setText(core_message(layout["error"], layout.get("error_params")))
        else:
            self.peek_note.setText(" ".join(core_message(m.get("key", ""), m.get("params"))
                                            for m in layout.get("messages") or []
                                            if m.get("key") in ("import.note.layout", "import.note.long")))
        self._label_items()

    def fill(self) -> None:
        """List the sheets of the current file (once per file and settings)."""
        preview = self.wiz.file_preview
        key = (str(self.wiz.path), json.dumps(self.wiz.read_settings, sort_keys=True))
        if preview is None or key == self._filled_for:
            return
        self._filled_for = key
        self.list.blockSignals(True)
        self.list.clear()
        for name in preview.sheets:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            checked = name in self.wiz.checked_sheets
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if name in preview.hidden_sheets:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QColor("#7a8794"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._label_items()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == preview.sheet:
                self.list.setCurrentRow(i)
                break

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _check_all(self, on: bool) -> None:
        preview = self.wiz.file_preview
        self.list.blockSignals(True)  # one update of the wizard's buttons, not one per sheet
        try:
            for i in range(self.list.count()):
                item = self.list.item(i)
                hidden = preview is not None and item.data(Qt.ItemDataRole.UserRole) in preview.hidden_sheets
                item.setCheckState(Qt.CheckState.Checked if on and not hidden else Qt.CheckState.Unchecked)
        finally:
            self.list.blockSignals(False)
        self.list.viewport().update()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.fill()

    def validatePage(self) -> bool:
        self.wiz.set_checked_sheets(self.checked())
        return True

    def isComplete(self) -> bool:
        return super().isComplete() and bool(self.checked())


# -- step 3: the preview ----------------------------------------------------------
class PreviewPage(WizardStep):
    """The grid with the detected regions coloured, and the user's corrections."""

    ROW_MARKS = ("title", "header", "data", "footer", "total")
    COLUMN_MARKS = ("stub", "data", "total")

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setObjectName("previewStep")
        top = QHBoxLayout()
        top.setSpacing(6)
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("previewSheet")
        self.sheet_combo.activated.connect(lambda _i: self.wiz.show_sheet(self.sheet_combo.currentData()))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(10)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("hint")
        top.addWidget(self.rows_label)
        self.row_buttons: dict[str, QToolButton] = {}
        for key in self.ROW_MARKS:
            button = self._mark_button(key, f"markRows_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.wiz.mark_rows(k, self.selected_rows()))
            self.row_buttons[key] = button
            top.addWidget(button)
        top.addSpacing(12)
        self.columns_label = QLabel()
        self.columns_label.setObjectName("hint")
        top.addWidget(self.columns_label)
        self.column_buttons: dict[str, QToolButton] = {}
        for key in self.COLUMN_MARKS:
            button = self._mark_button("stub" if key == "stub" else key, f"markColumns_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.wiz.mark_columns(k, self.selected_columns()))
            self.column_buttons[key] = button
            top.addWidget(button)
        top.addStretch(1)
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("resetCorrections")
        self.reset_button.clicked.connect(lambda: self.wiz.reset_corrections())
        top.addWidget(self.reset_button)
        self.content.addLayout(top)

        self.model = PreviewGridModel(self)
        self.view = grid_view("previewGrid", self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.rowsInserted.connect(lambda *_: self.apply_spans())
        self.content.addWidget(self.view, 1)

        legend = QHBoxLayout()
        legend.setSpacing(4)
        self.legend_labels: dict[str, QLabel] = {}
        for key in REGION_ORDER:
            chip = QLabel()
            chip.setFixedSize(18, 12)
            fill = REGION_COLOURS[key][0]
            border = QColor(fill).darker(135).name() if key != "data" else "#b8c2cc"
            chip.setStyleSheet(f"background: {fill}; border: 1px solid {border}; border-radius: 3px;")
            text = QLabel()
            text.setObjectName("legendText")
            self.legend_labels[key] = text
            legend.addWidget(chip)
            legend.addWidget(text)
            legend.addSpacing(10)
        legend.addStretch(1)
        self.legend = QWidget()
        self.legend.setObjectName("legend")
        self.legend.setLayout(legend)
        legend.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.legend)

        self.notes = QLabel()
        self.notes.setObjectName("detectionNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setContentsMargins(10, 6, 10, 6)
        self.notes_area = QScrollArea()
        self.notes_area.setObjectName("notesArea")
        self.notes_area.setWidget(self.notes)
        self.notes_area.setWidgetResizable(True)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setMaximumHeight(118)
        self.notes_area.setMinimumHeight(64)
        self.content.addWidget(self.notes_area)
        self._shown_rows_key: tuple | None = None
        self.merged: list[tuple[int, int, int, int]] = []
        self.retranslateUi()

    def _mark_button(self, region: str, name: str) -> QToolButton:
        """A button in the colour of the region it marks: the buttons read as the legend does."""
        button = QToolButton()
        button.setObjectName(name)
        button.setProperty("region", region)
        fill, text = REGION_COLOURS[region]
        border = QColor(fill).darker(135).name() if region != "data" else "#b8c2cc"
        button.setStyleSheet(
            f"QToolButton {{ background: {fill}; color: {text}; border: 1px solid {border}; border-radius: 4px; "
            f"padding: 3px 10px; }} QToolButton:hover {{ border-color: #1f5f8b; }} "
            f"QToolButton:pressed {{ background: {QColor(fill).darker(110).name()}; }} "
            "QToolButton:disabled { background: #f4f6f8; color: #a3adb8; border-color: #e1e6eb; }")
        button.setEnabled(False)
        return button

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check what was understood"))
        self.setSubTitle(self.tr("Coloured regions show how the table was read. To correct one, select rows or "
                                 "columns (click their numbers or letters) and mark them."))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.rows_label.setText(self.tr("Rows:"))
        self.columns_label.setText(self.tr("Columns:"))
        names = {"title": self.tr("Title"), "header": self.tr("Header"), "data": self.tr("Data"),
                 "footer": self.tr("Footer"), "total": self.tr("Totals")}
        tips = {"title": self.tr("Mark the selected rows as title rows"),
                "header": self.tr("Mark the selected rows as header rows"),
                "data": self.tr("Mark the selected rows as data rows"),
                "footer": self.tr("Mark the selected rows as notes and footer (not data)"),
                "total": self.tr("Mark the selected data rows as totals (again to unmark)")}
        for key, button in self.row_buttons.items():
            button.setText(names[key])
            button.setToolTip(tips[key])
        col_names = {"stub": self.tr("Labels"), "data": self.tr("Data"), "total": self.tr("Totals")}
        col_tips = {"stub": self.tr("Mark the selected columns as label (stub) columns"),
                    "data": self.tr("Mark the selected columns as data columns"),
                    "total": self.tr("Mark the selected data columns as totals (again to unmark)")}
        for key, button in self.column_buttons.items():
            button.setText(col_names[key])
            button.setToolTip(col_tips[key])
        self.reset_button.setText(self.tr("Undo corrections"))
        self.reset_button.setToolTip(self.tr("Forget the corrections of this sheet and use the detection again"))
        for key, text in region_names().items():
            self.legend_labels[key].setText(text)
        self.show_notes()

    # -- selection -----------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})

    def selected_columns(self) -> list[int]:
        return sorted({i.column() for i in self.view.selectionModel().selectedIndexes()})

    def _update_buttons(self) -> None:
        has = self.view.selectionModel().hasSelection() and self.wiz.job is None
        for button in (*self.row_buttons.values(), *self.column_buttons.values()):
            button.setEnabled(has)
        self.reset_button.setEnabled(self.wiz.job is None and bool(self.wiz.overrides.get(self.wiz.current_sheet)))

    def _context_menu(self, pos) -> None:
        if not self.view.selectionModel().hasSelection() or self.wiz.job is not None:
            return
        menu = QMenu(self)
        for key, button in self.row_buttons.items():
            action = QAction(swatch(button.property("region")), button.toolTip(), menu)
            action.triggered.connect(lambda _c=False, k=key: self.wiz.mark_rows(k, self.selected_rows()))
            menu.addAction(action)
        menu.addSeparator()
        for key, button in self.column_buttons.items():
            action = QAction(swatch(button.property("region")), button.toolTip(), menu)
            action.triggered.connect(lambda _c=False, k=key: self.wiz.mark_columns(k, self.selected_columns()))
            menu.addAction(action)
        if self.reset_button.isEnabled():
            menu.addSeparator()
            menu.addAction(self.reset_button.text(), self.wiz.reset_corrections)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.context_menu = menu

    # -- showing a preview ----------------------------------------------------
    def show_preview(self, preview) -> None:
        """Show ``preview``; when only its layout changed the grid stays and is re-coloured."""
        key = (preview.path, preview.sheet, json.dumps(self.wiz.read_settings, sort_keys=True))
        self.merged = list(preview.merged)
        if key == self._shown_rows_key and self.model.total_rows() == len(preview.rows):
            self.model.set_layout(shown_layout(preview))
        else:
            self._shown_rows_key = key
            self.model.set_grid(preview.rows, shown_layout(preview))
            self._size_columns()
        self.apply_spans()
        self.show_notes()
        self._update_buttons()

    def _size_columns(self) -> None:
        size_columns(self.view, self.model, self.merged)

    def apply_spans(self) -> None:
        apply_spans(self.view, self.model, self.merged)

    def show_notes(self) -> None:
        """Confidence, what the detector understood (in the interface language), notes of the table."""
        preview = self.wiz.preview
        if preview is None:
            self.notes.setText("")
            return
        layout = preview.layout
        lines = []
        if layout.get("error"):
            lines.append(f"<span style='color:#a3271b'><b>{_html(core_message(layout['error'], layout.get('error_params')))}"
                         f"</b></span> " + _html(self.tr("Mark the header and data rows to read it anyway.")))
        else:
            confidence = float(layout.get("confidence") or 0.0)
            colour = "#2e7d32" if confidence >= 0.8 else "#b7791f" if confidence >= 0.5 else "#a3271b"
            corrected = bool(self.wiz.overrides.get(preview.sheet))
            text = self.tr("Your corrections are applied.") if corrected else \
                self.tr("Detection confidence: {percent}").format(percent=f"{QLocale().toString(round(confidence * 100))} %")
            lines.append(f"<b style='color:{colour}'>{_html(text)}</b>")
        for item in layout.get("messages") or []:
            lines.append(_html(core_message(item.get("key", ""), item.get("params"))))
        footnotes = _footnotes(layout)
        if footnotes:
            lines.append("<i>" + _html(self.tr("Notes of the table:")) + "</i>")
            lines += [f"<span style='color:#5b4f3a'>{_html(n)}</span>" for n in footnotes]
        if preview.truncated:
            lines.append(_html(self.tr("Only the first {count} rows are shown; the whole sheet is imported.")
                               .format(count=format_number(len(preview.rows)))))
        self.notes.setText("<br>".join(lines))

    def initializePage(self) -> None:
        sheets = self.wiz.checked_sheets
        self.sheet_combo.clear()
        for name in sheets:
            self.sheet_combo.addItem(name, name)
        many = len(sheets) > 1
        self.sheet_combo.setVisible(many)
        self.sheet_label.setVisible(many)
        current = self.wiz.current_sheet if self.wiz.current_sheet in sheets else (sheets[0] if sheets else None)
        if current is not None:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(current))
            self.wiz.show_sheet(current)

    def isComplete(self) -> bool:
        preview = self.wiz.preview
        return super().isComplete() and preview is not None and not preview.layout.get("error") \
            and self.status.kind != "error"


def core_message_of(exc: BaseException) -> str:
    """A domain error in the interface language; anything else as Python says it."""
    message = getattr(exc, "message", None)
    return message(current_language()) if callable(message) else str(exc)


def _footnotes(layout: dict) -> list[str]:
    """The table's own notes (footnotes, sources) among the detector's notes."""
    from app.models.messages import message

    ours = {message(m.get("key", ""), "en", **(m.get("params") or {})) for m in layout.get("messages") or []}
    return [n for n in layout.get("notes") or [] if n not in ours]


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- step 4: the result -----------------------------------------------------------
class ResultPage(WizardStep):
    """The tidy table: dimensions with their label counts, the cells, what the importer understood."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setObjectName("resultStep")
        top = QHBoxLayout()
        self.table_label = QLabel()
        self.table_combo = QComboBox()
        self.table_combo.setObjectName("resultTable")
        self.table_combo.activated.connect(lambda _i: self.show_table(self.table_combo.currentIndex()))
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        top.addWidget(self.table_label)
        top.addWidget(self.table_combo)
        top.addSpacing(8)
        top.addWidget(self.summary, 1)
        self.content.addLayout(top)
        self.dimensions_card, card_layout = _card()
        self.dimensions_title = QLabel()
        self.dimensions_title.setObjectName("sectionTitle")
        self.dimensions = QLabel()
        self.dimensions.setObjectName("resultDimensions")
        self.dimensions.setWordWrap(True)
        self.dimensions.setTextFormat(Qt.TextFormat.RichText)
        card_layout.addWidget(self.dimensions_title)
        card_layout.addWidget(self.dimensions)
        self.content.addWidget(self.dimensions_card)
        self.model = TidyTableModel(self)
        self.view = table_view(self.model)
        self.view.setObjectName("resultTableView")
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.content.addWidget(self.view, 1)
        self.understood_title = QLabel()
        self.understood_title.setObjectName("sectionTitle")
        self.content.addWidget(self.understood_title)
        self.understood = QPlainTextEdit()
        self.understood.setObjectName("understood")
        self.understood.setReadOnly(True)
        self.understood.setMaximumHeight(76)
        self.understood.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.content.addWidget(self.understood)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("The table as it will be stored"))
        self.setSubTitle(self.tr("One row per published cell, labelled by its dimensions. Go back to correct "
                                 "the regions if a dimension or a label is wrong."))
        self.table_label.setText(self.tr("Table:"))
        self.dimensions_title.setText(self.tr("Dimensions"))
        self.understood_title.setText(self.tr("What the importer understood"))
        self.model.retranslate()
        if self.wiz.result is not None:
            self.show_table(max(0, self.table_combo.currentIndex()))

    def initializePage(self) -> None:
        self.wiz.read_result()

    def show_result(self, result) -> None:
        from app import workflow

        self.table_combo.clear()
        for table in result.tables:
            self.table_combo.addItem(table.name)
        many = len(result.tables) > 1
        self.table_combo.setVisible(many)
        self.table_label.setVisible(many)
        lines = workflow.describe_import(result, current_language()) + [f"! {w}" for w in result.warnings]
        self.understood.setPlainText("\n".join(lines))
        self.show_table(0)

    def show_table(self, index: int) -> None:
        result = self.wiz.result
        if result is None or not result.tables:
            self.model.set_table(None)
            self.dimensions.setText("")
            self.summary.setText("")
            return
        table = result.tables[min(index, len(result.tables) - 1)]
        self.model.set_table(table)
        fit_columns(self.view, self.model)
        roles = {"row": self.tr("rows"), "column": self.tr("columns"), "block": self.tr("blocks"),
                 "geography": self.tr("geography")}
        lines = []
        for dim in table.dimensions:
            sample = ", ".join(label or "∅" for label in dim.labels[:6]) + (", …" if len(dim.labels) > 6 else "")
            lines.append(self.tr("<b>{name}</b> — %Ln label(s) ({role}): {sample}", "", len(dim.labels)).format(
                name=_html(dim.name), role=roles.get(dim.role, dim.role), sample=_html(sample)))
        self.dimensions.setText("<br>".join(lines))
        text = self.tr("{cells} cells from “{sheet}”").format(cells=format_number(len(table.frame)), sheet=table.name)
        if len(table.frame) > SHOWN_CELLS:
            text += " · " + self.tr("the first {count} are shown").format(count=format_number(SHOWN_CELLS))
        self.summary.setText(text)

    def isComplete(self) -> bool:
        return super().isComplete() and self.wiz.result is not None and self.status.kind != "error"


# -- step 5: confirm --------------------------------------------------------------
class ConfirmPage(WizardStep):
    """What will be stored, and the choice to map right away."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setObjectName("confirmStep")
        self.card, card_layout = _card()
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.labels = {key: QLabel() for key in ("file", "format", "sheets", "settings", "corrections", "project")}
        self.values = {key: QLabel() for key in self.labels}
        for key in self.labels:
            self.values[key].setWordWrap(True)
            self.values[key].setObjectName(f"confirm_{key}")
            self.form.addRow(self.labels[key], self.values[key])
        card_layout.addLayout(self.form)
        self.content.addWidget(self.card)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.content.addWidget(self.explanation)
        self.auto_map = QCheckBox()
        self.auto_map.setObjectName("autoMap")
        self.auto_map.setChecked(True)
        self.auto_map.toggled.connect(lambda _on: self.review())
        self.content.addWidget(self.auto_map)
        # What the automatic mapping will conclude: the proofs, or the reasons and the questions.
        self.review_card, review_layout = _card()
        self.review_title = QLabel()
        self.review_title.setObjectName("sectionTitle")
        self.review_text = QLabel()
        self.review_text.setObjectName("autoReview")
        self.review_text.setWordWrap(True)
        self.review_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        review_layout.addWidget(self.review_title)
        review_layout.addWidget(self.review_text)
        self.content.addWidget(self.review_card)
        self.reviews: list | None = None
        self._review_generation = 0
        self._review_job: Job | None = None
        self.content.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Import into the project"))
        self.setSubTitle(self.tr("Nothing has been stored yet. Click Import to add the file to the project."))
        for key, text in (("file", self.tr("File:")), ("format", self.tr("Format:")), ("sheets", self.tr("Sheets:")),
                          ("settings", self.tr("Reading:")), ("corrections", self.tr("Corrections:")),
                          ("project", self.tr("Project:"))):
            self.labels[key].setText(text)
        self.explanation.setText(self.tr(
            "The file is stored in the project unchanged, with its checksum and these settings, so that it can be "
            "read again and re-imported when a corrected edition is published. Each checked sheet becomes a source."))
        self.auto_map.setText(self.tr("Map to the IMILA tables right away when every label has a confident code "
                                      "(otherwise the file waits on the Map page)"))
        self.review_title.setText(self.tr("What the automatic mapping concludes"))
        self.fill()
        self.show_reviews()

    def fill(self) -> None:
        wiz = self.wiz
        preview = wiz.file_preview
        if wiz.path is None or preview is None:
            return
        size = QLocale().formattedDataSize(wiz.path.stat().st_size) if wiz.path.is_file() else ""
        self.values["file"].setText(f"{wiz.path.name} ({size})")
        self.values["format"].setText(preview.format.upper())
        self.values["sheets"].setText(", ".join(wiz.checked_sheets))
        used = {k: v for k, v in wiz.settings_used().items() if k in TEXT_FORMATS.get(preview.format, ())}
        names = {"encoding": self.tr("encoding"), "delimiter": self.tr("delimiter"),
                 "decimal": self.tr("decimal mark"), "thousands": self.tr("thousands separator")}
        shown = {"\t": self.tr("tab"), " ": self.tr("space"), "": self.tr("none")}
        self.values["settings"].setText(", ".join(f"{names[k]} “{shown.get(v, v)!s}”" for k, v in used.items()
                                                  if v is not None) or self.tr("as the workbook stores it"))
        corrections = []
        for sheet in wiz.checked_sheets:
            keys = sorted(wiz.overrides.get(sheet) or {})
            if keys:
                corrections.append(f"{sheet}: " + ", ".join(keys))
        self.values["corrections"].setText("; ".join(corrections) or self.tr("none, the detection is used as it is"))
        self.values["project"].setText(Path(wiz.project_path).name if wiz.project_path else "")

    def initializePage(self) -> None:
        self.fill()
        self.wiz.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.review()

    def review(self) -> None:
        """Ask the core, on the worker, what ``import --auto`` would write; Import stays available meanwhile."""
        from app import workflow

        self._review_generation += 1
        self.reviews = None
        self.stop_review()
        result = self.wiz.result
        if not self.auto_map.isChecked() or result is None or not self.wiz.project_path:
            self.review_card.hide()
            return
        self.review_card.show()
        self.review_text.setText(self.tr("Checking the words of the title and headers and the published totals…"))
        job = run_job(workflow.review_tables, list(result.tables), lang=current_language(),
                      project_path=self.wiz.project_path, parent=self)
        self._review_job = job
        job.succeeded.connect(lambda reviews, g=self._review_generation: self._reviewed(reviews, g))
        job.failed.connect(lambda exc, g=self._review_generation: self._review_failed(exc, g))

    def stop_review(self) -> None:
        """Cancel the review still running or waiting: the single worker is needed for the import itself."""
        if self._review_job is not None:
            self._review_job.cancel()
            self._review_job = None

    def _reviewed(self, reviews, generation: int) -> None:
        if generation != self._review_generation:
            return
        self.reviews = list(reviews)
        self.show_reviews()

    def _review_failed(self, exc, generation: int) -> None:
        if generation != self._review_generation:
            return
        self.review_text.setText(self.tr("The automatic mapping could not be checked: {error}").format(
            error=core_message_of(exc)))

    def show_reviews(self) -> None:
        if self.reviews is None:
            return
        many = len(self.reviews) > 1
        blocks = []
        for review in self.reviews:
            lines = [f"<b>{_html(review.table)}</b>"] if many else []
            if review.proven:
                lines.extend(f"✓ {_html(line)}" for line in review.proven)
                if review.mismatch:
                    lines.append(_html(self.tr("Before writing, you will be asked about:")))
                    lines.extend(f"• {_html(line)}" for line in review.mismatch)
                if review.conflicts:
                    lines.append(_html(self.tr("The project already holds these cells; you will be asked whether "
                                               "to replace them:")))
                    lines.extend("• " + _html(self.tr("{table}: {cells} cells from “{source}”").format(
                        table=c["table"], cells=format_number(c["cells"]), source=c["source"])) for c in review.conflicts)
            else:
                lines.append(_html(self.tr("Nothing will be written automatically; the file waits on the Map page.")))
                lines.extend(f"• {_html(line.strip())}" for line in review.refused[:5])
                count = sum(len(labels) for labels in review.questions.values())
                if count:
                    shown = [f"{dim}: {', '.join(labels[:4])}{' …' if len(labels) > 4 else ''}"
                             for dim, labels in list(review.questions.items())[:3]]
                    lines.append(_html(self.tr("%Ln label(s) to answer:", "", count)))
                    lines.extend(f"• {_html(line)}" for line in shown)
            blocks.append("<br>".join(lines))
        self.review_text.setTextFormat(Qt.TextFormat.RichText)
        self.review_text.setText("<br><br>".join(blocks))

    def isComplete(self) -> bool:
        return super().isComplete() and self.wiz.result is not None


# -- the wizard -----------------------------------------------------------------
class ImportWizard(QWizard):
    """Import one file into the project (see the module docstring).

    ``imported`` carries the list of ``ImportSummary`` once the file is
    stored; the wizard then closes. ``project_path`` is the open project:
    the import opens its own connection on the worker thread.
    """

    imported = Signal(object)

    FILE, SHEETS, PREVIEW, RESULT, CONFIRM = range(5)

    def __init__(self, parent: QWidget | None, project_path, path=None, *, start_folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.project_path = str(project_path) if project_path else None
        self.start_folder = start_folder
        self.path: Path | None = None
        self.read_settings: dict[str, Any] = {key: None for key in FilePage.OPTIONS}
        self.file_preview = None  # the first preview of the file: format, sheets, detected settings
        self.previews: dict[str, Any] = {}  # sheet → its latest preview (with the corrections)
        self.detected: dict[str, dict] = {}  # sheet → the layout found without corrections
        self.overrides: dict[str, dict] = {}  # sheet → the user's corrections
        self.checked_sheets: list[str] = []
        self.current_sheet: str | None = None
        self.result = None
        self._result_key: str | None = None
        self.summaries: list = []
        self.job: Job | None = None
        self._importing = False
        self._close_when_stopped = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 620)
        self.resize(1120, 760)
        self.setStyleSheet(WIZARD_STYLE)
        self.file_page = FilePage(self)
        self.sheets_page = SheetsPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.confirm_page = ConfirmPage(self)
        for key, page in ((self.FILE, self.file_page), (self.SHEETS, self.sheets_page),
                          (self.PREVIEW, self.preview_page), (self.RESULT, self.result_page),
                          (self.CONFIRM, self.confirm_page)):
            self.setPage(key, page)
        self.retranslateUi()
        if path is not None:
            self.set_path(path)

    # -- language ----------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import a census table"))
        # QWizard does not retranslate its own buttons on a language switch: take Qt's texts again.
        for button, text in ((QWizard.WizardButton.BackButton, "< &Back"), (QWizard.WizardButton.NextButton, "&Next >"),
                             (QWizard.WizardButton.CancelButton, "Cancel")):
            self.setButtonText(button, QCoreApplication.translate("QWizard", text))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- navigation ----------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == self.FILE:
            sheets = self.file_preview.sheets if self.file_preview is not None else []
            return self.PREVIEW if len(sheets) <= 1 else self.SHEETS
        return super().nextId()

    def job_state_changed(self) -> None:
        """A job started or ended: steps re-evaluate their Next/Finish buttons."""
        for page_id in self.pageIds():
            self.page(page_id).completeChanged.emit()
        self.preview_page._update_buttons()
        busy = self.job is not None
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy and self.currentId() != self.FILE)
        self.file_page.browse_button.setEnabled(not self._importing)
        for combo in self.file_page.combos.values():
            combo.setEnabled(not busy)

    # -- jobs ------------------------------------------------------------------------
    def run(self, strip: StatusStrip, fn: Callable, *args, title: str, on_success: Callable,
            on_failure: Callable | None = None, **kwargs) -> Job:
        """Run ``fn`` on the worker; a job still running for an earlier request is cancelled and ignored."""
        if self.job is not None:
            self.job.cancel()
        strip.clear()
        job = run_job(fn, *args, title=title, **kwargs)
        self.job = job
        _JobLink(self, job, strip, on_success, on_failure)
        strip.attach(job)
        self.job_state_changed()
        return job

    def report_error(self, strip: StatusStrip, exc: BaseException) -> None:
        """A domain error is shown in the step; a bug goes to the crash dialog as everywhere else."""
        if isinstance(exc, ImilaError):
            strip.show_message(exc.message(current_language()), "error")
        else:
            from app.ui.app import show_error

            strip.show_message(self.tr("The file could not be read because of an unexpected error; "
                                       "the details were logged."), "error")
            show_error(self, exc)

    def job_cancelled(self, job: Job) -> None:
        if self._close_when_stopped and self.job is None:
            self._close_when_stopped = False
            self._importing = False
            super().reject()

    # -- step 1 ----------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(self.path.parent) if self.path is not None else self.start_folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a census table"), folder, file_filter())
        if path:
            self.set_path(path)

    def set_path(self, path) -> None:
        """Read ``path`` afresh: every guess, sheet choice and correction of an earlier file is forgotten."""
        self.path = Path(path)
        self.read_settings = {key: None for key in FilePage.OPTIONS}
        self._forget_file()
        if self.currentId() not in (-1, self.FILE):
            self.restart()
        self.file_page.retranslateUi()
        self._file_failed()  # nothing of the earlier file stays on the screen
        self._read_file()

    def set_read_option(self, key: str, value) -> None:
        """The user chose a reading setting: read the file again with it."""
        detected = self.file_preview.detected.get(key) if self.file_preview is not None else None
        if key == "thousands" and detected is None:
            detected = ""
        self.read_settings[key] = None if value == detected and self.read_settings.get(key) is None else value
        self._forget_file(keep_choice=True)
        self._read_file()

    def _forget_file(self, keep_choice: bool = False) -> None:
        self.previews.clear()
        self.detected.clear()
        self.overrides.clear()
        self.result = None
        self._result_key = None
        if not keep_choice:
            self.checked_sheets = []
            self.current_sheet = None
            self.file_preview = None

    def settings_used(self) -> dict:
        """The reading settings as they were used: the user's choices, else the guesses."""
        detected = self.file_preview.detected if self.file_preview is not None else {}
        return {k: (self.read_settings.get(k) if self.read_settings.get(k) is not None else detected.get(k))
                for k in FilePage.OPTIONS}

    def read_options(self) -> dict:
        """Reading settings to pass to the core: only what the user chose (the rest is guessed again)."""
        return {k: v for k, v in self.read_settings.items() if v is not None}

    def _read_file(self) -> None:

        page = self.file_page
        self.run(page.status, read_preview, self.path, self.read_options(), max_rows=PREVIEW_ROWS,
                 title=self.tr("Reading {file}").format(file=self.path.name), on_success=self._file_read,
                 on_failure=lambda _exc: self._file_failed())

    def _file_read(self, preview) -> None:
        self.file_preview = preview
        sheet = preview.sheet
        if not self.checked_sheets or any(s not in preview.sheets for s in self.checked_sheets):
            self.checked_sheets = [sheet] if sheet else preview.sheets[:1]
        self.current_sheet = self.checked_sheets[0] if self.checked_sheets else None
        self.previews[sheet] = preview
        self.detected[sheet] = dict(preview.layout)
        self.file_page.status.clear()
        self.file_page.show_detected(preview)
        self.file_page.retranslateUi()

    def _file_failed(self) -> None:
        self.file_preview = None
        self.file_page.card.hide()
        self.file_page.first_title.hide()
        self.file_page.first_view.hide()
        self.file_page.stretch.show()

    # -- step 2 ----------------------------------------------------------------------
    def set_checked_sheets(self, sheets: list[str]) -> None:
        if sheets != self.checked_sheets:
            self.checked_sheets = list(sheets)
            self.result = None
            self._result_key = None
        if self.current_sheet not in self.checked_sheets:
            self.current_sheet = self.checked_sheets[0] if self.checked_sheets else None

    def peek_sheet(self, sheet: str) -> None:
        """Show ``sheet`` on the Sheets step, reading it first when needed (the Preview step reuses it)."""

        cached = self.previews.get(sheet)
        if cached is not None:
            self.sheets_page.show_peek(cached)
            return

        def done(preview, sheet=sheet) -> None:
            if sheet not in self.detected and not self.overrides.get(sheet):
                self.detected[sheet] = dict(preview.layout)
            self.previews[sheet] = preview
            self.sheets_page.show_peek(preview)

        settings = dict(self.read_options(), sheet=sheet, overrides=self.overrides.get(sheet) or None)
        self.run(self.sheets_page.status, read_preview, self.path, settings, max_rows=PREVIEW_ROWS,
                 title=self.tr("Reading “{sheet}”").format(sheet=sheet), on_success=done)

    # -- step 3 ----------------------------------------------------------------------
    @property
    def preview(self):
        return self.previews.get(self.current_sheet) if self.current_sheet else None

    def show_sheet(self, sheet: str) -> None:
        """Show ``sheet`` in the preview, reading it when it has not been read with its corrections yet."""
        self.current_sheet = sheet
        cached = self.previews.get(sheet)
        if cached is not None and sheet in self.detected:
            self.preview_page.show_preview(cached)
            return
        self._preview_sheet(sheet)

    def _preview_sheet(self, sheet: str) -> None:

        settings = dict(self.read_options(), sheet=sheet, overrides=self.overrides.get(sheet) or None)
        first = sheet not in self.detected

        def done(preview, sheet=sheet, first=first) -> None:
            if first:
                self.detected[sheet] = dict(preview.layout)
            self.previews[sheet] = preview
            if sheet == self.current_sheet:
                self.preview_page.show_preview(preview)

        self.run(self.preview_page.status, read_preview, self.path, settings, max_rows=PREVIEW_ROWS,
                 title=self.tr("Reading “{sheet}”").format(sheet=sheet), on_success=done)

    def _current_lists(self, keys) -> dict[str, set[int]]:
        layout = self.preview.layout if self.preview is not None else {}
        return {k: {int(i) for i in layout.get(k) or []} for k in keys}

    def mark_rows(self, role: str, rows: list[int]) -> None:
        """Mark ``rows`` as title, header, data, footer or total (total toggles) and detect again."""
        if not rows or self.preview is None or self.job is not None:
            return
        keys = [f"{r}_rows" for r in ROW_ROLES] + ["total_rows"]
        lists = self._current_lists(keys)
        chosen = set(rows)
        changed: set[str] = set()
        if role == "total":
            if chosen <= lists["total_rows"]:
                lists["total_rows"] -= chosen
            else:
                lists["total_rows"] |= chosen
                role = "data" if not chosen <= lists["data_rows"] else ""
            changed.add("total_rows")
        if role:
            target = f"{role}_rows"
            for key in keys[:4]:
                if key != target and lists[key] & chosen:
                    lists[key] -= chosen
                    changed.add(key)
            if not chosen <= lists[target]:
                lists[target] |= chosen
                changed.add(target)
            if role != "data" and lists["total_rows"] & chosen:
                lists["total_rows"] -= chosen
                changed.add("total_rows")
        self._apply_correction({k: sorted(lists[k]) for k in changed})

    def mark_columns(self, role: str, columns: list[int]) -> None:
        """Mark ``columns`` as label (stub) columns, data columns or totals (total toggles) and detect again."""
        if not columns or self.preview is None or self.job is not None:
            return
        keys = ["stub_cols", "data_cols", "total_cols"]
        lists = self._current_lists(keys)
        chosen = set(columns)
        changed: set[str] = set()
        if role == "total":
            if chosen <= lists["total_cols"]:
                lists["total_cols"] -= chosen
            else:
                lists["total_cols"] |= chosen
                role = "data" if not chosen <= lists["data_cols"] else ""
            changed.add("total_cols")
        if role:
            target = "stub_cols" if role == "stub" else "data_cols"
            other = "data_cols" if target == "stub_cols" else "stub_cols"
            if lists[other] & chosen:
                lists[other] -= chosen
                changed.add(other)
            if not chosen <= lists[target]:
                lists[target] |= chosen
                changed.add(target)
            if target == "stub_cols" and lists["total_cols"] & chosen:
                lists["total_cols"] -= chosen
                changed.add("total_cols")
        self._apply_correction({k: sorted(lists[k]) for k in changed})

    def _apply_correction(self, changes: dict[str, list[int]]) -> None:
        """Merge ``changes`` into the sheet's overrides; a list equal to the detection is no correction."""
        if not changes:
            return
        sheet = self.current_sheet
        overrides = dict(self.overrides.get(sheet) or {})
        overrides.update(changes)
        detected = self.detected.get(sheet) or {}
        for key in list(overrides):
            if sorted(int(i) for i in overrides[key]) == sorted(int(i) for i in detected.get(key) or []):
                del overrides[key]
        self.set_overrides(sheet, overrides)

    def set_overrides(self, sheet: str, overrides: dict | None) -> None:
        """Replace the corrections of ``sheet`` and run the detection again."""
        if overrides:
            self.overrides[sheet] = dict(overrides)
        else:
            self.overrides.pop(sheet, None)
        self.previews.pop(sheet, None)
        self.result = None
        self._result_key = None
        if sheet == self.current_sheet:
            self._preview_sheet(sheet)

    def reset_corrections(self) -> None:
        if self.current_sheet is not None and self.job is None:
            self.set_overrides(self.current_sheet, None)

    # -- step 4 ----------------------------------------------------------------------
    def result_settings(self) -> dict:
        """Read settings of the checked sheets, as ``read_source`` takes them."""
        sheets = list(self.checked_sheets)
        settings = dict(self.read_options())
        settings["sheet"] = sheets[0] if len(sheets) == 1 else sheets
        corrections = {s: self.overrides[s] for s in sheets if self.overrides.get(s)}
        if len(sheets) == 1:
            settings["overrides"] = corrections.get(sheets[0])
        elif corrections:
            settings["overrides"] = {"by_sheet": corrections}
        return settings

    def read_result(self) -> None:
        from app import workflow

        settings = self.result_settings()
        key = json.dumps([str(self.path), settings], sort_keys=True, default=str)
        if self.result is not None and key == self._result_key:
            self.result_page.show_result(self.result)
            return
        self.result = None

        def done(result, key=key) -> None:
            self.result = result
            self._result_key = key
            self.result_page.show_result(result)

        self.run(self.result_page.status, workflow.read_source, self.path, settings,
                 title=self.tr("Reading {file}").format(file=self.path.name), on_success=done)

    # -- step 5 ----------------------------------------------------------------------
    def import_plans(self) -> list[dict]:
        """One set of import settings per checked sheet (a file of one sheet replays whatever it is called)."""
        single = self.file_preview is not None and len(self.file_preview.sheets) == 1
        plans = []
        for sheet in self.checked_sheets:
            plan = dict(self.read_options())
            plan["sheet"] = None if single else sheet
            plan["overrides"] = self.overrides.get(sheet) or None
            plans.append(plan)
        return plans

    def accept(self) -> None:
        """Finish: store the file on the worker; the wizard closes when it is in the project."""
        if self.currentId() != self.CONFIRM or self._importing or self.project_path is None:
            return
        self._importing = True
        self.confirm_page.stop_review()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.run(self.confirm_page.status, import_selection, self.path, self.import_plans(),
                 auto=self.confirm_page.auto_map.isChecked(), lang=current_language(), project_path=self.project_path,
                 title=self.tr("Importing {file}").format(file=self.path.name), on_success=self._imported,
                 on_failure=lambda _exc: self._import_stopped())

    def _imported(self, summaries) -> None:
        self._importing = False
        self.summaries = list(summaries)
        self.imported.emit(self.summaries)
        super().accept()

    def _import_stopped(self) -> None:
        self._importing = False
        self._close_when_stopped = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def reject(self) -> None:
        """Cancel: a read stops at once; an import is rolled back before the wizard closes."""
        if self.job is not None:
            if self._importing:
                self._close_when_stopped = True
                self.job.cancel()
                return
            self.job.cancel()
            self.job = None
        super().reject()

    # -- drops -------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and not self._importing:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.set_path(urls[0].toLocalFile())
            event.acceptProposedAction()


def read_preview(path, settings: dict, *, max_rows: int = PREVIEW_ROWS, progress=None, cancelled=None):
    """``workflow.preview_source``, and its layout cut to the rows shown, on the worker thread.

    The detected layout lists every row of the sheet (a million data rows in
    a long CSV); the grid shows at most ``max_rows``. The full lists stay in
    ``layout`` (corrections are made on them); the model colours from
    ``shown_layout``, computed here so that the UI thread never walks them.
    """
    from app import workflow

    preview = workflow.preview_source(path, settings, max_rows=max_rows, progress=progress, cancelled=cancelled)
    count = len(preview.rows)
    shown = dict(preview.layout)
    for key in ROW_LIST_KEYS:
        values = shown.get(key)
        if isinstance(values, range):  # every line of a long CSV
            shown[key] = range(values.start, min(values.stop, max(values.start, count)), values.step)
        elif isinstance(values, list) and values and max(values) >= count:
            shown[key] = [i for i in values if i < count]
    preview.shown_layout = shown
    return preview


def shown_layout(preview) -> dict:
    return getattr(preview, "shown_layout", None) or preview.layout


def import_selection(project, path, plans: list[dict], *, auto: bool = True, lang: str = "es", progress=None,
                     cancelled=None) -> list:
    """The wizard's import, on the worker thread: ``workflow.import_sheets``."""
    from app import workflow

    return workflow.import_sheets(project, path, plans, auto=auto, lang=lang, progress=progress, cancelled=cancelled)


def combined_summary(summaries: list):
    """One summary for the Import page from the sources a wizard stored (``workflow.combine_summaries``)."""
    from app import workflow

    return workflow.combine_summaries(summaries)


WIZARD_STYLE = """
QWizard#importWizard, QWizard#importWizard QWizardPage { background: #f7f9fb; }
QLabel#wizardMessage { border-radius: 6px; padding: 8px 10px; }
QLabel#wizardMessage[kind="error"] { background: #fbe9e7; color: #8a1f12; border: 1px solid #f0c4bd; }
QLabel#wizardMessage[kind="warning"] { background: #fff4dc; color: #6b4a00; border: 1px solid #f0dca8; }
QLabel#wizardMessage[kind="info"] { background: #e8f1fa; color: #17324d; border: 1px solid #c8dbee; }
QScrollArea#notesArea, QScrollArea#notesArea > QWidget > QWidget { background: #ffffff; }
QScrollArea#notesArea { border: 1px solid #dde3ea; border-radius: 6px; }
QLabel#legendText { color: #40505f; }
QLabel#filePath { font-size: 11pt; }
QLabel#resultSummary { color: #5b6b7b; }
QPlainTextEdit#understood { background: #ffffff; color: #40505f; border: 1px solid #dde3ea; border-radius: 6px; }
QListWidget#sheetList { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; padding: 4px; }
QListWidget#sheetList::item { padding: 5px 4px; }
QToolButton { padding: 3px 6px; }
"""

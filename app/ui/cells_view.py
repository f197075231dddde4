"""The cells of a finding: the IMILA table around them, highlighted, and where each came from.

``CellsView.show_finding`` asks the core (``workflow.finding_table``, on the
worker thread) for a compact pivot of the table concerned, e.g. countries of
birth down the side and sex × age across, with the other dimensions held at
the finding's codes. The finding's cells are highlighted in the pivot and
listed below it with their source file and source cell ("Cuadro 3!C17").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from app.ui.i18n import current_language
from app.ui.models import format_number
from app.ui.pages.base import empty_label, table_view
from app.ui.worker import run_job

Index = QModelIndex | QPersistentModelIndex
HighlightRole = Qt.ItemDataRole.UserRole + 10  # True on the finding's cells
LineageRole = Qt.ItemDataRole.UserRole + 11  # the source cell ("Cuadro 1!C17")

HIGHLIGHT = {"error": "#f6cdc8", "warning": "#fbe3a6", "info": "#d6e6f5"}
HIGHLIGHT_TEXT = {"error": "#7d1a10", "warning": "#5c3b00", "info": "#1d3d5c"}
TOTAL_BACKGROUND = "#f1f4f7"
SIGNS = {"C": "x", "M": "..", "Z": "///"}


def code_text(dim: str, code: str) -> str:
    """A code's label in the interface language (``_T`` reads "Total")."""
    from app import workflow

    return workflow.code_label(dim, code, current_language())


def dimension_text(dim: str) -> str:
    from app import workflow

    return workflow.dimension_name(dim, current_language())


def value_text(value, flag: str) -> str:
    """A cell as a census table prints it: the number, or the sign of a withheld value."""
    if value is None:
        return SIGNS.get(flag, "")
    return format_number(value)


class CellsPivotModel(QAbstractTableModel):
    """The pivot of a ``workflow.FindingTable``: row codes × column code tuples, highlighted cells."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = None
        self.severity = "info"
        self._row_labels: list[str] = []
        self._column_labels: list[str] = []

    def set_table(self, table, severity: str = "info") -> None:
        self.beginResetModel()
        self.table = table
        self.severity = severity
        self._label()
        self.endResetModel()

    def _label(self) -> None:
        table = self.table
        if table is None:
            self._row_labels, self._column_labels = [], []
            return
        self._row_labels = [code_text(table.row_dim, code) for code in table.rows]
        self._column_labels = ["\n".join(code_text(d, c) for d, c in zip(table.col_dims, key)) or table.table_id
                               for key in table.columns]

    def retranslate(self) -> None:
        self._label()
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def is_total(self, row: int, column: int) -> bool:
        return self.table.rows[row] == "_T" or "_T" in self.table.columns[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.table.rows) and 0 <= c < len(self.table.columns)):
            return None
        table = self.table
        highlighted = (r, c) in table.highlighted
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(table.values[r][c], table.flags[r][c])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if highlighted:
                return QColor(HIGHLIGHT.get(self.severity, HIGHLIGHT["info"]))
            if self.is_total(r, c):
                return QColor(TOTAL_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and highlighted:
            return QColor(HIGHLIGHT_TEXT.get(self.severity, HIGHLIGHT_TEXT["info"]))
        if role == Qt.ItemDataRole.FontRole and highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lineage = table.lineage[r][c]
            if not lineage and table.values[r][c] is None and not table.flags[r][c]:
                return self.tr("The table has no such cell.")
            where = f"{table.sources[r][c]} — {lineage}" if table.sources[r][c] else lineage
            column = self._column_labels[c].replace("\n", " · ")
            return f"{self._row_labels[r]} · {column}\n{where}"
        if role == HighlightRole:
            return highlighted
        if role == LineageRole:
            return table.lineage[r][c]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        labels = self._column_labels if orientation == Qt.Orientation.Horizontal else self._row_labels
        if not 0 <= section < len(labels):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return labels[section]
        if role == Qt.ItemDataRole.FontRole and self.table is not None:
            if orientation == Qt.Orientation.Vertical and self.table.rows[section] == "_T":
                font = QFont()
                font.setBold(True)
                return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def first_highlight(self) -> QModelIndex:
        if self.table is None or not self.table.highlighted:
            return QModelIndex()
        r, c = min(self.table.highlighted)
        return self.index(r, c)


class FindingCellsModel(QAbstractTableModel):
    """The finding's cells of one table: which cell, its value, source file and source cell."""

    COLUMNS = ("cell", "value", "lineage", "source")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cells: list[dict] = []
        self.dims: list[str] = []
        self._labels: list[str] = []

    def set_cells(self, cells: list[dict], dims: list[str]) -> None:
        self.beginResetModel()
        self.cells = list(cells)
        self.dims = list(dims)
        self._label()
        self.endResetModel()

    def _label(self) -> None:
        self._labels = [" · ".join(code_text(d, str(cell.get(d, ""))) for d in self.dims) for cell in self.cells]

    def retranslate(self) -> None:
        self._label()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.cells:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cells) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cells) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        cell = self.cells[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "cell":
                return self._labels[index.row()]
            if column == "value":
                return value_text(cell.get("value"), "")
            if column == "source":
                return str(cell.get("source") or "")
            return str(cell.get("lineage") or "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column == "value" else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return [self.tr("Cell"), self.tr("Value"), self.tr("Source cell"), self.tr("Source file")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CellsView(QWidget):
    """The table concerned by a finding, its cells highlighted, and their sources."""

    loaded = Signal()  # a table is shown (or the view says why none is)

    def __init__(self, parent: QWidget | None = None, separate_lineage: bool = False) -> None:
        """With ``separate_lineage``, the list of source cells (``lineage_panel``) is placed by the owner."""
        super().__init__(parent)
        self.finding = None
        self.project_path = None
        self.table = None
        self.job = None
        self.lineage_files: list[str] = []
        self._request = None  # (project path, finding key, table) being loaded

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setObjectName("sectionTitle")
        self.slice_label = QLabel()
        self.slice_label.setObjectName("hint")
        self.slice_label.setWordWrap(True)
        self.table_choice = QComboBox()
        self.table_choice.setObjectName("cellsTableChoice")
        self.table_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table_choice.activated.connect(self._choose_table)
        self.table_choice.hide()
        head.addWidget(self.caption)
        head.addSpacing(6)
        head.addWidget(self.slice_label, 1)
        head.addWidget(self.table_choice)
        layout.addLayout(head)

        self.pivot_model = CellsPivotModel(self)
        self.pivot = QTableView()
        self.pivot.setObjectName("cellsPivot")
        self.pivot.setModel(self.pivot_model)
        self.pivot.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pivot.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pivot.setWordWrap(False)
        self.pivot.verticalHeader().setDefaultSectionSize(22)
        self.pivot.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.pivot.verticalHeader().setMaximumWidth(190)
        self.pivot.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pivot.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pivot.horizontalHeader().setHighlightSections(False)
        self.pivot.verticalHeader().setHighlightSections(False)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pivot)

        self.lineage_panel = QWidget()
        self.lineage_panel.setObjectName("lineagePanel")
        lineage_layout = QVBoxLayout(self.lineage_panel)
        lineage_layout.setContentsMargins(0, 0, 0, 0)
        lineage_layout.setSpacing(4)
        self.lineage_title = QLabel()
        self.lineage_title.setObjectName("sectionTitle")
        self.cells_model = FindingCellsModel(self)
        self.cells_table = table_view(self.cells_model)
        self.cells_table.setObjectName("cellsLineage")
        self.cells_table.verticalHeader().setDefaultSectionSize(22)
        self.cells_table.selectionModel().currentRowChanged.connect(self._follow_cell)
        self.lineage_source = QLabel()
        self.lineage_source.setObjectName("hint")
        self.lineage_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lineage_layout.addWidget(self.lineage_title)
        lineage_layout.addWidget(self.lineage_source)
        lineage_layout.addWidget(self.cells_table, 1)

        layout.addWidget(self.stack, 1)
        if not separate_lineage:
            layout.addWidget(self.lineage_panel, 1)
        self.retranslateUi()

    # -- texts -------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.lineage_title.setText(self.tr("Where the highlighted cells come from"))
        self.pivot_model.retranslate()
        self.cells_model.retranslate()
        self._update_caption()
        if self.table is None and self.finding is None:
            self.empty.setText(self.tr("Select a finding to see its cells."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_source_label(self) -> None:
        files = self.lineage_files if self.table is not None else []
        self.lineage_source.setText(self.tr("Source file: {file}").format(file=files[0]) if len(files) == 1 else "")
        self.lineage_source.setVisible(len(files) == 1)

    def _update_caption(self) -> None:
        self._update_source_label()
        table = self.table
        if table is None:
            self.caption.setText(self.tr("Cells"))
            self.slice_label.setText("")
            return
        self.caption.setText(self.tr("Table {table}").format(table=table.table_id))
        parts = [f"{dimension_text(d)}: {code_text(d, c)}" for d, c in table.fixed.items()]
        across = " × ".join(dimension_text(d) for d in table.col_dims)
        text = self.tr("{rows} down, {columns} across").format(rows=dimension_text(table.row_dim), columns=across) \
            if across else dimension_text(table.row_dim)
        if parts:
            text += " · " + self.tr("only {cells}").format(cells="; ".join(parts))
        self.slice_label.setText(text)

    # -- loading -------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.finding = None
        self.table = None
        self._request = None
        self.pivot_model.set_table(None)
        self.cells_model.set_cells([], [])
        self.table_choice.hide()
        self.empty.setText(text or self.tr("Select a finding to see its cells."))
        self.stack.setCurrentWidget(self.empty)
        self._update_caption()

    def show_finding(self, project_path, finding, table_id: str | None = None, *, reload: bool = False) -> None:
        """Show the cells of ``finding`` (loaded on the worker thread; ``loaded`` is emitted when shown)."""
        cells = list(getattr(finding, "cells", None) or [])
        table_id = table_id or getattr(finding, "table_id", None) or (cells[0].get("table_id") if cells else None)
        request = (str(project_path), getattr(finding, "key", ""), table_id)
        if request == self._request and not reload:
            return
        if self.job is not None:
            self.job.cancel()
        self.finding = finding
        self.project_path = project_path
        self._request = request
        if not cells or not table_id:
            self.table = None
            self.pivot_model.set_table(None)
            self.cells_model.set_cells([], [])
            self.table_choice.hide()
            self.empty.setText(self.tr("This finding concerns the whole table: it names no particular cells."))
            self.stack.setCurrentWidget(self.empty)
            self._update_caption()
            self.loaded.emit()
            return
        if self.table is None:
            self.empty.setText(self.tr("Reading the table…"))
            self.stack.setCurrentWidget(self.empty)
        from app import workflow

        job = run_job(workflow.finding_table, finding, table_id, project_path=project_path, parent=self)
        self.job = job
        job.succeeded.connect(lambda table, r=request: self._on_loaded(table, r))
        job.failed.connect(lambda exc, r=request: self._on_failed(exc, r))
        job.finished.connect(lambda j=job: self._forget_job(j))
        job.finished.connect(job.deleteLater)

    def _forget_job(self, job) -> None:
        if self.job is job:
            self.job = None

    def _on_failed(self, exc: BaseException, request) -> None:
        if request != self._request:
            return
        self.table = None
        self.pivot_model.set_table(None)
        self.cells_model.set_cells([], [])
        if isinstance(exc, KeyError):
            self.empty.setText(self.tr("This table is not part of the IMILA schema."))
        else:
            from app.ui.app import log_exception

            log_exception(exc)
            self.empty.setText(self.tr("The cells could not be read: {error}").format(error=exc))
        self.stack.setCurrentWidget(self.empty)
        self._update_caption()
        self.loaded.emit()

    def _on_loaded(self, table, request) -> None:
        if request != self._request:
            return
        self.table = table
        severity = getattr(self.finding, "severity", "info")
        self.pivot_model.set_table(table, severity)
        dims = [table.row_dim, *table.col_dims, *table.fixed]
        self.cells_model.set_cells(table.cells, [d for d in dims if any(d in c for c in table.cells)])
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table_id in table.tables:
            self.table_choice.addItem(self.tr("Table {table}").format(table=table_id), table_id)
        self.table_choice.setCurrentIndex(max(0, self.table_choice.findData(table.table_id)))
        self.table_choice.blockSignals(False)
        self.table_choice.setVisible(len(table.tables) > 1)
        self.stack.setCurrentWidget(self.pivot)
        files = sorted({str(c.get("source") or "") for c in table.cells} - {""})
        single = len(files) <= 1
        self.cells_table.setColumnHidden(3, single)
        self.lineage_files = files
        for column in range(3):
            self.cells_table.resizeColumnToContents(column)
        self.cells_table.setColumnWidth(0, min(self.cells_table.columnWidth(0), 230))
        self._update_caption()
        first = self.pivot_model.first_highlight()
        if first.isValid():
            self.pivot.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)
        self.loaded.emit()

    def _choose_table(self, row: int) -> None:
        table_id = self.table_choice.itemData(row)
        if self.finding is not None and table_id and (self.table is None or table_id != self.table.table_id):
            self.show_finding(self.project_path, self.finding, table_id)

    def _follow_cell(self, current: QModelIndex, _previous=None) -> None:
        """Selecting a source cell in the list selects it in the table above."""
        if not current.isValid() or not 0 <= current.row() < len(self.cells_model.cells):
            return
        position = self.cells_model.cells[current.row()].get("position")
        if position is None:
            return
        index = self.pivot_model.index(*position)
        self.pivot.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.pivot.scrollTo(index)

    # -- reading (tests and the page) -------------------------------------------
    def highlighted_lineage(self) -> list[str]:
        """The source cells of the highlighted pivot cells."""
        if self.table is None:
            return []
        return [self.table.lineage[r][c] for r, c in sorted(self.table.highlighted)]

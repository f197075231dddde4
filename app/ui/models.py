"""Item models over columnar data.

Each model takes its data once as columns (lists or numpy arrays of equal
length), formats a cell only when the view asks for it, sorts through an
index array instead of moving data, and hands rows to the view in batches
(``canFetchMore``/``fetchMore``) so a million-row table opens at once.
Numbers and dates follow the interface language's locale (``QLocale()``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.i18n import current_language
from app.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
RawRole = Qt.ItemDataRole.UserRole + 1  # the unformatted value of a cell


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = "text"  # text, number, size, datetime, hash


def format_number(value: Any) -> str:
    """A count as the current locale writes it (1.933.463 / 1,933,463); blank for no value."""
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return ""
    locale = QLocale()
    if number.is_integer():
        return locale.toString(int(number))
    return locale.toString(number, "f", 2)


def format_datetime(value: Any) -> str:
    """An ISO timestamp of the store shown in local time, in the locale's short format."""
    if not value:
        return ""
    moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
    if not moment.isValid():
        return str(value)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ColumnarTableModel(QAbstractTableModel):
    """A read-only table over columns; subclasses name the columns and may style cells."""

    BATCH = 2000
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: dict[str, Sequence] = {}
        self._order: list[int] = []
        self._size = 0
        self._loaded = 0

    # -- subclasses ------------------------------------------------------
    def column_titles(self) -> list[str]:
        """Translated column titles, in COLUMNS order (subclasses use self.tr)."""
        return [c.key for c in self.COLUMNS]

    def display(self, row: int, column: Column) -> str:
        value = self.raw(row, column.key)
        if column.kind == "number":
            return format_number(value)
        if column.kind == "size":
            return QLocale().formattedDataSize(int(value or 0)) if value is not None else ""
        if column.kind == "datetime":
            return format_datetime(value)
        if column.kind == "hash":
            return str(value or "")[:12]
        return "" if value is None else str(value)

    def decoration(self, row: int, column: Column):
        return None

    def tooltip(self, row: int, column: Column):
        if column.kind == "hash":
            return str(self.raw(row, column.key) or "")
        return None

    def sort_key(self, source: int, column: Column) -> Any:
        """The key that sorts source row ``source`` by ``column``."""
        value = self.value(source, column.key)
        if column.kind in ("number", "size"):
            try:
                number = float(value)
                return (0, -math.inf if math.isnan(number) else number)
            except (TypeError, ValueError):
                return (1, 0.0)
        return (0, "" if value is None else str(value).casefold())

    # -- data ------------------------------------------------------------
    def set_columns(self, columns: dict[str, Sequence], order: Sequence[int] | None = None) -> None:
        """Replace the data: ``{column key: values}``, all of one length, taken as they are."""
        sizes = {len(v) for v in columns.values()}
        if len(sizes) > 1:
            raise ValueError(f"columns of different lengths: {sizes}")
        self.beginResetModel()
        self._columns = dict(columns)
        self._size = sizes.pop() if sizes else 0
        self._order = list(order) if order is not None else list(range(self._size))
        self._loaded = min(self._size, self.BATCH)
        self.endResetModel()

    def set_records(self, records: Sequence[dict], order: Sequence[int] | None = None) -> None:
        """Convenience: rows as dicts become columns once."""
        self.set_columns({c.key: [r.get(c.key) for r in records] for c in self.COLUMNS}, order)

    def value(self, source: int, key: str) -> Any:
        """The value of column ``key`` at source (unsorted) row ``source``."""
        values = self._columns.get(key)
        return None if values is None else values[source]

    def raw(self, row: int, key: str) -> Any:
        """The value of column ``key`` at view row ``row``."""
        return self.value(self._order[row], key)

    def source_row(self, row: int) -> int:
        return self._order[row]

    def total_rows(self) -> int:
        return self._size

    # -- Qt API ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._loaded < self._size

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, self._size - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(self.COLUMNS):
            return None
        column = self.COLUMNS[index.column()]
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("number", "size"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RawRole:
            return self.raw(row, column.key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.column_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS) or self._size == 0:
            return
        spec = self.COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_sources = [(self._order[i.row()], i.column()) if i.row() < self._loaded else None for i in old]
        keys = [self.sort_key(src, spec) for src in range(self._size)]
        self._order = sorted(range(self._size), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {src: i for i, src in enumerate(self._order)}
        new = []
        for item in old_sources:
            if item is None or position[item[0]] >= self._loaded:
                new.append(QModelIndex())
            else:
                new.append(self.index(position[item[0]], item[1]))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        """Refresh headers and cells after a language change (formats and messages change too)."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(self.COLUMNS) - 1))


# -- the application's tables ---------------------------------------------
class SourcesModel(ColumnarTableModel):
    """The source files stored in the project."""

    COLUMNS = (
        Column("name"),
        Column("format"),
        Column("size", "size"),
        Column("sha256", "hash"),
        Column("imported_at", "datetime"),
        Column("observations", "number"),
    )

    def column_titles(self) -> list[str]:
        return [self.tr("File"), self.tr("Format"), self.tr("Size"), self.tr("SHA-256"),
                self.tr("Imported"), self.tr("Observations")]

    def display(self, row: int, column: Column) -> str:
        if column.key == "format":
            return str(self.raw(row, "format") or "").upper()
        return super().display(row, column)


SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def describe_cells(cells: Sequence[dict], limit: int = 3) -> str:
    """A short reading of a finding's cells: their source cells, else their codes."""
    if not cells:
        return ""
    parts = []
    for cell in cells[:limit]:
        if cell.get("lineage"):
            parts.append(str(cell["lineage"]))
        else:
            codes = [f"{k}={v}" for k, v in cell.items() if k not in ("table_id", "obs_id", "lineage", "value") and v not in ("", None)]
            parts.append(" ".join(codes))
    text = "; ".join(p for p in parts if p)
    if len(cells) > limit:
        text += f" (+{len(cells) - limit})"
    return text


def _get(finding: Any, name: str, default: Any = None) -> Any:
    if isinstance(finding, dict):
        return finding.get(name, default)
    return getattr(finding, name, default)


class FindingsModel(ColumnarTableModel):
    """Findings of the checks: severity, rule, table, message in the UI language, cells.

    Rows come sorted by severity (errors first), then table and rule.
    """

    COLUMNS = (Column("severity"), Column("rule"), Column("table_id"), Column("message"), Column("cells"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Any] = []
        self._messages: dict[tuple[int, str], str] = {}

    def column_titles(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Rule"), self.tr("Table"), self.tr("Message"), self.tr("Cells")]

    def severity_text(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note")}.get(severity, severity)

    def set_findings(self, findings: Sequence[Any]) -> None:
        self.findings = list(findings)
        self._messages = {}
        columns = {
            "severity": [_get(f, "severity", "info") for f in self.findings],
            "rule": [_get(f, "rule", "") for f in self.findings],
            "table_id": [_get(f, "table_id") or "" for f in self.findings],
            "cells": [_get(f, "cells", []) or [] for f in self.findings],
            "message": list(range(len(self.findings))),  # formatted on demand, in the current language
        }
        order = sorted(
            range(len(self.findings)),
            key=lambda i: (SEVERITY_RANK.get(columns["severity"][i], 3), columns["table_id"][i], columns["rule"][i]),
        )
        self.set_columns(columns, order)

    def finding(self, row: int) -> Any:
        return self.findings[self.source_row(row)]

    def message(self, row: int) -> str:
        return self.source_message(self.source_row(row))

    def source_message(self, source: int) -> str:
        lang = current_language()
        cached = self._messages.get((source, lang))
        if cached is None:
            finding = self.findings[source]
            try:
                cached = finding.message(lang)
            except Exception:  # a stored finding without its rule object still shows something
                cached = str(_get(finding, "rule", ""))
            self._messages[(source, lang)] = cached
        return cached

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            sev = _get(f, "severity", "info")
            counts[sev] = counts.get(sev, 0) + 1
        return counts

    def display(self, row: int, column: Column) -> str:
        if column.key == "severity":
            return self.severity_text(self.raw(row, "severity"))
        if column.key == "message":
            return self.message(row)
        if column.key == "cells":
            return describe_cells(self.raw(row, "cells"))
        return super().display(row, column)

    def decoration(self, row: int, column: Column):
        if column.key == "severity":
            return icon(self.raw(row, "severity"))
        return None

    def tooltip(self, row: int, column: Column):
        if column.key == "message":
            return self.message(row)
        if column.key == "cells":
            return describe_cells(self.raw(row, "cells"), limit=20)
        return None

    def sort_key(self, source: int, column: Column) -> Any:
        if column.key == "severity":
            return (SEVERITY_RANK.get(self.value(source, "severity"), 3), self.value(source, "table_id"))
        if column.key == "message":
            return self.source_message(source).casefold()
        if column.key == "cells":
            return describe_cells(self.value(source, "cells")).casefold()
        return super().sort_key(source, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0 and index.row() < self.rowCount():
            severity = self.raw(index.row(), "severity")
            return QColor({"error": "#a3271b", "warning": "#8a5a00"}.get(severity, "#2b4a66"))
        return super().data(index, role)


class ExportsModel(ColumnarTableModel):
    """Packages written from this project."""

    COLUMNS = (Column("version", "number"), Column("filename"), Column("created_at", "datetime"),
               Column("created_by"), Column("sha256", "hash"))

    def column_titles(self) -> list[str]:
        return [self.tr("Version"), self.tr("Package"), self.tr("Written"), self.tr("By"), self.tr("SHA-256")]


class AuditModel(ColumnarTableModel):
    """The project's audit log, newest first."""

    COLUMNS = (Column("at", "datetime"), Column("user"), Column("action"), Column("details"))

    def column_titles(self) -> list[str]:
        return [self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Details")]

    def display(self, row: int, column: Column) -> str:
        if column.key == "details":
            details = self.raw(row, "details")
            if not details:
                return ""
            if isinstance(details, dict):
                return ", ".join(f"{k}: {_short(v)}" for k, v in details.items())
            return str(details)
        return super().display(row, column)


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MappingsModel(ColumnarTableModel):
    """The mapping recipes of the project."""

    COLUMNS = (Column("name"), Column("table"), Column("source"), Column("created_at", "datetime"), Column("created_by"))

    def column_titles(self) -> list[str]:
        return [self.tr("Mapping"), self.tr("IMILA table"), self.tr("Source file"), self.tr("Created"), self.tr("By")]

    def set_mappings(self, mappings: Sequence[dict], source_names: dict[int, str]) -> None:
        self.set_columns({
            "name": [m.get("name", "") for m in mappings],
            "table": [(m.get("recipe") or {}).get("table", "") for m in mappings],
            "source": [source_names.get(m.get("source_id"), "") for m in mappings],
            "created_at": [m.get("created_at") for m in mappings],
            "created_by": [m.get("created_by") for m in mappings],
        })


"""The mapping being edited on the Map page, its undoable edits, and the item models that show it.

A ``MappingDraft`` holds one working recipe (source → IMILA table) and the
state of each label row the user reviews: the suggestion's confidence and
reason, whether the user accepted it, whether a replayed recipe did not know
it. The recipe is the only place codes live: every edit is a ``QUndoCommand``
that changes it through the core's ``set_label_code`` / ``set_binding`` /
``set_sum_total`` / ``set_group`` (which return the previous value) and puts
the previous value back on undo. The models read the draft; they never keep
a copy of a code.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Sequence

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF,
    QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QUndoCommand, QUndoStack

from app.models.schema import load_schema
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.models import Column, ColumnarTableModel, format_number

Index = QModelIndex | QPersistentModelIndex
StatusRole = Qt.ItemDataRole.UserRole + 10  # "unresolved", "confirm", "suggested", "accepted"
CodeRole = Qt.ItemDataRole.UserRole + 11  # the code of a row (None without one)
RowRole = Qt.ItemDataRole.UserRole + 12  # the draft row number behind a view row
KeyRole = Qt.ItemDataRole.UserRole + 13  # the id of an item (table id, source dimension, code)

# The core's markers (app.mapping); repeated here because importing app.mapping loads pandas, which the
# window must not pay for at start-up. tests/gui/test_map_page.py checks they agree.
DROP = "__drop__"
SUM = "__sum__"
AUTO_ACCEPT = 0.9
LEVEL_JOIN = " › "
NATIONAL_PREFIX = "N:"
STATUS_RANK = {"unresolved": 0, "confirm": 1, "suggested": 2, "accepted": 3}
# Background and text of the confidence cell: green when sure, amber to confirm, red without a code.
STATUS_COLOURS = {
    "accepted": ("#dcefdf", "#1e6b2a"),
    "suggested": ("#e9f5ea", "#2b6a35"),
    "confirm": ("#fbedcc", "#7a4f00"),
    "unresolved": ("#f8dad6", "#a3271b"),
}
NEW_BACKGROUND = "#dcecfb"
MUTED = "#5b6b7b"


def normalize(text: str) -> str:
    """The core's label normalisation (accents, case, punctuation), imported when first needed."""
    from app.mapping.normalize import normalize as core_normalize

    return core_normalize(text)


def user_reason():
    from app.mapping import Reason

    return Reason.of("user")


@lru_cache(maxsize=None)
def dot_icon(colour: str, filled: bool = True) -> QIcon:
    """A small round status mark (the SVG icons cover accepted, warning and error)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 2))
    painter.setBrush(QBrush(QColor(colour)) if filled else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, 10, 10))
    painter.end()
    return QIcon(pixmap)


def status_icon(status: str, new: bool = False) -> QIcon:
    if status == "accepted":
        return icon("ok")
    if status == "unresolved":
        return icon("error")
    if status == "confirm":
        return icon("warning")
    return dot_icon("#2e8b57", filled=False)


def code_label(dimension: str, code: str | None, lang: str | None = None) -> str:
    """The label of ``code`` in the interface language ("380" → "Italia"); a national subtotal reads its name."""
    if code is None:
        return ""
    if code.startswith(NATIONAL_PREFIX):
        return code[len(NATIONAL_PREFIX):]
    try:
        return load_schema().codelist(dimension).label(code, lang or current_language())
    except KeyError:
        return code


def dimension_name(dimension: str, lang: str | None = None) -> str:
    try:
        return load_schema().dimension(dimension).name(lang or current_language())
    except KeyError:
        return dimension


# ---------------------------------------------------------------------------
# The draft
# ---------------------------------------------------------------------------
@dataclass
class LabelRow:
    """One source label under review; its code lives in the recipe, not here."""

    source: str  # key of recipe["labels"]: the source dimension (or joined header levels)
    dimension: str  # IMILA dimension
    label: str
    confidence: float
    reason: Any  # app.mapping.Reason
    kind: str = ""
    accepted: bool = False
    new: bool = False  # a replayed recipe did not know this label

    def state(self) -> tuple:
        return (self.confidence, self.reason, self.kind, self.accepted)

    def restore(self, state: tuple) -> None:
        self.confidence, self.reason, self.kind, self.accepted = state


def label_rows(suggestions, new: set | None = None) -> list[LabelRow]:
    """Label rows of ``LabelSuggestion``s (``workflow.MappingPlan.rows``): labels a recipe already had are accepted."""
    rows = []
    for s in suggestions:
        known = s.reason.key == "recipe"
        rows.append(LabelRow(s.source, s.dimension, s.label, float(s.confidence), s.reason, s.kind or "",
                             accepted=known and s.code is not None, new=(s.source, s.label) in (new or ())))
    return rows


class MappingDraft(QObject):
    """One working recipe of one source for one IMILA table, with its undo stack.

    ``labels_changed`` carries the draft row numbers whose code or state
    changed; ``rows_reset`` says the rows were replaced (a dimension was bound
    anew); ``changed`` follows every edit (preview and Apply listen to it).
    """

    labels_changed = Signal(list)
    rows_reset = Signal()
    bindings_changed = Signal()
    changed = Signal()

    def __init__(self, source_id: int, tidy, plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source_id = source_id
        self.tidy = tidy
        self.recipe: dict = plan.recipe
        self.rows: list[LabelRow] = label_rows(plan.rows, plan.new)
        self.order: list[int] = self._attention_order()
        self.stack = QUndoStack(self)
        self.version = 0  # bumps on every change: an answer computed for an older version is stale
        self.stack.indexChanged.connect(self._bump)

    @property
    def table_id(self) -> str:
        return self.recipe["table"]

    def _bump(self, *_args) -> None:
        self.version += 1
        self.changed.emit()

    # -- reading -----------------------------------------------------------
    def code(self, row: int) -> str | None:
        item = self.rows[row]
        return self.recipe.get("labels", {}).get(item.source, {}).get(item.label)

    def status(self, row: int) -> str:
        if self.code(row) is None:
            return "unresolved"
        item = self.rows[row]
        if item.accepted:
            return "accepted"
        return "suggested" if item.confidence >= AUTO_ACCEPT else "confirm"

    def members(self, row: int) -> list[str]:
        """Member codes of a national subtotal row (empty for other rows)."""
        code = self.code(row)
        if not code or not code.startswith(NATIONAL_PREFIX):
            return []
        return list(self.recipe.get("groups", {}).get(self.rows[row].dimension, {}).get(code, []))

    def question(self, row: int) -> str:
        """The kind of question a label still asks (app.mapping.recipe.QUESTION_KINDS), "" once answered."""
        if self.status(row) not in ("unresolved", "confirm"):
            return ""
        from app.mapping.recipe import question_kind

        item = self.rows[row]
        return question_kind(item.dimension, self.code(row), item.kind)

    def questions(self) -> dict[str, int]:
        """How many labels ask each kind of question, in the order the page shows them."""
        from app.mapping.recipe import QUESTION_KINDS

        counts = dict.fromkeys(QUESTION_KINDS, 0)
        for row in range(len(self.rows)):
            kind = self.question(row)
            if kind:
                counts[kind] += 1
        return counts

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_RANK, 0)
        for row in range(len(self.rows)):
            counts[self.status(row)] += 1
        counts["new"] = sum(1 for r in self.rows if r.new)
        return counts

    def rows_with(self, status: str) -> list[int]:
        return [row for row in self.order if self.status(row) == status]

    def find(self, label: str, source: str | None = None) -> int | None:
        for row, item in enumerate(self.rows):
            if item.label == label and (source is None or item.source == source):
                return row
        return None

    def bound_dimensions(self) -> list[str]:
        """IMILA dimensions of the table that a source dimension is bound to, in table order."""
        bound = set(self.recipe.get("bindings", {}).values())
        return [d for d in load_schema().table(self.table_id).dimensions if d in bound]

    def _attention_order(self) -> list[int]:
        """Labels needing the user first (no code, then to confirm, then new), grouped by the kind of question
        they ask (totals and aggregates, residuals, countries …), source order within."""
        from app.mapping.recipe import QUESTION_KINDS

        def rank(row: int) -> tuple[int, int]:
            status = self.status(row)
            if status in ("unresolved", "confirm"):
                return STATUS_RANK[status], QUESTION_KINDS.index(self.question(row))
            return (2 if self.rows[row].new else 3), 0

        return sorted(range(len(self.rows)), key=lambda row: (*rank(row), row))

    # -- replacing the rows (undoable through ReplacePlanCommand) ----------------
    def set_plan_state(self, recipe: dict, rows: list[LabelRow], order: list[int] | None = None) -> None:
        self.recipe = recipe
        self.rows = rows
        self.order = order if order is not None else self._attention_order()
        self.rows_reset.emit()
        self.bindings_changed.emit()

    def snapshot(self) -> tuple[dict, list[LabelRow], list[int]]:
        return copy.deepcopy(self.recipe), [replace(r) for r in self.rows], list(self.order)


class SetCodeCommand(QUndoCommand):
    """Give labels a code (or leave them out); the user's choice is accepted at confidence 1.

    Member lists of national subtotals follow a member's new code. ``members``
    sets the members of a national subtotal code given here.
    """

    def __init__(self, draft: MappingDraft, rows: Sequence[int], code: str | None, text: str,
                 members: list[str] | None = None) -> None:
        super().__init__(text)
        self.draft = draft
        self.rows = list(rows)
        self.code = code
        self.members = members
        self._undo: list[tuple] = []

    def redo(self) -> None:
        from app.mapping import set_group, set_label_code

        recipe = self.draft.recipe
        self._undo = []
        for row in self.rows:
            item = self.draft.rows[row]
            previous = set_label_code(recipe, item.source, item.label, self.code)
            self._undo.append(("code", row, previous, item.state()))
            kind = "national" if self.code and self.code.startswith(NATIONAL_PREFIX) else ""
            item.restore((1.0, user_reason(), kind, self.code is not None))
            if previous and previous != self.code:
                self._follow_members(item, previous)
        if self.members is not None and self.code and self.rows:
            dimension = self.draft.rows[self.rows[0]].dimension
            self._undo.append(("group", dimension, self.code, set_group(recipe, dimension, self.code, self.members)))
        self.draft.labels_changed.emit(self.rows)

    def _follow_members(self, item: LabelRow, previous: str) -> None:
        """Where ``previous`` was a member of a national subtotal and no other label keeps it, the new code takes its place."""
        from app.mapping import set_group

        recipe = self.draft.recipe
        if previous in recipe.get("labels", {}).get(item.source, {}).values():
            return
        for group_code, members in list(recipe.get("groups", {}).get(item.dimension, {}).items()):
            if previous not in members:
                continue
            usable = self.code if self.code and not self.code.startswith("__") else None
            updated = [usable if m == previous else m for m in members]
            updated = [m for m in dict.fromkeys(updated) if m]
            self._undo.append(("group", item.dimension, group_code, set_group(recipe, item.dimension, group_code, updated)))

    def undo(self) -> None:
        from app.mapping import set_group, set_label_code

        recipe = self.draft.recipe
        for entry in reversed(self._undo):
            if entry[0] == "code":
                _, row, previous, state = entry
                item = self.draft.rows[row]
                set_label_code(recipe, item.source, item.label, previous)
                item.restore(state)
            else:
                _, dimension, group_code, previous = entry
                set_group(recipe, dimension, group_code, previous)
        self.draft.labels_changed.emit(self.rows)


class AcceptCommand(QUndoCommand):
    """Accept the suggested codes of labels as they are."""

    def __init__(self, draft: MappingDraft, rows: Sequence[int], text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.rows = list(rows)
        self._before: list[bool] = []

    def redo(self) -> None:
        self._before = [self.draft.rows[row].accepted for row in self.rows]
        for row in self.rows:
            self.draft.rows[row].accepted = True
        self.draft.labels_changed.emit(self.rows)

    def undo(self) -> None:
        for row, accepted in zip(self.rows, self._before):
            self.draft.rows[row].accepted = accepted
        self.draft.labels_changed.emit(self.rows)


class SetSumTotalCommand(QUndoCommand):
    """Name the published total of a summed source dimension (None: sum every label)."""

    def __init__(self, draft: MappingDraft, source: str, label: str | None, text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.source = source
        self.label = label
        self._previous: str | None = None

    def redo(self) -> None:
        from app.mapping import set_sum_total

        self._previous = set_sum_total(self.draft.recipe, self.source, self.label)
        self.draft.bindings_changed.emit()

    def undo(self) -> None:
        from app.mapping import set_sum_total

        set_sum_total(self.draft.recipe, self.source, self._previous)
        self.draft.bindings_changed.emit()


class ReplacePlanCommand(QUndoCommand):
    """Take a new plan: a source dimension bound anew, or a recipe file replayed.

    ``plan`` comes from ``workflow.rebind_dimension`` (which binds through the
    core's ``set_binding`` and ``set_sum_total``) or ``workflow.prepare_mapping``
    with a recipe: the labels in ``plan.rows`` take its suggestions (those
    in ``plan.new`` marked new), the others keep their codes and their
    review state. Undo puts the whole previous state back.
    """

    def __init__(self, draft: MappingDraft, plan, text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.before = draft.snapshot()
        recipe = copy.deepcopy(plan.recipe)
        suggested = {(s.source, s.label) for s in plan.rows}
        keys = set(recipe.get("labels", {}))
        kept = [replace(r) for r in draft.rows if r.source in keys and (r.source, r.label) not in suggested]
        names = [d.name for d in draft.tidy.dimensions]

        def position(row: LabelRow) -> int:
            first = row.source.split(LEVEL_JOIN)[0]
            return names.index(first) if first in names else len(names)

        self.after = (recipe, sorted(kept + label_rows(plan.rows, plan.new), key=position))

    def redo(self) -> None:
        recipe, rows = self.after
        self.draft.set_plan_state(copy.deepcopy(recipe), [replace(r) for r in rows])

    def undo(self) -> None:
        recipe, rows, order = self.before
        self.draft.set_plan_state(copy.deepcopy(recipe), [replace(r) for r in rows], list(order))


# ---------------------------------------------------------------------------
# The overview: sources and their mappings
# ---------------------------------------------------------------------------
class MapOverviewModel(ColumnarTableModel):
    """One row per mapping of the project (latest per source and table) and per source not mapped yet."""

    COLUMNS = (Column("name"), Column("table"), Column("source"), Column("created_at", "datetime"), Column("created_by"))

    def column_titles(self) -> list[str]:
        return [self.tr("Mapping"), self.tr("IMILA table"), self.tr("Source file"), self.tr("Updated"), self.tr("By")]

    def set_items(self, sources: Sequence[dict], mappings: Sequence[dict]) -> None:
        latest: dict[tuple, dict] = {}
        for mapping in mappings:
            table = (mapping.get("recipe") or {}).get("table", "")
            latest[(mapping.get("source_id"), table)] = mapping
        rows: list[dict] = []
        names = {s["id"]: s["name"] for s in sources}
        for source in sources:
            if source.get("format") == "long":
                continue  # already IMILA codes: nothing to map
            sheet = (source.get("settings") or {}).get("table") or ""
            fed = sorted((key, m) for key, m in latest.items() if key[0] == source["id"])
            if not fed:
                rows.append({"name": sheet or source["name"], "table": "", "source": source["name"],
                             "created_at": source.get("imported_at"), "created_by": source.get("imported_by"),
                             "source_id": source["id"], "mapped": False})
            for (_, table), mapping in fed:
                rows.append({"name": mapping.get("name", ""), "table": table, "source": source["name"],
                             "created_at": mapping.get("created_at"), "created_by": mapping.get("created_by"),
                             "source_id": source["id"], "mapped": True})
        for (source_id, table), mapping in latest.items():
            if source_id not in names:
                rows.append({"name": mapping.get("name", ""), "table": table, "source": "",
                             "created_at": mapping.get("created_at"), "created_by": mapping.get("created_by"),
                             "source_id": None, "mapped": True})
        keys = [c.key for c in self.COLUMNS] + ["source_id", "mapped"]
        self.set_columns({k: [r.get(k) for r in rows] for k in keys})

    def item(self, row: int) -> dict:
        return {k: self.raw(row, k) for k in ("name", "table", "source", "source_id", "mapped")}

    def display(self, row: int, column: Column) -> str:
        if column.key == "table" and not self.raw(row, "mapped"):
            return self.tr("Not mapped yet")
        return super().display(row, column)

    def decoration(self, row: int, column: Column):
        if column.key == "name":
            return icon("ok") if self.raw(row, "mapped") else icon("warning")
        return None

    def tooltip(self, row: int, column: Column):
        if self.raw(row, "source_id") is None:
            return self.tr("The source file of this mapping is no longer in the project.")
        if not self.raw(row, "mapped"):
            return self.tr("Open this source to map it to an IMILA table.")
        return self.tr("Open this mapping to review or change it.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1
                and index.row() < self.rowCount() and not self.raw(index.row(), "mapped")):
            return QColor(STATUS_COLOURS["confirm"][1])
        return super().data(index, role)


# ---------------------------------------------------------------------------
# IMILA tables for the table chooser
# ---------------------------------------------------------------------------
class TablesModel(QAbstractListModel):
    """The IMILA tables, titled in the interface language; the ones a source already feeds are marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tables = list(load_schema().tables.values())
        self.fed: set[str] = set()
        self.confidence: dict[str, float] = {}

    def set_state(self, fed: set[str], confidence: dict[str, float]) -> None:
        self.fed = set(fed)
        self.confidence = dict(confidence)
        if self.tables:
            self.dataChanged.emit(self.index(0), self.index(len(self.tables) - 1))

    def row_of(self, table_id: str) -> int:
        for row, table in enumerate(self.tables):
            if table.id == table_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.tables)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tables):
            return None
        table = self.tables[index.row()]
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{table.id} · {table.title(lang)}"
        if role == Qt.ItemDataRole.ForegroundRole and table.id not in self.fed and table.id not in self.confidence:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.DecorationRole:
            if table.id in self.fed:
                return icon("ok")
            if table.id in self.confidence:  # the source fits this table
                return dot_icon("#1f5f8b")
            return dot_icon("#c9d4df", filled=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [table.title(lang), self.tr("Universe: {universe}").format(universe=table.universe(lang))]
            if table.id in self.fed:
                lines.append(self.tr("This source already feeds this table."))
            if table.id in self.confidence:
                lines.append(self.tr("Fits this source: {pct} %").format(pct=round(100 * self.confidence[table.id])))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and table.id in self.fed:
            font = QFont()
            font.setBold(True)
            return font
        if role in (KeyRole, Qt.ItemDataRole.UserRole):
            return table.id
        return None

    def retranslate(self) -> None:
        if self.tables:
            self.dataChanged.emit(self.index(0), self.index(len(self.tables) - 1))


# ---------------------------------------------------------------------------
# Bindings: source dimension → IMILA dimension
# ---------------------------------------------------------------------------
class BindingsModel(QAbstractTableModel):
    """Each source dimension, the IMILA dimension it is bound to, and the total used when it is summed.

    Editing goes through the undo stack: ``binding_requested`` asks the page to
    bind a dimension anew (its labels are suggested again on the worker);
    a summed dimension's total is set by a ``SetSumTotalCommand``.
    """

    SOURCE, TARGET, TOTAL = range(3)
    binding_requested = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft: MappingDraft | None = None
        self.names: list[str] = []

    def set_draft(self, draft: MappingDraft | None) -> None:
        self.beginResetModel()
        if self.draft is not None:
            self.draft.bindings_changed.disconnect(self._refresh)
        self.draft = draft
        self.names = [d.name for d in draft.tidy.dimensions] if draft is not None else []
        if draft is not None:
            draft.bindings_changed.connect(self._refresh)
        self.endResetModel()

    def _refresh(self) -> None:
        if self.names:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.names) - 1, 2))

    def target(self, row: int) -> str | None:
        return self.draft.recipe.get("bindings", {}).get(self.names[row]) if self.draft else None

    def labels(self, row: int) -> list[str]:
        dim = self.draft.tidy.dimensions[row]
        return [str(x) for x in dim.labels]

    def target_text(self, target: str | None) -> str:
        if target == SUM:
            return self.tr("Sum over (not in IMILA)")
        if target == DROP:
            return self.tr("Leave out")
        if not target:
            return self.tr("Not bound")
        return f"{target} · {dimension_name(target)}"

    def choices(self) -> list[tuple[str, str]]:
        """(target, text) an editor offers: the table's dimensions, then sum over and leave out."""
        if self.draft is None:
            return []
        dims = load_schema().table(self.draft.table_id).dimensions
        return [(d, self.target_text(d)) for d in dims] + [(SUM, self.target_text(SUM)), (DROP, self.target_text(DROP))]

    def total_choices(self, row: int) -> list[tuple[str | None, str]]:
        return [(None, self.tr("Sum every label"))] + [(label, label) for label in self.labels(row)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [self.tr("Source dimension"), self.tr("IMILA dimension"), self.tr("Total used")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.draft is None or not 0 <= index.row() < len(self.names):
            return None
        row, column = index.row(), index.column()
        name = self.names[row]
        target = self.target(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SOURCE:
                return name
            if column == self.TARGET:
                return self.target_text(target)
            if column == self.TOTAL:
                if target != SUM:
                    return ""
                total = self.draft.recipe.get("sum_totals", {}).get(name)
                return total if total is not None else self.tr("Sum every label")
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TARGET:
                return target
            if column == self.TOTAL:
                return self.draft.recipe.get("sum_totals", {}).get(name)
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            labels = self.labels(row)
            shown = ", ".join(labels[:12]) + (" …" if len(labels) > 12 else "")
            text = self.tr("%Ln label(s): {labels}", "", len(labels)).format(labels=shown)
            if column == self.TOTAL and target == SUM:
                text = self.tr("The published total of this dimension is kept; the other labels are left out. "
                               "Without one, every label is added up.")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TOTAL and target == SUM \
                and self.draft.recipe.get("sum_totals", {}).get(name) is None:
            return QColor(MUTED)
        if role == KeyRole:
            return name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TARGET or (index.column() == self.TOTAL and self.target(index.row()) == SUM):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.draft is None:
            return False
        name = self.names[index.row()]
        if index.column() == self.TARGET and value and value != self.target(index.row()):
            self.binding_requested.emit(name, str(value))
            return True
        if index.column() == self.TOTAL and self.target(index.row()) == SUM:
            if value == self.draft.recipe.get("sum_totals", {}).get(name):
                return False
            text = self.tr("Total of “{dimension}”").format(dimension=name)
            self.draft.stack.push(SetSumTotalCommand(self.draft, name, value or None, text))
            return True
        return False

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._refresh()


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
class LabelsModel(QAbstractTableModel):
    """Every label of the bound source dimensions: its code, the code's name, confidence and reason.

    Rows keep the order the draft gives (those needing the user first), so a
    row does not jump away while it is being edited.
    """

    STATUS, DIMENSION, LABEL, CODE, CONFIDENCE, REASON = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft: MappingDraft | None = None
        self._position: dict[int, int] = {}

    def set_draft(self, draft: MappingDraft | None) -> None:
        self.beginResetModel()
        if self.draft is not None:
            self.draft.labels_changed.disconnect(self._on_labels_changed)
            self.draft.rows_reset.disconnect(self._on_reset)
        self.draft = draft
        if draft is not None:
            draft.labels_changed.connect(self._on_labels_changed)
            draft.rows_reset.connect(self._on_reset)
        self._index_positions()
        self.endResetModel()

    def _index_positions(self) -> None:
        self._position = {row: i for i, row in enumerate(self.draft.order)} if self.draft else {}

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._index_positions()
        self.endResetModel()

    def _on_labels_changed(self, rows: list) -> None:
        positions = [self._position[r] for r in rows if r in self._position]
        if not positions:
            return
        # Also the national subtotals, whose member names may have followed the change.
        for row in range(len(self.draft.rows)):
            if self.draft.rows[row].kind == "national" and row in self._position:
                positions.append(self._position[row])
        self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), self.COLUMNS - 1))

    def draft_row(self, view_row: int) -> int:
        return self.draft.order[view_row]

    def view_row(self, draft_row: int) -> int:
        return self._position.get(draft_row, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.draft is None else len(self.draft.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ["", self.tr("Dim."), self.tr("Label in the source"), self.tr("IMILA code"),
                    self.tr("Confidence"), self.tr("Why")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("Status"), self.tr("IMILA dimension"), self.tr("The label as the source publishes it"),
                    self.tr("The code and its name in IMILA"), self.tr("How sure the suggestion is"),
                    self.tr("Why this code was suggested")][section]
        return None

    def status_text(self, status: str) -> str:
        return {
            "accepted": self.tr("Accepted"),
            "suggested": self.tr("Suggested with confidence: accept it"),
            "confirm": self.tr("To confirm: the suggestion is not certain"),
            "unresolved": self.tr("No code yet: choose one or leave the label out"),
        }.get(status, status)

    def name_text(self, row: int) -> str:
        """The code with its name in the interface language ("380 · Italia"), or what stands for it."""
        code = self.draft.code(row)
        item = self.draft.rows[row]
        if code is None:
            return self.tr("No code yet")
        if code == DROP:
            return self.tr("Left out of this table")
        if code.startswith(NATIONAL_PREFIX):
            members = self.draft.members(row)
            if members:
                names = ", ".join(code_label(item.dimension, m) for m in members)
                return self.tr("Subtotal of {members}").format(members=names)
            return self.tr("National subtotal")
        name = code_label(item.dimension, code)
        return f"{code} · {name}" if name and name != code else code

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.draft is None or not 0 <= index.row() < len(self.draft.order):
            return None
        row = self.draft.order[index.row()]
        item = self.draft.rows[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DIMENSION:
                return item.dimension
            if column == self.LABEL:
                return item.label if item.label != "" else self.tr("(blank)")
            if column == self.CODE:
                return self.name_text(row)
            if column == self.CONFIDENCE:
                if self.draft.code(row) is None:
                    return self.tr("none")
                return f"{round(100 * item.confidence)} %"
            if column == self.REASON:
                return item.reason.text(current_language())
            return None
        status = self.draft.status(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS or column == self.CONFIDENCE:
                text = self.status_text(status)
                return text + ("\n" + self.tr("New label: the recipe did not know it.") if item.new else "")
            if column == self.DIMENSION:
                return dimension_name(item.dimension)
            if column == self.CODE:
                code = self.draft.code(row)
                if code and code.startswith(NATIONAL_PREFIX):
                    return self.tr("National subtotal (checked for additivity, not exported): {text}").format(
                        text=self.name_text(row))
                return self.name_text(row)
            if column == self.LABEL:
                return self.tr("{label} (from “{dimension}”)").format(label=item.label, dimension=item.source)
            if column == self.REASON:
                return item.reason.text(current_language())
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.CONFIDENCE:
                return QColor(STATUS_COLOURS[status][0])
            if column == self.LABEL and item.new:
                return QColor(NEW_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CONFIDENCE:
                return QColor(STATUS_COLOURS[status][1])
            if column == self.CODE and self.draft.code(row) in (None, DROP):
                return QColor(STATUS_COLOURS["unresolved"][1] if self.draft.code(row) is None else MUTED)
            if column in (self.DIMENSION, self.REASON):
                return QColor(MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == self.LABEL and item.new:
                font = QFont()
                font.setBold(True)
                return font
            if column == self.CODE and self.draft.code(row) in (None, DROP):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return self.status_text(status)
        if role == StatusRole:
            return status
        if role == CodeRole:
            return self.draft.code(row)
        if role == RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1))


class LabelsFilterModel(QSortFilterProxyModel):
    """Filters the labels by text (accents and case ignored), IMILA dimension, and what needs the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.dimension = ""
        self.attention_only = False
        self.question = ""  # one kind of question only (app.mapping.recipe.QUESTION_KINDS), "" for all
        self.setDynamicSortFilter(False)

    def set_filter(self, text: str | None = None, dimension: str | None = None, attention_only: bool | None = None,
                   question: str | None = None) -> None:
        self.beginFilterChange()  # before the parameters change: the proxy maps the rows as they were filtered
        if question is not None:
            self.question = question
        if text is not None:
            self.text = normalize(text)
        if dimension is not None:
            self.dimension = dimension
        if attention_only is not None:
            self.attention_only = attention_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: LabelsModel = self.sourceModel()
        if model is None or model.draft is None:
            return False
        row = model.draft_row(source_row)
        item = model.draft.rows[row]
        if self.dimension and item.dimension != self.dimension:
            return False
        if self.attention_only and model.draft.status(row) == "accepted" and not item.new:
            return False
        if self.question and model.draft.question(row) != self.question:
            return False
        if not self.text:
            return True
        code = model.draft.code(row) or ""
        haystack = normalize(" ".join((item.label, code, model.name_text(row))))
        return self.text in haystack


# ---------------------------------------------------------------------------
# Preview: the IMILA table the recipe gives
# ---------------------------------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """A compact pivot of the mapped observations: one dimension down, one across, the others held at a code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row_dim = ""
        self.col_dim = ""
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values: dict[tuple[str, str], tuple[float | None, str]] = {}

    def set_pivot(self, observations: Sequence[dict], row_dim: str, col_dim: str, fixed: dict[str, str]) -> None:
        self.beginResetModel()
        self.row_dim, self.col_dim = row_dim, col_dim
        rows: dict[str, None] = {}
        columns: dict[str, None] = {}
        values: dict[tuple[str, str], tuple[float | None, str]] = {}
        for obs in observations:
            if any(obs.get(dim) != code for dim, code in fixed.items()):
                continue
            r = obs.get(row_dim, "_T") if row_dim else "_T"
            c = obs.get(col_dim, "_T") if col_dim else "_T"
            rows.setdefault(r)
            columns.setdefault(c)
            values[(r, c)] = (obs.get("value"), obs.get("flag") or "A")
        ordered_columns = sorted(columns, key=lambda c: (c != "_T",))  # the total first, the rest as published
        self.rows, self.columns, self.values = list(rows), ordered_columns, values
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.columns, self.values = [], [], {}
        self.endResetModel()

    def value(self, row_code: str, col_code: str) -> float | None:
        found = self.values.get((row_code, col_code))
        return None if found is None else found[0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.rows else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return dimension_name(self.row_dim) if self.row_dim else ""
            return code_label(self.col_dim, self.columns[section - 1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return f"{self.col_dim} = {self.columns[section - 1]}"
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() <= len(self.columns):
            return None
        row_code = self.rows[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                label = code_label(self.row_dim, row_code)
                return label if row_code.startswith(NATIONAL_PREFIX) or label == row_code else f"{label}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.row_dim} = {row_code}"
            if role == Qt.ItemDataRole.FontRole and (row_code == "_T" or row_code.startswith(NATIONAL_PREFIX)):
                font = QFont()
                font.setBold(row_code == "_T")
                font.setItalic(row_code.startswith(NATIONAL_PREFIX))
                return font
            if role == Qt.ItemDataRole.ForegroundRole and row_code.startswith(NATIONAL_PREFIX):
                return QColor(MUTED)
            if role == KeyRole:
                return row_code
            return None
        col_code = self.columns[column - 1]
        found = self.values.get((row_code, col_code))
        if role == Qt.ItemDataRole.DisplayRole:
            if found is None:
                return ""
            value, flag = found
            text = format_number(value) if value is not None else "…"
            return text if flag in ("A", "") else f"{text} {flag}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row_code == "_T":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col_code == "_T" and row_code != "_T":
            return QColor("#f0f4f8")
        if role == Qt.ItemDataRole.UserRole:
            return None if found is None else found[0]
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns)))


# ---------------------------------------------------------------------------
# A code list for the code picker
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeItem:
    code: str
    kind: str  # a code list kind, or "drop", "national", "free"
    search: str  # normalised text the filter looks in
    names: tuple[str, ...] = ()  # normalised labels, the interface language's first: typed names rank these first


class CodeListModel(QAbstractTableModel):
    """The codes of one IMILA dimension — code, name in the interface language, kind, other names and
    aliases — after the choices that are not codes: leave the label out, a national subtotal."""

    CODE, NAME, KIND, ALIASES = range(4)

    def __init__(self, dimension: str, national: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.codelist = load_schema().codelist(dimension)
        items = [CodeItem(DROP, "drop", "")]
        if national:
            items.append(CodeItem(national, "national", normalize(national)))
        for code in self.codelist:
            words = [code.code, *code.labels.values(), *code.aliases, code.iso3 or ""]
            names = (normalize(code.label(current_language())), *(normalize(t) for t in code.labels.values()))
            items.append(CodeItem(code.code, code.kind, normalize(" ".join(words)) + " " + code.code.lower(), names))
        self.items = items
        self.free: CodeItem | None = None

    def set_free_code(self, code: str | None) -> None:
        """A code typed by the user that the list's patterns accept ("15-19") but that is not listed."""
        if code is not None and (code in self.codelist.codes or not self.codelist.is_valid(code)):
            code = None
        if (self.free.code if self.free else None) == code:
            return
        if self.free is not None:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            self.free = None
            self.endRemoveRows()
        if code is not None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.free = CodeItem(code, "free", normalize(code) + " " + code.lower())
            self.endInsertRows()

    def item(self, row: int) -> CodeItem:
        if self.free is not None:
            if row == 0:
                return self.free
            row -= 1
        return self.items[row]

    def row_of(self, code: str | None) -> int:
        offset = 1 if self.free is not None else 0
        for row, item in enumerate(self.items):
            if item.code == code:
                return row + offset
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items) + (1 if self.free is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Also known as")][section]
        return None

    def kind_text(self, kind: str) -> str:
        return {
            "total": self.tr("Total"), "region": self.tr("Region"), "subregion": self.tr("Sub-region"),
            "country": self.tr("Country"), "historic": self.tr("Former country"), "residual": self.tr("Others of a region"),
            "other": self.tr("Other"), "native": self.tr("Born in the country"), "unknown": self.tr("Not stated"),
            "category": self.tr("Category"), "drop": self.tr("Leave out"), "national": self.tr("National subtotal"),
            "free": self.tr("Typed code"),
        }.get(kind, kind)

    def name(self, item: CodeItem) -> str:
        if item.kind == "drop":
            return self.tr("Leave this label out of the table")
        if item.kind == "national":
            return self.tr("National subtotal “{name}” (checked, not exported)").format(name=item.code[len(NATIONAL_PREFIX):])
        if item.kind == "free":
            return self.tr("Use the code {code}").format(code=item.code)
        return self.codelist.label(item.code, current_language())

    def aliases(self, item: CodeItem) -> str:
        code = self.codelist.get(item.code)
        if code is None:
            return ""
        lang = current_language()
        shown = code.label(lang)
        others = [v for k, v in code.labels.items() if k != lang and v != shown]
        words = list(dict.fromkeys([*others, *code.aliases]))
        return ", ".join(words)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return "—" if item.kind == "drop" else item.code
            if column == self.NAME:
                return self.name(item)
            if column == self.KIND:
                code = self.codelist.get(item.code)
                parent = self.codelist.get(code.parent) if code is not None and code.parent else None
                if parent is not None and item.kind in ("country", "historic", "residual", "subregion"):
                    return f"{self.kind_text(item.kind)} · {parent.label(current_language())}"
                return self.kind_text(item.kind)
            if column == self.ALIASES:
                return self.aliases(item)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ALIASES:
                return self.aliases(item)
            return self.name(item)
        if role == Qt.ItemDataRole.FontRole and item.kind in ("drop", "national", "free"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.KIND, self.ALIASES):
            return QColor(MUTED)
        if role in (KeyRole, Qt.ItemDataRole.UserRole):
            return item.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CodeFilterModel(QSortFilterProxyModel):
    """Codes whose code, names in any language or aliases contain every typed word (accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.sort(0)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = normalize(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.invalidate()

    def rank(self, item: CodeItem) -> int:
        """0: the typed words begin the name in the interface language ("Espa" → España); 1: a name in another
        language; 2: the code; 3: only an alias ("Guinea Española" of Equatorial Guinea)."""
        if item.kind in ("drop", "free") or not self.words:
            return 0
        typed = " ".join(self.words)
        if item.names and (item.names[0].startswith(typed) or f" {typed}" in f" {item.names[0]}"):
            return 0
        if any(name.startswith(typed) or f" {typed}" in f" {name}" for name in item.names[1:]):
            return 1
        return 2 if item.code.lower().startswith(typed) else 3

    def lessThan(self, left: Index, right: Index) -> bool:
        model: CodeListModel = self.sourceModel()
        a, b = model.item(left.row()), model.item(right.row())
        return (self.rank(a), left.row()) < (self.rank(b), right.row())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: CodeListModel = self.sourceModel()
        item = model.item(source_row)
        if item.kind in ("drop", "free"):
            return True
        if not self.words:
            return True
        return all(word in item.search for word in self.words)

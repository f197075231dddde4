"""Check page: the findings of every rule, the cells behind each one, explanations, and what the data say.

The rules run on the worker thread after every change to the project (a
finished import or mapping, a saved explanation, new metadata) and with the
Run button. Findings are grouped by severity and table. Selecting one shows
the IMILA table around its cells, highlighted, with their source cells, the
numbers involved and, for a warning, the explanation that travels with the
package. Two more tabs show women in migration and charts (pyqtgraph, loaded
only when that tab is first opened).
"""

from __future__ import annotations

import getpass
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSettings, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTabWidget, QTreeView, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from app.errors import ImilaError
from app.ui.cells_view import CellsView
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.models import SEVERITY_RANK, FindingsModel, describe_cells, format_datetime, format_number
from app.ui.pages.base import Page, empty_label
from app.ui.women_view import WomenView, format_decimal
from app.ui.worker import run_job

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1  # the finding key of a row (None on group rows)
SEVERITY_COLOURS = {"error": "#a3271b", "warning": "#8a5a00", "info": "#2b4a66"}
MUTED = "#5b6b7b"
FINDINGS_TAB, WOMEN_TAB, CHARTS_TAB = 0, 1, 2


def _workflow():
    from app import workflow

    return workflow


def default_author() -> str:
    """The last author who explained a warning here, else the operating-system user."""
    saved = str(QSettings().value("check/author", "") or "")
    if saved:
        return saved
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


# -- the grouped findings -----------------------------------------------------
@dataclass
class _Node:
    kind: str  # severity, table, finding
    parent: int  # node id of the parent, 0 for the root
    row: int
    severity: str = ""
    table_id: str = ""
    finding: int = -1  # index into the model's findings
    children: list[int] = field(default_factory=list)


class FindingsTreeModel(QAbstractItemModel):
    """Findings grouped by severity, then table; group rows carry their counts.

    Leaves come in the flat ``FindingsModel`` order (severity, table, rule),
    so "the n-th finding" means the same in both.
    """

    COLUMNS = ("rule", "message", "cells", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Any] = []
        self.explained: dict[str, dict] = {}
        self.severity_filter: str | None = None
        self.table_filter: str | None = None
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._leaf_of_key: dict[str, int] = {}
        self._messages: dict[tuple[int, str], str] = {}
        self._titles: dict[str, str] = {}

    # -- data -----------------------------------------------------------------
    def set_findings(self, findings, explained: dict[str, dict] | None = None) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.explained = dict(explained or {})
        self._messages = {}
        self._build()
        self.endResetModel()

    def set_filter(self, severity: str | None, table_id: str | None) -> None:
        self.beginResetModel()
        self.severity_filter, self.table_filter = severity, table_id
        self._build()
        self.endResetModel()

    def set_explained(self, explained: dict[str, dict]) -> None:
        """New explanations: the status of the warnings changes, nothing moves."""
        self.explained = dict(explained)
        for node_id in self._leaf_of_key.values():
            node = self._nodes[node_id - 1]
            self.dataChanged.emit(self.createIndex(node.row, 0, node_id),
                                  self.createIndex(node.row, len(self.COLUMNS) - 1, node_id))

    def tables(self) -> list[str]:
        return sorted({f.table_id or "" for f in self.findings} - {""})

    def _build(self) -> None:
        self._nodes, self._top, self._leaf_of_key = [], [], {}
        order = sorted(range(len(self.findings)), key=lambda i: (
            SEVERITY_RANK.get(self.findings[i].severity, 3), self.findings[i].table_id or "", self.findings[i].rule, i))
        groups: dict[tuple[str, str], int] = {}
        severities: dict[str, int] = {}
        for i in order:
            finding = self.findings[i]
            table_id = finding.table_id or ""
            if self.severity_filter and finding.severity != self.severity_filter:
                continue
            if self.table_filter and table_id != self.table_filter:
                continue
            if finding.severity not in severities:
                self._nodes.append(_Node("severity", 0, len(self._top), severity=finding.severity))
                severities[finding.severity] = len(self._nodes)
                self._top.append(len(self._nodes))
            sev_id = severities[finding.severity]
            group_key = (finding.severity, table_id)
            if group_key not in groups:
                parent = self._nodes[sev_id - 1]
                self._nodes.append(_Node("table", sev_id, len(parent.children), severity=finding.severity,
                                         table_id=table_id))
                groups[group_key] = len(self._nodes)
                parent.children.append(len(self._nodes))
            group_id = groups[group_key]
            group = self._nodes[group_id - 1]
            self._nodes.append(_Node("finding", group_id, len(group.children), severity=finding.severity,
                                     table_id=table_id, finding=i))
            group.children.append(len(self._nodes))
            self._leaf_of_key[finding.key] = len(self._nodes)

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        node_id = index.internalId()
        return self._nodes[node_id - 1] if 0 < node_id <= len(self._nodes) else None

    def finding_at(self, index: Index):
        node = self._node(index)
        return self.findings[node.finding] if node is not None and node.kind == "finding" else None

    def index_of_key(self, key: str, column: int = 0) -> QModelIndex:
        node_id = self._leaf_of_key.get(key)
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id - 1].row, column, node_id)

    def leaf_count(self, node: _Node) -> int:
        if node.kind == "finding":
            return 1
        return sum(self.leaf_count(self._nodes[c - 1]) for c in node.children)

    def message(self, finding_index: int) -> str:
        lang = current_language()
        cached = self._messages.get((finding_index, lang))
        if cached is None:
            finding = self.findings[finding_index]
            try:
                cached = finding.message(lang)
            except Exception:  # a stored finding of a rule this version no longer has still shows something
                cached = str(finding.rule)
            self._messages[(finding_index, lang)] = cached
        return cached

    def status(self, finding) -> str:
        if finding.severity == "error":
            return self.tr("Blocks the export")
        if finding.severity == "warning":
            return self.tr("Explained") if finding.key in self.explained else self.tr("To explain")
        return self.tr("For information")

    def severity_title(self, severity: str, count: int) -> str:
        titles = {"error": self.tr("Errors ({n})"), "warning": self.tr("Warnings ({n})"), "info": self.tr("Notes ({n})")}
        return titles.get(severity, severity + " ({n})").format(n=count)

    def table_title(self, table_id: str, count: int) -> str:
        if not table_id:
            return self.tr("Whole project ({n})").format(n=count)
        key = (table_id, current_language())
        title = self._titles.get(key)
        if title is None:
            try:
                from app.models.schema import load_schema

                title = load_schema().table(table_id).title(current_language())
            except (KeyError, OSError, ValueError):
                title = ""
            self._titles[key] = title
        return f"{table_id} — {title} ({count})" if title else f"{table_id} ({count})"

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # -- Qt API -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            children = self._top
        else:
            node = self._node(parent)
            if node is None or parent.column() != 0:
                return QModelIndex()
            children = node.children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent == 0:
            return QModelIndex()
        parent = self._nodes[node.parent - 1]
        return self.createIndex(parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return [self.tr("Rule"), self.tr("Message"), self.tr("Cells"), self.tr("Status")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if node.kind != "finding":
            return self._group_data(node, column, role)
        finding = self.findings[node.finding]
        explained = finding.key in self.explained
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "rule":
                return finding.rule
            if column == "message":
                return self.message(node.finding)
            if column == "cells":
                return describe_cells(finding.cells or [])
            return self.status(finding)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "rule":
                return icon(finding.severity)
            if column == "status" and explained and finding.severity == "warning":
                return icon("ok")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "message":
                return self.message(node.finding)
            if column == "cells":
                return describe_cells(finding.cells or [], limit=20)
            if column == "status" and explained:
                explanation = self.explained[finding.key]
                return f"{explanation.get('text', '')}\n— {explanation.get('author', '')}"
            return None
        if role == Qt.ItemDataRole.FontRole and explained and finding.severity == "warning":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if explained and finding.severity == "warning":
                return QColor(MUTED)
            if column in ("rule", "status"):
                return QColor(SEVERITY_COLOURS.get(finding.severity, MUTED))
            return None
        if role == KeyRole:
            return finding.key
        return None

    def _group_data(self, node: _Node, column: str, role: int) -> Any:
        if column != "rule":
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = self.leaf_count(node)
            if node.kind == "severity":
                return self.severity_title(node.severity, count)
            return self.table_title(node.table_id, count)
        if role == Qt.ItemDataRole.DecorationRole and node.kind == "severity":
            return icon(node.severity)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.Bold if node.kind == "severity" else QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "severity":
            return QColor(SEVERITY_COLOURS.get(node.severity, MUTED))
        return None


class FindingsTree(QTreeView):
    """The grouped findings; ``selectRow(n)`` selects the n-th finding in list order."""

    def __init__(self, page: "CheckPage") -> None:
        super().__init__()
        self.page = page
        self.setObjectName("findingsTree")
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(16)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.currentIndex().isValid():  # the details opening below shortens the list: keep the selection in sight
            self.scrollTo(self.currentIndex())

    def selectRow(self, row: int) -> None:  # noqa: N802 (Qt naming, as QTableView's)
        if 0 <= row < self.page.model.rowCount():
            self.page.select_finding(self.page.model.finding(row).key)


class ExplanationHistoryDialog(QDialog):
    """Every explanation written for one finding, the one in force first."""

    def __init__(self, parent: QWidget, entries: list[dict]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Explanation history"))
        layout = QVBoxLayout(self)
        self.list = QTreeWidget()
        self.list.setObjectName("explanationHistory")
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels([self.tr("Written"), self.tr("By"), self.tr("Explanation"), self.tr("State")])
        for entry in sorted(entries, key=lambda e: (not e.get("active"), -int(e.get("id", 0)))):
            item = QTreeWidgetItem([format_datetime(entry.get("created_at")), str(entry.get("author") or ""),
                                    str(entry.get("text") or ""),
                                    self.tr("In force") if entry.get("active") else self.tr("Replaced")])
            item.setToolTip(2, str(entry.get("text") or ""))
            self.list.addTopLevelItem(item)
        for column in (0, 1, 3):
            self.list.resizeColumnToContents(column)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 320)


# -- the page -----------------------------------------------------------------
class CheckPage(Page):
    key = "check"
    icon_name = "check"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.checked_generation = -1  # data generation of the findings shown
        self.opened_generation = -1  # the project (main.opened_generation) the page shows
        self.overview_generation = -1
        self.cells_generation = -1
        self.checked_at: QTime | None = None
        self.state = "idle"  # idle, running, done
        self.job = None  # the check run
        self.overview_job = None
        self.overview: dict | None = None
        self.charts_view = None  # created when the Charts tab is first shown
        self.current = None  # the finding shown in the details
        self._rerun = False
        self._run_scheduled = False
        self._pending_key: str | None = None  # a finding to select once the checks report it

        actions = QHBoxLayout()
        self.run_button = QPushButton()
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(self.run_checks)
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.report_button = QPushButton()
        self.report_button.setObjectName("openReport")
        self.report_button.clicked.connect(self.open_report)
        actions.addWidget(self.run_button)
        actions.addSpacing(10)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.report_button)
        self.body.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("checkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_findings_tab(), "")
        self.women_view = WomenView()
        self.tabs.addTab(self.women_view, "")
        self.charts_holder = QWidget()
        charts_layout = QVBoxLayout(self.charts_holder)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.charts_holder, "")
        self.tabs.setCornerWidget(self.filters, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs, 1)
        main.project_changed.connect(self._project_changed)
        self.retranslateUi()

    def _build_findings_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.filters = QWidget()
        self.filters.setObjectName("findingFilters")
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 4)
        self.severity_label = QLabel()
        self.severity_filter = QComboBox()
        self.severity_filter.setObjectName("severityFilter")
        for severity in (None, "error", "warning", "info"):
            self.severity_filter.addItem("", severity)
        self.table_label = QLabel()
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("tableFilter")
        self.table_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table_filter.addItem("", None)
        self.severity_filter.currentIndexChanged.connect(self._apply_filter)
        self.table_filter.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(self.severity_label)
        filters.addWidget(self.severity_filter)
        filters.addSpacing(12)
        filters.addWidget(self.table_label)
        filters.addWidget(self.table_filter)

        self.model = FindingsModel(self)  # flat, in list order: counts and "the n-th finding"
        self.tree_model = FindingsTreeModel(self)
        self.view = FindingsTree(self)
        self.view.setModel(self.tree_model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(2, 170)
        self.view.setColumnWidth(3, 130)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.tree_model.modelReset.connect(self._span_groups)
        self.tree_model.layoutChanged.connect(self._span_groups)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.details_frame = self._build_details()
        self.details_frame.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("checkSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.details_frame)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([180, 420])
        layout.addWidget(self.splitter, 1)
        return tab

    def _build_details(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.details_icon = QLabel()
        self.details_title = QLabel()
        self.details_title.setObjectName("findingTitle")
        self.numbers = QLabel()
        self.numbers.setObjectName("findingNumbers")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.details_icon)
        head.addWidget(self.details_title)
        head.addSpacing(16)
        head.addWidget(self.numbers, 1)
        layout.addLayout(head)
        self.details = QLabel()
        self.details.setObjectName("findingMessage")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        self.cells_view = CellsView(separate_lineage=True)
        self.explain_box = self._build_explain_box()
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        side.addWidget(self.cells_view.lineage_panel)
        side.addWidget(self.explain_box)
        side.setSizes([140, 170])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.cells_view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        self.details_split = split
        layout.addWidget(split, 1)
        return frame

    def _build_explain_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("explainBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 0, 0, 0)
        layout.setSpacing(6)
        self.explain_title = QLabel()
        self.explain_title.setObjectName("sectionTitle")
        self.explain_status = QLabel()
        self.explain_status.setObjectName("explainStatus")
        self.explain_status.setWordWrap(True)
        self.explanation_text = QPlainTextEdit()
        self.explanation_text.setObjectName("explanationText")
        self.explanation_text.setTabChangesFocus(True)
        self.explanation_text.setMinimumHeight(48)
        buttons = QHBoxLayout()
        self.author_label = QLabel()
        self.author = QLineEdit(default_author())
        self.author.setObjectName("explanationAuthor")
        self.author.setMinimumWidth(80)
        self.history_button = QPushButton()
        self.history_button.setObjectName("explanationHistoryButton")
        self.history_button.clicked.connect(self.show_history)
        self.save_explanation_button = QPushButton()
        self.save_explanation_button.setObjectName("saveExplanation")
        self.save_explanation_button.clicked.connect(self.save_explanation)
        buttons.addWidget(self.author_label)
        buttons.addWidget(self.author, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.save_explanation_button)
        layout.addWidget(self.explain_title)
        layout.addWidget(self.explain_status)
        layout.addWidget(self.explanation_text, 1)
        layout.addLayout(buttons)
        self.explanation_text.textChanged.connect(self._update_explain_buttons)
        return box

    # -- texts ------------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Check")

    def title(self) -> str:
        return self.tr("Check data quality")

    def description(self) -> str:
        return self.tr("Errors block the export; warnings need a written explanation that travels with the package; "
                       "notes are for information.")

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run checks"))
        self.report_button.setText(self.tr("Open quality report"))
        self.report_button.setToolTip(self.tr("The report that goes into the package, as the data stand now"))
        self.tabs.setTabText(FINDINGS_TAB, self.tr("Findings"))
        self.tabs.setTabText(WOMEN_TAB, self.tr("Women in migration"))
        self.tabs.setTabText(CHARTS_TAB, self.tr("Charts"))
        self.severity_label.setText(self.tr("Show:"))
        for row, text in enumerate((self.tr("All findings"), self.tr("Errors"), self.tr("Warnings"), self.tr("Notes"))):
            self.severity_filter.setItemText(row, text)
        self.table_label.setText(self.tr("Table:"))
        self.table_filter.setItemText(0, self.tr("All tables"))
        self.explain_title.setText(self.tr("Explanation"))
        self.explanation_text.setPlaceholderText(self.tr(
            "Why are these figures right as they are? For example: the census published them this way, "
            "and the difference comes from…"))
        self.author_label.setText(self.tr("Author:"))
        self.save_explanation_button.setText(self.tr("Save"))
        self.save_explanation_button.setToolTip(self.tr("Record this explanation; it travels with the package"))
        self.model.retranslate()
        self.tree_model.retranslate()
        self._update_summary()
        self._update_empty()
        self._show_details(self.current, keep_text=True)

    # -- following the project ------------------------------------------------------
    def _project_changed(self) -> None:
        for job in (self.job, self.overview_job):
            if job is not None:
                job.cancel()

    def refresh(self) -> None:
        project = self.project
        if project is None:
            self.opened_generation = -1
            self.checked_generation = -1
            self.checked_at = None
            self.state = "idle"
            self._set_findings([])
            self._forget_overview()
            self._update_summary()
            self._update_empty()
            return
        if self.opened_generation != self.main.opened_generation:  # another project was opened
            self.opened_generation = self.main.opened_generation
            self._show_stored_findings()
            self._forget_overview()
        if self.checked_generation != self.main.data_generation and \
                (self.isVisible() or self.main.data_generation > self.main.opened_generation):
            self._schedule_run()
        if self.isVisible():
            self._load_overview_if_shown()
        self.run_button.setEnabled(self.state != "running")
        self.report_button.setEnabled(True)
        self._update_summary()
        self._update_empty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.project is not None and self.checked_generation != self.main.data_generation:
            self._schedule_run()
        self._load_overview_if_shown()

    def _show_stored_findings(self) -> None:
        """The findings of the last run saved in the project, until the rules run again."""
        try:
            from app.checks.findings import Finding

            stored = [Finding.from_dict(d) for d in self.project.stored_findings()]
        except (ImportError, KeyError, TypeError, ValueError):
            stored = []
        self.checked_at = None
        self.state = "idle"
        self._set_findings(stored)

    def _reload_stored_findings(self) -> None:
        from app.checks.findings import Finding

        try:
            stored = [Finding.from_dict(d) for d in self.project.stored_findings()]
        except (KeyError, TypeError, ValueError):
            return
        if {f.key for f in stored} != {f.key for f in self.model.findings}:
            self._set_findings(stored)

    def _explained(self) -> dict[str, dict]:
        """The explanation in force for each finding key (the latest written)."""
        if self.project is None:
            return {}
        return {e["finding_key"]: e for e in self.project.explanations()}

    def _set_findings(self, findings) -> None:
        key = self._pending_key or getattr(self.current, "key", None)
        self.model.set_findings(findings)
        self.tree_model.set_findings(findings, self._explained())
        self._fill_table_filter()
        self.view.expandAll()
        self._update_empty()
        if key and self.tree_model.index_of_key(key).isValid():
            self.select_finding(key, switch=False)
        else:
            self.view.setCurrentIndex(QModelIndex())
            self._show_details(None)
        if self.state != "running":
            self._pending_key = None
        if self.overview is not None:
            self.women_view.set_overview(self.overview, self._flagged_sex_ratios())

    def _fill_table_filter(self) -> None:
        current = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        while self.table_filter.count() > 1:
            self.table_filter.removeItem(1)
        for table_id in self.tree_model.tables():
            self.table_filter.addItem(table_id, table_id)
        self.table_filter.setCurrentIndex(max(0, self.table_filter.findData(current)))
        self.table_filter.blockSignals(False)
        if self.table_filter.currentData() != self.tree_model.table_filter:
            self._apply_filter()

    def _apply_filter(self) -> None:
        key = getattr(self.current, "key", None)
        self.tree_model.set_filter(self.severity_filter.currentData(), self.table_filter.currentData())
        self.view.expandAll()
        self._update_empty()
        if key and self.tree_model.index_of_key(key).isValid():
            self.select_finding(key, switch=False)
        else:
            self._show_details(None)

    def _span_groups(self) -> None:
        model = self.tree_model
        for row in range(model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
            parent = model.index(row, 0)
            for child in range(model.rowCount(parent)):
                self.view.setFirstColumnSpanned(child, parent, True)

    # -- running the checks --------------------------------------------------------
    def _schedule_run(self) -> None:
        if not self._run_scheduled:
            self._run_scheduled = True
            QTimer.singleShot(0, self, self._auto_run)

    def _auto_run(self) -> None:
        self._run_scheduled = False
        if self.project is None or self.checked_generation == self.main.data_generation:
            return
        if self.job is not None:
            self._rerun = True
            return
        self._start_checks(quiet=True)

    def run_checks(self) -> None:
        """Run every rule now, with the progress panel (the Run button)."""
        if self.project is None or self.job is not None:
            return
        self._start_checks(quiet=False)

    def _start_checks(self, quiet: bool) -> None:
        """Run the rules on the worker thread; after a change they run quietly, without the progress panel."""
        check = _workflow().check_project
        generation = self.main.data_generation
        path = self.project.path
        if quiet:
            job = run_job(check, project_path=path, parent=self)
            job.failed.connect(self._on_check_failed)
        else:
            job = self.main.start_job(check, project_path=path, title=self.tr("Running checks"))
            if job is None:
                return
        self.job = job
        self.state = "running"
        self.run_button.setEnabled(False)
        self._update_summary()
        self._update_empty()
        job.succeeded.connect(lambda findings: self._on_findings(findings, generation, path))
        job.finished.connect(lambda j=job: self._on_finished(j))
        if quiet:  # main.start_job disposes of its own jobs
            job.finished.connect(job.deleteLater)

    def _on_check_failed(self, exc: BaseException) -> None:
        from app.ui.app import show_error

        show_error(self.main, exc)

    def _on_findings(self, findings, generation: int, path) -> None:
        if self.project is None or self.project.path != path:  # another project was opened meanwhile
            return
        self.checked_generation = generation
        self.checked_at = QTime.currentTime()
        self.state = "done"
        self._set_findings(findings or [])
        self.main.set_finding_counts(self.model.counts())

    def _on_finished(self, job) -> None:
        if self.job is job:
            self.job = None
        if self.state == "running":  # failed or cancelled: the findings are what they were
            self.state = "done" if self.checked_at else "idle"
        self.run_button.setEnabled(self.project is not None)
        self._update_summary()
        self._update_empty()
        if self._rerun:
            self._rerun = False
            self._schedule_run()

    # -- the list -----------------------------------------------------------------
    def _update_summary(self) -> None:
        if self.state == "running":
            self.summary.setText(self.tr("Checking…"))
            return
        if self.project is None:
            self.summary.setText("")
            return
        counts = self.model.counts()
        parts = [
            self.tr("%n error(s)", "", counts.get("error", 0)),
            self.tr("%n warning(s)", "", counts.get("warning", 0)),
            self.tr("%n note(s)", "", counts.get("info", 0)),
        ]
        explained = sum(1 for f in self.model.findings if f.severity == "warning" and f.key in self.tree_model.explained)
        text = ", ".join(parts)
        if counts.get("warning"):
            text += " " + self.tr("(%n explained)", "warnings", explained)
        if self.checked_at is None:
            self.summary.setText(self.tr("{summary} · from the last run; the checks run again when the data change.")
                                 .format(summary=text) if self.model.findings else
                                 self.tr("The checks run when the data change."))
            return
        when = self.checked_at.toString("HH:mm")
        self.summary.setText(self.tr("{summary} · checked at {time}").format(summary=text, time=when))

    def _update_empty(self) -> None:
        if self.tree_model.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        if self.project is None:
            text = ""
        elif self.model.total_rows():
            text = self.tr("No finding matches this filter.")
        elif self.state == "running":
            text = self.tr("Running the checks…")
        elif self.checked_at is None:
            text = self.tr("The checks have not run yet.")
        else:
            text = self.tr("No findings: the data pass every check.")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def select_finding(self, key: str, switch: bool = True) -> bool:
        """Select the finding ``key`` (clearing a filter that hides it); with ``switch``, show the Findings tab."""
        if switch:
            self.tabs.setCurrentIndex(FINDINGS_TAB)
        index = self.tree_model.index_of_key(key)
        if not index.isValid() and (self.tree_model.severity_filter or self.tree_model.table_filter):
            self.severity_filter.setCurrentIndex(0)
            self.table_filter.setCurrentIndex(0)
            index = self.tree_model.index_of_key(key)
        if not index.isValid() and self.project is not None and self.state != "running":
            self._reload_stored_findings()  # another page's check run (the export's) may know it
            index = self.tree_model.index_of_key(key)
        if not index.isValid():
            self._pending_key = key  # selected when the running checks report
            return False
        self._pending_key = None
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous=None) -> None:
        self._show_details(self.tree_model.finding_at(current))

    # -- the details -----------------------------------------------------------------
    def _show_details(self, finding, keep_text: bool = False) -> None:
        same = finding is not None and self.current is not None and finding.key == self.current.key
        self.current = finding
        if finding is None:
            self.details_frame.hide()
            self.cells_view.clear()
            return
        severity = finding.severity
        self.details_icon.setPixmap(icon(severity).pixmap(18, 18))
        severity_text = self.model.severity_text(severity)
        table = f" · {finding.table_id}" if finding.table_id else ""
        self.details_title.setText(f"<b>{severity_text} · {finding.rule}{table}</b>")
        index = self.tree_model.index_of_key(finding.key)
        node = self.tree_model._node(index)
        message = self.tree_model.message(node.finding) if node is not None else finding.message(current_language())
        self.details.setText(message)
        self.numbers.setText(self._numbers_text(finding.params or {}))
        if self.project is not None:
            reload = self.cells_generation != self.main.data_generation
            self.cells_generation = self.main.data_generation
            self.cells_view.show_finding(self.project.path, finding, reload=reload)
        self._fill_explain_box(finding, keep_text=(same or keep_text) and self.explanation_text.document().isModified())
        if not self.details_frame.isVisible():
            self.details_frame.show()
            QTimer.singleShot(0, self, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        """The list got shorter when the details appeared: keep the selected finding in sight."""
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())

    def _numbers_text(self, params: dict) -> str:
        """The numbers behind a finding, labelled ("Expected 13,401 · Found 12,201 · Difference -1,200 · 8.95 %")."""
        labels = {
            "expected": self.tr("Expected"), "found": self.tr("Found"), "difference": self.tr("Difference"),
            "men": self.tr("Men"), "women": self.tr("Women"), "stock": self.tr("Persons"),
            "ratio": self.tr("Sex ratio"), "count": self.tr("Cells"),
        }
        parts = []
        for key, label in labels.items():
            value = params.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                text = format_decimal(value) if key == "ratio" else format_number(value)
                parts.append(f"<span style='color:{MUTED}'>{label}</span> <b>{text}</b>")
        pct = params.get("pct")
        if isinstance(pct, (int, float)) and not isinstance(pct, bool):
            parts.append(f"<b>{format_decimal(pct, 2)} %</b>")
        return " &nbsp;·&nbsp; ".join(parts)

    def _fill_explain_box(self, finding, keep_text: bool = False) -> None:
        explanation = self.tree_model.explained.get(finding.key)
        history = [e for e in self._history() if e["finding_key"] == finding.key] if self.project is not None else []
        self.history_button.setText(self.tr("History ({n})…").format(n=len(history)))
        self.history_button.setEnabled(bool(history))
        editable = finding.severity == "warning"
        for widget in (self.explanation_text, self.author):
            widget.setEnabled(editable)
        if finding.severity == "error":
            status = self.tr("Errors cannot be explained: correct the table or its mapping.")
        elif finding.severity == "info":
            status = self.tr("Notes need no explanation.")
        elif explanation:
            status = self.tr("Explained by {author} on {when}.").format(
                author=explanation.get("author") or "—", when=format_datetime(explanation.get("created_at")))
        else:
            status = self.tr("Not explained yet: write why the figures are right as they are.")
        self.explain_status.setText(status)
        if not keep_text:
            self.explanation_text.blockSignals(True)
            self.explanation_text.setPlainText(explanation.get("text", "") if (explanation and editable) else "")
            self.explanation_text.document().setModified(False)
            self.explanation_text.blockSignals(False)
        self._update_explain_buttons()

    def _update_explain_buttons(self) -> None:
        finding = self.current
        text = self.explanation_text.toPlainText().strip()
        saved = (self.tree_model.explained.get(finding.key) or {}).get("text", "") if finding is not None else ""
        self.save_explanation_button.setEnabled(finding is not None and finding.severity == "warning"
                                                and bool(text) and text != saved)

    def _history(self) -> list[dict]:
        try:
            return self.project.explanations(include_history=True)
        except ImilaError:
            return []

    def save_explanation(self) -> None:
        """Record the explanation of the selected warning; it travels with the package."""
        finding = self.current
        if self.project is None or finding is None or finding.severity != "warning":
            return
        text = self.explanation_text.toPlainText().strip()
        if not text:
            return
        author = self.author.text().strip()
        try:
            self.project.explain(finding.key, text, author or None)
        except ImilaError as exc:
            from app.ui.app import show_error

            show_error(self, exc)
            return
        if author:
            QSettings().setValue("check/author", author)
        self.explanation_text.document().setModified(False)
        self.tree_model.set_explained(self._explained())
        self._fill_explain_box(finding)
        self._update_summary()
        self.main.statusBar().showMessage(self.tr("Explanation saved."), 4000)
        self.main.data_changed()

    def show_history(self) -> None:
        if self.current is None or self.project is None:
            return
        entries = [e for e in self._history() if e["finding_key"] == self.current.key]
        self.history_dialog = ExplanationHistoryDialog(self, entries)
        self.history_dialog.open()

    # -- women, charts and the report --------------------------------------------------
    def _flagged_sex_ratios(self) -> set[str]:
        return {str(f.params.get("code")) for f in self.model.findings if f.rule == "PLA-001" and f.params.get("code")}

    def _forget_overview(self) -> None:
        if self.overview_job is not None:
            self.overview_job.cancel()
        self.overview = None
        self.overview_generation = -1
        self.women_view.set_overview(None)
        if self.charts_view is not None:
            self.charts_view.set_overview(None)

    def _tab_changed(self, index: int) -> None:
        self.filters.setVisible(index == FINDINGS_TAB)
        if index == CHARTS_TAB and self.charts_view is None:
            from app.ui.charts import ChartsView  # pyqtgraph loads here, not at start-up

            self.charts_view = ChartsView()
            self.charts_holder.layout().addWidget(self.charts_view)
            if self.overview is not None:
                self.charts_view.set_overview(self.overview)
        self._load_overview_if_shown()

    def _load_overview_if_shown(self) -> None:
        """Compute what the Women and Charts tabs show, when one of them is on screen and the data changed."""
        if self.project is None or self.tabs.currentIndex() == FINDINGS_TAB or not self.isVisible():
            return
        if self.overview_generation == self.main.data_generation or self.overview_job is not None:
            return
        generation = self.main.data_generation
        path = self.project.path
        job = run_job(_workflow().migration_overview, project_path=path, parent=self)
        self.overview_job = job
        job.succeeded.connect(lambda overview: self._on_overview(overview, generation, path))
        job.failed.connect(self._on_check_failed)
        job.finished.connect(lambda j=job: self._overview_finished(j))
        job.finished.connect(job.deleteLater)

    def _on_overview(self, overview: dict, generation: int, path) -> None:
        if self.project is None or self.project.path != path:
            return
        self.overview = overview
        self.overview_generation = generation
        self.women_view.set_overview(overview, self._flagged_sex_ratios())
        if self.charts_view is not None:
            self.charts_view.set_overview(overview)

    def _overview_finished(self, job) -> None:
        if self.overview_job is job:
            self.overview_job = None
            if self.overview_generation != self.main.data_generation and job.state == "succeeded":
                self._load_overview_if_shown()

    def open_report(self) -> None:
        """Write the quality report as the data stand now and open it in the browser."""
        if self.project is None:
            return
        target = Path(tempfile.gettempdir()) / f"imila-report-{Path(self.project.path).stem}.html"
        job = self.main.start_job(_workflow().write_report, target, project_path=self.project.path,
                                  title=self.tr("Writing the quality report"), lang=current_language())
        if job is not None:
            job.succeeded.connect(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

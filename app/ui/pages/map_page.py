"""Map page: bind the dimensions and labels of an imported table to the IMILA code lists.

The page opens on the project's sources and their mappings (one row per
mapping, one per source not mapped yet). Opening one shows the mapping
editor: the IMILA table it feeds (suggested, and changeable: a source can
feed several tables), the binding of each source dimension, the label grid
with every label's code, confidence and reason (labels needing the user
first), and a live preview of the IMILA table the mapping gives. Every edit
is undoable (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z). "Apply mapping" writes the
observations in one transaction on the worker thread; recipes can be saved
and replayed from files, and the mapping memory exported for colleagues.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMenu, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QStyle, QStyledItemDelegate, QStyleOptionComboBox,
    QStylePainter, QTableView, QToolButton,
    QVBoxLayout, QWidget,
)

from app import workflow
from app.errors import ImilaError, MappingError
from app.models.schema import load_schema
from app.ui.code_picker import PLACE_DIMENSIONS, CodePickerDialog
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.mapping_models import (
    DROP, LEVEL_JOIN, NATIONAL_PREFIX, SUM, AcceptCommand, BindingsModel, LabelsFilterModel, LabelsModel, MapOverviewModel, MappingDraft,
    PreviewModel, ReplacePlanCommand, RowRole, SetCodeCommand, TablesModel, code_label, dimension_name,
)
from app.ui.pages.base import Page, empty_label, table_view
from app.ui.worker import run_job

PREVIEW_DELAY_MS = 250  # the preview follows the edits, not every keystroke of a burst
PLACE_FIRST = ("COB", "RES5", "COR", "NATIVITY")


# ---------------------------------------------------------------------------
# Work done on the worker thread
# ---------------------------------------------------------------------------
def _open_memory():
    """The user's mapping memory, or None when it cannot be opened (suggestions then come without it)."""
    from app.mapping import MappingMemory

    try:
        return MappingMemory()
    except ImilaError:
        return None


def stored_recipes(project, source_id: int) -> dict[str, dict]:
    """The latest recipe of each IMILA table the source feeds."""
    latest: dict[str, dict] = {}
    for mapping in project.mappings():
        if mapping["source_id"] == source_id:
            latest[(mapping["recipe"] or {}).get("table", "")] = mapping["recipe"]
    return latest


@dataclass
class OpenedSource:
    """A source read for mapping: its table, the IMILA tables it fits, and the plan for one of them."""

    source_id: int
    tidy: Any
    fits: list = field(default_factory=list)  # TableSuggestion, best first
    table_id: str | None = None
    plan: Any = None  # workflow.MappingPlan for table_id
    review: Any = None  # workflow.SourceReview: why the automatic path did not write it (sources not yet mapped)


def open_source_for_mapping(project, source_id: int, table_id: str | None = None) -> OpenedSource:
    """Read a stored source, rank the IMILA tables it fits and plan its mapping to ``table_id`` (or the best)."""
    from app.mapping import suggest_table

    tidy = workflow.load_source_table(project, source_id)
    stored = stored_recipes(project, source_id)
    memory = _open_memory()
    try:
        fits = suggest_table(tidy, memory=memory)
        table = table_id or (fits[0].table_id if fits else None)
        plan = workflow.prepare_mapping(tidy, table, stored.get(table), memory=memory) if table else None
        review = None if stored else workflow.review_source(project, source_id, tidy=tidy, lang=current_language(),
                                                             memory=memory)
    finally:
        if memory is not None:
            memory.close()
    return OpenedSource(source_id, tidy, fits, table, plan, review)


def plan_for_table(tidy, table_id: str, recipe: dict | None = None):
    """The plan of a source already read, for another IMILA table or a recipe to replay."""
    memory = _open_memory()
    try:
        return workflow.prepare_mapping(tidy, table_id, recipe, memory=memory)
    finally:
        if memory is not None:
            memory.close()


def rebind(recipe: dict, tidy, source: str, target: str):
    memory = _open_memory()
    try:
        return workflow.rebind_dimension(recipe, tidy, source, target, memory=memory)
    finally:
        if memory is not None:
            memory.close()


def export_memory(path: str) -> int:
    return workflow.export_memory(path)


def import_memory(path: str) -> int:
    return workflow.import_memory(path)


# ---------------------------------------------------------------------------
# Widgets
# ---------------------------------------------------------------------------
class BindingDelegate(QStyledItemDelegate):
    """Combo boxes for the IMILA dimension of a source dimension and the total of a summed one."""

    def createEditor(self, parent, option, index):
        model: BindingsModel = index.model()
        combo = ElidingComboBox(parent)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.view().setMinimumWidth(260)
        choices = model.choices() if index.column() == BindingsModel.TARGET else model.total_choices(index.row())
        for value, text in choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        with QSignalBlocker(editor):
            position = editor.findData(value)
            editor.setCurrentIndex(position if position >= 0 else 0)
        editor.setToolTip(editor.currentText())

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)


def _compact_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(36)
    return view


def arrow_icon(redo: bool) -> QIcon:
    """A curved arrow for undo (pointing back) or redo (pointing forward), drawn to match the line icons."""
    size = 36
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if redo:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    pen = QPen(QColor("#34495e"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath()
    path.moveTo(9, 14)
    path.lineTo(22, 14)
    path.cubicTo(34, 14, 34, 30, 22, 30)
    path.lineTo(13, 30)
    painter.drawPath(path)
    head = QPainterPath()
    head.moveTo(15, 7)
    head.lineTo(8, 14)
    head.lineTo(15, 21)
    painter.drawPath(head)
    painter.end()
    result = QIcon(pixmap)
    disabled = QPixmap(pixmap.size())
    disabled.fill(Qt.GlobalColor.transparent)
    painter = QPainter(disabled)
    painter.setOpacity(0.35)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    result.addPixmap(disabled, QIcon.Mode.Disabled)
    return result


class ElidingComboBox(QComboBox):
    """A combo box that ends its text with "…" when it is narrower than the text (long table titles)."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        if not option.currentIcon.isNull():
            field.adjust(option.iconSize.width() + 4, 0, 0, 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ElidedLabel(QLabel):
    """A bold one-line label that shortens its text in the middle when space is short (long file names)."""

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 40)))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 8, super().sizeHint().height())


class MessageBar(QFrame):
    """One line that says where the mapping stands: what blocks Apply, or that it is ready."""

    STYLES = {
        "error": ("#fbe3e0", "#e8b4ad", "#8c1f14"),
        "warning": ("#fdf3dc", "#ecd29a", "#6e4a00"),
        "ok": ("#e3f2e5", "#b5d9ba", "#1e5a28"),
        "info": ("#e8f0f8", "#c3d5e8", "#1d3c5a"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mapMessage")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(16, 16)
        self.text = QLabel()
        self.text.setObjectName("mapMessageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.kind = "info"

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        background, border, colour = self.STYLES.get(kind, self.STYLES["info"])
        name = self.objectName()
        self.setStyleSheet(f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
                           f"QLabel#mapMessageText {{ color: {colour}; }}")
        self.icon.setPixmap(icon({"error": "error", "warning": "warning", "ok": "ok"}.get(kind, "info")).pixmap(16, 16))
        self.text.setText(text)


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------
class MapPage(Page):
    key = "map"
    icon_name = "map"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.project_path: str | None = None
        self.opened: dict[int, OpenedSource] = {}  # sources read since the project was opened
        self.drafts: dict[tuple[int, str], MappingDraft] = {}
        self.last_table: dict[int, str] = {}
        self.source_id: int | None = None
        self.draft: MappingDraft | None = None
        self.loading = False
        self.picker: CodePickerDialog | None = None
        self._preview_version = -1
        self._preview_observations: list[dict] = []
        self._preview_problem = ""
        self._preview_left_out: dict[str, list[str]] = {}
        self._jobs: set = set()
        self._generation = 0  # bumps when another project opens: answers for the old one are dropped
        self.undo_group = QUndoGroup(self)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._run_preview)

        self._build_actions()
        self.modes = QStackedWidget()
        self.overview = self._build_overview()
        self.editor = self._build_editor()
        self.modes.addWidget(self.overview)
        self.modes.addWidget(self.editor)
        self.body.addWidget(self.modes, 1)
        main.busy_changed.connect(lambda _busy: self._update_state())
        self.retranslateUi()

    # -- building ------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = QAction(arrow_icon(redo=False), "", self)
        self.undo_action.setObjectName("mapUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(arrow_icon(redo=True), "", self)
        self.redo_action.setObjectName("mapRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.undo_group.redo)
        self.redo_action.setEnabled(False)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        # Added to the page: the shortcuts work while the page is shown, whichever of its widgets has focus.
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.change_code_action = QAction(self, triggered=self.change_code)
        self.change_code_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.accept_action = QAction(self, triggered=self.accept_selected)
        self.accept_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.leave_out_action = QAction(self, triggered=self.leave_out_selected)
        self.leave_out_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.clear_code_action = QAction(self, triggered=self.clear_selected)
        self.accept_all_action = QAction(self, triggered=self.accept_all_confident)
        self.save_recipe_action = QAction(self, triggered=self.save_recipe_dialog)
        self.load_recipe_action = QAction(self, triggered=self.apply_recipe_dialog)
        self.export_memory_action = QAction(self, triggered=self.export_memory_dialog)
        self.import_memory_action = QAction(self, triggered=self.import_memory_dialog)

    def _build_overview(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.overview_title = QLabel()
        self.overview_title.setObjectName("sectionTitle")
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_selected)
        top.addWidget(self.overview_title, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.model = MapOverviewModel(self)
        self.view = table_view(self.model, stretch_column=0)
        self.view.setObjectName("mapOverview")
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_open_button())
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.overview_hint = QLabel()
        self.overview_hint.setObjectName("hint")
        self.overview_hint.setWordWrap(True)
        layout.addWidget(self.overview_hint)
        return widget

    def _build_editor(self) -> QWidget:
        widget = QWidget()
        widget.setObjectName("mapEditor")
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        # Where: back to the sources, which source, undo/redo, recipe and memory menus.
        top = QHBoxLayout()
        top.setSpacing(6)
        self.back_button = QToolButton()
        self.back_button.setObjectName("mapBack")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_button.clicked.connect(self.show_overview)
        self.source_label = ElidedLabel()
        self.source_label.setObjectName("mapSourceLabel")
        self.source_status = QLabel()
        self.source_status.setObjectName("hint")
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("mapUndoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("mapRedoButton")
        self.redo_button.setDefaultAction(self.redo_action)
        for button in (self.undo_button, self.redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            button.setIconSize(QSize(18, 18))
        self.recipe_menu = QMenu(self)
        self.recipe_menu.addAction(self.save_recipe_action)
        self.recipe_menu.addAction(self.load_recipe_action)
        self.recipe_button = QToolButton()
        self.recipe_button.setObjectName("mapRecipeMenu")
        self.recipe_button.setMenu(self.recipe_menu)
        self.recipe_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.memory_menu = QMenu(self)
        self.memory_menu.addAction(self.import_memory_action)
        self.memory_menu.addAction(self.export_memory_action)
        self.memory_button = QToolButton()
        self.memory_button.setObjectName("mapMemoryMenu")
        self.memory_button.setMenu(self.memory_menu)
        self.memory_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for button in (self.recipe_button, self.memory_button):
            button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        top.addWidget(self.back_button)
        top.addSpacing(4)
        top.addWidget(self.source_label)
        top.addWidget(self.source_status)
        top.addStretch(1)
        top.addSpacing(8)
        for button in (self.undo_button, self.redo_button, self.recipe_button, self.memory_button):
            top.addWidget(button)
        layout.addLayout(top)

        # What: the IMILA table, and Apply.
        target = QHBoxLayout()
        target.setSpacing(8)
        self.table_caption = QLabel()
        self.tables_model = TablesModel(self)
        self.table_combo = ElidingComboBox()
        self.table_combo.setObjectName("mapTable")
        self.table_combo.setModel(self.tables_model)
        self.table_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table_combo.setMinimumContentsLength(24)
        self.table_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table_combo.view().setMinimumWidth(560)
        self.table_combo.activated.connect(self._on_table_chosen)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply_mapping)
        target.addWidget(self.table_caption)
        target.addWidget(self.table_combo, 1)
        target.addWidget(self.apply_button)
        layout.addLayout(target)

        self.message = MessageBar()
        layout.addWidget(self.message)
        self.proof_bar = MessageBar()  # why this source was not written automatically
        self.proof_bar.setObjectName("mapProof")
        self.proof_bar.hide()
        layout.addWidget(self.proof_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_labels_panel())
        self.splitter.addWidget(self._build_side_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._split_done = False
        layout.addWidget(self.splitter, 1)
        self.content = [self.table_combo, self.splitter, self.recipe_button]
        return widget

    def _build_labels_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.labels_title = QLabel()
        self.labels_title.setObjectName("sectionTitle")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("hint")
        head.addWidget(self.labels_title)
        head.addWidget(self.counts_label, 1)
        layout.addLayout(head)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.dimension_filter = QComboBox()
        self.dimension_filter.setObjectName("mapDimensionFilter")
        self.dimension_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dimension_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("mapLabelFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.attention_check = QCheckBox()
        self.attention_check.setObjectName("mapAttentionOnly")
        self.attention_check.toggled.connect(self._on_filter_changed)
        self.question_filter = QComboBox()  # the questions grouped by kind: aggregate? residual? which country?
        self.question_filter.setObjectName("mapQuestionFilter")
        self.question_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_filter.setMinimumContentsLength(14)  # the filter field keeps its room; the list shows all
        self.question_filter.currentIndexChanged.connect(self._on_filter_changed)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.question_filter)
        filters.addWidget(self.dimension_filter)
        filters.addWidget(self.attention_check)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.accept_all_button = QPushButton()
        self.accept_all_button.setObjectName("mapAcceptAll")
        self.accept_all_button.clicked.connect(self.accept_all_confident)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("mapAccept")
        self.accept_button.clicked.connect(self.accept_selected)
        self.change_button = QPushButton()
        self.change_button.setObjectName("mapChangeCode")
        self.change_button.clicked.connect(self.change_code)
        self.leave_out_button = QPushButton()
        self.leave_out_button.setObjectName("mapLeaveOut")
        self.leave_out_button.clicked.connect(self.leave_out_selected)
        for button in (self.accept_all_button, self.accept_button, self.change_button, self.leave_out_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.labels_model = LabelsModel(self)
        self.labels_proxy = LabelsFilterModel(self)
        self.labels_proxy.setSourceModel(self.labels_model)
        # After the grid has taken new rows (a dimension bound anew, a recipe replayed), the choices follow.
        self.labels_model.modelReset.connect(self._fill_dimension_filter)
        self.labels_model.modelReset.connect(self._fill_preview_controls)
        self.labels_view = _compact_table(self.labels_proxy)
        self.labels_view.setObjectName("mapLabels")
        self.labels_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.labels_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.labels_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.labels_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.labels_view.customContextMenuRequested.connect(self._labels_menu)
        self.labels_view.activated.connect(lambda _index: self.change_code())
        header = self.labels_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for action in (self.change_code_action, self.accept_action, self.leave_out_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.labels_view.addAction(action)
        self.labels_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_selection_actions())
        layout.addWidget(self.labels_view, 1)
        return panel

    def _build_side_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        self.bindings_title = QLabel()
        self.bindings_title.setObjectName("sectionTitle")
        layout.addWidget(self.bindings_title)
        self.bindings_model = BindingsModel(self)
        self.bindings_model.binding_requested.connect(self.request_binding)
        self.bindings_view = _compact_table(self.bindings_model)
        self.bindings_view.setObjectName("mapBindings")
        self.bindings_view.setItemDelegate(BindingDelegate(self.bindings_view))
        self.bindings_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.bindings_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.bindings_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bindings_view.verticalHeader().setDefaultSectionSize(30)
        self.bindings_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bindings_header = self.bindings_view.horizontalHeader()
        bindings_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bindings_header.setSectionResizeMode(BindingsModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        self.bindings_model.modelReset.connect(self._sync_binding_editors)
        layout.addWidget(self.bindings_view)

        preview_head = QHBoxLayout()
        self.preview_title = QLabel()
        self.preview_title.setObjectName("sectionTitle")
        preview_head.addWidget(self.preview_title, 1)
        layout.addSpacing(4)
        layout.addLayout(preview_head)
        self.preview_controls = QHBoxLayout()
        self.preview_controls.setSpacing(6)
        self.rows_combo = QComboBox()
        self.rows_combo.setObjectName("mapPreviewRows")
        self.cols_caption = QLabel("×")
        self.cols_combo = QComboBox()
        self.cols_combo.setObjectName("mapPreviewColumns")
        self.rows_combo.activated.connect(lambda _i: self._on_pivot_axes(self.rows_combo))
        self.cols_combo.activated.connect(lambda _i: self._on_pivot_axes(self.cols_combo))
        for widget in (self.rows_combo, self.cols_caption, self.cols_combo):
            self.preview_controls.addWidget(widget)
        self.fixed_box = QHBoxLayout()
        self.fixed_box.setSpacing(6)
        self.preview_controls.addLayout(self.fixed_box)
        self.preview_controls.addStretch(1)
        layout.addLayout(self.preview_controls)
        self.fixed_combos: dict[str, tuple[QLabel, QComboBox]] = {}
        self.preview_model = PreviewModel(self)
        self.preview_view = _compact_table(self.preview_model)
        self.preview_view.setObjectName("mapPreview")
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview_view, 1)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("hint")
        self.preview_note.setWordWrap(True)
        layout.addWidget(self.preview_note)
        return panel

    # -- texts ---------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Map")

    def title(self) -> str:
        return self.tr("Map to IMILA codes")

    def description(self) -> str:
        return self.tr("Bind each dimension and label of your tables to the IMILA code lists. "
                       "A mapping replays on the next file of the same shape.")

    def retranslate(self) -> None:
        self.overview_title.setText(self.tr("Sources and their mappings"))
        self.open_button.setText(self.tr("Map…"))
        self.empty.setText(self.tr("No tables to map yet.\nImport a census table: it appears here to be mapped."))
        self.overview_hint.setText(self.tr("Double-click a row to open its mapping. A source can feed several "
                                           "IMILA tables: open it and choose another table."))
        self.back_button.setText(self.tr("← All sources"))
        self.back_button.setToolTip(self.tr("Back to the sources; what you changed here is kept until you apply it"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._update_undo_texts()
        self.recipe_button.setText(self.tr("Recipe") + " ▾")
        self.recipe_button.setToolTip(self.tr("Save this mapping as a recipe file, or replay a recipe on this source"))
        self.memory_button.setText(self.tr("Memory") + " ▾")
        self.memory_button.setToolTip(self.tr("Share the mapping memory: the codes confirmed before, suggested everywhere"))
        self.save_recipe_action.setText(self.tr("Save recipe…"))
        self.load_recipe_action.setText(self.tr("Apply recipe…"))
        self.export_memory_action.setText(self.tr("Export mapping memory…"))
        self.import_memory_action.setText(self.tr("Import mapping memory…"))
        self.table_caption.setText(self.tr("IMILA table:"))
        self.table_combo.setToolTip(self.tr("The IMILA table this source feeds. A source can feed several tables: "
                                            "choose another one to add its mapping."))
        self.apply_button.setText(self.tr("Apply mapping"))
        self.labels_title.setText(self.tr("Labels"))
        self.filter_edit.setPlaceholderText(self.tr("Filter labels, codes or names"))
        self.attention_check.setText(self.tr("Only those to review"))
        self.accept_all_button.setText(self.tr("Accept all confident"))
        self.accept_all_button.setToolTip(self.tr("Accept every suggestion with a confidence of 90 % or more"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Accept the code of the selected labels (Space)"))
        self.change_button.setText(self.tr("Change code…"))
        self.change_button.setToolTip(self.tr("Choose another code for the selected labels (F2 or double-click)"))
        self.leave_out_button.setText(self.tr("Leave out"))
        self.leave_out_button.setToolTip(self.tr("Leave the selected labels out of this table (Delete)"))
        self.change_code_action.setText(self.tr("Change code…"))
        self.accept_action.setText(self.tr("Accept"))
        self.leave_out_action.setText(self.tr("Leave out of this table"))
        self.clear_code_action.setText(self.tr("Remove the code"))
        self.accept_all_action.setText(self.tr("Accept all confident"))
        self.bindings_title.setText(self.tr("Dimensions"))
        self.rows_combo.setToolTip(self.tr("Dimension down the rows of the preview"))
        self.cols_combo.setToolTip(self.tr("Dimension across the columns of the preview"))
        for model in (self.model, self.tables_model, self.bindings_model, self.labels_model, self.preview_model):
            model.retranslate()
        self._fill_dimension_filter()
        self._fill_question_filter()
        self._fill_preview_controls()
        self._update_header()
        self._update_state()
        self._show_preview()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setToolTip(self.tr("Undo: {action} (Ctrl+Z)").format(action=undo) if undo else self.tr("Undo (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Redo: {action} (Ctrl+Y)").format(action=redo) if redo else self.tr("Redo (Ctrl+Y)"))

    # -- following the project ---------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        path = str(project.path) if project is not None else None
        if path != self.project_path:
            self._forget_project()
            self.project_path = path
        if project is None:
            self.model.set_items([], [])
            self.stack.setCurrentWidget(self.empty)
            self.main.set_badge(self.key, [])
            return
        sources = project.sources()
        mappings = project.mappings()
        self.model.set_items(sources, mappings)
        has_rows = self.model.total_rows() > 0
        self.stack.setCurrentWidget(self.view if has_rows else self.empty)
        if has_rows:
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().setStretchLastSection(True)
        unmapped = sum(1 for r in range(self.model.rowCount()) if not self.model.raw(r, "mapped"))
        if unmapped:
            self.main.set_badge(self.key, [(str(unmapped), "warning")])
        else:
            self.main.set_badge(self.key, [(str(len(mappings)), "neutral")] if mappings else [])
        if self.source_id is not None and self.source_id not in {s["id"] for s in sources}:
            self.show_overview()  # the source was removed or replaced
        self._update_open_button()
        self._update_header()
        self._update_state()

    def _forget_project(self) -> None:
        self._generation += 1
        self.undo_group.setActiveStack(None)
        for draft in self.drafts.values():
            self.undo_group.removeStack(draft.stack)
            draft.deleteLater()
        self.drafts.clear()
        self.opened.clear()
        self.last_table.clear()
        self.source_id = None
        self._show_draft(None)
        self.modes.setCurrentWidget(self.overview)

    def fed_tables(self, source_id: int | None) -> set[str]:
        if self.project is None or source_id is None:
            return set()
        return {(m["recipe"] or {}).get("table", "") for m in self.project.mappings() if m["source_id"] == source_id}

    # -- overview ----------------------------------------------------------------
    def _update_open_button(self) -> None:
        index = self.view.currentIndex()
        ok = index.isValid() and self.model.raw(index.row(), "source_id") is not None
        self.open_button.setEnabled(ok or self._first_openable() is not None)

    def _first_openable(self) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.raw(row, "source_id") is not None:
                return row
        return None

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else self._first_openable()
        if row is None:
            return
        item = self.model.item(row)
        if item["source_id"] is None:
            self.main.statusBar().showMessage(self.tr("The source file of this mapping is no longer in the project."), 5000)
            return
        self.open_source(item["source_id"], item["table"] or None)

    def show_overview(self) -> None:
        self.modes.setCurrentWidget(self.overview)
        self.undo_group.setActiveStack(None)
        self.source_id = None
        self.refresh()

    # -- opening a source --------------------------------------------------------
    def open_source(self, source_id: int, table_id: str | None = None) -> None:
        """Show the mapping editor for ``source_id`` (and ``table_id``, else the table that fits best)."""
        if self.project is None:
            return
        self.source_id = source_id
        self.modes.setCurrentWidget(self.editor)
        opened = self.opened.get(source_id)
        if opened is None:
            self._show_draft(None)
            self._set_loading(True, self.tr("Reading the source and suggesting codes…"))
            job = self._start(open_source_for_mapping, source_id, table_id, project_path=self.project.path)
            job.succeeded.connect(lambda opened, g=self._generation: self._on_opened(opened, g))
            return
        table = table_id or self.last_table.get(source_id) or (opened.fits[0].table_id if opened.fits else None)
        self.select_table(table)

    def _on_opened(self, opened: OpenedSource, generation: int) -> None:
        self._set_loading(False)
        if generation != self._generation:
            return
        self.opened[opened.source_id] = opened
        if opened.plan is not None:
            self._add_draft(opened.source_id, opened.tidy, opened.plan)
        if self.source_id == opened.source_id:
            self.select_table(opened.table_id)

    def select_table(self, table_id: str | None) -> None:
        """Show the draft of the open source for ``table_id``, planning it on the worker the first time."""
        source_id = self.source_id
        opened = self.opened.get(source_id) if source_id is not None else None
        if opened is None:
            return
        if table_id is None:
            self._show_draft(None)
            return
        self.last_table[source_id] = table_id
        draft = self.drafts.get((source_id, table_id))
        if draft is not None:
            self._show_draft(draft)
            return
        stored = stored_recipes(self.project, source_id).get(table_id)
        self._show_draft(None, table_id)
        self._set_loading(True, self.tr("Suggesting codes for {table}…").format(table=table_id))
        job = self._start(plan_for_table, opened.tidy, table_id, stored)
        job.succeeded.connect(lambda plan, s=source_id, t=table_id, g=self._generation: self._on_planned(s, t, plan, g))

    def _on_planned(self, source_id: int, table_id: str, plan, generation: int) -> None:
        self._set_loading(False)
        opened = self.opened.get(source_id)
        if opened is None or generation != self._generation:
            return
        self._add_draft(source_id, opened.tidy, plan)
        if self.source_id == source_id and self.last_table.get(source_id) == table_id:
            self._show_draft(self.drafts[(source_id, plan.recipe["table"])])

    def _add_draft(self, source_id: int, tidy, plan) -> MappingDraft:
        key = (source_id, plan.recipe["table"])
        old = self.drafts.pop(key, None)
        if old is not None:
            self.undo_group.removeStack(old.stack)
            old.deleteLater()
        draft = MappingDraft(source_id, tidy, plan, self)
        self.undo_group.addStack(draft.stack)
        draft.changed.connect(lambda d=draft: self._on_draft_changed(d))
        draft.bindings_changed.connect(self._sync_binding_editors)
        self.drafts[key] = draft
        return draft

    def _on_table_chosen(self, row: int) -> None:
        table_id = self.tables_model.tables[row].id if 0 <= row < len(self.tables_model.tables) else None
        if table_id and (self.draft is None or table_id != self.draft.table_id):
            self.select_table(table_id)

    def _show_draft(self, draft: MappingDraft | None, table_id: str | None = None) -> None:
        self.draft = draft
        self.undo_group.setActiveStack(draft.stack if draft is not None else None)
        self.labels_model.set_draft(draft)
        self.labels_proxy.set_filter()
        self.bindings_model.set_draft(draft)
        self._fit_bindings_height()
        self._fill_dimension_filter()
        self._fill_question_filter()
        self._fill_preview_controls()
        self._preview_observations, self._preview_problem, self._preview_left_out = [], "", {}
        self.preview_model.clear()
        table = draft.table_id if draft is not None else table_id
        with QSignalBlocker(self.table_combo):
            self.table_combo.setCurrentIndex(self.tables_model.row_of(table) if table else -1)
        if draft is not None:
            self._resize_label_columns()
            self.schedule_preview(immediately=True)
        self._update_header()
        self._update_state()
        self._update_selection_actions()
        self.show_review()

    def show_review(self) -> None:
        """Above the labels, while the source is not mapped: why the import did not write it by itself."""
        opened = self.opened.get(self.source_id) if self.source_id is not None else None
        review = opened.review if opened is not None else None
        lines = [*review.mismatch, *review.refused] if review is not None else []
        if not lines or self.fed_tables(self.source_id):
            self.proof_bar.hide()
            return
        shown = [line.strip() for line in lines[:5]]
        more = len(lines) - len(shown)
        text = self.tr("Not written automatically, because:") + "\n" + "\n".join(f"• {line}" for line in shown)
        if more > 0:
            text += "\n" + self.tr("… and %n more.", "", more)
        self.proof_bar.show_message("warning", text)
        self.proof_bar.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_binding_columns()
        if not self._split_done and self.splitter.width() > 100:
            width = self.splitter.width()
            self.splitter.setSizes([int(width * 0.58), width - int(width * 0.58)])
            self._split_done = True

    def _fit_binding_columns(self) -> None:
        """The source names take what they need up to a third of the table; the choices share the rest."""
        view = self.bindings_view
        view.resizeColumnToContents(BindingsModel.SOURCE)
        third = max(120, view.viewport().width() // 3)
        view.setColumnWidth(BindingsModel.SOURCE, min(view.columnWidth(BindingsModel.SOURCE), third))

    def _set_loading(self, loading: bool, text: str = "") -> None:
        self.loading = loading
        for widget in self.content:
            widget.setEnabled(not loading)
        if loading:
            self.message.show_message("info", text)
        self._update_state()

    def _start(self, fn, *args, **kwargs):
        """Run ``fn`` on the worker; failures are shown, the page stops waiting."""
        job = run_job(fn, *args, parent=self, **kwargs)
        self._jobs.add(job)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(lambda j=job: self._job_done(j))
        return job

    def _job_done(self, job) -> None:
        self._jobs.discard(job)
        job.deleteLater()

    def _on_job_failed(self, exc: BaseException) -> None:
        if self.loading:
            self._set_loading(False)
        from app.ui.app import show_error

        show_error(self, exc)

    # -- header and state -----------------------------------------------------------
    def _update_header(self) -> None:
        if self.source_id is None or self.project is None:
            self.source_label.set_full_text("")
            self.source_status.setText("")
            self.tables_model.set_state(set(), {})
            return
        try:
            source = self.project.source(self.source_id)
        except KeyError:
            return
        sheet = (source.get("settings") or {}).get("table") or ""
        fed = self.fed_tables(self.source_id)
        if fed:
            status = self.tr("feeds {tables}").format(tables=", ".join(sorted(fed)))
        else:
            status = self.tr("not mapped yet")
        self.source_label.set_full_text(source["name"] + (f" · {sheet}" if sheet else ""))
        self.source_status.setText(f"— {status}")
        opened = self.opened.get(self.source_id)
        fits = {f.table_id: f.confidence for f in opened.fits} if opened else {}
        self.tables_model.set_state(fed, fits)

    def blocking(self) -> tuple[str, str] | None:
        """(kind, message) of what keeps the mapping from being applied, or None."""
        draft = self.draft
        if draft is None:
            return None
        unresolved = draft.rows_with("unresolved")
        if unresolved:
            labels = [f"“{draft.rows[r].label}”" for r in unresolved[:4]]
            shown = ", ".join(labels) + (" …" if len(unresolved) > 4 else "")
            if len(unresolved) == 1:
                text = self.tr("Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of "
                               "the table.").format(labels=shown)
            else:
                text = self.tr("Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or "
                               "leave them out of the table.").format(count=len(unresolved), labels=shown)
            return "error", text
        confirm = draft.rows_with("confirm")
        if confirm:
            labels = ", ".join(f"“{draft.rows[r].label}”" for r in confirm[:4]) + (" …" if len(confirm) > 4 else "")
            return "warning", self.tr("Cannot apply yet: %n uncertain suggestion(s) need your decision ({labels}). "
                                      "Accept or change each of them.", "", len(confirm)).format(labels=labels)
        suggested = draft.rows_with("suggested")
        if suggested:
            return "warning", self.tr("%n suggested code(s) waiting for your review. Check them and click "
                                      "“Accept all confident”.", "", len(suggested))
        binding_problem = self._binding_problem()
        if binding_problem:
            return "error", binding_problem
        return None

    def _binding_problem(self) -> str:
        draft = self.draft
        names = [d.name for d in draft.tidy.dimensions]
        bindings = draft.recipe.get("bindings", {})
        for name, dim in zip(names, draft.tidy.dimensions):
            if name not in bindings and len(set(dim.labels)) > 1:
                return self.tr("Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA "
                               "dimension or sum over it.").format(name=name)
        return ""

    def _update_state(self) -> None:
        draft = self.draft
        if self.loading:
            self.apply_button.setEnabled(False)
            return
        if draft is None:
            self.apply_button.setEnabled(False)
            self.accept_all_button.setEnabled(False)
            self.counts_label.setText("")
            if self.source_id is not None and self.opened.get(self.source_id) is not None:
                opened = self.opened[self.source_id]
                if not opened.fits and self.table_combo.currentIndex() < 0:
                    self.message.show_message("warning", self.tr("No IMILA table was recognised in this source: "
                                                                 "choose the table it feeds."))
            return
        counts = draft.counts()
        # Each count agrees with "labels" in the languages that inflect it: plural forms (%n).
        parts = [self.tr("%Ln label(s)", "", len(draft.rows))]
        if counts["accepted"]:
            parts.append(self.tr("%Ln accepted", "labels", counts["accepted"]))
        if counts["suggested"]:
            parts.append(self.tr("%Ln to review", "labels", counts["suggested"]))
        if counts["confirm"]:
            parts.append(self.tr("%Ln uncertain", "labels", counts["confirm"]))
        if counts["unresolved"]:
            parts.append(self.tr("%Ln without code", "labels", counts["unresolved"]))
        if counts["new"]:
            parts.append(self.tr("%Ln new", "labels", counts["new"]))
        self.counts_label.setText(" · ".join(parts))
        self.accept_all_button.setEnabled(bool(counts["suggested"]))
        problem = self.blocking()
        busy = self.main.job is not None
        self.apply_button.setEnabled(problem is None and not busy)
        if problem is not None:
            self.message.show_message(*problem)
            self.apply_button.setToolTip(problem[1])
            return
        self.apply_button.setToolTip(self.tr("Write the observations of {table} from this source").format(table=draft.table_id))
        fed = draft.table_id in self.fed_tables(draft.source_id)
        if fed and draft.stack.isClean():
            self.apply_button.setEnabled(False)
            self.apply_button.setToolTip(self.tr("These codes are already applied; change a code to apply again."))
            self.message.show_message("ok", self.tr("Applied: the observations of {table} in the project come from "
                                                    "this mapping.").format(table=draft.table_id))
        elif fed:
            self.message.show_message("info", self.tr("Every label has a code. Apply the mapping to replace the "
                                                      "observations of {table} from this source.").format(table=draft.table_id))
        else:
            self.message.show_message("info", self.tr("Every label has a code. Apply the mapping to write the "
                                                      "observations of {table}.").format(table=draft.table_id))

    def _on_draft_changed(self, draft: MappingDraft) -> None:
        if draft is not self.draft:
            return
        self._fill_question_filter()
        self._update_state()
        self._update_selection_actions()
        self.schedule_preview()

    # -- labels ------------------------------------------------------------------
    def _fill_dimension_filter(self) -> None:
        current = self.dimension_filter.currentData()
        with QSignalBlocker(self.dimension_filter):
            self.dimension_filter.clear()
            self.dimension_filter.addItem(self.tr("All"), "")
            self.dimension_filter.setItemData(0, self.tr("Labels of every dimension"), Qt.ItemDataRole.ToolTipRole)
            if self.draft is not None:
                for dim in dict.fromkeys(r.dimension for r in self.draft.rows):
                    self.dimension_filter.addItem(dim, dim)
                    self.dimension_filter.setItemData(self.dimension_filter.count() - 1, dimension_name(dim),
                                                      Qt.ItemDataRole.ToolTipRole)
            position = self.dimension_filter.findData(current)
            self.dimension_filter.setCurrentIndex(max(position, 0))
        self.labels_proxy.set_filter(dimension=self.dimension_filter.currentData() or "")

    def question_text(self, kind: str) -> str:
        return {
            "aggregate": self.tr("Total or aggregate?"), "residual": self.tr("Residual: others of a region?"),
            "country": self.tr("Which country?"), "none": self.tr("No code offered"),
            "other": self.tr("Not stated or another category?"),
        }.get(kind, kind)

    def _fill_question_filter(self) -> None:
        """The labels still to answer, grouped by the question they ask, with how many ask it."""
        current = self.question_filter.currentData()
        counts = self.draft.questions() if self.draft is not None else {}
        with QSignalBlocker(self.question_filter):
            self.question_filter.clear()
            self.question_filter.addItem(self.tr("Questions ({count})").format(count=sum(counts.values())), "")
            self.question_filter.setItemData(0, self.tr("Labels of every kind"), Qt.ItemDataRole.ToolTipRole)
            for kind, count in counts.items():
                if count:
                    self.question_filter.addItem(f"{self.question_text(kind)} ({count})", kind)
            position = self.question_filter.findData(current)
            self.question_filter.setCurrentIndex(max(position, 0))
        self.question_filter.setEnabled(self.question_filter.count() > 1)
        popup = self.question_filter.view()
        popup.setMinimumWidth(popup.sizeHintForColumn(0) + 24)
        chosen = self.question_filter.currentData() or ""
        if chosen != self.labels_proxy.question:  # otherwise leave the rows where they are while being answered
            self.labels_proxy.set_filter(question=chosen)

    def _on_filter_changed(self, *_args) -> None:
        self.labels_proxy.set_filter(self.filter_edit.text(), self.dimension_filter.currentData() or "",
                                     self.attention_check.isChecked(), self.question_filter.currentData() or "")
        self._update_selection_actions()

    def _resize_label_columns(self) -> None:
        view = self.labels_view
        view.setColumnWidth(LabelsModel.STATUS, 28)
        view.resizeColumnToContents(LabelsModel.DIMENSION)
        view.setColumnWidth(LabelsModel.DIMENSION, min(max(view.columnWidth(LabelsModel.DIMENSION), 44), 84))
        for column, low, high in ((LabelsModel.LABEL, 110, 210), (LabelsModel.CODE, 110, 200)):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(max(view.columnWidth(column), low), high))
        view.setColumnWidth(LabelsModel.CONFIDENCE, 78)

    def selected_rows(self) -> list[int]:
        """Draft rows of the selected labels, in view order (the current one when nothing is selected)."""
        if self.draft is None:
            return []
        indexes = self.labels_view.selectionModel().selectedRows()
        if not indexes and self.labels_view.currentIndex().isValid():
            indexes = [self.labels_view.currentIndex()]
        rows = sorted({i.row() for i in indexes})
        return [self.labels_proxy.index(r, 0).data(RowRole) for r in rows]

    def _update_selection_actions(self) -> None:
        rows = self.selected_rows()
        has = bool(rows) and not self.loading
        can_accept = has and any(self.draft.code(r) is not None and not self.draft.rows[r].accepted for r in rows)
        for widget in (self.change_button, self.change_code_action):
            widget.setEnabled(has)
        for widget in (self.leave_out_button, self.leave_out_action, self.clear_code_action):
            widget.setEnabled(has)
        for widget in (self.accept_button, self.accept_action):
            widget.setEnabled(can_accept)

    def select_label(self, label: str, source: str | None = None) -> bool:
        """Make ``label`` the current row of the grid (clearing a filter that hides it)."""
        if self.draft is None:
            return False
        row = self.draft.find(label, source)
        if row is None:
            return False
        view_row = self.labels_model.view_row(row)
        index = self.labels_proxy.mapFromSource(self.labels_model.index(view_row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            self.attention_check.setChecked(False)
            self.dimension_filter.setCurrentIndex(0)
            index = self.labels_proxy.mapFromSource(self.labels_model.index(view_row, 0))
        self.labels_view.setCurrentIndex(index)
        self.labels_view.selectRow(index.row())
        self.labels_view.scrollTo(index)
        return True

    def _labels_menu(self, position) -> None:
        if not self.selected_rows():
            return
        menu = QMenu(self)
        for action in (self.change_code_action, self.accept_action, self.leave_out_action, self.clear_code_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.accept_all_action)
        menu.popup(self.labels_view.viewport().mapToGlobal(position))

    def change_code(self) -> None:
        """Open the code picker for the selected labels."""
        rows = self.selected_rows()
        if not rows or self.draft is None:
            return
        dimensions = {self.draft.rows[r].dimension for r in rows}
        if len(dimensions) > 1:
            self.main.statusBar().showMessage(self.tr("Choose labels of one dimension to give them a code."), 5000)
            return
        first = self.draft.rows[rows[0]]
        national = None
        if first.dimension in PLACE_DIMENSIONS and len(rows) == 1 and LEVEL_JOIN not in first.source:
            from app.mapping.normalize import strip_footnotes

            national = NATIONAL_PREFIX + strip_footnotes(first.label)
        label = first.label if len(rows) == 1 else self.tr("{count} labels").format(count=len(rows))
        if self.picker is not None:
            self.picker.close()
        self.picker = CodePickerDialog(self, first.dimension, label, self.draft.code(rows[0]), national)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.code_chosen.connect(lambda code, r=rows, d=self.draft: self._on_code_chosen(d, r, code))
        self.picker.destroyed.connect(self._forget_picker)
        self.picker.open()

    def _forget_picker(self, *_args) -> None:
        self.picker = None

    def _on_code_chosen(self, draft: MappingDraft, rows: list[int], code: str) -> None:
        if draft is not self.draft:
            return
        self.set_code(rows, code)

    def set_code(self, rows: list[int], code: str | None) -> None:
        """Give the labels of ``rows`` a code (``__drop__`` leaves them out, None removes it), undoably."""
        draft = self.draft
        if draft is None or not rows:
            return
        if all(draft.code(r) == code and (draft.rows[r].accepted or code is None) for r in rows):
            return
        members = None
        first = draft.rows[rows[0]]
        if code and code.startswith("N:"):
            members = workflow.national_members(draft.tidy, draft.recipe, first.source, first.label) or []
        if code == DROP:
            text = self.tr("Leave out “{label}”").format(label=first.label) if len(rows) == 1 else \
                self.tr("Leave out {count} labels").format(count=len(rows))
        elif code is None:
            text = self.tr("Remove the code of “{label}”").format(label=first.label) if len(rows) == 1 else \
                self.tr("Remove the codes of {count} labels").format(count=len(rows))
        else:
            shown = f"{code} {code_label(first.dimension, code)}".strip() if not code.startswith("N:") else code[2:]
            text = self.tr("Code of “{label}”: {code}").format(label=first.label, code=shown) if len(rows) == 1 else \
                self.tr("Code of {count} labels: {code}").format(count=len(rows), code=shown)
        draft.stack.push(SetCodeCommand(draft, rows, code, text, members))

    def accept_selected(self) -> None:
        draft = self.draft
        if draft is None:
            return
        rows = [r for r in self.selected_rows() if draft.code(r) is not None and not draft.rows[r].accepted]
        if rows:
            text = self.tr("Accept “{label}”").format(label=draft.rows[rows[0]].label) if len(rows) == 1 else \
                self.tr("Accept {count} labels").format(count=len(rows))
            draft.stack.push(AcceptCommand(draft, rows, text))

    def accept_all_confident(self) -> None:
        """Accept every suggestion of 90 % or more that is not accepted yet."""
        draft = self.draft
        if draft is None:
            return
        rows = draft.rows_with("suggested")
        if not rows:
            self.main.statusBar().showMessage(self.tr("Every confident suggestion is already accepted."), 4000)
            return
        draft.stack.push(AcceptCommand(draft, rows, self.tr("Accept {count} confident codes").format(count=len(rows))))

    def leave_out_selected(self) -> None:
        self.set_code(self.selected_rows(), DROP)

    def clear_selected(self) -> None:
        self.set_code(self.selected_rows(), None)

    # -- bindings -----------------------------------------------------------------
    def _sync_binding_editors(self) -> None:
        model, view = self.bindings_model, self.bindings_view
        for row in range(model.rowCount()):
            for column in (BindingsModel.TARGET, BindingsModel.TOTAL):
                index = model.index(row, column)
                wanted = column == BindingsModel.TARGET or model.target(row) == SUM
                if view.isPersistentEditorOpen(index):
                    view.closePersistentEditor(index)
                if wanted:
                    view.openPersistentEditor(index)
        self._fit_bindings_height()

    def _fit_bindings_height(self) -> None:
        summed = any(self.bindings_model.target(r) == SUM for r in range(self.bindings_model.rowCount()))
        self.bindings_view.setColumnHidden(BindingsModel.TOTAL, not summed)
        self._fit_binding_columns()
        rows = max(self.bindings_model.rowCount(), 1)
        header = self.bindings_view.horizontalHeader().sizeHint().height()
        self.bindings_view.setFixedHeight(header + rows * self.bindings_view.verticalHeader().defaultSectionSize() + 4)

    def request_binding(self, source: str, target: str) -> None:
        """Bind a source dimension anew; its labels are suggested again on the worker, then the change is pushed."""
        draft = self.draft
        if draft is None:
            return
        version = draft.version
        recipe = copy.deepcopy(draft.recipe)
        self._set_loading(True, self.tr("Suggesting codes for “{dimension}”…").format(dimension=source))
        job = self._start(rebind, recipe, draft.tidy, source, target)
        job.succeeded.connect(lambda plan, d=draft, v=version, s=source, t=target: self._on_rebound(d, v, s, t, plan))
        job.failed.connect(lambda _exc, d=draft: d.bindings_changed.emit())

    def _on_rebound(self, draft: MappingDraft, version: int, source: str, target: str, plan) -> None:
        self._set_loading(False)
        if draft not in self.drafts.values():  # another project was opened meanwhile
            return
        if draft.version != version:  # the mapping changed meanwhile: the answer is for another state
            draft.bindings_changed.emit()
            return
        text = self.tr("Bind “{dimension}” to {target}").format(dimension=source,
                                                                 target=self.bindings_model.target_text(target))
        draft.stack.push(ReplacePlanCommand(draft, plan, text))
        self._resize_label_columns()

    # -- preview ------------------------------------------------------------------
    def schedule_preview(self, immediately: bool = False) -> None:
        if self.draft is None:
            return
        self.preview_timer.start(0 if immediately else PREVIEW_DELAY_MS)

    def _run_preview(self) -> None:
        draft = self.draft
        if draft is None:
            return
        version = draft.version
        if self._preview_version == (id(draft), version):
            return
        job = self._start(workflow.preview_mapping, draft.tidy, copy.deepcopy(draft.recipe))
        job.succeeded.connect(lambda preview, d=draft, v=version: self._on_preview(d, v, preview))
        job.failed.disconnect(self._on_job_failed)
        job.failed.connect(lambda exc, d=draft, v=version: self._on_preview_failed(d, v, exc))

    def _on_preview(self, draft: MappingDraft, version: int, preview) -> None:
        if draft is not self.draft or draft.version != version:
            return
        self._preview_version = (id(draft), version)
        self._preview_observations = preview.observations
        self._preview_left_out = preview.left_out
        self._preview_problem = ""
        self._fill_fixed_choices()
        self._show_preview()

    def _on_preview_failed(self, draft: MappingDraft, version: int, exc: BaseException) -> None:
        if draft is not self.draft or draft.version != version:
            return
        if not isinstance(exc, ImilaError):
            from app.ui.app import show_error

            show_error(self, exc)
            return
        self._preview_version = (id(draft), version)
        self._preview_observations = []
        self._preview_problem = exc.message(current_language())
        self._show_preview()

    def _fill_preview_controls(self) -> None:
        draft = self.draft
        dims = list(load_schema().table(draft.table_id).dimensions) if draft is not None else []
        bound = draft.bound_dimensions() if draft is not None else []
        axes = bound or dims
        rows_current, cols_current = self.rows_combo.currentData(), self.cols_combo.currentData()
        default_rows = next((d for d in PLACE_FIRST if d in axes), axes[0] if axes else "")
        default_cols = "SEX" if "SEX" in axes and default_rows != "SEX" else next((d for d in axes if d != default_rows), "")
        for combo, current, default in ((self.rows_combo, rows_current, default_rows),
                                        (self.cols_combo, cols_current, default_cols)):
            with QSignalBlocker(combo):
                combo.clear()
                for dim in axes:
                    combo.addItem(dim, dim)
                    combo.setItemData(combo.count() - 1, dimension_name(dim), Qt.ItemDataRole.ToolTipRole)
                position = combo.findData(current if current in axes else default)
                combo.setCurrentIndex(max(position, 0))
        if self.rows_combo.currentData() == self.cols_combo.currentData() and len(axes) > 1:
            with QSignalBlocker(self.cols_combo):
                self.cols_combo.setCurrentIndex(self.cols_combo.findData(default_cols))
        held = [d for d in axes if d not in (self.rows_combo.currentData(), self.cols_combo.currentData())]
        for dim in list(self.fixed_combos):
            if dim not in held:
                caption, combo = self.fixed_combos.pop(dim)
                caption.deleteLater()
                combo.deleteLater()
        for dim in held:
            if dim not in self.fixed_combos:
                caption = QLabel(f"· {dim}")
                combo = QComboBox()
                combo.setObjectName(f"mapPreviewFixed{dim}")
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.activated.connect(lambda _i: self._show_preview())
                self.fixed_box.addWidget(caption)
                self.fixed_box.addWidget(combo)
                self.fixed_combos[dim] = (caption, combo)
            self.fixed_combos[dim][0].setToolTip(dimension_name(dim))
        self._fill_fixed_choices()
        title = self.tr("Preview of {table}").format(table=draft.table_id) if draft is not None else self.tr("Preview")
        self.preview_title.setText(title)

    def _fill_fixed_choices(self) -> None:
        for dim, (_caption, combo) in self.fixed_combos.items():
            codes = list(dict.fromkeys(o.get(dim) for o in self._preview_observations if o.get(dim)))
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for code in codes:
                    combo.addItem(code_label(dim, code) if code != "_T" else self.tr("Total"), code)
                position = combo.findData(current if current in codes else "_T")
                combo.setCurrentIndex(position if position >= 0 else 0)

    def _on_pivot_axes(self, changed: QComboBox) -> None:
        other = self.cols_combo if changed is self.rows_combo else self.rows_combo
        if changed.currentData() == other.currentData():
            # The same dimension down and across: swap them instead.
            dims = [changed.itemData(i) for i in range(changed.count())]
            free = [d for d in dims if d != changed.currentData()]
            if free:
                with QSignalBlocker(other):
                    other.setCurrentIndex(other.findData(free[0]))
        self._fill_preview_controls()
        self._show_preview()

    def _show_preview(self) -> None:
        draft = self.draft
        if draft is None:
            self.preview_model.clear()
            self.preview_note.setText("")
            return
        if self._preview_problem:
            self.preview_model.clear()
            self.preview_note.setText(self._preview_problem)
            return
        fixed = {}
        for dim in load_schema().table(draft.table_id).dimensions:
            if dim in (self.rows_combo.currentData(), self.cols_combo.currentData()):
                continue
            if dim in self.fixed_combos:
                fixed[dim] = self.fixed_combos[dim][1].currentData() or "_T"
            else:
                fixed[dim] = "_T"
        self.preview_model.set_pivot(self._preview_observations, self.rows_combo.currentData() or "",
                                     self.cols_combo.currentData() or "", fixed)
        self.preview_view.resizeColumnToContents(0)
        self.preview_view.setColumnWidth(0, min(self.preview_view.columnWidth(0), 150))
        for column in range(1, self.preview_model.columnCount()):
            self.preview_view.resizeColumnToContents(column)
        notes = []
        left_out = [label for labels in self._preview_left_out.values() for label in labels]
        if left_out:
            shown = ", ".join(f"“{x}”" for x in left_out[:4]) + (" …" if len(left_out) > 4 else "")
            notes.append(self.tr("Not in the preview, without a code: {labels}.").format(labels=shown))
        held = [f"{dim} = {code_label(dim, code) if code != '_T' else self.tr('Total')}" for dim, code in fixed.items()]
        if held:
            notes.append(self.tr("Other dimensions at: {held}.").format(held=", ".join(held)))
        self.preview_note.setText(" ".join(notes))

    # -- apply ----------------------------------------------------------------------
    def apply_mapping(self) -> None:
        """Write the observations of the mapping on the worker, in one transaction."""
        draft = self.draft
        if draft is None or self.project is None:
            return
        problem = self.blocking()
        if problem is not None:
            self.message.show_message(*problem)
            return
        recipe = self.recipe_for_file(draft)
        job = self.main.start_job(workflow.map_source, draft.source_id, recipe, project_path=self.project.path,
                                  title=self.tr("Writing the observations of {table}").format(table=draft.table_id))
        if job is None:
            return
        self.apply_button.setEnabled(False)
        job.succeeded.connect(lambda written, d=draft, i=draft.stack.index(): self._on_applied(d, i, written))
        job.finished.connect(self._after_apply)

    def _on_applied(self, draft: MappingDraft, index: int, written: dict) -> None:
        if draft.stack.index() == index:
            draft.stack.setClean()
        count = sum(written.values()) if isinstance(written, dict) else 0
        self.main.statusBar().showMessage(self.tr("%Ln observation(s) written to {table}.", "", count).format(
            table=draft.table_id), 6000)
        self.main.data_changed()
        self.show_review()

    def _after_apply(self) -> None:
        # The data changed: the checks run again, so the Check page's counts follow the new mapping.
        def rerun() -> None:
            check = self.main.pages.get("check")
            if check is not None and hasattr(check, "run_checks") and self.main.job is None:
                check.run_checks()
            self._update_state()

        QTimer.singleShot(0, rerun)

    # -- recipes and memory ---------------------------------------------------------
    def recipe_for_file(self, draft: MappingDraft) -> dict:
        """A copy of the draft's recipe that also says how the source was read, so that it replays on
        the next file of the same shape (GUI or CLI)."""
        recipe = copy.deepcopy(draft.recipe)
        try:
            settings = dict(self.project.source(draft.source_id).get("settings") or {})
        except KeyError:
            return recipe
        sheet = settings.pop("table", None) or recipe.get("import", {}).get("sheet")
        recipe["import"] = {**{k: v for k, v in settings.items() if v is not None}, **({"sheet": sheet} if sheet else {})}
        return recipe

    def save_recipe_dialog(self) -> None:
        draft = self.draft
        if draft is None:
            return
        source = self.project.source(draft.source_id)
        suggested = Path(self.main.settings.folder("recipes") or Path.home()) / \
            f"{Path(source['name']).stem}_{draft.table_id}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recipe"), str(suggested),
                                              self.tr("Mapping recipes (*.json)"))
        if path:
            self.save_recipe(path)

    def save_recipe(self, path: str | Path) -> Path:
        """Write the current recipe as JSON (the same form the CLI replays)."""
        path = Path(path)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        from app.mapping.recipe import dumps

        try:
            path.write_text(dumps(self.recipe_for_file(self.draft)), encoding="utf-8")
        except OSError as exc:
            self.message.show_message("error", self.tr("The recipe could not be written to {path}: {error}")
                                      .format(path=str(path), error=exc.strerror or str(exc)))
            return path
        self.main.settings.set_folder("recipes", path.parent)
        self.main.statusBar().showMessage(self.tr("Recipe saved to {path}.").format(path=str(path)), 6000)
        return path

    def apply_recipe_dialog(self) -> None:
        if self.source_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Apply recipe"), self.main.settings.folder("recipes"),
                                              self.tr("Mapping recipes (*.json);;All files (*)"))
        if path:
            self.apply_recipe_file(path)

    def apply_recipe_file(self, path: str | Path) -> None:
        """Replay a recipe file on the open source: known labels keep their codes, new ones are suggested and marked."""
        opened = self.opened.get(self.source_id) if self.source_id is not None else None
        if opened is None:
            return
        from app.mapping.recipe import loads

        try:
            recipe = loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            from app.ui.app import show_error

            show_error(self, MappingError("mapping.bad_recipe", detail=exc.strerror or str(exc)))
            return
        except ImilaError as exc:
            from app.ui.app import show_error

            show_error(self, exc)
            return
        self.main.settings.set_folder("recipes", Path(path).parent)
        source_id, table_id = self.source_id, recipe["table"]
        self._set_loading(True, self.tr("Replaying the recipe “{name}”…").format(name=recipe.get("name", "")))
        job = self._start(plan_for_table, opened.tidy, table_id, recipe)
        job.succeeded.connect(lambda plan, s=source_id, n=Path(path).name, g=self._generation:
                              self._on_recipe_planned(s, plan, n, g))

    def _on_recipe_planned(self, source_id: int, plan, file_name: str, generation: int) -> None:
        self._set_loading(False)
        if generation != self._generation or source_id not in self.opened:
            return
        table_id = plan.recipe["table"]
        draft = self.drafts.get((source_id, table_id))
        if draft is None:
            draft = self._add_draft(source_id, self.opened[source_id].tidy, plan)
        else:
            draft.stack.push(ReplacePlanCommand(draft, plan, self.tr("Apply recipe {file}").format(file=file_name)))
        self.last_table[source_id] = table_id
        if self.source_id == source_id:
            self._show_draft(draft)
        new = len(plan.new)
        self.main.statusBar().showMessage(
            self.tr("Recipe applied: %n new label(s) to review.", "", new) if new
            else self.tr("Recipe applied: every label was known."), 6000)

    def export_memory_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export mapping memory"),
                                              str(Path(self.main.settings.folder("recipes") or Path.home())
                                                  / "mapping_memory.json"),
                                              self.tr("Mapping memory (*.json)"))
        if path:
            self.export_memory(path)

    def export_memory(self, path: str | Path):
        job = self.main.start_job(export_memory, str(path), title=self.tr("Exporting the mapping memory"))
        if job is not None:
            job.succeeded.connect(lambda count, p=str(path): self.main.statusBar().showMessage(
                self.tr("%Ln remembered code(s) exported to {path}.", "", count).format(path=p), 6000))
        return job

    def import_memory_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import mapping memory"), self.main.settings.folder("recipes"),
                                              self.tr("Mapping memory (*.json);;All files (*)"))
        if path:
            self.import_memory(path)

    def import_memory(self, path: str | Path):
        job = self.main.start_job(import_memory, str(path), title=self.tr("Importing a mapping memory"))
        if job is not None:
            job.succeeded.connect(lambda count: self.main.statusBar().showMessage(
                self.tr("%Ln code(s) added to your mapping memory; they are suggested from now on.", "", count),
                6000))
        return job


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

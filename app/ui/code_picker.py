"""The code picker: choose the IMILA code of a source label from a filterable code list.

Typing filters the list on codes, names in the four languages and the
aliases real tables use ("EE.UU.", "Reino Unido"), accents and case ignored;
a code the list's patterns accept but does not enumerate (an age group
"15-19") can be typed as such. Besides codes the picker offers to leave the
label out of the table and, on place dimensions, to treat it as a national
subtotal. Enter or a double-click chooses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from app.ui.mapping_models import CodeFilterModel, CodeListModel, code_label, dimension_name

PLACE_DIMENSIONS = ("COB", "RES5", "COR")


class CodePickerDialog(QDialog):
    """Pick one code of ``dimension`` for ``label``; ``code_chosen`` carries it when the user confirms."""

    code_chosen = Signal(str)

    def __init__(self, parent: QWidget | None, dimension: str, label: str, current: str | None,
                 national: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.dimension = dimension
        self.label = label
        self.current = current
        self.model = CodeListModel(dimension, national if dimension in PLACE_DIMENSIONS else None, self)
        self.proxy = CodeFilterModel(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("hint")
        self.subheading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("codeFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.view = QTableView()
        self.view.setObjectName("codeList")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(CodeListModel.CODE, 70)
        self.view.setColumnWidth(CodeListModel.NAME, 260)
        self.view.setColumnWidth(CodeListModel.KIND, 170)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.retranslateUi()
        self._select(current)
        self._update_buttons()
        self.resize(720, 480)
        self.filter.setFocus()

    # -- texts -------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Choose a code"))
        self.heading.setText(self.tr("Code for “{label}”").format(label=self.label))
        current = self.current
        if current is None:
            now = self.tr("no code yet")
        elif current == "__drop__":
            now = self.tr("left out")
        else:
            now = f"{current} · {code_label(self.dimension, current)}"
        self.subheading.setText(self.tr("{dimension} ({id}) · now: {current}").format(
            dimension=dimension_name(self.dimension), id=self.dimension, current=now))
        self.filter.setPlaceholderText(self.tr("Type a code, a name or another name it is known by"))
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- behaviour -----------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self.model.set_free_code(text.strip() or None)
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self._select_proxy_row(self._best_row())
        self._update_count()
        self._update_buttons()

    def _best_row(self) -> int:
        """The first real code the filter keeps (before "leave out", which always stays)."""
        typed = self.filter.text().strip().casefold()
        first = -1
        for row in range(self.proxy.rowCount()):
            code = self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
            if typed and str(code).casefold() == typed:
                return row
            if first < 0 and code != "__drop__":
                first = row
        return max(first, 0)

    def _select(self, code: str | None) -> None:
        source_row = self.model.row_of(code) if code is not None else -1
        if source_row < 0:
            self._select_proxy_row(0)
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self._select_proxy_row(index.row())

    def _select_proxy_row(self, row: int) -> None:
        if not 0 <= row < self.proxy.rowCount():
            return
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_count(self) -> None:
        shown = max(0, self.proxy.rowCount() - 1 - (1 if self.model.free is not None else 0))
        self.count.setText(self.tr("Codes shown: {count}").format(count=shown))

    def _update_buttons(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.selected_code() is not None)

    def selected_code(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)

    def choose(self, code: str) -> bool:
        """Select ``code`` in the list (as a click would); False when the list does not offer it."""
        self.filter.clear()
        source_row = self.model.row_of(code)
        if source_row < 0:
            return False
        self._select_proxy_row(self.proxy.mapFromSource(self.model.index(source_row, 0)).row())
        return True

    def eventFilter(self, watched, event) -> bool:
        # Up and down in the filter move through the list: typing and choosing without the mouse.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[event.key()]
                row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
                self._select_proxy_row(max(0, min(self.proxy.rowCount() - 1, row + step)))
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        super().accept()
        self.code_chosen.emit(code)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.filter.setFocus()
            self.filter.selectAll()
            return
        super().keyPressEvent(event)

"""The workshop checklist, docked beside the pages while an exercise's project is open.

It shows the exercise's title, what to do, and its checklist. The boxes
tick themselves: ``app.workshop.checklist`` re-evaluates every item on the
project file (on the worker thread — it runs the checks, about a second),
after each change the main window makes (``data_refreshed``), after each of
its jobs, and every few seconds while the panel is visible when the file
changed on disk (so a change made from the command line counts too).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget,
)

from app import workshop
from app.ui.i18n import current_language
from app.ui.style import ACCENT, MUTED
from app.ui.worker import run_job

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

POLL_MS = 3000
DOCK_WIDTH = 330

PANEL_STYLE = f"""
QWidget#workshopPanel {{ background: #f7f9fb; }}
QLabel#workshopTitle {{ font-size: 13pt; font-weight: 600; color: #1d2b3a; }}
QLabel#workshopProgress {{ color: {MUTED}; }}
QLabel#workshopSteps {{ color: #243447; }}
QFrame#workshopDone {{ background: #e7f4ea; border: 1px solid #9fd3ab; border-radius: 6px; }}
QLabel#workshopDoneText {{ color: #1e6b34; font-weight: 600; }}
QProgressBar {{ border: none; background: #dde6ef; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
QCheckBox::indicator {{ width: 16px; height: 16px; }}
"""


class ChecklistRow(QWidget):
    """A box the program ticks (not the user) and the item's text, wrapped."""

    def __init__(self, item_id: str) -> None:
        super().__init__()
        self.item_id = item_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(8)
        self.box = QCheckBox()
        self.box.setObjectName(f"checklist_{item_id}")
        self.box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_state(self, text: str, done: bool) -> None:
        self.label.setText(text)
        self.box.setChecked(done)
        self.box.setAccessibleName(text)
        self.label.setStyleSheet(f"color: {MUTED};" if done else "color: #1d2b3a;")

    @property
    def done(self) -> bool:
        return self.box.isChecked()


class WorkshopPanel(QWidget):
    """The open exercise: title, instructions, a checklist that follows the project."""

    def __init__(self, main: "MainWindow") -> None:
        super().__init__()
        self.main = main
        self.setObjectName("workshopPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PANEL_STYLE)
        self.exercise_id: str | None = None
        self.project_path: str | None = None
        self.results: dict[str, bool] = {}
        self.evaluated = False  # the checklist was evaluated at least once for this project
        self.job = None
        self._again = False
        self._signature: tuple | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("workshopProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(6)
        for widget in (self.title, self.progress_label, self.progress_bar):
            outer.addWidget(widget)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("workshopPanel")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 4, 4, 4)
        inner.setSpacing(6)
        self.checklist_title = QLabel()
        self.checklist_title.setObjectName("sectionTitle")
        self.checklist_box = QVBoxLayout()
        self.checklist_box.setSpacing(2)
        self.done_frame = QFrame()
        self.done_frame.setObjectName("workshopDone")
        done_layout = QVBoxLayout(self.done_frame)
        done_layout.setContentsMargins(10, 8, 10, 8)
        self.done_text = QLabel()
        self.done_text.setObjectName("workshopDoneText")
        self.done_text.setWordWrap(True)
        done_layout.addWidget(self.done_text)
        self.done_frame.hide()
        self.steps_title = QLabel()
        self.steps_title.setObjectName("sectionTitle")
        self.steps = QLabel()
        self.steps.setObjectName("workshopSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.checklist_title)
        inner.addLayout(self.checklist_box)
        inner.addWidget(self.done_frame)
        inner.addSpacing(6)
        inner.addWidget(self.steps_title)
        inner.addWidget(self.steps)
        inner.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.rows: dict[str, ChecklistRow] = {}

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("workshopRefresh")
        self.refresh_button.clicked.connect(self.refresh_now)
        self.exercises_button = QPushButton()
        self.exercises_button.setObjectName("workshopExercises")
        self.exercises_button.clicked.connect(self._open_exercises)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.exercises_button)
        outer.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.retranslateUi()

    # -- following the main window ---------------------------------------------------
    def follow_project(self) -> None:
        """The main window opened another project: show this exercise's checklist, or nothing."""
        project = self.main.project
        path = str(project.path) if project is not None else None
        exercise_id = workshop.exercise_for_project(path) if path else None
        if path == self.project_path and exercise_id == self.exercise_id:
            return
        self.project_path = path if exercise_id else None
        self.exercise_id = exercise_id
        self.results = {}
        self.evaluated = False
        self._signature = None
        self._build_rows()
        self.retranslateUi()
        if exercise_id:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Re-evaluate the checklist on the worker thread (once more after the running evaluation)."""
        if not self.exercise_id or not self.project_path:
            return
        if self.job is not None:
            self._again = True
            return
        self._signature = self._file_signature()
        path, exercise_id = self.project_path, self.exercise_id
        search = [str(Path(path).parent)]
        job = run_job(workshop.checklist, path, exercise_id, search=search, parent=self)
        self.job = job
        job.succeeded.connect(lambda results: self._on_results(path, exercise_id, results))
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        self.refresh_button.setEnabled(False)

    def refresh_now(self) -> None:
        self.schedule_refresh()

    def _on_results(self, path: str, exercise_id: str, results) -> None:
        if path != self.project_path or exercise_id != self.exercise_id:
            return  # another project was opened meanwhile
        before = dict(self.results)
        self.results = {item.id: bool(done) for item, done in results}
        self.evaluated = True
        self._show_results()
        newly = [i for i, done in self.results.items() if done and not before.get(i) and before]
        if newly and all(self.results.values()):
            self.main.statusBar().showMessage(self.tr("Exercise complete: well done!"), 8000)
        elif newly:
            self.main.statusBar().showMessage(self.tr("Checklist: one more item done."), 5000)

    def _on_failed(self, exc: BaseException) -> None:
        # The project may be mid-change or gone (reset): the next change evaluates again.
        self._signature = None

    def _on_finished(self) -> None:
        self.job = None
        self.refresh_button.setEnabled(bool(self.exercise_id))
        if self._again:
            self._again = False
            self.schedule_refresh()

    def _file_signature(self) -> tuple | None:
        """Cheap: size and time of the project file and its write-ahead log."""
        if not self.project_path:
            return None
        parts = []
        for suffix in ("", "-wal"):
            try:
                stat = os.stat(self.project_path + suffix)
                parts.append((stat.st_mtime_ns, stat.st_size))
            except OSError:
                parts.append(None)
        return tuple(parts)

    def _poll(self) -> None:
        if self.exercise_id and self.job is None and self._file_signature() != self._signature:
            self.schedule_refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _open_exercises(self) -> None:
        from app.ui.workshop_dialog import open_workshop_dialog

        open_workshop_dialog(self.main)

    # -- display --------------------------------------------------------------------------
    def _exercise(self):
        try:
            return workshop.exercise(self.exercise_id) if self.exercise_id else None
        except workshop.WorkshopError:
            return None

    def _build_rows(self) -> None:
        for row in self.rows.values():
            self.checklist_box.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        item = self._exercise()
        if item is None:
            return
        for entry in item.items:
            row = ChecklistRow(entry.id)
            self.rows[entry.id] = row
            self.checklist_box.addWidget(row)

    def _show_results(self) -> None:
        item = self._exercise()
        if item is None:
            return
        lang = current_language()
        for entry in item.items:
            row = self.rows.get(entry.id)
            if row is not None:
                row.set_state(entry.label(lang), self.results.get(entry.id, False))
        total = len(item.items)
        done = sum(1 for entry in item.items if self.results.get(entry.id))
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        if self.evaluated:
            self.progress_label.setText(self.tr("{done} of {total} done").format(done=done, total=total))
        else:
            self.progress_label.setText(self.tr("Checking your project…"))
        self.done_frame.setVisible(self.evaluated and done == total and total > 0)

    def is_done(self, item_id: str) -> bool:
        return self.results.get(item_id, False)

    def retranslateUi(self) -> None:
        lang = current_language()
        item = self._exercise()
        self.checklist_title.setText(self.tr("Checklist"))
        self.steps_title.setText(self.tr("What to do"))
        self.done_text.setText(self.tr("Every item is done: this exercise is complete. Open the next one from "
                                       "“Exercises…”."))
        self.refresh_button.setText(self.tr("Check again"))
        self.refresh_button.setToolTip(self.tr("The list also updates by itself after each change"))
        self.exercises_button.setText(self.tr("Exercises…"))
        if item is None:
            self.title.setText("")
            self.steps.setText("")
            self.progress_label.setText("")
            return
        self.title.setText(item.title(lang))
        steps = "".join(f"<li style='margin-bottom:6px'>{_escape(step)}</li>" for step in item.steps(lang))
        self.steps.setText(f"<ol style='margin-left:-18px'>{steps}</ol>")
        self._show_results()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WorkshopDock(QDockWidget):
    """The dock that carries the panel; shown only while an exercise's project is open."""

    def __init__(self, main: "MainWindow") -> None:
        super().__init__(main)
        self.setObjectName("workshopDock")
        self.main = main
        self._sized = False
        self.panel = WorkshopPanel(main)
        self.setWidget(self.panel)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.setMinimumWidth(240)
        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setObjectName("workshopChecklistAction")
        self.retranslateUi()

    def follow_project(self) -> None:
        self.panel.follow_project()
        active = self.panel.exercise_id is not None
        self.toggle_action.setEnabled(active)
        self.setVisible(active)
        if active:
            if not self._sized and not self.isFloating():
                self._sized = True  # a width the instructions read well in; the user may change it
                self.main.resizeDocks([self], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            self.raise_()
            self.panel.retranslateUi()

    def retranslateUi(self) -> None:
        self.toggle_action.setText(self.tr("Workshop &checklist"))
        self.setWindowTitle(self.tr("Workshop exercise"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def install_workshop_panel(main: "MainWindow") -> WorkshopDock:
    """Add the (hidden) workshop dock to ``main`` and make it follow the project and its changes."""
    dock = WorkshopDock(main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    dock.toggle_action.setEnabled(False)
    main.project_changed.connect(dock.follow_project)
    main.busy_changed.connect(lambda busy: None if busy else dock.panel.schedule_refresh())
    if hasattr(main, "data_refreshed"):
        main.data_refreshed.connect(dock.panel.schedule_refresh)
    return dock

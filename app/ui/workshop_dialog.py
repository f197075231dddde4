"""Help → Workshop exercises…: the bundled exercises, where each participant stands, and the trainer's report.

Each exercise is listed with its summary in the interface language and its
status (not started, in progress with the items done, done), read on the
worker thread by ``workshop.progress_summary``. Start and Continue open the
exercise's project in the main window, where the checklist panel follows it;
Start over throws the attempt away after a confirmation; Export progress…
writes the participant's report (JSON and CSV) for the trainer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app import workshop
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.worker import run_job

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


class ExercisesModel(QAbstractTableModel):
    """The exercises in workshop order: title, time, status (unknown until the worker has read it)."""

    COLUMNS = ("title", "minutes", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.exercises = workshop.exercises()
        self.status: dict[str, dict] = {}

    def set_status(self, summary: dict) -> None:
        self.status = {row["exercise"]: row for row in summary.get("exercises", [])}
        if self.exercises:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.exercises) - 1, len(self.COLUMNS) - 1))

    def exercise_at(self, row: int):
        return self.exercises[row] if 0 <= row < len(self.exercises) else None

    def row_of(self, exercise_id: str) -> int:
        return next((i for i, e in enumerate(self.exercises) if e.id == exercise_id), -1)

    def state(self, exercise_id: str) -> str:
        """"unknown", "new", "started" or "done"."""
        row = self.status.get(exercise_id)
        if row is None:
            return "unknown"
        if row.get("complete"):
            return "done"
        return "started" if row.get("started") else "new"

    def status_text(self, exercise_id: str) -> str:
        row = self.status.get(exercise_id) or {}
        state = self.state(exercise_id)
        if state == "unknown":
            return self.tr("…")
        if state == "done":
            return self.tr("Done")
        if state == "started":
            return self.tr("In progress: {done} of {total}").format(done=row.get("items_done", 0),
                                                                     total=row.get("items_total", 0))
        return self.tr("Not started")

    # -- Qt API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.exercises)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return (self.tr("Exercise"), self.tr("Time"), self.tr("Status"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.exercises) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        item = self.exercises[index.row()]
        column = self.COLUMNS[index.column()]
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return f"{index.row() + 1}. {item.title(lang)}"
            if column == "minutes":
                return self.tr("{minutes} min").format(minutes=item.minutes)
            return self.status_text(item.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return item.summary(lang)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            state = self.state(item.id)
            if state == "done":
                return icon("ok")
            if state == "started":
                return icon("info")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "minutes":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return item.id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.exercises:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.exercises) - 1, len(self.COLUMNS) - 1))


class ExportProgressDialog(QDialog):
    """The participant's name and where to write the progress report."""

    def __init__(self, parent: QWidget | None, participant: str, path: str) -> None:
        super().__init__(parent)
        self.setObjectName("exportProgressDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.participant = QLineEdit(participant)
        self.participant.setObjectName("participantName")
        path_row = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setObjectName("progressPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_path)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.participant_label, self.path_label = QLabel(), QLabel()
        form.addRow(self.participant_label, self.participant)
        form.addRow(self.path_label, path_row)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(560, 0)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export progress"))
        self.intro.setText(self.tr("A report of the exercises done, for the trainer: a JSON file and a CSV file "
                                   "beside it."))
        self.participant_label.setText(self.tr("Participant:"))
        self.path_label.setText(self.tr("File:"))
        self.browse.setText(self.tr("Browse…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export progress"), self.path.text(),
                                              self.tr("Progress report (*.json)"))
        if path:
            self.path.setText(path if path.lower().endswith(".json") else path + ".json")

    def values(self) -> tuple[str, str]:
        return self.participant.text().strip(), self.path.text().strip()

    def accept(self) -> None:
        participant, path = self.values()
        if not participant:
            self.problem.setText(self.tr("Write the participant's name."))
            return
        if not path:
            self.problem.setText(self.tr("Choose where to write the report."))
            return
        super().accept()


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text.strip(), flags=re.UNICODE).strip("-") or "participant"


class WorkshopDialog(QDialog):
    """The list of exercises with Start, Continue, Start over and Export progress…"""

    def __init__(self, main: "MainWindow") -> None:
        super().__init__(main)
        self.setObjectName("workshopDialog")
        self.main = main
        self.status_job = None
        self.confirm_box: QMessageBox | None = None
        self.export_dialog: ExportProgressDialog | None = None
        self.last_export: tuple[Path, Path] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("pageDescription")
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("hint")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("workshopFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)

        self.model = ExercisesModel(self)
        self.view = QTableView()
        self.view.setObjectName("exercisesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_details())
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.view, 1)

        self.details = QFrame()
        self.details.setObjectName("card")
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(14, 10, 14, 12)
        self.details_title = QLabel()
        self.details_title.setObjectName("sectionTitle")
        self.details_title.setWordWrap(True)
        self.details_text = QLabel()
        self.details_text.setWordWrap(True)
        self.details_text.setMinimumHeight(40)
        self.details_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details_text)
        layout.addWidget(self.details)

        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("workshopStart")
        self.start_button.clicked.connect(self.start_selected)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("workshopContinue")
        self.continue_button.clicked.connect(self.start_selected)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("workshopReset")
        self.reset_button.clicked.connect(self.reset_selected)
        self.export_button = QPushButton()
        self.export_button.setObjectName("workshopExport")
        self.export_button.clicked.connect(self.export_progress)
        self.close_button = QPushButton()
        self.close_button.setObjectName("workshopClose")
        self.close_button.clicked.connect(self.reject)
        for button in (self.start_button, self.continue_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.resize(860, 600)
        current = workshop.exercise_for_project(main.project.path) if main.project is not None else None
        self.select(current or (self.model.exercises[0].id if self.model.exercises else ""))
        self.reload_status()

    # -- texts --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Workshop exercises"))
        self.heading.setText(self.tr("Workshop exercises"))
        self.intro.setText(self.tr("Practise each step on the census of a fictional country. Each exercise opens "
                                   "its own project; its checklist beside the pages ticks itself as you work."))
        self.folder_label.setText(self.tr("Your work is kept in {folder}").format(folder=self.folder()))
        self.folder_button.setText(self.tr("Change folder…"))
        self.start_button.setText(self.tr("Start"))
        self.continue_button.setText(self.tr("Continue"))
        self.reset_button.setText(self.tr("Start over…"))
        self.export_button.setText(self.tr("Export progress…"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._update_details()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def folder(self) -> Path:
        chosen = self.main.settings.workshop_folder
        return Path(chosen) if chosen else workshop.default_folder()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the workshop exercises"), str(self.folder()))
        if folder:
            self.main.settings.workshop_folder = folder
            self.retranslateUi()
            self.reload_status()

    def select(self, exercise_id: str) -> None:
        row = self.model.row_of(exercise_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        item = self.model.exercise_at(index.row()) if index.isValid() else None
        return item.id if item is not None else None

    def reload_status(self) -> None:
        """Read every exercise's status on the worker (the checklists run the checks)."""
        if self.status_job is not None:
            return
        job = run_job(workshop.progress_summary, str(self.folder()), "", current_language(), parent=self)
        self.status_job = job
        job.succeeded.connect(self._on_status)
        job.finished.connect(self._status_finished)
        self._update_details()

    def _on_status(self, summary: dict) -> None:
        self.model.set_status(summary)
        self._update_details()

    def _status_finished(self) -> None:
        self.status_job = None
        self._update_details()

    def _update_details(self) -> None:
        exercise_id = self.selected_id()
        busy = self.main.job is not None
        if exercise_id is None:
            self.details_title.setText("")
            self.details_text.setText("")
            for button in (self.start_button, self.continue_button, self.reset_button):
                button.setEnabled(False)
            return
        item = workshop.exercise(exercise_id)
        lang = current_language()
        self.details_title.setText(item.title(lang))
        self.details_text.setText(item.summary(lang))
        state = self.model.state(exercise_id)
        self.start_button.setEnabled(state == "new" and not busy)
        self.continue_button.setEnabled(state in ("started", "done") and not busy)
        self.reset_button.setEnabled(state in ("started", "done") and not busy)
        self.start_button.setDefault(state == "new")
        self.continue_button.setDefault(state in ("started", "done"))

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        if self.model.state(self.selected_id() or "") != "unknown":
            self.start_selected()

    def start_selected(self) -> None:
        """Start the selected exercise (or carry on with it) and open its project."""
        exercise_id = self.selected_id()
        if exercise_id is None:
            return
        item = workshop.exercise(exercise_id)
        job = self.main.start_job(workshop.start_exercise, exercise_id, str(self.folder()),
                                  title=self.tr("Preparing “{title}”").format(title=item.title(current_language())))
        if job is not None:
            job.succeeded.connect(self._open_exercise)
            job.finished.connect(self._update_details)
        self._update_details()

    def _open_exercise(self, path) -> None:
        if self.main.open_project_path(path):
            self.main.show_page("project")
            self.accept()

    def reset_selected(self) -> None:
        """Ask, then throw the attempt away and start the exercise again."""
        exercise_id = self.selected_id()
        if exercise_id is None:
            return
        item = workshop.exercise(exercise_id)
        box = QMessageBox(self)
        box.setObjectName("workshopConfirmReset")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Start over"))
        box.setText(self.tr("Start “{title}” over? Everything done in this exercise is lost.")
                    .format(title=item.title(current_language())))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Start over"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result, e=exercise_id: self._confirmed_reset(e, result))
        self.confirm_box = box
        box.open()

    def _confirmed_reset(self, exercise_id: str, result: int) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes:
            return
        folder = self.folder()
        project = self.main.project
        if project is not None and workshop.exercise_for_project(project.path) == exercise_id:
            self.main.close_project()  # an open file cannot be removed on Windows
        job = self.main.start_job(workshop.reset_exercise, exercise_id, str(folder),
                                  title=self.tr("Starting over"))
        if job is not None:
            job.succeeded.connect(self._open_exercise)
            job.finished.connect(self._update_details)

    def export_progress(self) -> None:
        """Ask for the participant's name and a file, then write the report on the worker."""
        participant = self.main.settings.participant
        folder = self.main.settings.folder("workshop") or str(Path.home())
        suggested = str(Path(folder) / f"workshop-progress-{safe_file_name(participant)}.json")
        dialog = ExportProgressDialog(self, participant, suggested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._write_progress(*d.values()))
        dialog.finished.connect(lambda _r: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()

    def _write_progress(self, participant: str, path: str) -> None:
        self.main.settings.participant = participant
        self.main.settings.set_folder("workshop", Path(path).parent)
        job = self.main.start_job(workshop.export_progress, str(self.folder()), path, participant,
                                  current_language(), title=self.tr("Writing the progress report"))
        if job is not None:
            job.succeeded.connect(self._progress_written)

    def _progress_written(self, paths) -> None:
        json_path, csv_path = paths
        self.last_export = (Path(json_path), Path(csv_path))
        self.message.setText(self.tr("Progress written to {json} and {csv}.").format(json=json_path, csv=csv_path))


def open_workshop_dialog(main: "MainWindow") -> WorkshopDialog:
    """Open the list of exercises (one at a time)."""
    dialog = main.findChild(WorkshopDialog, "workshopDialog")
    if dialog is None or not dialog.isVisible():
        if dialog is not None:
            dialog.deleteLater()
        dialog = WorkshopDialog(main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""Workshop mode driven as a participant would: list, start, a checklist that ticks itself, start over, report."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from app import workflow, workshop

EXERCISE = "explain_warning"
EXPLANATION = "Recent migration from Haiti is mostly men who come to work; the census team confirmed it."


@pytest.fixture(autouse=True)
def collect_windows_on_the_ui_thread():
    """Delete the closed windows and collect their Python cycles now, on the UI thread.

    Otherwise a garbage collection that a later test's worker thread happens
    to trigger may free them there, and Qt widgets must not be deleted off
    the UI thread.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def folder(tmp_path, window) -> Path:
    """The participant's folder of attempts, chosen like a trainer would (Settings)."""
    where = tmp_path / "workshop"
    window.settings.workshop_folder = str(where)
    return where


def open_dialog(qtbot, window):
    from app.ui.workshop_dialog import WorkshopDialog

    window.workshop_action.trigger()
    dialog = window.findChild(WorkshopDialog, "workshopDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_job is None, timeout=30_000)
    return dialog


def haiti_warning_key(project) -> str:
    findings = workflow.check_project(project)
    match = [f for f in findings if f.rule == "PLA-001" and any(c.get("COB") == "332" for c in f.cells)]
    assert match, [f.rule for f in findings]
    return match[0].key


def start_exercise(qtbot, window, dialog):
    dialog.select(EXERCISE)
    assert dialog.start_button.isEnabled()
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: window.project is not None
                    and workshop.exercise_for_project(window.project.path) == EXERCISE, timeout=30_000)
    panel = window.workshop_dock.panel
    qtbot.waitUntil(lambda: panel.evaluated, timeout=30_000)
    return panel


def test_the_dialog_lists_every_exercise_with_its_status(qtbot, window, folder, qtmodeltester):
    dialog = open_dialog(qtbot, window)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(workshop.exercises())
    ids = [model.exercise_at(r).id for r in range(model.rowCount())]
    assert EXERCISE in ids
    assert all(model.state(i) == "new" for i in ids)
    row = model.row_of(EXERCISE)
    assert model.index(row, 2).data() == model.status_text(EXERCISE)
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == workshop.exercise(EXERCISE).summary("es")
    dialog.select(EXERCISE)
    assert dialog.details_title.text() == workshop.exercise(EXERCISE).title("es")
    assert dialog.start_button.isEnabled()
    assert not dialog.continue_button.isEnabled() and not dialog.reset_button.isEnabled()
    dialog.reject()


def test_explaining_the_warning_ticks_the_checklist_and_start_over_restores_it(qtbot, window, folder):
    dialog = open_dialog(qtbot, window)
    panel = start_exercise(qtbot, window, dialog)
    dock = window.workshop_dock
    assert dock.isVisible()
    assert panel.title.text() == workshop.exercise(EXERCISE).title("es")
    item_ids = [item.id for item in workshop.exercise(EXERCISE).items]
    assert list(panel.rows) == item_ids
    assert not any(row.done for row in panel.rows.values())
    assert panel.rows["explained"].label.text() == workshop.exercise(EXERCISE).items[0].label("es")
    assert panel.steps.text().count("<li") == len(workshop.exercise(EXERCISE).steps("es"))

    # Explain the Haiti warning through the core on the open project, as the Check page does.
    project = window.project
    project.explain(haiti_warning_key(project), EXPLANATION, "Test")
    window.data_changed()
    qtbot.waitUntil(lambda: panel.is_done("explained"), timeout=15_000)
    assert panel.rows["explained"].box.isChecked()
    assert panel.progress_bar.value() >= 1
    qtbot.waitUntil(lambda: all(panel.results.values()))  # the only warning: the exercise is complete
    assert panel.done_frame.isVisible()

    # Start over: the dialog asks first, then the attempt is thrown away and the box is empty again.
    dialog = open_dialog(qtbot, window)
    dialog.select(EXERCISE)
    assert dialog.continue_button.isEnabled() and dialog.reset_button.isEnabled()
    assert dialog.model.state(EXERCISE) == "done"  # the only warning explained: nothing stops the export
    click(qtbot, dialog.reset_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    # The dialog closes (and is deleted) once the exercise has started again.
    qtbot.waitUntil(lambda: window.project is not None and window.job is None
                    and not (shiboken6.isValid(dialog) and dialog.isVisible()), timeout=30_000)
    qtbot.waitUntil(lambda: panel.evaluated and panel.exercise_id == EXERCISE, timeout=30_000)
    assert not panel.is_done("explained")
    assert not panel.rows["explained"].box.isChecked()
    assert window.project.explanations() == []


def test_a_change_made_elsewhere_is_noticed_while_the_panel_is_visible(qtbot, window, folder):
    """Another program (the CLI, a script) explains the warning: the panel's poll sees the file change."""
    dialog = open_dialog(qtbot, window)
    panel = start_exercise(qtbot, window, dialog)
    with workflow.open_project(window.project.path) as other:
        other.explain(haiti_warning_key(other), EXPLANATION, "CLI")
    qtbot.waitUntil(lambda: panel.is_done("explained"), timeout=15_000)


def test_continue_reopens_the_attempt_and_an_ordinary_project_hides_the_panel(qtbot, window, folder, project_file):
    dialog = open_dialog(qtbot, window)
    start_exercise(qtbot, window, dialog)
    window.open_project_path(project_file)
    assert not window.workshop_dock.isVisible()
    assert not window.workshop_dock.toggle_action.isEnabled()
    dialog = open_dialog(qtbot, window)
    dialog.select(EXERCISE)
    assert dialog.model.state(EXERCISE) == "started"
    assert not dialog.start_button.isEnabled()
    click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: workshop.exercise_for_project(window.project.path) == EXERCISE, timeout=30_000)
    assert Path(window.project.path).parent == folder / EXERCISE
    assert window.workshop_dock.isVisible()


def test_export_progress_writes_a_json_report(qtbot, window, folder, tmp_path):
    dialog = open_dialog(qtbot, window)
    start_exercise(qtbot, window, dialog)
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.export_button)
    asking = dialog.export_dialog
    assert asking is not None and asking.isVisible()
    asking.participant.clear()
    qtbot.keyClicks(asking.participant, "Ana Perez")
    target = tmp_path / "report" / "ana.json"
    asking.path.setText(str(target))
    click(qtbot, asking.buttons.button(asking.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=30_000)
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["participant"] == "Ana Perez"
    rows = {row["exercise"]: row for row in report["exercises"]}
    assert rows[EXERCISE]["started"] is True
    assert target.with_suffix(".csv").is_file()
    assert window.settings.participant == "Ana Perez"
    assert str(target) in dialog.message.text()


def test_export_progress_asks_for_the_participants_name(qtbot, window, folder, tmp_path):
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.export_button)
    asking = dialog.export_dialog
    asking.participant.clear()
    click(qtbot, asking.buttons.button(asking.buttons.StandardButton.Save))
    assert asking.isVisible() and asking.problem.text()
    asking.reject()

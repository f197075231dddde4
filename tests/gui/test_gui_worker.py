"""run_job and JobPanel: progress, result, errors and cancelling, delivered on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from app.errors import Cancelled, ImportError_
from app.ui.worker import JobPanel, run_job


def slow_count(n, progress=None, cancelled=None):
    for i in range(n):
        if cancelled and cancelled():
            raise Cancelled()
        time.sleep(0.01)
        if progress:
            progress((i + 1) / n, f"step {i + 1}")
    return n * 2


def test_a_job_reports_progress_and_its_result_on_the_ui_thread(qtbot, gui_app):
    seen, threads = [], []
    job = run_job(slow_count, 20, title="counting")
    job.progress.connect(lambda f, m: (seen.append((f, m)), threads.append(threading.current_thread())))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        pass
    assert blocker.args == [40]
    assert job.state == "succeeded" and job.result == 40
    assert seen and seen[-1][0] == pytest.approx(1.0)
    assert len(seen) < 20  # throttled
    assert all(t is threading.main_thread() for t in threads)


def test_a_job_can_be_cancelled(qtbot, gui_app):
    job = run_job(slow_count, 10_000)
    failed = []
    job.failed.connect(failed.append)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.cancel()
    with qtbot.waitSignal(job.finished, timeout=1_000, raising=False):
        pass
    assert job.state == "cancelled"
    assert not failed


def test_errors_are_delivered_not_raised(qtbot, gui_app):
    def broken(progress=None):
        raise ImportError_("import.tidy_columns", path="x.csv", columns="a, b")

    job = run_job(broken)
    with qtbot.waitSignal(job.failed, timeout=5_000) as blocker:
        pass
    assert isinstance(blocker.args[0], ImportError_)
    assert job.state == "failed"


def test_project_jobs_get_their_own_connection(qtbot, gui_app, project_file):
    from app import workflow

    main_project = workflow.open_project(project_file)

    def count(project, progress=None, cancelled=None):
        return project.observation_count(), threading.current_thread() is threading.main_thread(), project is main_project

    job = run_job(count, project_path=project_file)
    with qtbot.waitSignal(job.succeeded, timeout=5_000) as blocker:
        pass
    observations, on_main_thread, same = blocker.args[0]
    assert observations == main_project.observation_count() > 0
    assert not on_main_thread and not same
    main_project.close()


def test_the_panel_follows_a_job_and_cancels_it(qtbot, gui_app):
    panel = JobPanel()
    qtbot.addWidget(panel)
    job = run_job(slow_count, 10_000, title="Importando cuadro1.xlsx")
    panel.attach(job)
    assert panel.isVisibleTo(panel.parentWidget()) if panel.parentWidget() else not panel.isHidden()
    assert panel.label.text() == "Importando cuadro1.xlsx"
    assert panel.cancel_button.text() == "Cancelar"
    qtbot.waitUntil(lambda: panel.bar.value() > 0, timeout=5_000)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert job.state == "cancelled"
    assert panel.isHidden()

"""Run long core functions off the UI thread.

A long core function takes ``progress(fraction, message)`` and ``cancelled()``
and raises ``Cancelled`` when asked to stop (docs/architecture.md). ``run_job``
runs one on a single background thread (one thread for all project work, so
writes never race) and reports through queued signals, delivered on the UI
thread: ``progress`` (throttled), then exactly one of ``succeeded``,
``failed`` or ``cancelled``, then ``finished``.

SQLite allows one connection per thread: a job that needs the project is
given ``project_path`` and opens its own ``Project`` on the worker thread;
the UI refreshes from its own connection when the job has finished.
"""

from __future__ import annotations

import inspect
import threading
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.errors import Cancelled

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals
_pool: QThreadPool | None = None
_active: set["Job"] = set()  # keeps running jobs alive until they report


def worker_pool() -> QThreadPool:
    """The single background thread that runs project work, in order."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


def wait_for_jobs(msecs: int = 5000) -> bool:
    """Cancel what runs and wait for the worker to finish (at shutdown)."""
    for job in list(_active):
        job.cancel()
    return worker_pool().waitForDone(msecs) if _pool is not None else True


def _accepts(fn: Callable, name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


class _Relay(QObject):
    """Carries reports from the worker thread to the job on the UI thread."""

    progress = Signal(float, str)
    result = Signal(object)
    error = Signal(object)
    stopped = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: "Job") -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job = job
        self.relay = job._relay

    def run(self) -> None:  # worker thread
        job = self.job
        last = 0.0

        def progress(fraction: float, message: str = "") -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or fraction >= 1.0:
                last = now
                self.relay.progress.emit(float(fraction), str(message or ""))

        kwargs = dict(job.kwargs)
        if _accepts(job.fn, "progress"):
            kwargs["progress"] = progress
        if _accepts(job.fn, "cancelled"):
            kwargs["cancelled"] = job.is_cancel_requested
        project = None
        try:
            if job.is_cancel_requested():
                raise Cancelled()
            args = job.args
            if job.project_path is not None:
                from app.workflow import open_project

                project = open_project(job.project_path)
                args = (project, *args)
            result = job.fn(*args, **kwargs)
        except Cancelled:
            self.relay.stopped.emit()
        except BaseException as exc:  # delivered to the UI, which tells bugs from user errors
            self.relay.error.emit(exc)
        else:
            self.relay.result.emit(result)
        finally:
            if project is not None:
                project.close()


class Job(QObject):
    """One run of a long function; lives on the UI thread and re-emits the worker's reports."""

    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable, args: tuple, kwargs: dict, project_path: str | Path | None = None,
                 title: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.project_path = str(project_path) if project_path is not None else None
        self.title = title
        self.result: Any = None
        self.error: BaseException | None = None
        self.state = "pending"  # pending, running, succeeded, failed, cancelled
        self._cancel = threading.Event()
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.result.connect(self._on_result, queued)
        self._relay.error.connect(self._on_error, queued)
        self._relay.stopped.connect(self._on_stopped, queued)

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the function to stop; it raises ``Cancelled`` at its next check."""
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self.state in ("pending", "running")

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if self.running:
            self.progress.emit(fraction, message)

    @Slot(object)
    def _on_result(self, result: Any) -> None:
        self.result = result
        self._finish("succeeded", self.succeeded, result)

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self.error = exc
        self._finish("failed", self.failed, exc)

    @Slot()
    def _on_stopped(self) -> None:
        self._finish("cancelled", self.cancelled)

    def _finish(self, state: str, signal, *payload) -> None:
        self.state = state
        try:
            signal.emit(*payload)
        finally:
            _active.discard(self)
            self.finished.emit()


def run_job(fn: Callable, *args: Any, project_path: str | Path | None = None, title: str = "",
            parent: QObject | None = None, **kwargs: Any) -> Job:
    """Run ``fn(*args, **kwargs)`` on the worker thread and return its ``Job``.

    ``progress`` and ``cancelled`` are passed when ``fn`` accepts them. With
    ``project_path``, ``fn`` receives a ``Project`` opened on the worker
    thread as its first argument, closed afterwards. Connect to the job's
    signals right away: nothing is delivered before control returns to the
    event loop.
    """
    job = Job(fn, args, kwargs, project_path, title, parent)
    _active.add(job)
    job.state = "running"
    worker_pool().start(_Runnable(job))
    return job


class JobPanel(QWidget):
    """A small progress panel for the status bar: what runs, how far, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(180)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this task; the project stays as it was"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def attach(self, job: Job) -> None:
        """Follow ``job`` until it finishes."""
        self.job = job
        self.label.setText(job.title)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1000)
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        # The core's progress messages are short technical words (a step, a file name), not
        # translated text: they go to the tooltip, the label keeps the job's translated title.
        self.bar.setToolTip(message)

    def _on_finished(self) -> None:
        self.job = None
        self.hide()

"""Application set-up: QApplication, settings, translators, style and error handling.

Two kinds of failure reach the user. An ``ImilaError`` is something the user
can fix (a bad file, a locked project): ``show_error`` shows its message in
the interface language. Anything else is a bug: it is logged with its
traceback to the user log folder and shown with "Copy details". Neither loses
work, because the project is an SQLite file written one transaction per
action: there is nothing unsaved to rescue.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, __version__
from app.errors import Cancelled, ImilaError
from app.ui.i18n import Translations, current_language, system_language, LANGUAGES
from app.ui.icons import icon

ORGANIZATION = "CEPAL-CELADE"
log = logging.getLogger("app")
_translations: Translations | None = None


def log_file() -> Path:
    """The file where bugs are logged (created on first use): beside a portable program, or the user's log folder."""
    from app.paths import user_log_dir

    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "imila-desk.log"


def configure_settings_storage() -> Path | None:
    """In portable mode (or with ``IMILA_DESK_HOME``) keep the settings in an INI file in that home folder.

    Otherwise QSettings use the platform's place (the registry on Windows), so
    a USB-stick install would leave its settings on each computer it runs on.
    Call before the first ``QSettings`` is made; returns the folder used, or
    None for the platform's place.
    """
    from app import paths

    if paths.home_dir() is None:
        return None
    folder = paths.user_config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # QSettings reports the problem through status(); the program still runs
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _setup_logging() -> None:
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    try:
        handler = RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only profile must not stop the application
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def translations() -> Translations:
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations


class UiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector runs here, on the UI thread, and nowhere else.

    Left automatic, it runs in whichever thread passes an allocation threshold:
    often the worker thread in the middle of an import, where it may free the
    last Python reference of a Qt widget and delete the widget off the UI
    thread, which crashes. Automatic collection is switched off and this timer
    does what it would have done, generation by generation (the approach of
    pyqtgraph's GarbageCollector).
    """

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("uiThreadGarbageCollector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 2 if counts[2] > self.threshold[2] else 1
        gc.collect(generation)


def collect_garbage_on_ui_thread(app: QApplication) -> UiThreadGarbageCollector:
    """Install the UI-thread garbage collector once per application."""
    collector = app.findChild(UiThreadGarbageCollector, "uiThreadGarbageCollector")
    return collector if collector is not None else UiThreadGarbageCollector(app)


def configure_application(app: QApplication, language: str | None = None) -> str:
    """Names for QSettings, style, icon and translators; returns the language in use."""
    collect_garbage_on_ui_thread(app)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    from app.ui.style import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    if language is None:
        saved = str(QSettings().value("ui/language", "") or "")
        language = saved if saved in LANGUAGES else system_language()
    return translations().set_language(language)


def set_language(lang: str) -> str:
    """Switch the interface language live and remember it."""
    lang = translations().set_language(lang)
    QSettings().setValue("ui/language", lang)
    return lang


# -- errors ----------------------------------------------------------------
def log_exception(exc: BaseException) -> str:
    """Log ``exc`` with its traceback; returns the traceback text."""
    _setup_logging()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    return details


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error: a domain error's message in the UI language, or a bug with its details.

    ``Cancelled`` is the user's own choice and shows nothing.
    """
    if isinstance(exc, Cancelled):
        return
    from app.ui.dialogs import CrashDialog, message_box

    if isinstance(exc, ImilaError):
        message_box(parent, "warning", QCoreApplication.translate("Errors", "IMILA Desk"), exc.message(current_language()))
        return
    details = log_exception(exc)
    dialog = CrashDialog(parent, exc, details, _log_path_text())
    dialog.open()


def _log_path_text() -> str:
    try:
        return str(log_file())
    except OSError:
        return ""


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        parent = QApplication.activeWindow()
        show_error(parent, exc)
    except Exception:  # the dialog itself failed: keep the log and stderr
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the log and a dialog."""
    _setup_logging()
    sys.excepthook = _excepthook


# -- start -----------------------------------------------------------------
def run_gui(project_path: str | None = None, *, startup_bench: bool = False) -> int:
    """Start the GUI; returns the exit code.

    With ``startup_bench`` the application prints ``IMILA_READY <epoch seconds>``
    once the main window has been painted with its project and quits: used by
    ``bench/startup_bench.py``.
    """
    configure_settings_storage()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    install_excepthook()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.restore_and_open(project_path)
    window.show()
    if startup_bench:
        def ready() -> None:
            app.processEvents()
            print(f"IMILA_READY {time.time():.6f} project={window.project is not None}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()

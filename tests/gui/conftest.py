"""GUI tests: the real widgets, offscreen, with isolated settings; any Qt warning fails the test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt: no screen needed, and settings, logs and the demo
# copy go to a throw-away folder instead of the developer's profile.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_PROFILE = Path(tempfile.mkdtemp(prefix="imila-gui-profile-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_PROFILE / _var.lower())

import pytest  # noqa: E402
from gui_samples import write_long_csv  # noqa: E402
from PySide6.QtCore import QSettings, QtMsgType  # noqa: E402

import app.models.schema as schema_module  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HARMLESS_QT_MESSAGES = (
    "propagateSizeHints",  # the offscreen platform says it cannot; nothing to fix
)

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_PROFILE / "settings"))


def _use_test_schema_when_missing() -> None:
    """The real schema is built by tools/build_schema.py; a small one stands in when it is absent."""
    if schema_module.resource_path("schema/imila_schema.json").is_file():
        return
    original = schema_module.resource_path
    mini = Path(__file__).parent / "data" / "mini_schema.json"
    schema_module.resource_path = lambda rel: mini if rel == "schema/imila_schema.json" else original(rel)
    schema_module.load_schema.cache_clear()


def _compile_translations() -> None:
    """Tests read the compiled .qm files: build them when missing or older than their .ts source."""
    i18n = ROOT / "resources" / "i18n"
    stale = [ts for ts in i18n.glob("app_*.ts")
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        import runpy

        runpy.run_path(str(ROOT / "tools" / "i18n.py"), run_name="i18n_tool")["release"]()


_use_test_schema_when_missing()
_compile_translations()


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog):
    """A Qt warning is a bug in the GUI: fail the test that produced it."""
    yield
    bad = [r for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(text in r.message for text in HARMLESS_QT_MESSAGES)]
    if bad:
        pytest.fail("Qt warnings:\n" + "\n".join(r.message for r in bad), pytrace=False)


@pytest.fixture
def gui_app(qapp):
    """The test QApplication configured like the real one, in Spanish, with empty settings."""
    from app.ui.app import configure_application

    QSettings().clear()
    configure_application(qapp, "es")
    yield qapp
    QSettings().clear()


@pytest.fixture
def project_file(tmp_path) -> Path:
    """A Chilean 2017 project with one imported table whose totals add up."""
    from app import workflow

    path = tmp_path / "CHL-2017.imila"
    project = workflow.new_project(path, "CHL", 2017)
    workflow.import_tidy_csv(project, write_long_csv(tmp_path / "t01.csv"))
    project.close()
    return path


@pytest.fixture
def window(qtbot, gui_app, project_file, monkeypatch):
    """The main window on ``project_file``, shown offscreen."""
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(project_file)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()

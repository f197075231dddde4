"""Entry points, translations and start-up cost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_arguments_go_to_the_cli_and_none_to_the_gui(monkeypatch):
    import app.__main__ as entry
    import app.cli
    import app.ui.app

    calls = []
    monkeypatch.setattr(app.cli, "main", lambda argv: calls.append(("cli", argv)) or 0)
    monkeypatch.setattr(app.ui.app, "run_gui", lambda path=None, startup_bench=False: calls.append(("gui", path, startup_bench)) or 0)
    assert entry.main(["check", "x.imila"]) == 0
    assert entry.main([]) == 0
    assert entry.main(["CHL.imila"]) == 0
    assert entry.main(["--startup-bench"]) == 0
    assert calls == [("cli", ["check", "x.imila"]), ("gui", None, False), ("gui", "CHL.imila", False), ("gui", None, True)]


def test_every_translation_is_finished():
    import runpy

    tool = runpy.run_path(str(ROOT / "tools" / "i18n.py"), run_name="i18n_tool")
    assert tool["unfinished"]() == {}


def test_heavy_libraries_wait_until_needed(tmp_path, project_file):
    """Opening the window on a project must not import pandas, pyqtgraph or duckdb."""
    script = textwrap.dedent(f"""
        import sys
        exec(open("/tmp/dbg_test.py").read())
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from app.ui.app import configure_application
        configure_application(app, "es")
        from app.ui.main_window import MainWindow
        w = MainWindow()
        w.restore_and_open({str(project_file)!r})
        w.show()
        app.processEvents()
        print(sorted(m for m in ("pandas", "pyqtgraph", "duckdb") if m in sys.modules))
        w.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    print(out.stderr)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"

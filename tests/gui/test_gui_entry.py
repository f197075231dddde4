"""Entry points, translations and start-up cost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_arguments_go_to_the_cli_and_none_to_the_gui(monkeypatch):
    import app.__main__ as entry
    import app.cli
    import app.ui.app

    calls = []
    monkeypatch.setattr(app.cli, "main", lambda argv, pdf_writer=None: calls.append(("cli", argv)) or 0)
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


HEAVY = ("pandas", "pyqtgraph", "duckdb")
PROBE = textwrap.dedent("""
    import sys, traceback
    first_importer = {}
    def hook(event, args):
        top = str(args[0]).split(".")[0] if event == "import" else ""
        if top in HEAVY and top not in first_importer:
            first_importer[top] = "".join(traceback.format_stack())
    HEAVY = %r
    sys.addaudithook(hook)
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.ui.app import configure_application
    configure_application(app, "es")
    from app.ui.main_window import MainWindow
    w = MainWindow()
    path = %r
    if path:
        w.restore_and_open(path)
    w.show()
    app.processEvents()
    loaded = [m for m in HEAVY if m in sys.modules]
    print(repr({m: first_importer.get(m, "") for m in loaded}))
    w.close()
""")


def _heavy_imports(tmp_path, project_path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    script = PROBE % (HEAVY, str(project_path) if project_path else None)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    import ast

    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_the_window_itself_imports_no_heavy_library(tmp_path):
    assert _heavy_imports(tmp_path, None) == {}


def test_opening_a_project_imports_no_heavy_library(tmp_path, project_file):
    """pandas, pyqtgraph and duckdb wait until a page needs them, after the first screen."""
    assert _heavy_imports(tmp_path, project_file) == {}

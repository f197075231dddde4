"""The whole path on the demo census, through the window as a user takes it.

Open the demo, replace its three source tables with the office's corrected
editions (Import page → Re-import), explain the one warning that stays (Check
page), export from the Export page, and verify the package.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo.imila"
sys.path.insert(0, str(ROOT / "tools"))

import make_demo_sources  # noqa: E402


@pytest.fixture
def project_file(tmp_path) -> Path:
    if not DEMO.is_file():
        pytest.skip("the demo project is built by tools/build_demo.py")
    path = tmp_path / "demo.imila"
    shutil.copyfile(DEMO, path)
    return path


def click_page(qtbot, win, key: str) -> None:
    rect = win.navigator.visualItemRect(win._item(key))
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_demo_corrected_explained_exported_and_verified(qtbot, window, tmp_path, monkeypatch):
    corrected = tmp_path / "corrected"
    make_demo_sources.write_sources(corrected, seeded=False)

    # Import page: replace each source with its corrected edition.
    click_page(qtbot, window, "import")
    page = window.pages["import"]
    names = [s["name"] for s in window.project.sources()]
    assert len(names) == 4
    names.remove("ejemplo_hogares_emigrantes.csv")  # T11, tabulated from the household file: nothing to correct
    for name in names:
        row = next(r for r, s in enumerate(page._sources) if s["name"] == name)
        rect = page.view.visualRect(page.model.index(row, 0))
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.selected_source()["name"] == name
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, n=name, **k: (str(corrected / n), ""))
        qtbot.mouseClick(page.reimport_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.job is None, timeout=60_000)
    assert sorted(s["name"] for s in window.project.sources()) == sorted([*names, "ejemplo_hogares_emigrantes.csv"])

    # Check page: no error left; the Haiti warning is explained.
    click_page(qtbot, window, "check")
    check = window.pages["check"]
    qtbot.waitUntil(lambda: check.state == "done" and check.job is None
                    and check.checked_generation == window.data_generation, timeout=60_000)
    counts = check.model.counts()
    assert counts["error"] == 0 and counts["warning"] == 1
    key = next(f.key for f in check.model.findings if f.rule == "PLA-001")
    index = check.tree_model.index_of_key(key, 1)
    check.view.scrollTo(index)
    with qtbot.waitSignal(check.cells_view.loaded, timeout=20_000):
        qtbot.mouseClick(check.view.viewport(), Qt.MouseButton.LeftButton, pos=check.view.visualRect(index).center())
    qtbot.mouseClick(check.explanation_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(check.explanation_text, "Recent immigration from Haiti is mostly men who came to work.")
    qtbot.mouseClick(check.save_explanation_button, Qt.MouseButton.LeftButton)
    assert [e["finding_key"] for e in window.project.explanations()] == [key]
    qtbot.waitUntil(lambda: check.job is None and check.cells_view.job is None, timeout=30_000)

    # Export page: one click writes the package; it verifies.
    click_page(qtbot, window, "export")
    export = window.pages["export"]
    export.folder.clear()
    qtbot.keyClicks(export.folder, str(tmp_path / "out"))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.last_package is not None and window.job is None, timeout=60_000)
    package = export.last_package
    assert package.name == "XEJ_2020_IMILA_v1.zip" and package.is_file()
    report = workflow.verify_package(package)
    assert report.ok, report.lines("en")
    assert report.observations > 1000

"""The Export page driven as a user would: a clean package, open errors, unexplained warnings, verification."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))

from test_export import consistent_rows, write_long_csv  # noqa: E402


def make_project(tmp_path: Path, name: str = "ARG-2022.imila", shift: int = 0) -> Path:
    """An Argentine project with a consistent T01 (``shift`` persons added to one cell: a small warning)."""
    rows = consistent_rows()
    rows[("068", "1", "00-14")] += shift
    path = tmp_path / name
    project = workflow.new_project(path, "ARG", 2022, nso="INDEC", census_name="Censo 2022")
    workflow.import_tidy_csv(project, write_long_csv(tmp_path / f"{name}.csv", rows))
    project.close()
    return path


@pytest.fixture
def open_window(qtbot, gui_app, monkeypatch):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    windows = []

    def opener(path: Path):
        win = main_window.MainWindow()
        qtbot.addWidget(win)
        win.restore_and_open(path)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield opener
    for win in windows:
        qtbot.waitUntil(lambda w=win: w.job is None, timeout=30_000)
        win.close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def show_export(qtbot, win, out: Path):
    rect = win.navigator.visualItemRect(win._item("export"))
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = win.pages["export"]
    page.folder.clear()
    qtbot.keyClicks(page.folder, str(out))
    return page


def test_a_clean_project_exports_a_package_that_verifies(qtbot, open_window, tmp_path, monkeypatch):
    win = open_window(make_project(tmp_path))
    page = show_export(qtbot, win, tmp_path / "out")
    assert not page.blockers.isVisible()
    page.labels_language.setCurrentIndex(page.labels_language.findData("en"))
    qtbot.mouseClick(page.include_sources, Qt.MouseButton.LeftButton, pos=QPoint(8, page.include_sources.height() // 2))
    assert page.include_sources.isChecked()
    with qtbot.waitSignal(win.busy_changed, timeout=5_000):
        click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.last_package is not None and win.job is None, timeout=30_000)
    package = page.last_package
    assert package == tmp_path / "out" / "ARG_2022_IMILA_v1.zip" and package.is_file()
    assert package.name in page.result.text()
    assert page.open_folder_button.isVisible()
    assert page.model.rowCount() == 1 and page.stack.currentWidget() is page.view
    assert win.project.exports()[0]["filename"] == package.name
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert any(name.startswith("sources/") for name in names)
    assert workflow.verify_package(package).ok

    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    click(qtbot, page.open_folder_button)
    assert opened == [str(tmp_path / "out")]

    # Verify package…: the report with a clear headline.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    click(qtbot, page.verify_button)
    qtbot.waitUntil(lambda: getattr(win, "verify_dialog", None) is not None and win.verify_dialog.isVisible(),
                    timeout=30_000)
    dialog = win.verify_dialog
    from app.models.messages import message

    assert dialog.headline.text() == message("verify.ok", "es", path="", files=0, observations=0).partition(":")[0]
    assert "válido" in dialog.summary.text()
    assert str(package) in dialog.verdict.text()
    dialog.close()

    # A package changed after the export is rejected, with the reason listed.
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data.replace(b"51409", b"51408") if item.filename == "data/T01.csv" else data)
    job = win.verify_package(tampered)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    dialog = win.verify_dialog
    assert dialog.headline.text() == "RECHAZADO"
    assert dialog.problems.count() >= 1 and "data/T01.csv" in dialog.problems.item(0).text()
    dialog.close()


def test_the_demo_with_open_errors_is_refused_and_lists_them(qtbot, open_window, tmp_path):
    demo = ROOT / "resources" / "demo" / "demo.imila"
    if not demo.is_file():
        pytest.skip("the demo project is built by tools/build_demo.py")
    shutil.copyfile(demo, tmp_path / "demo.imila")
    win = open_window(tmp_path / "demo.imila")
    page = show_export(qtbot, win, tmp_path / "out")
    # The errors of the last check run are shown before any attempt.
    assert page.blockers.isVisible() and page.blockers_list.topLevelItemCount() == 6
    page.blockers.hide()
    with qtbot.waitSignal(win.busy_changed, timeout=5_000):
        click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: win.job is None, timeout=30_000)
    assert page.blockers.isVisible()
    rules = sorted(page.blockers_list.topLevelItem(i).text(0) for i in range(page.blockers_list.topLevelItemCount()))
    assert rules == ["ADD-001"] * 4 + ["ADD-003", "LOG-001"]
    assert page.last_package is None
    assert list((tmp_path / "out").glob("*.zip")) == []
    assert win.project.exports() == []
    assert page.result.text() == ""

    # "Go to the Check page" shows the first open error there.
    click(qtbot, page.go_check_button)
    assert win.current_page_key() == "check"
    check = win.pages["check"]
    assert check.current is not None and check.current.severity == "error"
    qtbot.waitUntil(lambda: check.job is None and check.cells_view.job is None, timeout=30_000)


def test_unexplained_warnings_are_confirmed_or_explained(qtbot, open_window, tmp_path):
    win = open_window(make_project(tmp_path, shift=20))
    page = show_export(qtbot, win, tmp_path / "out")
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.unexplained_dialog is not None and win.job is None, timeout=30_000)
    dialog = page.unexplained_dialog
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 3
    assert {dialog.list.topLevelItem(i).text(0) for i in range(3)} == {"ADD-001", "ADD-003"}
    first = dialog.warnings[0].key

    # "Explain them first" leads to the first warning on the Check page; nothing is written.
    click(qtbot, dialog.explain_button)
    assert page.unexplained_dialog is None and win.current_page_key() == "check"
    check = win.pages["check"]
    assert check.current is not None and check.current.key == first
    assert check.explanation_text.isEnabled()
    assert list((tmp_path / "out").glob("*.zip")) == []
    qtbot.waitUntil(lambda: check.job is None and check.cells_view.job is None, timeout=30_000)

    # Explain one; the two others are sent unexplained, with the user's confirmation.
    qtbot.keyClicks(check.explanation_text, "Published this way by the census office.")
    click(qtbot, check.save_explanation_button)
    qtbot.waitUntil(lambda: check.job is None, timeout=30_000)
    page = show_export(qtbot, win, tmp_path / "out")
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.unexplained_dialog is not None and win.job is None, timeout=30_000)
    dialog = page.unexplained_dialog
    assert dialog.list.topLevelItemCount() == 2
    with qtbot.waitSignal(win.busy_changed, timeout=5_000):
        click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: page.last_package is not None and win.job is None, timeout=30_000)
    assert page.last_package.is_file()
    assert [e["version"] for e in win.project.exports()] == [1]
    with zipfile.ZipFile(page.last_package) as archive:
        findings = archive.read("quality/findings.csv").decode("utf-8")
    assert "Published this way by the census office." in findings

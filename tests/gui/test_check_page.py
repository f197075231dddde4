"""The Check page on the demo census: grouped findings, the cells behind them, explanations, women, charts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo.imila"


@pytest.fixture
def project_file(tmp_path) -> Path:
    """A working copy of the demo census (6 errors, 5 warnings, 1 note)."""
    if not DEMO.is_file():
        pytest.skip("the demo project is built by tools/build_demo.py")
    path = tmp_path / "demo.imila"
    shutil.copyfile(DEMO, path)
    return path


def click_page(qtbot, win, key: str) -> None:
    rect = win.navigator.visualItemRect(win._item(key))
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


@pytest.fixture
def page(qtbot, window):
    """The Check page shown, its rules run."""
    click_page(qtbot, window, "check")
    page = window.pages["check"]
    qtbot.waitUntil(lambda: page.state == "done" and page.job is None, timeout=30_000)
    yield page
    qtbot.waitUntil(lambda: page.job is None and page.overview_job is None and page.cells_view.job is None,
                    timeout=30_000)


def finding_key(page, rule: str, severity: str, contains: str = "") -> str:
    return next(f.key for f in page.model.findings if f.rule == rule and f.severity == severity and contains in f.key)


def click_finding(qtbot, page, key: str) -> None:
    """Click the finding's row in the tree, as a user would."""
    index = page.tree_model.index_of_key(key, 1)
    assert index.isValid()
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    with qtbot.waitSignal(page.cells_view.loaded, timeout=20_000):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current is not None and page.current.key == key


def test_findings_are_grouped_by_severity_and_table(qtbot, qtmodeltester, window, page):
    model = page.tree_model
    qtmodeltester.check(model, force_py=True)
    assert page.model.counts() == {"error": 6, "warning": 5, "info": 1}
    severities = [model.index(row, 0).internalId() for row in range(model.rowCount())]
    assert len(severities) == 3
    errors = model.index(0, 0)
    assert "(6)" in model.data(errors)
    tables = [model.data(model.index(r, 0, errors)) for r in range(model.rowCount(errors))]
    assert tables[0].startswith("T01") and tables[0].endswith("(5)")
    assert tables[1].startswith("T04") and tables[1].endswith("(1)")
    assert model.rowCount(model.index(1, 0, errors)) == 1  # T04: LOG-001
    badges = window._item("check").data(Qt.ItemDataRole.UserRole + 1)
    assert badges == [("6", "error"), ("5", "warning")]

    page.severity_filter.setCurrentIndex(page.severity_filter.findData("warning"))
    assert model.rowCount() == 1 and "(5)" in model.data(model.index(0, 0))
    page.table_filter.setCurrentIndex(page.table_filter.findData("T04"))
    assert model.rowCount() == 0 and page.stack.currentWidget() is page.empty
    page.severity_filter.setCurrentIndex(0)
    assert model.rowCount() == 1  # errors of T04 only (the tester watches every reset)
    page.table_filter.setCurrentIndex(0)
    assert model.rowCount() == 3


def test_selecting_the_arrival_error_shows_its_cells_in_the_arrival_table(qtbot, qtmodeltester, page):
    key = finding_key(page, "LOG-001", "error")
    click_finding(qtbot, page, key)
    assert page.details_frame.isVisible()
    cells = page.cells_view
    assert cells.table.table_id == "T04"
    lineage = cells.highlighted_lineage()
    assert len(lineage) == 15 and all(text.startswith("Cuadro 4!") for text in lineage)
    pivot = cells.pivot_model
    qtmodeltester.check(pivot, force_py=True)
    qtmodeltester.check(cells.cells_model, force_py=True)
    from app.ui.cells_view import HighlightRole, LineageRole

    marked = [(r, c) for r in range(pivot.rowCount()) for c in range(pivot.columnCount())
              if pivot.data(pivot.index(r, c), HighlightRole)]
    assert len(marked) == 15
    for r, c in marked:
        assert pivot.data(pivot.index(r, c), LineageRole).startswith("Cuadro 4!")
        assert "2016-2021" in pivot.headerData(c, Qt.Orientation.Horizontal)
        assert pivot.data(pivot.index(r, c), Qt.ItemDataRole.BackgroundRole) is not None
    assert cells.cells_model.rowCount() == 15
    source_cell = cells.cells_model.data(cells.cells_model.index(0, 2))
    assert source_cell.startswith("Cuadro 4!")
    assert "ejemplo_cuadro4_periodo_de_llegada.xlsx" in cells.lineage_source.text()
    assert "15" in page.numbers.text()
    # Errors cannot be explained.
    assert not page.explanation_text.isEnabled()
    assert not page.save_explanation_button.isEnabled()
    assert page.explain_status.text()

    # A source cell clicked in the list is selected in the table above.
    row_rect = cells.cells_table.visualRect(cells.cells_model.index(1, 0))
    qtbot.mouseClick(cells.cells_table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    current = cells.pivot.currentIndex()
    assert (current.row(), current.column()) == cells.cells_model.cells[1]["position"]


def test_an_additivity_error_shows_the_numbers_and_the_age_columns(qtbot, page):
    key = finding_key(page, "ADD-003", "error")
    click_finding(qtbot, page, key)
    table = page.cells_view.table
    assert table.fixed == {"SEX": "2"} and len(table.columns) == 19
    from app.ui.models import format_number

    for number in (13401, 12201, -1200):
        assert format_number(number) in page.numbers.text()


def test_explaining_the_haiti_warning(qtbot, window, page):
    key = finding_key(page, "PLA-001", "warning")
    click_finding(qtbot, page, key)
    table = page.cells_view.table
    assert {table.rows[r] for r, _ in table.highlighted} == {"332"}  # Haiti's row
    assert {c["COB"] for c in table.cells} == {"332"}
    assert page.explanation_text.isEnabled()
    assert page.author.text()  # prefilled with the operating-system user
    assert not page.save_explanation_button.isEnabled()  # nothing written yet
    qtbot.mouseClick(page.explanation_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.explanation_text, "Most recent immigrants from Haiti are men (construction work).")
    page.author.clear()
    qtbot.keyClicks(page.author, "Maria Fernandez")
    assert page.save_explanation_button.isEnabled()
    generation = window.data_generation
    qtbot.mouseClick(page.save_explanation_button, Qt.MouseButton.LeftButton)

    explanations = window.project.explanations()
    assert [(e["finding_key"], e["author"]) for e in explanations] == [(key, "Maria Fernandez")]
    assert explanations[0]["text"].startswith("Most recent immigrants from Haiti")
    index = page.tree_model.index_of_key(key, 3)
    assert page.tree_model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert not page.tree_model.data(page.tree_model.index_of_key(key, 3), Qt.ItemDataRole.DecorationRole).isNull()
    assert not page.save_explanation_button.isEnabled()
    # The rules run again after the change, and the explained warning stays selected and explained.
    assert window.data_generation == generation + 1
    qtbot.waitUntil(lambda: page.checked_generation == window.data_generation and page.job is None, timeout=30_000)
    assert page.current.key == key
    assert page.tree_model.data(page.tree_model.index_of_key(key, 0), Qt.ItemDataRole.FontRole).italic()
    assert page.explanation_text.toPlainText().startswith("Most recent immigrants")
    others = [f for f in page.model.findings if f.severity == "warning" and f.key != key]
    font = page.tree_model.data(page.tree_model.index_of_key(others[0].key, 0), Qt.ItemDataRole.FontRole)
    assert not (isinstance(font, QFont) and font.italic())

    # A second explanation replaces the first, which stays in the history.
    page.explanation_text.selectAll()
    qtbot.keyClicks(page.explanation_text, "Confirmed with the 2019 migration survey.")
    qtbot.mouseClick(page.save_explanation_button, Qt.MouseButton.LeftButton)
    assert [e["text"] for e in window.project.explanations()] == ["Confirmed with the 2019 migration survey."]
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(2) == "Confirmed with the 2019 migration survey."
    dialog.close()


def test_notes_need_no_explanation(qtbot, page):
    click_finding(qtbot, page, finding_key(page, "DIS-001", "info"))
    assert not page.explanation_text.isEnabled()


def test_women_in_migration(qtbot, qtmodeltester, page):
    click_tab(qtbot, page.tabs, 1)
    view = page.women_view
    qtbot.waitUntil(lambda: page.overview is not None, timeout=30_000)
    model = view.countries_model
    qtmodeltester.check(model, force_py=True)
    row = view.row_of("332")
    assert row >= 0
    assert model.raw(row, "sex_ratio") == pytest.approx(300, abs=0.5)
    assert model.raw(row, "women") == 2468 and model.raw(row, "men") == 7402
    assert model.raw(row, "women_pct") == pytest.approx(25.0, abs=0.1)
    assert model.data(model.index(row, 4), Qt.ItemDataRole.DecorationRole) is not None  # flagged by PLA-001
    assert model.raw(0, "COB") == "068"  # most women first: Bolivia
    assert view.summary.text()
    # The demo has neither T07 nor T09: a short note says so instead of the tables.
    assert not view.side.isVisibleTo(view) and view.notes.isVisibleTo(view)
    assert "T07" in view.notes.text() and "T09" in view.notes.text()


def test_women_activity_from_t07(qtbot, qtmodeltester, gui_app, tmp_path):
    from app.ui.women_view import WomenBreakdownModel, WomenView

    view = WomenView()
    qtbot.addWidget(view)
    overview = {"women": [{"COB": "068", "women": 100.0, "men": 120.0, "women_pct": 45.45, "sex_ratio": 120.0}],
                "activity": [{"code": "1", "men": 100.0, "women": 60.0}, {"code": "3", "men": 20.0, "women": 40.0}],
                "occupation": None}
    view.set_overview(overview)
    view.show()
    assert view.side.isVisible() and view.activity.isVisible() and not view.occupation_box.isVisible()
    assert view.activity_model.raw(0, "women_pct") == pytest.approx(60.0)
    assert view.activity_model.data(view.activity_model.index(0, 0))  # the label of "employed"
    model = WomenBreakdownModel("OCC")  # no parent: it outlives the view for the tester
    model.set_rows([{"code": "2", "men": 10.0, "women": 30.0}, {"code": "5", "men": 5.0, "women": 0.0}])
    qtmodeltester.check(model, force_py=True)
    assert "T09" in view.notes.text() and "T07" not in view.notes.text()


def test_charts(qtbot, page, tmp_path, monkeypatch):
    click_tab(qtbot, page.tabs, 2)
    qtbot.waitUntil(lambda: page.charts_view is not None and page.overview is not None, timeout=30_000)
    charts = page.charts_view
    assert charts.pyramid.ages()[0] == "00-04" and len(charts.pyramid.ages()) == 18
    assert len(charts.pyramid.men_bars.opts["y"]) == 18
    assert charts.pyramid.ages()[-1] == "85+"
    assert charts.countries.countries()[0] == "068"  # Bolivia first
    assert charts.countries.labels[0].startswith("Bolivia")
    assert [code for code, _ in charts.arrivals.data][-2:] == ["2016-2021", "UNK"]

    combo = charts.pyramid.country
    combo.setCurrentIndex(combo.findData("332"))
    assert charts.pyramid.data == page.overview["pyramids"]["332"]
    assert "—" in charts.pyramid.plot.getPlotItem().titleLabel.text

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "pyramid"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG"))
    click_tab(qtbot, charts.tabs, 0)
    with qtbot.waitSignal(charts.pyramid.saved, timeout=5_000):
        qtbot.mouseClick(charts.pyramid.save_button, Qt.MouseButton.LeftButton)
    png = tmp_path / "pyramid.png"
    assert png.stat().st_size > 1000 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for index, card in enumerate((charts.countries, charts.arrivals)):
        click_tab(qtbot, charts.tabs, index + 1)
        assert card.save_png(tmp_path / f"{card.name}.png")
        assert (tmp_path / f"{card.name}.png").stat().st_size > 1000

    # Axis labels and legends follow the interface language.
    window = page.main
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: charts.tabs.tabText(0) == "Population pyramid")
    assert charts.pyramid.plot.getPlotItem().getAxis("bottom").labelText == "Persons"
    assert [label.text for _, label in charts.pyramid.legend.items] == ["Men", "Women"]
    window.language_actions["es"].trigger()


def test_open_quality_report(qtbot, window, page, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    path = Path(opened[0].toLocalFile())
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "LOG-001" in text and 'lang="es"' in text


def test_checks_run_again_after_a_change_even_out_of_sight(qtbot, window, page):
    click_page(qtbot, window, "project")
    assert not page.isVisible()
    window.data_changed()
    qtbot.waitUntil(lambda: page.checked_generation == window.data_generation and page.job is None, timeout=30_000)
    assert page.model.counts()["error"] == 6


def test_opening_another_project_shows_its_findings(qtbot, window, page, tmp_path):
    from gui_samples import write_long_csv

    path = tmp_path / "other.imila"
    project = workflow.new_project(path, "CHL", 2017)
    workflow.import_tidy_csv(project, write_long_csv(tmp_path / "bad.csv", consistent=False))
    workflow.check_project(project)
    project.close()
    window.open_project_path(path)
    qtbot.waitUntil(lambda: page.checked_generation == window.data_generation and page.job is None, timeout=30_000)
    assert page.current is None and not page.details_frame.isVisible()
    assert all(f.table_id == "T01" for f in page.model.findings)
    assert page.tree_model.rowCount() >= 1
    assert page.tree_model.index_of_key("no such key") == QModelIndex()

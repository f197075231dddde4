"""The Project page's previous census round: its package chosen, stocks round against round, PLA-004 marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_samples import previous_package
from PySide6.QtCore import Qt

REAL = next((p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()),
            None)
pytestmark = pytest.mark.skipif(REAL is None, reason="shared/realdata not found")


@pytest.fixture
def project_file(tmp_path) -> Path:
    from app import workflow

    path = tmp_path / "ARG-2022.imila"
    with workflow.new_project(path, "ARG", 2022) as project:
        assert workflow.import_file(project, REAL / "ar_indec_c2022_tp_migraciones_c3.xlsx", auto=True).tables
    return path


def test_previous_round_on_the_project_page(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.rounds import previous_round

    package = previous_package(tmp_path / "previous")
    rect = window.navigator.visualItemRect(window._item("project"))
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.pages["project"]
    assert "PLA-004" in page.previous_label.text() and not page.forget_button.isEnabled()
    assert page.rounds_view is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert previous_round(window.project)["census_year"] == 2010
    assert "ARG_2010_IMILA_v1.zip" in page.previous_label.text() and page.forget_button.isEnabled()
    view = page.rounds_view
    assert view is not None and view.isVisibleTo(page)
    model = view.model
    codes = [model.raw(r, "COB") for r in range(model.rowCount())]
    venezuela = codes.index("862")
    assert model.raw(venezuela, "previous") == 6_379 and model.raw(venezuela, "current") == 161_495
    assert model.data(model.index(venezuela, 4), Qt.ItemDataRole.DecorationRole) is not None
    assert "6.379" in model.data(model.index(venezuela, 0), Qt.ItemDataRole.ToolTipRole)  # PLA-004's text, in Spanish
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Censo 2010"
    assert codes[-1] == "_T"
    assert view.chart.codes[:2] == ["600", "068"] and "1" not in view.chart.codes  # countries only, largest first
    assert "PLA-004" in view.findings.text()
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert previous_round(window.project) is None and not view.isVisibleTo(page)


def test_rounds_model(qtmodeltester, gui_app):
    from app.ui.rounds_view import RoundsModel

    model = RoundsModel()
    model.set_result({"previous": {"census_year": 2010}, "rows": [
        {"COB": "862", "kind": "country", "previous": 6379.0, "current": 161495.0, "change": 155116.0, "pct": 2431.7,
         "previous_women": None, "current_women": None, "flagged": True}], "total": None}, 2022)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 4)) == "2.431,7"

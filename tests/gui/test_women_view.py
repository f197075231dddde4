"""The Check page's "Women in migration" tab on the Argentine census 2022 tables: the published totals lead."""

from pathlib import Path

import pytest

REAL = next((p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()),
            None)
pytestmark = pytest.mark.skipif(REAL is None, reason="shared/realdata not found")


@pytest.fixture
def argentina(tmp_path):
    from app import workflow

    path = tmp_path / "ARG-2022.imila"
    with workflow.new_project(path, "ARG", 2022) as project:
        for name in ("ar_indec_c2022_tp_migraciones_c3.xlsx", "ar_indec_c2022_tp_migraciones_c2.xlsx"):
            assert workflow.import_file(project, REAL / name, auto=True).tables
        overview = workflow.migration_overview(project)
    return overview


def test_headline_and_ages(qtbot, gui_app, argentina):
    from app.ui.app import set_language
    from app.ui.women_view import WomenView

    view = WomenView()
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.set_overview(argentina)
    view.show()
    text = view.summary.text()
    assert "1.061.421 de las 1.933.463 personas nacidas en el extranjero son mujeres (54,9 %)" in text
    assert "179.239" in text  # not stated, on its own
    model = view.countries_model
    residual = view.row_of("R019")
    assert residual >= 0 and "(resto)" in model.data(model.index(residual, 0))
    assert view.row_of("142") >= 0 and view.row_of("UNK") < 0
    ages = view.sections["ages"][3]
    assert ages.rowCount() == 20 and ages.columnCount() == 7  # 4 groups × foreign-born, 3 countries, natives
    assert ages.data(ages.index(16, 0)) == "Nativos (T00)"
    assert view.sections["ages"][0].isVisible() and not view.sections["arrivals"][0].isVisible()
    try:
        set_language("en")
        qtbot.waitUntil(lambda: "1,061,421 of the 1,933,463 people born abroad are women (54.9 %)" in view.summary.text())
        assert ages.data(ages.index(16, 0)) == "Natives (T00)"
    finally:
        set_language("es")


def test_section_model(qtmodeltester, gui_app):
    from app.ui.women_view import WomenByCountryModel, WomenSectionModel

    countries = WomenByCountryModel()  # no parent: it outlives nothing the tester reads
    countries.set_rows([{"COB": "R019", "kind": "residual", "women": 5.0, "men": 4.0, "women_pct": 55.6, "sex_ratio": 80.0}])
    assert "(resto)" in countries.data(countries.index(0, 0))

    model = WomenSectionModel("ages")
    model.set_table({"columns": ["a", "b"], "kinds": ["text", "share"], "rows": [["x", 54.9], ["y", None]]})
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 1)) == "54,9" and model.data(model.index(1, 1)) == "—"

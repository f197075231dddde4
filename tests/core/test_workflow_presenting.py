"""What the Check page presents, computed by the core: a finding's cells, charts, women, the report."""

import shutil
from pathlib import Path

import pytest

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo.imila"


@pytest.fixture
def demo(tmp_path):
    if not DEMO.is_file():
        pytest.skip("the demo project is built by tools/build_demo.py")
    path = tmp_path / "demo.imila"
    shutil.copyfile(DEMO, path)
    project = workflow.open_project(path)
    yield project
    project.close()


def finding(findings, rule, severity):
    return next(f for f in findings if f.rule == rule and f.severity == severity)


def test_arrival_error_shows_the_whole_arrival_table_with_its_cells_highlighted(demo):
    findings = workflow.check_project(demo)
    log = finding(findings, "LOG-001", "error")
    table = workflow.finding_table(demo, log)
    assert table.table_id == "T04" and table.row_dim == "COB"
    assert table.col_dims == ["SEX", "ARRIVAL"] and table.fixed == {}
    assert table.rows[0] == "_T" and ("2", "2016-2021") in table.columns
    assert len(table.highlighted) == len(log.cells) == 15
    for r, c in table.highlighted:
        assert table.columns[c][1] == "2016-2021"
        assert table.lineage[r][c].startswith("Cuadro 4!")
        assert table.sources[r][c].endswith(".xlsx")
    assert all(cell["position"] in table.highlighted and cell["source"] for cell in table.cells)


def test_an_age_total_error_holds_the_sex_and_shows_every_age(demo):
    findings = workflow.check_project(demo)
    add = finding(findings, "ADD-003", "error")  # Europe, women: ages do not add up to the total
    table = workflow.finding_table(demo, add)
    assert table.fixed == {"SEX": "2"} and table.col_dims == ["AGE"]
    assert len(table.columns) == 19
    europe = table.rows.index("150")
    assert {r for r, _ in table.highlighted} == {europe}
    assert table.values[europe][table.columns.index(("_T",))] == 13401


def test_a_stored_finding_as_a_dict_works_too(demo):
    workflow.check_project(demo)
    stored = next(f for f in demo.stored_findings() if f["rule"] == "PLA-001")
    table = workflow.finding_table(demo, stored)
    assert table.col_dims == ["SEX"] and table.fixed == {"AGE": "_T"}
    assert len(table.highlighted) == 3


def test_migration_overview(demo):
    overview = workflow.migration_overview(demo)
    assert len(overview["pyramids"]["_T"]) == 18
    assert overview["top"][0][0] == "068"  # Bolivia
    haiti = next(row for row in overview["women"] if row["COB"] == "332")
    assert haiti["sex_ratio"] == pytest.approx(299.9, abs=0.1)
    assert "332" in overview["pyramids"]
    assert [code for code, _ in overview["arrivals"]][0] == "<1990"
    assert overview["activity"] is None and overview["occupation"] is None  # the demo has no T07, T09


def test_women_activity_comes_from_t07(tmp_path):
    project = workflow.new_project(tmp_path / "CHL.imila", "CHL", 2017)
    rows = ["table,COB,SEX,ACT,value"]
    for cob, (employed, unemployed, inactive) in {"068": (100, 10, 40), "604": (200, 20, 80)}.items():
        for sex, share in (("1", 1.0), ("2", 0.5)):
            values = [round(v * share) for v in (employed, unemployed, inactive)]
            rows += [f"T07,{cob},{sex},{act},{v}" for act, v in zip(("1", "2", "3"), values)]
            rows.append(f"T07,{cob},{sex},_T,{sum(values)}")
    path = tmp_path / "t07.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    workflow.import_tidy_csv(project, path)
    activity = workflow.migration_overview(project)["activity"]
    assert activity == [{"code": "1", "men": 300.0, "women": 150.0}, {"code": "2", "men": 30.0, "women": 15.0},
                        {"code": "3", "men": 120.0, "women": 60.0}]
    project.close()


def test_write_report(demo, tmp_path):
    path = workflow.write_report(demo, tmp_path / "report.html", "en")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "LOG-001" in text


def test_labels():
    assert workflow.code_label("COB", "068", "es").startswith("Bolivia")
    assert workflow.code_label("COB", "N:Países limítrofes", "en") == "Países limítrofes"
    assert workflow.dimension_name("SEX", "en") == "Sex"

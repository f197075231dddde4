"""The demo census: built from its sources by the script, its seeded errors found, and fixable."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_demo  # noqa: E402
import make_demo_sources  # noqa: E402

from app.store.project import Project  # noqa: E402
from app.workflow import check_project, export_package, reimport_file, verify_package  # noqa: E402


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return build_demo.build(tmp_path_factory.mktemp("demo") / "demo.imila")


def rules(findings, severity):
    return sorted((f.rule, f.table_id) for f in findings if f.severity == severity)


def test_demo_has_the_three_tables_and_t11_from_its_household_file(demo_path):
    with Project.open(demo_path) as project:
        assert set(project.table_counts()) == {"T00", "T01", "T04", "T11"}
        assert len(project.sources()) == 4 and len(project.mappings()) == 4
        assert project.metadata()["country_name"] == "República de Ejemplo"
        assert project.metadata()["t11_reference_period"] == {"from": 2010, "to": 2020,
                                                              "label": "emigraron desde 2010"}
        recipe = next(m["recipe"] for m in project.mappings() if m["recipe"].get("kind") == "emigrants")
        assert recipe["variables"]["country_of_residence"]["variable"] == "PAIS_RESIDE"
        t11 = project.observations("T11")
        total = t11[(t11[["COR", "SEX", "AGE", "DEPART"]] == "_T").all(axis=1)]["value"]
        assert len(total) == 1 and total.iloc[0] > 0
        # the household file is small and not confidential: the demo keeps it, for the exercises
        household = next(s for s in project.sources() if s["name"] == build_demo.HOUSEHOLDS)
        assert household["size"] == (build_demo.DEMO / build_demo.HOUSEHOLDS).stat().st_size


def test_every_seeded_error_is_found_with_the_right_rule_and_cells(demo_path):
    with Project.open(demo_path) as project:
        findings = check_project(project)
    by_rule = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    # 1. EUROPA (150) women do not add up: error on the region subtotal, from Cuadro 1's EUROPA row
    europe = [f for f in by_rule["ADD-001"] if f.severity == "error"
              and any(c.get("COB") == "150" and c.get("SEX") == "2" and c.get("AGE") == "_T" for c in f.cells)]
    assert europe and europe[0].params["difference"] in (1200, -1200)
    assert any(c["lineage"].startswith("Cuadro 1!") for c in europe[0].cells)
    # 2. Peruvian men 25-29: a warning-size additivity gap of 27 on Peru (604)
    peru = [f for f in by_rule["ADD-003"] if f.severity == "warning" and any(c.get("COB") == "604" for c in f.cells)]
    assert peru and abs(peru[0].params["difference"]) == 27
    # 3. Haiti (332): implausible sex ratio
    assert [f for f in by_rule["PLA-001"] if any(c.get("COB") == "332" for c in f.cells)]
    # 4. "2016-2021" arrival after the census year
    log = by_rule["LOG-001"]
    assert log[0].severity == "error" and log[0].table_id == "T04"
    assert all(c.get("ARRIVAL") == "2016-2021" for c in log[0].cells)
    assert all(c["lineage"].startswith("Cuadro 4!") for c in log[0].cells)
    # 5. China (156) below the publication threshold
    assert any("156" in str(f.params) or any(c.get("COB") == "156" for c in f.cells) for f in by_rule["DIS-001"])


def test_correcting_the_sources_clears_the_errors_and_the_package_verifies(demo_path, tmp_path):
    fixed = tmp_path / "demo-fixed.imila"
    fixed.write_bytes(demo_path.read_bytes())
    corrected = tmp_path / "corrected"
    make_demo_sources.write_sources(corrected, seeded=False)
    with Project.open(fixed) as project:
        for source in project.sources():
            if source["name"] == build_demo.HOUSEHOLDS:  # tabulated, not imported: nothing to correct there
                continue
            summary = reimport_file(project, source["id"], corrected / source["name"], memory=False)
            assert not summary.unresolved, summary.unresolved
        findings = check_project(project)
        assert rules(findings, "error") == []
        assert [r for r, _ in rules(findings, "warning")] == ["PLA-001"]  # Haiti stays: explain it
        haiti = [f for f in findings if f.rule == "PLA-001"][0]
        project.explain(haiti.key, "Labour migration from Haiti is mostly male (field report 2020).", "trainer")
        package = export_package(project, tmp_path / "out", lang="es")
    assert verify_package(package).ok

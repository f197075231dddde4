"""Acceptance on real published tables: INDEC census 2022, Cuadro 2 → T00 and Cuadro 3 → T01.

The two tables agree on the foreign-born population (1,933,463): the
cross-table check finds nothing. One altered country cell (Bolivian women
aged 0-14, +1,000) gives exactly the additivity findings it breaks (AGE for
Bolivian women, the AMÉRICA region and the "Países limítrofes" national
subtotal for women aged 0-14) and the consistency finding T01 vs T00.
Cuadro 3 publishes no both-sexes figure by age, so there is no SEX-direction
total for that cell to contradict.

Both readings are tested: the application's import and mapping pipeline, and
a fixed cell-by-cell reading (tests/checks/indec.py) that does not depend on it.
"""

import pytest

from app.checks import run_checks
from tests.checks import indec
from tests.checks.frames import obs_frame

C2 = indec.realdata("ar_indec_c2022_tp_migraciones_c2.xlsx")
C3 = indec.realdata("ar_indec_c2022_tp_migraciones_c3.xlsx")
pytestmark = pytest.mark.skipif(C2 is None or C3 is None, reason="shared/realdata not found")

BOLIVIAN_GIRLS = ("068", "2", "00-14")
EXPECTED_AFTER_CHANGE = {
    ("ADD-001", "error", "ADD-001|T01|COB|T01:COB=019,SEX=2,AGE=00-14"),
    ("ADD-002", "error", "ADD-002|T01|COB|T01:COB=N:Países limítrofes,SEX=2,AGE=00-14"),
    ("ADD-003", "error", "ADD-003|T01|AGE|T01:COB=068,SEX=2,AGE=_T"),
    ("CON-002", "error", "CON-002|T01|T00:SEX=2,AGE=00-14:parts|"),
}


def _pipeline_rows():
    from app.importers import read_file
    from app.mapping import apply_recipe, build_recipe

    rows = []
    for path, table in ((C2, "T00"), (C3, "T01")):
        tidy = read_file(path).tables[0]
        recipe, _ = build_recipe(tidy, table)
        rows += apply_recipe(tidy, recipe)
    return rows


def _direct_rows():
    return indec.cuadro2_rows(C2) + indec.cuadro3_rows(C3)


@pytest.fixture(scope="module", params=["pipeline", "direct"])
def rows(request):
    return _pipeline_rows() if request.param == "pipeline" else _direct_rows()


def _value(rows, table, **codes):
    return next(r["value"] for r in rows if r["table_id"] == table and all(r.get(k) == v for k, v in codes.items()))


def test_foreign_born_agree_across_t00_and_t01(rows):
    assert _value(rows, "T00", NATIVITY="F", SEX="_T", AGE="_T") == 1_933_463
    assert _value(rows, "T01", COB="_T", SEX="_T", AGE="_T") == 1_933_463
    findings = run_checks(obs_frame(rows), {"census_year": 2022})
    assert [f for f in findings if f.severity == "error"] == []
    assert [f.key for f in findings if f.rule.startswith(("CON", "ADD"))] == []
    # what remains is true of the published tables: Africa's sex ratio, 9 % not stated, broad age groups
    assert sorted(f.rule for f in findings) == ["PLA-001", "PLA-002", "PLA-005"]


def test_one_altered_cell_gives_exactly_the_expected_findings(rows):
    before = {f.key for f in run_checks(obs_frame(rows), {"census_year": 2022})}
    altered = [dict(r) for r in rows]
    cell = next(r for r in altered if r["table_id"] == "T01" and (r["COB"], r["SEX"], r["AGE"]) == BOLIVIAN_GIRLS)
    cell["value"] += 1_000
    findings = run_checks(obs_frame(altered), {"census_year": 2022})
    new = {(f.rule, f.severity, f.key) for f in findings if f.key not in before}
    assert new == EXPECTED_AFTER_CHANGE
    consistency = next(f for f in findings if f.rule == "CON-002")
    assert (consistency.params["expected"], consistency.params["found"]) == (57_290, 58_290)
    assert {c["table_id"] for c in consistency.cells} == {"T00", "T01"}
    age = next(f for f in findings if f.rule == "ADD-003")
    assert (age.params["expected"], age.params["found"], age.params["difference"]) == (177_186, 178_186, 1_000)
    assert any(c.get("lineage", "").startswith("Cuadro 3!") and c["value"] == 10_004 for c in age.cells)

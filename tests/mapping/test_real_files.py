"""The published census tables of shared/realdata map to IMILA with at most one confirmation.

Figures are those of shared/realdata/README.md.
"""

from pathlib import Path

import pytest

from app.mapping import apply_recipe, build_recipe, diff_recipe, extend_recipe, suggest_table
from app.mapping.recipe import unresolved

REAL = next((p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()), None)
pytestmark = pytest.mark.skipif(REAL is None, reason="shared/realdata not found")

C3 = "ar_indec_c2022_tp_migraciones_c3.xlsx"
C2 = "ar_indec_c2022_tp_migraciones_c2.xlsx"
MX = "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"


def _read(name, sheet=None, folder=None):
    from app.importers import read_file

    return read_file((folder or REAL) / name, sheet=sheet).tables[0]


@pytest.fixture(scope="module")
def cuadro3():
    return _read(C3)


@pytest.fixture(scope="module")
def inegi01():
    return _read(MX, "01")


def _mapped(tidy, table_id):
    recipe, rows = build_recipe(tidy, table_id)
    asked = unresolved(rows)
    assert len(asked) <= 1, [(r.label, r.code, r.confidence) for r in asked]
    return recipe, _index(apply_recipe(tidy, recipe), table_id)


def _index(observations, table_id):
    from app.models.schema import load_schema

    dims = load_schema().table(table_id).dimensions
    index = {}
    for obs in observations:
        key = tuple(obs[d] for d in dims)
        assert key not in index, f"duplicate cell {key}"
        index[key] = obs
    return index


def value(index, *key):
    return index[key]["value"]


def test_indec_cuadro3_to_t01(cuadro3):
    assert suggest_table(cuadro3)[0].table_id == "T01"
    recipe, t01 = _mapped(cuadro3, "T01")
    assert value(t01, "_T", "_T", "_T") == 1_933_463
    assert value(t01, "_T", "2", "_T") == 1_061_421
    assert value(t01, "_T", "1", "_T") == 872_042
    assert value(t01, "600", "_T", "_T") == 522_598
    assert (value(t01, "600", "2", "_T"), value(t01, "600", "1", "_T")) == (298_850, 223_748)
    assert value(t01, "068", "_T", "_T") == 338_299
    assert (value(t01, "068", "2", "_T"), value(t01, "068", "1", "_T")) == (177_186, 161_113)
    assert value(t01, "862", "_T", "_T") == 161_495
    assert value(t01, "604", "_T", "_T") == 156_251
    assert value(t01, "380", "_T", "_T") == 68_169
    assert value(t01, "UNK", "_T", "_T") == 179_239
    assert value(t01, "380", "2", "65+") == 36_317
    # broad age groups are kept as published
    assert {k[2] for k in t01} == {"_T", "00-14", "15-24", "25-64", "65+"}
    # AMÉRICA is a region subtotal: its countries and "Resto de América" add up to it
    america = value(t01, "019", "_T", "_T")
    assert america == 1_567_110
    parts = [k[0] for k in t01 if k[1:] == ("_T", "_T") and k[0] in ("068", "076", "152", "600", "858", "170", "604", "862", "R019")]
    assert len(parts) == 9 and sum(value(t01, c, "_T", "_T") for c in parts) == america
    national = t01[("N:Países limítrofes", "_T", "_T")]
    assert national["kind"] == "national" and national["members"] == ["068", "076", "152", "600", "858"]
    assert recipe["groups"]["COB"]["N:Países no limítrofes (América)"] == ["170", "604", "862", "R019"]
    assert t01[("600", "2", "_T")]["lineage"] == "Cuadro 3!C12"


def test_indec_cuadro2_to_t00():
    tidy = _read(C2)
    assert suggest_table(tidy)[0].table_id == "T00"
    recipe, t00 = _mapped(tidy, "T00")
    assert value(t00, "_T", "_T", "_T") == 45_618_787
    assert value(t00, "F", "_T", "_T") == 1_933_463
    assert value(t00, "F", "1", "_T") == 872_042
    assert value(t00, "F", "_T", "00-04") == 20_579
    assert value(t00, "F", "1", "85+") == 18_765 == 11_844 + 6_921
    assert value(t00, "N", "_T", "_T") == 36_772_721 + 6_912_603
    assert t00[("N", "_T", "_T")]["lineage"] == "Cuadro 2!D5+Cuadro 2!E5"
    assert not any(k[2] in ("85-89", "90+") for k in t00)


def test_inegi_01_to_t00_and_partial_t01(inegi01):
    ranked = [s.table_id for s in suggest_table(inegi01)]
    assert ranked[0] == "T00" and "T01" in ranked
    recipe, t00 = _mapped(inegi01, "T00")
    assert recipe["sum_totals"] == {"Tamaño de localidad de residencia actual": "Estados Unidos Mexicanos"}
    assert value(t00, "_T", "_T", "_T") == 126_014_024
    assert value(t00, "UNK", "_T", "_T") == 465_487
    assert value(t00, "F", "_T", "_T") == 797_266 + 414_986
    assert {k[2] for k in t00} == {"_T"}
    recipe, t01 = _mapped(inegi01, "T01")
    assert value(t01, "840", "_T", "_T") == 797_266
    assert value(t01, "840", "1", "_T") == 404_359
    assert value(t01, "840", "2", "_T") == 392_907
    assert value(t01, "OTH", "_T", "_T") == 414_986
    assert {k[0] for k in t01} == {"840", "OTH"}


def test_inegi_03_to_t05():
    tidy = _read(MX, "03")
    assert suggest_table(tidy)[0].table_id == "T05"
    recipe, t05 = _mapped(tidy, "T05")
    assert value(t05, "_T", "NAT", "_T", "_T") == 114_883_438
    assert value(t05, "_T", "840", "_T", "_T") == 374_155
    assert value(t05, "_T", "OTH", "_T", "_T") == 175_930
    assert value(t05, "_T", "UNK", "_T", "_T") == 259_750
    assert value(t05, "_T", "_T", "_T", "_T") == 115_693_273
    assert {k[0] for k in t05} == {"_T"}
    assert {k[3] for k in t05} >= {"05-09", "85+", "_T"}


def test_recipe_replays_on_reordered_copy_with_a_new_country(tmp_path, cuadro3):
    """A recipe made on Cuadro 3 asks only about the new country of a reordered copy."""
    openpyxl = pytest.importorskip("openpyxl")
    recipe, _ = build_recipe(cuadro3, "T01")
    wb = openpyxl.load_workbook(REAL / C3)
    ws = wb.active
    rows = [[ws.cell(r, c).value for c in range(1, 13)] for r in range(6, 27)]
    for merged in [m for m in ws.merged_cells.ranges if m.min_row >= 27]:
        ws.unmerge_cells(str(merged))
    ws.insert_rows(27)  # room for one more country; footnotes move down
    # Europe before America, and Cuba (new) before "Resto de América"
    europe, america = rows[13:17], rows[1:13]
    cuba = ["Cuba 1/", 900, 500, 10, 20, 400, 70, 400, 10, 20, 300, 70]
    reordered = [rows[0], *europe, *america[:-1], cuba, america[-1], *rows[17:]]
    for offset, values in enumerate(reordered):
        for c, v in enumerate(values, start=1):
            ws.cell(6 + offset, c).value = v
    copy = tmp_path / "cuadro3_next.xlsx"
    wb.save(copy)
    tidy = _read(copy.name, folder=tmp_path)
    diff = diff_recipe(recipe, tidy)
    assert diff.new_labels == {"Lugar de nacimiento": ["Cuba 1/"]}
    assert diff.questions == 1
    extended, asked = extend_recipe(recipe, tidy)
    assert [(r.label, r.code) for r in asked] == [("Cuba 1/", "192")]
    t01 = _index(apply_recipe(tidy, extended), "T01")
    assert value(t01, "192", "_T", "_T") == 900
    assert value(t01, "600", "2", "_T") == 298_850
    assert value(t01, "380", "2", "65+") == 36_317

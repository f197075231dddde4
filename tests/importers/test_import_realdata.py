"""The published census tables import with no manual correction (figures of shared/realdata/README.md)."""

from __future__ import annotations

import pytest

from app.importers import read_file

C3 = "ar_indec_c2022_tp_migraciones_c3.xlsx"
C2 = "ar_indec_c2022_tp_migraciones_c2.xlsx"
MX = "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"

LN = "Lugar de nacimiento"
SEX3 = "Sexo registrado al nacer"
AGE3 = "Grupo de edad"
TOTAL3 = "Población en viviendas particulares nacida en otro país"
WOMEN = "Mujer / Femenino"
MEN = "Varón / Masculino"


@pytest.fixture(scope="module")
def cuadro3(realdata):
    result = read_file(realdata / C3)
    assert result.format == "xlsx"
    assert result.sheets == ["Cuadro 3"]
    return result.tables[0]


@pytest.fixture(scope="module")
def cuadro2(realdata):
    return read_file(realdata / C2).tables[0]


@pytest.fixture(scope="module")
def inegi(realdata):
    return read_file(realdata / MX, sheet=["01", "03"])


# --------------------------------------------------------------------------- INDEC Cuadro 3


def test_cuadro3_dimensions(cuadro3):
    assert [d.name for d in cuadro3.dimensions] == [LN, SEX3, AGE3]
    assert [d.role for d in cuadro3.dimensions] == ["row", "column", "column"]
    places = cuadro3.dimension(LN).labels
    assert len(places) == 21
    assert places[:4] == ["Total", "AMÉRICA", "Países limítrofes", "Bolivia"]
    assert places[-1] == "Ignorado(1)"
    assert cuadro3.dimension(SEX3).labels == [TOTAL3, WOMEN, MEN]
    assert cuadro3.dimension(AGE3).labels == [TOTAL3, "Total", "0-14", "15-24", "25-64", "65 años y más"]


def test_cuadro3_figures(cuadro3, pick):
    f = cuadro3.frame
    assert pick(f, {LN: "Total", SEX3: TOTAL3, AGE3: TOTAL3}) == 1_933_463
    assert pick(f, {LN: "Total", SEX3: WOMEN, AGE3: "Total"}) == 1_061_421
    assert pick(f, {LN: "Total", SEX3: MEN, AGE3: "Total"}) == 872_042
    assert pick(f, {LN: "Paraguay", SEX3: TOTAL3, AGE3: TOTAL3}) == 522_598
    assert pick(f, {LN: "Paraguay", SEX3: WOMEN, AGE3: "Total"}) == 298_850
    assert pick(f, {LN: "Paraguay", SEX3: MEN, AGE3: "Total"}) == 223_748
    assert pick(f, {LN: "Bolivia", SEX3: TOTAL3, AGE3: TOTAL3}) == 338_299
    assert pick(f, {LN: "Bolivia", SEX3: WOMEN, AGE3: "Total"}) == 177_186
    assert pick(f, {LN: "Bolivia", SEX3: MEN, AGE3: "Total"}) == 161_113
    assert pick(f, {LN: "Venezuela", SEX3: TOTAL3, AGE3: TOTAL3}) == 161_495
    assert pick(f, {LN: "Perú", SEX3: TOTAL3, AGE3: TOTAL3}) == 156_251
    assert pick(f, {LN: "Italia", SEX3: TOTAL3, AGE3: TOTAL3}) == 68_169
    assert pick(f, {LN: "Ignorado(1)", SEX3: TOTAL3, AGE3: TOTAL3}) == 179_239
    assert pick(f, {LN: "Italia", SEX3: WOMEN, AGE3: "65 años y más"}) == 36_317
    assert pick(f, {LN: "AMÉRICA", SEX3: TOTAL3, AGE3: TOTAL3}) == 1_567_110


def test_cuadro3_cells_and_lineage(cuadro3):
    f = cuadro3.frame
    assert len(f) == 21 * 11 == 231
    assert set(f["flag"]) == {"A"}
    assert f["value"].notna().all()
    row = f[(f[LN] == "Total") & (f[SEX3] == TOTAL3)]
    assert row["cell"].tolist() == ["Cuadro 3!B6"]
    italy = f[(f[LN] == "Italia") & (f[SEX3] == WOMEN) & (f[AGE3] == "65 años y más")]
    assert italy["cell"].tolist() == ["Cuadro 3!G21"]
    assert list(f.columns) == [LN, SEX3, AGE3, "value", "flag", "cell"]


def test_cuadro3_layout_and_footer(cuadro3):
    lay = cuadro3.layout
    assert lay["title_rows"] == [0, 1]
    assert lay["header_rows"] == [2, 3, 4]
    assert lay["data_rows"] == list(range(5, 26))
    assert lay["stub_cols"] == [0]
    assert lay["data_cols"] == list(range(1, 12))
    assert {26, 27, 28, 30, 31, 32} <= set(lay["footer_rows"])
    labels = cuadro3.dimension(LN).labels
    for bad in ("(1)", "Nota", "Fuente", "Signos", "-", "///"):
        assert not any(lab.startswith(bad) for lab in labels)
    assert any(n.startswith("Fuente: INDEC") for n in cuadro3.notes)
    assert any(n.startswith("(1) La categoría Ignorado") for n in cuadro3.notes)
    # NBSP in the title rows became spaces
    assert cuadro3.title.startswith("Censo Nacional de Población, Hogares y Viviendas 2022\nCuadro 3. Total del país.")
    assert "\u00a0" not in cuadro3.title
    assert cuadro3.confidence >= 0.8


def test_cuadro3_totals_kept_and_detected(cuadro3):
    lay = cuadro3.layout
    # label totals and arithmetic subtotals: Total, AMÉRICA, Países limítrofes, … EUROPA
    assert {5, 6, 7, 13, 18} <= set(lay["total_rows"])
    assert lay["row_groups"]["6"] == [7, 13]  # AMÉRICA = limítrofes + no limítrofes
    assert lay["row_groups"]["7"] == [8, 9, 10, 11, 12]  # Países limítrofes = its five countries
    assert lay["row_groups"]["18"] == [19, 20, 21]  # EUROPA
    assert {1, 2, 7} <= set(lay["total_cols"])
    assert lay["col_groups"]["1"] == [2, 7]
    # every published cell is kept, totals included
    assert len(cuadro3.frame) == 231


# --------------------------------------------------------------------------- INDEC Cuadro 2

SEX2 = "Sexo registrado al nacer"
AGE2 = "Grupos quinquenales de edad"
POB = "Población en viviendas particulares"


def test_cuadro2_stacked_blocks(cuadro2, pick):
    names = [d.name for d in cuadro2.dimensions]
    assert names == [SEX2, AGE2, LN]
    assert cuadro2.dimension(SEX2).labels == ["Total", WOMEN, MEN]
    assert cuadro2.dimension(AGE2).labels[:3] == ["", "0-4", "5-9"]
    assert cuadro2.dimension(AGE2).labels[-1] == "90 y más"
    assert cuadro2.dimension(LN).labels == [POB, "En esta provincia", "En otra provincia", "Otro país"]
    f = cuadro2.frame
    assert len(f) == 60 * 4
    assert pick(f, {SEX2: "Total", AGE2: "", LN: POB}) == 45_618_787
    assert pick(f, {SEX2: "Total", AGE2: "", LN: "Otro país"}) == 1_933_463
    assert pick(f, {SEX2: MEN, AGE2: "", LN: "Otro país"}) == 872_042
    assert pick(f, {SEX2: "Total", AGE2: "0-4", LN: "Otro país"}) == 20_579
    assert pick(f, {SEX2: MEN, AGE2: "85-89", LN: "Otro país"}) == 11_844
    assert pick(f, {SEX2: MEN, AGE2: "90 y más", LN: "Otro país"}) == 6_921
    lay = cuadro2.layout
    assert lay["fill_down"] == [0]
    assert {4, 24, 44} <= set(lay["total_rows"])  # block totals (blank age)
    assert lay["row_groups"]["24"] == list(range(25, 44))
    assert lay["total_cols"] == [2]
    assert any("25/04/2024" in n for n in cuadro2.notes)


# --------------------------------------------------------------------------- INEGI

TAM = "Tamaño de localidad de residencia actual"
EUM = "Estados Unidos Mexicanos"


def test_inegi_sheets(inegi):
    assert inegi.sheets == ["Índice", "01", "02", "03", "04", "05", "06", "07", "08", "09"]
    assert [t.name for t in inegi.tables] == ["01", "03"]


def test_inegi_default_sheet_skips_the_index(realdata):
    result = read_file(realdata / MX)
    assert [t.name for t in result.tables] == ["01"]
    assert result.settings["sheet"] == "01"


def test_inegi_01(inegi, pick):
    t = inegi.table("01")
    assert [d.name for d in t.dimensions] == [TAM, "Sexo", LN]
    assert t.dimension(LN).labels == [
        "Población total1",
        "En la entidad",
        "En otra entidad",
        "En los Estados Unidos de América",
        "En otro país",
        "No especificado",
    ]
    f = t.frame
    assert pick(f, {TAM: EUM, "Sexo": "Total", LN: "Población total1"}) == 126_014_024
    assert pick(f, {TAM: EUM, "Sexo": "Total", LN: "En los Estados Unidos de América"}) == 797_266
    assert pick(f, {TAM: EUM, "Sexo": "Hombres", LN: "En los Estados Unidos de América"}) == 404_359
    assert pick(f, {TAM: EUM, "Sexo": "Mujeres", LN: "En los Estados Unidos de América"}) == 392_907
    assert pick(f, {TAM: EUM, "Sexo": "Total", LN: "En otro país"}) == 414_986
    assert pick(f, {TAM: EUM, "Sexo": "Total", LN: "No especificado"}) == 465_487
    lay = t.layout
    assert lay["header_rows"] == [5, 6]
    assert lay["spacer_rows"] == [7]  # INEGI's empty row between header and data
    assert lay["data_rows"][0] == 8 and len(lay["data_rows"]) == 45
    assert lay["footer_rows"] == [54]
    assert 2 in lay["total_cols"]


def test_inegi_03_three_header_rows(inegi, pick):
    t = inegi.table("03")
    l1, l2 = "Lugar de residencia en marzo de 2015 (1)", "Lugar de residencia en marzo de 2015 (2)"
    assert [d.name for d in t.dimensions] == [TAM, "Sexo", "Grupos quinquenales de edad", l1, l2]
    assert t.layout["header_rows"] == [5, 6, 7]
    assert len(t.layout["data_rows"]) >= 800
    f = t.frame
    base = {TAM: EUM, "Sexo": "Total", "Grupos quinquenales de edad": "Total"}
    pob = "Población de 5 años y más"
    assert pick(f, {**base, l1: pob, l2: pob}) == 115_693_273
    assert pick(f, {**base, l1: "En la entidad", l2: "Total"}) == 111_075_594
    assert pick(f, {**base, l1: "En otra entidad o país", l2: "En otra entidad"}) == 3_807_844
    assert pick(f, {**base, l1: "En otra entidad o país", l2: "En los Estados Unidos de América"}) == 374_155
    assert pick(f, {**base, l1: "En otra entidad o país", l2: "En otro país"}) == 175_930
    assert pick(f, {**base, l1: "No especificado", l2: "No especificado"}) == 259_750
    assert pick(f, {**base, l1: "En la entidad", l2: "No especificado"}) == 127_474
    # place of residence in Mexico five years earlier (README): 114,883,438
    nat = pick(f, {**base, l1: "En la entidad", l2: "Total"}) + pick(
        f, {**base, l1: "En otra entidad o país", l2: "En otra entidad"}
    )
    assert nat == 114_883_438
    assert t.layout["col_groups"]["3"] == [4, 8, 12]


def test_every_inegi_sheet_imports(realdata):
    result = read_file(realdata / MX, sheet="*")
    assert [t.name for t in result.tables] == ["01", "02", "03", "04", "05", "06", "07", "08", "09"]
    assert any("Índice" in w for w in result.warnings)
    t09 = result.table("09")
    assert (t09.frame["value"] < 0).any()  # negative net migration is read as published
    for t in result.tables:
        assert len(t.frame) > 0
        names = [d.name for d in t.dimensions]
        assert len(set(names)) == len(names) and all(names)

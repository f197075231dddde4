"""Every supported format, from small generated files (tests/fixtures/make_fixtures.py)."""

from __future__ import annotations

import math

import pytest

from app.importers import detect_format, read_file, register_format, registered_formats


def test_registry_lists_every_format():
    names = {spec.name for spec in registered_formats()}
    assert {"csv", "xlsx", "xls", "ods", "html", "sav", "dta"} <= names
    for spec in registered_formats():
        assert spec.patterns and callable(spec.can_read) and callable(spec.read)


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("latin1_semicolon.csv", "csv"),
        ("utf8_bom.csv", "csv"),
        ("utf16_unicode.txt", "csv"),
        ("pipe.txt", "csv"),
        ("long.csv", "csv"),
        ("multiheader.xlsx", "xlsx"),
        ("table.ods", "ods"),
        ("redatam_freq.html", "html"),
        ("plain.html", "html"),
        ("table.sav", "sav"),
        ("table.dta", "dta"),
    ],
)
def test_detect_format(fixtures_dir, name, fmt):
    assert detect_format(fixtures_dir / name) == fmt


def test_register_a_format(fixtures_dir, tmp_path):
    from app.importers import _REGISTRY, ImportResult

    def can_read(path, head):
        return path.suffix == ".imx"

    def read(path, opts):
        return ImportResult(path=str(path), format="imx", settings={"format": "imx"}, tables=[], sheets=[], warnings=[])

    register_format("imx", ("*.imx",), can_read, read, priority=99)
    try:
        f = tmp_path / "a.imx"
        f.write_text("x")
        assert detect_format(f) == "imx"
        assert read_file(f).format == "imx"
    finally:
        _REGISTRY.pop("imx")


# --------------------------------------------------------------------------- delimited text


def test_latin1_semicolon_decimal_comma(fixtures_dir, pick):
    result = read_file(fixtures_dir / "latin1_semicolon.csv")
    s = result.settings
    assert s["format"] == "csv"
    assert s["encoding"] in ("cp1252", "latin-1")
    assert (s["delimiter"], s["decimal"], s["thousands"]) == (";", ",", ".")
    t = result.tables[0]
    f = t.frame
    assert [d.name for d in t.dimensions] == ["País de nacimiento", "Columna 1"]
    assert t.dimension("País de nacimiento").labels == ["Total", "Bolivia", "Perú", "Haití", "Otros países"]
    assert pick(f, {"País de nacimiento": "Total", "Columna 1": "Total"}) == 1_933_463
    assert pick(f, {"País de nacimiento": "Bolivia", "Columna 1": "Mujer"}) == 177_186
    # The sex ratio column is a measure, not persons: set aside with a note, never a cell.
    assert "Índice de masculinidad" not in t.dimension("Columna 1").labels
    assert ["Columna 1", "Índice de masculinidad"] in t.layout["set_aside"]
    haiti = f[f["País de nacimiento"] == "Haití"]
    assert haiti["flag"].tolist() == ["A", "A", "A"]  # "-" absolute zero; the ratio's "///" went with its column
    assert haiti["value"].tolist() == [0.0, 0.0, 0.0]
    assert t.title.startswith("Cuadro 1. Población nacida en el extranjero")
    assert t.layout["footer_rows"] == [9, 10]
    assert any(n.startswith("Fuente: Instituto Nacional") for n in t.notes)


def test_utf8_bom_quoted_fields(fixtures_dir, pick):
    result = read_file(fixtures_dir / "utf8_bom.csv")
    assert result.settings["encoding"] == "utf-8-sig"
    assert (result.settings["delimiter"], result.settings["thousands"]) == (",", ",")
    t = result.tables[0]
    labels = t.dimension("País de nacimiento").labels
    assert "Venezuela (República Bolivariana de)" in labels
    assert "Bolivia, Estado Plurinacional de" in labels
    assert 'Otros "países"' in labels
    assert pick(t.frame, {"País de nacimiento": "Total", "Columna 1": "Total"}) == 1_933_463
    assert pick(t.frame, {"País de nacimiento": "Bolivia, Estado Plurinacional de", "Columna 1": "Mujeres"}) == 177_186


def test_utf16_unicode_text_with_nbsp_thousands(fixtures_dir, pick):
    result = read_file(fixtures_dir / "utf16_unicode.txt")
    assert result.settings["encoding"] == "utf-16"
    assert result.settings["delimiter"] == "\t"
    f = result.tables[0].frame
    assert pick(f, {"País de nacimiento": "Total", "Columna 1": "Total"}) == 1_933_463
    assert pick(f, {"País de nacimiento": "Total", "Columna 1": "Hombres"}) == 872_042  # narrow NBSP
    assert pick(f, {"País de nacimiento": "Paraguay", "Columna 1": "Mujeres"}) == 298_850


def test_pipe_delimited_signs(fixtures_dir):
    result = read_file(fixtures_dir / "pipe.txt")
    assert result.settings["delimiter"] == "|"
    f = result.tables[0].frame
    flags = dict(zip(f["Pais"] + "/" + f["Columna 1"], f["flag"]))
    assert flags["Uruguay/Total"] == "C"  # x
    assert flags["Otros/Hombres"] == "C"  # ..
    assert flags["Ignorado/Total"] == "M"  # n.d.
    assert flags["Ignorado/Hombres"] == "M"  # empty data cell
    assert flags["Ignorado/Mujeres"] == "M"  # ND
    assert flags["Chile/Total"] == "A"
    assert f[f["flag"] != "A"]["value"].isna().all()


def test_long_table(fixtures_dir, pick):
    result = read_file(fixtures_dir / "long.csv")
    assert result.format == "long"
    t = result.tables[0]
    assert t.layout["kind"] == "long"
    assert [d.name for d in t.dimensions] == ["anio", "pais", "sexo", "edad"]
    assert t.layout["code_cols"] == [0]  # the year column is a label, not a value
    assert t.layout["flag_col"] == 5
    assert t.layout["value_name"] == "valor"
    assert len(t.frame) == 60
    assert pick(t.frame, {"pais": "Bolivia", "sexo": "Total", "edad": "Total"}) == 1001
    peru = t.frame[(t.frame["pais"] == "Perú") & (t.frame["edad"] == "65 y más")]
    assert set(peru["flag"]) == {"E"}
    assert t.frame["cell"].iloc[0] == "long.csv!E2"


# --------------------------------------------------------------------------- workbooks


def test_multiheader_merged_with_hidden_row(fixtures_dir, pick):
    t = read_file(fixtures_dir / "multiheader.xlsx").tables[0]
    assert [d.name for d in t.dimensions] == ["País de nacimiento", "Sexo", "Grupo de edad"]
    assert t.dimension("Sexo").labels == ["Total", "Hombres", "Mujeres"]
    assert t.dimension("Grupo de edad").labels == ["Total", "0-14", "15 y más"]
    assert "Cálculo auxiliar" not in t.dimension("País de nacimiento").labels
    assert t.layout["hidden_rows"] == [8]
    assert 8 not in t.layout["data_rows"]
    assert any("Hidden rows (9)" in n for n in t.notes)
    f = t.frame
    assert pick(f, {"País de nacimiento": "Total", "Sexo": "Total", "Grupo de edad": "Total"}) == 1000
    assert pick(f, {"País de nacimiento": "Perú", "Sexo": "Mujeres", "Grupo de edad": "15 y más"}) == 125
    assert t.layout["row_groups"]["6"] == [7, 9]  # AMÉRICA = Bolivia + Perú, skipping the hidden row
    assert len(f) == 6 * 7


def test_include_hidden_rows_on_request(fixtures_dir):
    t = read_file(fixtures_dir / "multiheader.xlsx", overrides={"include_hidden": True}).tables[0]
    assert "Cálculo auxiliar" in t.dimension("País de nacimiento").labels


def test_unmerged_group_label_sections_and_signs(fixtures_dir, pick):
    t = read_file(fixtures_dir / "sections.xlsx").tables[0]
    assert [d.name for d in t.dimensions] == ["Bloque", "País de nacimiento", "Sexo"]
    assert t.dimension("Bloque").role == "block"
    assert t.dimension("Bloque").labels == ["", "AMÉRICA", "EUROPA"]
    assert t.dimension("Sexo").labels == ["Total", "Hombres", "Mujeres"]
    assert t.layout["spacer_rows"] == [3]
    assert t.layout["section_rows"] == [5, 8]
    f = t.frame
    assert pick(f, {"Bloque": "AMÉRICA", "País de nacimiento": "Perú", "Sexo": "Mujeres"}) == 60
    italy = f[f["País de nacimiento"] == "Italia"]
    assert italy["flag"].tolist() == ["C", "C", "C"]
    assert italy["value"].isna().all()
    assert any(n.startswith("Nota: cifras provisionales") for n in t.notes)


def test_ods(fixtures_dir, pick):
    result = read_file(fixtures_dir / "table.ods")
    assert result.format == "ods"
    assert result.sheets == ["Cuadro 4"]
    t = result.tables[0]
    assert pick(t.frame, {"País de nacimiento": "Colombia", "Columna 1": "Mujeres"}) == 370
    assert t.layout["title_rows"] == [0]
    assert t.layout["footer_rows"] == [7]


# --------------------------------------------------------------------------- statistical files


@pytest.mark.parametrize("name", ["table.sav", "table.dta"])
def test_sav_and_dta_with_value_labels(fixtures_dir, pick, name):
    result = read_file(fixtures_dir / name)
    assert result.format == name.split(".")[1]
    t = result.tables[0]
    assert [d.name for d in t.dimensions] == ["País de nacimiento", "Sexo"]
    assert t.dimension("País de nacimiento").labels == ["Argentina", "Bolivia", "Paraguay"]
    assert t.dimension("Sexo").labels == ["Hombre", "Mujer"]
    assert pick(t.frame, {"País de nacimiento": "Bolivia", "Sexo": "Mujer"}) == 177_186
    assert pick(t.frame, {"País de nacimiento": "Paraguay", "Sexo": "Hombre"}) == 223_748
    assert t.layout["value_name"] == "n"
    assert t.frame["cell"].iloc[0] == f"{name}!C2"


def test_sav_value_column_override(fixtures_dir):
    from app.errors import ImportError_

    with pytest.raises(ImportError_) as err:
        read_file(fixtures_dir / "table.sav", overrides={"value_col": "nope"})
    assert err.value.key == "import.bad_override"


# --------------------------------------------------------------------------- REDATAM


@pytest.mark.parametrize("name", ["redatam_freq.xlsx", "redatam_freq.csv", "redatam_freq.html"])
def test_redatam_frequency(fixtures_dir, pick, name):
    result = read_file(fixtures_dir / name)
    assert result.format == "redatam"
    t = result.tables[0]
    assert [d.name for d in t.dimensions] == ["Área", "Lugar de nacimiento"]
    area = t.dimension("Área")
    assert area.role == "geography"
    assert area.labels == ["02007 Almirante Brown", "02014 Avellaneda", "02028 Berisso", "RESUMEN"]
    assert t.dimension("Lugar de nacimiento").labels == ["Argentina", "Bolivia", "Paraguay", "NSA", "Total"]
    f = t.frame
    assert len(f) == 4 * 5  # only "Casos": percentages are derived and left out
    assert pick(f, {"Área": "02007 Almirante Brown", "Lugar de nacimiento": "Bolivia"}) == 20_000
    assert pick(f, {"Área": "02007 Almirante Brown", "Lugar de nacimiento": "Paraguay"}) == 0  # "-"
    assert pick(f, {"Área": "02014 Avellaneda", "Lugar de nacimiento": "NSA"}) == 800
    assert pick(f, {"Área": "02028 Berisso", "Lugar de nacimiento": "Total"}) == 82_300
    assert pick(f, {"Área": "RESUMEN", "Lugar de nacimiento": "Total"}) == 919_334
    assert t.layout["empty_areas"] == ["02021 Berazategui"]
    assert t.layout["total_geography"] == ["RESUMEN"]
    assert any("Tabla vacía" in n for n in t.notes)
    assert any("NSA" in n for n in t.notes)
    assert any(n.startswith("Procesado con Redatam") for n in t.notes)


@pytest.mark.parametrize("name", ["redatam_cross.xlsx", "redatam_cross.csv", "redatam_cross.html"])
def test_redatam_crosstab(fixtures_dir, pick, name):
    result = read_file(fixtures_dir / name)
    assert result.format == "redatam"
    t = result.tables[0]
    assert [d.name for d in t.dimensions] == ["Área", "Lugar de nacimiento", "Sexo"]
    assert t.dimension("Sexo").labels == ["Varón", "Mujer", "Total"]
    f = t.frame
    assert len(f) == 4 * 5 * 3
    assert pick(f, {"Área": "02007 Almirante Brown", "Lugar de nacimiento": "Bolivia", "Sexo": "Mujer"}) == 10_000
    assert pick(f, {"Área": "02028 Berisso", "Lugar de nacimiento": "Paraguay", "Sexo": "Total"}) == 0
    assert pick(f, {"Área": "02014 Avellaneda", "Lugar de nacimiento": "Total", "Sexo": "Total"}) == 315_800
    assert pick(f, {"Área": "RESUMEN", "Lugar de nacimiento": "NSA", "Sexo": "Mujer"}) == 1168
    assert set(f["flag"]) == {"A"}
    assert t.layout["redatam_layout"] == "cross"


def test_plain_html_table(fixtures_dir, pick):
    result = read_file(fixtures_dir / "plain.html")
    assert result.format == "html"
    assert result.sheets == ["Tabla 1"]
    t = result.tables[0]
    assert t.title == "Cuadro 9. Población extranjera por sexo"
    assert [d.name for d in t.dimensions] == ["País de nacimiento", "Sexo"]
    assert pick(t.frame, {"País de nacimiento": "Total", "Sexo": "Total"}) == 1000  # "1&nbsp;000"
    assert pick(t.frame, {"País de nacimiento": "Perú", "Sexo": "Mujeres"}) == 210


def test_ods_spans_and_collapsed_row(fixtures_dir, pick):
    t = read_file(fixtures_dir / "merged.ods").tables[0]
    assert [d.name for d in t.dimensions] == ["País", "Sexo"]
    assert t.dimension("Sexo").labels == ["Total", "Hombres", "Mujeres"]
    assert t.layout["hidden_rows"] == [4]
    assert "Auxiliar" not in t.dimension("País").labels
    assert pick(t.frame, {"País": "Perú", "Sexo": "Mujeres"}) == 10


def test_xlsm_formulas_are_cached_values_never_evaluated(fixtures_dir, pick):
    result = read_file(fixtures_dir / "formulas.xlsm")
    assert result.format == "xlsx"
    f = result.tables[0].frame
    assert pick(f, {"País": "Chile", "Columna 1": "Total"}) == 10
    assert pick(f, {"País": "Perú", "Columna 1": "Total"}) == 20  # WEBSERVICE(...) is not called
    cuba = f[(f["País"] == "Cuba") & (f["Columna 1"] == "Total")]
    assert cuba["flag"].tolist() == ["M"]  # a formula without a cached value is missing


def test_content_decides_over_the_extension(fixtures_dir, tmp_path, pick):
    # an .xls that is really an .xlsx, an HTML page, or tab-separated text (common "Excel" exports)
    (tmp_path / "real_xlsx.xls").write_bytes((fixtures_dir / "multiheader.xlsx").read_bytes())
    assert read_file(tmp_path / "real_xlsx.xls").format == "xlsx"
    (tmp_path / "web.xls").write_bytes((fixtures_dir / "redatam_cross.html").read_bytes())
    assert read_file(tmp_path / "web.xls").format == "redatam"
    (tmp_path / "tabs.xls").write_text("País\tTotal\nChile\t10\nPerú\t20\n", encoding="utf-8")
    result = read_file(tmp_path / "tabs.xls")
    assert result.format == "long" and result.settings["format"] == "csv"
    assert any("workbook extension" in w and "tabs.xls" in w for w in result.warnings)

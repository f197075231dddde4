"""Recipes built, applied, diffed and edited on TidyTables made by hand."""

import json

import pytest

from app.errors import MappingError
from app.mapping import (
    apply_recipe,
    build_recipe,
    detect_total_label,
    diff_recipe,
    extend_recipe,
    remember_recipe,
    set_binding,
    set_group,
    set_label_code,
    set_sum_total,
    suggest_bindings,
    suggest_table,
)
from app.mapping.recipe import unresolved


COLS = "BCDEFGHIJKLM"


@pytest.fixture(autouse=True)
def _tidy(make_tidy):
    global tidy
    tidy = make_tidy


def wide(sheet, row_dims, col_dims, rows, columns, first_row=6, first_col=0):
    """Long rows of a wide table: ``rows`` = [(row labels..., values...)], ``columns`` = [col labels tuple]."""
    out = []
    for r, row in enumerate(rows):
        labels, values = row[: len(row_dims)], row[len(row_dims):]
        for c, value in enumerate(values):
            item = dict(zip(row_dims, labels))
            item.update(zip(col_dims, columns[c]))
            item["value"] = float("nan") if value is None else value
            item["flag"] = "C" if value is None else "A"
            item["cell"] = f"{sheet}!{COLS[first_col + c]}{first_row + r}"
            out.append(item)
    return out


C3_COLUMNS = [("Población nacida en otro país",) * 2] + [
    (sex, age) for sex in ("Mujer / Femenino", "Varón / Masculino") for age in ("Total", "0-14", "15-64", "65 años y más")
]
C3_ROWS = [
    ("Total", 1000, 520, 100, 300, 120, 480, 90, 290, 100),
    ("AMÉRICA", 800, 420, 80, 250, 90, 380, 70, 230, 80),
    ("Países limítrofes", 500, 260, 50, 150, 60, 240, 40, 150, 50),
    ("Bolivia", 300, 160, 30, 90, 40, 140, 20, 90, 30),
    ("Paraguay", 200, 100, 20, 60, 20, 100, 20, 60, 20),
    ("Perú", 250, 130, 25, 80, 25, 120, 25, 70, 25),
    ("Resto de América", 50, 30, 5, 20, 5, 20, 5, 10, 5),
    ("EUROPA", 150, 70, 10, 30, 30, 80, 10, 40, 30),
    ("Italia", 150, 70, 10, 30, 30, 80, 10, 40, 30),
    ("Ignorado(1)", 50, 30, 10, 20, 0, 20, 10, 20, -0.0),
]


def c3(rows=C3_ROWS):
    dims = [("Lugar de nacimiento", "row"), ("Sexo", "column"), ("Edad", "column")]
    return tidy("Cuadro 3", wide("Cuadro 3", ["Lugar de nacimiento"], ["Sexo", "Edad"], rows, C3_COLUMNS), dims)


def obs_index(observations, dims):
    return {tuple(o[d] for d in dims): o for o in observations}


def test_cuadro3_like_maps_to_t01_without_questions():
    table = c3()
    tables = suggest_table(table)
    assert tables[0].table_id == "T01"
    recipe, rows = build_recipe(table, "T01")
    assert recipe["bindings"] == {"Lugar de nacimiento": "COB", "Sexo": "SEX", "Edad": "AGE"}
    assert unresolved(rows) == []
    assert recipe["groups"]["COB"]["N:Países limítrofes"] == ["068", "600"]
    limitrofes = next(r for r in rows if r.label == "Países limítrofes")
    assert limitrofes.reason.key == "arithmetic" and limitrofes.reason.kwargs == {"first": 9, "last": 10}
    assert "9–10" in limitrofes.reason_text("en")
    obs = apply_recipe(table, recipe)
    idx = obs_index(obs, ("COB", "SEX", "AGE"))
    assert idx[("_T", "_T", "_T")]["value"] == 1000
    assert idx[("068", "2", "_T")]["value"] == 160
    assert idx[("380", "2", "65+")]["value"] == 30
    assert idx[("R019", "_T", "_T")]["value"] == 50
    assert idx[("019", "_T", "_T")]["value"] == 800
    assert idx[("UNK", "1", "65+")]["value"] == 0
    national = idx[("N:Países limítrofes", "_T", "_T")]
    assert national["kind"] == "national" and national["members"] == ["068", "600"]
    assert idx[("068", "_T", "_T")]["kind"] == "" and idx[("068", "_T", "_T")]["lineage"] == "Cuadro 3!B9"
    assert {o["table_id"] for o in obs} == {"T01"}
    assert len(obs) == len(table.frame)  # one to one: nothing summed


def test_recipe_is_json_and_replays_on_reordered_rows():
    table = c3()
    recipe, _ = build_recipe(table, "T01")
    recipe = json.loads(json.dumps(recipe, ensure_ascii=False))
    shuffled_rows = [C3_ROWS[i] for i in (5, 0, 9, 3, 1, 8, 2, 7, 4, 6)]
    again = c3(shuffled_rows)
    assert diff_recipe(recipe, again).clean
    first = obs_index(apply_recipe(table, recipe), ("COB", "SEX", "AGE"))
    second = obs_index(apply_recipe(again, recipe), ("COB", "SEX", "AGE"))
    assert {k: v["value"] for k, v in first.items()} == {k: v["value"] for k, v in second.items()}


def test_new_label_is_the_only_question():
    table = c3()
    recipe, _ = build_recipe(table, "T01")
    rows = list(C3_ROWS) + [("Cuba 1/", 10, 5, 1, 3, 1, 5, 1, 3, 1), ("IGNORADO(2)", 5, 2, 1, 1, 0, 3, 1, 1, 1)]
    rows.remove(C3_ROWS[-1])
    bigger = c3(rows)
    diff = diff_recipe(recipe, bigger)
    assert diff.new_labels == {"Lugar de nacimiento": ["Cuba 1/"]}
    assert diff.changed_labels == {"Lugar de nacimiento": {"IGNORADO(2)": "Ignorado(1)"}}
    assert diff.missing_labels == {}
    assert diff.questions == 1
    with pytest.raises(MappingError) as err:
        apply_recipe(bigger, recipe)
    assert err.value.key == "mapping.unmapped_labels" and "Cuba 1/" in err.value.params["labels"]
    extended, asked = extend_recipe(recipe, bigger)
    assert [(r.label, r.code) for r in asked] == [("Cuba 1/", "192")]
    obs = obs_index(apply_recipe(bigger, extended), ("COB", "SEX", "AGE"))
    assert obs[("192", "_T", "_T")]["value"] == 10
    assert obs[("UNK", "_T", "_T")]["value"] == 5


C2_COLUMNS = [("Población en viviendas particulares",), ("En esta provincia",), ("En otra provincia",), ("Otro país",)]


def c2():
    rows = []
    for sex, factor in (("Total", 2), ("Mujer / Femenino", 1), ("Varón / Masculino", 1)):
        block = [("", 0, 0, 0), ("0-4", 50, 40, 5), ("5-84", 300, 200, 50), ("85-89", 20, 10, 3), ("90 y más", 10, 5, 2)]
        totals = [sum(r[i] for r in block[1:]) for i in (1, 2, 3)]
        block[0] = ("", *totals)
        for age, a, b, c in block:
            rows.append((sex, age, (a + b + c) * factor, a * factor, b * factor, c * factor))
    long = wide("Cuadro 2", ["Sexo registrado al nacer", "Grupos quinquenales de edad"], ["Lugar de nacimiento"], rows, C2_COLUMNS)
    dims = [("Sexo registrado al nacer", "block"), ("Grupos quinquenales de edad", "row"), ("Lugar de nacimiento", "column")]
    return tidy("Cuadro 2", long, dims)


def test_cuadro2_like_folds_ages_and_sums_natives():
    table = c2()
    assert suggest_table(table)[0].table_id == "T00"
    recipe, rows = build_recipe(table, "T00")
    assert recipe["bindings"]["Lugar de nacimiento"] == "NATIVITY"
    assert recipe["labels"]["Lugar de nacimiento"] == {
        "Población en viviendas particulares": "_T", "En esta provincia": "N", "En otra provincia": "N", "Otro país": "F",
    }
    ages = recipe["labels"]["Grupos quinquenales de edad"]
    assert ages["85-89"] == ages["90 y más"] == "85+" and ages[""] == "_T" and ages["0-4"] == "00-04"
    assert unresolved(rows) == []
    obs = obs_index(apply_recipe(table, recipe), ("NATIVITY", "SEX", "AGE"))
    assert obs[("N", "_T", "_T")]["value"] == 2 * (380 + 255)
    assert obs[("F", "1", "85+")]["value"] == 5
    assert obs[("F", "1", "85+")]["lineage"] == "Cuadro 2!E19+Cuadro 2!E20"
    assert obs[("N", "2", "00-04")]["lineage"] == "Cuadro 2!C12+Cuadro 2!D12"


def inegi():
    rows = [
        ("Estados Unidos Mexicanos", "Total", 1000, 800, 100, 40, 30, 30),
        ("Estados Unidos Mexicanos", "Hombres", 480, 380, 50, 22, 14, 14),
        ("Estados Unidos Mexicanos", "Mujeres", 520, 420, 50, 18, 16, 16),
        ("1-249 habitantes", "Total", 400, 300, 50, 20, 10, 20),
        ("1-249 habitantes", "Hombres", 190, 140, 25, 11, 4, 10),
        ("1-249 habitantes", "Mujeres", 210, 160, 25, 9, 6, 10),
        ("250 y más habitantes", "Total", 600, 500, 50, 20, 20, 10),
        ("250 y más habitantes", "Hombres", 290, 240, 25, 11, 10, 4),
        ("250 y más habitantes", "Mujeres", 310, 260, 25, 9, 10, 6),
    ]
    columns = [("Población total1",), ("En la entidad",), ("En otra entidad",), ("En los Estados Unidos de América",),
               ("En otro país",), ("No especificado",)]
    long = wide("01", ["Tamaño de localidad", "Sexo"], ["Lugar de nacimiento"], rows, columns)
    dims = [("Tamaño de localidad", "row"), ("Sexo", "row"), ("Lugar de nacimiento", "column")]
    return tidy("01", long, dims)


def test_locality_total_found_by_arithmetic():
    table = inegi()
    assert detect_total_label(table, "Tamaño de localidad")[0] == "Estados Unidos Mexicanos"
    bindings = suggest_bindings(table, "T00")
    assert bindings["Tamaño de localidad"].total_label == "Estados Unidos Mexicanos"
    assert bindings["Tamaño de localidad"].reason.key == "arithmetic_total"
    assert {k: v.target for k, v in bindings.items()} == {
        "Tamaño de localidad": "__sum__", "Sexo": "SEX", "Lugar de nacimiento": "NATIVITY"}
    ids = [s.table_id for s in suggest_table(table)]
    assert ids[0] == "T00" and "T01" in ids


def test_inegi_like_t00_and_partial_t01():
    table = inegi()
    recipe, rows = build_recipe(table, "T00")
    assert recipe["sum_totals"] == {"Tamaño de localidad": "Estados Unidos Mexicanos"}
    assert unresolved(rows) == []
    obs = obs_index(apply_recipe(table, recipe), ("NATIVITY", "SEX", "AGE"))
    assert obs[("_T", "_T", "_T")]["value"] == 1000
    assert obs[("N", "1", "_T")]["value"] == 430
    assert obs[("F", "_T", "_T")]["value"] == 70
    assert all(o["AGE"] == "_T" for o in obs.values())

    t01, rows = build_recipe(table, "T01")
    assert len(unresolved(rows)) <= 1
    labels = t01["labels"]["Lugar de nacimiento"]
    assert labels["En los Estados Unidos de América"] == "840" and labels["En otro país"] == "OTH"
    assert labels["En la entidad"] == labels["Población total1"] == labels["No especificado"] == "__drop__"
    obs = obs_index(apply_recipe(table, t01), ("COB", "SEX", "AGE"))
    assert set(k[0] for k in obs) == {"840", "OTH"}
    assert obs[("840", "1", "_T")]["value"] == 22


def test_summing_without_a_total_and_flags():
    rows = [("A", "Total", 10, None), ("B", "Total", 5, 7)]
    long = wide("S", ["Zona", "Sexo"], ["Lugar de nacimiento"], rows, [("Bolivia",), ("Perú",)])
    for item in long:
        if item["cell"] == "S!C7":
            item["flag"] = "E"
    table = tidy("S", long, [("Zona", "row"), ("Sexo", "row"), ("Lugar de nacimiento", "column")])
    recipe, _ = build_recipe(table, "T01")
    assert recipe["bindings"]["Zona"] == "__sum__" and "Zona" not in recipe["sum_totals"]
    obs = obs_index(apply_recipe(table, recipe), ("COB", "SEX", "AGE"))
    assert obs[("068", "_T", "_T")]["value"] == 15 and obs[("068", "_T", "_T")]["flag"] == "A"
    assert obs[("068", "_T", "_T")]["lineage"] == "S!B6+S!B7"
    peru = obs[("604", "_T", "_T")]
    assert peru["flag"] == "C" and peru["value"] is None


def test_editing_returns_previous_values_for_undo():
    table = c3()
    recipe, _ = build_recipe(table, "T01")
    assert set_label_code(recipe, "Lugar de nacimiento", "Perú", "600") == "604"
    assert set_label_code(recipe, "Lugar de nacimiento", "Perú", "604") == "600"
    assert set_label_code(recipe, "Lugar de nacimiento", "Nuevo", "192") is None
    assert set_label_code(recipe, "Lugar de nacimiento", "Nuevo", None) == "192"
    assert set_binding(recipe, "Edad", "__sum__") == "AGE"
    assert set_binding(recipe, "Edad", "AGE") == "__sum__"
    assert set_sum_total(recipe, "Zona", "Total") is None and set_sum_total(recipe, "Zona", None) == "Total"
    assert set_group(recipe, "COB", "N:Países limítrofes", ["068"]) == ["068", "600"]


def test_invalid_recipes_are_domain_errors():
    table = c3()
    recipe, _ = build_recipe(table, "T01")
    bad = json.loads(json.dumps(recipe))
    bad["labels"]["Lugar de nacimiento"]["Perú"] = "XYZ"
    with pytest.raises(MappingError) as err:
        apply_recipe(table, bad)
    assert err.value.key == "mapping.invalid_code"
    bad = json.loads(json.dumps(recipe))
    bad["bindings"]["Edad"] = "MARST"
    with pytest.raises(MappingError) as err:
        apply_recipe(table, bad)
    assert err.value.key == "mapping.unknown_dimension"
    assert "MARST" in err.value.message("es")
    bad = json.loads(json.dumps(recipe))
    bad["recipe_version"] = 99
    with pytest.raises(MappingError):
        apply_recipe(table, bad)
    bad = json.loads(json.dumps(recipe))
    del bad["bindings"]["Edad"]
    with pytest.raises(MappingError) as err:
        apply_recipe(table, bad)
    assert err.value.key == "mapping.unbound_dimension"
    with pytest.raises(MappingError):
        build_recipe(table, "T99")


def test_remember_recipe_teaches_memory(memory):
    table = c3()
    recipe, _ = build_recipe(table, "T01")
    recipe["labels"]["Lugar de nacimiento"]["Perú"] = "604"
    count = remember_recipe(recipe, memory, origin="ARG-2022")
    assert count > 10
    assert memory.lookup("COB", "PERU").origin == "ARG-2022"
    # a later build suggests from memory first
    _, rows = build_recipe(table, "T01", memory=memory)
    peru = next(r for r in rows if r.label == "Perú")
    assert peru.reason.key == "memory" and peru.reason_text("en") == "learned from ARG-2022"


def test_two_header_levels_map_together():
    """INEGI sheet 03: "En la entidad › Total" is NAT, "En otra entidad o país › Total" a subtotal to leave out."""
    columns = [
        ("Población de 5 años y más",) * 2,
        ("En la entidad", "Total"), ("En la entidad", "En el mismo municipio"), ("En la entidad", "En otro municipio"),
        ("En la entidad", "No especificado"),
        ("En otra entidad o país", "Total"), ("En otra entidad o país", "En otra entidad"),
        ("En otra entidad o país", "En los Estados Unidos de América"), ("En otra entidad o país", "En otro país"),
        ("No especificado",) * 2,
    ]
    rows = [
        ("Estados Unidos Mexicanos", "Total", "Total", 1000, 900, 850, 40, 10, 90, 60, 20, 10, 10),
        ("Estados Unidos Mexicanos", "Total", "05-09 años", 400, 360, 340, 16, 4, 36, 24, 8, 4, 4),
        ("Estados Unidos Mexicanos", "Total", "10 años y más", 600, 540, 510, 24, 6, 54, 36, 12, 6, 6),
    ]
    level1, level2 = "Lugar de residencia en marzo de 2015 (1)", "Lugar de residencia en marzo de 2015 (2)"
    long = wide("03", ["Tamaño de localidad", "Sexo", "Grupos quinquenales de edad"], [level1, level2], rows, columns)
    dims = [("Tamaño de localidad", "row"), ("Sexo", "row"), ("Grupos quinquenales de edad", "row"),
            (level1, "column"), (level2, "column")]
    table = tidy("03", long, dims)
    assert suggest_table(table)[0].table_id == "T05"
    recipe, rows_ = build_recipe(table, "T05")
    assert recipe["bindings"][level1] == recipe["bindings"][level2] == "RES5"
    labels = recipe["labels"][f"{level1} › {level2}"]
    assert labels["En la entidad › Total"] == "NAT"
    assert labels["En la entidad › En otro municipio"] == "__drop__"
    assert labels["En otra entidad o país › Total"] == "__drop__"
    assert labels["En otra entidad o país › En otra entidad"] == "NAT"
    assert labels["En otra entidad o país › En los Estados Unidos de América"] == "840"
    assert labels["No especificado › No especificado"] == "UNK"
    assert labels["Población de 5 años y más › Población de 5 años y más"] == "_T"
    assert unresolved(rows_) == []
    obs = obs_index(apply_recipe(table, recipe), ("COB", "RES5", "SEX", "AGE"))
    assert obs[("_T", "NAT", "_T", "_T")]["value"] == 960
    assert obs[("_T", "840", "_T", "_T")]["value"] == 20
    assert obs[("_T", "_T", "_T", "10+")]["value"] == 600
    assert diff_recipe(recipe, table).clean


def test_named_grouping_keeps_members_despite_one_wrong_cell():
    rows = list(C3_ROWS)
    rows[3] = ("Bolivia", 300, 160, 31, 90, 40, 140, 20, 90, 30)  # one cell off by one: the checks report it
    recipe, rows_ = build_recipe(c3(rows), "T01")
    assert recipe["groups"]["COB"]["N:Países limítrofes"] == ["068", "600"]
    assert unresolved(rows_) == []

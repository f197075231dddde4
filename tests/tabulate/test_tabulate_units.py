"""The pure parts of the tabulation: recipe parsing, codes and bands, the SQL builder, messages."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from app.models.schema import load_schema
from app.resources import resource_path
from app.tabulate import TabulateError, parse_recipe, tabulate_frame
from app.tabulate import codes as C
from app.tabulate.recipe import norm_value
from app.tabulate.sql import (
    NumericRule,
    ScanColumn,
    ScanPlan,
    age_group_expr,
    band_expr,
    scan_sql,
    table_sql,
    universe_sql,
)


def test_norm_value():
    assert norm_value(" 032 ") == "32"
    assert norm_value(1.0) == "1"
    assert norm_value("1.0") == "1"
    assert norm_value("12.5") == "12.5"
    assert norm_value("Perú ") == "Perú"
    assert norm_value("") is None and norm_value(float("nan")) is None and norm_value(None) is None
    assert norm_value("0110") == "110"


def test_parse_recipe_shorthands_and_synonyms():
    r = parse_recipe({"name": "x", "variables": {"COB": "P", "SEX": {"variable": "S", "values": {"01": "1"}},
                                                 "age": {"variable": "A", "not_stated": [999, "99"]}}})
    assert set(r.variables) == {"country_of_birth", "sex", "age"}
    assert r.variables["sex"].values == {"1": "1"}
    assert r.variables["age"].not_stated == ("999", "99") and r.variables["age"].max == 120
    assert r.variables["country_of_birth"].kind == "country"
    with pytest.raises(TabulateError) as err:
        parse_recipe({"variables": {"COB": {"variable": "P", "colour": 1}}})
    assert err.value.key == "tabulate.recipe.unknown_field"
    with pytest.raises(TabulateError) as err:
        parse_recipe({"recipe_version": 9, "variables": {"COB": "P"}})
    assert err.value.key == "tabulate.recipe.too_new"
    with pytest.raises(TabulateError) as err:
        parse_recipe({"variables": {"COB": "P", "country_of_birth": "Q"}})
    assert err.value.key == "tabulate.recipe.duplicate_concept"


def test_isic_sections_and_bands():
    assert C.isic4_section(1) == "A" and C.isic4_section(33) == "C" and C.isic4_section(99) == "U"
    assert C.isic4_section(4) is None and C.isic4_section(0) is None and C.isic4_section(100) is None
    assert C.parse_band("<1990") == C.Band(None, 1989, "<1990")
    assert C.parse_band("13+") == C.Band(13, None, "13+")
    assert C.parse_band("1-3") == C.Band(1, 3, "1-3") and C.parse_band("7") == C.Band(7, 7, "7")
    assert C.parse_band("x") is None and C.parse_band("9-1") is None
    assert C.check_bands([C.parse_band(b) for b in ("<1990", "1990-1999", "2000-2010")]) is None
    assert C.check_bands([C.parse_band(b) for b in ("<1990", "1985-1999")]) == "1985-1999"
    assert C.default_arrival_bands(2024) == ["<1970", "1970-1979", "1980-1989", "1990-1999", "2000-2009",
                                             "2010-2019", "2020-2024"]
    schema = load_schema()
    assert [b.code for b in C.codelist_bands(schema.codelist("EDUC"))] == ["0", "1-3", "4-6", "7-9", "10-12", "13+"]
    assert [b.code for b in C.codelist_bands(schema.codelist("CEB"))][-1] == "10+"
    assert C.not_stated_code(schema.codelist("IND")) == "X" and C.not_stated_code(schema.codelist("CEB")) == "99"
    assert C.age_code(12, 12, 85) == "12-14" and C.age_code(10, 12, 85) is None
    assert C.age_code(85, 15, 85) == "85+" and C.age_code(0, 0, 85) == "00-04" and C.age_code(20, 5, 85) == "20-24"


def test_country_resolver():
    schema = load_schema()
    spec = parse_recipe({"variables": {"COB": {"variable": "P", "native": ["1"], "not_stated": ["99"],
                                               "foreign_not_stated": ["98"], "values": {"77": "R019"}}}}
                        ).variables["country_of_birth"]
    labelled = C.CountryResolver(spec, schema, "152", {"5": "Perú", "6": "??"})
    assert labelled.resolve("5") == ("604", "F", C.OK)  # through its value label
    assert labelled.resolve("6") == ("UNK", "UNK", C.UNMAPPED)  # a national code, not M49 006
    assert labelled.resolve("1") == ("NAT", "N", C.OK)
    res = C.CountryResolver(spec, schema, "152")
    assert res.resolve("1") == ("NAT", "N", C.OK)
    assert res.resolve("152") == ("NAT", "N", C.OK)  # the census country's own code
    assert res.resolve("CHL") == ("NAT", "N", C.OK)
    assert res.resolve("32") == ("032", "F", C.OK)
    assert res.resolve("ARG") == ("032", "F", C.OK)
    assert res.resolve("77") == ("R019", "F", C.OK)
    assert res.resolve("98") == ("UNK", "F", C.NOT_STATED)
    assert res.resolve("99") == ("UNK", "UNK", C.NOT_STATED)
    assert res.resolve("") == ("UNK", "UNK", C.MISSING)
    assert res.resolve("REPUBLICA DOMINICANA") == ("214", "F", C.OK)
    assert res.resolve("810") == ("810", "F", C.OK)  # historic entities are places of birth too
    assert res.resolve("19") == ("UNK", "UNK", C.UNMAPPED)  # a region code is not a country
    assert res.resolve("Atlantis") == ("UNK", "UNK", C.UNMAPPED)


def test_categorical_mapping():
    schema = load_schema()
    ind = parse_recipe({"variables": {"COB": "P", "industry": {"variable": "R", "kind": "isic4",
                                                               "values": {"9999": "X"}}}}).variables["industry"]
    cl = schema.codelist("IND")
    assert C.map_category("#01", ind, cl) == ("A", C.OK)
    assert C.map_category("#04", ind, cl) == ("X", C.UNMAPPED)
    assert C.map_category("9999", ind, cl) == ("X", C.NOT_STATED)
    assert C.map_category("", ind, cl) == ("X", C.MISSING)
    section = parse_recipe({"variables": {"COB": "P", "IND": {"variable": "R", "kind": "section"}}}).variables["industry"]
    assert C.map_category("c", section, cl) == ("C", C.OK)
    sex = parse_recipe({"variables": {"COB": "P", "sex": "S"}}).variables["sex"]
    assert C.map_category("2", sex, schema.codelist("SEX")) == ("2", C.OK)  # already an IMILA code
    assert C.map_category("9", sex, schema.codelist("SEX")) == ("9", C.NOT_STATED)
    assert C.map_category("M", sex, schema.codelist("SEX")) == ("9", C.UNMAPPED)
    assert C.map_category("_T", sex, schema.codelist("SEX")) == ("9", C.UNMAPPED)


def _run_scan(frame: pd.DataFrame, plan: ScanPlan) -> pd.DataFrame:
    con = duckdb.connect()
    con.register("src", frame)
    return con.execute(scan_sql(plan) + " ORDER BY ALL").df()


def _text_plan(weight: ScanColumn | None = None) -> ScanPlan:
    """Country of birth (152 native), age (999 not stated, a group split at 12) and marital status, as text."""
    return ScanPlan(
        relation="src",
        columns={
            "country_of_birth": ScanColumn("country_of_birth", "cob", "VARCHAR"),
            "age": ScanColumn("age", "age", "VARCHAR", numeric=NumericRule(0, 120, ("999",), five_year_top=85,
                                                                           extra_breaks=(12,))),
            "marital_status": ScanColumn("marital_status", "mar", "VARCHAR"),
        },
        native_values=("152",),
        weight=weight,
    )


def test_scan_sql_groups_and_blanks_native_detail():
    frame = pd.DataFrame({
        "cob": ["152", "152", "604", "604", " 604 ", None],
        "age": ["10", "13", "13", "999", "abc", ""],
        "mar": ["1", "2", "1", "1", "1", "1"],
    })
    cube = _run_scan(frame, _text_plan()).astype(object)
    cube = cube.where(cube.notna(), None)
    rows = {tuple(r) for r in cube[["c_cob", "c_age", "c_marst", "n"]].itertuples(index=False, name=None)}
    assert ("152", 10, None, 1) in rows
    assert ("604", 12, "1", 1) in rows  # 13 falls in the group split at the universe's age 12
    assert ("604", -2, "1", 1) in rows  # 999 declared not stated
    assert (" 604 ", -4, "1", 1) in rows  # "abc"; raw values are trimmed later, on the small cube
    assert (None, -1, "1", 1) in rows  # no country, no age
    natives = cube[cube["c_cob"] == "152"]
    assert natives["c_marst"].isna().all()  # natives' marital status is never needed


def test_one_pass_of_raw_values_then_reduced_gives_the_single_query_cube():
    """The engine's two steps (group raw values in the pass, reduce the small result) give the cube of one query."""
    from app.tabulate.sql import raw_scan_sql, reduce_sql

    frame = pd.DataFrame({
        "cob": ["152", "152", "604", "604", " 604 ", None, "068", "152"],
        "age": ["10", "13", "13", "999", "abc", "", "13", "10"],
        "mar": ["1", "2", "1", "1", "1", "1", " 1", "3"],
        "w": ["2", "1.5", "x", "1", "1", "1", "1", "1"],
    })
    plan = _text_plan(weight=ScanColumn("weight", "w", "VARCHAR"))
    con = duckdb.connect()
    con.register("src", frame)
    one = con.execute(scan_sql(plan) + " ORDER BY ALL").fetchall()
    raw_sql, reduced = raw_scan_sql(plan, "raw")
    con.execute(f"CREATE TABLE raw AS {raw_sql}")
    assert con.execute("SELECT count(*) FROM raw").fetchone()[0] == 7  # two natives of 10 share a profile
    two = con.execute(scan_sql(reduced) + " ORDER BY ALL").fetchall()
    assert two == one
    # each variable's distinct raw values with their reduced value, as the maps are built
    ages = dict(con.execute(reduce_sql(reduced.columns["age"], "raw")).fetchall())
    assert ages == {"10": 10, "13": 12, "999": -2, "abc": -4, "": -1}
    marital = dict(con.execute(reduce_sql(reduced.columns["marital_status"], "raw")).fetchall())
    assert marital[" 1"] == "1" and marital[None] == ""  # trimmed; the natives' blanked value is blank


def test_scan_sql_on_typed_columns_and_weights():
    frame = pd.DataFrame({"cob": [152, 604, 604], "age": [30.0, float("nan"), 86.0], "w": [1.5, -1.0, 2.0]})
    plan = ScanPlan(
        relation="src",
        columns={
            "country_of_birth": ScanColumn("country_of_birth", "cob", "BIGINT"),
            "age": ScanColumn("age", "age", "DOUBLE", numeric=NumericRule(0, 120, (), five_year_top=85)),
        },
        weight=ScanColumn("weight", "w", "DOUBLE"),
    )
    cube = _run_scan(frame, plan)
    assert cube[["c_cob", "c_age"]].values.tolist() == [[152, 30], [604, -1], [604, 85]]  # typed values kept
    assert cube["w"].tolist() == [1.5, 0.0, 2.0] and cube["wbad"].tolist() == [0, 1, 0]


def test_expression_builders():
    con = duckdb.connect()
    ages = list(range(0, 100, 1))
    expr = age_group_expr("x", 85, (12,))
    got = con.execute(f"SELECT x, {expr} FROM (SELECT unnest({ages}) AS x)").fetchall()
    lookup = dict(got)
    assert lookup[11] == 10 and lookup[12] == 12 and lookup[14] == 12 and lookup[15] == 15
    assert lookup[84] == 80 and lookup[85] == 85 and lookup[99] == 85
    bands = [C.parse_band(b) for b in ("<1990", "1990-1999", "2005-2010")]
    expr = band_expr("y", bands)
    got = dict(con.execute(f"SELECT y, {expr} FROM (SELECT unnest([1950, 1990, 1999, 2000, 2007, 2011]) AS y)").fetchall())
    assert got == {1950: 0, 1990: 1, 1999: 1, 2000: -5, 2007: 2, 2011: -5}
    assert universe_sql("foreign_born_women", 15, True) == "NATIVITY = 'F' AND SEX = '2' AND age_lo >= 15"
    assert universe_sql("all", 0, False) == "TRUE"
    assert universe_sql("emigrants", 0, True) is None
    assert universe_sql("foreign_born", 15, False) is None
    sql = table_sql(["COB", "SEX"], "TRUE")
    assert "GROUP BY CUBE" in sql and "grouping(\"COB\")" in sql


def test_nativity_question_and_arrival_kinds():
    frame = pd.DataFrame({
        "P12": ["1", "1", "3", "3", "3", "9", "3"],
        "PAIS": ["", "604", "604", "", "152", "032", "032"],
        "S": ["1", "2", "1", "2", "1", "2", "1"],
        "A": ["30", "31", "32", "33", "34", "35", "36"],
        "YRS": ["", "", "3", "25", "1", "", "x"],
    })
    recipe = {"name": "q", "census_year": 2020, "census_country": "152", "tables": ["T00", "T01", "T04"],
              "variables": {
                  "country_of_birth": {"variable": "PAIS", "nativity": {"variable": "P12", "native": ["1"],
                                                                        "foreign": ["3"]}},
                  "sex": "S", "age": "A",
                  "arrival": {"variable": "YRS", "kind": "years_ago", "bands": ["<2000", "2000-2020"]}}}
    r = tabulate_frame(frame, recipe)
    t00 = r.tables["T00"].query("SEX == '_T' and AGE == '_T'").set_index("NATIVITY")["value"]
    assert t00.to_dict() == {"F": 5.0, "N": 2.0, "_T": 7.0}  # 9 with a country: by the country
    t01 = r.tables["T01"].query("SEX == '_T' and AGE == '_T'").set_index("COB")["value"].to_dict()
    assert t01 == {"604": 1.0, "UNK": 2.0, "032": 2.0, "_T": 5.0}
    inconsistent = [i for i in r.issues if i.key == "tabulate.issue.inconsistent"]
    assert inconsistent and inconsistent[0].count == 1
    t04 = r.tables["T04"].query("SEX == '_T' and COB == '_T'").set_index("ARRIVAL")["value"].to_dict()
    assert t04 == {"2000-2020": 2.0, "<2000": 1.0, "UNK": 2.0, "_T": 5.0}
    coded = dict(recipe, variables=dict(recipe["variables"], arrival={
        "variable": "YRS", "kind": "code", "values": {"3": "2015-2020", "25": "<2000", "1": "2015-2020"}}))
    t04 = tabulate_frame(frame, coded).tables["T04"].query("SEX == '_T' and COB == '_T'")
    assert t04.set_index("ARRIVAL")["value"].to_dict() == {"2015-2020": 2.0, "<2000": 1.0, "UNK": 2.0, "_T": 5.0}


def test_frame_value_labels_and_codes_modes():
    frame = pd.DataFrame({"P": [1, 2, 3, 4], "S": [1, 2, 1, 2], "A": [20, 30, 40, 50]})
    recipe = {"name": "labels", "census_country": "CRI",
              "variables": {"country_of_birth": "P", "sex": "S", "age": "A"}}
    r = tabulate_frame(frame, recipe, value_labels={"P": {1: "Costa Rica", 2: "Nicaragua", 3: "Panamá", 4: "??"}})
    t01 = r.tables["T01"].query("SEX == '_T' and AGE == '_T'").set_index("COB")["value"].to_dict()
    assert t01 == {"558": 1.0, "591": 1.0, "_T": 2.0}
    iso = pd.DataFrame({"P": ["NIC", "pan", "CRI"], "S": [1, 2, 1], "A": [20, 30, 40]})
    r = tabulate_frame(iso, dict(recipe, variables={"country_of_birth": {"variable": "P", "codes": "iso3"},
                                                    "sex": "S", "age": "A"}))
    assert set(r.tables["T01"]["COB"]) == {"558", "591", "_T"}


def test_every_message_has_four_languages():
    data = json.loads(resource_path("i18n/messages/tabulate.json").read_text(encoding="utf-8"))
    assert data
    for key, texts in data.items():
        assert key.startswith("tabulate.")
        assert set(texts) == {"es", "en", "pt", "fr"}, key
        fields = [sorted(set(__import__("re").findall(r"(?<!\{)\{(\w+)\}", t))) for t in texts.values()]
        assert all(f == fields[0] for f in fields), key

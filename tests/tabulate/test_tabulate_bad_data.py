"""Bad microdata never crashes: unknown codes, ages 999, missing sex, wrong types, truncated files."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.tabulate import TabulateError, tabulate_frame
from app.tabulate.source import convert_stat

BAD_CSV = (
    "ID;SEXO;EDAD;PAISNAC\n"
    "1;1;30;Perú\n"
    "2;2;999;BOLIVIA\n"
    "3;;40;Argentina\n"
    "4;2;abc;ARG\n"
    "5;1;25;Chile\n"
    "6;7;50;Narnia\n"
    "7;2;33;\n"
    "8;1;20;Ignorado\n"
    "13;1;30;Perú;extra field\n"
    "9;2;45;PE\n"
    "10;1;-3;Venezuela (República Bolivariana de)\n"
    "11;1;12.5;Perú\n"
    "12;1"  # truncated: the copy stopped in the middle of the last line
)

RECIPE = {
    "name": "bad file",
    "census_year": 2024,
    "census_country": "CHL",
    "variables": {
        "country_of_birth": {"variable": "paisnac"},  # case does not matter
        "sex": {"variable": "SEXO", "values": {"1": "1", "2": "2"}},
        "age": "EDAD",
    },
}


def _cell(frame, **codes):
    sel = frame
    for dim, code in codes.items():
        sel = sel[sel[dim] == code]
    assert len(sel) <= 1
    return float(sel["value"].iloc[0]) if len(sel) else 0.0


@pytest.fixture()
def bad_result(tmp_path):
    path = tmp_path / "personas.csv"
    path.write_bytes(BAD_CSV.encode("latin-1"))  # latin-1 and semicolons, as many census exports
    return tabulate_frame(path, RECIPE)


def test_bad_csv_is_tabulated_with_unknowns_counted(bad_result):
    r = bad_result
    assert r.records == 11  # the line with an extra field and the truncated line are set aside
    assert r.settings["encoding"] == "latin-1" and r.settings["delimiter"] == ";"
    assert sorted(r.tables) == ["T00", "T01"]
    t00 = r.tables["T00"]
    assert _cell(t00, NATIVITY="F", SEX="_T", AGE="_T") == 7
    assert _cell(t00, NATIVITY="N", SEX="_T", AGE="_T") == 1
    assert _cell(t00, NATIVITY="UNK", SEX="_T", AGE="_T") == 3
    assert _cell(t00, NATIVITY="_T", SEX="9", AGE="_T") == 2  # blank and "7"
    assert _cell(t00, NATIVITY="_T", SEX="_T", AGE="UNK") == 3  # 999, abc, -3
    assert _cell(t00, NATIVITY="_T", SEX="_T", AGE="10-14") == 1  # 12.5 counts as 12
    t01 = r.tables["T01"]
    assert _cell(t01, COB="604", SEX="_T", AGE="_T") == 3  # Perú twice and PE
    assert _cell(t01, COB="068", SEX="_T", AGE="_T") == 1
    assert _cell(t01, COB="032", SEX="_T", AGE="_T") == 2  # Argentina and ARG
    assert _cell(t01, COB="862", SEX="_T", AGE="_T") == 1
    assert _cell(t01, COB="_T", SEX="_T", AGE="_T") == 7


def test_bad_csv_issues(bad_result):
    by = {(i.concept, i.key): i for i in bad_result.issues}
    rejected = by[(None, "tabulate.issue.rejected_lines")]
    assert rejected.severity == "error" and rejected.count == 2
    assert "10" in rejected.params["lines"] and "14" in rejected.params["lines"]
    assert by[("age", "tabulate.issue.out_of_range")].count == 2
    assert by[("age", "tabulate.issue.not_numeric")].count == 1
    assert by[("sex", "tabulate.issue.missing")].count == 1
    sex = by[("sex", "tabulate.issue.unmapped")]
    assert sex.count == 1 and "“7”" in sex.params["examples"]
    cob = by[("country_of_birth", "tabulate.issue.unmapped")]
    assert cob.count == 1 and "Narnia" in cob.params["examples"]
    assert by[("country_of_birth", "tabulate.issue.missing")].count == 1
    assert by[("country_of_birth", "tabulate.issue.not_stated")].count == 1  # "Ignorado"
    for issue in bad_result.issues:
        for lang in ("es", "en", "pt", "fr"):
            assert "{" not in issue.message(lang)
    skipped = [i for i in bad_result.issues if i.key == "tabulate.issue.table_skipped"]
    assert {i.params["table"] for i in skipped} >= {"T02", "T04", "T08"}
    assert all(i.severity == "info" for i in skipped)


def test_wrong_types_in_every_numeric_variable(tmp_path):
    frame = pd.DataFrame({
        "P": ["152", "604", "604", "604", "604"],
        "S": ["1", "2", "1", "2", "x"],
        "A": ["30", "forty", "", "25", "1e1"],
        "Y": ["2000", "2030", "abc", "1999", "2001"],
    })
    recipe = {"name": "types", "census_year": 2024, "census_country": "152",
              "variables": {"country_of_birth": "P", "sex": "S", "age": "A",
                            "arrival": {"variable": "Y", "bands": ["<2000", "2000-2024"]}}}
    r = tabulate_frame(frame, recipe)
    t04 = r.tables["T04"]
    assert _cell(t04, COB="604", SEX="_T", ARRIVAL="2000-2024") == 1
    assert _cell(t04, COB="604", SEX="_T", ARRIVAL="<2000") == 1
    assert _cell(t04, COB="604", SEX="_T", ARRIVAL="UNK") == 2  # 2030 is after the census, abc no year
    keys = {(i.concept, i.key): i.count for i in r.issues}
    assert keys[("arrival", "tabulate.issue.out_of_range")] == 1
    assert keys[("arrival", "tabulate.issue.not_numeric")] == 1
    assert keys[("age", "tabulate.issue.not_numeric")] == 1
    assert keys[("age", "tabulate.issue.missing")] == 1
    assert _cell(r.tables["T00"], NATIVITY="_T", SEX="_T", AGE="10-14") == 1  # "1e1" is a number


def test_missing_column_says_which(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("ID,SEX,AGE,COB\n1,1,30,604\n", encoding="utf-8")
    recipe = dict(RECIPE, variables={"country_of_birth": "COB", "sex": "SEXO", "age": "AGE"})
    with pytest.raises(TabulateError) as err:
        tabulate_frame(path, recipe)
    assert err.value.key == "tabulate.recipe.missing_column"
    assert err.value.params["variable"] == "SEXO"
    assert "ID, SEX, AGE, COB" in err.value.message("en")


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TabulateError) as err:
        tabulate_frame(empty, RECIPE)
    assert err.value.key == "tabulate.empty"
    with pytest.raises(TabulateError) as err:
        tabulate_frame(tmp_path / "nowhere.csv", RECIPE)
    assert err.value.key == "tabulate.missing_file"
    header_only = tmp_path / "header.csv"
    header_only.write_text("SEXO,EDAD,PAISNAC\n", encoding="utf-8")
    with pytest.raises(TabulateError) as err:
        tabulate_frame(header_only, RECIPE)
    assert err.value.key == "tabulate.no_records"


def test_truncated_parquet_is_a_clear_error(tmp_path):
    path = tmp_path / "p.parquet"
    pd.DataFrame({"SEXO": [1, 2] * 500, "EDAD": [30, 40] * 500, "PAISNAC": [604, 152] * 500}).to_parquet(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(TabulateError) as err:
        tabulate_frame(path, RECIPE)
    assert err.value.key == "tabulate.unreadable"
    assert "p.parquet" in err.value.message("es")


def _stat_frame(n=5000):
    return pd.DataFrame({
        "SEXO": [1.0, 2.0, 2.0, 1.0, None] * (n // 5),
        "EDAD": [30.0, 45.0, 999.0, 8.0, 61.0] * (n // 5),
        "PAISNAC": [1.0, 2.0, 3.0, 9.0, 2.0] * (n // 5),
    })


STAT_LABELS = {
    "PAISNAC": {1.0: "Chile", 2.0: "Perú", 3.0: "Bolivia (Estado Plurinacional de)", 9.0: "Ignorado"},
    "SEXO": {1.0: "Hombre", 2.0: "Mujer"},
}
STAT_RECIPE = {
    "name": "stat",
    "census_year": 2024,
    "census_country": "152",
    "variables": {
        "country_of_birth": {"variable": "PAISNAC"},  # national codes: matched through the value labels
        "sex": {"variable": "SEXO", "values": {"Hombre": "1", "Mujer": "2"}},  # keyed by label
        "age": {"variable": "EDAD", "not_stated": ["999"]},
    },
}


def _check_stat_result(r, n):
    t01 = r.tables["T01"]
    share = n // 5
    assert r.records == n
    assert _cell(t01, COB="604", SEX="_T", AGE="_T") == 2 * share
    assert _cell(t01, COB="068", SEX="_T", AGE="_T") == share
    assert _cell(t01, COB="604", SEX="9", AGE="_T") == share  # missing sex
    assert _cell(r.tables["T00"], NATIVITY="N", SEX="_T", AGE="_T") == share
    assert _cell(r.tables["T00"], NATIVITY="UNK", SEX="_T", AGE="_T") == share
    assert _cell(t01, COB="068", SEX="_T", AGE="UNK") == share  # 999 declared not stated
    keys = {(i.concept, i.key) for i in r.issues}
    assert ("age", "tabulate.issue.not_stated") in keys
    assert ("country_of_birth", "tabulate.issue.not_stated") in keys


def test_spss_sav_with_value_labels(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    path = tmp_path / "personas.sav"
    pyreadstat.write_sav(_stat_frame(), str(path), variable_value_labels=STAT_LABELS)
    _check_stat_result(tabulate_frame(path, STAT_RECIPE), 5000)


def test_stata_dta_with_value_labels(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    path = tmp_path / "personas.dta"
    labels = {k: {int(v): t for v, t in m.items()} for k, m in STAT_LABELS.items()}
    pyreadstat.write_dta(_stat_frame(), str(path), variable_value_labels=labels)
    _check_stat_result(tabulate_frame(path, STAT_RECIPE), 5000)


def test_stat_files_are_converted_in_chunks(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    path = tmp_path / "personas.sav"
    pyreadstat.write_sav(_stat_frame(), str(path), variable_value_labels=STAT_LABELS)
    seen = []
    target, columns, labels, rows = convert_stat(path, "sav", tmp_path, ["sexo", "PAISNAC"],
                                                 progress=lambda f, _t: seen.append(f), chunk_rows=1000)
    assert rows == 5000 and len(seen) == 5 and seen[-1] == 1.0
    assert list(columns) == ["SEXO", "PAISNAC"]  # only the wanted columns, in the file's spelling
    assert labels["PAISNAC"]["2"] == "Perú"
    back = pd.read_parquet(target)
    assert len(back) == 5000 and back["SEXO"].isna().sum() == 1000


def test_truncated_sav_is_a_clear_error(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    path = tmp_path / "personas.sav"
    pyreadstat.write_sav(_stat_frame(20000), str(path), variable_value_labels=STAT_LABELS)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    with pytest.raises(TabulateError) as err:
        tabulate_frame(path, STAT_RECIPE)
    assert err.value.key in ("tabulate.truncated_stat", "tabulate.unreadable")
    assert "personas.sav" in err.value.message("fr")


def test_recipe_errors_are_domain_errors(tmp_path):
    frame = pd.DataFrame({"P": ["604"], "S": ["1"], "A": ["30"], "Y": ["2000"]})
    cases = [
        ({"variables": {"sex": "S"}}, "tabulate.recipe.needs_country_of_birth"),
        ({"variables": {"country_of_birth": "P", "colour": "S"}}, "tabulate.recipe.unknown_concept"),
        ({"variables": {"country_of_birth": {"variable": "P", "values": {"1": "019"}}}}, "tabulate.recipe.bad_codes"),
        ({"variables": {"country_of_birth": "P", "sex": {"variable": "S", "kind": "year"}}}, "tabulate.recipe.bad_kind"),
        ({"census_year": 2024, "variables": {"country_of_birth": "P", "sex": "S",
                                             "arrival": {"variable": "Y", "bands": ["<2000", "1995-2024"]}}},
         "tabulate.recipe.bands_overlap"),
        ({"census_year": 2010, "variables": {"country_of_birth": "P", "sex": "S",
                                             "arrival": {"variable": "Y", "bands": ["<2000", "2000-2014"]}}},
         "tabulate.recipe.band_after_census"),
        ({"variables": {"country_of_birth": "P", "sex": "S", "arrival": "Y"}}, "tabulate.recipe.needs_census_year"),
        ({"kind": "import", "variables": {"country_of_birth": "P"}}, "tabulate.recipe.not_tabulation"),
        ({"census_country": "XYZ", "variables": {"country_of_birth": "P", "sex": "S", "age": "A"}},
         "tabulate.recipe.bad_country"),
        ({"census_country": "019", "variables": {"country_of_birth": "P", "sex": "S", "age": "A"}},
         "tabulate.recipe.bad_country"),  # a region is not a census country
        ({"variables": {"country_of_birth": "P", "sex": "S", "age": "A"}, "tables": ["T99"]},
         "tabulate.recipe.unknown_table"),
        ({"variables": {"country_of_birth": "P"}}, "tabulate.no_tables"),
    ]
    for recipe, key in cases:
        with pytest.raises(TabulateError) as err:
            tabulate_frame(frame, recipe)
        assert err.value.key == key, (recipe, err.value.key)
        for lang in ("es", "en", "pt", "fr"):
            assert not err.value.message(lang).startswith("tabulate."), (key, lang)
    bad_json = tmp_path / "r.json"
    bad_json.write_text('{"variables": {', encoding="utf-8")
    with pytest.raises(TabulateError) as err:
        tabulate_frame(frame, str(bad_json))
    assert err.value.key == "tabulate.recipe.bad_json"
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"variables": {"country_of_birth": "P", "sex": "S", "age": "A"}}), encoding="utf-8")
    assert tabulate_frame(frame, str(good)).records == 1


def test_a_file_of_natives_only_gives_empty_foreign_tables():
    frame = pd.DataFrame({"P": ["152"] * 4, "S": ["1", "2", "1", "2"], "A": ["3", "30", "40", "70"],
                          "M": [None, "1", "2", "1"], "AC": [None, "1", "1", "3"], "R": [None, "1", None, None]})
    recipe = {"name": "natives", "census_country": "152", "tables": ["T00", "T01", "T02", "T08", "T11"],
              "variables": {"country_of_birth": "P", "sex": "S", "age": "A", "marital_status": "M",
                            "activity": "AC", "industry": {"variable": "R", "kind": "isic4"}}}
    r = tabulate_frame(frame, recipe)
    assert sorted(r.tables) == ["T00"]
    assert r.tables["T00"].query("NATIVITY == 'N' and SEX == '_T' and AGE == '_T'")["value"].iloc[0] == 4
    (t11,) = [i for i in r.issues if i.params.get("table") == "T11"]
    assert t11.key == "tabulate.issue.table_not_from_persons" and t11.severity == "warning"


def test_format_detection_without_extension(tmp_path):
    from app.tabulate.source import detect_format

    text = tmp_path / "personas"
    text.write_text("sexo,edad\n1,2\n", encoding="utf-8")
    assert detect_format(text) == "csv"
    pq = tmp_path / "datos"
    pd.DataFrame({"a": [1]}).to_parquet(pq)
    assert detect_format(pq) == "parquet"


def test_no_temporary_files_are_left_behind(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    frame = pd.DataFrame({"P": ["604"], "S": ["1"], "A": ["30"]})
    good = {"variables": {"country_of_birth": "P", "sex": "S", "age": "A"}}
    assert tabulate_frame(frame, good, work_dir=work).records == 1
    for bad in (dict(good, census_country="XYZ"), {"variables": {"country_of_birth": "Q", "sex": "S", "age": "A"}}):
        with pytest.raises(TabulateError):
            tabulate_frame(frame, bad, work_dir=work)
    with pytest.raises(TabulateError):
        tabulate_frame(frame, good, work_dir=work, memory_limit="lots")
    assert list(work.iterdir()) == []


def _issues(result):
    return sorted((i.key, i.concept, i.count, json.dumps(i.params, sort_keys=True)) for i in result.issues)


def _same_result(a, b):
    assert a.records == b.records and sorted(a.tables) == sorted(b.tables)
    for table_id, frame in a.tables.items():
        pd.testing.assert_frame_equal(frame, b.tables[table_id])
    assert _issues(a) == _issues(b)


@pytest.mark.parametrize("tail", ["bad", "clean"])
def test_numbers_read_as_numbers_give_what_text_gives(tmp_path, monkeypatch, tail):
    """Ages are read as numbers when the file's first lines hold only numbers; a later "abc" or "NS"
    makes the scan read the file again as text, so both ways give the very same tables and issues."""
    from app.tabulate import engine

    head = "".join(f"{100 + i};{1 + i % 2};{i % 90};{'Perú' if i % 3 else 'Chile'}\n" for i in range(30_000))
    body = BAD_CSV.split("\n", 1)[1] if tail == "bad" else \
        "9;2;41;Perú\n10;1;9.5;Chile\n11;1;30;Perú;extra field\n12;2;nan;Perú\n"
    path = tmp_path / "personas.csv"
    path.write_bytes(("ID;SEXO;EDAD;PAISNAC\n" + head + body).encode("latin-1"))
    assert path.stat().st_size > 256 * 1024  # the bad lines lie beyond the sample the types are guessed from
    seen = []
    result = tabulate_frame(path, RECIPE, progress=lambda fraction, _text: seen.append(fraction))
    assert ("typed_scan" in result.timings) == (tail == "bad")  # read twice only when a number was not one
    assert seen == sorted(seen)  # reading again does not take the progress bar back
    monkeypatch.setattr(engine, "_numeric_source", lambda source, plan: None)
    as_text = tabulate_frame(path, RECIPE)
    _same_result(result, as_text)
    rejected = [i for i in result.issues if i.key == "tabulate.issue.rejected_lines"]
    assert rejected and rejected[0].count == (2 if tail == "bad" else 1)
    assert _cell(result.tables["T00"], NATIVITY="_T", SEX="_T", AGE="10-14") >= (1 if tail == "bad" else 0)
    if tail == "clean":  # 9.5 is 9, as the text path floors it
        assert _cell(result.tables["T00"], NATIVITY="_T", SEX="_T", AGE="05-09") == \
            _cell(as_text.tables["T00"], NATIVITY="_T", SEX="_T", AGE="05-09")


def test_nativity_question_beside_the_country_of_birth(tmp_path):
    """A census that asks "born in this country?" and then the country: both read together."""
    rows = [  # NACIO: 1 here, 2 abroad, 9 not stated; PAIS only for those born abroad
        (1, "", 1, 30, 1), (1, "", 2, 40, 2), (1, "152", 1, 20, 1),  # natives (one repeats the census country)
        (2, "604", 1, 35, 1), (2, "604", 2, 36, 2), (2, "068", 2, 50, 3),  # Peru twice, Bolivia
        (2, "", 1, 25, 1),  # abroad, country not stated: foreign-born of unknown country
        (2, "152", 2, 45, 2),  # "abroad" but born in Chile: inconsistent, counted as foreign of unknown country
        (9, "604", 1, 60, 1),  # not stated, but a country abroad is given
        (9, "", 2, 70, 1),  # nothing known
    ]
    path = tmp_path / "nacio.csv"
    path.write_text("NACIO,PAIS,SEXO,EDAD,ECIVIL\n" + "".join(",".join(map(str, r)) + "\n" for r in rows),
                    encoding="utf-8")
    recipe = {
        "name": "nativity question", "census_year": 2024, "census_country": "CHL",
        "variables": {
            "country_of_birth": {"variable": "PAIS", "nativity": {"variable": "NACIO", "native": ["1"],
                                                                 "foreign": ["2"], "not_stated": ["9"]}},
            "sex": "SEXO", "age": "EDAD",
            "marital_status": {"variable": "ECIVIL", "values": {"1": "1", "2": "2", "3": "3"}},
        },
    }
    r = tabulate_frame(path, recipe)
    t00 = r.tables["T00"]
    assert _cell(t00, NATIVITY="N", SEX="_T", AGE="_T") == 3
    assert _cell(t00, NATIVITY="F", SEX="_T", AGE="_T") == 6
    assert _cell(t00, NATIVITY="UNK", SEX="_T", AGE="_T") == 1
    t01 = r.tables["T01"]
    assert _cell(t01, COB="604", SEX="_T", AGE="_T") == 3
    assert _cell(t01, COB="068", SEX="_T", AGE="_T") == 1
    assert _cell(t01, COB="UNK", SEX="_T", AGE="_T") == 2
    t02 = r.tables["T02"]  # marital status of the foreign-born aged 15 and over: the natives' are not read
    assert _cell(t02, COB="_T", SEX="_T", MARST="_T") == 6
    assert _cell(t02, COB="604", SEX="_T", MARST="1") == 2 and _cell(t02, COB="068", SEX="_T", MARST="3") == 1
    by = {(i.concept, i.key): i for i in r.issues}
    assert by[("country_of_birth", "tabulate.issue.inconsistent")].count == 1


def test_file_columns_named_like_internal_aliases(tmp_path):
    frame = pd.DataFrame({"Q0": ["x"] * 4, "q1": [1, 2, 3, 4], "P": ["152", "604", "604", "068"],
                          "S": ["1", "2", "1", "2"], "A": [30, 40, 50, 60], "M": ["1", "2", "1", "3"]})
    recipe = {"name": "aliases", "census_year": 2024, "census_country": "CHL",
              "variables": {"country_of_birth": "P", "sex": "S", "age": "A",
                            "marital_status": {"variable": "M", "values": {"1": "1", "2": "2", "3": "3"}}}}
    r = tabulate_frame(frame, recipe)
    assert _cell(r.tables["T01"], COB="604", SEX="_T", AGE="_T") == 2
    assert _cell(r.tables["T02"], COB="_T", SEX="_T", MARST="_T") == 3


def test_nan_country_codes_beside_a_nativity_question(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "nan.parquet"
    pq.write_table(pa.table({"NACIO": [1.0, 2.0, 2.0, 2.0], "PAIS": [float("nan"), 604.0, 68.0, float("nan")],
                             "SEXO": ["1", "2", "1", "2"], "EDAD": [30.0, 40.0, 50.0, 60.0]}), path)
    recipe = {"name": "nan", "census_year": 2024, "census_country": "CHL",
              "variables": {"country_of_birth": {"variable": "PAIS", "nativity": {"variable": "NACIO",
                                                                                  "native": ["1"], "foreign": ["2"]}},
                            "sex": "SEXO", "age": "EDAD"}}
    t01 = tabulate_frame(path, recipe).tables["T01"]
    assert _cell(t01, COB="_T", SEX="_T", AGE="_T") == 3 and _cell(t01, COB="UNK", SEX="_T", AGE="_T") == 1


def test_nan_declared_not_stated(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("P,S,A\n604,1,30\n604,2,NaN\n068,1,999\n", encoding="utf-8")
    recipe = {"name": "nan", "census_year": 2024, "census_country": "CHL",
              "variables": {"country_of_birth": "P", "sex": "S",
                            "age": {"variable": "A", "not_stated": ["NaN", "999"]}}}
    r = tabulate_frame(path, recipe)
    by = {(i.concept, i.key): i.count for i in r.issues}
    assert by[("age", "tabulate.issue.not_stated")] == 2
    assert _cell(r.tables["T01"], COB="_T", SEX="_T", AGE="UNK") == 2


def test_national_codes_with_labels_are_not_taken_for_the_census_country():
    """With value labels, 32 is whatever its label says (here Bolivia), not M49 Argentina, the census country."""
    frame = pd.DataFrame({"P": [1.0, 32.0, 32.0, 604.0], "S": ["1", "2", "1", "2"], "A": [30.0, 31.0, 40.0, 50.0],
                          "M": ["1", "2", "1", "3"]})
    recipe = {"name": "labels", "census_country": "ARG", "census_year": 2022,
              "variables": {"country_of_birth": {"variable": "P", "native": ["1"]}, "sex": "S", "age": "A",
                            "marital_status": {"variable": "M", "values": {"1": "1", "2": "2", "3": "3"}}}}
    r = tabulate_frame(frame, recipe, value_labels={"P": {1: "Argentina", 32: "Bolivia", 604: "Perú"}})
    t02 = r.tables["T02"]
    assert _cell(t02, COB="068", SEX="_T", MARST="1") == 1 and _cell(t02, COB="068", SEX="_T", MARST="2") == 1
    assert not [i for i in r.issues if i.concept == "marital_status"]  # the Bolivians' answers were read

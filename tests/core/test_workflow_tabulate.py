"""What the microdata dialog needs from the core: the variables of a person file, guessed bindings,
a recipe built from the form and checked, and the tabulation itself."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app import workflow
from app.tabulate import TabulateError, load_recipe
from app.tabulate.synthetic import generate_persons, synthetic_recipe

N = 3000


@pytest.fixture(scope="module")
def persons(tmp_path_factory):
    folder = tmp_path_factory.mktemp("persons")
    return {fmt: generate_persons(folder / f"persons.{fmt}", N, seed=3) for fmt in ("csv", "parquet")}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_microdata_columns_lists_every_variable_with_frequent_values(persons, fmt):
    columns = workflow.microdata_columns(persons[fmt], rows=500)
    names = [c.name for c in columns]
    assert names[:5] == ["ID", "SEXO", "EDAD", "PAISNAC", "ANIOLLEG"] and "FACTOR" in names
    by_name = {c.name: c for c in columns}
    assert set(by_name["SEXO"].samples) <= {"1", "2", "9"} and by_name["SEXO"].samples
    assert by_name["PAISNAC"].samples[0] == "152"  # the natives are the most frequent value
    assert by_name["FACTOR"].type == ("float" if fmt == "parquet" else "text")
    assert by_name["OCUP"].samples and all(len(s) == 4 for s in by_name["OCUP"].samples)
    assert len(by_name["ID"].samples) == 8  # at most max_samples


def test_microdata_columns_of_spss_file_keep_labels_and_value_labels(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    frame = pd.DataFrame({"P05": [1.0, 2.0, 2.0, 1.0], "P09": [35.0, 4.0, 71.0, 28.0],
                          "P12": [152.0, 604.0, 152.0, 32.0]})
    path = tmp_path / "personas.sav"
    pyreadstat.write_sav(frame, str(path), column_labels=["Sexo", "Edad en años", "País de nacimiento"],
                         variable_value_labels={"P05": {1.0: "Hombre", 2.0: "Mujer"}})
    columns = {c.name: c for c in workflow.microdata_columns(path)}
    assert columns["P05"].label == "Sexo" and columns["P05"].value_labels == {"1": "Hombre", "2": "Mujer"}
    assert columns["P12"].samples[0] == "152"
    # the names say nothing, the labels do
    assert workflow.guess_tabulation_variables(list(columns.values())) == {
        "country_of_birth": "P12", "sex": "P05", "age": "P09"}


def test_microdata_columns_report_a_file_that_is_not_microdata(tmp_path):
    with pytest.raises(TabulateError) as missing:
        workflow.microdata_columns(tmp_path / "nowhere.csv")
    assert missing.value.key == "tabulate.missing_file"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TabulateError) as raised:
        workflow.microdata_columns(empty)
    assert raised.value.key == "tabulate.empty"
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not a parquet file")
    with pytest.raises(TabulateError) as raised:
        workflow.microdata_columns(broken)
    assert raised.value.key == "tabulate.unreadable" and "broken.parquet" in raised.value.message("en")


def test_guess_binds_the_synthetic_file_as_its_own_recipe_does(persons):
    guesses = workflow.guess_tabulation_variables(workflow.microdata_columns(persons["csv"]))
    expected = {c: v["variable"] for c, v in synthetic_recipe(weighted=True)["variables"].items()}
    assert guesses == expected


def test_tabulation_recipe_builds_checks_and_saves(tmp_path):
    recipe = workflow.tabulation_recipe(
        {"country_of_birth": {"variable": "PAISNAC", "codes": "m49", "not_stated": ["999"], "native": []},
         "sex": {"variable": "SEXO", "kind": ""}, "age": {"variable": "EDAD", "not_stated": ["999"]}},
        name=" Censo 2024 ", census_year=2024, census_country="152")
    assert recipe["kind"] == "tabulation" and recipe["name"] == "Censo 2024" and recipe["census_year"] == 2024
    assert recipe["variables"]["sex"] == {"variable": "SEXO"}  # empty fields are left out
    assert recipe["variables"]["country_of_birth"] == {"variable": "PAISNAC", "codes": "m49", "not_stated": ["999"]}
    path = workflow.save_tabulation_recipe(recipe, tmp_path / "receta.json")
    assert json.loads(path.read_text(encoding="utf-8")) == recipe
    assert load_recipe(str(path)).variables["age"].not_stated == ("999",)
    with pytest.raises(TabulateError) as raised:
        workflow.tabulation_recipe({"sex": {"variable": "SEXO"}})
    assert raised.value.key == "tabulate.recipe.needs_country_of_birth"


def test_tabulate_microdata_writes_the_tables_into_the_project(tmp_path, persons):
    project = workflow.new_project(tmp_path / "CHL-2024.imila", "CHL", 2024)
    try:
        result = workflow.tabulate_microdata(project, persons["parquet"], synthetic_recipe(), disclosure_threshold=3)
        assert project.observation_count() == result.written > 0
        raw = pd.read_parquet(persons["parquet"])
        foreign = int((raw["PAISNAC"].notna() & ~raw["PAISNAC"].isin([152, 999])).sum())
        t01 = project.observations("T01")
        total = t01[(t01["COB"] == "_T") & (t01["SEX"] == "_T") & (t01["AGE"] == "_T")]["value"]
        assert total.tolist() == [foreign]
    finally:
        project.close()

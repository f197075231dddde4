"""T11 from household files: the emigrant module, one row per member abroad or numbered columns per household.

The synthetic household file comes from ``app.tabulate.synthetic``; the
reference tables are computed here with plain pandas from the members as
generated, written from the recipe's meaning (names of countries to M49 codes
spelt out, five-year groups, the reference period), sharing no code with
``app.tabulate.emigrants``.
"""

from __future__ import annotations

import itertools
import json
import zipfile

import numpy as np
import pandas as pd
import pytest

from app.tabulate import TabulateError, tabulate, tabulate_frame
from app.tabulate.synthetic import generate_households, household_members, households_recipe

HOUSEHOLDS = 6000
SEED = 11
DIMS = ["COR", "SEX", "AGE", "DEPART"]
# the destinations as the household names them → M49, written out
M49 = {"Argentina": "032", "Estados Unidos": "840", "EE.UU.": "840", "España": "724", "ESPAÑA": "724",
       "Perú": "604", "Bolivia (Estado Plurinacional de)": "068", "Brasil": "076", "Italia": "380",
       "Canadá": "124", "Suecia": "752", "Australia": "036", "Alemania": "276", "Ignorado": "UNK"}


def _age_group(age: int) -> str:
    if age >= 85:
        return "85+"
    low = age // 5 * 5
    return f"{low:02d}-{low + 4:02d}"


def _band(year: int) -> str:
    for low, high in ((2012, 2016), (2017, 2021), (2022, 2024)):
        if low <= year <= high:
            return f"{low}-{high}"
    raise AssertionError(year)


def reference_t11(members: pd.DataFrame, *, weighted: bool, current_age: bool = False,
                  since: int = 2012, census_year: int = 2024) -> pd.DataFrame:
    """T11 with every total, from the members as generated (plain pandas)."""
    m = members[members["PAIS_RESIDE"] != "Chile"].copy()  # the census country: not abroad
    year = pd.to_numeric(m["ANIO_SALIDA"])
    known_year = year != 9999
    m = m[~known_year | ((year >= since) & (year <= census_year))]
    year = pd.to_numeric(m["ANIO_SALIDA"])
    known_year = year != 9999
    m["COR"] = m["PAIS_RESIDE"].map(M49)
    m["SEX"] = m["SEXO"]
    m["DEPART"] = [(_band(int(y)) if k else "UNK") for y, k in zip(year, known_year)]
    if current_age:
        left = pd.to_numeric(m["EDAD_ACTUAL"]) - (census_year - year)
        m["AGE"] = [(_age_group(int(a)) if k else "UNK") for a, k in zip(left, known_year)]
    else:
        age = pd.to_numeric(m["EDAD_SALIDA"])
        m["AGE"] = [("UNK" if a == 99 else _age_group(int(a))) for a in age]
    m["v"] = m["FACTOR_HOGAR"] if weighted else 1.0
    frames = []
    for keep in itertools.product([True, False], repeat=4):
        by = [d for d, k in zip(DIMS, keep) if k]
        g = m.groupby(by)["v"].sum().reset_index() if by else pd.DataFrame({"v": [m["v"].sum()]})
        for d, k in zip(DIMS, keep):
            if not k:
                g[d] = "_T"
        frames.append(g[DIMS + ["v"]])
    out = pd.concat(frames, ignore_index=True)
    return out.set_index(DIMS)["v"].sort_index()


@pytest.fixture(scope="module")
def households_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("households")
    generate_households(folder / "members.csv", HOUSEHOLDS, seed=SEED)
    generate_households(folder / "wide.csv", HOUSEHOLDS, seed=SEED, layout="wide")
    return folder


@pytest.fixture(scope="module")
def members():
    return household_members(HOUSEHOLDS, seed=SEED)


def _cells(result) -> pd.Series:
    frame = result.tables["T11"]
    return frame.set_index(DIMS)["value"].astype(float).sort_index()


def _compare(found: pd.Series, expected: pd.Series) -> None:
    assert set(found.index) == set(expected.index)
    joined = pd.concat([found.rename("found"), expected.rename("expected")], axis=1)
    assert np.allclose(joined["found"], joined["expected"], atol=1e-6), joined[
        ~np.isclose(joined["found"], joined["expected"])].head()


def test_every_cell_of_t11_equals_an_independent_pandas_computation(households_dir, members):
    result = tabulate_frame(households_dir / "members.csv", households_recipe())
    expected = reference_t11(members, weighted=True)
    _compare(_cells(result), expected)
    frame = result.tables["T11"]
    assert set(frame["flag"]) == {"E"}  # household weights of a sample
    assert result.settings["reference_period"] == {"from": 2012, "to": 2024, "label": "left since 2012"}
    keys = {i.key: i for i in result.issues}
    # members who left before 2012 are outside the universe; members "abroad" in Chile are not emigrants
    before = members[(members["ANIO_SALIDA"] != "9999") & (members["PAIS_RESIDE"] != "Chile")]
    assert keys["tabulate.issue.outside_period"].count == int((pd.to_numeric(before["ANIO_SALIDA"]) < 2012).sum())
    assert keys["tabulate.issue.not_abroad"].count == int((members["PAIS_RESIDE"] == "Chile").sum())
    assert "2012" in keys["tabulate.issue.outside_period"].message("en")


def test_unweighted_and_current_age_cells_equal_pandas(households_dir, members):
    recipe = households_recipe(weighted=False, current_age=True)
    result = tabulate_frame(households_dir / "members.csv", recipe)
    _compare(_cells(result), reference_t11(members, weighted=False, current_age=True))
    assert set(result.tables["T11"]["flag"]) == {"A"}


def test_wide_layout_gives_the_same_table_as_one_row_per_member(households_dir, members):
    long = tabulate_frame(households_dir / "members.csv", households_recipe())
    wide = tabulate_frame(households_dir / "wide.csv", households_recipe(layout="wide"))
    _compare(_cells(wide), _cells(long))
    assert wide.settings["member_slots"] == 4
    assert wide.settings["households"] == HOUSEHOLDS
    assert any(i.variable == "emig*_pais" for i in wide.issues)


def test_recipe_needs_its_reference_period_and_bands_inside_it(households_dir):
    recipe = households_recipe()
    del recipe["reference_period"]
    with pytest.raises(TabulateError) as info:
        tabulate_frame(households_dir / "members.csv", recipe)
    assert info.value.key == "tabulate.recipe.needs_reference_period"
    # … or the project's metadata gives it
    result = tabulate_frame(households_dir / "members.csv", recipe,
                            metadata={"t11_reference_period": {"from": 2017}})
    assert set(result.tables["T11"]["DEPART"]) <= {"2017-2021", "2022-2024", "UNK", "_T"}
    recipe = households_recipe()
    recipe["variables"]["departure"]["bands"] = ["2010-2016", "2017-2024"]
    with pytest.raises(TabulateError) as info:
        tabulate_frame(households_dir / "members.csv", recipe)
    assert info.value.key == "tabulate.recipe.band_outside_period"
    recipe = households_recipe()
    del recipe["variables"]["sex"]
    with pytest.raises(TabulateError) as info:
        tabulate_frame(households_dir / "members.csv", recipe)
    assert info.value.key == "tabulate.recipe.emigrants_needs"
    assert "sex" in info.value.message("en")


def test_national_codes_map_through_the_recipe_and_the_code_lists(tmp_path):
    frame = pd.DataFrame({"SEXO": ["1", "2", "2", "1"], "EDAD": ["25", "30", "31", "40"],
                          "ANIO": ["2015", "2016", "2020", "2021"], "PAIS": ["1", "2", "EE.UU.", "Resto de Europa"]})
    recipe = {"kind": "emigrants", "name": "codes", "census_year": 2024, "census_country": "152",
              "reference_period": "2012-2024",
              "variables": {"sex": "SEXO", "age": "EDAD", "departure": "ANIO",
                            "country_of_residence": {"variable": "PAIS", "values": {"1": "032", "2": "840"}}}}
    result = tabulate_frame(frame, recipe)
    t11 = result.tables["T11"]
    totals = t11[(t11["SEX"] == "_T") & (t11["AGE"] == "_T") & (t11["DEPART"] == "_T")].set_index("COR")["value"]
    assert totals.to_dict() == {"032": 1.0, "840": 2.0, "R150": 1.0, "_T": 4.0}


def test_project_package_carries_t11_and_its_period_and_verify_passes(households_dir, tmp_path):
    from app.workflow import check_project, export_package, new_project, verify_package

    project = new_project(tmp_path / "CHL-2024.imila", "CHL", 2024, nso="INE", contact_name="Ana Pérez",
                          reference_date="2024-04-19", enumeration_basis="de_jure", source_type="sample")
    try:
        result = tabulate(project, households_dir / "members.csv", households_recipe())
        assert result.written == len(result.tables["T11"])
        assert project.metadata()["t11_reference_period"] == {"from": 2012, "to": 2024, "label": "left since 2012"}
        findings = check_project(project)
        assert not [f for f in findings if f.severity == "error"], [f.message("en") for f in findings]
        out = export_package(project, tmp_path, confirm_unexplained=True)
    finally:
        project.close()
    package = out.path if hasattr(out, "path") else out
    with zipfile.ZipFile(package) as archive:
        metadata = json.loads(archive.read("metadata.json"))
        descriptor = json.loads(archive.read("datapackage.json"))
        rows = archive.read("data/T11.csv").decode("utf-8").splitlines()
    assert metadata["t11_reference_period"]["from"] == 2012
    t11 = next(r for r in descriptor["resources"] if r["name"] == "t11")
    assert t11["referencePeriod"] == {"from": 2012, "to": 2024, "label": "left since 2012"}
    assert "2012-2024" in t11["description"]
    assert len(rows) - 1 == result.written
    report = verify_package(package)
    assert report.ok, report.lines("en")


def _cli(*args) -> int:
    from app.cli import main

    return main(["--lang", "en", *map(str, args)])


def test_cli_tabulate_emigrant_recipe_and_the_t11_period_options(households_dir, tmp_path, capsys):
    from app.store.project import Project

    project = tmp_path / "CHL-2024.imila"
    assert _cli("new", project, "--country", "CHL", "--year", "2024", "--t11-period", "2010-") == 0
    with Project.open(project) as p:
        assert p.metadata()["t11_reference_period"] == {"from": 2010}
    assert _cli("meta", project, "--t11-period", "2012-2024", "--t11-period-label", "salieron desde 2012") == 0
    with Project.open(project) as p:
        assert p.metadata()["t11_reference_period"] == {"from": 2012, "to": 2024, "label": "salieron desde 2012"}
    assert _cli("meta", project, "--t11-period", "2030") == 2  # not a period a census asks
    capsys.readouterr()
    recipe = households_recipe()
    del recipe["reference_period"]  # the project's period serves
    recipe_path = tmp_path / "emigrants.json"
    recipe_path.write_text(json.dumps(recipe), encoding="utf-8")
    assert _cli("tabulate", project, households_dir / "members.csv", "--recipe", recipe_path, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out["tables"]) == ["T11"] and out["written"] == out["tables"]["T11"]
    assert out["checks"]["error"] == 0
    assert any(i["key"] == "tabulate.issue.outside_period" for i in out["issues"])
    assert _cli("tabulate", project, households_dir / "wide.csv", "--recipe",
                _write(tmp_path / "wide.json", households_recipe(layout="wide")), "--disclosure", "3") == 0
    printed = capsys.readouterr().out
    assert "T11" in printed and "confidential" in printed
    assert _cli("info", project) == 0
    assert "T11 reference period (emigrants): 2012-2024" in capsys.readouterr().out


def _write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path

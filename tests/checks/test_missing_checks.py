"""Intervals that overlap or leave gaps (LOG-005), a part equal to the sum of the others (ADD-004), and T11's
own checks: departures inside the reference period (LOG-004), sex ratio per destination (PLA-006), ages at
departure (PLA-007), additivity as for every table."""

from __future__ import annotations

from tests.checks.frames import full_table

CEB = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10+"]


def t01_ages(ages, value=100):
    return [{"table_id": "T01", "COB": "068", "SEX": "_T", "AGE": a, "value": value} for a in ages]


def test_overlapping_and_gapped_age_groups_are_errors(check):
    found = check(t01_ages(["00-14", "10-24", "30-64", "65+"]), "LOG-005")
    variants = sorted(f.params["variant"] for f in found)
    assert variants == ["gap", "overlap"]
    assert all(f.severity == "error" for f in found)
    overlap = next(f for f in found if f.params["variant"] == "overlap")
    assert {overlap.params["first"], overlap.params["second"]} == {"00-14", "10-24"}
    gap = next(f for f in found if f.params["variant"] == "gap")
    assert (gap.params["low"], gap.params["high"]) == ("25", "29")
    text = overlap.message("en")
    assert "00-14" in text and "10-24" in text and "overlap" in text
    for lang in ("es", "pt", "fr"):
        assert "00-14" in overlap.message(lang) and "25" in gap.message(lang)


def test_a_partition_and_its_published_subtotals_pass(check):
    five = [f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)] + ["85+"]
    assert check(t01_ages(five + ["00-14", "15-64", "65+", "15+"]), "LOG-005") == []
    assert check(t01_ages(["00-14", "15-24", "25-64", "65+", "UNK"]), "LOG-005") == []
    # a universe of 15+ starts at 15; the broad groups of T02 need no 00-14
    rows = [{"table_id": "T02", "COB": "068", "SEX": "_T", "MARST": "_T", "AGE": a, "value": 5}
            for a in ("15-24", "25-64", "65+")]
    assert check(rows, "LOG-005") == []


def test_missing_open_top_and_missing_start_are_errors(check):
    found = check(t01_ages(["00-14", "15-64"]), "LOG-005")
    assert [f.params["variant"] for f in found] == ["top"]
    found = check(t01_ages(["15-64", "65+"]), "LOG-005")
    assert [(f.params["variant"], f.params["low"], f.params["high"]) for f in found] == [("gap", "0", "14")]


def test_a_gap_nobody_is_in_is_not_an_error(check):
    # a tabulation writes no cell for an age group without persons: the total says nobody is missing
    rows = t01_ages(["00-14", "15-64"]) + [{"table_id": "T01", "COB": "068", "SEX": "_T", "AGE": "_T", "value": 200}]
    assert check(rows, "LOG-005") == []
    rows[-1]["value"] = 230  # 30 persons in no group
    assert [f.params["variant"] for f in check(rows, "LOG-005")] == ["top"]
    overlap = t01_ages(["00-14", "10-24", "25+"]) + [{"table_id": "T01", "COB": "068", "SEX": "_T", "AGE": "_T",
                                                       "value": 300}]
    assert [f.params["variant"] for f in check(overlap, "LOG-005")] == ["overlap"]


def test_arrival_periods_that_overlap_or_leave_a_year_out(check):
    rows = [{"table_id": "T04", "COB": "068", "SEX": "_T", "ARRIVAL": a, "value": 10}
            for a in ("<2000", "2000-2009", "2005-2014", "2016-2022")]
    found = check(rows, "LOG-005")
    assert sorted(f.params["variant"] for f in found) == ["gap", "overlap"]
    gap = next(f for f in found if f.params["variant"] == "gap")
    assert (gap.params["low"], gap.params["high"]) == ("2015", "2015")
    ok = [{"table_id": "T04", "COB": "068", "SEX": "_T", "ARRIVAL": a, "value": 10}
          for a in ("<2000", "2000-2009", "2010-2022", "2000-2022", "UNK")]
    assert check(ok, "LOG-005") == []


def _ceb_table(total_as_part: str | None):
    """T03 by CEB for two countries and two ages; with ``total_as_part`` the total is one of the parts."""
    def value(codes):
        return 10 + 3 * CEB.index(codes["CEB"]) + (7 if codes["COB"] == "068" else 0) + len(codes["AGE"])

    rows = full_table("T03", ("COB", "AGE", "CEB"), {"COB": ["068", "604"], "AGE": ["15-19", "20-24"], "CEB": CEB},
                      value)
    for row in rows:
        row["SEX"] = "2"
    if total_as_part is None:
        return rows
    # the layout read the total column as the category ``total_as_part`` and summed everything again
    parts = [r for r in rows if r["CEB"] != "_T" and r["CEB"] != total_as_part]
    totals = {}
    for r in parts:
        key = (r["COB"], r["AGE"])
        totals[key] = totals.get(key, 0) + r["value"]
    out = [r for r in rows if r["CEB"] not in ("_T", total_as_part)]
    for (cob, age), total in totals.items():
        out.append({"table_id": "T03", "SEX": "2", "COB": cob, "AGE": age, "CEB": total_as_part, "value": total})
        out.append({"table_id": "T03", "SEX": "2", "COB": cob, "AGE": age, "CEB": "_T", "value": 2 * total})
    return out


def test_a_part_equal_to_the_sum_of_the_others_is_an_error(check):
    """The children-ever-born table whose bare-number headers 0;1;…;10 y más were read with its total as a part."""
    assert check(_ceb_table(None), "ADD-004") == []
    assert check(_ceb_table(None), "ADD-001") == []
    found = check(_ceb_table("10+"), "ADD-004")
    along_ceb = [f for f in found if f.params["dimension"] == "CEB"]
    assert len(along_ceb) == 1 and along_ceb[0].severity == "error"
    assert along_ceb[0].params["code"] == "10+"
    # every group with its parts: the two countries and their two ages, and the margins over them
    assert along_ceb[0].params["groups"] == along_ceb[0].params["of_groups"] == 9
    text = along_ceb[0].message("en")
    assert "10 children or more" in text and "_T" in text
    # the computed totals agree with the parts (×2): additivity alone would not see it
    assert check(_ceb_table("10+"), "ADD-001") == []


def test_published_subtotals_are_not_parts_equal_to_the_others(check):
    # a region with its countries, an interval over its intervals
    rows = [{"table_id": "T01", "COB": c, "SEX": "_T", "AGE": "_T", "value": v}
            for c, v in (("_T", 100), ("005", 100), ("032", 40), ("068", 30), ("152", 20), ("604", 10))]
    assert check(rows, "ADD-004") == []
    ages = t01_ages(["15+"], 300) + t01_ages(["15-24", "25-64", "65+"], 100)
    assert check(ages, "ADD-004") == []
    # one group where a part happens to be half of the persons is a coincidence, not a layout
    rows = t01_ages(["00-14", "15-24", "25-64", "65+"], 10)
    rows[2]["value"] = 30
    assert check(rows, "ADD-004") == []


# -- T11 ---------------------------------------------------------------------------------------------
def t11(period=("2012-2016", "2017-2021", "2022-2024"), men=1.0, ages=None, destinations=("840", "724", "032")):
    ages = ages or {"00-14": 10, "15-29": 48, "30-44": 30, "45-64": 9, "65+": 3}

    def value(codes):
        return ages[codes["AGE"]] * (men if codes["SEX"] == "1" else 1.0) * (3 if codes["COR"] == "840" else 1)

    return full_table("T11", ("COR", "SEX", "AGE", "DEPART"),
                      {"COR": list(destinations), "SEX": ["1", "2"], "AGE": list(ages), "DEPART": list(period)}, value)


def test_t11_departures_inside_the_reference_period(check):
    period = {"t11_reference_period": {"from": 2012, "to": 2024}}
    assert check(t11(), "LOG-004", census_year=2024, **period) == []
    found = check(t11(("<2012", "2012-2016", "2017-2024")), "LOG-004", census_year=2024, **period)
    assert [f.params["code"] for f in found] == ["<2012"] and found[0].severity == "error"
    assert "2012-2024" in found[0].message("en")
    # "to" defaults to the census year; a period recorded as text is read too
    found = check(t11(), "LOG-004", census_year=2020, t11_reference_period="2012-")
    assert [f.params["code"] for f in found] == ["2017-2021", "2022-2024"]
    found = check(t11(), "LOG-004", census_year=2024)
    assert [(f.severity, f.params["variant"]) for f in found] == [("warning", "no_period")]


def test_t11_sex_ratio_per_destination(check):
    assert check(t11(), "PLA-006", census_year=2024) == []
    found = check(t11(men=2.5), "PLA-006", census_year=2024)
    assert sorted(f.params["code"] for f in found) == ["032", "724", "840"]  # each destination of 1,000 or more
    assert found[0].severity == "warning" and "250" in found[0].message("en")
    small = t11(men=2.5, ages={"00-14": 1, "15-29": 6, "30-44": 3, "45-64": 1, "65+": 1})
    assert check(small, "PLA-006", census_year=2024) == []  # under 1,000: not flagged


def test_t11_ages_at_departure(check):
    assert check(t11(), "PLA-007", census_year=2024) == []
    old = check(t11(ages={"00-14": 10, "15-29": 38, "30-44": 22, "45-64": 10, "65+": 20}), "PLA-007",
                census_year=2024)
    assert [f.params["variant"] for f in old] == ["old"] and old[0].params["pct"] == 20.0
    young = check(t11(ages={"00-14": 44, "15-29": 31, "30-44": 15, "45-64": 8, "65+": 2}), "PLA-007",
                  census_year=2024)
    assert [f.params["variant"] for f in young] == ["young"]
    assert "15" in young[0].message("es")


def test_t11_additivity_like_every_table(check):
    rows = t11()
    assert [f for f in check(rows, census_year=2024, t11_reference_period="2012-") if f.severity == "error"] == []
    cell = next(r for r in rows if (r["COR"], r["SEX"], r["AGE"], r["DEPART"]) == ("724", "2", "15-29", "2012-2016"))
    cell["value"] += 500
    rules = {f.rule for f in check(rows, census_year=2024, t11_reference_period="2012-") if f.severity == "error"}
    assert {"ADD-001", "ADD-003"} <= rules


def test_an_imported_ceb_table_whose_total_column_became_a_part_gives_an_error(tmp_path):
    """Bare-number headers (;;0;1;…;10 y más) read with low confidence: the unlabelled total column mapped as a
    category counts every woman twice, and no published total is left to disagree; the check says so."""
    from app.cli import main

    source = tmp_path / "ceb.csv"
    source.write_text(
        "Cuadro 12. Mujeres de 15 años y más nacidas en otro país por número de hijos nacidos vivos\n"
        "País de nacimiento;;0;1;2;3;4;5;6;7;8;9;10 y más\n"
        "Bolivia;1000;200;150;150;120;100;80;60;50;40;30;20\n"
        "Paraguay;2000;400;300;300;240;200;160;120;100;80;60;40\n"
        "Perú;1500;300;225;225;180;150;120;90;75;60;45;30\n", encoding="utf-8")
    project = tmp_path / "ARG-2022.imila"

    def cli(*args) -> int:
        return main(["--lang", "en", *map(str, args)])

    assert cli("new", project, "--country", "ARG", "--year", "2022") == 0
    assert cli("import", project, source, "--table", "T03") == 0
    from app.store.project import Project
    from app.workflow import check_project, map_source, suggest_recipes

    # the layout as it was read with low confidence: every column a category, the unlabelled one "not stated"
    recipe = suggest_recipes(source, table="T03", country_iso3="ARG", census_year=2022)[0]
    rows, columns = list(recipe["labels"])
    recipe["bindings"] = {rows: "COB", columns: "CEB"}
    recipe["labels"][rows] = {k: v for k, v in recipe["labels"][rows].items() if v}
    recipe["labels"][rows]["Paraguay"] = "600"
    codes = recipe["labels"][columns]
    for label, code in list(codes.items()):
        if code in (None, "_T", "__drop__"):
            codes[label] = "99"  # the column of totals, taken for "not stated"
    with Project.open(project) as opened:
        map_source(opened, opened.sources()[0]["id"], recipe, remember=False)
    with Project.open(project) as opened:
        findings = check_project(opened)
    errors = [f for f in findings if f.severity == "error"]
    assert [(f.rule, f.params["dimension"], f.params["code"]) for f in errors] == [("ADD-004", "CEB", "99")]
    assert errors[0].params["groups"] == 3

"""Additivity rules ADD-001 … ADD-003: totals, region subtotals, national subtotals, intervals."""

from tests.checks.frames import full_table


def t01(cob, sex, age, value, **extra):
    return {"table_id": "T01", "COB": cob, "SEX": sex, "AGE": age, "value": value, **extra}


def sex_group(total, men, women, flag_women="A"):
    return [t01("068", "_T", "_T", total), t01("068", "1", "_T", men), t01("068", "2", "_T", women, flag=flag_women)]


def test_add001_consistent_table_passes(check):
    rows = full_table("T02", ("COB", "SEX", "MARST"), {"COB": ["068", "600", "UNK"], "SEX": ["1", "2"], "MARST": ["1", "2", "9"]},
                      lambda c: 50 + len(c["COB"]) + int(c["SEX"]))
    assert check(rows, "ADD-001") == []


def test_add001_sex_total_small_difference_is_a_warning(check):
    found = check(sex_group(20_000, 9_990, 10_000), "ADD-001")
    assert len(found) == 1
    f = found[0]
    assert f.severity == "warning" and f.params["dimension"] == "SEX"
    assert (f.params["expected"], f.params["found"], f.params["difference"]) == (20_000, 19_990, -10)
    assert f.cells[0]["SEX"] == "_T" and {c["SEX"] for c in f.cells[1:]} == {"1", "2"}


def test_add001_difference_of_50_or_more_is_an_error(check):
    # 50 persons: not under 50 → error even though it is 0.25 % of the total
    assert check(sex_group(20_000, 9_950, 10_000), "ADD-001")[0].severity == "error"
    # 10 persons but 10 % of the total → error
    assert check(sex_group(100, 40, 50), "ADD-001")[0].severity == "error"


def test_add001_confidential_cell_excuses_the_difference(check):
    found = check(sex_group(20_000, 9_000, None, flag_women="C"), "ADD-001")
    assert len(found) == 1 and found[0].severity == "info" and found[0].params["variant"] == "excused"
    assert "confidential" in found[0].message("en")


def test_add001_hierarchy_compares_each_node_with_its_nearest_published_parts(check):
    # _T = Americas (019) + Europe (150) + UNK; Americas = Bolivia + Paraguay + other America (R019);
    # Europe is compared with Spain + Italy; China (no Asia row) counts directly under _T.
    rows = [
        t01("_T", "_T", "_T", 1_000), t01("019", "_T", "_T", 700), t01("068", "_T", "_T", 300), t01("600", "_T", "_T", 350),
        t01("R019", "_T", "_T", 50), t01("150", "_T", "_T", 200), t01("724", "_T", "_T", 120), t01("380", "_T", "_T", 80),
        t01("156", "_T", "_T", 60), t01("UNK", "_T", "_T", 40),
    ]
    assert check(rows, "ADD-001") == []
    rows[2]["value"] = 400  # Bolivia + 100
    found = check(rows, "ADD-001")
    assert [(f.params["code"], f.params["expected"], f.params["found"]) for f in found] == [("019", 700, 800)]
    assert {c["COB"] for c in found[0].cells} == {"019", "068", "600", "R019"}


def test_add001_subregion_between_region_and_countries(check):
    rows = [t01("_T", "_T", "_T", 500), t01("019", "_T", "_T", 500), t01("005", "_T", "_T", 400), t01("068", "_T", "_T", 150),
            t01("600", "_T", "_T", 250), t01("840", "_T", "_T", 100)]
    assert check(rows, "ADD-001") == []
    rows[4]["value"] = 260
    found = check(rows, "ADD-001")
    assert [f.params["code"] for f in found] == ["005"]


def test_add002_national_subtotal_equals_members(check):
    national = {"kind": "national", "members": ["068", "600"]}
    rows = [t01("068", "_T", "_T", 300), t01("600", "_T", "_T", 350), t01("N:Países limítrofes", "_T", "_T", 650, **national)]
    assert check(rows, "ADD-002") == []
    rows[2]["value"] = 640
    found = check(rows, "ADD-002")
    assert len(found) == 1 and found[0].severity == "error"
    assert (found[0].params["expected"], found[0].params["found"], found[0].params["members"]) == (640, 650, 2)
    assert "Países limítrofes" in found[0].message("es")
    # a national subtotal is not one more part of _T
    assert check(rows[:2] + [t01("_T", "_T", "_T", 650), rows[2]], "ADD-001") == []


def test_add002_member_missing_is_reported(check):
    national = {"kind": "national", "members": ["068", "600", "152"]}
    rows = [t01("068", "_T", "_T", 300), t01("600", "_T", "_T", 350), t01("N:Limítrofes", "_T", "_T", 700, **national)]
    found = check(rows, "ADD-002")
    assert found[0].params["missing"] == ["152"] and found[0].params["members"] == 3


def test_add003_age_total_equals_intervals(check):
    rows = [t01("068", "1", a, v) for a, v in (("_T", 1_000), ("00-14", 200), ("15-24", 300), ("25-64", 400), ("65+", 100))]
    assert check(rows, "ADD-003") == []
    rows[1]["value"] = 260
    found = check(rows, "ADD-003")
    assert len(found) == 1 and found[0].params["dimension"] == "AGE" and found[0].params["difference"] == 60
    assert found[0].severity == "error"


def test_add003_published_age_subtotal_is_not_counted_twice(check):
    ages = (("_T", 1_000), ("00-14", 200), ("15+", 800), ("15-24", 300), ("25-64", 400), ("65+", 100))
    rows = [t01("068", "1", a, v) for a, v in ages]
    assert check(rows, "ADD-003") == []
    rows[2]["value"] = 790  # 15+ no longer equals 15-24 + 25-64 + 65+, and _T no longer 00-14 + 15+
    found = check(rows, "ADD-003")
    assert sorted(f.params["code"] for f in found) == ["15+", "_T"]


def test_add003_overlapping_intervals_compare_the_covering_partition(check):
    ages = (("_T", 1_000), ("00-14", 200), ("15-24", 300), ("20-29", 250), ("25-64", 400), ("65+", 100))
    rows = [t01("068", "1", a, v) for a, v in ages]
    assert check(rows, "ADD-003") == []  # 20-29 overlaps: left out, the partition 00-14 … 65+ adds up
    rows[5]["value"] = 160
    assert [f.params["difference"] for f in check(rows, "ADD-003")] == [60]


def test_add003_arrival_periods(check):
    rows = [{"table_id": "T04", "COB": "068", "SEX": "1", "ARRIVAL": a, "value": v}
            for a, v in (("_T", 500), ("<2000", 100), ("2000-2009", 150), ("2010-2022", 200), ("UNK", 50))]
    assert check(rows, "ADD-003") == []
    rows[4]["value"] = 45
    found = check(rows, "ADD-003")
    assert len(found) == 1 and found[0].params["dimension"] == "ARRIVAL" and found[0].severity == "error"


def test_add_every_dimension_of_a_table_is_checked(check):
    rows = full_table("T01", ("COB", "SEX", "AGE"), {"COB": ["068", "600"], "SEX": ["1", "2"], "AGE": ["00-14", "15+"]},
                      lambda c: 1_000)
    for row in rows:
        if (row["COB"], row["SEX"], row["AGE"]) == ("068", "2", "00-14"):
            row["value"] += 100
    found = check(rows)
    directions = sorted(f.params["dimension"] for f in found if f.rule.startswith("ADD"))
    assert directions == ["AGE", "COB", "SEX"]

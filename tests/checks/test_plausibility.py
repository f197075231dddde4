"""Plausibility (PLA-001 … PLA-005) and dissemination (DIS-001)."""

import numpy as np

from app.checks.rules_plausibility import accuracy_index

AGES5 = [f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)] + ["85+"]


def t01(cob, sex, age, value):
    return {"table_id": "T01", "COB": cob, "SEX": sex, "AGE": age, "value": value}


def stock(cob, men, women):
    return [t01(cob, "_T", "_T", men + women), t01(cob, "1", "_T", men), t01(cob, "2", "_T", women)]


def test_pla001_sex_ratio(check):
    assert check(stock("068", 1_000, 1_050) + stock("600", 300, 50), "PLA-001") == []  # 600: under 1,000 persons
    found = check(stock("068", 3_000, 1_000), "PLA-001")
    assert len(found) == 1 and found[0].params["ratio"] == 300.0 and found[0].severity == "warning"
    assert found[0].params["code"] == "068" and "Bolivia" in found[0].message("es")
    no_women = check(stock("068", 1_500, 0), "PLA-001")
    assert no_women[0].params["variant"] == "no_women"


def test_pla002_share_of_not_stated(check):
    rows = [t01(c, "_T", "_T", v) for c, v in (("_T", 1_000), ("068", 960), ("UNK", 40))]
    assert check(rows, "PLA-002") == []
    rows = [t01(c, "_T", "_T", v) for c, v in (("_T", 1_000), ("068", 900), ("UNK", 100))]
    found = check(rows, "PLA-002")
    assert len(found) == 1 and found[0].params["pct"] == 10.0 and found[0].params["dimension"] == "COB"


def test_pla002_not_stated_codes_of_other_lists(check):
    rows = [{"table_id": "T02", "COB": "_T", "SEX": "_T", "MARST": m, "value": v} for m, v in (("_T", 100), ("1", 80), ("9", 20))]
    found = check(rows, "PLA-002")
    assert [f.params["codes"] for f in found] == [["9"]]


def test_accuracy_index_of_smooth_and_erratic_populations():
    flat = np.full((1, 15), 1_000.0)
    joint, srs, ars_m, ars_f = accuracy_index(flat, flat)
    assert (joint[0], srs[0], ars_m[0], ars_f[0]) == (0.0, 0.0, 0.0, 0.0)
    men = np.array([[1_000.0, 1_500.0] * 7 + [1_000.0]])
    joint, srs, ars_m, ars_f = accuracy_index(men, flat)
    assert round(srs[0], 1) == 50.0 and round(ars_m[0], 1) > 15 and joint[0] > 40


def _pyramid(cob, men_profile, women_profile):
    rows = []
    for sex, profile in (("1", men_profile), ("2", women_profile)):
        rows += [t01(cob, sex, age, v) for age, v in zip(AGES5, profile)]
        rows.append(t01(cob, sex, "_T", sum(profile)))
    rows.append(t01(cob, "_T", "_T", sum(men_profile) + sum(women_profile)))
    return rows


def test_pla003_age_sex_accuracy(check):
    smooth = [2_000 - 80 * i for i in range(18)]
    assert check(_pyramid("600", smooth, smooth), "PLA-003") == []
    heaped = [v * (1.6 if i % 2 else 0.6) for i, v in enumerate(smooth)]
    found = check(_pyramid("600", heaped, smooth), "PLA-003")
    assert len(found) == 1 and found[0].severity == "warning" and found[0].params["score"] > 40
    small = [v / 100 for v in heaped]  # under 10,000 persons: not assessed
    assert check(_pyramid("600", small, small), "PLA-003") == []


def test_pla003_moderate_score_is_info(check):
    smooth = [2_000 - 80 * i for i in range(18)]
    wobbly = [v * (1.04 if i % 2 else 0.97) for i, v in enumerate(smooth)]
    found = check(_pyramid("600", wobbly, smooth), "PLA-003")
    assert len(found) == 1 and found[0].severity == "info" and 20 < found[0].params["score"] <= 40


def test_pla004_change_against_previous_round(check):
    rows = stock("068", 1_000, 1_000) + stock("600", 5_000, 5_000)
    previous = {"census_year": 2010, "observations": [
        {"table_id": "T01", "COB": "068", "SEX": "_T", "AGE": "_T", "value": 1_800},
        {"table_id": "T01", "COB": "600", "SEX": "_T", "AGE": "_T", "value": 5_000},
        {"table_id": "T01", "COB": "152", "SEX": "_T", "AGE": "_T", "value": 300},
    ]}
    found = check(rows, "PLA-004", previous_round=previous)
    assert [(f.params["code"], f.params["pct"]) for f in found] == [("600", 100.0)]
    assert check(rows, "PLA-004", previous_round="2010") == []  # a round named without its data: nothing to compare


def test_pla005_broad_age_groups(check):
    assert check([t01("068", "1", a, 10) for a in AGES5], "PLA-005") == []
    found = check([t01("068", "1", a, 10) for a in ("_T", "00-14", "15-24", "25-64", "65+")], "PLA-005")
    assert len(found) == 1 and found[0].severity == "info" and found[0].params["codes"] == ["00-14", "15-24", "25-64"]


def test_dis001_stocks_at_or_below_500(check):
    rows = [t01(c, "_T", "_T", v) for c, v in (("_T", 2_000), ("068", 1_000), ("600", 600), ("UNK", 100))]
    assert check(rows, "DIS-001") == []
    rows += [t01("152", "_T", "_T", 500), t01("858", "_T", "_T", 30)]
    found = check(rows, "DIS-001")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].params["codes"] == ["858", "152"] and found[0].params["count"] == 2

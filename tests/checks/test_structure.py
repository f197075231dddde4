"""Structure rules STR-001 … STR-008: one passing and one failing case each."""

from tests.checks.frames import full_table

T01_OK = full_table("T01", ("COB", "SEX", "AGE"), {"COB": ["068", "600"], "SEX": ["1", "2"], "AGE": ["00-14", "15+"]},
                    lambda c: 100 + 10 * int(c["SEX"]))


def test_str001_unknown_table(check):
    assert check(T01_OK, "STR-001") == []
    found = check(T01_OK + [{"table_id": "T99", "COB": "068", "value": 5}], "STR-001")
    assert [f.table_id for f in found] == ["T99"]
    assert found[0].severity == "error" and found[0].params["count"] == 1


def test_str002_required_dimension_empty(check):
    assert check(T01_OK, "STR-002") == []
    found = check(T01_OK + [{"COB": "068", "SEX": "", "AGE": "_T", "value": 5}], "STR-002")
    assert len(found) == 1 and found[0].params["dimension"] == "SEX"
    assert found[0].cells[0]["SEX"] == "" and found[0].cells[0]["obs_id"] == len(T01_OK) + 1


def test_str003_code_not_in_code_list(check):
    assert check(T01_OK, "STR-003") == []
    rows = T01_OK + [
        {"COB": "999", "SEX": "1", "AGE": "_T", "value": 5},
        {"COB": "068", "SEX": "1", "AGE": "5-9", "value": 5},  # AGE codes have two digits: 05-09
        {"COB": "N:Limítrofes", "SEX": "1", "AGE": "_T", "value": 5},  # national code on an ordinary cell
    ]
    found = check(rows, "STR-003")
    assert sorted((f.params["dimension"], f.params["code"]) for f in found) == [("AGE", "5-9"), ("COB", "999"), ("COB", "N:Limítrofes")]
    national = [{"COB": "N:Limítrofes", "SEX": "1", "AGE": "_T", "value": 5, "kind": "national", "members": ["068"]}]
    assert check(T01_OK + national, "STR-003") == []


def test_str004_code_in_dimension_the_table_lacks(check):
    assert check(T01_OK, "STR-004") == []
    found = check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "MARST": "2", "value": 5}], "STR-004")
    assert len(found) == 1 and found[0].params["dimension"] == "MARST"


def test_str005_duplicate_cells(check):
    assert check(T01_OK, "STR-005") == []
    rows = T01_OK + [{"COB": "068", "SEX": "1", "AGE": "00-14", "value": 111}]
    found = check(rows, "STR-005")
    assert len(found) == 1
    assert found[0].params["count"] == 2 and found[0].params["same_value"] is False
    original = next(i for i, r in enumerate(T01_OK, start=1) if (r["COB"], r["SEX"], r["AGE"]) == ("068", "1", "00-14"))
    assert sorted(c["obs_id"] for c in found[0].cells) == [original, len(rows)]


def test_str006_negative_values(check):
    assert check(T01_OK, "STR-006") == []
    found = check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": -4}], "STR-006")
    assert len(found) == 1 and found[0].params["minimum"] == -4


def test_str007_decimals_need_flag_e(check):
    assert check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": 10.5, "flag": "E"}], "STR-007") == []
    found = check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": 10.5}], "STR-007")
    assert len(found) == 1 and found[0].params["example"] == 10.5


def test_str008_flags(check):
    fine = [{"COB": "152", "SEX": "1", "AGE": "_T", "value": None, "flag": "C"},
            {"COB": "152", "SEX": "2", "AGE": "_T", "value": None, "flag": "Z"}]
    assert check(T01_OK + fine, "STR-008") == []
    bad = [{"COB": "152", "SEX": "1", "AGE": "_T", "value": 3, "flag": "*"},
           {"COB": "152", "SEX": "2", "AGE": "_T", "value": None, "flag": "A"}]
    found = check(T01_OK + bad, "STR-008")
    assert sorted(f.params.get("variant", "flag") for f in found) == ["flag", "no_value"]


def test_str009_a_count_above_any_population_is_an_error(check):
    assert check(T01_OK, "STR-009") == []
    found = check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": 5e27}], "STR-009")
    assert len(found) == 1 and found[0].severity == "error" and found[0].params["count"] == 1
    assert check(T01_OK + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": float("inf")}], "STR-009")


def test_str009_the_ceiling_is_the_countrys_population_when_t00_gives_it(check):
    t00 = [{"table_id": "T00", "NATIVITY": "_T", "SEX": "_T", "AGE": "_T", "value": 1000}]
    rows = T01_OK + t00 + [{"COB": "152", "SEX": "1", "AGE": "_T", "value": 5000}]
    found = check(rows, "STR-009")
    assert len(found) == 1 and found[0].params["ceiling_source"] == "population"
    from app.checks.render import render_message
    assert "5000" in render_message("STR-009", found[0].params, "es", "T01")
    assert "T00" in render_message("STR-009", found[0].params, "es", "T01")

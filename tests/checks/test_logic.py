"""Logic rules LOG-001 … LOG-003."""


def t04(arrival, value=10):
    return {"table_id": "T04", "COB": "068", "SEX": "1", "ARRIVAL": arrival, "value": value}


def t03(age, sex="", value=10):
    return {"table_id": "T03", "COB": "068", "AGE": age, "CEB": "_T", "SEX": sex, "value": value}


def test_log001_period_after_census_year(check):
    assert check([t04("<2000"), t04("2000-2009"), t04("2018-2022"), t04("UNK")], "LOG-001") == []
    found = check([t04("2018-2022"), t04("2020-2024"), t04("2020-2024")], "LOG-001")
    assert len(found) == 1 and found[0].params["code"] == "2020-2024" and found[0].params["count"] == 2
    assert found[0].severity == "error" and "2022" in found[0].message("en")


def test_log001_departure_and_metadata_year(check):
    rows = [{"table_id": "T11", "COR": "840", "SEX": "1", "AGE": "20-24", "DEPART": "2015-2020", "value": 5}]
    assert check(rows, "LOG-001", census_year=2020) == []
    assert [f.params["dimension"] for f in check(rows, "LOG-001", census_year=2018)] == ["DEPART"]


def test_log002_t03_counts_women_only(check):
    assert check([t03("15-19"), t03("20-24", sex="2")], "LOG-002") == []
    found = check([t03("15-19", sex="1"), t03("20-24", sex="2"), t03("25-29", sex="_T")], "LOG-002")
    assert len(found) == 1 and found[0].params["count"] == 2 and found[0].params["codes"] == ["1", "_T"]


def test_log003_ages_under_the_universe_minimum(check):
    assert check([t03("15-19"), t03("10-14", value=0)], "LOG-003") == []
    found = check([t03("15-19"), t03("10-14"), t03("12-14")], "LOG-003")
    assert len(found) == 1 and found[0].params["min_age"] == 15 and found[0].params["count"] == 2


def test_log003_metadata_minimum_age_overrides_the_schema(check):
    rows = [t03("12-14"), t03("15-19")]
    assert check(rows, "LOG-003", min_ages={"T03": 12}) == []
    assert len(check(rows, "LOG-003", min_ages='{"T03": 15}')) == 1  # as stored in the project: JSON text

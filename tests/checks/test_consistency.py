"""Consistency between tables, CON-001 … CON-004."""

from tests.checks.frames import full_table

COBS = ["068", "600", "UNK"]
AGES5 = [f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)] + ["85+"]
BROAD = {"00-14": AGES5[:3], "15-24": AGES5[3:5], "25-64": AGES5[5:13], "65+": AGES5[13:]}


def person_count(cob: str, sex: str, age: str) -> int:
    return 100 * (COBS.index(cob) + 1) + 7 * int(sex) + AGES5.index(age)


def t01_five_year():
    return full_table("T01", ("COB", "SEX", "AGE"), {"COB": COBS, "SEX": ["1", "2"], "AGE": AGES5},
                      lambda c: person_count(c["COB"], c["SEX"], c["AGE"]))


def t01_broad():
    def value(c):
        return sum(person_count(c["COB"], c["SEX"], a) for a in BROAD[c["AGE"]])

    return full_table("T01", ("COB", "SEX", "AGE"), {"COB": COBS, "SEX": ["1", "2"], "AGE": list(BROAD)}, value)


def t00():
    def value(c):
        if c["NATIVITY"] == "N":
            return 5_000
        return sum(person_count(cob, c["SEX"], c["AGE"]) for cob in COBS)

    return full_table("T00", ("NATIVITY", "SEX", "AGE"), {"NATIVITY": ["N", "F"], "SEX": ["1", "2"], "AGE": AGES5}, value)


def margin(rows, table, **fixed):
    """Value of the cell of ``table`` with the given codes."""
    return next(r["value"] for r in rows if r["table_id"] == table and all(r.get(k) == v for k, v in fixed.items()))


def adult_table(table, dim, categories, source, sex_dim=True):
    """A 15+ table whose COB × SEX totals are T01's ages 15+ (split evenly, remainder on the first category)."""
    def value(c):
        total = sum(margin(source, "T01", COB=c["COB"], SEX=c["SEX"], AGE=a) for a in ("15-24", "25-64", "65+"))
        share = total // len(categories)
        return share + (total - share * len(categories) if c[dim] == categories[0] else 0)

    return full_table(table, ("COB", "SEX", dim), {"COB": COBS, "SEX": ["1", "2"], dim: categories}, value)


def test_con001_tables_with_the_same_universe_agree(check):
    t01 = t01_broad()

    def arrival(c):
        total = margin(t01, "T01", COB=c["COB"], SEX=c["SEX"], AGE="_T")
        return total - total // 2 if c["ARRIVAL"] == "<2010" else total // 2

    t04 = full_table("T04", ("COB", "SEX", "ARRIVAL"), {"COB": COBS, "SEX": ["1", "2"], "ARRIVAL": ["<2010", "2010-2022"]}, arrival)
    assert check(t01 + t04, "CON-001") == []
    for row in t04:
        if (row["COB"], row["SEX"], row["ARRIVAL"]) == ("600", "2", "_T"):
            row["value"] += 75
    found = check(t01 + t04, "CON-001")
    assert len(found) == 1
    f = found[0]
    assert f.table_id == "T04" and f.params["other_table"] == "T01" and f.params["at"] == {"COB": "600", "SEX": "2"}
    assert f.params["difference"] == 75 and f.severity == "error"
    assert {c["table_id"] for c in f.cells} == {"T01", "T04"}


def test_con002_t01_agrees_with_t00_foreign_born_by_summed_age_groups(check):
    rows = t00() + t01_broad()
    assert check(rows, "CON-002") == []
    for row in rows:  # the published T01 total of women aged 0-14 is wrong
        if row["table_id"] == "T01" and (row["COB"], row["SEX"], row["AGE"]) == ("_T", "2", "00-14"):
            row["value"] += 30
    found = check(rows, "CON-002")
    assert [(f.params["at"], f.params["difference"], f.severity) for f in found] == [({"SEX": "2", "AGE": "00-14"}, 30, "error")]
    t00_cells = [c for c in found[0].cells if c["table_id"] == "T00"]
    assert sorted(c["AGE"] for c in t00_cells) == ["00-04", "05-09", "10-14"]


def test_con002_country_cell_error_shows_against_t00(check):
    rows = t00() + t01_broad()
    for row in rows:  # a country cell changes, T01's published totals do not
        if row["table_id"] == "T01" and (row["COB"], row["SEX"], row["AGE"]) == ("068", "2", "00-14"):
            row["value"] += 1_000
    found = check(rows, "CON-002")
    assert len(found) == 1 and found[0].params["variant"] == "parts" and found[0].params["found"] - found[0].params["expected"] == 1_000
    assert "country cells" in found[0].message("en")


def test_con002_same_age_codes_compare_directly(check):
    rows = t00() + t01_five_year()
    assert check(rows, "CON-002") == []
    for row in rows:
        if row["table_id"] == "T00" and (row["NATIVITY"], row["SEX"], row["AGE"]) == ("F", "1", "85+"):
            row["value"] -= 5
    found = check(rows, "CON-002")
    assert [f.params["at"] for f in found] == [{"SEX": "1", "AGE": "85+"}]
    # 5 persons, but more than 0.5 % of the 700-odd foreign-born men aged 85+: an error
    assert found[0].params["pct"] > 0.5 and found[0].severity == "error"


def test_con003_adult_tables_agree_with_t01_from_15(check):
    t01 = t01_broad()
    t02 = adult_table("T02", "MARST", ["1", "2", "9"], t01)
    assert check(t01 + t02, "CON-003") == []
    for row in t02:
        if (row["COB"], row["SEX"], row["MARST"]) == ("068", "1", "_T"):
            row["value"] += 200
    found = check(t01 + t02, "CON-003")
    assert len(found) == 1 and found[0].table_id == "T02" and found[0].params["min_age"] == 15
    assert found[0].params["at"] == {"COB": "068", "SEX": "1"}


def test_con003_skipped_when_t01_does_not_split_at_the_universe_age(check):
    t01 = t01_broad()
    t02 = adult_table("T02", "MARST", ["1", "2"], t01)
    for row in t02:
        row["value"] += 1_000 if row["MARST"] != "_T" else 0
    assert check(t01 + t02, "CON-003", min_ages={"T02": 12}) == []


def test_con004_employed_agree_with_t07(check):
    t01 = t01_broad()
    t07 = adult_table("T07", "ACT", ["1", "2", "3"], t01)
    employed = {(r["COB"], r["SEX"]): r["value"] for r in t07 if r["ACT"] == "1"}

    def industry(c):
        total = employed[(c["COB"], c["SEX"])]
        return total - total // 2 if c["IND"] == "A" else total // 2

    t08 = full_table("T08", ("COB", "SEX", "IND"), {"COB": COBS, "SEX": ["1", "2"], "IND": ["A", "C"]}, industry)
    assert check(t07 + t08, "CON-004") == []
    for row in t08:
        if (row["COB"], row["SEX"], row["IND"]) == ("UNK", "2", "_T"):
            row["value"] -= 3
    found = check(t07 + t08, "CON-004")
    assert len(found) == 1 and found[0].table_id == "T08" and found[0].params["difference"] == -3


def test_con003_women_table_t03_agrees_with_t01_women_from_15(check):
    t01 = t01_broad()

    def births(c):
        total = margin(t01, "T01", COB=c["COB"], SEX="2", AGE=c["AGE"])
        return total - total // 2 if c["CEB"] == "0" else total // 2

    t03 = full_table("T03", ("COB", "AGE", "CEB"), {"COB": COBS, "AGE": ["15-24", "25-64", "65+"], "CEB": ["0", "1"]}, births)
    assert check(t01 + t03, "CON-003") == []
    for row in t03:
        if (row["COB"], row["AGE"], row["CEB"]) == ("600", "_T", "_T"):
            row["value"] += 40
    found = check(t01 + t03, "CON-003")
    assert [(f.table_id, f.params["at"], f.params["difference"]) for f in found] == [("T03", {"COB": "600"}, 40)]


def test_con_confidential_cells_make_the_difference_info(check):
    t01 = t01_broad()
    t02 = adult_table("T02", "MARST", ["1", "2"], t01)
    for row in t02:
        if (row["COB"], row["SEX"], row["MARST"]) == ("068", "1", "_T"):
            row.update(value=None, flag="C")
        if (row["COB"], row["SEX"], row["MARST"]) == ("_T", "1", "_T"):
            row["value"] -= 7
            row["flag"] = "C"
    found = check(t01 + t02, "CON-003")
    assert [(f.severity, f.params.get("variant")) for f in found] == [("info", "excused")]

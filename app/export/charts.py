"""What the charts show, computed once for the GUI (pyqtgraph) and the report (SVG).

Qt-free: each function takes the observations frame and returns plain lists.
"""

from __future__ import annotations

from app.models.schema import TOTAL, Schema, load_schema
from app.models.agegroups import age_sort_key


def _foreign_born(frame, schema: Schema):
    """T01 cells, or T00's foreign-born rows when the project has no T01."""
    t01 = frame[(frame["table_id"] == "T01") & (frame["kind"].fillna("") == "")]
    if len(t01):
        return t01, "COB"
    t00 = frame[(frame["table_id"] == "T00") & (frame["NATIVITY"] == "F")]
    return t00, None


def pyramid(frame, cob: str = TOTAL, schema: Schema | None = None) -> list[tuple[str, float, float]]:
    """[(age code, men, women)] of the foreign-born (all, or one country of birth), youngest first."""
    schema = schema or load_schema()
    part, cob_dim = _foreign_born(frame, schema)
    if cob_dim:
        part = part[part[cob_dim] == cob]
    part = part[(part["AGE"] != TOTAL) & (part["AGE"] != "UNK") & part["SEX"].isin(["1", "2"])]
    if part.empty:
        return []
    pivot = part.groupby(["AGE", "SEX"])["value"].sum().unstack(fill_value=0.0)
    ages = sorted(pivot.index, key=age_sort_key)
    return [(age, float(pivot.loc[age].get("1", 0.0)), float(pivot.loc[age].get("2", 0.0))) for age in ages]


def top_countries(frame, n: int = 15, schema: Schema | None = None) -> list[tuple[str, float, float]]:
    """[(COB code, men, women)] of the ``n`` largest countries of birth (countries only, not regions)."""
    schema = schema or load_schema()
    t01 = frame[(frame["table_id"] == "T01") & (frame["kind"].fillna("") == "") & (frame["AGE"] == TOTAL)]
    codelist = schema.codelist("COB")
    countries = [c.code for c in codelist if c.kind in ("country", "historic")]
    t01 = t01[t01["COB"].isin(countries) & t01["SEX"].isin(["1", "2"])]
    if t01.empty:
        return []
    pivot = t01.groupby(["COB", "SEX"])["value"].sum().unstack(fill_value=0.0)
    pivot["total"] = pivot.sum(axis=1)
    pivot = pivot.sort_values("total", ascending=False).head(n)
    return [(code, float(row.get("1", 0.0)), float(row.get("2", 0.0))) for code, row in pivot.iterrows()]


def arrivals(frame) -> list[tuple[str, float]]:
    """[(period code, persons)] of T04 at COB and SEX totals, oldest first."""
    t04 = frame[(frame["table_id"] == "T04") & (frame["COB"] == TOTAL) & (frame["SEX"] == TOTAL)]
    t04 = t04[~t04["ARRIVAL"].isin([TOTAL, ""])]
    if t04.empty:
        return []
    sums = t04.groupby("ARRIVAL")["value"].sum()

    def key(code: str):
        if code.startswith("<"):
            return (0, int(code[1:]))
        if code[:4].isdigit():
            return (1, int(code[:4]))
        return (2, 0)

    return [(code, float(sums[code])) for code in sorted(sums.index, key=key)]


def women_share(frame, schema: Schema | None = None) -> list[dict]:
    """Per country of birth: women, men, share of women (%), sex ratio (men per 100 women)."""
    rows = []
    for code, men, women in top_countries(frame, n=10_000, schema=schema):
        total = men + women
        rows.append({
            "COB": code,
            "women": women,
            "men": men,
            "women_pct": 100.0 * women / total if total else None,
            "sex_ratio": 100.0 * men / women if women else None,
        })
    return rows

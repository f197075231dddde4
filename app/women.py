"""Women in migration: the figures an analyst reads first, computed once for the window, the CLI and the package.

Qt-free. ``women_overview(frame)`` takes the project's observations and
returns plain dicts and lists (JSON-ready):

``headline``
    The foreign-born as the office published them: the total of T01 at every
    country of birth and age (else T00's foreign-born, else the sum of the
    rows), women, men, women's share and sex ratio; ``known`` = the total less
    those whose country of birth is not stated (residual rows such as
    "Resto de América" and continents the table does not break down count as
    known); ``not_stated`` on its own.
``countries``
    One row per country of birth the table breaks down to the end: countries,
    residual rows and regions without any of their countries in the table
    (their ``kind`` says which); the rows add up to ``known``. Largest first.
``pyramids``
    Women and men by age group of the foreign-born, of the main countries of
    birth and of the natives (T00), each with shares of its own population,
    and ``common``: the same populations summed to the age groups they all
    share (five-year groups of T00 folded into T01's broad groups).
``arrivals``
    Women and men by period of arrival (T04), oldest first, with the women's
    share: is the migration of women more recent?
``activity``, ``industry``, ``occupation``
    Women and men by activity status (T07), branch of activity (T08) and
    occupation (T09), with each one's share of its sex.
``emigrants``
    Women and men among the emigrants reported by households (T11), by
    country of residence.

A section is None when the project lacks its table.
"""

from __future__ import annotations

import math
from typing import Any

from app.models.agegroups import age_sort_key
from app.models.schema import TOTAL, Schema, load_schema

MAIN_COUNTRIES = 3
SEXES = ("1", "2")


def _share(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _ratio(men: float, women: float) -> float | None:
    return round(100.0 * men / women, 1) if women else None


def _figures(women: float, men: float, total: float | None = None) -> dict[str, Any]:
    total = women + men if total is None else total
    return {"total": _int(total), "women": _int(women), "men": _int(men),
            "women_pct": _share(women, women + men), "sex_ratio": _ratio(men, women)}


def _int(value: float) -> int | float:
    value = float(value)
    return int(round(value)) if math.isfinite(value) and abs(value - round(value)) < 1e-6 else value


def _plain(frame, table_id: str):
    """Cells of ``table_id`` that are counts of the table itself (no national groupings)."""
    part = frame[(frame["table_id"] == table_id) & (frame["kind"].fillna("") == "")]
    return part[part["value"].notna()]


def _at_totals(part, dims, keep: tuple[str, ...]):
    for dim in dims:
        if dim not in keep:
            part = part[part[dim].fillna(TOTAL).replace("", TOTAL) == TOTAL]
    return part


def _by_sex(part, dim: str) -> dict[str, dict[str, float]]:
    """{code of ``dim``: {"1": men, "2": women, "_T": total}} summed over the rows given."""
    out: dict[str, dict[str, float]] = {}
    for code, sex, value in part[[dim, "SEX", "value"]].itertuples(index=False, name=None):
        out.setdefault(str(code), {}).setdefault(str(sex), 0.0)
        out[str(code)][str(sex)] += float(value)
    return out


def _leaf_codes(codes: set[str], schema: Schema) -> dict[str, str]:
    """{code: kind} of the codes of country of birth no other code present breaks down."""
    codelist = schema.codelist("COB")
    covered: set[str] = set()
    for code in codes:
        covered.update(codelist.ancestors(code))
    leaves = {}
    for code in codes:
        entry = codelist.get(code)
        if entry is None or code == TOTAL or entry.kind in ("total", "native", "unknown") or code in covered:
            continue
        leaves[code] = entry.kind
    return leaves


def headline_and_countries(frame, schema: Schema | None = None) -> tuple[dict | None, list[dict]]:
    """The headline of the foreign-born and the rows by country of birth (see the module's docstring)."""
    schema = schema or load_schema()
    t01 = _plain(frame, "T01")
    rows: list[dict] = []
    headline: dict | None = None
    if len(t01):
        at_all_ages = t01[t01["AGE"] == TOTAL]
        by_cob = _by_sex(at_all_ages, "COB")
        leaves = _leaf_codes(set(by_cob), schema)
        for code, kind in leaves.items():
            values = by_cob[code]
            women, men = values.get("2", 0.0), values.get("1", 0.0)
            rows.append({"COB": code, "kind": kind, **_figures(women, men, values.get(TOTAL, women + men))})
        rows.sort(key=lambda r: (-float(r["total"]), r["COB"]))
        unknown = by_cob.get("UNK", {})
        unk = _figures(unknown.get("2", 0.0), unknown.get("1", 0.0), unknown.get(TOTAL))
        published = by_cob.get(TOTAL)
        if published and "2" in published and "1" in published:
            women, men = published["2"], published["1"]
            total, source = published.get(TOTAL, women + men), "T01"
        else:
            women = sum(float(r["women"]) for r in rows) + unk["women"]
            men = sum(float(r["men"]) for r in rows) + unk["men"]
            total, source = women + men, "T01-sum"
        headline = {"source": source, **_figures(women, men, total),
                    "known": _figures(women - unk["women"], men - unk["men"], total - unk["total"]),
                    "not_stated": unk,
                    "rows_total": _int(sum(float(r["total"]) for r in rows))}
    else:
        t00 = _plain(frame, "T00")
        foreign = t00[(t00["NATIVITY"] == "F") & (t00["AGE"] == TOTAL)]
        values = _by_sex(foreign, "NATIVITY").get("F", {})
        if "1" in values and "2" in values:
            headline = {"source": "T00", **_figures(values["2"], values["1"], values.get(TOTAL)),
                        "known": None, "not_stated": None, "rows_total": None}
    return headline, rows


def _age_rows(part) -> list[dict]:
    part = part[(part["AGE"] != TOTAL) & (part["AGE"] != "UNK") & part["SEX"].isin(SEXES)]
    sums = _by_sex(part, "AGE")
    women_all = sum(v.get("2", 0.0) for v in sums.values())
    men_all = sum(v.get("1", 0.0) for v in sums.values())
    everyone = women_all + men_all
    out = []
    for age in sorted(sums, key=age_sort_key):
        women, men = sums[age].get("2", 0.0), sums[age].get("1", 0.0)
        out.append({"AGE": age, "women": _int(women), "men": _int(men), "women_pct": _share(women, women + men),
                    "women_of_all": _share(women, everyone), "men_of_all": _share(men, everyone)})
    return out


def _fold(rows: list[dict], blocks: list[tuple[float, float, list[str], list[str]]], side: int) -> list[dict]:
    from app.checks.intervals import interval_code

    by_age = {r["AGE"]: r for r in rows}
    everyone = sum(float(r["women"]) + float(r["men"]) for r in rows)
    out = []
    for lo, hi, left, right in blocks:
        members = (left, right)[side]
        women = sum(float(by_age[c]["women"]) for c in members if c in by_age)
        men = sum(float(by_age[c]["men"]) for c in members if c in by_age)
        out.append({"AGE": interval_code(lo, hi), "women": _int(women), "men": _int(men),
                    "women_pct": _share(women, women + men), "women_of_all": _share(women, everyone),
                    "men_of_all": _share(men, everyone)})
    return out


def pyramids(frame, countries: list[dict], schema: Schema | None = None) -> dict[str, Any] | None:
    """Women and men by age: foreign-born, main countries of birth, natives; and at the age groups they share."""
    t01 = _plain(frame, "T01")
    t00 = _plain(frame, "T00")
    populations: list[dict] = []
    if len(t01):
        rows = _age_rows(t01[t01["COB"] == TOTAL])
        if rows:
            populations.append({"key": "foreign", "table": "T01", "COB": TOTAL, "ages": rows})
        main = [r["COB"] for r in countries if r["kind"] in ("country", "historic")][:MAIN_COUNTRIES]
        for code in main:
            rows = _age_rows(t01[t01["COB"] == code])
            if rows:
                populations.append({"key": "country", "table": "T01", "COB": code, "ages": rows})
    if len(t00):
        if not populations:
            rows = _age_rows(t00[t00["NATIVITY"] == "F"])
            if rows:
                populations.append({"key": "foreign", "table": "T00", "COB": TOTAL, "ages": rows})
        rows = _age_rows(t00[t00["NATIVITY"] == "N"])
        if rows:
            populations.append({"key": "native", "table": "T00", "COB": None, "ages": rows})
    if not populations:
        return None
    common = None
    natives = next((p for p in populations if p["key"] == "native"), None)
    others = [p for p in populations if p["key"] != "native"]
    if natives and others:
        ages_native = [r["AGE"] for r in natives["ages"]]
        ages_other = [r["AGE"] for r in others[0]["ages"]]
        from app.checks.intervals import common_blocks

        blocks = common_blocks(ages_native, ages_other)
        folds = any(len(left) > 1 or len(right) > 1 for _, _, left, right in blocks)
        if blocks and folds and all([r["AGE"] for r in p["ages"]] == ages_other for p in others):
            common = [{**{k: p[k] for k in ("key", "table", "COB")}, "ages": _fold(p["ages"], blocks, 1)}
                      for p in others]
            common.append({**{k: natives[k] for k in ("key", "table", "COB")}, "ages": _fold(natives["ages"], blocks, 0)})
    return {"populations": populations, "common": common}


def _breakdown(frame, table_id: str, dim: str) -> list[dict] | None:
    """Women and men by ``dim`` in ``table_id``, every other dimension at its total."""
    part = _plain(frame, table_id)
    if part.empty:
        return None
    dims = load_schema().tables[table_id].dimensions
    totals = _at_totals(part, [d for d in dims if d not in ("SEX", dim)], ())
    totals = totals[totals["SEX"].isin(SEXES) & (totals[dim] != TOTAL)]
    if totals.empty:
        return None
    sums = _by_sex(totals, dim)
    women_all = sum(v.get("2", 0.0) for v in sums.values())
    men_all = sum(v.get("1", 0.0) for v in sums.values())
    order = list(dict.fromkeys(str(c) for c in totals[dim]))
    out = []
    for code in order:
        women, men = sums[code].get("2", 0.0), sums[code].get("1", 0.0)
        out.append({"code": code, "women": _int(women), "men": _int(men), "women_pct": _share(women, women + men),
                    "of_women": _share(women, women_all), "of_men": _share(men, men_all)})
    return out


def arrivals(frame) -> list[dict] | None:
    """Women and men by period of arrival (T04, all countries of birth), oldest first."""
    rows = _breakdown(frame, "T04", "ARRIVAL")
    if not rows:
        return None

    def key(code: str):
        if code.startswith("<"):
            return (0, int(code[1:]) if code[1:].isdigit() else 0)
        if code[:4].isdigit():
            return (1, int(code[:4]))
        return (2, 0)

    return sorted(rows, key=lambda r: key(r["code"]))


def arrivals_trend(rows: list[dict] | None) -> dict | None:
    """The women's share in the earliest and the latest period of arrival known; ``trend``: more_recent when
    the latest share is at least one point higher, less_recent when one point lower, else same."""
    known = [r for r in rows or [] if r["code"] not in ("UNK",) and r["women_pct"] is not None]
    if len(known) < 2:
        return None
    first, last = known[0], known[-1]
    difference = round(float(last["women_pct"]) - float(first["women_pct"]), 1)
    return {"earliest": first["code"], "earliest_pct": first["women_pct"], "latest": last["code"],
            "latest_pct": last["women_pct"], "difference": difference,
            "trend": "more_recent" if difference >= 1.0 else ("less_recent" if difference <= -1.0 else "same")}


def women_overview(frame, schema: Schema | None = None) -> dict[str, Any]:
    """Everything the women's view, ``imila-desk women`` and the package's section show (see the module)."""
    schema = schema or load_schema()
    headline, countries = headline_and_countries(frame, schema)
    arrival_rows = arrivals(frame)
    emigrants = _breakdown(frame, "T11", "COR")
    if emigrants:
        emigrants = [r for r in emigrants if r["code"] != TOTAL]
        emigrants.sort(key=lambda r: -(float(r["women"]) + float(r["men"])))
    return {
        "headline": headline,
        "countries": countries,
        "pyramids": pyramids(frame, countries, schema),
        "arrivals": arrival_rows,
        "arrivals_trend": arrivals_trend(arrival_rows),
        "activity": _breakdown(frame, "T07", "ACT"),
        "industry": _breakdown(frame, "T08", "IND"),
        "occupation": _breakdown(frame, "T09", "OCC"),
        "emigrants": emigrants or None,
    }


# -- the same figures as text, in one language (CLI, report, workbook) ----------------------

def _label(schema: Schema, dim: str, code: str, lang: str) -> str:
    from app.checks.render import _code_label

    return _code_label(schema, dim, code, lang)


def headline_lines(overview: dict, lang: str = "en") -> list[str]:
    """The headline as sentences: published totals first, then known and not stated."""
    from app.models.messages import message

    head = overview.get("headline")
    if not head:
        return [message("women.none", lang)]
    lines = [message("women.headline", lang, women=head["women"], total=head["total"],
                     share=format_share(head["women_pct"], lang),
                     ratio=int(round(head["sex_ratio"])) if head["sex_ratio"] is not None else "—"),
             message(f"women.headline.source.{head['source']}", lang)]
    for key in ("known", "not_stated"):
        part = head.get(key)
        if part and part["total"]:
            lines.append(message(f"women.{key}", lang, total=part["total"], women=part["women"],
                                 share=format_share(part["women_pct"], lang)))
    trend = overview.get("arrivals_trend")
    if trend:
        key = f"women.arrivals.{trend['trend']}"
        lines.append(message(key, lang, latest=_label(load_schema(), "ARRIVAL", trend["latest"], lang),
                             earliest=_label(load_schema(), "ARRIVAL", trend["earliest"], lang),
                             latest_pct=format_share(trend["latest_pct"], lang),
                             earliest_pct=format_share(trend["earliest_pct"], lang)))
    return lines


def women_tables(overview: dict, lang: str = "en", schema: Schema | None = None) -> list[dict]:
    """The overview as titled tables of text and numbers: [{key, title, note, columns, kinds, rows}], in ``lang``.

    Numbers stay numbers (the workbook writes them as such); the report and
    the CLI format them with ``format_cell`` by the column's kind (text,
    count, share). Sections whose table the project lacks are left out.
    """
    from app.models.messages import message

    schema = schema or load_schema()

    def col(key: str) -> str:
        return message(f"women.col.{key}", lang)

    tables: list[dict] = []
    head = overview.get("headline")
    countries = overview.get("countries") or []
    if countries:
        rows = []
        for r in countries:
            name = _label(schema, "COB", r["COB"], lang)
            if r["kind"] in ("residual", "region", "other"):
                name = f"{name} ({message('women.kind.' + r['kind'], lang)})"
            rows.append([name, r["women"], r["men"], r["women_pct"], r["sex_ratio"]])
        unk = (head or {}).get("not_stated") or {}
        if unk.get("total"):
            rows.append([message("women.row.not_stated", lang), unk["women"], unk["men"], unk["women_pct"],
                         unk["sex_ratio"]])
        if head:
            rows.append([message("women.row.total", lang), head["women"], head["men"], head["women_pct"],
                         head["sex_ratio"]])
        tables.append({"key": "countries", "title": message("women.section.countries", lang), "note": "",
                       "columns": [col("country"), col("women"), col("men"), col("women_pct"), col("sex_ratio")],
                       "kinds": ["text", "count", "count", "share", "share"], "rows": rows})
    ages = overview.get("pyramids")
    if ages:
        populations = ages.get("common") or ages["populations"]
        rows = []
        for population in populations:
            if population["key"] == "native":
                name = message("women.pop.native", lang)
            elif population["COB"] in (None, TOTAL):
                name = message("women.pop.foreign", lang)
            else:
                name = _label(schema, "COB", population["COB"], lang)
            for r in population["ages"]:
                rows.append([name, _label(schema, "AGE", r["AGE"], lang), r["women"], r["men"], r["women_pct"],
                             r["women_of_all"], r["men_of_all"]])
        tables.append({"key": "ages", "title": message("women.section.ages", lang),
                       "note": message("women.ages.common", lang) if ages.get("common") else "",
                       "columns": [col("population"), col("age"), col("women"), col("men"), col("women_pct"),
                                   col("women_of_all"), col("men_of_all")],
                       "kinds": ["text", "text", "count", "count", "share", "share", "share"], "rows": rows})
    for key, dim, first in (("arrivals", "ARRIVAL", "period"), ("activity", "ACT", "activity"),
                            ("industry", "IND", "industry"), ("occupation", "OCC", "occupation")):
        data = overview.get(key)
        if not data:
            continue
        rows = [[_label(schema, dim, r["code"], lang), r["women"], r["of_women"], r["men"], r["of_men"], r["women_pct"]]
                for r in data]
        tables.append({"key": key, "title": message(f"women.section.{key}", lang), "note": "",
                       "columns": [col(first), col("women"), col("of_women"), col("men"), col("of_men"), col("women_pct")],
                       "kinds": ["text", "count", "share", "count", "share", "share"], "rows": rows})
    if overview.get("emigrants"):
        rows = [[_label(schema, "COR", r["code"], lang), r["women"], r["men"], r["women_pct"]]
                for r in overview["emigrants"]]
        tables.append({"key": "emigrants", "title": message("women.section.emigrants", lang), "note": "",
                       "columns": [col("residence"), col("women"), col("men"), col("women_pct")],
                       "kinds": ["text", "count", "count", "share"], "rows": rows})
    return tables


def format_share(value, lang: str = "en") -> str:
    """A share or a ratio with one decimal in the language's locale ("54,9"); a dash when undefined."""
    from babel.numbers import format_decimal

    from app.models.messages import LOCALES

    if value is None:
        return "—"
    return format_decimal(float(value), format="#,##0.0", locale=LOCALES.get(lang, "en"))


def format_cell(value, kind: str = "count", lang: str = "en") -> str:
    """A table cell as text: counts and shares (``kind`` "share") in the language's locale, blanks as a dash."""
    from app.models.messages import format_number

    if value is None:
        return "—"
    if kind == "share":
        return format_share(value, lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value, lang)
    return str(value)

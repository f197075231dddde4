"""The bank's questions: emigrants of a country, the origin × destination matrix, stocks across rounds, household emigration.

Emigration is read "the other way round": the people born in the origin
(COB = its M49 code) counted by every destination's T01 (T04 for the period
of arrival). Each answer is a :class:`Result` that the exporters write as
CSV, XLSX or SDMX-CSV.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.bank.store import Bank, BankError

TABLE_FOR = {"SEX": "T01", "AGE": "T01", "ARRIVAL": "T04"}
REGION_KINDS = ("country", "historic")


@dataclass
class Result:
    kind: str
    title: dict
    columns: list[str]
    rows: list[list]
    params: dict = field(default_factory=dict)
    totals: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def as_dict(self) -> dict:
        return {"kind": self.kind, "params": self.params, "columns": self.columns, "rows": self.records(),
                "totals": self.totals, "notes": self.notes}


def origin_code(iso3_or_m49: str) -> tuple[str, str]:
    """(M49, ISO3) of a country given by either code."""
    from app.models.schema import load_schema

    value = (iso3_or_m49 or "").strip().upper()
    for code in load_schema().codelist("COB"):
        if code.kind in REGION_KINDS and (code.iso3 == value or code.code == value):
            return code.code, code.iso3
    raise BankError("bank.unknown_country", code=iso3_or_m49)


def _country_codes() -> dict[str, str]:
    from app.models.schema import load_schema

    return {c.code: c.iso3 for c in load_schema().codelist("COB") if c.kind in REGION_KINDS}


def _flags(flags) -> str:
    return "".join(sorted(set("".join(f or "" for f in flags)))) if flags else ""


def emigrants(bank: Bank, origin: str, *, round_: int | None = None, by: list[str] | None = None) -> Result:
    """People born in ``origin`` counted by every destination, by destination and the ``by`` dimensions."""
    m49, iso3 = origin_code(origin)
    by = [b.strip().upper() for b in (by or []) if b.strip()]
    for b in by:
        if b not in TABLE_FOR:
            raise BankError("bank.bad_by", by=b, allowed=", ".join(TABLE_FOR))
    table = "T04" if "ARRIVAL" in by else "T01"
    others = [d for d in (("SEX", "ARRIVAL") if table == "T04" else ("SEX", "AGE")) if d not in by]
    where_round = "AND p.round = ?" if round_ else ""
    params = [table, m49] + ([round_] if round_ else [])
    grp = ", ".join(["round", "iso3", "country", *(f'"{b}"' for b in by)])
    pub = " AND ".join([*(f"\"{b}\" <> '_T'" for b in by), *(f"\"{d}\" = '_T'" for d in others)]) or "TRUE"
    leaf = " AND ".join([*(f"\"{b}\" <> '_T'" for b in by), *(f"\"{d}\" <> '_T'" for d in others)]) or "TRUE"
    sql = f"""
        WITH base AS (
            SELECT o.*, p.round, p.iso3, p.country FROM obs o JOIN packages p USING (pkg_id)
            WHERE o.table_id = ? AND o.COB = ? {where_round}
        ), pub AS (
            SELECT {grp}, sum(value) AS value, list(flag) AS flags, 'published' AS how FROM base WHERE {pub} GROUP BY {grp}
        ), derived AS (
            SELECT {grp}, sum(value) AS value, list(flag) AS flags, 'sum' AS how FROM base
            WHERE {leaf} AND pkg_id NOT IN (SELECT pkg_id FROM base WHERE {pub}) GROUP BY {grp}
        )
        SELECT * FROM pub UNION ALL SELECT * FROM derived
    """
    rows = bank.con.execute(sql + " ORDER BY 1, 2" + "".join(f", {i + 4}" for i in range(len(by))), params).fetchall()
    women = {}
    if "SEX" not in by:
        women = _women(bank, table, m49, by, round_)
    columns = ["round", "destination", "destination_name", *by, "value", "flags", "how"]
    if "SEX" not in by:
        columns.insert(len(columns) - 2, "women")
    out, totals = [], {}
    for row in rows:
        rnd, dest, name, *codes = row[: 3 + len(by)]
        value, flags, how = row[3 + len(by):]
        rec = [rnd, dest, name, *codes, value]
        total = totals.setdefault(rnd, {"round": rnd, "value": 0.0, "women": 0.0, "destinations": set()})
        if "SEX" not in by:
            w = women.get((rnd, dest, *codes))
            rec.append(w)
            total["women"] += w or 0
        elif codes[by.index("SEX")] == "2":
            total["women"] += value or 0
        rec += [_flags(flags), how]
        out.append(rec)
        total["value"] += value or 0
        total["destinations"].add(dest)
    for total in totals.values():
        total["destinations"] = len(total["destinations"])
    notes = destination_notes(bank, m49, table, round_)
    return Result("emigrants", {"en": f"Emigrants of {iso3}", "es": f"Emigrantes de {iso3}"}, columns, out,
                  {"origin": iso3, "origin_m49": m49, "round": round_, "by": by, "table": table},
                  sorted(totals.values(), key=lambda t: t["round"]), notes)


def _women(bank: Bank, table: str, m49: str, by: list[str], round_: int | None) -> dict:
    others = [d for d in (("ARRIVAL",) if table == "T04" else ("AGE",)) if d not in by]
    cond = " AND ".join([*(f"o.\"{b}\" <> '_T'" for b in by), *(f"o.\"{d}\" = '_T'" for d in others)]) or "TRUE"
    leaf = " AND ".join([*(f"o.\"{b}\" <> '_T'" for b in by), *(f"o.\"{d}\" <> '_T'" for d in others)]) or "TRUE"
    sel = ", ".join(["p.round", "p.iso3", *(f'o."{b}"' for b in by)])
    extra = "AND p.round = ?" if round_ else ""
    args = [table, m49] + ([round_] if round_ else [])
    out = {}
    for c in (leaf, cond):  # published figures overwrite sums of parts
        for row in bank.con.execute(f"SELECT {sel}, sum(o.value) FROM obs o JOIN packages p USING (pkg_id) "
                                    f"WHERE o.table_id = ? AND o.COB = ? AND o.SEX = '2' AND {c} {extra} GROUP BY {sel}", args).fetchall():
            out[tuple(row[:-1])] = row[-1]
    return out


def destination_notes(bank: Bank, m49: str, table: str, round_: int | None) -> list[dict]:
    """The destinations' findings and explanations that concern the origin's cells of the table."""
    extra = "AND p.round = ?" if round_ else ""
    args = [table, f"%COB={m49}%"] + ([round_] if round_ else [])
    cur = bank.con.execute(f"SELECT p.round, p.iso3, f.rule, f.severity, f.message, f.explanation FROM findings f "
                           f"JOIN packages p USING (pkg_id) WHERE f.table_id = ? AND (f.key LIKE ?) {extra} ORDER BY 1, 2", args)
    names = ["round", "destination", "rule", "severity", "message", "explanation"]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def matrix(bank: Bank, round_: int) -> Result:
    """Origin × destination stocks of a round (T01 totals) with the women's share and the sex ratio of every cell."""
    rows = bank.con.execute("""
        SELECT o.COB, p.iso3,
               max(CASE WHEN o.SEX = '_T' THEN o.value END) AS total,
               max(CASE WHEN o.SEX = '2' THEN o.value END) AS women,
               max(CASE WHEN o.SEX = '1' THEN o.value END) AS men,
               string_agg(DISTINCT o.flag, '') AS flags
        FROM obs o JOIN packages p USING (pkg_id)
        WHERE o.table_id = 'T01' AND o.AGE = '_T' AND p.round = ?
        GROUP BY o.COB, p.iso3 ORDER BY o.COB, p.iso3
    """, [round_]).fetchall()
    countries = _country_codes()
    out = []
    for cob, dest, total, women, men, flags in rows:
        if cob not in countries:
            continue
        if total is None and women is not None and men is not None:
            total = women + men
        share = round(100 * women / total, 1) if total and women is not None else None
        ratio = round(100 * men / women, 1) if women and men is not None else None
        out.append([countries[cob], cob, dest, total, women, share, ratio, "".join(sorted(set(flags or "")))])
    columns = ["origin", "origin_m49", "destination", "value", "women", "women_pct", "sex_ratio", "flags"]
    return Result("matrix", {"en": f"Origin × destination, round {round_}", "es": f"Origen × destino, ronda {round_}"},
                  columns, out, {"round": round_})


def across_rounds(bank: Bank, destination: str, origin: str | None = None) -> Result:
    """A destination's stock per country of birth, round by round, with the change since the previous round."""
    from app.bank.store import round_change_tolerance

    dest = destination.strip().upper()
    args = [dest]
    extra = ""
    if origin:
        extra = "AND o.COB = ?"
        args.append(origin_code(origin)[0])
    rows = bank.con.execute(f"""
        SELECT o.COB, p.round, o.value, o.flag FROM obs o JOIN packages p USING (pkg_id)
        WHERE p.iso3 = ? AND o.table_id = 'T01' AND o.SEX = '_T' AND o.AGE = '_T' {extra} ORDER BY o.COB, p.round
    """, args).fetchall()
    countries = _country_codes()
    tolerance = round_change_tolerance()
    out, last = [], {}
    for cob, rnd, value, flag in rows:
        if cob not in countries:
            continue
        prev = last.get(cob)
        change = round((value - prev) / prev, 4) if prev and value is not None else None
        finding = "BNK-001" if change is not None and abs(change) > tolerance else ""
        out.append([countries[cob], cob, rnd, value, flag, change, finding])
        last[cob] = value
    return Result("rounds", {"en": f"Stocks in {dest} across rounds", "es": f"Stocks en {dest} por ronda"},
                  ["origin", "origin_m49", "round", "value", "flag", "change", "finding"], out,
                  {"destination": dest, "origin": origin, "tolerance": tolerance})


def households(bank: Bank, origin: str, *, round_: int | None = None) -> Result:
    """The origin's T11 emigrants by country of residence beside the people born in the origin counted there."""
    m49, iso3 = origin_code(origin)
    extra = "AND p.round = ?" if round_ else ""
    args = [iso3] + ([round_] if round_ else [])
    reported = bank.con.execute(f"""
        SELECT p.round, o.COR, sum(o.value) FROM obs o JOIN packages p USING (pkg_id)
        WHERE p.iso3 = ? AND o.table_id = 'T11' AND o.SEX = '_T' AND o.AGE = '_T' AND o.DEPART = '_T' {extra}
        GROUP BY 1, 2 ORDER BY 1, 2
    """, args).fetchall()
    counted = {(r, d): v for r, d, v in bank.con.execute(f"""
        SELECT p.round, p.m49, o.value FROM obs o JOIN packages p USING (pkg_id)
        WHERE o.table_id = 'T01' AND o.COB = ? AND o.SEX = '_T' AND o.AGE = '_T' {extra.replace('p.round', 'p.round')}
    """, [m49] + ([round_] if round_ else [])).fetchall()}
    countries = _country_codes()
    out = []
    for rnd, cor, value in reported:
        if cor not in countries:
            continue
        seen = counted.get((rnd, cor))
        out.append([rnd, countries[cor], cor, value, seen, round(value / seen, 4) if seen else None])
    return Result("households", {"en": f"Household emigration of {iso3}", "es": f"Emigración declarada por hogares de {iso3}"},
                  ["round", "residence", "residence_m49", "reported_by_households", "counted_by_destination", "ratio"], out,
                  {"origin": iso3, "round": round_})


def _latest_round(bank: Bank, m49: str) -> int | None:
    row = bank.con.execute("SELECT max(p.round) FROM obs o JOIN packages p USING (pkg_id) WHERE o.table_id = 'T01' AND o.COB = ?",
                           [m49]).fetchall()
    return row[0][0] if row else None


def by_destination(bank: Bank, origin: str, round_: int | None = None) -> Result:
    """Emigrants of ``origin`` in one round (the latest where they are counted when none is given), largest destination first.

    Men are the persons less the women when only those two are known; the women's share is of the persons.
    """
    m49, iso3 = origin_code(origin)
    round_ = round_ or _latest_round(bank, m49)
    base = emigrants(bank, origin, round_=round_) if round_ else None
    out = []
    for r in (base.records() if base else []):
        value, women = r["value"], r["women"]
        men = value - women if value is not None and women is not None else None
        share = round(100 * women / value, 1) if value and women is not None else None
        out.append([r["destination"], r["destination_name"], value, men, women, share])
    out.sort(key=lambda row: (-(row[2] or 0), row[0]))
    total = sum(r[2] or 0 for r in out)
    women = sum(r[4] or 0 for r in out)
    totals = [{"round": round_, "value": total, "women": women, "destinations": len(out)}] if out else []
    return Result("destinations", {"en": f"Emigrants of {iso3} by destination, round {round_}",
                                   "es": f"Emigrantes de {iso3} por destino, ronda {round_}"},
                  ["destination", "destination_name", "value", "men", "women", "women_pct"], out,
                  {"origin": iso3, "origin_m49": m49, "round": round_}, totals)


def _tiling(intervals: set) -> list:
    """The finest age groups of one destination: those that contain no other of its groups."""
    keep = [iv for iv in intervals
            if not any(o != iv and iv[0] <= o[0] and (iv[1] is None or (o[1] is not None and o[1] <= iv[1])) for o in intervals)]
    return sorted(keep, key=lambda iv: iv[0])


def pyramid(bank: Bank, origin: str, round_: int | None = None, destination: str | None = None) -> Result:
    """Emigrants of ``origin`` by age group and sex (T01), all destinations of a round or one of them.

    Destinations publish different age groups: summed together, the groups are the
    coarsest common ones (an age boundary is kept only where every destination has it),
    and ``params["groups_set_by"]`` names the destinations that forced them. Ages not stated are counted
    apart (``not_stated``); destinations without a table by sex and age are named in
    ``params["without_ages"]``.
    """
    from app.models.agegroups import age_code, age_interval

    m49, iso3 = origin_code(origin)
    round_ = round_ or _latest_round(bank, m49)
    dest = (destination or "").strip().upper() or None
    records = emigrants(bank, origin, round_=round_, by=["SEX", "AGE"]).records() if round_ else []
    counted = {r["destination"] for r in by_destination(bank, origin, round_).records()} if round_ else set()
    if dest:
        records = [r for r in records if r["destination"] == dest]
        counted &= {dest}
    cells: dict[str, dict] = {}
    not_stated = {"1": 0.0, "2": 0.0}
    for r in records:
        if r["SEX"] not in ("1", "2") or r["value"] is None:
            continue
        interval = age_interval(r["AGE"])
        if interval is None:
            not_stated[r["SEX"]] += r["value"]
            continue
        cells.setdefault(r["destination"], {}).setdefault(interval, {"1": 0.0, "2": 0.0})[r["SEX"]] += r["value"]
    tilings = {d: _tiling(set(groups)) for d, groups in cells.items()}
    bounds = None
    for groups in tilings.values():
        lows = {low for low, _ in groups} | {0}
        bounds = lows if bounds is None else bounds & lows
    bounds = sorted(bounds or [])
    finest = max((len(g) for g in tilings.values()), default=0)
    sums = {low: {"1": 0.0, "2": 0.0} for low in bounds}
    for d, groups in tilings.items():
        for interval in groups:
            low = max(b for b in bounds if b <= interval[0])
            for sex in ("1", "2"):
                sums[low][sex] += cells[d][interval][sex]
    out = []
    for i, low in enumerate(bounds):
        high = bounds[i + 1] - 1 if i + 1 < len(bounds) else None
        out.append([age_code(low, high), sums[low]["1"], sums[low]["2"]])
    men = sum(r[1] for r in out)
    women = sum(r[2] for r in out)
    coarser = [d for d, g in sorted(tilings.items()) if len(bounds) < finest and len(g) <= len(bounds)]
    totals = [{"round": round_, "men": men, "women": women, "value": men + women,
               "not_stated": not_stated["1"] + not_stated["2"], "destinations": len(tilings)}] if out else []
    where = dest or "all"
    return Result("pyramid", {"en": f"Emigrants of {iso3} by sex and age, round {round_}, {where}",
                              "es": f"Emigrantes de {iso3} por sexo y edad, ronda {round_}, {where}"},
                  ["AGE", "men", "women"], out,
                  {"origin": iso3, "origin_m49": m49, "round": round_, "destination": dest,
                   "destinations": sorted(tilings), "without_ages": sorted(counted - set(tilings)),
                   "groups_set_by": coarser}, totals)


def stock_classes(largest: float) -> list[float]:
    """Lower bounds of the shades of a matrix: 1, 2.5, 5 times the powers of ten up to ``largest``, at most seven shades."""
    breaks, scale = [], 1
    while largest and scale <= largest:
        breaks += [b for b in (scale, 2.5 * scale, 5 * scale) if b <= largest]
        scale *= 10
    breaks = [b for b in breaks if b >= 100] or breaks
    return [0.0] + [float(b) for b in breaks[-6:]]


def matrix_grid(result: Result) -> dict:
    """The matrix as a grid: origins and destinations largest first, cells, totals and the shades' lower bounds."""
    cells, origins, destinations = {}, {}, {}
    for r in result.records():
        cells[(r["origin"], r["destination"])] = r
        origins[r["origin"]] = origins.get(r["origin"], 0) + (r["value"] or 0)
        destinations[r["destination"]] = destinations.get(r["destination"], 0) + (r["value"] or 0)
    order = lambda d: sorted(d, key=lambda k: (-d[k], k))  # noqa: E731
    largest = max((r["value"] or 0 for r in cells.values()), default=0)
    return {"round": result.params.get("round"), "origins": order(origins), "destinations": order(destinations),
            "cells": cells, "origin_totals": origins, "destination_totals": destinations,
            "classes": stock_classes(largest), "largest": largest}


def stock_class(classes: list[float], value: float | None) -> int | None:
    """The shade (0 = lightest) of a stock; None for no figure."""
    if value is None:
        return None
    return max(i for i, low in enumerate(classes) if value >= low) if value >= 0 else 0


def rounds_series(result: Result) -> list[dict]:
    """Across rounds as one line per country of birth, largest at the latest round first, with the changes the bank flags."""
    series: dict[str, dict] = {}
    for r in result.records():
        s = series.setdefault(r["origin"], {"origin": r["origin"], "origin_m49": r["origin_m49"], "points": []})
        s["points"].append({"round": r["round"], "value": r["value"], "change": r["change"], "finding": r["finding"]})
    last = lambda s: (-max(s["points"], key=lambda p: p["round"])["round"], -(s["points"][-1]["value"] or 0))  # noqa: E731
    return sorted(series.values(), key=lambda s: (*last(s), s["origin"]))

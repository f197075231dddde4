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

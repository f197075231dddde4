"""The previous census round: its package given to the project, and stocks by country of birth compared.

Qt-free. ``set_previous_round(project, "ARG_2010_IMILA_v1.zip")`` reads the
package of the last census of the same country (as exported by IMILA Desk),
keeps its stocks by country of birth and sex (every other dimension at its
total) in the project's metadata under ``previous_round`` — the file name,
its SHA-256, the census year and round, and the cells — so the previous-round
rule (PLA-004) compares against it wherever the checks run. The package goes
out without those cells: its ``metadata.json`` names the previous round's file
and year only (``previous_round_reference``).

``rounds_compared(project)`` gives the rows the Project page charts and
lists: per country of birth, the stock then and now, the change and whether
PLA-004 questions it.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

from app.errors import ImilaError
from app.models.schema import TOTAL, load_schema

KEY = "previous_round"
STOCK_TABLES = ("T01", "T04", "T02", "T06", "T07")


class RoundError(ImilaError):
    """The previous round's package cannot be used (not a package, another country, not an earlier census)."""

    key = "rounds.error"


def _stock_rows(frame) -> list[dict]:
    """Cells by country of birth and sex of the tables that hold a stock, every other dimension at its total."""
    schema = load_schema()
    rows = []
    for table_id in STOCK_TABLES:
        if table_id not in schema.tables:
            continue
        part = frame[frame["table_id"] == table_id]
        if part.empty:
            continue
        for dim in schema.tables[table_id].dimensions:
            if dim not in ("COB", "SEX"):
                part = part[part[dim].fillna(TOTAL).replace("", TOTAL) == TOTAL]
        part = part[part["value"].notna()]
        for cob, sex, value in part[["COB", "SEX", "value"]].itertuples(index=False, name=None):
            rows.append({"table_id": table_id, "COB": str(cob), "SEX": str(sex), "AGE": TOTAL, "value": float(value)})
    rows.sort(key=lambda r: (r["table_id"], r["COB"], r["SEX"]))
    return rows


def read_previous_round(path: str | Path, country_iso3: str | None = None, census_year: int | None = None) -> dict:
    """The ``previous_round`` record of a package file; refused when it is not an earlier census of the country."""
    from app.bank.store import read_package

    path = Path(path)
    if not path.is_file():
        raise RoundError("rounds.missing", path=str(path))
    dims = tuple(load_schema().dimensions)
    try:
        frame, metadata, manifest, _findings = read_package(path, dims)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise RoundError("rounds.not_package", path=str(path), detail=str(exc)) from exc
    country = str(metadata.get("country_iso3") or manifest.get("country_iso3") or "")
    year = metadata.get("census_year") or manifest.get("census_year")
    try:
        year = int(year)
    except (TypeError, ValueError) as exc:
        raise RoundError("rounds.not_package", path=str(path), detail="census_year") from exc
    if country_iso3 and country != country_iso3:
        raise RoundError("rounds.other_country", path=path.name, country=country, expected=country_iso3)
    if census_year and year >= int(census_year):
        raise RoundError("rounds.not_earlier", path=path.name, year=str(year), current=str(census_year))
    observations = _stock_rows(frame)
    if not observations:
        raise RoundError("rounds.no_stock", path=path.name)
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "country_iso3": country,
        "census_year": year,
        "census_round": str(metadata.get("census_round") or f"{year // 10 * 10}"),
        "census_name": str(metadata.get("census_name") or ""),
        "submission_version": metadata.get("submission_version"),
        "observations": observations,
    }


def set_previous_round(project, path: str | Path) -> dict:
    """Give the project the previous round's package (see the module); returns the record without its cells."""
    meta = project.metadata()
    record = read_previous_round(path, meta.get("country_iso3"), meta.get("census_year"))
    project.update_metadata({KEY: record})
    return reference(record)


def clear_previous_round(project) -> bool:
    """Forget the previous round; True when there was one."""
    if not isinstance(project.metadata().get(KEY), dict):
        return False
    project.update_metadata({KEY: None})
    return True


def previous_round(project_or_metadata) -> dict | None:
    meta = project_or_metadata if isinstance(project_or_metadata, dict) else project_or_metadata.metadata()
    record = meta.get(KEY)
    return record if isinstance(record, dict) and record.get("observations") else None


def reference(record: dict | None) -> dict | None:
    """What the package says of the previous round: its file, digest, year and round, not its cells."""
    if not isinstance(record, dict):
        return None
    return {k: record.get(k) for k in ("file", "sha256", "country_iso3", "census_year", "census_round", "census_name",
                                       "submission_version")}


def package_metadata(metadata: dict) -> dict:
    """The project's metadata as the package carries it: the previous round's reference instead of its cells."""
    out = {k: v for k, v in metadata.items() if k != KEY}
    ref = reference(metadata.get(KEY))
    if ref:
        out["previous_round_reference"] = ref
    return out


def rounds_compared(project) -> dict[str, Any] | None:
    """Stocks by country of birth, previous round against this one; None without a previous round.

    ``rows``: [{COB, kind, previous, current, change, pct, previous_women,
    current_women, flagged}]: those both rounds have, largest now first, then
    those only one round has (regions, not stated); ``total``: the same for all the foreign-born;
    ``table``: the stock table compared. ``flagged`` marks the countries
    PLA-004 questions (a change above its limit from a stock above its
    minimum), with ``message``: the rule's text, to confirm or explain on the
    Check page like any warning.
    """
    import pandas as pd

    record = previous_round(project)
    if record is None:
        return None
    frame = project.observations()
    frame = frame[frame["kind"].fillna("") == ""]
    before = pd.DataFrame(record["observations"])
    table_id = next((t for t in STOCK_TABLES if t in set(frame["table_id"]) and t in set(before["table_id"])), None)
    result = {"previous": reference(record), "table": table_id, "rows": [], "total": None}
    if table_id is None:
        return result
    now = pd.DataFrame(_stock_rows(frame[frame["table_id"] == table_id]))
    then = before[before["table_id"] == table_id]

    def by_cob(part, sex: str) -> dict[str, float]:
        part = part[part["SEX"] == sex]
        return {str(k): float(v) for k, v in part.groupby("COB")["value"].sum().items()}

    now_t, then_t = by_cob(now, TOTAL), by_cob(then, TOTAL)
    now_w, then_w = by_cob(now, "2"), by_cob(then, "2")
    from app.checks.rules_plausibility import CHANGE_LIMIT, CHANGE_MIN_STOCK

    codelist = load_schema().codelist("COB")

    def row(code: str) -> dict:
        previous, current = then_t.get(code), now_t.get(code)
        change = current - previous if previous is not None and current is not None else None
        pct = round(100.0 * change / previous, 1) if change is not None and previous else None
        entry = codelist.get(code)
        flagged = bool(code != TOTAL and change is not None and previous >= CHANGE_MIN_STOCK
                       and abs(change / previous) > CHANGE_LIMIT)
        return {"COB": code, "kind": entry.kind if entry else "", "previous": previous, "current": current,
                "change": change, "pct": pct, "previous_women": then_w.get(code), "current_women": now_w.get(code),
                "flagged": flagged}

    codes = [c for c in set(now_t) | set(then_t) if c not in (TOTAL,) and not c.startswith("N:")]
    rows = [row(c) for c in codes]
    rows.sort(key=lambda r: (r["change"] is None, -(r["current"] or 0), -(r["previous"] or 0), r["COB"]))
    result["rows"] = rows
    result["total"] = row(TOTAL) if TOTAL in now_t or TOTAL in then_t else None
    return result


def flag_message(row: dict, previous_year, lang: str = "en") -> str:
    """The text PLA-004 gives for a flagged row, in ``lang``."""
    from app.checks.render import _code_label
    from app.models.messages import message

    return message("checks.PLA-004", lang, code_label=_code_label(load_schema(), "COB", row["COB"], lang),
                   current=row["current"], previous=row["previous"], pct=row["pct"], previous_year=str(previous_year))

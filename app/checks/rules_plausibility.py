"""Plausibility: figures that are possible but unusual enough to deserve a look.

These are warnings (explain or correct) or infos. They read the table of
foreign-born stocks by country of birth (T01, or T04 when T01 is absent) so
that one fact gives one finding, not one per table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.checks.context import TOTAL, CheckContext
from app.checks.intervals import bounds, leaf_intervals
from app.checks.registry import rule

SEX_RATIO_RANGE = (50.0, 200.0)
SEX_RATIO_MIN_STOCK = 1_000
UNKNOWN_SHARE = 0.05
ACCURACY_MIN_STOCK = 10_000
ACCURACY_INFO = 20.0  # UN: under 20 accurate, 20–40 inaccurate, over 40 highly inaccurate
ACCURACY_WARNING = 40.0
ACCURACY_AGES = tuple(f"{a:02d}-{a + 4:02d}" for a in range(0, 75, 5))  # 00-04 … 70-74
CHANGE_LIMIT = 0.5
CHANGE_MIN_STOCK = 500


def stock_table(ctx: CheckContext) -> str | None:
    """The table that gives the foreign-born stock by country of birth and sex (T01, else T04 …)."""
    present = ctx.table_ids()
    if "T01" in present:
        return "T01"
    for table_id in present:
        table = ctx.schema.tables[table_id]
        if table.population == "foreign_born" and ctx.min_ages.get(table_id, 0) == 0 and {"COB", "SEX"} <= set(table.dimensions):
            return table_id
    return None


def _by_code(frame: pd.DataFrame, column: str) -> pd.Series:
    """Value per code (first cell), indexed by code."""
    return pd.Series(frame["value"].to_numpy(dtype=float), index=frame[column].to_numpy(dtype=object))


def _positions_by_code(frame: pd.DataFrame, column: str) -> dict:
    return dict(zip(frame[column].to_numpy(dtype=object), frame.index.to_numpy()))


@rule("PLA-001", "warning")
def sex_ratio(ctx: CheckContext):
    """The sex ratio (men per 100 women) of a country of birth with 1,000 or more persons is outside 50–200."""
    table_id = stock_table(ctx)
    if table_id is None:
        return
    margin = ctx.margin(table_id, ["COB", "SEX"])
    margin = margin[(margin["COB"].to_numpy() != "") & (margin["kind"].to_numpy() != "national")]
    if margin.empty:
        return
    men_f = margin[margin["SEX"].to_numpy() == "1"]
    women_f = margin[margin["SEX"].to_numpy() == "2"]
    total_f = margin[margin["SEX"].to_numpy() == TOTAL]
    men, women, total = _by_code(men_f, "COB"), _by_code(women_f, "COB"), _by_code(total_f, "COB")
    codes = men.index.intersection(women.index)
    if codes.empty:
        return
    men, women = men.reindex(codes), women.reindex(codes)
    stock = total.reindex(codes).fillna(men + women)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = men / women * 100
    outside = (stock >= SEX_RATIO_MIN_STOCK) & ((ratio < SEX_RATIO_RANGE[0]) | (ratio > SEX_RATIO_RANGE[1]))
    men_pos, women_pos, total_pos = (_positions_by_code(f, "COB") for f in (men_f, women_f, total_f))
    for code in codes[outside.to_numpy()]:
        cells = [men_pos[code], women_pos[code]] + ([total_pos[code]] if code in total_pos else [])
        params = {
            "code": code,
            "at": {"COB": code},
            "ratio": round(float(ratio[code]), 1) if np.isfinite(ratio[code]) else None,
            "men": men[code],
            "women": women[code],
            "stock": stock[code],
        }
        if women[code] == 0:
            params["variant"] = "no_women"
        yield ctx.finding("PLA-001", table_id, cells, params, key_positions=cells[:2], qualifier="COB")


def _unknown_codes(ctx: CheckContext, dim: str) -> set[str]:
    codelist = ctx.schema.codelist(dim)
    found = {c.code for c in codelist if c.kind == "unknown"}
    return found | {"UNK"}


@rule("PLA-002", "warning")
def unknown_share(ctx: CheckContext):
    """More than 5 % of a table's total is 'not stated' (UNK) in one dimension."""
    for table_id in ctx.table_ids():
        frame = ctx.cells_table(table_id)
        values = frame["value"].to_numpy(dtype=float)
        ordinary = frame["kind"].to_numpy() != "national"
        for dim in ctx.dims(table_id):
            code_idx, uniques = ctx.codes(table_id, dim)
            unknown_codes = np.isin(uniques, list(_unknown_codes(ctx, dim)))
            if not unknown_codes.any():
                continue
            mask = ctx.margin_mask(table_id, [dim]) & ordinary
            unknown = mask & unknown_codes[code_idx]
            total = mask & ctx.is_total(table_id, dim)
            if not unknown.any() or not total.any():
                continue
            total_value = values[total][0]
            if not np.isfinite(total_value) or total_value <= 0:
                continue
            share = np.nansum(values[unknown]) / total_value
            if share > UNKNOWN_SHARE:
                positions = frame.index.to_numpy()
                cells = [*positions[unknown].tolist(), int(positions[total][0])]
                params = {"dimension": dim, "unknown": float(np.nansum(values[unknown])), "total": float(total_value),
                          "pct": round(share * 100, 1), "codes": sorted(set(uniques[code_idx[unknown]]))}
                yield ctx.finding("PLA-002", table_id, cells, params, key_positions=[], qualifier=dim)


def accuracy_index(men: np.ndarray, women: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """United Nations age-sex accuracy index over five-year groups 0-4 … 70-74 (one row per population).

    Sex-ratio score SRS: mean absolute difference of successive sex ratios;
    age-ratio score ARS: mean absolute deviation from 100 of the age ratios
    100·2·P(x) / (P(x-5) + P(x+5)) for 5-9 … 65-69; joint = 3·SRS + ARS(m) + ARS(f).
    Returns (joint, srs, ars_m, ars_f); NaN where a group is empty.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = men / women * 100
        srs = np.mean(np.abs(np.diff(ratios, axis=1)), axis=1)
        ar_m = 200 * men[:, 1:-1] / (men[:, :-2] + men[:, 2:])
        ar_f = 200 * women[:, 1:-1] / (women[:, :-2] + women[:, 2:])
        ars_m = np.mean(np.abs(ar_m - 100), axis=1)
        ars_f = np.mean(np.abs(ar_f - 100), axis=1)
    joint = 3 * srs + ars_m + ars_f
    bad = ~np.isfinite(joint)
    joint[bad] = np.nan
    return joint, srs, ars_m, ars_f


@rule("PLA-003", "warning")
def age_sex_accuracy(ctx: CheckContext):
    """The UN age-sex accuracy index of a country of birth with 10,000 or more persons is over 40 (info from 20)."""
    table_id = stock_table(ctx)
    if table_id is None or "AGE" not in ctx.dims(table_id):
        return
    frame = ctx.cells_table(table_id)
    others = [d for d in ctx.dims(table_id) if d not in ("COB", "SEX", "AGE")]
    for dim in others:
        frame = frame[frame[dim].to_numpy() == TOTAL]
    ages = frame["AGE"].to_numpy(dtype=object)
    if not set(ACCURACY_AGES) <= set(pd.unique(ages)):
        return
    sexes = frame["SEX"].to_numpy(dtype=object)
    picked = np.isin(ages, ACCURACY_AGES) & np.isin(sexes, ("1", "2")) & (frame["kind"].to_numpy() != "national")
    cells = frame[picked]
    if cells.empty:
        return
    cob_idx, cob_codes = pd.factorize(cells["COB"].to_numpy(dtype=object))
    age_idx = pd.Index(ACCURACY_AGES).get_indexer(cells["AGE"].to_numpy(dtype=object))
    grid = np.zeros((2, len(cob_codes), len(ACCURACY_AGES)))
    filled = np.zeros_like(grid)
    sex_idx = (cells["SEX"].to_numpy(dtype=object) == "2").astype(np.int64)
    np.add.at(grid, (sex_idx, cob_idx, age_idx), np.nan_to_num(cells["value"].to_numpy(dtype=float)))
    np.add.at(filled, (sex_idx, cob_idx, age_idx), 1.0)
    grid[filled == 0] = np.nan  # an age group the table does not give for that country
    men, women = grid[0], grid[1]
    joint, srs, ars_m, ars_f = accuracy_index(men, women)
    codes_index = pd.Index(cob_codes, dtype=object)
    stock = _by_code(ctx.margin(table_id, ["COB"]), "COB").groupby(level=0).first().reindex(codes_index)
    stock = stock.fillna(pd.Series(np.nansum(men, axis=1) + np.nansum(women, axis=1), index=codes_index))
    flagged = (stock.to_numpy() >= ACCURACY_MIN_STOCK) & (joint > ACCURACY_INFO)
    if not flagged.any():
        return
    cell_positions = cells.index.to_numpy()
    for i in np.flatnonzero(flagged):
        code = str(cob_codes[i])
        params = {
            "code": code,
            "at": {"COB": code},
            "score": round(float(joint[i]), 1),
            "srs": round(float(srs[i]), 1),
            "ars_m": round(float(ars_m[i]), 1),
            "ars_f": round(float(ars_f[i]), 1),
            "stock": float(stock.iloc[i]),
        }
        severity = "warning" if joint[i] > ACCURACY_WARNING else "info"
        yield ctx.finding("PLA-003", table_id, cell_positions[cob_idx == i].tolist(), params, severity=severity, key_positions=[], qualifier=f"COB={code}")


def _previous_observations(ctx: CheckContext) -> pd.DataFrame | None:
    previous = ctx.metadata.get("previous_round")
    if isinstance(previous, pd.DataFrame):
        return previous
    if isinstance(previous, dict):
        rows = previous.get("observations")
        if isinstance(rows, pd.DataFrame):
            return rows
        if isinstance(rows, list) and rows:
            return pd.DataFrame(rows)
    return None


@rule("PLA-004", "warning")
def change_since_previous_round(ctx: CheckContext):
    """A country of birth's stock changed by more than 50 % against the previous census round in the project."""
    previous = _previous_observations(ctx)
    table_id = stock_table(ctx)
    if previous is None or table_id is None or "COB" not in previous:
        return
    previous = previous[previous.get("table_id", pd.Series(table_id, index=previous.index)).astype(str) == table_id]
    for dim in ctx.dims(table_id):
        if dim != "COB" and dim in previous:
            previous = previous[previous[dim].fillna(TOTAL).replace("", TOTAL).astype(str) == TOTAL]
    before = pd.to_numeric(previous["value"], errors="coerce")
    before = pd.Series(before.to_numpy(dtype=float), index=previous["COB"].astype(str).to_numpy()).groupby(level=0).sum()
    current = ctx.margin(table_id, ["COB"])
    now = _by_code(current, "COB").groupby(level=0).first()
    codes = now.index.intersection(before.index)
    before, now = before.reindex(codes), now.reindex(codes)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = (now - before) / before
    flagged = (before >= CHANGE_MIN_STOCK) & now.notna() & (change.abs() > CHANGE_LIMIT)
    positions = _positions_by_code(current, "COB")
    year = (ctx.metadata.get("previous_round") or {}).get("census_year", "") if isinstance(ctx.metadata.get("previous_round"), dict) else ""
    for code in codes[flagged.to_numpy()]:
        params = {"code": code, "at": {"COB": code}, "previous": before[code], "current": now[code],
                  "pct": round(float(change[code]) * 100, 1), "previous_year": str(year)}
        yield ctx.finding("PLA-004", table_id, [positions[code]], params, qualifier="COB")


@rule("PLA-005", "info")
def broad_age_groups(ctx: CheckContext):
    """A table uses age groups other than five-year groups; IMILA prefers 00-04, 05-09 … 85+."""
    for table_id in ctx.table_ids():
        if "AGE" not in ctx.dims(table_id):
            continue
        frame = ctx.table(table_id)
        codes = [c for c in pd.unique(frame["AGE"]) if c not in ("", TOTAL, "UNK")]
        leaves = leaf_intervals(codes)
        broad = [c for c in leaves if _not_five_year(c)]
        if broad:
            positions = frame.index[frame["AGE"].isin(broad).to_numpy()]
            yield ctx.bulk_finding("PLA-005", table_id, positions, {"codes": sorted(broad, key=lambda c: bounds(c)[0]), "dimension": "AGE"})


def _not_five_year(code: str) -> bool:
    lo, hi = bounds(code)
    if np.isinf(hi):
        return False
    return not (hi - lo == 4 and lo % 5 == 0)

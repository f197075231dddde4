"""Consistency between tables: the same persons are counted alike in every table.

* CON-001 tables with the same universe (T01 and T04; T02, T06 and T07;
  T08, T09 and T10) give the same totals by country of birth and sex;
* CON-002 T01 agrees with T00's foreign-born row, by sex and age (age groups
  are summed to the intervals both tables can express: T00's five-year groups
  to T01's 00-14, 15-24 …); T01 is taken both as published (its ``_T`` row)
  and as the sum of its countries of birth, so a wrong country cell shows
  even when T01's own total is right;
* CON-003 the tables of persons aged 15+ (the universe's national minimum)
  agree with T01's age groups from that age on (only where T01's groups split
  at that age);
* CON-004 the employed by country of birth and sex in T08, T09 and T10 equal
  ``ACT=1`` in T07.

Tolerances as for additivity: under 50 persons and 0.5 % a warning, else an
error; confidential cells make it info.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.checks.context import TOTAL, CheckContext, differs, percent, tolerance_severity
from app.checks.intervals import bounds, common_blocks, interval_code, leaf_intervals
from app.checks.registry import rule
from app.checks.rules_additivity import codelist_chains, group_ids, nearest_node

FOREIGN_BORN = "F"


def side_from_cells(frame: pd.DataFrame, keep: list[str], fixed: dict | None = None) -> pd.DataFrame:
    """A comparison side: one row per combination of ``keep`` with value, excuse and the cell positions."""
    values = frame["value"].to_numpy(dtype=float)
    flags = frame["flag"].to_numpy()
    out = pd.DataFrame({k: frame[k].to_numpy(dtype=object) for k in keep})
    for k, v in (fixed or {}).items():
        out[k] = v
    out["value"] = values
    out["excuse"] = (flags == "C") | (np.isnan(values) & (flags != "Z"))
    out["pos"] = [[int(p)] for p in frame.index]
    return out


def _sum_side(side: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    if side.empty:
        return side
    work = side.assign(value=side["value"].fillna(0.0))
    grouped = work.groupby(by, sort=False)
    out = grouped.agg(value=("value", "sum"), excuse=("excuse", "any")).reset_index()
    out["pos"] = grouped["pos"].agg(lambda s: [p for chunk in s for p in chunk]).to_numpy()
    return out


def align_ages(left: pd.DataFrame, right: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Pairs of comparable cells: the same AGE code on both sides, plus age blocks both can be summed to."""
    pairs = [left.merge(right, on=[*by, "AGE"], suffixes=("_l", "_r"))]
    lcodes = [c for c in pd.unique(left["AGE"]) if c not in (TOTAL, "UNK")]
    rcodes = [c for c in pd.unique(right["AGE"]) if c not in (TOTAL, "UNK")]
    blocks = common_blocks(leaf_intervals(lcodes), leaf_intervals(rcodes))
    lmap, rmap = {}, {}
    for lo, hi, lblock, rblock in blocks:
        if len(lblock) == 1 and lblock == rblock:
            continue  # already compared code to code
        label = interval_code(lo, hi)
        lmap.update({c: label for c in lblock})
        rmap.update({c: label for c in rblock})
    if lmap and rmap:
        lsum = _sum_side(left[left["AGE"].isin(lmap)].assign(AGE=lambda f: f["AGE"].map(lmap)), [*by, "AGE"])
        rsum = _sum_side(right[right["AGE"].isin(rmap)].assign(AGE=lambda f: f["AGE"].map(rmap)), [*by, "AGE"])
        # A block that one side publishes as a single code was compared code to code already.
        lsum = lsum[~lsum["AGE"].isin(set(left["AGE"]) & set(right["AGE"]))]
        pairs.append(lsum.merge(rsum, on=[*by, "AGE"], suffixes=("_l", "_r")))
    pairs = [p for p in pairs if not p.empty]
    if not pairs:
        return left.iloc[0:0].merge(right.iloc[0:0], on=[*by, "AGE"], suffixes=("_l", "_r"))
    return pd.concat(pairs, ignore_index=True)


def compare_pairs(ctx: CheckContext, rule_id: str, table_id: str, other_table: str, pairs: pd.DataFrame, on: list[str],
                  variant: str = "", slack: pd.Series | None = None, extra: dict | None = None):
    """Findings where ``value_r`` (``table_id``) differs from ``value_l`` (``other_table``, the reference)."""
    if pairs.empty:
        return
    pairs = pairs[pairs["value_l"].notna() & pairs["value_r"].notna()]
    mask = differs(pairs["value_r"], pairs["value_l"])
    if slack is not None:
        mask &= np.abs(pairs["value_r"] - pairs["value_l"]).to_numpy() > slack.reindex(pairs.index).fillna(0).to_numpy()
    bad = pairs[mask]
    if bad.empty:
        return
    excused = (bad["excuse_l"] | bad["excuse_r"]).to_numpy()
    severity = tolerance_severity(bad["value_r"] - bad["value_l"], bad["value_l"], excused)
    for i, row in enumerate(bad.to_dict("records")):
        difference = row["value_r"] - row["value_l"]
        params = {
            "table": table_id,
            "other_table": other_table,
            "at": {k: row[k] for k in on},
            "expected": row["value_l"],
            "found": row["value_r"],
            "difference": difference,
            "pct": percent(difference, row["value_l"]),
            **(extra or {}),
        }
        if excused[i]:
            params["variant"] = "excused"
        elif variant:
            params["variant"] = variant
        cells = [*row["pos_r"], *row["pos_l"]]
        qualifier = f"{other_table}:" + ",".join(f"{k}={row[k]}" for k in on) + (f":{variant}" if variant else "")
        finding = ctx.finding(rule_id, table_id, cells, params, severity=str(severity[i]), key_positions=[], qualifier=qualifier)
        yield finding


def _universe(ctx: CheckContext, table_id: str) -> tuple[str, int]:
    return ctx.schema.tables[table_id].population, ctx.min_ages.get(table_id, 0)


@rule("CON-001", "error")
def same_universe_tables_agree(ctx: CheckContext):
    """Tables with the same universe give different totals by country of birth and sex."""
    groups: dict[tuple, list[str]] = {}
    for table_id in ctx.table_ids():
        if "COB" in ctx.dims(table_id):
            groups.setdefault(_universe(ctx, table_id), []).append(table_id)
    for tables in groups.values():
        reference = tables[0]
        for other in tables[1:]:
            keep = [d for d in ("COB", "SEX") if d in ctx.dims(reference) and d in ctx.dims(other)]
            left = side_from_cells(ctx.margin(reference, keep), keep)
            right = side_from_cells(ctx.margin(other, keep), keep)
            pairs = left.merge(right, on=keep, suffixes=("_l", "_r"))
            yield from compare_pairs(ctx, "CON-001", other, reference, pairs, keep)


def _leaf_sum_by_cob(ctx: CheckContext, table_id: str, keep: list[str]) -> pd.DataFrame:
    """T01 summed over its finest countries of birth (countries, residuals, UNK), per ``keep``."""
    frame = ctx.cells_table(table_id)
    frame = frame[frame["kind"].to_numpy() != "national"]
    others = [d for d in ctx.dims(table_id) if d not in ("COB", *keep)]
    for dim in others:
        frame = frame[frame[dim].to_numpy() == TOTAL]
    if frame.empty:
        return side_from_cells(frame, keep)
    code_idx, uniques = pd.factorize(frame["COB"].to_numpy(dtype=object))
    code_idx = code_idx.astype(np.int64)
    gid = group_ids(frame, keep)
    node = nearest_node(gid, code_idx, uniques, codelist_chains(ctx, "COB", uniques))
    has_node = node >= 0
    width = len(uniques) + 1
    inner = np.unique(gid[has_node] * width + node[has_node])
    leaf = has_node & ~np.isin(gid * width + code_idx, inner)
    return _sum_side(side_from_cells(frame[leaf], keep), keep)


@rule("CON-002", "error")
def t01_agrees_with_t00(ctx: CheckContext):
    """T01's foreign-born population differs from T00's foreign-born row (by sex and age)."""
    if "T00" not in ctx.table_ids() or "T01" not in ctx.table_ids():
        return
    t00 = ctx.margin("T00", ["NATIVITY", "SEX", "AGE"])
    t00 = t00[t00["NATIVITY"].to_numpy() == FOREIGN_BORN]
    keep = [d for d in ("SEX", "AGE") if d in ctx.dims("T00") and d in ctx.dims("T01")]
    left = side_from_cells(t00, keep)
    published = side_from_cells(ctx.margin("T01", keep), keep)
    parts = _leaf_sum_by_cob(ctx, "T01", keep)
    by = [k for k in keep if k != "AGE"]
    if "AGE" in keep:
        pairs_published = align_ages(left, published, by)
        pairs_parts = align_ages(left, parts, by)
    else:
        pairs_published = left.merge(published, on=keep, suffixes=("_l", "_r"))
        pairs_parts = left.merge(parts, on=keep, suffixes=("_l", "_r"))
    reported = set()
    for finding in compare_pairs(ctx, "CON-002", "T01", "T00", pairs_published, keep):
        reported.add(tuple(finding.params["at"].values()))
        yield finding
    for finding in compare_pairs(ctx, "CON-002", "T01", "T00", pairs_parts, keep, variant="parts"):
        if tuple(finding.params["at"].values()) not in reported:
            yield finding


def _t01_from_age(ctx: CheckContext, min_age: int, keep: list[str]) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """T01 summed over its age groups from ``min_age`` on, and its unknown-age cells, per ``keep``."""
    t01 = ctx.margin("T01", [*keep, "AGE"])
    codes = [c for c in pd.unique(t01["AGE"]) if c not in (TOTAL, "UNK")]
    leaves = leaf_intervals(codes)
    if not leaves:
        return None
    spans = [bounds(c) for c in leaves]
    if not any(lo == min_age for lo, _ in spans) or any(lo < min_age <= hi for lo, hi in spans):
        return None  # T01's groups do not split at the universe's age
    upper = [c for c, (lo, _) in zip(leaves, spans) if lo >= min_age]
    summed = _sum_side(side_from_cells(t01[t01["AGE"].isin(upper)], keep), keep)
    unknown = side_from_cells(t01[t01["AGE"].to_numpy() == "UNK"], keep)
    return summed, unknown


@rule("CON-003", "error")
def adult_tables_agree_with_t01(ctx: CheckContext):
    """A table of persons aged 15+ differs from T01's age groups from that age on."""
    if "T01" not in ctx.table_ids():
        return
    for table_id in ctx.table_ids():
        population, min_age = _universe(ctx, table_id)
        if table_id == "T01" or min_age <= 0 or population not in ("foreign_born", "foreign_born_women"):
            continue
        if "COB" not in ctx.dims(table_id):
            continue
        women_only = population == "foreign_born_women"
        keep = [d for d in ("COB", "SEX") if d in ctx.dims(table_id) and d in ctx.dims("T01")]
        t01_keep = keep if not women_only else ["COB", "SEX"]
        found = _t01_from_age(ctx, min_age, t01_keep)
        if found is None:
            continue
        left, unknown = found
        if women_only:
            left = left[left["SEX"] == "2"].drop(columns="SEX")
            unknown = unknown[unknown["SEX"] == "2"].drop(columns="SEX")
        right = side_from_cells(ctx.margin(table_id, keep), keep)
        pairs = left.merge(right, on=keep, suffixes=("_l", "_r"))
        slack = None
        if not unknown.empty:
            slack_frame = pairs[keep].merge(unknown[[*keep, "value"]], on=keep, how="left")
            slack = slack_frame["value"].fillna(0.0)
            slack.index = pairs.index
        yield from compare_pairs(ctx, "CON-003", table_id, "T01", pairs, keep, slack=slack, extra={"min_age": min_age})


@rule("CON-004", "error")
def employed_agree_with_t07(ctx: CheckContext):
    """The employed in T08, T09 or T10 differ from those with ACT = 1 (employed) in T07."""
    if "T07" not in ctx.table_ids():
        return
    keep = [d for d in ("COB", "SEX") if d in ctx.dims("T07")]
    t07 = ctx.margin("T07", [*keep, "ACT"])
    left = side_from_cells(t07[t07["ACT"].to_numpy() == "1"], keep)
    for table_id in ctx.table_ids():
        if ctx.schema.tables[table_id].population != "employed_foreign_born":
            continue
        on = [d for d in keep if d in ctx.dims(table_id)]
        right = side_from_cells(ctx.margin(table_id, on), on)
        pairs = _sum_side(left, on).merge(right, on=on, suffixes=("_l", "_r")) if on != keep else left.merge(right, on=on, suffixes=("_l", "_r"))
        yield from compare_pairs(ctx, "CON-004", table_id, "T07", pairs, on)

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


def cells_of(frame: pd.DataFrame, keys: list[str], fixed: dict | None = None) -> pd.DataFrame:
    """One comparison side, one row per source cell: the key codes, value, excuse and position."""
    values = frame["value"].to_numpy(dtype=float)
    flags = frame["flag"].to_numpy()
    out = pd.DataFrame({k: frame[k].to_numpy(dtype=object) for k in keys})
    for k, v in (fixed or {}).items():
        out[k] = v
    out["value"] = values
    out["excuse"] = (flags == "C") | (np.isnan(values) & (flags != "Z"))
    out["pos"] = frame.index.to_numpy()
    return out


def _aggregate(cells: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    if cells.empty:
        return pd.DataFrame(columns=[*keys, "value", "excuse", "n"])
    work = cells[[*keys, "value", "excuse"]].assign(n=1.0, missing=cells["value"].isna().astype(float))
    work["value"] = work["value"].fillna(0.0)
    work["excuse"] = work["excuse"].astype(float)
    out = work.groupby(keys, sort=False)[["value", "excuse", "n", "missing"]].sum().reset_index()
    # A key whose every cell is without value has no figure to compare.
    out.loc[out["missing"] == out["n"], "value"] = np.nan
    out["excuse"] = out["excuse"] > 0
    return out.drop(columns="missing")


def align_ages(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both sides with AGE relabelled to what they can be compared on.

    A code present on both sides is compared as it is; leaf intervals are
    also summed to the coarsest blocks both partitions share (T00's 00-04,
    05-09, 10-14 and T01's 00-14 both become 00-14).
    """
    common = set(left["AGE"]) & set(right["AGE"])
    lcodes = [c for c in pd.unique(left["AGE"]) if c not in (TOTAL, "UNK")]
    rcodes = [c for c in pd.unique(right["AGE"]) if c not in (TOTAL, "UNK")]
    lmap, rmap = {}, {}
    for lo, hi, lblock, rblock in common_blocks(leaf_intervals(lcodes), leaf_intervals(rcodes)):
        label = interval_code(lo, hi)
        if label in common or (len(lblock) == 1 and lblock == rblock):
            continue  # compared code to code
        lmap.update({c: label for c in lblock})
        rmap.update({c: label for c in rblock})
    sides = []
    for side, mapping in ((left, lmap), (right, rmap)):
        exact = side[side["AGE"].isin(common)]
        blocks = side[side["AGE"].isin(mapping)].assign(AGE=lambda f, m=mapping: f["AGE"].map(m))
        sides.append(pd.concat([exact, blocks], ignore_index=True) if not blocks.empty else exact)
    return sides[0], sides[1]


def compare_sides(ctx: CheckContext, rule_id: str, table_id: str, other_table: str, left: pd.DataFrame, right: pd.DataFrame,
                  on: list[str], variant: str = "", slack: pd.DataFrame | None = None, extra: dict | None = None):
    """Findings where the sum of ``right`` (``table_id``) differs from ``left`` (``other_table``) on the keys ``on``."""
    if left.empty or right.empty:
        return
    pairs = _aggregate(left, on).merge(_aggregate(right, on), on=on, suffixes=("_l", "_r"))
    pairs = pairs[pairs["value_l"].notna() & pairs["value_r"].notna()]
    if pairs.empty:
        return
    mask = differs(pairs["value_r"], pairs["value_l"])
    if slack is not None and not slack.empty:
        allowed = pairs[on].merge(_aggregate(slack, on)[[*on, "value"]], on=on, how="left")["value"].fillna(0.0).to_numpy()
        mask &= np.abs(pairs["value_r"].to_numpy() - pairs["value_l"].to_numpy()) > allowed
    bad = pairs[mask]
    if bad.empty:
        return
    excused = (bad["excuse_l"] | bad["excuse_r"]).to_numpy()
    severity = tolerance_severity(bad["value_r"] - bad["value_l"], bad["value_l"], excused)
    positions = {}
    for name, side in (("l", left), ("r", right)):
        chosen = side.merge(bad[on], on=on)
        positions[name] = {k: list(g["pos"]) for k, g in chosen.groupby(on, sort=False)} if not chosen.empty else {}
    for i, row in enumerate(bad.to_dict("records")):
        at = {k: row[k] for k in on}
        group = tuple(at.values()) if len(on) > 1 else at[on[0]]
        difference = row["value_r"] - row["value_l"]
        params = {
            "table": table_id,
            "other_table": other_table,
            "at": at,
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
        cells = [*positions["r"].get(group, []), *positions["l"].get(group, [])]
        qualifier = f"{other_table}:" + ",".join(f"{k}={v}" for k, v in at.items()) + (f":{variant}" if variant else "")
        yield ctx.finding(rule_id, table_id, cells, params, severity=str(severity[i]), key_positions=[], qualifier=qualifier)


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
            left = cells_of(ctx.margin(reference, keep), keep)
            right = cells_of(ctx.margin(other, keep), keep)
            yield from compare_sides(ctx, "CON-001", other, reference, left, right, keep)


def _leaf_cells_by_cob(ctx: CheckContext, table_id: str, keep: list[str]) -> pd.DataFrame:
    """The cells of T01's finest countries of birth (countries, residuals, UNK), other dimensions at ``_T``."""
    frame = ctx.cells_table(table_id)
    mask = ctx.margin_mask(table_id, ["COB", *keep]) & (frame["kind"].to_numpy() != "national")
    frame = frame[mask]
    if frame.empty:
        return cells_of(frame, keep)
    code_idx, uniques = pd.factorize(frame["COB"].to_numpy(dtype=object))
    code_idx = code_idx.astype(np.int64)
    gid = group_ids(frame, keep)
    node = nearest_node(gid, code_idx, uniques, codelist_chains(ctx, "COB", uniques))
    has_node = node >= 0
    width = len(uniques) + 1
    inner = np.unique(gid[has_node] * width + node[has_node])
    leaf = has_node & ~np.isin(gid * width + code_idx, inner)
    return cells_of(frame[leaf], keep)


@rule("CON-002", "error")
def t01_agrees_with_t00(ctx: CheckContext):
    """T01's foreign-born population differs from T00's foreign-born row (by sex and age)."""
    if "T00" not in ctx.table_ids() or "T01" not in ctx.table_ids():
        return
    keep = [d for d in ("SEX", "AGE") if d in ctx.dims("T00") and d in ctx.dims("T01")]
    t00 = ctx.margin("T00", ["NATIVITY", *keep])
    left = cells_of(t00[t00["NATIVITY"].to_numpy() == FOREIGN_BORN], keep)
    published = cells_of(ctx.margin("T01", keep), keep)
    parts = _leaf_cells_by_cob(ctx, "T01", keep)
    if "AGE" in keep:
        left_p, published = align_ages(left, published)
        left_s, parts = align_ages(left, parts)
    else:
        left_p = left_s = left
    reported = set()
    for finding in compare_sides(ctx, "CON-002", "T01", "T00", left_p, published, keep):
        reported.add(tuple(finding.params["at"].values()))
        yield finding
    for finding in compare_sides(ctx, "CON-002", "T01", "T00", left_s, parts, keep, variant="parts"):
        if tuple(finding.params["at"].values()) not in reported:
            yield finding


def _t01_from_age(ctx: CheckContext, min_age: int) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """T01's cells (COB × SEX) of the age groups from ``min_age`` on, and its unknown-age cells."""
    key = ("t01_from_age", min_age)
    if key in ctx._margins:
        return ctx._margins[key]
    result = None
    t01 = ctx.margin("T01", ["COB", "SEX", "AGE"])
    codes = [c for c in pd.unique(t01["AGE"]) if c not in (TOTAL, "UNK")]
    leaves = leaf_intervals(codes)
    spans = [bounds(c) for c in leaves]
    if any(lo == min_age for lo, _ in spans) and not any(lo < min_age <= hi for lo, hi in spans):
        upper = [c for c, (lo, _) in zip(leaves, spans) if lo >= min_age]
        ages = t01["AGE"].to_numpy(dtype=object)
        result = (cells_of(t01[np.isin(ages, upper)], ["COB", "SEX"]), cells_of(t01[ages == "UNK"], ["COB", "SEX"]))
    ctx._margins[key] = result
    return result


@rule("CON-003", "error")
def adult_tables_agree_with_t01(ctx: CheckContext):
    """A table of persons aged 15+ differs from T01's age groups from that age on."""
    if "T01" not in ctx.table_ids() or not {"COB", "SEX", "AGE"} <= set(ctx.dims("T01")):
        return
    for table_id in ctx.table_ids():
        population, min_age = _universe(ctx, table_id)
        if table_id == "T01" or min_age <= 0 or population not in ("foreign_born", "foreign_born_women"):
            continue
        if "COB" not in ctx.dims(table_id):
            continue
        found = _t01_from_age(ctx, min_age)
        if found is None:
            continue  # T01's age groups do not split at the universe's age
        left, unknown = found
        keep = [d for d in ("COB", "SEX") if d in ctx.dims(table_id)]
        if population == "foreign_born_women":
            left, unknown = left[left["SEX"] == "2"], unknown[unknown["SEX"] == "2"]
        right = cells_of(ctx.margin(table_id, keep), keep)
        yield from compare_sides(ctx, "CON-003", table_id, "T01", left, right, keep, slack=unknown, extra={"min_age": min_age})


@rule("CON-004", "error")
def employed_agree_with_t07(ctx: CheckContext):
    """The employed in T08, T09 or T10 differ from those with ACT = 1 (employed) in T07."""
    if "T07" not in ctx.table_ids():
        return
    keep = [d for d in ("COB", "SEX") if d in ctx.dims("T07")]
    t07 = ctx.margin("T07", [*keep, "ACT"])
    left = cells_of(t07[t07["ACT"].to_numpy() == "1"], keep)
    for table_id in ctx.table_ids():
        if ctx.schema.tables[table_id].population != "employed_foreign_born":
            continue
        on = [d for d in keep if d in ctx.dims(table_id)]
        right = cells_of(ctx.margin(table_id, on), on)
        yield from compare_sides(ctx, "CON-004", table_id, "T07", left, right, on)

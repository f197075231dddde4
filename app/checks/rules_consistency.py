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


class Side:
    """One side of a comparison, one entry per source cell: key codes, value, excuse and position (numpy arrays)."""

    def __init__(self, keys: dict[str, np.ndarray], value: np.ndarray, excuse: np.ndarray, pos: np.ndarray):
        self.keys, self.value, self.excuse, self.pos = keys, value, excuse, pos

    def __len__(self) -> int:
        return len(self.value)

    def where(self, mask) -> "Side":
        mask = np.asarray(mask, dtype=bool)
        return Side({k: v[mask] for k, v in self.keys.items()}, self.value[mask], self.excuse[mask], self.pos[mask])

    def relabel(self, dim: str, mapping: dict[str, str]) -> "Side":
        """Entries whose ``dim`` code is in ``mapping``, with the code replaced."""
        codes = self.keys[dim]
        inside = np.isin(codes, list(mapping))
        picked = self.where(inside)
        picked.keys[dim] = pd.Series(codes[inside], dtype=object).map(mapping).to_numpy(dtype=object)
        return picked

    @staticmethod
    def concat(sides: list["Side"]) -> "Side":
        first = sides[0]
        return Side({k: np.concatenate([s.keys[k] for s in sides]) for k in first.keys},
                    np.concatenate([s.value for s in sides]), np.concatenate([s.excuse for s in sides]),
                    np.concatenate([s.pos for s in sides]))

    def joined(self, on: list[str]) -> np.ndarray:
        """One text key per entry over the dimensions ``on``."""
        key = self.keys[on[0]].astype(object)
        for dim in on[1:]:
            key = key + "\x1f" + self.keys[dim].astype(object)
        return key


def cells_of(frame: pd.DataFrame, keys: list[str]) -> Side:
    """A comparison side from cells of a table."""
    values = frame["value"].to_numpy(dtype=float)
    flags = frame["flag"].to_numpy()
    return Side(
        {k: frame[k].to_numpy(dtype=object) for k in keys},
        values,
        (flags == "C") | (np.isnan(values) & (flags != "Z")),
        frame.index.to_numpy(),
    )


def align_ages(left: Side, right: Side) -> tuple[Side, Side]:
    """Both sides with AGE relabelled to what they can be compared on.

    A code present on both sides is compared as it is; leaf intervals are
    also summed to the coarsest blocks both partitions share (T00's 00-04,
    05-09, 10-14 and T01's 00-14 both become 00-14).
    """
    lcodes, rcodes = pd.unique(left.keys["AGE"]), pd.unique(right.keys["AGE"])
    common = set(lcodes) & set(rcodes)
    lint = [c for c in lcodes if c not in (TOTAL, "UNK")]
    rint = [c for c in rcodes if c not in (TOTAL, "UNK")]
    lmap, rmap = {c: c for c in common}, {c: c for c in common}
    blocks_l, blocks_r = {}, {}
    for lo, hi, lblock, rblock in common_blocks(leaf_intervals(lint), leaf_intervals(rint)):
        label = interval_code(lo, hi)
        if label in common or (len(lblock) == 1 and lblock == rblock):
            continue  # compared code to code
        blocks_l.update({c: label for c in lblock})
        blocks_r.update({c: label for c in rblock})
    out = []
    for side, exact, blocks in ((left, lmap, blocks_l), (right, rmap, blocks_r)):
        parts = [side.relabel("AGE", exact)]
        if blocks:
            parts.append(side.relabel("AGE", blocks))
        out.append(Side.concat(parts))
    return out[0], out[1]


def _sums(index: np.ndarray, side: Side, size: int):
    value = np.bincount(index, weights=np.nan_to_num(side.value), minlength=size)
    count = np.bincount(index, minlength=size)
    missing = np.bincount(index, weights=np.isnan(side.value).astype(float), minlength=size)
    excuse = np.bincount(index, weights=side.excuse.astype(float), minlength=size) > 0
    return value, count, missing, excuse


def compare_sides(ctx: CheckContext, rule_id: str, table_id: str, other_table: str, left: Side, right: Side,
                  on: list[str], variant: str = "", slack: Side | None = None, extra: dict | None = None):
    """Findings where the sum of ``right`` (``table_id``) differs from ``left`` (``other_table``) on the keys ``on``."""
    if not len(left) or not len(right):
        return
    codes, uniques = pd.factorize(np.concatenate([left.joined(on), right.joined(on)]))
    li, ri = codes[: len(left)], codes[len(left):]
    size = len(uniques)
    lv, lc, lm, le = _sums(li, left, size)
    rv, rc, rm, re_ = _sums(ri, right, size)
    both = (lc > 0) & (rc > 0) & (lm < lc) & (rm < rc)  # a key whose every cell lacks a value has no figure
    bad = both & differs(rv, lv)
    if slack is not None and len(slack):
        where = pd.Index(uniques).get_indexer(slack.joined(on))
        known = where >= 0
        allowed = np.bincount(where[known], weights=np.nan_to_num(slack.value[known]), minlength=size)
        bad &= np.abs(rv - lv) > allowed
    groups = np.flatnonzero(bad)
    if not len(groups):
        return
    severity = tolerance_severity(rv[groups] - lv[groups], lv[groups], le[groups] | re_[groups])
    for i, group in enumerate(groups):
        first = int(np.flatnonzero(li == group)[0])
        at = {k: left.keys[k][first] for k in on}
        difference = rv[group] - lv[group]
        params = {
            "table": table_id,
            "other_table": other_table,
            "at": at,
            "expected": lv[group],
            "found": rv[group],
            "difference": difference,
            "pct": percent(difference, lv[group]),
            **(extra or {}),
        }
        if severity[i] == "info":
            params["variant"] = "excused"
        elif variant:
            params["variant"] = variant
        cells = [*right.pos[ri == group].tolist(), *left.pos[li == group].tolist()]
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
            left, unknown = left.where(left.keys["SEX"] == "2"), unknown.where(unknown.keys["SEX"] == "2")
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

"""Additivity: the parts sum to every published total, along every dimension.

For a table and one of its dimensions, the cells that agree on all the other
dimensions form a group. Within a group each cell's *node* is the nearest
published cell above it:

* code lists with a hierarchy (COB, RES5, COR): the nearest ancestor present
  in the group (a country under its sub-region or region row when the source
  publishes one, else under ``_T``); so ``_T`` is compared with the regions,
  a region with its countries and residual, never twice the same persons;
* flat code lists (SEX, MARST, …): every code under ``_T``;
* intervals (AGE, ARRIVAL, DEPART): the smallest published interval that
  contains it (``15+`` over ``15-24``…), else ``_T``; when sibling intervals
  overlap only a partition that covers the node is compared;
* national subtotals (``kind == "national"``) are compared with their listed
  members.

A difference under 50 persons and under 0.5 % of the total is a warning,
more is an error; a confidential (C) or missing cell among them excuses the
difference (info, and the message says so).
"""

from __future__ import annotations

import ast
import json
import math
from functools import lru_cache

import numpy as np
import pandas as pd

from app.checks.context import TOTAL, CheckContext, differs, percent, tolerance_severity
from app.checks.intervals import INTERVAL_DIMENSIONS, bounds
from app.checks.registry import rule

NATIONAL = "national"


def group_ids(frame: pd.DataFrame, dims: list[str]) -> np.ndarray:
    """One integer per combination of ``dims`` (0 for all rows when there are none)."""
    if not dims or frame.empty:
        return np.zeros(len(frame), dtype=np.int64)
    return frame.groupby(dims, sort=False).ngroup().to_numpy(dtype=np.int64)


def codelist_chains(ctx: CheckContext, dim: str, codes) -> dict[str, tuple[str, ...]]:
    """Ancestors of each code from the code list, always ending at ``_T``; unknown codes get none."""
    codelist = ctx.schema.codelist(dim)
    chains = {}
    for code in codes:
        if code == TOTAL or code == "" or code.startswith("N:") or codelist.get(code) is None:
            chains[code] = ()
            continue
        chain = [c for c in codelist.ancestors(code) if c != code]
        if TOTAL in chain:
            chain = chain[: chain.index(TOTAL) + 1]
        else:
            chain.append(TOTAL)
        chains[code] = tuple(chain)
    return chains


def interval_chains(codes) -> dict[str, tuple[str, ...]]:
    """For each interval, the other intervals of the table that contain it (smallest first), then ``_T``."""
    parsed = {c: bounds(c) for c in codes}
    chains = {}
    for code, (lo, hi) in parsed.items():
        if code == TOTAL or code == "":
            chains[code] = ()
        elif math.isnan(lo):
            chains[code] = (TOTAL,) if code == "UNK" else ()
        else:
            containers = [
                (ohi - olo, o) for o, (olo, ohi) in parsed.items()
                if o != code and not math.isnan(olo) and olo <= lo and hi <= ohi and (olo, ohi) != (lo, hi)
            ]
            chains[code] = tuple(o for _, o in sorted(containers)) + (TOTAL,)
    return chains


def nearest_node(gid: np.ndarray, code_idx: np.ndarray, uniques, chains: dict[str, tuple[str, ...]]) -> np.ndarray:
    """Per row, the index (into ``uniques``) of the nearest code of its chain present in its group, -1 when none."""
    n = len(uniques)
    depth = max((len(chains.get(u, ())) for u in uniques), default=0)
    parent = np.full(len(code_idx), -1, dtype=np.int64)
    if n == 0 or depth == 0:
        return parent
    lookup = {u: i for i, u in enumerate(uniques)}
    table = np.full((n, depth), -1, dtype=np.int64)
    for i, u in enumerate(uniques):
        for k, anc in enumerate(chains.get(u, ())):
            table[i, k] = lookup.get(anc, -1)
    width = n + 1
    present = np.unique(gid * width + code_idx)
    for k in range(depth):
        anc = table[code_idx, k]
        candidate = np.flatnonzero((parent == -1) & (anc >= 0))
        if not len(candidate):
            continue
        keys = gid[candidate] * width + anc[candidate]
        hit = candidate[np.isin(keys, present)]
        parent[hit] = anc[hit]
    return parent


def _tiling(node: tuple[float, float] | None, children: list[tuple[int, float, float]]) -> set[int] | None:
    """Rows of ``children`` (row, lo, hi) that tile ``node`` without overlap (smallest intervals first)."""
    if not children:
        return None
    start = node[0] if node else min(c[1] for c in children)
    end = node[1] if node else max(c[2] for c in children)
    by_start: dict[float, list] = {}
    for row, lo, hi in sorted(children, key=lambda c: (c[1], c[2])):
        by_start.setdefault(lo, []).append((row, hi))

    def walk(position: float, depth: int):
        if depth > len(children):
            return None
        for row, hi in by_start.get(position, []):
            if hi == end:
                return [row]
            if hi < end:
                rest = walk(hi + 1, depth + 1)
                if rest is not None:
                    return [row, *rest]
        return None

    chosen = walk(start, 0)
    return set(chosen) if chosen else None


def resolve_overlaps(gid: np.ndarray, node: np.ndarray, code_idx: np.ndarray, uniques) -> np.ndarray:
    """Where sibling intervals overlap, keep only a partition that covers their node (or drop the group)."""
    spans = np.array([bounds(u) for u in uniques], dtype=float).reshape(-1, 2)
    lo, hi = spans[code_idx, 0], spans[code_idx, 1]
    rows = np.flatnonzero((node >= 0) & ~np.isnan(lo))
    if len(rows) < 2:
        return node
    rows = rows[np.lexsort((lo[rows], node[rows], gid[rows]))]
    g, p = gid[rows], node[rows]
    running_hi = pd.Series(hi[rows]).groupby([g, p]).cummax().to_numpy()
    overlap = (g[1:] == g[:-1]) & (p[1:] == p[:-1]) & (lo[rows][1:] <= running_hi[:-1])
    if not overlap.any():
        return node
    node = node.copy()
    for i in np.unique(np.flatnonzero(overlap)):
        group, parent = g[i + 1], p[i + 1]
        members = rows[(g == group) & (p == parent)]
        if not (node[members] == parent).all():
            continue  # this group was resolved at an earlier overlap
        node_bounds = None if uniques[parent] == TOTAL else bounds(uniques[parent])
        keep = _tiling(node_bounds, [(int(r), lo[r], hi[r]) for r in members])
        for r in members:
            if keep is None or r not in keep:
                node[r] = -1  # left out of this comparison
    return node


def compare_with_nodes(ctx: CheckContext, rule_id: str, table_id: str, dim: str, gid, node, code_idx, uniques):
    """Findings for every group whose node's value differs from the sum of the cells under it."""
    frame = ctx.cells_table(table_id)
    is_part = node >= 0
    if not is_part.any():
        return
    values = frame["value"].to_numpy(dtype=float)
    flags = frame["flag"].to_numpy()
    excuse = (flags == "C") | (np.isnan(values) & (flags != "Z"))
    width = len(uniques) + 1
    part_rows = np.flatnonzero(is_part)
    group_keys, inverse = np.unique(gid[part_rows] * width + node[part_rows], return_inverse=True)
    found = np.bincount(inverse, weights=np.nan_to_num(values[part_rows]), minlength=len(group_keys))
    excused = np.bincount(inverse, weights=excuse[part_rows].astype(float), minlength=len(group_keys)) > 0
    count = np.bincount(inverse, minlength=len(group_keys))
    node_keys = gid * width + code_idx
    order = np.argsort(node_keys, kind="stable")
    located = np.searchsorted(node_keys[order], group_keys)
    located = np.minimum(located, len(order) - 1)
    node_row = order[located]
    valid = (node_keys[node_row] == group_keys) & ~np.isnan(values[node_row])
    valid &= differs(found, values[node_row])
    if not valid.any():
        return
    positions = frame.index.to_numpy()
    bad_groups = np.flatnonzero(valid)
    severity = tolerance_severity(found[bad_groups] - values[node_row[bad_groups]], values[node_row[bad_groups]],
                                  excused[bad_groups] | excuse[node_row[bad_groups]])
    selected = np.isin(inverse, bad_groups)
    chosen_rows, chosen_groups = part_rows[selected], inverse[selected]
    sort = np.argsort(chosen_groups, kind="stable")
    chosen_rows, chosen_groups = chosen_rows[sort], chosen_groups[sort]
    bounds_of = np.searchsorted(chosen_groups, bad_groups, side="left"), np.searchsorted(chosen_groups, bad_groups, side="right")
    for i, group in enumerate(bad_groups):
        row = int(node_row[group])
        node_pos = int(positions[row])
        expected, total_found = values[row], found[group]
        difference = total_found - expected
        params = {
            "dimension": dim,
            "code": str(uniques[code_idx[row]]),
            "at": ctx.at(node_pos),
            "expected": expected,
            "found": total_found,
            "difference": difference,
            "pct": percent(difference, expected),
            "parts": int(count[group]),
        }
        if severity[i] == "info":
            params["variant"] = "excused"
        members = positions[chosen_rows[bounds_of[0][i]:bounds_of[1][i]]]
        cells = [node_pos, *members.tolist()]
        yield ctx.finding(rule_id, table_id, cells, params, severity=str(severity[i]), key_positions=[node_pos], qualifier=dim)


@rule("ADD-001", "error")
def totals_equal_sum_of_categories(ctx: CheckContext):
    """A total (``_T``) or a region subtotal differs from the sum of its categories along one dimension."""
    for table_id in ctx.table_ids():
        dims = list(ctx.dims(table_id))
        for dim in dims:
            if dim in INTERVAL_DIMENSIONS:
                continue
            code_idx, uniques = ctx.codes(table_id, dim)
            if TOTAL not in uniques and not _has_hierarchy(ctx, dim):
                continue
            gid = ctx.group_ids(table_id, [d for d in dims if d != dim])
            node = nearest_node(gid, code_idx, uniques, codelist_chains(ctx, dim, uniques))
            yield from compare_with_nodes(ctx, "ADD-001", table_id, dim, gid, node, code_idx, uniques)


def _has_hierarchy(ctx: CheckContext, dim: str) -> bool:
    codelist = ctx.schema.codelist(dim)
    return any(c.parent not in (None, "", TOTAL) for c in codelist)


@lru_cache(maxsize=4096)
def _members(text: str) -> tuple[str, ...]:
    """Member codes of a national subtotal: JSON text as stored, or a list's text form."""
    for parse in (json.loads, ast.literal_eval):
        try:
            loaded = parse(text)
        except (ValueError, SyntaxError):
            continue
        if isinstance(loaded, (list, tuple)):
            return tuple(str(m) for m in loaded)
    return tuple(m.strip() for m in text.split(",") if m.strip())


def _expand_members(rows: np.ndarray, texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, member code) pairs for the national rows ``rows`` whose member lists are ``texts``."""
    list_id, distinct = pd.factorize(texts)
    lists = [_members(t) for t in distinct]
    lengths = np.array([len(m) for m in lists], dtype=np.int64)
    flat = np.array([c for m in lists for c in m], dtype=object)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    per_row = lengths[list_id]
    total = int(per_row.sum())
    if total == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=object)
    row_rep = np.repeat(rows, per_row)
    offsets = np.arange(total) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    return row_rep, flat[np.repeat(starts[list_id], per_row) + offsets]


@rule("ADD-002", "error")
def national_subtotals_equal_members(ctx: CheckContext):
    """A national subtotal ("Países limítrofes") differs from the sum of its member countries."""
    for table_id in ctx.table_ids():
        frame = ctx.cells_table(table_id)
        national = frame["kind"].to_numpy() == NATIONAL
        if not national.any():
            continue
        values = frame["value"].to_numpy(dtype=float)
        flags = frame["flag"].to_numpy()
        excuse = (flags == "C") | (np.isnan(values) & (flags != "Z"))
        positions = frame.index.to_numpy()
        member_texts = frame["members"].to_numpy(dtype=object)
        dims = list(ctx.dims(table_id))
        for dim in dims:
            code_idx, uniques = ctx.codes(table_id, dim)
            is_national_code = np.array([str(u).startswith("N:") for u in uniques], dtype=bool)
            rows = np.flatnonzero(national & is_national_code[code_idx])
            if not len(rows):
                continue
            gid = ctx.group_ids(table_id, [d for d in dims if d != dim])
            row_rep, member = _expand_members(rows, member_texts[rows])
            width = len(uniques) + 1
            member_idx = pd.Index(uniques).get_indexer(member)
            ordinary_keys = np.where(national, -1, gid * width + code_idx)
            order = np.argsort(ordinary_keys, kind="stable")
            wanted = np.where(member_idx >= 0, gid[row_rep] * width + member_idx, -2)
            located = np.minimum(np.searchsorted(ordinary_keys[order], wanted), len(order) - 1)
            member_row = order[located]
            present = ordinary_keys[member_row] == wanted
            slot = np.searchsorted(rows, row_rep)  # index of the national row among ``rows``
            found = np.bincount(slot[present], weights=np.nan_to_num(values[member_row[present]]), minlength=len(rows))
            excused = np.bincount(slot[present], weights=excuse[member_row[present]].astype(float), minlength=len(rows)) > 0
            expected = values[rows]
            bad = ~np.isnan(expected) & differs(found, expected)
            if not bad.any():
                continue
            severity = tolerance_severity(found - expected, expected, excused | excuse[rows])
            for k in np.flatnonzero(bad):
                r = rows[k]
                node_pos = int(positions[r])
                mine = slot == k
                difference = found[k] - expected[k]
                params = {
                    "dimension": dim,
                    "code": str(uniques[code_idx[r]]),
                    "at": ctx.at(node_pos),
                    "expected": expected[k],
                    "found": found[k],
                    "difference": difference,
                    "pct": percent(difference, expected[k]),
                    "members": int(mine.sum()),
                    "missing": [str(m) for m in member[mine & ~present]],
                }
                if severity[k] == "info":
                    params["variant"] = "excused"
                cells = [node_pos, *positions[member_row[mine & present]].tolist()]
                yield ctx.finding("ADD-002", table_id, cells, params, severity=str(severity[k]), key_positions=[node_pos], qualifier=dim)


@rule("ADD-003", "error")
def intervals_add_up(ctx: CheckContext):
    """A total or a broad interval of AGE, ARRIVAL or DEPART differs from the sum of the intervals that cover it."""
    for table_id in ctx.table_ids():
        dims = list(ctx.dims(table_id))
        for dim in dims:
            if dim not in INTERVAL_DIMENSIONS:
                continue
            code_idx, uniques = ctx.codes(table_id, dim)
            gid = ctx.group_ids(table_id, [d for d in dims if d != dim])
            node = nearest_node(gid, code_idx, uniques, interval_chains(uniques))
            node = resolve_overlaps(gid, node, code_idx, uniques)
            yield from compare_with_nodes(ctx, "ADD-003", table_id, dim, gid, node, code_idx, uniques)


PART_EQUALS_MIN_OTHERS = 3  # a part is compared with the sum of at least this many other parts
PART_EQUALS_MIN_VALUE = 10  # … that add up to at least this many persons (no coincidence of small counts)
PART_EQUALS_MIN_GROUPS = 2  # … in at least two groups, and in at least half of the groups where it is a part


@rule("ADD-004", "error")
def part_equals_sum_of_others(ctx: CheckContext):
    """One category equals the sum of all the others along a dimension: the published total was read as a part.

    A layout read wrongly (a column of totals under a bare-number header, a
    total row without its word) puts the total among the parts: every group
    then has one part equal to the sum of the others, and the computed
    totals count everybody twice. Published subtotals are not parts: a
    region over its countries, a national subtotal, an interval over the
    intervals inside it.
    """
    for table_id in ctx.table_ids():
        frame = ctx.cells_table(table_id)
        dims = list(ctx.dims(table_id))
        values = frame["value"].to_numpy(dtype=float)
        ordinary = frame["kind"].to_numpy() != NATIONAL
        positions = frame.index.to_numpy()
        for dim in dims:
            code_idx, uniques = ctx.codes(table_id, dim)
            aggregate = _aggregate_codes(ctx, dim, uniques)
            part = ordinary & ~aggregate[code_idx] & np.isfinite(values)
            if part.sum() < PART_EQUALS_MIN_OTHERS + 1:
                continue
            gid = ctx.group_ids(table_id, [d for d in dims if d != dim])
            rows = np.flatnonzero(part)
            group, inverse = np.unique(gid[rows], return_inverse=True)
            sums = np.bincount(inverse, weights=values[rows], minlength=len(group))
            sizes = np.bincount(inverse, minlength=len(group))
            others = sums[inverse] - values[rows]
            hit = ((sizes[inverse] - 1 >= PART_EQUALS_MIN_OTHERS) & (others >= PART_EQUALS_MIN_VALUE)
                   & ~differs(values[rows], others))
            if not hit.any():
                continue
            hit_rows = rows[hit]
            eligible = rows[(sizes[inverse] - 1 >= PART_EQUALS_MIN_OTHERS) & (others >= PART_EQUALS_MIN_VALUE)]
            for index in np.unique(code_idx[hit_rows]):
                mine = hit_rows[code_idx[hit_rows] == index]
                groups_with_parts = len(np.unique(gid[eligible[code_idx[eligible] == index]]))
                # a layout repeats in every group; one group where a part is half the persons is a coincidence
                if len(mine) < PART_EQUALS_MIN_GROUPS or 2 * len(mine) < groups_with_parts:
                    continue
                params = {"dimension": dim, "code": str(uniques[index]), "groups": int(len(mine)),
                          "of_groups": int(groups_with_parts), "at": ctx.at(int(positions[mine[0]])),
                          "value": float(values[mine[0]])}
                yield ctx.finding("ADD-004", table_id, positions[mine].tolist(), params, key_positions=[],
                                  qualifier=f"{dim}={uniques[index]}", limit=500)


def _aggregate_codes(ctx: CheckContext, dim: str, uniques) -> np.ndarray:
    """True for the codes that stand for several others of the table: totals, regions, intervals over intervals."""
    out = np.array([u == TOTAL or str(u).startswith("N:") for u in uniques], dtype=bool)
    if dim in INTERVAL_DIMENSIONS:
        spans = {i: bounds(str(u)) for i, u in enumerate(uniques)}
        for i, (lo, hi) in spans.items():
            if math.isnan(lo):
                continue
            out[i] |= any(j != i and not math.isnan(olo) and lo <= olo and ohi <= hi and (olo, ohi) != (lo, hi)
                          for j, (olo, ohi) in spans.items())
        return out
    codelist = ctx.schema.codelist(dim)
    for i, u in enumerate(uniques):
        code = codelist.get(str(u))
        if code is not None and code.kind in ("region", "subregion", "total"):
            out[i] = True
    return out

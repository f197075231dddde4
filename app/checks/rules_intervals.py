"""Intervals of one table: its age groups and periods must not overlap and must cover the whole range.

An interval that other intervals of the table tile exactly is a published
subtotal (``15+`` over ``15-24``, ``25-64``, ``65+``; ``2000-2009`` over its
two halves) and is left aside; the others — the *leaves* — must not overlap,
and must leave no gap: ages from the lower age of the table's universe up to
an open top group (``85+``), periods of arrival or departure from the first to
the last without a missing year. ``00-14, 10-24, 30-64, 65+`` is an error
twice: ``00-14`` and ``10-24`` overlap, and 25 to 29 are missing. A gap is
not an error where the table's published total over the dimension equals
the sum of its intervals: nobody is in it (a tabulation writes no cell for
an age group without persons).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.checks.context import TOTAL, CheckContext, differs
from app.checks.intervals import INTERVAL_DIMENSIONS, bounds
from app.checks.registry import rule


def _subtotals(spans: dict[str, tuple[float, float]]) -> set[str]:
    """The intervals that the intervals strictly inside them tile without overlap or gap."""
    out = set()
    for code, (lo, hi) in spans.items():
        inside = sorted((olo, ohi) for other, (olo, ohi) in spans.items()
                        if other != code and lo <= olo and ohi <= hi and (olo, ohi) != (lo, hi))
        if not inside:
            continue
        leaves = [s for s in inside if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in inside)]
        position, ok = lo, True
        for slo, shi in leaves:
            if slo != position:
                ok = False
                break
            position = shi + 1
        if ok and (position == hi + 1 or (math.isinf(hi) and math.isinf(leaves[-1][1]))):
            out.add(code)
    return out


def interval_problems(codes, start: float | None = None, open_top: bool = False) -> list[dict]:
    """What is wrong with a table's intervals: ``{"kind": "overlap"|"gap", ...}`` entries, [] when nothing.

    ``start`` is where the intervals must begin (the universe's lower age);
    ``open_top`` asks for an open last interval (``85+``).
    """
    spans = {}
    for code in codes:
        if code in ("", TOTAL, "UNK"):
            continue
        lo, hi = bounds(code)
        if not math.isnan(lo):
            spans[code] = (lo, hi)
    if not spans:
        return []
    subtotals = _subtotals(spans)
    leaves = sorted(((lo, hi), code) for code, (lo, hi) in spans.items() if code not in subtotals)
    problems: list[dict] = []
    # overlaps between leaves, and between a leaf and an interval that is not a subtotal of its own
    for i, ((lo, hi), code) in enumerate(leaves):
        for (olo, ohi), other in leaves[i + 1:]:
            if olo <= hi and lo <= ohi:
                problems.append({"kind": "overlap", "codes": [code, other]})
    covered = []
    for (lo, hi), _code in leaves:
        if covered and lo <= covered[-1][1] + 1:
            covered[-1] = (covered[-1][0], max(covered[-1][1], hi))
        else:
            covered.append((lo, hi))
    for (_, hi), (lo, _) in zip(covered, covered[1:]):
        problems.append({"kind": "gap", "low": _shown(hi + 1), "high": _shown(lo - 1)})
    if start is not None and covered[0][0] > start and not math.isinf(covered[0][0]):
        problems.append({"kind": "gap", "low": _shown(start), "high": _shown(covered[0][0] - 1)})
    if open_top and not math.isinf(covered[-1][1]):
        problems.append({"kind": "top", "high": _shown(covered[-1][1])})
    return problems


def leaf_codes(codes) -> list[str]:
    """The intervals among ``codes`` that are not a published subtotal of others."""
    spans = {c: bounds(c) for c in codes if c not in ("", TOTAL, "UNK") and not math.isnan(bounds(c)[0])}
    subtotals = _subtotals(spans)
    return [c for c in spans if c not in subtotals]


def _nobody_missing(ctx: CheckContext, table_id: str, dim: str, codes) -> bool:
    """True when, in every group with a published total over ``dim``, the total equals the sum of its intervals."""
    frame = ctx.cells_table(table_id)
    others = [d for d in ctx.dims(table_id) if d != dim]
    column = frame[dim].to_numpy(dtype=object)
    values = frame["value"].to_numpy(dtype=float)
    is_total = column == TOTAL
    if not is_total.any():
        return False
    gid = ctx.group_ids(table_id, others)
    parts = np.isin(column, [*leaf_codes(codes), "UNK"])
    groups, inverse = np.unique(gid, return_inverse=True)
    sums = np.bincount(inverse[parts], weights=np.nan_to_num(values[parts]), minlength=len(groups))
    counted = np.bincount(inverse[parts], minlength=len(groups)) > 0
    rows = np.flatnonzero(is_total)
    with_parts = counted[inverse[rows]]
    if not with_parts.any():
        return False
    rows = rows[with_parts]
    return not differs(sums[inverse[rows]], values[rows]).any()


def _shown(number: float) -> str:
    return str(int(number))


@rule("LOG-005", "error")
def intervals_partition(ctx: CheckContext):
    """The age groups or periods of a table overlap (and are not a published subtotal of others) or leave a gap."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        for dim in ctx.dims(table_id):
            if dim not in INTERVAL_DIMENSIONS:
                continue
            codes = [c for c in pd.unique(frame[dim].to_numpy(dtype=object)) if c not in ("", TOTAL, "UNK")]
            if not codes:
                continue
            if dim == "AGE":
                problems = interval_problems(codes, start=ctx.min_ages.get(table_id, 0), open_top=True)
            else:
                problems = interval_problems(codes)
            column = frame[dim].to_numpy(dtype=object)
            if any(p["kind"] != "overlap" for p in problems) and _nobody_missing(ctx, table_id, dim, codes):
                problems = [p for p in problems if p["kind"] == "overlap"]
            for problem in problems:
                if problem["kind"] == "overlap":
                    involved = problem["codes"]
                    params = {"dimension": dim, "codes": involved, "first": involved[0], "second": involved[1],
                              "variant": "overlap"}
                    qualifier = f"{dim}:overlap:{'/'.join(involved)}"
                elif problem["kind"] == "gap":
                    involved = []
                    params = {"dimension": dim, "low": problem["low"], "high": problem["high"], "variant": "gap"}
                    qualifier = f"{dim}:gap:{problem['low']}-{problem['high']}"
                else:
                    involved = []
                    params = {"dimension": dim, "high": problem["high"], "variant": "top"}
                    qualifier = f"{dim}:top"
                mask = pd.Series(column).isin(involved or codes).to_numpy()
                yield ctx.bulk_finding("LOG-005", table_id, frame.index[mask], params, qualifier=qualifier)

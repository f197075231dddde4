"""Logic: cells that cannot exist given the census and the table's universe."""

from __future__ import annotations

import numpy as np

from app.checks.context import CheckContext
from app.checks.intervals import bounds_arrays
from app.checks.registry import rule

PERIOD_DIMENSIONS = ("ARRIVAL", "DEPART")


@rule("LOG-001", "error")
def period_after_census(ctx: CheckContext):
    """A period of arrival or departure ends after the census year."""
    if ctx.census_year is None:
        return
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        for dim in PERIOD_DIMENSIONS:
            codes = frame[dim].to_numpy(dtype=object)
            if not (codes != "").any():
                continue
            _, hi = bounds_arrays(codes)
            with np.errstate(invalid="ignore"):
                late = np.isfinite(hi) & (hi > ctx.census_year)
            for code in sorted(set(codes[late])):
                positions = frame.index[late & (codes == code)]
                yield ctx.finding(
                    "LOG-001", table_id, positions, {"dimension": dim, "code": code, "census_year": str(ctx.census_year), "count": len(positions)},
                    key_positions=[], qualifier=f"{dim}={code}",
                )


@rule("LOG-002", "error")
def t03_women_only(ctx: CheckContext):
    """T03 counts women only: a SEX code other than 2 (female) appears in it."""
    if "T03" not in ctx.table_ids():
        return
    frame = ctx.table("T03")
    sex = frame["SEX"].to_numpy(dtype=object)
    wrong = (sex != "") & (sex != "2")
    if wrong.any():
        yield ctx.bulk_finding("LOG-002", "T03", frame.index[wrong], {"codes": sorted(set(sex[wrong])), "dimension": "SEX"})


@rule("LOG-003", "error")
def ages_below_universe(ctx: CheckContext):
    """A table whose universe starts at an age (15+, 5+) has persons counted below that age."""
    for table_id in ctx.table_ids():
        min_age = ctx.min_ages.get(table_id, 0)
        if min_age <= 0:
            continue
        frame = ctx.table(table_id)
        codes = frame["AGE"].to_numpy(dtype=object)
        if not (codes != "").any():
            continue
        lo, _ = bounds_arrays(codes)
        values = frame["value"].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            young = np.isfinite(lo) & (lo < min_age) & ~(values == 0)
        if young.any():
            yield ctx.bulk_finding(
                "LOG-003", table_id, frame.index[young],
                {"min_age": min_age, "codes": sorted(set(codes[young])), "dimension": "AGE"},
            )

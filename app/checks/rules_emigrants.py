"""T11, the emigrants households report: departures inside the reference period, plausible ages, sex ratios.

T11's reference period is the census's question ("left since 2012"), kept in
the metadata as ``t11_reference_period`` (``{"from": 2012, "to": 2024}``;
``to`` defaults to the census year). Additivity, the code lists and the
periods after the census are checked as for every table.
"""

from __future__ import annotations

import math

import numpy as np

from app.checks.context import TOTAL, CheckContext
from app.checks.intervals import bounds_arrays
from app.checks.registry import rule
from app.checks.rules_plausibility import SEX_RATIO_MIN_STOCK, SEX_RATIO_RANGE, _by_code, _positions_by_code

TABLE = "T11"
# Ages at departure: emigrants leave mostly as young adults. Shares of those whose age is known.
YOUNG_AGE, YOUNG_SHARE = 15, 0.30  # more than 30 % left as children under 15
OLD_AGE, OLD_SHARE = 65, 0.10  # more than 10 % left aged 65 or over
AGE_MIN_STOCK = 100


def reference_period(ctx: CheckContext) -> tuple[int, int] | None:
    """(first, last) year of T11's reference period from the metadata, or None when none is recorded."""
    from app.tabulate.emigrants import parse_period
    from app.tabulate.issues import TabulateError

    raw = ctx.metadata.get("t11_reference_period")
    if isinstance(raw, str) and raw.strip().startswith("{"):
        import json

        try:
            raw = json.loads(raw)
        except ValueError:
            return None
    try:
        period = parse_period(raw)
    except TabulateError:
        return None
    if period is None:
        return None
    end = period.end if period.end is not None else ctx.census_year
    return period.start, int(end) if end is not None else 10**6


@rule("LOG-004", "error")
def departures_inside_reference_period(ctx: CheckContext):
    """T11 counts a period of departure outside its reference period, or the period is not recorded (warning)."""
    if TABLE not in ctx.table_ids():
        return
    frame = ctx.table(TABLE)
    period = reference_period(ctx)
    if period is None:
        yield ctx.bulk_finding("LOG-004", TABLE, frame.index[:1], {"variant": "no_period"}, qualifier="no_period",
                               severity="warning")
        return
    start, end = period
    codes = frame["DEPART"].to_numpy(dtype=object)
    lo, hi = bounds_arrays(codes)
    values = frame["value"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        outside = ~np.isnan(lo) & ((lo < start) | (hi > end)) & ~(values == 0)
    for code in sorted(set(codes[outside])):
        positions = frame.index[outside & (codes == code)]
        yield ctx.bulk_finding("LOG-004", TABLE, positions,
                               {"dimension": "DEPART", "code": code, "start": str(start),
                                "end": str(end) if end < 10**6 else ""}, qualifier=f"DEPART={code}")


@rule("PLA-006", "warning")
def sex_ratio_per_destination(ctx: CheckContext):
    """The sex ratio (men per 100 women) of the emigrants to a country of residence with 1,000 or more is outside 50–200."""
    if TABLE not in ctx.table_ids():
        return
    margin = ctx.margin(TABLE, ["COR", "SEX"])
    if margin.empty:
        return
    sexes = margin["SEX"].to_numpy()
    men_f, women_f, total_f = margin[sexes == "1"], margin[sexes == "2"], margin[sexes == TOTAL]
    men, women, total = (_by_code(f, "COR") for f in (men_f, women_f, total_f))
    codes = men.index.intersection(women.index)
    places = ctx.schema.codelist("COR")
    codes = codes[[(places.get(str(c)) is not None and places.get(str(c)).kind in ("country", "historic"))
                   for c in codes]]
    if codes.empty:
        return
    men, women = men.reindex(codes), women.reindex(codes)
    stock = total.reindex(codes).fillna(men + women)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = men / women * 100
    outside = (stock >= SEX_RATIO_MIN_STOCK) & ((ratio < SEX_RATIO_RANGE[0]) | (ratio > SEX_RATIO_RANGE[1]))
    men_pos, women_pos, total_pos = (_positions_by_code(f, "COR") for f in (men_f, women_f, total_f))
    for code in codes[outside.to_numpy()]:
        cells = [men_pos[code], women_pos[code]] + ([total_pos[code]] if code in total_pos else [])
        params = {"dimension": "COR", "code": code, "at": {"COR": code},
                  "ratio": round(float(ratio[code]), 1) if np.isfinite(ratio[code]) else None,
                  "men": men[code], "women": women[code], "stock": stock[code]}
        if women[code] == 0:
            params["variant"] = "no_women"
        yield ctx.finding("PLA-006", TABLE, cells, params, key_positions=cells[:2], qualifier="COR")


@rule("PLA-007", "warning")
def ages_at_departure(ctx: CheckContext):
    """T11's ages at departure are implausible: over 30 % left as children under 15, or over 10 % aged 65 or more."""
    if TABLE not in ctx.table_ids():
        return
    margin = ctx.margin(TABLE, ["AGE"])
    codes = margin["AGE"].to_numpy(dtype=object)
    lo, hi = bounds_arrays(codes)
    values = margin["value"].to_numpy(dtype=float)
    known = ~np.isnan(lo) & np.isfinite(values)
    if not known.any():
        return
    # the leaves only (a published 15+ is not counted twice)
    spans = list(zip(lo, hi))
    leaf = np.array([k and not any(j != i and known[j] and spans[i][0] <= spans[j][0] and spans[j][1] <= spans[i][1]
                                   and spans[j] != spans[i] for j in range(len(spans)))
                     for i, k in enumerate(known)], dtype=bool)
    total = float(values[leaf].sum())
    if total < AGE_MIN_STOCK:
        return
    positions = margin.index.to_numpy()
    with np.errstate(invalid="ignore"):
        young = leaf & (hi < YOUNG_AGE)
        old = leaf & (lo >= OLD_AGE)
    for variant, mask, limit, age in (("young", young, YOUNG_SHARE, YOUNG_AGE), ("old", old, OLD_SHARE, OLD_AGE)):
        share = float(values[mask].sum()) / total
        if mask.any() and share > limit and not math.isclose(share, limit):
            params = {"variant": variant, "dimension": "AGE", "pct": round(share * 100, 1),
                      "limit": round(limit * 100), "age": str(age), "count": float(values[mask].sum()),
                      "total": total, "codes": [str(c) for c in codes[mask]]}
            yield ctx.finding("PLA-007", TABLE, positions[mask].tolist(), params, key_positions=[],
                              qualifier=variant)

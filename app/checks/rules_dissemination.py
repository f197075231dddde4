"""Dissemination: what IMILA will not publish as it stands."""

from __future__ import annotations

import numpy as np

from app.checks.context import TOTAL, CheckContext
from app.checks.registry import rule
from app.checks.rules_plausibility import stock_table

PUBLICATION_THRESHOLD = 500


@rule("DIS-001", "info")
def small_stocks(ctx: CheckContext):
    """Countries of birth with 500 persons or fewer: below IMILA's publication threshold."""
    table_id = stock_table(ctx)
    if table_id is None:
        return
    margin = ctx.margin(table_id, ["COB"])
    codes = margin["COB"].to_numpy(dtype=object)
    values = margin["value"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        small = (values <= PUBLICATION_THRESHOLD) & ~np.isin(codes, (TOTAL, "UNK", "")) & (margin["kind"].to_numpy() != "national")
    if small.any():
        order = np.argsort(values[small], kind="stable")
        positions = margin.index[small][order]
        yield ctx.finding(
            "DIS-001", table_id, positions,
            {"count": int(small.sum()), "threshold": PUBLICATION_THRESHOLD, "codes": list(codes[small][order])},
            key_positions=[], qualifier="COB",
        )

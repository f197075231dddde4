"""Structure: every observation is a well-formed cell of a known table.

All structure findings are errors: they block the export because CELADE
could not read the cell. Findings group the cells of one table (and one
dimension) so that a wrongly mapped column gives one finding, not thousands.
"""

from __future__ import annotations

import numpy as np

from app.checks.context import CheckContext
from app.checks.registry import rule

VALID_FLAGS = ("A", "E", "C", "M", "Z")
NATIONAL = "national"


@rule("STR-001", "error")
def unknown_table(ctx: CheckContext):
    """Observations carry a table id that the schema does not define."""
    for table_id in ctx.unknown_table_ids():
        positions = ctx._positions[table_id]
        yield ctx.bulk_finding("STR-001", table_id, positions, {"table": table_id, "known": ", ".join(ctx.schema.tables)})


@rule("STR-002", "error")
def missing_dimension_code(ctx: CheckContext):
    """A dimension the table requires is empty in some cells."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        for dim in ctx.dims(table_id):
            empty = frame.index[frame[dim].to_numpy() == ""]
            if len(empty):
                yield ctx.bulk_finding("STR-002", table_id, empty, {"dimension": dim}, qualifier=dim)


@rule("STR-003", "error")
def code_not_in_list(ctx: CheckContext):
    """A cell carries a code that its dimension's code list does not have."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        for dim in ctx.dims(table_id):
            codelist = ctx.schema.codelist(dim)
            column = frame[dim]
            uniques = column.unique()
            bad = [c for c in uniques if c != "" and not c.startswith("N:") and not codelist.is_valid(c)]
            # A national subtotal ("N:Países limítrofes") is valid only as such.
            national_misused = [c for c in uniques if c.startswith("N:")]
            mask = column.isin(bad).to_numpy().copy()
            if national_misused:
                mask |= column.isin(national_misused).to_numpy() & (frame["kind"].to_numpy() != NATIONAL)
            for code in sorted(set(column[mask])):
                positions = frame.index[mask & (column.to_numpy() == code)]
                yield ctx.bulk_finding("STR-003", table_id, positions, {"dimension": dim, "code": code}, qualifier=f"{dim}={code}")


@rule("STR-004", "error")
def code_in_foreign_dimension(ctx: CheckContext):
    """A cell has a code in a dimension its table does not have (T03's SEX is left to LOG-002)."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        own = set(ctx.dims(table_id))
        for dim in ctx.dimension_ids:
            if dim in own or (table_id == "T03" and dim == "SEX"):
                continue
            used = frame.index[frame[dim].to_numpy() != ""]
            if len(used):
                yield ctx.bulk_finding("STR-004", table_id, used, {"dimension": dim}, qualifier=dim)


@rule("STR-005", "error")
def duplicate_cells(ctx: CheckContext):
    """The same cell (same codes in every dimension of the table) appears more than once."""
    for table_id in ctx.table_ids():
        duplicated = ctx.duplicate_mask(table_id)
        if not duplicated.any():
            continue
        subset = [*ctx.dims(table_id), "kind"]
        dup = ctx.table(table_id)[duplicated]
        for _, group in dup.groupby(subset, sort=True):
            positions = list(group.index)
            values = group["value"].to_numpy(dtype=float)
            params = {"count": len(positions), "at": ctx.at(positions[0]), "same_value": bool(np.all(values == values[0]))}
            yield ctx.finding("STR-005", table_id, positions, params, key_positions=positions[:1])


@rule("STR-006", "error")
def negative_values(ctx: CheckContext):
    """A count is negative."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        negative = frame.index[frame["value"].to_numpy(dtype=float) < 0]
        if len(negative):
            yield ctx.bulk_finding("STR-006", table_id, negative, {"minimum": float(frame.loc[negative, "value"].min())})


@rule("STR-007", "error")
def fractional_values(ctx: CheckContext):
    """A count has decimals but is not flagged E (estimated from a weighted sample)."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        values = frame["value"].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            fractional = np.isfinite(values) & (values != np.round(values))
        fractional &= frame["flag"].to_numpy() != "E"
        positions = frame.index[fractional]
        if len(positions):
            yield ctx.bulk_finding("STR-007", table_id, positions, {"example": float(values[fractional][0])})


# No census counts more persons than this: above it a figure is a misread cell, never a population.
MAX_PERSONS = 2_000_000_000


def _population_ceiling(ctx: CheckContext) -> tuple[float, str]:
    """The largest count any cell may hold: the country's total population where T00 gives it, else 2×10^9."""
    if "T00" in ctx.table_ids():
        frame = ctx.table("T00")
        dims = [c for c in ("NATIVITY", "SEX", "AGE") if c in frame.columns]
        total = frame
        for dim in dims:
            total = total[total[dim].astype(str) == "_T"]
        values = total["value"].to_numpy(dtype=float)
        values = values[np.isfinite(values) & (values > 0) & (values <= MAX_PERSONS)]
        if values.size:
            return float(values.max()), "T00"
    return float(MAX_PERSONS), ""


@rule("STR-009", "error")
def impossible_counts(ctx: CheckContext):
    """A count is not finite, or larger than the country's population (T00) or than 2×10^9 persons."""
    ceiling, source = _population_ceiling(ctx)
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        values = frame["value"].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            bad = np.isinf(values) | (np.isfinite(values) & (np.abs(values) > ceiling))
        positions = frame.index[bad]
        if len(positions):
            largest = values[bad]
            finite = largest[np.isfinite(largest)]
            example = f"{float(finite.max()):.6g}" if finite.size else "inf"
            yield ctx.bulk_finding("STR-009", table_id, positions,
                                   {"example": example, "ceiling": f"{ceiling:,.0f}".replace(",", " "),
                                    "ceiling_source": "population" if source else "limit"})


@rule("STR-008", "error")
def bad_flags(ctx: CheckContext):
    """A flag is not one of A, E, C, M, Z, or a cell without a value is not flagged C, M or Z."""
    for table_id in ctx.table_ids():
        frame = ctx.table(table_id)
        flags = frame["flag"].to_numpy()
        unknown = ~np.isin(flags, VALID_FLAGS)
        no_value = np.isnan(frame["value"].to_numpy(dtype=float)) & np.isin(flags, ("A", "E"))
        if unknown.any():
            found = sorted(set(flags[unknown]))
            yield ctx.bulk_finding("STR-008", table_id, frame.index[unknown], {"flags": ", ".join(found)}, qualifier="flag")
        if no_value.any():
            yield ctx.bulk_finding("STR-008", table_id, frame.index[no_value], {"variant": "no_value"}, qualifier="no_value")

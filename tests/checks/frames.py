"""Small observation frames for the check tests, in the store's column layout."""

from __future__ import annotations

import json
from itertools import product

import numpy as np
import pandas as pd

from app.models.schema import load_schema


def obs_frame(rows: list[dict]) -> pd.DataFrame:
    """An observations frame like ``Project.observations()`` from short dicts.

    Each dict has ``table_id`` (default T01), dimension codes, ``value`` and
    optionally ``flag``, ``kind``, ``members`` (list), ``lineage``.
    """
    dims = load_schema().all_dimension_ids
    out = []
    for i, row in enumerate(rows, start=1):
        members = row.get("members")
        out.append(
            {
                "id": row.get("id", i),
                "table_id": row.get("table_id", "T01"),
                **{d: str(row.get(d, "")) for d in dims},
                "value": np.nan if row.get("value") is None else float(row["value"]),
                "flag": row.get("flag", "A"),
                "kind": row.get("kind", ""),
                "members": json.dumps(members) if members else "",
                "source_id": 1,
                "mapping_id": 1,
                "lineage": row.get("lineage", f"Sheet!A{i}"),
            }
        )
    return pd.DataFrame(out, columns=["id", "table_id", *dims, "value", "flag", "kind", "members", "source_id", "mapping_id", "lineage"])


def cube(table_id: str, values: dict[tuple, float], dims: tuple[str, ...]) -> list[dict]:
    """Rows for ``{(code, code, …): value}`` over ``dims``."""
    return [{"table_id": table_id, **dict(zip(dims, key)), "value": value} for key, value in values.items()]


def full_table(table_id: str, dims: tuple[str, ...], leaves: dict[str, list[str]], value_of) -> list[dict]:
    """A complete, additive table: every combination of leaves plus every ``_T`` margin.

    ``value_of(codes)`` gives the value of a leaf combination (dict dim → code).
    """
    leaf_values = {}
    for combo in product(*(leaves[d] for d in dims)):
        leaf_values[combo] = float(value_of(dict(zip(dims, combo))))
    rows = {}
    for mask in product((False, True), repeat=len(dims)):
        for combo, value in leaf_values.items():
            key = tuple("_T" if m else c for m, c in zip(mask, combo))
            rows[key] = rows.get(key, 0.0) + value
    return cube(table_id, rows, dims)


def frame_findings(findings, rule=None, severity=None):
    return [f for f in findings if (rule is None or f.rule == rule) and (severity is None or f.severity == severity)]

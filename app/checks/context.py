"""What every rule sees: the observations (normalised once), the schema, the metadata.

The context also builds findings, so that every rule writes its cells, keys
and severities the same way: cells carry the table's dimension codes, the
observation id, the lineage and the value; keys are built from cell codes,
never from observation ids.
"""

from __future__ import annotations

import json
import math
from functools import cached_property
from typing import Iterable

import numpy as np
import pandas as pd

from app.checks.findings import CELL_LIMIT, Finding, cell_code, clean_number, make_key

TOTAL = "_T"
# Additivity and consistency tolerance (schema): under both limits a
# difference is a warning that needs an explanation, otherwise an error.
TOLERANCE_PERSONS = 50
TOLERANCE_SHARE = 0.005
_BASE_COLUMNS = ("id", "table_id", "value", "flag", "kind", "members", "source_id", "mapping_id", "lineage")


def _as_int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _as_dict(value) -> dict:
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.strip():
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def tolerance_severity(difference, total, excused) -> np.ndarray:
    """Severity per compared pair: info when excused by confidential cells, warning within tolerance, else error."""
    difference = np.abs(np.asarray(difference, dtype=float))
    total = np.abs(np.asarray(total, dtype=float))
    within = (difference < TOLERANCE_PERSONS) & (difference < TOLERANCE_SHARE * total)
    return np.where(np.asarray(excused, dtype=bool), "info", np.where(within, "warning", "error"))


def differs(found, expected) -> np.ndarray:
    """True where two counts differ by more than rounding noise of float sums."""
    found = np.asarray(found, dtype=float)
    expected = np.asarray(expected, dtype=float)
    scale = np.maximum(1.0, np.maximum(np.abs(found), np.abs(expected)))
    return np.abs(found - expected) > 1e-7 * scale


def percent(difference: float, total: float) -> float | None:
    if not total or math.isnan(total):
        return None
    return round(abs(difference) / abs(total) * 100, 2)


class CheckContext:
    """Observations, schema and metadata of one check run, with the tools every rule shares."""

    def __init__(self, observations: pd.DataFrame, metadata: dict | None, schema):
        self.schema = schema
        self.metadata = dict(metadata or {})
        self.census_year = _as_int(self.metadata.get("census_year"))
        self.dimension_ids = tuple(schema.all_dimension_ids)
        self.obs = self._normalise(observations)
        self.min_ages = {t: td.min_age for t, td in schema.tables.items()}
        for table_id, age in _as_dict(self.metadata.get("min_ages")).items():
            if _as_int(age) is not None:
                self.min_ages[str(table_id)] = _as_int(age)
        n = len(self.obs)
        self._ids = self.obs["id"].to_numpy()
        self._values = self.obs["value"].to_numpy(dtype=float)
        self._lineage = self.obs["lineage"].to_numpy(dtype=object)
        self._tables = self.obs["table_id"].to_numpy(dtype=object)
        self._dim_arrays = {d: self.obs[d].to_numpy(dtype=object) for d in self.dimension_ids}
        self._positions = {str(t): np.asarray(p) for t, p in self.obs.groupby("table_id", sort=False).indices.items()} if n else {}

    # -- the observations ------------------------------------------------
    def _normalise(self, observations: pd.DataFrame) -> pd.DataFrame:
        obs = observations.reset_index(drop=True).copy()
        n = len(obs)
        if "id" not in obs:
            obs["id"] = np.arange(1, n + 1)
        for column in ("table_id", "flag", "kind", "members", "lineage", *self.dimension_ids):
            if column not in obs:
                obs[column] = ""
            obs[column] = obs[column].fillna("").astype(str).astype(object)
        obs["flag"] = obs["flag"].where(obs["flag"] != "", "A")
        obs["value"] = pd.to_numeric(obs["value"], errors="coerce").astype(float) if "value" in obs else np.nan
        obs["id"] = pd.to_numeric(obs["id"], errors="coerce").fillna(-1).astype(np.int64)
        return obs

    def table_ids(self) -> list[str]:
        """Tables present in the observations that the schema knows, in schema order."""
        return [t for t in self.schema.tables if t in self._positions]

    def unknown_table_ids(self) -> list[str]:
        return sorted(t for t in self._positions if t not in self.schema.tables)

    def dims(self, table_id: str) -> tuple[str, ...]:
        table = self.schema.tables.get(table_id)
        if table is not None:
            return table.dimensions
        return tuple(d for d in self.dimension_ids if (self.table(table_id)[d] != "").any())

    def table(self, table_id: str) -> pd.DataFrame:
        """Rows of one table (index = position in ``obs``)."""
        return self._table_frames.get(table_id, self.obs.iloc[0:0])

    @cached_property
    def _table_frames(self) -> dict[str, pd.DataFrame]:
        return {t: self.obs.iloc[p] for t, p in self._positions.items()}

    def cells_table(self, table_id: str) -> pd.DataFrame:
        """Rows of one table with each cell once (duplicates, reported by STR-005, keep their first row)."""
        if table_id not in self._unique_frames:
            self._unique_frames[table_id] = self._dedupe(table_id)
        return self._unique_frames[table_id]

    @cached_property
    def _unique_frames(self) -> dict[str, pd.DataFrame]:
        return {}

    def _dedupe(self, table_id: str) -> pd.DataFrame:
        frame = self.table(table_id)
        dims = list(self.dims(table_id))
        if frame.empty or not dims:
            self._duplicates[table_id] = np.zeros(len(frame), dtype=bool)
            return frame
        cell = np.zeros(len(frame), dtype=np.int64)
        for column in (*dims, "kind"):
            integers, uniques = pd.factorize(frame[column].to_numpy(dtype=object))
            if column != "kind":
                self._full_codes[(table_id, column)] = (integers.astype(np.int64), np.asarray(uniques, dtype=object))
            cell = cell * (len(uniques) + 1) + integers
        distinct, first_rows, inverse, counts = np.unique(cell, return_index=True, return_inverse=True, return_counts=True)
        self._duplicates[table_id] = counts[inverse] > 1
        if len(distinct) == len(frame):
            return frame
        first = np.zeros(len(frame), dtype=bool)
        first[first_rows] = True
        for column in dims:  # the codes must index the deduplicated rows
            self._full_codes.pop((table_id, column), None)
        return frame[first]

    @cached_property
    def _full_codes(self) -> dict:
        return {}

    @cached_property
    def _duplicates(self) -> dict[str, np.ndarray]:
        return {}

    def duplicate_mask(self, table_id: str) -> np.ndarray:
        """Over ``table(table_id)``: True for every row whose cell appears more than once."""
        self.cells_table(table_id)
        return self._duplicates[table_id]

    def is_total(self, table_id: str, dim: str) -> np.ndarray:
        """Over ``cells_table(table_id)``: True where ``dim`` is at ``_T``."""
        integers, uniques = self.codes(table_id, dim)
        where = np.flatnonzero(uniques == TOTAL)
        return integers == where[0] if len(where) else np.zeros(len(integers), dtype=bool)

    def margin_mask(self, table_id: str, keep: Iterable[str]) -> np.ndarray:
        """Over ``cells_table(table_id)``: True where every dimension except ``keep`` is at ``_T``."""
        keep = set(keep)
        mask = np.ones(len(self.cells_table(table_id)), dtype=bool)
        for dim in self.dims(table_id):
            if dim not in keep:
                mask &= self.is_total(table_id, dim)
        return mask

    def codes(self, table_id: str, dim: str) -> tuple[np.ndarray, np.ndarray]:
        """Integer codes of ``dim`` over ``cells_table(table_id)`` and the distinct codes they index."""
        key = (table_id, dim)
        if key not in self._code_cache:
            frame = self.cells_table(table_id)
            if key in self._full_codes:
                self._code_cache[key] = self._full_codes[key]
            else:
                integers, uniques = pd.factorize(frame[dim].to_numpy(dtype=object))
                self._code_cache[key] = (integers.astype(np.int64), np.asarray(uniques, dtype=object))
        return self._code_cache[key]

    @cached_property
    def _code_cache(self) -> dict:
        return {}

    def group_ids(self, table_id: str, dims: Iterable[str]) -> np.ndarray:
        """One integer per combination of ``dims`` over ``cells_table(table_id)`` (not compact)."""
        gid = np.zeros(len(self.cells_table(table_id)), dtype=np.int64)
        for dim in dims:
            integers, uniques = self.codes(table_id, dim)
            gid = gid * (len(uniques) + 1) + integers
        return gid

    def margin(self, table_id: str, keep: Iterable[str]) -> pd.DataFrame:
        """Published cells of ``table_id`` where every dimension except ``keep`` is at ``_T``."""
        frame = self.cells_table(table_id)
        keep = list(keep)
        if frame.empty or any(k not in self.dims(table_id) for k in keep):
            return frame.iloc[0:0]
        key = (table_id, tuple(sorted(keep)))
        if key not in self._margins:
            self._margins[key] = frame[self.margin_mask(table_id, keep)]
        return self._margins[key]

    @cached_property
    def _margins(self) -> dict:
        return {}

    # -- building findings -----------------------------------------------
    def cell(self, position: int) -> dict:
        """The finding cell of the observation at ``position``."""
        table_id = str(self._tables[position])
        out = {"table_id": table_id}
        for dim in self.dims(table_id):
            out[dim] = self._dim_arrays[dim][position] if dim in self._dim_arrays else ""
        out["obs_id"] = int(self._ids[position])
        out["lineage"] = str(self._lineage[position])
        out["value"] = clean_number(self._values[position])
        return out

    def cells(self, positions: Iterable[int], limit: int | None = None) -> list[dict]:
        positions = list(positions)
        if limit is not None:
            positions = positions[:limit]
        return [self.cell(int(p)) for p in positions]

    def code_of(self, position: int) -> str:
        table_id = str(self._tables[position])
        return cell_code({"table_id": table_id, **{d: self._dim_arrays[d][position] for d in self.dims(table_id)}}, self.dims(table_id))

    def at(self, position: int, skip: Iterable[str] = ()) -> dict:
        """``{dimension: code}`` of a cell, for messages."""
        table_id = str(self._tables[position])
        skip = set(skip)
        return {d: self._dim_arrays[d][position] for d in self.dims(table_id) if d not in skip}

    def finding(
        self,
        rule_id: str,
        table_id: str | None,
        positions: Iterable[int],
        params: dict,
        severity: str | None = None,
        key_positions: Iterable[int] | None = None,
        qualifier: str = "",
        limit: int | None = None,
    ) -> Finding:
        """A finding over the cells at ``positions``; its key uses ``key_positions`` (default: all cells)."""
        from app.checks.registry import RULES

        positions = [int(p) for p in positions]
        key_positions = positions if key_positions is None else [int(p) for p in key_positions]
        params = {k: clean_number(v) if isinstance(v, (float, np.floating, np.integer)) else v for k, v in params.items()}
        if limit is not None and len(positions) > limit:
            params.setdefault("count", len(positions))
        return Finding(
            rule=rule_id,
            severity=severity or RULES[rule_id].severity,
            table_id=table_id,
            cells=self.cells(positions, limit),
            params=params,
            key=make_key(rule_id, table_id, [self.code_of(p) for p in key_positions], qualifier),
        )

    def bulk_finding(self, rule_id: str, table_id: str | None, positions, params: dict, qualifier: str = "", severity=None) -> Finding:
        """One finding for many cells of a table (key: rule, table, qualifier; cells capped)."""
        positions = [int(p) for p in positions]
        params = {"count": len(positions), **params}
        finding = self.finding(rule_id, table_id, positions, params, severity, key_positions=[], qualifier=qualifier, limit=CELL_LIMIT)
        return finding

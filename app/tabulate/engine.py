"""Microdata → IMILA tables with DuckDB: the tabulation engine.

``tabulate_frame(data, recipe)`` reads a person file (or a DataFrame) and
returns every IMILA table the recipe's variables allow, with all ``_T``
totals, as observations; ``tabulate(project, path, recipe)`` does the same
and writes them into the project in one transaction.

How (see ``sql.py``): one pass over the file groups the records by the raw
value of every bound variable (``raw``: a few thousand native profiles and
about one row per foreign-born person); the reduced values (age groups,
bands) are computed on that small table (the "cube"); the few distinct
values of each variable are mapped to IMILA codes in Python (``codes.py``);
each table is then one ``GROUP BY CUBE`` over the mapped cube. A CSV's
numeric variables are read as numbers, and the file again as text when one
value further on is not a number. DuckDB streams the file and spills to a
temporary folder beyond ``memory_limit``; when the intermediate tables
themselves outgrow it the run starts again with them in a database file.
The pass reports progress and stops at once when the user cancels
(``connection.interrupt()``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.errors import Cancelled
from app.models.schema import Schema, TableDef, load_schema
from app.tabulate import codes as C
from app.tabulate.issues import TabulateError, TabulationIssue
from app.tabulate.recipe import CONCEPTS, Recipe, VarSpec, load_recipe, norm_value
from app.tabulate.source import (
    REJECTS_TABLE,
    MicroSource,
    numeric_csv,
    open_frame,
    open_source,
    quote_ident,
    quote_str,
)
from app.tabulate.sql import (
    ALIASES,
    INDICATOR_ALIASES,
    NumericRule,
    ScanColumn,
    ScanPlan,
    age_case,
    raw_scan_sql,
    reduce_sql,
    scan_sql,
    table_sql,
    text_expr,
    universe_sql,
)

Progress = Callable[[float, str], None] | None
CancelTest = Callable[[], bool] | None

# The dimension a table needs → the concept that gives it.
DIMENSION_SOURCE = {"NATIVITY": "country_of_birth", **{dim: c for c, dim in CONCEPTS.items() if dim}}
# What each population needs beyond the table's dimensions.
POPULATION_NEEDS = {
    "all": (),
    "aged_5_plus": (),
    "foreign_born": ("country_of_birth",),
    "foreign_born_women": ("country_of_birth", "sex"),
    "employed_foreign_born": ("country_of_birth", "activity"),
}
SEVERITY = {
    C.MISSING: "info", C.NOT_STATED: "info", C.OUT_OF_RANGE: "warning", C.NOT_NUMERIC: "warning",
    C.UNMAPPED: "warning", C.OUTSIDE_BANDS: "warning", C.INCONSISTENT: "warning",
}
NUMERIC_KINDS = {"age": ("number",), "children_ever_born": ("number",), "schooling": ("years",),
                 "arrival": ("year", "years_ago")}
EMBED_LIMIT = 64 * 1024 * 1024  # with ``keep_copy``, microdata files up to this size are stored in the project
DEFAULT_DISCLOSURE_THRESHOLD = 3  # ``disclosure_threshold=True`` means this


@dataclass
class TabulationResult:
    """What a tabulation produced.

    ``tables`` maps a table id to a DataFrame with one column per dimension
    (codes, ``_T`` for totals), ``value`` (count, or sum of weights), ``n``
    (records, unweighted) and ``flag``. ``issues`` lists what the data
    showed (see ``issues.py``); ``skipped`` the tables the recipe's variables
    do not allow, with the concepts they lack.
    """

    tables: dict[str, Any]
    issues: list[TabulationIssue]
    records: int
    weighted_total: float | None
    lineage: str
    skipped: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    cube_rows: int = 0
    source_id: int | None = None
    mapping_id: int | None = None
    written: int = 0

    def observations(self) -> list[dict[str, Any]]:
        """Rows for ``Project.replace_observations``: table_id, dimension codes, value, flag, lineage."""
        rows: list[dict[str, Any]] = []
        for table_id, frame in self.tables.items():
            dims = [c for c in frame.columns if c not in ("value", "n", "flag")]
            columns = [frame[c].astype(object).tolist() for c in dims]
            values = frame["value"].astype(float).tolist()
            flags = frame["flag"].astype(object).tolist()
            for index, value in enumerate(values):
                row = {"table_id": table_id, "value": value, "flag": flags[index], "lineage": self.lineage}
                for dim, column in zip(dims, columns):
                    row[dim] = column[index]
                rows.append(row)
        return rows

    def table_rows(self):
        """``(table_id, dimensions, rows)`` per table, each row ``(*codes, value, flag)``: what the project stores."""
        for table_id, frame in self.tables.items():
            dims = [c for c in frame.columns if c not in ("value", "n", "flag")]
            columns = [frame[c].astype(object).tolist() for c in dims]
            columns.append(frame["value"].astype(float).tolist())
            columns.append(frame["flag"].astype(object).tolist())
            yield table_id, dims, zip(*columns)

    def observation_count(self) -> int:
        return sum(len(frame) for frame in self.tables.values())


def _report(progress: Progress, fraction: float, text: str) -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), text)


def _check(cancelled: CancelTest) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _execute(con, sql: str, progress: Progress, cancelled: CancelTest, lo: float, hi: float, text: str):
    """Run one long statement on a worker thread; report its progress; interrupt it on cancel.

    ``progress`` and ``cancelled`` are called on the caller's thread only.
    """
    box: dict[str, BaseException] = {}

    def work():
        try:
            con.execute(sql)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="imila-tabulate-scan", daemon=True)
    worker.start()
    interrupted = False
    while worker.is_alive():
        worker.join(0.1)
        if not interrupted and cancelled is not None and cancelled():
            con.interrupt()
            interrupted = True
        if progress is not None and worker.is_alive() and not interrupted:
            try:
                pct = con.query_progress()
            except Exception:  # noqa: BLE001 - progress is only a hint
                pct = -1
            if pct is not None and pct >= 0:
                _report(progress, lo + (hi - lo) * min(pct, 100.0) / 100.0, text)
    if interrupted:
        raise Cancelled()
    if "error" in box:
        raise box["error"]


class _Run:
    """One tabulation: the DuckDB connection, the plan and what it found."""

    def __init__(self, recipe: Recipe, schema: Schema, metadata: dict, threshold: int | None,
                 progress: Progress, cancelled: CancelTest, memory_limit: str, threads: int | None,
                 work_dir: str | os.PathLike | None, on_disk: bool = False):
        import duckdb

        self.recipe = recipe
        self.schema = schema
        self.metadata = metadata or {}
        self.threshold = threshold
        self.progress = progress
        self.cancelled = cancelled
        self.issues: list[TabulationIssue] = []
        self.timings: dict[str, float] = {}
        self.census_year = self._census_year()
        self.census_m49 = self._census_country()  # may raise: before anything needs closing
        self.workdir = Path(tempfile.mkdtemp(prefix="imila-tab-", dir=work_dir))
        try:
            # in memory (fastest), or in a database file whose tables DuckDB can move to disk when the
            # tabulation's intermediate tables outgrow ``memory_limit``
            self.on_disk = on_disk
            self.con = duckdb.connect(str(self.workdir / "tabulation.duckdb")) if on_disk else duckdb.connect()
            threads = int(threads or min(os.cpu_count() or 2, 8))
            for statement in (
                f"SET threads = {threads}",
                f"SET memory_limit = {quote_str(memory_limit)}",
                f"SET temp_directory = {quote_str(str(self.workdir / 'spill'))}",
                "SET preserve_insertion_order = false",
                "SET enable_progress_bar = true",
                "SET enable_progress_bar_print = false",
            ):
                self.con.execute(statement)
        except Exception as exc:  # noqa: BLE001 - e.g. a memory limit DuckDB does not understand
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise TabulateError("tabulate.error", detail=str(exc).splitlines()[0][:300]) from exc

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # -- context -----------------------------------------------------------
    def _census_year(self) -> int | None:
        year = self.recipe.census_year or self.metadata.get("census_year")
        try:
            return int(year) if year not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def _census_country(self) -> str | None:
        raw = self.recipe.census_country or self.metadata.get("country_m49") or self.metadata.get("country_iso3")
        if not raw:
            return None
        raw = str(raw).strip()
        cl = self.schema.codelist("COB")
        if raw.isdigit():
            code = f"{int(raw):03d}"
            found = cl.get(code)
            if found is not None and found.kind in ("country", "historic"):
                return code
            raise TabulateError("tabulate.recipe.bad_country", country=raw)
        for code in cl:
            if code.iso3 and code.iso3.upper() == raw.upper() and code.kind in ("country", "historic"):
                return code.code
        raise TabulateError("tabulate.recipe.bad_country", country=raw)

    # -- plan --------------------------------------------------------------
    def min_age(self, table: TableDef) -> int:
        if table.id in self.recipe.min_ages:
            return self.recipe.min_ages[table.id]
        meta = self.metadata.get("min_ages") or {}
        if isinstance(meta, dict) and meta.get(table.id) not in (None, ""):
            try:
                return int(meta[table.id])
            except (TypeError, ValueError):
                pass
        return table.min_age

    def plan_tables(self) -> tuple[list[TableDef], dict[str, list[str]]]:
        bound = set(self.recipe.variables)
        wanted = self.recipe.tables
        if wanted:
            unknown = [t for t in wanted if t not in self.schema.tables]
            if unknown:
                raise TabulateError("tabulate.recipe.unknown_table", tables=", ".join(unknown))
        tables, skipped = [], {}
        for table in self.schema.tables.values():
            if wanted and table.id not in wanted:
                continue
            if table.population not in POPULATION_NEEDS:
                if wanted:
                    skipped[table.id] = ["household"]
                continue
            needs = [DIMENSION_SOURCE.get(d, d) for d in table.dimensions]
            needs += list(POPULATION_NEEDS[table.population])
            if self.min_age(table) > 0:
                needs.append("age")
            missing = sorted({n for n in needs if n not in bound})
            if missing:
                skipped[table.id] = missing
            else:
                tables.append(table)
        return tables, skipped

    def resolve_columns(self, source: MicroSource) -> None:
        for concept, spec in self.recipe.variables.items():
            names = [spec.variable] + ([spec.indicator.variable] if spec.indicator else [])
            for name in names:
                if source.column(name) is None:
                    shown = ", ".join(list(source.columns)[:40])
                    raise TabulateError("tabulate.recipe.missing_column", variable=name, concept=concept, columns=shown)
            bad = C.validate_value_codes(spec, self.schema)
            if bad:
                raise TabulateError("tabulate.recipe.bad_codes", concept=concept, codes=", ".join(bad))

    def arrival_bands(self, spec: VarSpec) -> list[C.Band]:
        if self.census_year is None:
            raise TabulateError("tabulate.recipe.needs_census_year")
        codes = list(spec.bands) or C.default_arrival_bands(self.census_year)
        bands = []
        cl = self.schema.codelist("ARRIVAL")
        for code in codes:
            band = C.parse_band(code)
            if band is None or not cl.is_valid(code) or (band.low is not None and band.low < 1000):
                raise TabulateError("tabulate.recipe.bad_band", band=code)
            if band.high is not None and band.high > self.census_year:
                raise TabulateError("tabulate.recipe.band_after_census", band=code, year=self.census_year)
            bands.append(band)
        overlap = C.check_bands(bands)
        if overlap:
            raise TabulateError("tabulate.recipe.bands_overlap", band=overlap)
        return sorted(bands, key=lambda b: -10**9 if b.low is None else b.low)

    def scan_plan(self, source: MicroSource, tables: list[TableDef]) -> ScanPlan:
        columns: dict[str, ScanColumn] = {}
        indicators: dict[str, ScanColumn] = {}
        self.bands: dict[str, list[C.Band]] = {}
        used = {DIMENSION_SOURCE.get(d, d) for t in tables for d in t.dimensions}
        used |= {n for t in tables for n in POPULATION_NEEDS[t.population]}
        if any(self.min_age(t) > 0 for t in tables):
            used.add("age")
        self.used = used
        for concept, spec in self.recipe.variables.items():
            if concept == "weight" or concept not in used:
                continue
            column = source.column(spec.variable)
            col = ScanColumn(concept, column, source.columns[column])
            if concept == "age":
                ages = [self.min_age(t) for t in tables]
                col.numeric = NumericRule(spec.min, spec.max, spec.not_stated, five_year_top=self.recipe.age_open_top,
                                          extra_breaks=tuple(sorted({a for a in ages if a % 5})))
            elif spec.kind in NUMERIC_KINDS.get(concept, ()):
                if concept == "arrival":
                    bands = self.arrival_bands(spec)
                    if spec.kind == "year":
                        low = spec.min if spec.min is not None else 1800
                        high = min(spec.max, self.census_year) if spec.max is not None else self.census_year
                        rule = NumericRule(low, high, spec.not_stated, bands)
                    else:
                        low = spec.min if spec.min is not None else 0
                        high = spec.max if spec.max is not None else 150
                        rule = NumericRule(low, high, spec.not_stated, bands, offset_year=self.census_year)
                else:
                    dim = CONCEPTS[concept]
                    bands = C.codelist_bands(self.schema.codelist(dim))
                    rule = NumericRule(spec.min, spec.max, spec.not_stated, bands)
                self.bands[concept] = bands
                col.numeric = rule
            else:
                if spec.kind in ("isic4", "isco08"):
                    digits = spec.digits or (2 if spec.kind == "isic4" else 4)
                    keep_first = 2 if spec.kind == "isic4" else 1
                    if spec.kind == "isic4" and digits < 2:
                        raise TabulateError("tabulate.recipe.bad_field", concept=concept, field="digits")
                    keep = set()
                    for key in (*spec.values, *spec.not_stated):
                        keep.add(key)
                        if key.isdigit():
                            keep.add(key.zfill(digits))
                    col.prefix_digits = (digits, keep_first)
                    col.keep = tuple(sorted(keep))
            columns[concept] = col
            if spec.indicator is not None and concept in INDICATOR_ALIASES:
                ind_col = source.column(spec.indicator.variable)
                indicators[concept] = ScanColumn(concept, ind_col, source.columns[ind_col])
        weight = None
        if "weight" in self.recipe.variables:
            column = source.column(self.recipe.variables["weight"].variable)
            weight = ScanColumn("weight", column, source.columns[column])
        cob = self.recipe.variables["country_of_birth"]
        native = set()
        for value in cob.native:
            native.add(value)
            if value.isdigit():
                native.add(value.zfill(3))
        if self.census_m49:
            native.update({self.census_m49, str(int(self.census_m49))})
            iso3 = self.schema.codelist("COB").get(self.census_m49).iso3
            if iso3:
                native.update({iso3, iso3.lower()})
        labels = source.value_labels.get(columns["country_of_birth"].column, {})
        native.update(labels)  # labelled values are checked below like the others
        # Only values the country mapping itself places in the census country are natives for the pass
        # (whose only use of them is to blank characteristics no table of natives needs): with value labels,
        # a "32" may well be a national code for Bolivia, not M49 Argentina.
        resolver = C.CountryResolver(cob, self.schema, self.census_m49, labels, "COB")
        native = {value for value in native if resolver.resolve(value)[1] == "N"}
        ind_native: set[str] = set()
        if cob.indicator is not None:
            for value in cob.indicator.native:
                ind_native.add(value)
                if value.isdigit():
                    ind_native.add(value.zfill(2))
        return ScanPlan(source.relation, columns, indicators, tuple(sorted(native)), tuple(sorted(ind_native)), weight)

    # -- mapping -----------------------------------------------------------
    def build_maps(self, plan: ScanPlan, reduced: ScanPlan, source: MicroSource) -> str:
        """One small map table per concept, keyed by the raw values of the pass; returns the SELECT of ``m``.

        ``reduced`` is the plan over the pass's table ``raw`` (its columns are
        ``raw``'s). Each map holds the distinct raw values of a variable, their
        reduced value (``reduce_sql``), code and status, so that ``m`` — every
        row of ``raw`` with its codes — is a join of ``raw`` with small tables
        and nothing is computed per row. A native's blanked characteristic
        (NULL) maps like a blank; only tables of the foreign-born use them.
        """
        select = ["raw.n AS n", "raw.w AS w"]
        joins = []
        self.example_columns: set[str] = set()

        def register(name: str, rows: list[tuple], columns: list[str]) -> None:
            self.con.register(f"{name}_frame", _text_frame(rows, columns))
            self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_frame")
            self.con.unregister(f"{name}_frame")

        def join(table: str, cols: list[tuple[str, str]]) -> None:
            on = " AND ".join(f"raw.{quote_ident(q)} IS NOT DISTINCT FROM {table}.{k}" for q, k in cols)
            joins.append(f"LEFT JOIN {table} ON {on}")

        for concept, col in reduced.columns.items():
            spec = self.recipe.variables[concept]
            alias = ALIASES[concept]
            labels = source.value_labels.get(plan.columns[concept].column, {})
            dim = CONCEPTS[concept]
            table = f"k_{alias}"
            self.con.execute(f"CREATE TABLE d_{alias} AS {reduce_sql(col, 'raw')}")
            if concept in ("country_of_birth", "residence_5y"):
                resolver = C.CountryResolver(spec, self.schema, self.census_m49, labels, dim)
                ind = reduced.indicators.get(concept)
                if ind is None:
                    pairs = self.con.execute(f"SELECT DISTINCT red, '' FROM d_{alias}").fetchall()
                else:  # the reduced values of each pair (country, answer to the nativity question) of the file
                    ind_key = f"coalesce({text_expr('ind', ind.type)}, '')"
                    self.con.execute(
                        f"CREATE TABLE p_{alias} AS SELECT p.raw, p.ind, d.red, i.ind_red "
                        f"FROM (SELECT DISTINCT {quote_ident(col.column)} AS raw, {quote_ident(ind.column)} AS ind "
                        f"FROM raw) p LEFT JOIN d_{alias} d ON p.raw IS NOT DISTINCT FROM d.raw "
                        f"LEFT JOIN (SELECT ind, {ind_key} AS ind_red FROM (SELECT DISTINCT "
                        f"{quote_ident(ind.column)} AS ind FROM raw)) i ON p.ind IS NOT DISTINCT FROM i.ind")
                    pairs = self.con.execute(f"SELECT DISTINCT red, ind_red FROM p_{alias}").fetchall()
                rows = []
                for key, ind_key_value in pairs:
                    code, nativity, status = resolver.resolve_with(key, ind_key_value if ind is not None else None)
                    rows.append((key, ind_key_value, code, nativity, status))
                register(f"c_{alias}", rows, ["red", "ind_red", "code", "nativity", "status"])
                if ind is None:
                    self.con.execute(
                        f"CREATE TABLE {table} AS SELECT d.raw, d.red, c.code, c.nativity, c.status "
                        f"FROM d_{alias} d LEFT JOIN c_{alias} c ON d.red = c.red")
                    join(table, [(col.column, "raw")])
                else:
                    self.con.execute(
                        f"CREATE TABLE {table} AS SELECT p.raw, p.ind, p.red, c.code, c.nativity, c.status "
                        f"FROM p_{alias} p LEFT JOIN c_{alias} c ON p.red = c.red AND p.ind_red = c.ind_red")
                    join(table, [(col.column, "raw"), (ind.column, "ind")])
                select.append(f"coalesce({table}.code, 'UNK') AS {dim}")
                if concept == "country_of_birth":
                    select.append(f"coalesce({table}.nativity, 'UNK') AS NATIVITY")
                select.append(f"{table}.status AS s_{alias}")
                if any(r[4] in (C.UNMAPPED, C.OUT_OF_RANGE, C.NOT_NUMERIC, C.INCONSISTENT) for r in rows):
                    select.append(f"{table}.red AS r_{alias}")  # the values an issue shows as examples
                    self.example_columns.add(alias)
            elif concept == "age":
                self.con.execute(
                    f"CREATE TABLE {table} AS SELECT raw, red, CASE WHEN red < 0 THEN {self._sentinel_case('red')} "
                    f"ELSE 'ok' END AS status FROM d_{alias}")
                join(table, [(col.column, "raw")])
                select.append(f"{table}.red AS age_lo")
                select.append(f"{table}.status AS s_{alias}")
            elif col.numeric is not None:
                codelist = self.schema.codelist(dim)
                unknown = C.not_stated_code(codelist)
                bands = self.bands[concept]
                codes = " ".join(f"WHEN {i} THEN {quote_str(b.code)}" for i, b in enumerate(bands))
                self.con.execute(
                    f"CREATE TABLE {table} AS SELECT raw, red, CASE red {codes} ELSE {quote_str(unknown)} END AS code, "
                    f"CASE WHEN red < 0 THEN {self._sentinel_case('red')} ELSE 'ok' END AS status FROM d_{alias}")
                join(table, [(col.column, "raw")])
                select.append(f"coalesce({table}.code, {quote_str(unknown)}) AS {dim}")
                select.append(f"{table}.status AS s_{alias}")
            else:
                codelist = self.schema.codelist(dim)
                unknown = C.not_stated_code(codelist)
                rows = []
                for (key,) in self.con.execute(f"SELECT DISTINCT red FROM d_{alias}").fetchall():
                    if concept == "arrival":  # periods coded in the file
                        code, status = self._arrival_code(key, spec, labels, codelist)
                    else:
                        code, status = C.map_category(key, spec, codelist, labels)
                    rows.append((key, code, status))
                register(f"c_{alias}", rows, ["red", "code", "status"])
                self.con.execute(
                    f"CREATE TABLE {table} AS SELECT d.raw, d.red, c.code, c.status "
                    f"FROM d_{alias} d LEFT JOIN c_{alias} c ON d.red = c.red")
                join(table, [(col.column, "raw")])
                select.append(f"coalesce({table}.code, {quote_str(unknown)}) AS {dim}")
                select.append(f"{table}.status AS s_{alias}")
                if any(r[2] == C.UNMAPPED for r in rows):
                    select.append(f"{table}.red AS r_{alias}")  # the values an issue shows as examples
                    self.example_columns.add(alias)
        return f"SELECT {', '.join(select)} FROM raw {' '.join(joins)}"

    def _arrival_code(self, raw: str, spec: VarSpec, labels: dict, codelist) -> tuple[str, str]:
        code, status = C.map_category(raw, spec, codelist, labels)
        if status == C.OK and (not codelist.is_valid(code) or code == "_T"):
            return "UNK", C.UNMAPPED
        if status == C.OK and self.census_year is not None:
            band = C.parse_band(code)
            if band is not None and band.high is not None and band.high > self.census_year:
                return "UNK", C.OUT_OF_RANGE
        return code, status

    @staticmethod
    def _sentinel_case(expr: str) -> str:
        whens = " ".join(f"WHEN {s} THEN {quote_str(status)}" for s, status in C.SENTINELS.items())
        return f"(CASE {expr} {whens} END)"

    # -- tables ------------------------------------------------------------
    def make_table(self, table: TableDef, weighted: bool):
        min_age = self.min_age(table)
        has_age = "age" in self.recipe.variables
        universe = universe_sql(table.population, min_age, has_age)
        if universe is None:
            return None
        exprs = {}
        if "AGE" in table.dimensions:
            breaks = C.age_breaks([self.min_age(t) for t in self.tables], self.recipe.age_open_top)
            codes = {}
            for low in breaks:
                code = C.age_code(low, min_age, self.recipe.age_open_top)
                if code:
                    codes[low] = code
            exprs["AGE"] = age_case(breaks, codes, "UNK")
        dims = list(table.dimensions)
        cols = ", ".join(quote_ident(d) for d in dims)
        value = "round(w, 4)" if weighted else "CAST(n AS DOUBLE)"
        flag = quote_str("E" if weighted else "A")
        if self.threshold:
            cell = " AND ".join(f"{quote_ident(d)} <> '_T'" for d in dims)
            flag = f"CASE WHEN {cell} AND n < {int(self.threshold)} THEN 'C' ELSE {flag} END"
        # an empty universe still yields a NULL grand total: only cells with records
        frame = self.con.execute(
            f"SELECT {cols}, {value} AS value, CAST(n AS BIGINT) AS n, {flag} AS flag "
            f"FROM ({table_sql(dims, universe, exprs)}) WHERE n > 0 ORDER BY {cols}"
        ).df()
        if frame.empty:
            return None
        return frame

    # -- issues ------------------------------------------------------------
    def collect_issues(self, plan: ScanPlan) -> None:
        for concept, col in plan.columns.items():
            dim = CONCEPTS[concept]
            dims = {dim, "NATIVITY"} if concept == "country_of_birth" else {dim}
            users = [t for t in self.tables if dims & set(t.dimensions)]
            if not users:
                continue
            table = users[0]
            universe = universe_sql(table.population, self.min_age(table), "age" in self.recipe.variables) or "TRUE"
            alias = ALIASES[concept]
            rows = self.con.execute(
                f"SELECT s_{alias}, sum(n) FROM m WHERE ({universe}) AND s_{alias} IS NOT NULL AND s_{alias} <> 'ok' "
                f"GROUP BY 1 ORDER BY 1"
            ).fetchall()
            codelist = self.schema.codelist(dim)
            unknown = C.not_stated_code(codelist)
            tables = ", ".join(t.id for t in users)
            for status, count in rows:
                params = {"code": unknown, "tables": tables, "concept": concept}
                wanted = status == C.UNMAPPED or (
                    concept in ("country_of_birth", "residence_5y")
                    and status in (C.OUT_OF_RANGE, C.NOT_NUMERIC, C.INCONSISTENT))
                if wanted and alias in self.example_columns:  # the raw values behind the count
                    examples = self.con.execute(
                        f"SELECT r_{alias}, sum(n) FROM m WHERE ({universe}) AND s_{alias} = {quote_str(status)} "
                        f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8"
                    ).fetchall()
                    params["examples"] = ", ".join(f"“{v}” ({int(c)})" for v, c in examples)
                params.setdefault("examples", "")
                self.issues.append(TabulationIssue(
                    key=f"tabulate.issue.{status}", severity=SEVERITY.get(status, "warning"), count=int(count),
                    concept=concept, variable=col.column, params=params,
                ))
            if concept == "age":
                limited = [t.id for t in self.tables if self.min_age(t) > 0]
                unknown_age = sum(int(c) for s, c in rows)
                if limited and unknown_age:
                    self.issues.append(TabulationIssue(
                        key="tabulate.issue.age_excluded", severity="info", count=unknown_age, concept="age",
                        variable=col.column, params={"tables": ", ".join(limited)},
                    ))


def _text_frame(rows: list[tuple], columns: list[str]):
    """A small map table whose columns DuckDB sees as VARCHAR even when it has no row."""
    import pandas as pd

    if not rows:
        rows = [tuple("\x00" for _ in columns)]  # a key no scan value equals
    return pd.DataFrame(rows, columns=columns, dtype=object)


def _lineage(name: str, recipe: Recipe) -> str:
    return f"microdata {name}, recipe {recipe.name}"


def tabulate_frame(
    data,
    recipe,
    *,
    schema: Schema | None = None,
    metadata: dict | None = None,
    disclosure_threshold: int | None = None,
    progress: Progress = None,
    cancelled: CancelTest = None,
    value_labels: dict | None = None,
    name: str | None = None,
    memory_limit: str = "1GB",
    threads: int | None = None,
    work_dir: str | os.PathLike | None = None,
    on_disk: bool = False,
) -> TabulationResult:
    """Tabulate a person file (path) or a DataFrame / pyarrow Table into IMILA tables, without a project.

    ``metadata`` stands for the project's (``census_year``, ``country_m49``,
    ``min_ages``). ``disclosure_threshold`` flags cells of fewer records than
    it as confidential (``C``; ``True`` means 3; totals are never flagged;
    with weights the test is on the unweighted records behind a cell).
    ``value_labels`` gives value labels for a frame (``{column: {value:
    label}}``). ``memory_limit`` caps DuckDB's memory before it spills to a
    temporary folder (under ``work_dir``, default the system's). The
    intermediate tables are kept in memory; when they do not fit in
    ``memory_limit`` (a census with millions of foreign-born profiles on a
    small machine) the tabulation runs again with them in a database file
    there (``on_disk=True`` asks for that from the start).
    """
    recipe = load_recipe(recipe)
    schema = schema or load_schema()
    if disclosure_threshold is True:
        disclosure_threshold = DEFAULT_DISCLOSURE_THRESHOLD
    elif disclosure_threshold is False:
        disclosure_threshold = None
    if disclosure_threshold is not None:
        disclosure_threshold = int(disclosure_threshold)
        if disclosure_threshold < 1:
            raise TabulateError("tabulate.bad_threshold", threshold=disclosure_threshold)
    if getattr(recipe, "kind", None) == "emigrants":  # household members abroad → T11
        from app.tabulate.emigrants import tabulate_emigrants

        return tabulate_emigrants(data, recipe, schema=schema, metadata=metadata,
                                  disclosure_threshold=disclosure_threshold, progress=_forward_only(progress),
                                  cancelled=cancelled, value_labels=value_labels, name=name,
                                  memory_limit=memory_limit, threads=threads, work_dir=work_dir, on_disk=on_disk)
    args = (data, recipe, schema, metadata or {}, disclosure_threshold, _forward_only(progress), cancelled,
            value_labels, name, memory_limit, threads, work_dir)
    try:
        return _tabulate_once(*args, on_disk=bool(on_disk))
    except TabulateError as exc:
        if exc.key != "tabulate.out_of_memory" or on_disk:
            raise
    # the intermediate tables did not fit in ``memory_limit``: again, with tables DuckDB can keep on disk
    result = _tabulate_once(*args, on_disk=True)
    result.settings["on_disk"] = True
    return result


def _forward_only(progress: Progress) -> Progress:
    """``progress`` that never goes back (a second reading of the file, a run again on disk: it waits instead)."""
    if progress is None:
        return None
    shown = [0.0]

    def report(fraction: float, text: str) -> None:
        shown[0] = max(shown[0], fraction)
        progress(shown[0], text)

    return report


def _tabulate_once(data, recipe: Recipe, schema: Schema, metadata: dict, disclosure_threshold: int | None,
                   progress: Progress, cancelled: CancelTest, value_labels: dict | None, name: str | None,
                   memory_limit: str, threads: int | None, work_dir, *, on_disk: bool) -> TabulationResult:
    started = time.perf_counter()
    run = _Run(recipe, schema, metadata, disclosure_threshold, progress, cancelled, memory_limit, threads, work_dir,
               on_disk)
    try:
        shown = Path(data).name if isinstance(data, (str, os.PathLike)) else (name or "data")
        _report(progress, 0.0, shown)
        _check(cancelled)
        tables, skipped = run.plan_tables()
        run.tables = tables
        if isinstance(data, (str, os.PathLike)):
            path = Path(data)
            wanted = [s.variable for s in recipe.variables.values()]
            wanted += [s.indicator.variable for s in recipe.variables.values() if s.indicator]

            def convert_progress(fraction: float, _text: str) -> None:
                _report(progress, 0.4 * fraction, shown)

            source = open_source(run.con, path, recipe.csv, run.workdir, wanted, convert_progress, cancelled)
            source_name = name or path.name
        else:
            source = open_frame(run.con, data, value_labels)
            source_name = name or "data"
        run.resolve_columns(source)
        if not tables:
            raise TabulateError("tabulate.no_tables", missing=_missing_text(skipped))
        plan = run.scan_plan(source, tables)
        run.timings["open"] = time.perf_counter() - started
        start_scan = 0.4 if source.format in ("sav", "dta") else 0.02
        _report(progress, start_scan, shown)
        t0 = time.perf_counter()
        typed = _numeric_source(source, plan)
        if typed is not None:  # numbers read as numbers; the text read again only where one is not
            reduced_plan = _scan(run, _on_source(plan, typed), progress, cancelled, start_scan, 0.85, shown,
                                 source_name)
            cast_errors = run.con.execute(
                f"SELECT count(*) FROM {typed.rejects_table} WHERE error_type = 'CAST'").fetchone()[0]
            if cast_errors:
                run.con.execute("DROP TABLE raw")
                run.timings["typed_scan"] = time.perf_counter() - t0
                typed = None
        if typed is None:
            reduced_plan = _scan(run, plan, progress, cancelled, start_scan, 0.85, shown, source_name)
        else:
            source = dataclasses.replace(source, rejects_table=typed.rejects_table)
        run.timings["scan"] = time.perf_counter() - t0
        _check(cancelled)
        _report(progress, 0.86, shown)
        t0 = time.perf_counter()
        records, weighted_total, bad_weights, cube_rows = run.con.execute(
            "SELECT coalesce(sum(n), 0), coalesce(sum(w), 0), coalesce(sum(wbad), 0), count(*) FROM raw"
        ).fetchone()
        if source.rejects:
            _rejects_issue(run, source_name, source.rejects_table)
        if not records:
            raise TabulateError("tabulate.no_records", path=source_name)
        run.con.execute(f"CREATE TABLE m AS {run.build_maps(plan, reduced_plan, source)}")
        run.con.execute("DROP TABLE raw")
        run.timings["map"] = time.perf_counter() - t0
        weighted = plan.weight is not None
        if weighted and bad_weights:
            run.issues.append(TabulationIssue(
                key="tabulate.issue.bad_weight", severity="warning", count=int(bad_weights), concept="weight",
                variable=plan.weight.column, params={},
            ))
        out: dict[str, Any] = {}
        t0 = time.perf_counter()
        for index, table in enumerate(tables):
            _check(cancelled)
            _report(progress, 0.87 + 0.1 * index / max(len(tables), 1), table.id)
            frame = run.make_table(table, weighted)
            if frame is not None and len(frame):
                out[table.id] = frame
        run.timings["tables"] = time.perf_counter() - t0
        run.collect_issues(plan)
        for table_id, missing in skipped.items():
            household = missing == ["household"]
            run.issues.append(TabulationIssue(
                key="tabulate.issue.table_not_from_persons" if household else "tabulate.issue.table_skipped",
                severity="warning" if recipe.tables else "info",
                params={"table": table_id, "missing": ", ".join(missing)},
            ))
        if disclosure_threshold:
            flagged = sum(int((f["flag"] == "C").sum()) for f in out.values())
            if flagged:
                run.issues.append(TabulationIssue(
                    key="tabulate.issue.suppressed", severity="info", count=flagged,
                    params={"threshold": disclosure_threshold},
                ))
        run.timings["total"] = time.perf_counter() - started
        settings = dict(source.settings)
        settings.update({"census_year": run.census_year, "census_country": run.census_m49,
                         "disclosure_threshold": disclosure_threshold,
                         "min_ages": {t.id: run.min_age(t) for t in tables}})
        return TabulationResult(
            tables=out, issues=run.issues, records=int(records),
            weighted_total=float(weighted_total) if weighted else None,
            lineage=_lineage(source_name, recipe), skipped=skipped, settings=settings, timings=run.timings,
            cube_rows=int(cube_rows),
        )
    except (TabulateError, Cancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - DuckDB's own errors after the scan
        kind = type(exc).__name__
        if kind == "InterruptException":
            raise Cancelled() from exc
        if kind == "OutOfMemoryException":
            raise TabulateError("tabulate.out_of_memory", detail=str(exc).splitlines()[0][:300]) from exc
        if type(exc).__module__.startswith(("duckdb", "_duckdb")):
            raise TabulateError("tabulate.error", detail=str(exc).splitlines()[0][:300]) from exc
        raise
    finally:
        run.close()


def _scan(run: _Run, plan: ScanPlan, progress: Progress, cancelled: CancelTest, lo: float, hi: float, shown: str,
          source_name: str) -> ScanPlan:
    """The one pass over the file into the temporary table ``raw``; returns the plan that reduces it."""
    try:
        raw_sql, reduced_plan = raw_scan_sql(plan, "raw")
        _execute(run.con, f"CREATE TABLE raw AS {raw_sql}", progress, cancelled, lo, hi, shown)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - duckdb's errors on a bad file
        if type(exc).__name__ == "InterruptException":
            raise Cancelled() from exc
        if type(exc).__name__ in ("OutOfMemoryException",):
            raise TabulateError("tabulate.out_of_memory", detail=str(exc).splitlines()[0][:300]) from exc
        raise TabulateError("tabulate.unreadable", path=source_name, detail=str(exc).splitlines()[0][:300]) from exc
    return reduced_plan


def _numeric_source(source: MicroSource, plan: ScanPlan) -> MicroSource | None:
    """A CSV whose numeric variables (age, years, children, schooling, weight) are read as numbers, or None."""
    if source.format != "csv":
        return None
    as_text = {c.column for c in plan.columns.values() if c.numeric is None}
    as_text |= {c.column for c in plan.indicators.values()}
    # a declared "not stated" word (or "NaN") is read as text: such a column stays text
    numeric = [c.column for c in plan.columns.values()
               if c.numeric is not None and not any(_is_word(v) for v in c.numeric.not_stated)]
    if plan.weight is not None:
        numeric.append(plan.weight.column)
    return numeric_csv(source, [c for c in numeric if c not in as_text])


def _is_word(value: str) -> bool:
    try:
        return not math.isfinite(float(value))
    except ValueError:
        return True


def _on_source(plan: ScanPlan, source: MicroSource) -> ScanPlan:
    """The plan over another reading of the same file (same columns, other types)."""
    def retyped(col: ScanColumn | None) -> ScanColumn | None:
        return None if col is None else dataclasses.replace(col, type=source.columns[col.column])

    return dataclasses.replace(
        plan, relation=source.relation, columns={c: retyped(col) for c, col in plan.columns.items()},
        indicators={c: retyped(col) for c, col in plan.indicators.items()}, weight=retyped(plan.weight),
    )


def _missing_text(skipped: dict[str, list[str]]) -> str:
    return "; ".join(f"{t}: {', '.join(m)}" for t, m in skipped.items())


def _rejects_issue(run: _Run, name: str, table: str = REJECTS_TABLE) -> None:
    try:
        rows = run.con.execute(
            f"SELECT line, error_type, error_message FROM {table} ORDER BY line LIMIT 5"
        ).fetchall()
        count = run.con.execute(f"SELECT count(DISTINCT line) FROM {table}").fetchone()[0]
    except Exception:  # noqa: BLE001 - no rejects table: nothing was rejected
        return
    if not count:
        return
    lines = ", ".join(str(r[0]) for r in rows)
    first = str(rows[0][2]).splitlines()[0][:200] if rows else ""
    run.issues.append(TabulationIssue(
        key="tabulate.issue.rejected_lines", severity="error", count=int(count),
        params={"lines": lines, "detail": first, "file": name},
    ))


def file_sha256(path: Path, stop: threading.Event | None = None) -> str | None:
    """SHA-256 of a file, read in blocks; None when ``stop`` is set before the end."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(4 * 1024 * 1024), b""):
            if stop is not None and stop.is_set():
                return None
            digest.update(block)
    return digest.hexdigest()


class _Hasher(threading.Thread):
    """Hashes the microdata file while DuckDB scans it (hashlib releases the GIL)."""

    def __init__(self, path: Path):
        super().__init__(name="imila-tabulate-sha256", daemon=True)
        self.path = path
        self.stop = threading.Event()
        self.digest: str | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.digest = file_sha256(self.path, self.stop)
        except BaseException as exc:  # noqa: BLE001 - reported by result()
            self.error = exc

    def result(self) -> str:
        self.join()
        if self.error is not None:
            raise TabulateError("tabulate.unreadable", path=self.path.name, detail=str(self.error)) from self.error
        return self.digest or file_sha256(self.path)


def tabulate(
    project,
    path: str | os.PathLike,
    recipe,
    *,
    disclosure_threshold: int | None = None,
    progress: Progress = None,
    cancelled: CancelTest = None,
    keep_copy: bool = False,
    **options,
) -> TabulationResult:
    """Tabulate a census person file into the project's IMILA tables, in one transaction.

    The file is recorded as a source by its name, size and SHA-256 — census
    person records are confidential, and a project file travels, so the
    records themselves stay where they are unless ``keep_copy`` asks for a
    copy in the project (files of at most 64 MiB). The recipe is recorded as a
    mapping. An earlier tabulation of a file of the same name — the same
    file, or a corrected version of it — gives way to this one: its source,
    recipe and observations. A failure or a cancel leaves the project as it
    was.
    """
    recipe = load_recipe(recipe)
    path = Path(path)

    def scaled(fraction: float, text: str) -> None:
        _report(progress, 0.95 * fraction, text)

    hasher = _Hasher(path)
    if path.is_file():
        hasher.start()
    try:
        result = tabulate_frame(
            path, recipe, metadata=project.metadata(), disclosure_threshold=disclosure_threshold,
            progress=scaled if progress else None, cancelled=cancelled, **options,
        )
    except BaseException:
        hasher.stop.set()
        raise
    _check(cancelled)
    _report(progress, 0.95, project.path.name)
    t0 = time.perf_counter()
    digest = hasher.result()
    size = path.stat().st_size
    embed = bool(keep_copy) and size <= EMBED_LIMIT
    fmt = result.settings.get("format", "")
    settings = {
        "microdata": True, "file_sha256": digest, "file_size": size, "file_name": path.name,
        "embedded": embed, "read": {k: v for k, v in result.settings.items()},
        "records": result.records, "recipe_name": recipe.name,
    }
    if embed:
        content = path.read_bytes()
    else:
        content = (f"IMILA Desk: census person file not stored in the project (confidential records; {size} bytes)\n"
                   f"name: {path.name}\n"
                   f"sha256: {digest}\n").encode("utf-8")
    details = {"file": path.name, "sha256": digest, "recipe": recipe.name, "records": result.records,
               "tables": sorted(result.tables), "disclosure_threshold": disclosure_threshold}
    with project.action("tabulate", details):
        for source in project.sources():  # an earlier tabulation of this file, or of a corrected version of it
            if (source.get("settings") or {}).get("microdata") and source["name"] == path.name:
                project.delete_source(source["id"])
        source_id = project.add_source(path.name, content, f"microdata-{fmt}", settings)
        mapping = dict(recipe.to_json())
        mapping.setdefault("kind", "tabulation")
        mapping_id = project.save_mapping(recipe.name, mapping, source_id)
        _check(cancelled)
        project.delete_observations(source_id=source_id)
        period = result.settings.get("reference_period")
        if period:  # T11's reference period ("left since 2012") travels in the metadata and the package
            from app.tabulate.emigrants import METADATA_KEY

            project.update_metadata({METADATA_KEY: period})
        written = 0
        for table_id, dims, rows in result.table_rows():
            written += project.add_table_observations(table_id, dims, rows, source_id=source_id,
                                                      mapping_id=mapping_id, lineage=result.lineage)
    result.source_id, result.mapping_id, result.written = source_id, mapping_id, written
    result.timings["store"] = time.perf_counter() - t0
    _report(progress, 1.0, project.path.name)
    return result

"""T11 from the emigrant module of a census or household survey: household members now living abroad.

Many censuses ask each household about its members who left to live in
another country: their sex, their age when they left (or their age now),
the year they left and the country where they live now. Offices store the
answers in one of two ways, and an emigrant recipe reads both:

* ``"layout": "members"`` (default): one row per member who left, with the
  household's id (and weight) repeated on each;
* ``"layout": "wide"``: one row per household with numbered columns per
  member, ``emig1_sex``, ``emig1_country``, ``emig2_sex`` … The variables
  then name the part after the member's prefix (``"sex": "sex"``), and
  ``"wide": {"prefix": "emig{n}_"}`` says how the prefix is written (``{n}``
  is the member's number; the members are found from the file's columns,
  or ``"members": 5`` says how many there are). A member is counted when
  any of its columns is filled.

A complete example::

    {
      "recipe_version": 1,
      "kind": "emigrants",
      "name": "Censo 2024, emigración internacional",
      "census_year": 2024,
      "census_country": "152",
      "reference_period": {"from": 2012, "to": 2024, "label": "salieron desde 2012"},
      "layout": "members",
      "variables": {
        "household": "ID_HOGAR",
        "sex": {"variable": "SEXO", "values": {"1": "1", "2": "2"}, "not_stated": ["9"]},
        "age": {"variable": "EDAD_SALIDA", "kind": "at_departure", "not_stated": ["99"]},
        "departure": {"variable": "ANIO_SALIDA", "kind": "year", "not_stated": ["9999"],
                      "bands": ["2012-2016", "2017-2021", "2022-2024"]},
        "country_of_residence": {"variable": "PAIS_RESIDE", "codes": "auto", "not_stated": ["999"]},
        "weight": "FACTOR_HOGAR"
      }
    }

``reference_period`` is the census's question ("left since 2012"): ``from``
(or ``since``) is its first year and ``to`` its last (default: the census
year); ``label`` how the questionnaire says it. Without it the project's
``t11_reference_period`` is used. Members who left before the period are
outside T11's universe and are counted in a note; the period travels in the
project metadata and the package.

Variables: ``country_of_residence`` (also ``COR``) as ``country_of_birth``
in a person recipe (M49, ISO codes, names or value labels, national codes
through ``values``; the census country means the member is not abroad: left
out and reported); ``sex`` (``SEX``); ``age`` (``AGE``) of ``kind``
``at_departure`` (default) or ``current`` (the age at departure is then the
age now minus the years since the departure); ``departure`` (``DEPART``) of
``kind`` ``year`` (default) or ``years_ago``, grouped into ``bands``
(default: five-year periods from the start of the reference period to its
end); ``household`` (optional, the households are counted) and ``weight``,
the household's expansion factor of a sample survey (values are then sums of
weights, flagged ``E``).

How: one DuckDB pass over the file groups the members by the raw value of
every bound variable (a wide file is turned into member rows inside that
same pass); the few distinct values are mapped to IMILA codes in Python, and
T11 with all its ``_T`` totals is one ``GROUP BY CUBE`` over the mapped rows.
"""

from __future__ import annotations

import math
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.schema import Schema, load_schema
from app.tabulate import codes as C
from app.tabulate.issues import TabulateError, TabulationIssue
from app.tabulate.recipe import RECIPE_VERSION, VarSpec, _str_list, norm_value
from app.tabulate.source import open_frame, open_source, quote_ident, quote_str

KIND = "emigrants"
TABLE = "T11"
METADATA_KEY = "t11_reference_period"
LAYOUTS = ("members", "wide")
DEFAULT_PREFIX = "emig{n}_"
MAX_MEMBERS = 99
BAND_YEARS = 5

# concept → IMILA dimension (None: no dimension of its own)
EMIGRANT_CONCEPTS: dict[str, str | None] = {
    "country_of_residence": "COR",
    "sex": "SEX",
    "age": "AGE",
    "departure": "DEPART",
    "household": None,
    "weight": None,
}
_SYNONYMS = {"COR": "country_of_residence", "SEX": "sex", "AGE": "age", "DEPART": "departure"}
REQUIRED = ("country_of_residence", "sex", "age", "departure")
EMIGRANT_KINDS = {
    "country_of_residence": ("country",),
    "sex": ("code",),
    "age": ("at_departure", "current"),
    "departure": ("year", "years_ago"),
    "household": ("id",),
    "weight": ("weight",),
}
_RANGES = {"age": (0, 110), "departure": (None, None)}
_KNOWN_TOP = {"recipe_version", "kind", "name", "census_year", "census_country", "reference_period", "layout",
              "wide", "age_open_top", "csv", "variables", "description", "notes"}
_KNOWN_VAR = {"variable", "values", "not_stated", "kind", "min", "max", "bands", "codes", "label", "notes"}

# statuses of a member beyond those of ``codes``
OUTSIDE_PERIOD = "outside_period"
NOT_ABROAD = "not_abroad"
DERIVED_UNKNOWN = "derived_unknown"  # current age known, year of departure not: age at departure unknown


def _fail(what: str, **params) -> TabulateError:
    return TabulateError(f"tabulate.recipe.{what}", **params)


@dataclass(frozen=True)
class ReferencePeriod:
    """The years of departure T11 covers: ``start`` … ``end`` (inclusive), as the questionnaire says them."""

    start: int
    end: int | None = None
    label: str = ""

    def to_json(self, end: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"from": self.start, "to": self.end if self.end is not None else end}
        if self.label:
            out["label"] = self.label
        return out


def parse_period(value: Any, *, concept: str = "recipe") -> ReferencePeriod | None:
    """``{"from": 2012, "to": 2024}``, ``{"since": 2012}``, ``"2012-2024"``, ``"2012-"`` or ``2012`` → a period."""
    if value in (None, "", {}):
        return None
    label = ""
    if isinstance(value, dict):
        start = value.get("from", value.get("since"))
        end = value.get("to")
        label = str(value.get("label") or "").strip()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        start, end = value, None
    elif isinstance(value, str):
        m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})?\s*)?", value)
        if not m:
            raise _fail("bad_field", concept=concept, field="reference_period")
        start, end = m.group(1), m.group(2)
    else:
        raise _fail("bad_field", concept=concept, field="reference_period")
    try:
        start = int(start)
        end = int(end) if end not in (None, "") else None
    except (TypeError, ValueError):
        raise _fail("bad_field", concept=concept, field="reference_period") from None
    if not 1900 <= start <= 2100 or (end is not None and not start <= end <= 2100):
        raise _fail("bad_field", concept=concept, field="reference_period")
    return ReferencePeriod(start, end, label)


def period_text(value: Any) -> str:
    """A recorded reference period as ``2012-2024`` (``2012-`` when open), or '' when there is none."""
    try:
        period = parse_period(value)
    except TabulateError:
        return ""
    if period is None:
        return ""
    return f"{period.start}-{period.end if period.end is not None else ''}"


@dataclass
class EmigrantRecipe:
    name: str
    variables: dict[str, VarSpec]
    census_year: int | None = None
    census_country: str | None = None
    period: ReferencePeriod | None = None
    layout: str = "members"
    prefix: str = DEFAULT_PREFIX
    members: int | None = None
    age_open_top: int = 85
    csv: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    kind: str = KIND
    tables: tuple[str, ...] = (TABLE,)

    def has(self, concept: str) -> bool:
        return concept in self.variables

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)


def is_emigrant_recipe(recipe) -> bool:
    return getattr(recipe, "kind", None) == KIND or (isinstance(recipe, dict) and recipe.get("kind") == KIND)


def _var(concept: str, body: Any) -> VarSpec:
    if isinstance(body, str):
        body = {"variable": body}
    if not isinstance(body, dict):
        raise _fail("bad_variable", concept=concept)
    variable = body.get("variable")
    if not isinstance(variable, str) or not variable.strip():
        raise _fail("bad_variable", concept=concept)
    unknown = sorted(set(body) - _KNOWN_VAR)
    if unknown:
        raise _fail("unknown_field", concept=concept, field=", ".join(unknown))
    kinds = EMIGRANT_KINDS[concept]
    kind = body.get("kind") or kinds[0]
    if kind not in kinds:
        raise _fail("bad_kind", concept=concept, kind=str(kind), kinds=", ".join(kinds))
    values: dict[str, str] = {}
    raw_values = body.get("values")
    if raw_values is not None:
        if not isinstance(raw_values, dict) or not all(isinstance(v, str) for v in raw_values.values()):
            raise _fail("bad_field", concept=concept, field="values")
        for key, code in raw_values.items():
            norm = norm_value(key)
            if norm is not None:
                values[norm] = code.strip()
    bands = body.get("bands") or ()
    if bands and (not isinstance(bands, list) or not all(isinstance(b, str) for b in bands)):
        raise _fail("bad_field", concept=concept, field="bands")
    codes = body.get("codes") or "auto"
    if codes not in ("auto", "m49", "iso3", "iso2", "labels"):
        raise _fail("bad_kind", concept=concept, kind=str(codes), kinds="auto, m49, iso3, iso2, labels")
    lo, hi = _RANGES.get(concept, (None, None))
    bounds = []
    for key, default in (("min", lo), ("max", hi)):
        given = body.get(key)
        if given is None:
            bounds.append(default)
            continue
        try:
            bounds.append(float(given))
        except (TypeError, ValueError):
            raise _fail("bad_field", concept=concept, field=key) from None
    return VarSpec(concept=concept, variable=variable.strip(), kind=kind, values=values,
                   has_values=raw_values is not None,
                   not_stated=_str_list(body.get("not_stated"), concept, "not_stated"),
                   min=bounds[0], max=bounds[1], bands=tuple(b.strip() for b in bands), codes=codes)


def parse_emigrant_recipe(data: dict) -> EmigrantRecipe:
    """An ``EmigrantRecipe`` from its JSON object, or ``TabulateError`` saying what is wrong with it."""
    version = data.get("recipe_version", RECIPE_VERSION)
    if not isinstance(version, int) or version > RECIPE_VERSION:
        raise _fail("too_new", found=str(version), supported=RECIPE_VERSION)
    unknown = sorted(set(data) - _KNOWN_TOP)
    if unknown:
        raise _fail("unknown_field", concept="recipe", field=", ".join(unknown))
    raw_vars = data.get("variables")
    if not isinstance(raw_vars, dict) or not raw_vars:
        raise _fail("emigrants_needs", concepts=", ".join(REQUIRED))
    variables: dict[str, VarSpec] = {}
    for key, body in raw_vars.items():
        concept = _SYNONYMS.get(str(key).upper(), str(key))
        if concept not in EMIGRANT_CONCEPTS:
            raise _fail("unknown_concept", concept=str(key), concepts=", ".join(EMIGRANT_CONCEPTS))
        if concept in variables:
            raise _fail("duplicate_concept", concept=concept)
        variables[concept] = _var(concept, body)
    missing = [c for c in REQUIRED if c not in variables]
    if missing:
        raise _fail("emigrants_needs", concepts=", ".join(missing))
    year = data.get("census_year")
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise _fail("bad_field", concept="recipe", field="census_year") from None
    country = data.get("census_country")
    layout = data.get("layout") or "members"
    if layout not in LAYOUTS:
        raise _fail("bad_kind", concept="layout", kind=str(layout), kinds=", ".join(LAYOUTS))
    wide = data.get("wide") or {}
    if not isinstance(wide, dict):
        raise _fail("bad_field", concept="recipe", field="wide")
    prefix = str(wide.get("prefix") or DEFAULT_PREFIX)
    if "{n}" not in prefix:
        raise _fail("bad_field", concept="wide", field="prefix")
    members = wide.get("members")
    if members is not None and (not isinstance(members, int) or not 1 <= members <= MAX_MEMBERS):
        raise _fail("bad_field", concept="wide", field="members")
    top = data.get("age_open_top", 85)
    if not isinstance(top, int) or not 20 <= top <= 120 or top % 5:
        raise _fail("bad_field", concept="recipe", field="age_open_top")
    csv_opts = data.get("csv") or {}
    if not isinstance(csv_opts, dict):
        raise _fail("bad_field", concept="recipe", field="csv")
    name = str(data.get("name") or "").strip() or "emigrants"
    return EmigrantRecipe(name=name, variables=variables, census_year=year,
                          census_country=str(country).strip() if country is not None else None,
                          period=parse_period(data.get("reference_period")), layout=layout, prefix=prefix,
                          members=members, age_open_top=top, csv=dict(csv_opts), raw=dict(data))


# -- the tabulation ---------------------------------------------------------------
def _text(expr: str) -> str:
    """Any column as trimmed text without a ``.0``, NULL when blank (the type is not known in a UNION of slots)."""
    return (f"CASE WHEN TRY_CAST({expr} AS DOUBLE) IS NOT NULL AND TRY_CAST({expr} AS DOUBLE) = "
            f"trunc(TRY_CAST({expr} AS DOUBLE)) AND abs(TRY_CAST({expr} AS DOUBLE)) < 1e15 "
            f"AND NOT regexp_matches(trim(CAST({expr} AS VARCHAR)), '^0[0-9]') "
            f"THEN CAST(CAST(TRY_CAST({expr} AS DOUBLE) AS BIGINT) AS VARCHAR) "
            f"ELSE NULLIF(trim(CAST({expr} AS VARCHAR)), '') END")


def _member_columns(recipe: EmigrantRecipe, columns: dict[str, str]) -> list[dict[str, str]]:
    """Per member: concept → column of the file (one member for the members layout)."""
    def find(name: str) -> str | None:
        wanted = name.strip().casefold()
        for col in columns:
            if col.strip().casefold() == wanted:
                return col
        return None

    member_concepts = ("country_of_residence", "sex", "age", "departure")
    shown = ", ".join(list(columns)[:40])
    if recipe.layout == "members":
        out = {}
        for concept in member_concepts:
            col = find(recipe.variables[concept].variable)
            if col is None:
                raise TabulateError("tabulate.recipe.missing_column", variable=recipe.variables[concept].variable,
                                    concept=concept, columns=shown)
            out[concept] = col
        return [out]
    slots = []
    last = recipe.members or MAX_MEMBERS
    for n in range(1, last + 1):
        prefix = recipe.prefix.replace("{n}", str(n))
        found = {c: find(prefix + recipe.variables[c].variable) for c in member_concepts}
        if all(v is None for v in found.values()) and recipe.members is None:
            break
        for concept, col in found.items():
            if col is None:
                raise TabulateError("tabulate.recipe.missing_column",
                                    variable=prefix + recipe.variables[concept].variable, concept=concept,
                                    columns=shown)
        slots.append(found)
    if not slots:
        first = recipe.prefix.replace("{n}", "1") + recipe.variables["country_of_residence"].variable
        raise TabulateError("tabulate.recipe.missing_column", variable=first, concept="country_of_residence",
                            columns=shown)
    return slots


def shown_variable(recipe: EmigrantRecipe, concept: str) -> str:
    """The variable of a concept as the user reads it: ``EDAD_SALIDA``, or ``emig*_edad`` in a wide file."""
    name = recipe.variables[concept].variable
    if recipe.layout == "wide" and concept in REQUIRED:
        return recipe.prefix.replace("{n}", "*") + name
    return name


def _household_column(recipe: EmigrantRecipe, columns: dict[str, str], concept: str) -> str | None:
    if concept not in recipe.variables:
        return None
    name = recipe.variables[concept].variable
    for col in columns:
        if col.strip().casefold() == name.strip().casefold():
            return col
    raise TabulateError("tabulate.recipe.missing_column", variable=name, concept=concept,
                        columns=", ".join(list(columns)[:40]))


def scan_sql(relation: str, slots: list[dict[str, str]], weight: str | None) -> str:
    """The one pass: members grouped by the raw text of their sex, age, year of departure and country.

    A wide file's members come out of each household row by ``unnest`` of a
    list of structs (one per member slot), inside the same scan.
    """
    names = ("cor", "sex", "age", "dep")
    concepts = ("country_of_residence", "sex", "age", "departure")
    w = "1.0" if weight is None else f"TRY_CAST({quote_ident(weight)} AS DOUBLE)"
    structs = []
    for slot in slots:
        fields = ", ".join(f"{n} := {_text(quote_ident(slot[c]))}" for n, c in zip(names, concepts))
        structs.append(f"struct_pack({fields})")
    present = " OR ".join(f"m.{n} IS NOT NULL" for n in names)
    members = (f"SELECT {w} AS w, unnest([{', '.join(structs)}]) AS m FROM {relation}")
    ok = "w IS NOT NULL AND w >= 0 AND isfinite(w)"
    return (f"SELECT m.cor AS cor, m.sex AS sex, m.age AS age, m.dep AS dep, count(*) AS n, "
            f"sum(CASE WHEN {ok} THEN w ELSE 0 END) AS w, "
            f"sum(CASE WHEN {ok} THEN 0 ELSE 1 END) AS wbad "
            f"FROM ({members}) WHERE {present} GROUP BY GROUPING SETS ((m.cor, m.sex, m.age, m.dep))")


def default_bands(period: ReferencePeriod, end: int) -> list[str]:
    """Five-year periods of departure from the start of the reference period: 2012-2016, 2017-2021, 2022-2024."""
    codes, start = [], period.start
    while start <= end:
        codes.append(f"{start}-{min(start + BAND_YEARS - 1, end)}")
        start += BAND_YEARS
    return codes


class _Mapper:
    """Maps the distinct raw values of each variable to IMILA codes (plain Python: they are few)."""

    def __init__(self, recipe: EmigrantRecipe, schema: Schema, census_year: int, census_m49: str | None,
                 period: ReferencePeriod, end: int, labels: dict[str, dict[str, str]]):
        self.recipe, self.schema = recipe, schema
        self.census_year, self.census_m49 = census_year, census_m49
        self.period, self.end = period, end
        spec = recipe.variables["departure"]
        codes = list(spec.bands) or default_bands(period, end)
        cl = schema.codelist("DEPART")
        bands = []
        for code in codes:
            band = C.parse_band(code)
            if band is None or not cl.is_valid(code) or band.low is None or band.high is None:
                raise TabulateError("tabulate.recipe.bad_departure_band", band=code)
            if band.low < period.start or band.high > end:
                raise TabulateError("tabulate.recipe.band_outside_period", band=code, start=str(period.start),
                                    end=str(end))
            bands.append(band)
        if C.check_bands(bands):
            raise TabulateError("tabulate.recipe.bands_overlap", band=C.check_bands(bands))
        self.bands = sorted(bands, key=lambda b: b.low)
        self.labels = labels
        self.resolver = C.CountryResolver(recipe.variables["country_of_residence"], schema, census_m49,
                                          labels.get("country_of_residence"), "COR")

    def country(self, raw: str | None) -> tuple[str, str]:
        code, nativity, status = self.resolver.resolve(raw or "")
        if code == "NAT":
            return "UNK", NOT_ABROAD
        return code, status

    def sex(self, raw: str | None) -> tuple[str, str]:
        return C.map_category(raw or "", self.recipe.variables["sex"], self.schema.codelist("SEX"),
                              self.labels.get("sex"))

    def _number(self, raw: str | None, spec: VarSpec) -> tuple[float | None, str]:
        if raw is None or raw == "":
            return None, C.MISSING
        norm = norm_value(raw)
        if norm in spec.not_stated:
            return None, C.NOT_STATED
        try:
            value = float(raw)
        except ValueError:
            return None, C.NOT_NUMERIC
        if not math.isfinite(value) or value != int(value):
            return None, C.NOT_NUMERIC
        if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
            return None, C.OUT_OF_RANGE
        return value, C.OK

    def year(self, raw: str | None) -> tuple[int | None, str]:
        spec = self.recipe.variables["departure"]
        value, status = self._number(raw, spec)
        if value is None:
            return None, status
        year = int(self.census_year - value) if spec.kind == "years_ago" else int(value)
        if year > self.census_year or year < 1800:
            return None, C.OUT_OF_RANGE
        if year < self.period.start or year > self.end:
            return year, OUTSIDE_PERIOD
        return year, C.OK

    def band(self, year: int | None) -> str:
        if year is None:
            return "UNK"
        for band in self.bands:
            if band.low <= year <= band.high:
                return band.code
        return "UNK"

    def age(self, raw: str | None, year: int | None, year_status: str) -> tuple[str, str]:
        spec = self.recipe.variables["age"]
        value, status = self._number(raw, spec)
        if value is None:
            return "UNK", status
        if spec.kind == "current":
            if year is None:
                return "UNK", DERIVED_UNKNOWN
            value = value - (self.census_year - year)
            if value < 0:
                return "UNK", C.OUT_OF_RANGE
        top = self.recipe.age_open_top
        low = int(value)
        if low >= top:
            return f"{top:02d}+", C.OK
        group = low - low % 5
        return f"{group:02d}-{group + 4:02d}", C.OK


def _census_country(raw, schema: Schema) -> str | None:
    if not raw:
        return None
    raw = str(raw).strip()
    cl = schema.codelist("COB")
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


def tabulate_emigrants(data, recipe: EmigrantRecipe, *, schema: Schema | None = None, metadata: dict | None = None,
                       disclosure_threshold: int | None = None, progress=None, cancelled=None,
                       value_labels: dict | None = None, name: str | None = None, memory_limit: str = "1GB",
                       threads: int | None = None, work_dir=None, on_disk: bool = False):
    """T11 from an emigrant-module file (path) or a DataFrame, without a project: a ``TabulationResult``."""
    import shutil
    import tempfile

    import duckdb

    from app.errors import Cancelled
    from app.tabulate.engine import TabulationResult, _lineage

    started = time.perf_counter()
    schema = schema or load_schema()
    metadata = metadata or {}
    census_year = recipe.census_year or metadata.get("census_year")
    try:
        census_year = int(census_year) if census_year not in (None, "") else None
    except (TypeError, ValueError):
        census_year = None
    if census_year is None:
        raise TabulateError("tabulate.recipe.needs_census_year")
    if recipe.census_country:
        census_m49 = _census_country(recipe.census_country, schema)
    else:  # a project's country the code lists do not know (a training census) has no code to leave out
        try:
            census_m49 = _census_country(metadata.get("country_m49") or metadata.get("country_iso3"), schema)
        except TabulateError:
            census_m49 = None
    period = recipe.period or parse_period(metadata.get(METADATA_KEY), concept="metadata")
    if period is None:
        raise TabulateError("tabulate.recipe.needs_reference_period")
    end = period.end if period.end is not None else census_year
    if period.start > census_year or end > census_year:
        raise TabulateError("tabulate.recipe.period_after_census", start=str(period.start), end=str(end),
                            year=str(census_year))

    def report(fraction: float, text: str) -> None:
        if progress is not None:
            progress(max(0.0, min(1.0, fraction)), text)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    workdir = Path(tempfile.mkdtemp(prefix="imila-t11-", dir=work_dir))
    con = duckdb.connect(str(workdir / "t11.duckdb")) if on_disk else duckdb.connect()
    issues: list[TabulationIssue] = []
    try:
        con.execute(f"SET threads = {int(threads or min(os.cpu_count() or 2, 8))}")
        con.execute(f"SET memory_limit = {quote_str(memory_limit)}")
        con.execute(f"SET temp_directory = {quote_str(str(workdir / 'spill'))}")
        shown = Path(data).name if isinstance(data, (str, os.PathLike)) else (name or "data")
        report(0.0, shown)
        check()
        if isinstance(data, (str, os.PathLike)):
            source = open_source(con, Path(data), recipe.csv, workdir)
            source_name = name or Path(data).name
        else:
            source = open_frame(con, data, value_labels)
            source_name = name or "data"
        slots = _member_columns(recipe, source.columns)
        household = _household_column(recipe, source.columns, "household")
        weight = _household_column(recipe, source.columns, "weight")
        labels = {c: source.value_labels.get(col, {}) for c, col in slots[0].items()}
        mapper = _Mapper(recipe, schema, census_year, census_m49, period, end, labels)
        bad = _bad_country_codes(recipe.variables["country_of_residence"], schema)
        if bad:
            raise TabulateError("tabulate.recipe.bad_codes", concept="country_of_residence", codes=", ".join(bad))
        report(0.05, shown)
        t0 = time.perf_counter()
        from app.tabulate.engine import _execute

        try:
            _execute(con, f"CREATE TABLE raw AS {scan_sql(source.relation, slots, weight)}", progress,
                     cancelled, 0.05, 0.85, shown)
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - duckdb's errors on a bad file
            raise TabulateError("tabulate.unreadable", path=source_name,
                                detail=str(exc).splitlines()[0][:300]) from exc
        scan_seconds = time.perf_counter() - t0
        check()
        raw = con.execute("SELECT cor, sex, age, dep, n, w, wbad FROM raw").df()
        households = None
        if household is not None:
            households = int(con.execute(
                f"SELECT count(DISTINCT hh) FROM (SELECT CAST({quote_ident(household)} AS VARCHAR) AS hh "
                f"FROM {source.relation})").fetchall()[0][0])
        if raw.empty:
            raise TabulateError("tabulate.no_records", path=source_name)
        report(0.87, TABLE)
        for column in ("cor", "sex", "age", "dep"):
            raw[column] = raw[column].astype(object).where(raw[column].notna(), None)
        cor = {v: mapper.country(v) for v in raw["cor"].unique()}
        sex = {v: mapper.sex(v) for v in raw["sex"].unique()}
        years = {v: mapper.year(v) for v in raw["dep"].unique()}
        raw["COR"] = raw["cor"].map(lambda v: cor[v][0])
        raw["s_cor"] = raw["cor"].map(lambda v: cor[v][1])
        raw["SEX"] = raw["sex"].map(lambda v: sex[v][0])
        raw["s_sex"] = raw["sex"].map(lambda v: sex[v][1])
        raw["year"] = raw["dep"].map(lambda v: years[v][0])
        raw["s_dep"] = raw["dep"].map(lambda v: years[v][1])
        raw["DEPART"] = [mapper.band(y) if s == C.OK else "UNK" for y, s in zip(raw["year"], raw["s_dep"])]
        ages = {}
        age_codes, age_status = [], []
        for a, y, s in zip(raw["age"], raw["year"], raw["s_dep"]):
            key = (a, y if s in (C.OK, OUTSIDE_PERIOD) else None)
            if key not in ages:
                ages[key] = mapper.age(*key, s)
            age_codes.append(ages[key][0])
            age_status.append(ages[key][1])
        raw["AGE"], raw["s_age"] = age_codes, age_status
        weighted = weight is not None
        member_count = int(raw["n"].sum())
        bad_weights = int(raw["wbad"].sum()) if weighted else 0
        # the universe: members abroad who left within the reference period (or whose year is not stated)
        outside = raw["s_dep"].isin([OUTSIDE_PERIOD]) | (raw["s_cor"] == NOT_ABROAD)
        kept = raw[~outside]

        def count(mask) -> int:
            return int(raw.loc[mask, "n"].sum())

        def examples(mask, column) -> str:
            top = raw.loc[mask].groupby(column, dropna=False)["n"].sum().sort_values(ascending=False).head(8)
            return ", ".join(f"“{'' if k is None else k}” ({int(v)})" for k, v in top.items())

        variables = {c: shown_variable(recipe, c) for c in REQUIRED}
        for concept, status_col, raw_col, code in (("country_of_residence", "s_cor", "cor", "UNK"),
                                                   ("sex", "s_sex", "sex", "9"), ("age", "s_age", "age", "UNK"),
                                                   ("departure", "s_dep", "dep", "UNK")):
            statuses = kept[status_col].value_counts()
            for status in statuses.index:
                if status in (C.OK, OUTSIDE_PERIOD, NOT_ABROAD):
                    continue
                mask = (raw[status_col] == status) & ~outside
                key = f"tabulate.issue.{status}" if status != DERIVED_UNKNOWN else "tabulate.issue.age_not_derived"
                params = {"code": code, "tables": TABLE, "concept": concept,
                          "examples": examples(mask, raw_col) if status in (C.UNMAPPED, C.OUT_OF_RANGE,
                                                                             C.NOT_NUMERIC) else ""}
                issues.append(TabulationIssue(key=key, severity=_SEVERITY.get(status, "warning"), count=count(mask),
                                              concept=concept, variable=variables[concept], params=params))
        before = count((raw["s_dep"] == OUTSIDE_PERIOD) & (raw["s_cor"] != NOT_ABROAD))  # each member in one note
        if before:
            issues.append(TabulationIssue(key="tabulate.issue.outside_period", severity="info", count=before,
                                          concept="departure", variable=variables["departure"],
                                          params={"start": str(period.start), "end": str(end), "table": TABLE}))
        home = count(raw["s_cor"] == NOT_ABROAD)
        if home:
            issues.append(TabulationIssue(key="tabulate.issue.not_abroad", severity="warning", count=home,
                                          concept="country_of_residence", variable=variables["country_of_residence"],
                                          params={"table": TABLE}))
        if weighted and bad_weights:
            issues.append(TabulationIssue(key="tabulate.issue.bad_weight", severity="warning", count=bad_weights,
                                          concept="weight", variable=recipe.variables["weight"].variable, params={}))
        check()
        cube = kept[["COR", "SEX", "AGE", "DEPART", "n", "w"]]
        con.register("t11_cube", cube)
        value = "round(sum(w), 4)" if weighted else "CAST(sum(n) AS DOUBLE)"
        flag = quote_str("E" if weighted else "A")
        dims = ["COR", "SEX", "AGE", "DEPART"]
        if disclosure_threshold:
            cell = " AND ".join(f"{d} <> '_T'" for d in dims)
            flag = f"CASE WHEN {cell} AND n < {int(disclosure_threshold)} THEN 'C' ELSE {flag} END"
        frame = con.execute(
            f"SELECT *, {flag} AS flag FROM (SELECT {', '.join(f'coalesce({d}, {quote_str(C_TOTAL)}) AS {d}' for d in dims)}, "
            f"{value} AS value, CAST(sum(n) AS BIGINT) AS n FROM t11_cube GROUP BY CUBE ({', '.join(dims)})) "
            f"WHERE n > 0 ORDER BY {', '.join(dims)}").df()
        con.unregister("t11_cube")
        frame = frame[[*dims, "value", "n", "flag"]]
        tables = {TABLE: frame} if len(frame) else {}
        if disclosure_threshold:
            flagged = int((frame["flag"] == "C").sum())
            if flagged:
                issues.append(TabulationIssue(key="tabulate.issue.suppressed", severity="info", count=flagged,
                                              params={"threshold": disclosure_threshold}))
        kept_total = float(kept["w"].sum()) if weighted else None
        settings = dict(source.settings)
        settings.update({"census_year": census_year, "census_country": census_m49, "kind": KIND,
                         "layout": recipe.layout, "members": member_count, "households": households,
                         "member_slots": len(slots), "reference_period": period.to_json(end),
                         "disclosure_threshold": disclosure_threshold})
        timings = {"scan": scan_seconds, "total": time.perf_counter() - started}
        report(1.0, TABLE)
        return TabulationResult(tables=tables, issues=issues, records=member_count, weighted_total=kept_total,
                                lineage=_lineage(source_name, recipe), skipped={}, settings=settings,
                                timings=timings, cube_rows=len(raw))
    finally:
        con.close()
        shutil.rmtree(workdir, ignore_errors=True)


C_TOTAL = "_T"
_SEVERITY = {C.MISSING: "info", C.NOT_STATED: "info", C.OUT_OF_RANGE: "warning", C.NOT_NUMERIC: "warning",
             C.UNMAPPED: "warning", C.OUTSIDE_BANDS: "warning", DERIVED_UNKNOWN: "info"}


def _bad_country_codes(spec: VarSpec, schema: Schema) -> list[str]:
    """The codes of the country value map that the COR list does not have as a place (regions are not leaves)."""
    codelist = schema.codelist("COR")
    bad = []
    for code in spec.values.values():
        found = codelist.get(code)
        if found is None or found.kind not in ("country", "historic", "residual", "other", "native", "unknown"):
            bad.append(code)
    return sorted(set(bad))

"""The SQL of a tabulation, built as text by pure functions (testable without a file or project).

One pass over the microdata (``raw_scan_sql``) groups the records by the raw
value of every bound column, counting them (``n``) and summing their weights
(``w``); the natives' characteristics that only tables of the foreign-born
use are blanked before grouping, so a full census comes down to a table of
about one row per foreign-born person plus a few thousand rows of natives.
``scan_sql`` then gives each of those rows its *reduced* values — raw codes
for categorical variables, the five-year age group, the band of arrival, of
schooling, of children ever born: the "cube". (``scan_sql`` of a plan over
the file itself does both in one query; grouping raw values first is
cheaper, because nothing is computed per record.)

The scan gives numbers that are not a valid value a negative code:
``-1`` blank, ``-2`` declared not stated, ``-3`` out of range, ``-4`` not a
number, ``-5`` a year no band covers (``codes.SENTINELS``).

Every IMILA table is then one ``GROUP BY CUBE`` over the mapped cube
(``table_sql``): all its cells and all its ``_T`` totals, along every
dimension, in one pass over a small table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.tabulate.codes import Band
from app.tabulate.source import quote_ident, quote_str, type_class

# Concepts only tables of the foreign-born use: the scan blanks them for natives.
DETAIL_CONCEPTS = ("arrival", "marital_status", "children_ever_born", "schooling", "activity", "industry",
                   "occupation", "employment_status")
ALIASES = {
    "country_of_birth": "c_cob", "sex": "c_sex", "age": "c_age", "residence_5y": "c_res5",
    "arrival": "c_arr", "marital_status": "c_marst", "children_ever_born": "c_ceb", "schooling": "c_educ",
    "activity": "c_act", "industry": "c_ind", "occupation": "c_occ", "employment_status": "c_icse",
}
INDICATOR_ALIASES = {"country_of_birth": "c_nat", "residence_5y": "c_res5p"}


@dataclass
class NumericRule:
    """How the scan turns a number into a band (or a sentinel)."""

    low: float | None  # valid range of the raw number
    high: float | None
    not_stated: tuple[str, ...] = ()
    bands: list[Band] = field(default_factory=list)  # → band index; empty with ``five_year``
    five_year_top: int | None = None  # ages: lower bound of the five-year group, open at this age
    extra_breaks: tuple[int, ...] = ()  # ages: universe lower ages inside a five-year group
    offset_year: int | None = None  # arrival as years ago: band the year census_year - value


@dataclass
class ScanColumn:
    concept: str
    column: str  # column of the source
    type: str  # DuckDB type of the column
    numeric: NumericRule | None = None  # None: categorical
    keep: tuple[str, ...] = ()  # categorical values kept as they are (value-map keys)
    prefix_digits: tuple[int, int] | None = None  # (pad to, keep first): ISIC division / ISCO major group


@dataclass
class ScanPlan:
    relation: str
    columns: dict[str, ScanColumn]  # concept → column
    indicators: dict[str, ScanColumn] = field(default_factory=dict)  # country concept → its yes/no question
    native_values: tuple[str, ...] = ()  # country_of_birth values meaning native (no nativity question)
    native_indicator_values: tuple[str, ...] = ()  # nativity-question values meaning native
    weight: ScanColumn | None = None
    pre_aggregated: bool = False  # ``relation`` has counts ``n``, weights ``w`` and bad weights ``wbad``


def text_expr(expr: str, duck_type: str, *, ident: bool = True) -> str:
    """A column (or ``expr`` with ``ident=False``) as trimmed text, NULL when blank.

    Numbers without a decimal part lose their ``.0``, so that ``32``, ``32.0``
    and ``" 32"`` give ``"32"`` whatever the file's column type.
    """
    col = quote_ident(expr) if ident else expr
    kind = type_class(duck_type)
    if kind == "text":
        return f"NULLIF(trim({col}), '')"
    if kind == "int":
        return f"CAST({col} AS VARCHAR)"
    if kind == "float":
        return (f"CASE WHEN {col} IS NULL OR isnan({col}) THEN NULL "
                f"WHEN {col} = trunc({col}) AND abs({col}) < 1e15 THEN CAST(CAST({col} AS BIGINT) AS VARCHAR) "
                f"ELSE CAST({col} AS VARCHAR) END")
    if kind == "bool":
        return f"CAST(CAST({col} AS INTEGER) AS VARCHAR)"
    return f"NULLIF(trim(CAST({col} AS VARCHAR)), '')"


def number_expr(expr: str, duck_type: str, *, ident: bool = True) -> str:
    """A column as a DOUBLE, NULL where it is not a number."""
    col = quote_ident(expr) if ident else expr
    kind = type_class(duck_type)
    if kind in ("int", "float", "bool"):
        return f"CAST({col} AS DOUBLE)"
    if kind == "text":
        return f"TRY_CAST({col} AS DOUBLE)"  # DuckDB's cast ignores surrounding blanks
    return f"TRY_CAST(CAST({col} AS VARCHAR) AS DOUBLE)"


def literal_list(values: tuple[str, ...], duck_type: str) -> str | None:
    """``values`` as SQL literals comparable with a column of ``duck_type`` (None when none fits)."""
    kind = type_class(duck_type)
    out = []
    for v in values:
        if kind in ("int", "float"):
            try:
                number = float(v)
            except ValueError:
                continue
            out.append(repr(number) if kind == "float" else str(int(number)) if number.is_integer() else None)
        else:
            out.append(quote_str(v))
    out = sorted({o for o in out if o is not None})
    return ", ".join(out) if out else None


def _num_list(values: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """``values`` split into SQL number literals and texts ("NaN", "inf" and words are texts)."""
    numbers, texts = [], []
    for v in values:
        try:
            number = float(v)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            numbers.append(repr(number))
        else:
            texts.append(v)
    return numbers, texts


def band_expr(x: str, bands: list[Band]) -> str:
    """Index (in ``bands``' order) of the band that holds the whole number ``x``, or -5 where none does.

    The bands must be sorted and must not overlap; the test runs from the top
    band down, so the most recent periods of arrival are found first.
    """
    if not bands:
        return "-5"
    parts = []
    top = bands[-1]
    if top.high is not None:
        parts.append(f"WHEN {x} > {top.high} THEN -5")
    for index in range(len(bands) - 1, -1, -1):
        band = bands[index]
        if band.low is None:
            parts.append(f"ELSE {index}")
            break
        parts.append(f"WHEN {x} >= {band.low} THEN {index}")
        below = bands[index - 1] if index else None
        if below is not None and below.high is not None and below.high + 1 < band.low:
            parts.append(f"WHEN {x} > {below.high} THEN -5")  # a gap between two bands
    else:
        parts.append("ELSE -5")
    return f"CASE {' '.join(parts)} END"


def age_group_expr(x: str, top: int, extra: tuple[int, ...]) -> str:
    """Lower bound of the age group of whole age ``x``: five-year groups, open at ``top``, split at ``extra``."""
    base = f"CAST(least(floor({x} / 5) * 5, {int(top)}) AS INTEGER)"
    splits = [f"WHEN {x} >= {a} AND {x} < {a - a % 5 + 5} THEN {a}" for a in sorted(extra) if a % 5 and a < top]
    return f"CASE {' '.join(splits)} ELSE {base} END" if splits else base


def numeric_reduced(r: str, x: str, rule: NumericRule, duck_type: str) -> str:
    """The scan's value of a numeric variable: band index (or age group) or a negative sentinel.

    ``r`` is the raw column and ``x`` its value as a whole number (floored, NULL
    when not a number). The text of ``r`` is looked at only where ``x`` is NULL.
    """
    kind = type_class(duck_type)
    numbers, texts = _num_list(rule.not_stated)
    not_stated = f"{x} IN ({', '.join(numbers)})" if numbers else "FALSE"
    range_conds = [f"isnan({x})"] if rule.high is None else []  # NaN sorts above every number in DuckDB
    if rule.low is not None:
        range_conds.append(f"{x} < {rule.low!r}")
    if rule.high is not None:
        range_conds.append(f"{x} > {rule.high!r}")
    value = x if rule.offset_year is None else f"({int(rule.offset_year)} - {x})"
    if rule.five_year_top is not None:
        band = age_group_expr(value, rule.five_year_top, rule.extra_breaks)
    else:
        band = band_expr(value, rule.bands)
    if kind in ("int", "bool"):
        blank = f"WHEN {x} IS NULL THEN -1"
    elif kind == "float":
        blank = f"WHEN {x} IS NULL OR isnan({x}) THEN -1"
    else:
        text = f"trim(CAST({r} AS VARCHAR))"
        declared = f"WHEN {text} IN ({', '.join(quote_str(v) for v in texts)}) THEN -2 " if texts else ""
        # a text DuckDB reads as NaN ("nan") is a blank, as a NaN of a typed column is
        blank = (f"WHEN {x} IS NULL OR isnan({x}) THEN (CASE WHEN {r} IS NULL OR {text} = '' THEN -1 {declared}"
                 f"WHEN {x} IS NULL THEN -4 ELSE -1 END)")
    return f"CASE {blank} WHEN {not_stated} THEN -2 WHEN {' OR '.join(range_conds)} THEN -3 ELSE {band} END"


def categorical_reduced(r: str, col: ScanColumn) -> str:
    """The scan's value of a categorical variable: the raw value, or ``#`` + leading digits (as text)."""
    if col.prefix_digits is None:
        return r
    t = text_expr(r, col.type, ident=False)
    pad, keep = col.prefix_digits
    kept = ""
    if col.keep:
        kept = f"WHEN {t} IN ({', '.join(quote_str(v) for v in col.keep)}) THEN {t} "
    return (f"CASE WHEN {t} IS NULL THEN NULL {kept}"
            f"WHEN regexp_full_match({t}, '[0-9]+') THEN '#' || left(lpad({t}, {int(pad)}, '0'), {int(keep)}) "
            f"ELSE {t} END")


def native_condition(plan: ScanPlan, names: dict[str, str] | None = None) -> str:
    """SQL that is true for a native-born record, over the source's columns (or ``names``' aliases)."""
    names = names or {}

    def ident(col: ScanColumn) -> str:
        return names.get(col.column) or quote_ident(col.column)

    if "country_of_birth" in plan.indicators:
        col = plan.indicators["country_of_birth"]
        values = literal_list(plan.native_indicator_values, col.type)
        return f"{ident(col)} IN ({values})" if values else "FALSE"
    if "country_of_birth" in plan.columns:
        col = plan.columns["country_of_birth"]
        values = literal_list(plan.native_values, col.type)
        return f"{ident(col)} IN ({values})" if values else "FALSE"
    return "FALSE"


def raw_scan_sql(plan: ScanPlan, into: str = "raw") -> tuple[str, ScanPlan]:
    """The one pass over the microdata: GROUP BY the raw value of every bound column.

    Nothing is computed per record but the test of nativity (the natives'
    characteristics that only tables of the foreign-born use are blanked, so
    that the natives collapse to a few thousand profiles) and, with a weight,
    its value: grouping raw values is about as cheap as reading them. The
    result (``into``: columns ``q0``, ``q1`` …, ``n``, ``w``, ``wbad``) is
    small, and ``scan_sql`` of the returned plan reduces it further.
    """
    blank: dict[str, bool] = {}  # source column → only detail concepts use it
    types: dict[str, str] = {}
    for concept, col in plan.columns.items():
        blank[col.column] = blank.get(col.column, True) and concept in DETAIL_CONCEPTS
        types[col.column] = col.type
    for col in plan.indicators.values():
        blank[col.column] = False
        types[col.column] = col.type
    names = {column: f"q{index}" for index, column in enumerate(blank)}
    native = native_condition(plan)
    select = []
    for column, alias in names.items():
        expr = quote_ident(column)
        if blank[column] and native != "FALSE":
            expr = f"CASE WHEN {native} THEN NULL ELSE {expr} END"
        select.append(f"{expr} AS {alias}")
    measures = ["count(*) AS n"]
    if plan.weight is not None:
        select.append(f"{number_expr(plan.weight.column, plan.weight.type)} AS x_w")
        good = "x_w >= 0 AND x_w < 1e12"
        measures.append(f"sum(CASE WHEN {good} THEN x_w ELSE 0 END) AS w")
        measures.append(f"sum(CASE WHEN {good} THEN 0 ELSE 1 END) AS wbad")
    else:
        measures.append("CAST(count(*) AS DOUBLE) AS w")
        measures.append("0 AS wbad")
    group = ", ".join(names.values())
    # the file's columns are read inside, the aliases grouped outside: a column of the file named like an
    # alias ("q3") can never stand for one
    sql = (f"SELECT {group}, {', '.join(measures)} "
           f"FROM (SELECT {', '.join(select)} FROM {plan.relation}) GROUP BY {group}")

    def renamed(col: ScanColumn) -> ScanColumn:
        return ScanColumn(col.concept, names[col.column], types[col.column], col.numeric, col.keep, col.prefix_digits)

    reduced = ScanPlan(
        into, {c: renamed(col) for c, col in plan.columns.items()},
        {c: renamed(col) for c, col in plan.indicators.items()}, plan.native_values, plan.native_indicator_values,
        None, pre_aggregated=True,
    )
    return sql, reduced


def scan_sql(plan: ScanPlan) -> str:
    """GROUP BY every reduced variable, with counts and weights: the "cube".

    Over a person file (one query that reads it all) or, with
    ``plan.pre_aggregated``, over the result of ``raw_scan_sql`` (whose
    counts and weights it adds up). Categorical variables are grouped by
    their raw value, of whatever type the file has (text is trimmed and
    normalised later, on the small cube).
    """
    base: list[str] = []  # layer 1: raw columns and their numbers
    reduced: list[tuple[str, str, str]] = []  # layer 2: reduced values
    for concept, col in plan.columns.items():
        alias = ALIASES[concept]
        base.append(f"{quote_ident(col.column)} AS r_{alias}")
        if col.numeric is not None:
            base.append(f"floor({number_expr(col.column, col.type)}) AS x_{alias}")
            expr = numeric_reduced(f"r_{alias}", f"x_{alias}", col.numeric, col.type)
        else:
            expr = categorical_reduced(f"r_{alias}", col)
        reduced.append((concept, expr, alias))
    for concept, col in plan.indicators.items():
        base.append(f"{quote_ident(col.column)} AS r_{INDICATOR_ALIASES[concept]}")
    if plan.weight is not None:
        base.append(f"{number_expr(plan.weight.column, plan.weight.type)} AS x_w")

    own = {}  # the nativity test over layer 1's aliases
    if "country_of_birth" in plan.indicators:
        own[plan.indicators["country_of_birth"].column] = "r_c_nat"
    elif "country_of_birth" in plan.columns:
        own[plan.columns["country_of_birth"].column] = "r_c_cob"
    native = native_condition(plan, own)
    layer2: list[str] = []
    aliases: list[str] = []
    for concept, expr, alias in reduced:
        if concept in DETAIL_CONCEPTS and native != "FALSE":
            expr = f"CASE WHEN {native} THEN NULL ELSE {expr} END"
        layer2.append(f"{expr} AS {alias}")
        aliases.append(alias)
    for concept in plan.indicators:
        alias = INDICATOR_ALIASES[concept]
        layer2.append(f"r_{alias} AS {alias}")
        aliases.append(alias)
    measures = ["count(*) AS n"]
    if plan.pre_aggregated:
        base += ["n", "w", "wbad"]
        layer2 += ["n", "w", "wbad"]
        measures = ["sum(n) AS n", "sum(w) AS w", "sum(wbad) AS wbad"]
    elif plan.weight is not None:
        layer2.append("x_w")
        good = "x_w >= 0 AND x_w < 1e12"
        measures.append(f"sum(CASE WHEN {good} THEN x_w ELSE 0 END) AS w")
        measures.append(f"sum(CASE WHEN {good} THEN 0 ELSE 1 END) AS wbad")
    else:
        measures.append("CAST(count(*) AS DOUBLE) AS w")
        measures.append("0 AS wbad")
    group = ", ".join(aliases)
    return (
        f"SELECT {group}, {', '.join(measures)}\n"
        f"FROM (SELECT {', '.join(layer2)}\n"
        f"      FROM (SELECT {', '.join(base)} FROM {plan.relation}))\n"
        f"GROUP BY {group}"
    )


def reduce_sql(col: ScanColumn, relation: str) -> str:
    """The distinct values ``raw`` of ``col`` in ``relation`` with their reduced value ``red``.

    A numeric variable's ``red`` is its band index, age group or negative
    sentinel (as in ``scan_sql``); a categorical variable's is its trimmed
    text ('' when blank), the key its code is looked up by.
    """
    distinct = f"SELECT DISTINCT {quote_ident(col.column)} AS raw FROM {relation}"
    if col.numeric is not None:
        x = f"floor({number_expr('raw', col.type)})"
        red = numeric_reduced("raw", "x", col.numeric, col.type)
        return f"SELECT raw, {red} AS red FROM (SELECT raw, {x} AS x FROM ({distinct}))"
    duck_type = col.type if col.prefix_digits is None else "VARCHAR"
    red = f"coalesce({text_expr(categorical_reduced('raw', col), duck_type, ident=False)}, '')"
    return f"SELECT raw, {red} AS red FROM ({distinct})"


def universe_sql(population: str, min_age: int, has_age: bool) -> str | None:
    """The WHERE condition of a table's universe over the mapped cube, or None when unknown."""
    conds = {
        "all": [],
        "aged_5_plus": [],
        "foreign_born": ["NATIVITY = 'F'"],
        "foreign_born_women": ["NATIVITY = 'F'", "SEX = '2'"],
        "employed_foreign_born": ["NATIVITY = 'F'", "ACT = '1'"],
    }.get(population)
    if conds is None:
        return None
    conds = list(conds)
    if min_age > 0:
        if not has_age:
            return None
        conds.append(f"age_lo >= {int(min_age)}")
    return " AND ".join(conds) or "TRUE"


def age_case(lows: list[int], codes: dict[int, str], unknown: str = "UNK") -> str:
    """AGE code of the mapped cube's ``age_lo`` (negative: not stated)."""
    whens = " ".join(f"WHEN {low} THEN {quote_str(codes[low])}" for low in lows if low in codes)
    return f"CASE age_lo {whens} ELSE {quote_str(unknown)} END"


def table_sql(dims: list[str], universe: str, dim_exprs: dict[str, str] | None = None) -> str:
    """Every cell and every ``_T`` total of a table: one GROUP BY CUBE over the mapped cube ``m``."""
    dim_exprs = dim_exprs or {}
    inner = ", ".join(f"{dim_exprs.get(d, quote_ident(d))} AS {quote_ident(d)}" for d in dims)
    outer = ", ".join(f"CASE WHEN grouping({quote_ident(d)}) = 1 THEN '_T' ELSE {quote_ident(d)} END AS {quote_ident(d)}"
                      for d in dims)
    cube = ", ".join(quote_ident(d) for d in dims)
    # the cells first (a plain GROUP BY over the mapped cube), then their totals (CUBE over the few cells)
    return (
        f"SELECT {outer}, sum(n) AS n, sum(w) AS w\n"
        f"FROM (SELECT {cube}, sum(n) AS n, sum(w) AS w\n"
        f"      FROM (SELECT {inner}, n, w FROM m WHERE {universe}) GROUP BY {cube})\n"
        f"GROUP BY CUBE ({cube})"
    )

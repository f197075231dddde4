"""Tabulation recipes: how the variables of a census person file become IMILA concepts.

A tabulation recipe is a JSON object (saved in the project as a mapping, and
shipped in the package's ``mapping/`` folder so that CELADE can see how every
table was made). A complete example::

    {
      "recipe_version": 1,
      "kind": "tabulation",
      "name": "Censo 2024, personas",
      "census_year": 2024,
      "census_country": "152",
      "tables": ["T00", "T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"],
      "min_ages": {"T02": 12},
      "csv": {"delimiter": ";", "encoding": "latin-1"},
      "variables": {
        "country_of_birth": {
          "variable": "PAISNAC",
          "codes": "auto",
          "native": ["152"],
          "not_stated": ["999"],
          "foreign_not_stated": ["998"],
          "values": {"901": "R019", "Bolivia": "068"},
          "nativity": {"variable": "P12", "native": ["1", "2"], "foreign": ["3"]}
        },
        "sex": {"variable": "SEXO", "values": {"1": "1", "2": "2"}, "not_stated": ["9"]},
        "age": {"variable": "EDAD", "not_stated": ["999"], "max": 120},
        "arrival": {"variable": "ANIOLLEG", "kind": "year", "not_stated": ["9999"],
                    "bands": ["<1990", "1990-1999", "2000-2009", "2010-2014", "2015-2019", "2020-2024"]},
        "marital_status": {"variable": "ECIVIL", "values": {"1": "1", "2": "2", "3": "3", "4": "4",
                                                            "5": "5", "6": "6", "9": "9"}},
        "children_ever_born": {"variable": "HIJOS", "not_stated": ["99"], "max": 30},
        "residence_5y": {"variable": "RES5", "native": ["152"], "not_stated": ["999"],
                         "place": {"variable": "P15", "native": ["1", "2"], "foreign": ["3"]}},
        "schooling": {"variable": "ESCOLAR", "kind": "years", "not_stated": ["99"], "max": 30},
        "activity": {"variable": "ACTIV", "values": {"1": "1", "2": "1", "3": "2", "4": "3",
                                                     "5": "3", "6": "3", "9": "9"}},
        "industry": {"variable": "RAMA", "kind": "isic4", "digits": 2},
        "occupation": {"variable": "OCUP", "kind": "isco08", "digits": 4},
        "employment_status": {"variable": "CATEG"},
        "weight": {"variable": "FACTOR"}
      }
    }

Top level
    ``name`` names the recipe (it appears in every observation's lineage:
    ``microdata censo2024.csv, recipe Censo 2024, personas``).
    ``census_year`` and ``census_country`` (M49 code or ISO alpha-3) default
    to the project's metadata; the year is needed for the period of arrival,
    the country to recognise its own code as "born in the census country".
    ``tables`` restricts the output (default: every table the bound variables
    allow). ``min_ages`` overrides the lower age of a table's universe
    (default: the project's ``min_ages`` metadata, then the schema's).
    ``age_open_top`` is the open age group (default 85, ``85+``).
    ``csv`` gives ``delimiter``, ``encoding`` (``utf-8``, ``latin-1``),
    ``quote`` and ``header`` where sniffing the file is not enough.

Variables (``variables``)
    Keys are the concepts ``country_of_birth``, ``sex``, ``age``,
    ``arrival``, ``marital_status``, ``children_ever_born``,
    ``residence_5y``, ``schooling``, ``activity``, ``industry``,
    ``occupation``, ``employment_status`` and ``weight`` (the IMILA dimension
    ids ``COB``, ``SEX``, ``AGE``, ``ARRIVAL``, ``MARST``, ``CEB``, ``RES5``,
    ``EDUC``, ``ACT``, ``IND``, ``OCC``, ``ICSE`` are accepted as synonyms).
    A value is either the column name alone (``"sex": "SEXO"``) or an object:

    ``variable``   the column (matched without regard to case)
    ``values``     value map: a value of the file, or its value label (SPSS,
                   Stata), → a code of the concept's IMILA code list. Numbers
                   compare as numbers (``"01"`` = ``"1"`` = ``1.0``). Without a
                   map, values that are already IMILA codes are kept.
    ``not_stated`` values meaning not stated / unknown; they are counted under
                   the list's not-stated code (``UNK``, ``9``, ``99``, ``X``).
                   Blanks always are.
    ``min``/``max`` valid range of a number (age 0–120, children 0–30,
                   schooling 0–30 years): values outside it go to not stated
                   and are counted as out of range (age 999 is).

    Country of birth (and residence five years before):
    ``codes``      how the file codes countries: ``auto`` (default: M49
                   numbers, ISO alpha-3 or alpha-2 codes, or names and value
                   labels matched against the code list's labels and aliases),
                   ``m49``, ``iso3``, ``iso2`` or ``labels``. In ``auto`` the numbers
                   of a variable with value labels are national codes, placed
                   through their labels only. Whatever cannot be placed goes to
                   ``UNK`` and is listed in an issue.
    ``native``     values meaning born in (living in) the census country →
                   ``NAT`` and nativity ``N``; the census country's own code is
                   always native.
    ``foreign_not_stated`` born abroad, country not stated: nativity ``F``,
                   country ``UNK``.
    ``nativity`` (``place`` for residence) a separate "born in this country?"
                   question: ``{"variable", "native": [...], "foreign": [...]}``;
                   where it says native the country is ``NAT``, where foreign
                   the country variable gives the country.

    Age: single years (``age_open_top`` and above form the open group).
    Arrival: ``kind`` ``year`` (default: year of arrival), ``years_ago``
    (years lived in the country: arrival = census year − value) or ``code``
    (the file already has periods: map them with ``values`` to ``YYYY-YYYY``
    or ``<YYYY`` codes); ``bands`` are the national periods of arrival
    (``YYYY-YYYY`` and an open start ``<YYYY``; default decades from
    ``<1970`` to the census year). Years after the census year are out of
    range. Schooling: ``kind`` ``years`` (default; grouped as the EDUC list:
    0, 1-3, … 13+) or ``code`` with ``values``. Children ever born: numbers
    (0 … 9, 10+). Industry: ``kind`` ``isic4`` (ISIC Rev.4 division, group or
    class numbers; ``digits`` says how many the file has, default 2),
    ``section`` (letters A–U) or ``code`` with ``values``. Occupation:
    ``kind`` ``isco08`` (ISCO-08 codes, ``digits`` default 4: the major group
    is the first digit, with the leading zero of armed forces restored) or
    ``code``. Weight: the expansion factor of a sample; values are then sums
    of weights flagged ``E`` (records with a missing or negative weight count
    0 and are reported).

Universes follow the schema: T00 all persons; T01 and T04 the foreign-born;
T02, T06 and T07 the foreign-born at or above the table's lower age; T03 the
foreign-born women at or above it; T05 everybody at or above it (natives
under ``NAT``); T08 to T10 the employed (activity ``1``) foreign-born at or
above it. Persons whose age is not stated are outside the tables with a lower
age (and counted in an issue). T11 (emigrants reported by households) is not
made from person files but from the emigrant module of a household file: a
recipe of ``"kind": "emigrants"`` (``app/tabulate/emigrants.py``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.tabulate.issues import TabulateError

RECIPE_VERSION = 1

# concept → IMILA dimension (None: no dimension of its own)
CONCEPTS: dict[str, str | None] = {
    "country_of_birth": "COB",
    "sex": "SEX",
    "age": "AGE",
    "arrival": "ARRIVAL",
    "marital_status": "MARST",
    "children_ever_born": "CEB",
    "residence_5y": "RES5",
    "schooling": "EDUC",
    "activity": "ACT",
    "industry": "IND",
    "occupation": "OCC",
    "employment_status": "ICSE",
    "weight": None,
}
DIMENSION_CONCEPT = {dim: concept for concept, dim in CONCEPTS.items() if dim}
COUNTRY_CONCEPTS = ("country_of_birth", "residence_5y")

# kinds each concept accepts; the first is the default
KINDS: dict[str, tuple[str, ...]] = {
    "country_of_birth": ("country",),
    "residence_5y": ("country",),
    "sex": ("code",),
    "age": ("number",),
    "arrival": ("year", "years_ago", "code"),
    "marital_status": ("code",),
    "children_ever_born": ("number", "code"),
    "schooling": ("years", "code"),
    "activity": ("code",),
    "industry": ("isic4", "section", "code"),
    "occupation": ("isco08", "code"),
    "employment_status": ("code",),
    "weight": ("weight",),
}
_DEFAULT_RANGES = {"age": (0, 120), "children_ever_born": (0, 30), "schooling": (0, 30)}
COUNTRY_CODE_MODES = ("auto", "m49", "iso3", "iso2", "labels")

_KNOWN_TOP = {"recipe_version", "kind", "name", "census_year", "census_country", "tables", "min_ages",
              "age_open_top", "csv", "variables", "description", "notes"}
_KNOWN_VAR = {"variable", "values", "not_stated", "kind", "min", "max", "bands", "digits", "codes", "native",
              "foreign_not_stated", "nativity", "place", "label", "notes"}


def norm_value(value: Any) -> str | None:
    """The comparison form of a value: trimmed text, numbers without leading zeros or ``.0``.

    ``" 032 "`` → ``"32"``; ``1.0`` → ``"1"``; ``"Perú"`` → ``"Perú"``; blanks and NaN → None.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d+", text):
        return str(int(text))
    if re.fullmatch(r"[+-]?\d+\.\d*|[+-]?\d*\.\d+", text):
        number = float(text)
        return str(int(number)) if number.is_integer() else repr(number)
    return text


@dataclass(frozen=True)
class Indicator:
    """A yes/no question beside a country variable ("born in this country?")."""

    variable: str
    native: tuple[str, ...] = ()
    foreign: tuple[str, ...] = ()
    not_stated: tuple[str, ...] = ()


@dataclass(frozen=True)
class VarSpec:
    concept: str
    variable: str
    kind: str
    values: dict[str, str] = field(default_factory=dict)  # normalised key → code
    has_values: bool = False
    not_stated: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    bands: tuple[str, ...] = ()
    digits: int | None = None
    codes: str = "auto"
    native: tuple[str, ...] = ()
    foreign_not_stated: tuple[str, ...] = ()
    indicator: Indicator | None = None

    @property
    def dimension(self) -> str | None:
        return CONCEPTS[self.concept]


@dataclass
class Recipe:
    name: str
    variables: dict[str, VarSpec]
    census_year: int | None = None
    census_country: str | None = None
    tables: tuple[str, ...] | None = None
    min_ages: dict[str, int] = field(default_factory=dict)
    age_open_top: int = 85
    csv: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)

    def has(self, concept: str) -> bool:
        return concept in self.variables

    def to_json(self) -> dict[str, Any]:
        """The recipe as it was given (what the project stores and the package ships)."""
        return dict(self.raw)


def _fail(what: str, **params) -> TabulateError:
    return TabulateError(f"tabulate.recipe.{what}", **params)


def _str_list(value: Any, concept: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise _fail("bad_field", concept=concept, field=key)
    out = []
    for item in value:
        norm = norm_value(item)
        if norm is not None:
            out.append(norm)
    return tuple(out)


def _indicator(body: Any, concept: str, key: str) -> Indicator | None:
    if body is None:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("variable"), str) or not body["variable"].strip():
        raise _fail("bad_field", concept=concept, field=key)
    ind = Indicator(
        variable=body["variable"].strip(),
        native=_str_list(body.get("native"), concept, key),
        foreign=_str_list(body.get("foreign"), concept, key),
        not_stated=_str_list(body.get("not_stated"), concept, key),
    )
    if not ind.native and not ind.foreign:
        raise _fail("bad_field", concept=concept, field=key)
    return ind


def _number(value: Any, concept: str, key: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise _fail("bad_field", concept=concept, field=key) from None


def _var_spec(concept: str, body: Any) -> VarSpec:
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
    kinds = KINDS[concept]
    kind = body.get("kind") or kinds[0]
    if kind not in kinds:
        raise _fail("bad_kind", concept=concept, kind=str(kind), kinds=", ".join(kinds))
    values_raw = body.get("values")
    values: dict[str, str] = {}
    if values_raw is not None:
        if not isinstance(values_raw, dict):
            raise _fail("bad_field", concept=concept, field="values")
        for key, code in values_raw.items():
            if not isinstance(code, str):
                raise _fail("bad_field", concept=concept, field="values")
            norm = norm_value(key)
            if norm is not None:
                values[norm] = code.strip()
    lo, hi = _DEFAULT_RANGES.get(concept, (None, None))
    vmin = _number(body.get("min"), concept, "min")
    vmax = _number(body.get("max"), concept, "max")
    digits = body.get("digits")
    if digits is not None and (not isinstance(digits, int) or not 1 <= digits <= 6):
        raise _fail("bad_field", concept=concept, field="digits")
    bands = body.get("bands") or ()
    if bands and (not isinstance(bands, list) or not all(isinstance(b, str) for b in bands)):
        raise _fail("bad_field", concept=concept, field="bands")
    codes = body.get("codes") or "auto"
    if codes not in COUNTRY_CODE_MODES:
        raise _fail("bad_kind", concept=concept, kind=str(codes), kinds=", ".join(COUNTRY_CODE_MODES))
    indicator = _indicator(body.get("nativity") if concept == "country_of_birth" else body.get("place"), concept,
                           "nativity" if concept == "country_of_birth" else "place")
    return VarSpec(
        concept=concept,
        variable=variable.strip(),
        kind=kind,
        values=values,
        has_values=values_raw is not None,
        not_stated=_str_list(body.get("not_stated"), concept, "not_stated"),
        min=lo if vmin is None else vmin,
        max=hi if vmax is None else vmax,
        bands=tuple(b.strip() for b in bands),
        digits=digits,
        codes=codes,
        native=_str_list(body.get("native"), concept, "native"),
        foreign_not_stated=_str_list(body.get("foreign_not_stated"), concept, "foreign_not_stated"),
        indicator=indicator,
    )


def parse_recipe(data: Any) -> Recipe:
    """A ``Recipe`` from its JSON object, or ``TabulateError`` saying what is wrong with it.

    A recipe of ``"kind": "emigrants"`` (the emigrant module of a household
    file, for T11) gives an ``EmigrantRecipe`` (``app/tabulate/emigrants.py``).
    """
    if not isinstance(data, dict):
        raise _fail("not_object")
    version = data.get("recipe_version", RECIPE_VERSION)
    if not isinstance(version, int) or version > RECIPE_VERSION:
        raise _fail("too_new", found=str(version), supported=RECIPE_VERSION)
    if data.get("kind") == "emigrants":  # household members abroad → T11 (app/tabulate/emigrants.py)
        from app.tabulate.emigrants import parse_emigrant_recipe

        return parse_emigrant_recipe(data)
    if data.get("kind", "tabulation") != "tabulation":
        raise _fail("not_tabulation")
    unknown = sorted(set(data) - _KNOWN_TOP)
    if unknown:
        raise _fail("unknown_field", concept="recipe", field=", ".join(unknown))
    variables_raw = data.get("variables")
    if not isinstance(variables_raw, dict) or not variables_raw:
        raise _fail("no_variables")
    variables: dict[str, VarSpec] = {}
    for key, body in variables_raw.items():
        concept = DIMENSION_CONCEPT.get(str(key).upper(), str(key))
        if concept not in CONCEPTS:
            raise _fail("unknown_concept", concept=str(key), concepts=", ".join(CONCEPTS))
        if concept in variables:
            raise _fail("duplicate_concept", concept=concept)
        variables[concept] = _var_spec(concept, body)
    if "country_of_birth" not in variables:
        raise _fail("needs_country_of_birth")
    year = data.get("census_year")
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise _fail("bad_field", concept="recipe", field="census_year") from None
    country = data.get("census_country")
    if country is not None:
        country = str(country).strip()
    tables = data.get("tables")
    if tables is not None:
        if not isinstance(tables, list) or not all(isinstance(t, str) for t in tables):
            raise _fail("bad_field", concept="recipe", field="tables")
        tables = tuple(t.strip().upper() for t in tables)
    min_ages_raw = data.get("min_ages") or {}
    if not isinstance(min_ages_raw, dict):
        raise _fail("bad_field", concept="recipe", field="min_ages")
    min_ages = {}
    for table_id, age in min_ages_raw.items():
        if not isinstance(age, int) or not 0 <= age <= 100:
            raise _fail("bad_field", concept="recipe", field="min_ages")
        min_ages[str(table_id).upper()] = age
    top = data.get("age_open_top", 85)
    if not isinstance(top, int) or not 20 <= top <= 120 or top % 5:
        raise _fail("bad_field", concept="recipe", field="age_open_top")
    csv_opts = data.get("csv") or {}
    if not isinstance(csv_opts, dict):
        raise _fail("bad_field", concept="recipe", field="csv")
    name = str(data.get("name") or "").strip() or "microdata"
    return Recipe(name=name, variables=variables, census_year=year, census_country=country, tables=tables,
                  min_ages=min_ages, age_open_top=top, csv=dict(csv_opts), raw=dict(data))


def load_recipe(recipe: "Recipe | dict | str | os.PathLike") -> Recipe:
    """A recipe from a ``Recipe``, a dict, a JSON file path or a JSON text."""
    if isinstance(recipe, Recipe) or getattr(recipe, "kind", None) == "emigrants":
        return recipe
    if isinstance(recipe, dict):
        return parse_recipe(recipe)
    text = str(recipe)
    if text.lstrip().startswith("{"):
        source = text
    else:
        path = Path(text)
        if not path.is_file():
            raise _fail("missing", path=str(path))
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail("unreadable", path=str(path), detail=str(exc)) from exc
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise _fail("bad_json", detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    return parse_recipe(data)

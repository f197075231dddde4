"""From values of the microdata to IMILA codes: bands, classifications, countries.

Everything here works on the few *distinct* values of a variable (the scan
has already reduced the millions of records to them), so it is plain Python.
The code lists come from the schema; the only classification knowledge kept
here is the ISIC Rev.4 division → section correspondence, which the IND code
list (sections only) cannot give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models.schema import CodeList, Schema
from app.tabulate.recipe import VarSpec, norm_value

# Status of a value after mapping (what issues count).
OK = "ok"
MISSING = "missing"  # blank
NOT_STATED = "not_stated"  # declared not stated in the recipe
OUT_OF_RANGE = "out_of_range"
NOT_NUMERIC = "not_numeric"
UNMAPPED = "unmapped"  # a value the recipe and the code list do not know
OUTSIDE_BANDS = "outside_bands"  # a year that no band of arrival covers
INCONSISTENT = "inconsistent"  # nativity question and country disagree

# Sentinels the scan gives numbers that are not a valid value (see sql.py).
SENTINELS = {-1: MISSING, -2: NOT_STATED, -3: OUT_OF_RANGE, -4: NOT_NUMERIC, -5: OUTSIDE_BANDS}

# ISIC Rev.4: sections by their divisions (first and last division of each section).
ISIC4_SECTIONS = (
    ("A", 1, 3), ("B", 5, 9), ("C", 10, 33), ("D", 35, 35), ("E", 36, 39), ("F", 41, 43), ("G", 45, 47),
    ("H", 49, 53), ("I", 55, 56), ("J", 58, 63), ("K", 64, 66), ("L", 68, 68), ("M", 69, 75), ("N", 77, 82),
    ("O", 84, 84), ("P", 85, 85), ("Q", 86, 88), ("R", 90, 93), ("S", 94, 96), ("T", 97, 98), ("U", 99, 99),
)
# ISIC Rev.4 divisions that do not exist (gaps in the numbering).
_ISIC4_GAPS = {4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89}


def isic4_section(division: int) -> str | None:
    """The ISIC Rev.4 section letter of a division number, or None where no such division exists."""
    if division in _ISIC4_GAPS:
        return None
    for letter, first, last in ISIC4_SECTIONS:
        if first <= division <= last:
            return letter
    return None


def not_stated_code(codelist: CodeList) -> str:
    """The list's code for "not stated" (``UNK``, ``9``, ``99``, ``X``)."""
    for code in codelist:
        if code.kind == "unknown":
            return code.code
    return "UNK"


# -- intervals -------------------------------------------------------------
_RANGE = re.compile(r"^(\d{1,4})-(\d{1,4})$")
_OPEN_TOP = re.compile(r"^(\d{1,4})\+$")
_OPEN_START = re.compile(r"^<(\d{4})$")
_SINGLE = re.compile(r"^(\d{1,4})$")


@dataclass(frozen=True)
class Band:
    low: int | None  # None: open start
    high: int | None  # None: open top
    code: str


def parse_band(code: str) -> Band | None:
    """``"1-3"`` → 1..3; ``"13+"`` → 13..; ``"<1990"`` → ..1989; ``"0"`` → 0..0; else None."""
    text = code.strip()
    m = _RANGE.match(text)
    if m:
        low, high = int(m.group(1)), int(m.group(2))
        return Band(low, high, text) if low <= high else None
    m = _OPEN_TOP.match(text)
    if m:
        return Band(int(m.group(1)), None, text)
    m = _OPEN_START.match(text)
    if m:
        return Band(None, int(m.group(1)) - 1, text)
    m = _SINGLE.match(text)
    if m:
        return Band(int(m.group(1)), int(m.group(1)), text)
    return None


def codelist_bands(codelist: CodeList) -> list[Band]:
    """The numeric categories of a code list (EDUC: 0, 1-3, … 13+; CEB: 0 … 9, 10+), in order."""
    bands = [b for b in (parse_band(c.code) for c in codelist if c.kind == "category") if b is not None]
    return sorted(bands, key=lambda b: -1 if b.low is None else b.low)


def check_bands(bands: list[Band]) -> str | None:
    """None when the bands are ordered and do not overlap, else the first offending code."""
    ordered = sorted(bands, key=lambda b: -10**9 if b.low is None else b.low)
    previous_high: int | None = None
    for index, band in enumerate(ordered):
        if index and (previous_high is None or band.low is None or band.low <= previous_high):
            return band.code
        previous_high = band.high
    return None


def default_arrival_bands(census_year: int) -> list[str]:
    """Decades from ``<1970`` to the census year: ``<1970``, ``1970-1979``, …, ``2020-2024``."""
    codes = ["<1970"]
    start = 1970
    while start <= census_year:
        codes.append(f"{start}-{min(start + 9, census_year)}")
        start += 10
    return codes


# -- ages ------------------------------------------------------------------
def age_breaks(min_ages: list[int], open_top: int) -> list[int]:
    """Lower bounds the scan groups single ages into: five-year groups plus each universe's lower age."""
    breaks = set(range(0, open_top + 1, 5))
    breaks.update(a for a in min_ages if 0 < a < open_top)
    return sorted(breaks)


def age_code(low: int, min_age: int, open_top: int) -> str | None:
    """The AGE code for a scan group starting at ``low`` in a table whose universe starts at ``min_age``."""
    if low < min_age:
        return None
    if low >= open_top:
        return f"{open_top:02d}+"
    group = low - low % 5
    first = max(group, min_age)
    return f"{first:02d}-{group + 4:02d}"


# -- categorical values ----------------------------------------------------
def map_category(raw: str, spec: VarSpec | None, codelist: CodeList, labels: dict[str, str] | None = None) -> tuple[str, str]:
    """(code, status) of one distinct value of a categorical variable.

    ``raw`` is the text the scan produced ('' for blank). The recipe's value
    map is tried on the value, then on its value label; values the recipe
    declares not stated, and blanks, go to the list's not-stated code.
    Without a value map, values that are already codes of the list are kept.
    Industry and occupation values reduced by the scan to a division or major
    group arrive as ``#NN`` / ``#N``.
    """
    unknown = not_stated_code(codelist)
    if raw == "":
        return unknown, MISSING
    norm = norm_value(raw)
    label = (labels or {}).get(norm) if norm is not None else None
    if spec is not None:
        for key in (norm, norm_value(label) if label else None, raw.strip()):
            if key is not None and key in spec.values:
                code = spec.values[key]
                return code, (NOT_STATED if code == unknown else OK)
        for key in (norm, norm_value(label) if label else None):
            if key is not None and key in spec.not_stated:
                return unknown, NOT_STATED
    if raw.startswith("#") and spec is not None:
        digits = raw[1:]
        if spec.kind == "isic4" and digits.isdigit():
            section = isic4_section(int(digits))
            if section and codelist.get(section):
                return section, OK
            return unknown, UNMAPPED
        if spec.kind == "isco08" and digits.isdigit():
            return (digits, OK) if codelist.get(digits) else (unknown, UNMAPPED)
    if spec is None or not spec.has_values:
        candidates = [raw.strip(), norm]
        if spec is not None and spec.kind == "section":
            candidates.append(raw.strip().upper())
        for candidate in candidates:
            found = codelist.get(candidate) if candidate else None
            if found is not None and found.kind in ("category", "unknown"):
                return found.code, (NOT_STATED if found.code == unknown else OK)
    return unknown, UNMAPPED


# -- countries -------------------------------------------------------------
def _alpha2_to_alpha3(alpha2: str) -> str | None:
    try:  # optional: pycountry knows every ISO 3166-1 alpha-2 code
        import pycountry  # type: ignore
    except Exception:  # noqa: BLE001 - not installed: alpha-2 codes stay unplaced
        return None
    try:
        found = pycountry.countries.get(alpha_2=alpha2.upper())
    except (KeyError, LookupError):
        found = None
    if found is None:
        try:
            found = pycountry.historic_countries.get(alpha_2=alpha2.upper())
        except (KeyError, LookupError, AttributeError):
            found = None
    return getattr(found, "alpha_3", None)


_PLACE_KINDS = ("country", "historic", "residual", "other")


_INDEXES: dict[tuple[str, int], tuple[object, dict[str, str]]] = {}


def _cached(kind: str, codelist, build) -> dict[str, str]:
    """``build(codelist)``, computed once per code list (the schema is loaded once per process)."""
    cached = _INDEXES.get((kind, id(codelist)))
    if cached is not None and cached[0] is codelist:
        return cached[1]
    index = build(codelist)
    _INDEXES[(kind, id(codelist))] = (codelist, index)
    return index


def _iso3_index(schema: Schema, dimension: str) -> dict[str, str]:
    """ISO alpha-3 → code of the place code list."""
    def build(codelist) -> dict[str, str]:
        iso3: dict[str, str] = {}
        for code in codelist:
            if code.iso3 and code.kind in ("country", "historic"):
                iso3.setdefault(code.iso3.upper(), code.code)
        return iso3

    return _cached("iso3", schema.codelist(dimension), build)


def _names_index(schema: Schema, dimension: str) -> dict[str, str]:
    """Normalised label or alias → code of the place code list (built when first needed: labels are rare)."""
    return _cached("names", schema.codelist(dimension), _build_names)


def _build_names(codelist) -> dict[str, str]:
    from app.mapping.normalize import normalize

    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for code in codelist:
        if code.kind not in _PLACE_KINDS + ("native", "unknown"):
            continue
        for text in (*code.labels.values(), *code.aliases):
            key = normalize(text)
            if not key:
                continue
            if key in names and names[key] != code.code:
                ambiguous.add(key)
            names[key] = code.code
    for key in ambiguous:
        names.pop(key, None)
    return names


@dataclass
class CountryResolver:
    """Places one distinct value of a country variable (``country_of_birth``, ``residence_5y``)."""

    spec: VarSpec
    schema: Schema
    census_m49: str | None
    labels: dict[str, str] | None = None  # value labels of the variable (norm value → label)
    dimension: str = "COB"

    def __post_init__(self):
        self.codelist = self.schema.codelist(self.dimension)
        self.iso3 = _iso3_index(self.schema, self.dimension)
        self._names: dict[str, str] | None = None
        self._matcher = False  # not looked for yet

    @property
    def names(self) -> dict[str, str]:
        if self._names is None:
            self._names = _names_index(self.schema, self.dimension)
        return self._names

    def _label_matcher(self):
        if self._matcher is False:
            try:
                from app.mapping import matcher  # the project's label matcher, where present

                self._matcher = matcher
            except Exception:  # noqa: BLE001 - fall back to exact labels and aliases
                self._matcher = None
        return self._matcher

    def _valid_place(self, code: str) -> bool:
        found = self.codelist.get(code)
        return found is not None and found.kind in _PLACE_KINDS + ("native", "unknown")

    def _by_code(self, norm: str) -> str | None:
        mode = self.spec.codes
        if mode in ("auto", "m49") and norm.isdigit():
            code = f"{int(norm):03d}"
            found = self.codelist.get(code)
            if found is not None and found.kind in ("country", "historic"):
                return code
        if mode in ("auto", "iso3") and re.fullmatch(r"[A-Za-z]{3}", norm):
            code = self.iso3.get(norm.upper())
            if code:
                return code
        if mode in ("auto", "iso2") and re.fullmatch(r"[A-Za-z]{2}", norm):
            alpha3 = _alpha2_to_alpha3(norm)
            if alpha3 and alpha3.upper() in self.iso3:
                return self.iso3[alpha3.upper()]
        return None

    def _by_label(self, text: str) -> str | None:
        from app.mapping.normalize import normalize

        code = self.names.get(normalize(text))
        if code:
            return code
        matcher = self._label_matcher()
        if matcher is not None:
            try:
                suggestion = matcher.suggest(self.dimension, text, schema=self.schema)
            except Exception:  # noqa: BLE001 - a matcher failure must not stop the tabulation
                return None
            threshold = getattr(matcher, "AUTO_ACCEPT", 0.9)
            code = getattr(suggestion, "code", None)
            if code and getattr(suggestion, "confidence", 0) >= threshold and self._valid_place(code):
                return code
        return None

    def resolve(self, raw: str) -> tuple[str, str, str]:
        """(code, nativity N/F/UNK, status) of a value ('' for blank)."""
        if raw == "":
            return "UNK", "UNK", MISSING
        norm = norm_value(raw) or ""
        label = (self.labels or {}).get(norm)
        keys = [k for k in (norm, norm_value(label) if label else None) if k]
        code: str | None = None
        for key in keys:
            if key in self.spec.values:
                code = self.spec.values[key]
                break
        if code is None:
            if any(k in self.spec.native for k in keys):
                return "NAT", "N", OK
            if any(k in self.spec.foreign_not_stated for k in keys):
                return "UNK", "F", NOT_STATED
            if any(k in self.spec.not_stated for k in keys):
                return "UNK", "UNK", NOT_STATED
            if label and self.spec.codes in ("auto", "labels"):
                code = self._by_label(label)
            # numbers of a labelled variable are national codes: read them as M49/ISO only when told to
            if code is None and self.spec.codes != "labels" and not (self.labels and self.spec.codes == "auto"):
                code = self._by_code(norm)
            if code is None and self.spec.codes in ("auto", "labels") and not norm.isdigit():
                code = self._by_label(raw)
        if code is None:
            return "UNK", "UNK", UNMAPPED
        if code == "NAT" or (self.census_m49 and code == self.census_m49):
            return "NAT", "N", OK
        if code == "UNK":
            return "UNK", "UNK", NOT_STATED
        return code, "F", OK

    def resolve_with(self, raw: str, indicator_raw: str | None) -> tuple[str, str, str]:
        """As ``resolve``, with the separate nativity (place) question where the recipe binds one."""
        ind = self.spec.indicator
        if ind is None or indicator_raw is None:
            return self.resolve(raw)
        norm = norm_value(indicator_raw) if indicator_raw else None
        if norm is not None and norm in ind.native:
            return "NAT", "N", OK
        if norm is not None and norm in ind.foreign:
            code, nativity, status = self.resolve(raw)
            if nativity == "F":
                return code, nativity, status
            if code == "NAT":
                return "UNK", "F", INCONSISTENT
            return "UNK", "F", (status if status != OK else NOT_STATED)
        return self.resolve(raw)


def validate_value_codes(spec: VarSpec, schema: Schema) -> list[str]:
    """The codes of a value map that the concept's code list does not have (region codes are not leaves)."""
    dimension = spec.dimension
    if dimension is None:
        return []
    codelist = schema.codelist(dimension)
    bad = []
    for code in spec.values.values():
        if dimension in ("COB", "RES5"):
            found = codelist.get(code)
            if found is None or found.kind not in _PLACE_KINDS + ("native", "unknown"):
                bad.append(code)
        elif dimension == "ARRIVAL":
            if not (codelist.is_valid(code) and code != "_T"):
                bad.append(code)
        else:
            found = codelist.get(code)
            if found is None or found.kind == "total":
                bad.append(code)
    return sorted(set(bad))

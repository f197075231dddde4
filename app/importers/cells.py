"""Cell-level reading: labels, numbers written as text, conventional signs.

Every grid is classified column by column with vectorised pandas string
operations, so a million-row CSV is classified in about a second:

* ``kind``: 0 empty, 1 number, 2 conventional sign, 3 text;
* ``value``: the number (``0.0`` for ``-``, NaN for the other signs);
* ``flag``: index into ``FLAGS`` (A, C, M, Z, E);
* ``text``: the label as published with whitespace normalised (NBSP and
  narrow NBSP become spaces, runs of whitespace collapse, ends are
  stripped); numbers are shown without a trailing ``.0``.

Conventional signs (IMILA schema): ``-``/``—`` absolute zero (0, flag A);
``*``, ``x``, ``..``, ``…`` confidential (NaN, C); ``///`` and ``NSA`` not
applicable (NaN, Z); ``n.d.``, ``N/D``, ``ND`` not available (NaN, M). An
empty data cell is NaN with flag M.

Numbers stored as text are parsed with the file's decimal and thousands
marks, guessed by ``guess_number_format`` from the cells themselves:
``1.933.463`` / ``1 933 463`` (also NBSP, narrow NBSP) / ``1,933,463`` /
``12,5``. A cell with a leading zero (``01``, ``068``) is a code, not a
number.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd

from app.importers.base import FLAGS

EMPTY, NUMBER, SIGN, TEXT = 0, 1, 2, 3
FLAG_A, FLAG_C, FLAG_M, FLAG_Z, FLAG_E = range(5)
FLAG_ARRAY = np.array(FLAGS, dtype=object)

SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2008\u2002\u2003\u3000\ufeff"
_WS = re.compile(r"[\s" + SPACES + r"]+")
# whitespace as a literal class (no \s, no \u escapes) so that pyarrow's RE2 runs it natively
WS_CLASS = "[ \t\n\r\f\v\x85" + SPACES + "\u1680\u2000\u2001\u2004\u2005\u2006\u2028\u2029\u205f]"
WS_PATTERN = WS_CLASS + "+"

# sign -> (value, flag)
SIGNS: dict[str, tuple[float, int]] = {}
for _s in ("-", "—", "–", "−", "--", "‑"):
    SIGNS[_s] = (0.0, FLAG_A)
for _s in ("*", "**", "x", "X", "..", "...", "…", "•"):
    SIGNS[_s] = (math.nan, FLAG_C)
for _s in ("///", "//", "NSA", "nsa", "N/A", "n/a", "n.a.", "N.A.", "No aplica"):
    SIGNS[_s] = (math.nan, FLAG_Z)
for _s in ("n.d.", "n.d", "N.D.", "N/D", "n/d", "ND", "nd", "s.d.", "s/d", "S/D", "n.e.", "NE", "?"):
    SIGNS[_s] = (math.nan, FLAG_M)


# What a table's own legend of signs says a sign means ("n.a. Niet beschikbaar / Not available"): its flag.
_LEGEND_MEANINGS = (
    (FLAG_M, re.compile(r"\b(not available|no disponible|niet beschikbaar|nao disponivel|non disponible|"
                        r"sin (dato|informacion)|dato no disponible|unavailable|not known|onbekend)\b")),
    (FLAG_Z, re.compile(r"\b(not applicable|no aplica|no se aplica|niet van toepassing|nao se aplica|non applicable|"
                        r"sans objet)\b")),
    (FLAG_C, re.compile(r"\b(confidential|confidencial|reservado|vertrouwelijk|sigilo|secret)\b")),
)


def _fold_text(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text.lower()).strip()


def legend_flags(lines: Iterable[str]) -> dict[str, int]:
    """Signs a table's own legend defines, each with the flag its wording gives ({"n.a.": FLAG_M}).

    A legend line starts with a known sign and says what it means:
    "n.a. Niet beschikbaar / Not available" (ABS Suriname), "... Dato no
    disponible", "x Confidencial". Only missing (M), not applicable (Z) and
    confidential (C) readings are taken; a line naming two of them says nothing.
    """
    out: dict[str, int] = {}
    for line in lines:
        text = str(line or "").strip()
        for sign in sorted(SIGNS, key=len, reverse=True):
            if not text.startswith(sign):
                continue
            rest = text[len(sign):]
            if rest and not (rest[0].isspace() or rest[0] in ":="):
                break
            meaning = _fold_text(rest.lstrip(" :=\t"))
            found = {flag for flag, pattern in _LEGEND_MEANINGS if pattern.search(meaning)}
            if len(found) == 1 and meaning:
                out[sign] = found.pop()
            break
    return out


def normalise_label(value) -> str:
    """A label as published, whitespace-normalised (scalar version)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return format_number(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return _format_datetime(value)
    if isinstance(value, _dt.timedelta):
        return str(value)
    return _WS.sub(" ", str(value)).strip()


def format_number(v: float) -> str:
    if v != v:  # NaN
        return ""
    if float(v).is_integer() and abs(v) < 1e16:
        return str(int(v))
    return format(v, ".15g")


def _format_datetime(value) -> str:
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    return value.isoformat()


# --------------------------------------------------------------------------- number format


_TOKEN = re.compile(r"^[+-]?[\d" + SPACES + r" .,']+%?$")


def guess_number_format(tokens: Iterable[str], delimiter: str | None = None) -> tuple[str, str | None]:
    """(decimal, thousands) that best explain numeric-looking strings.

    ``thousands`` is ``"."``, ``","``, ``" "`` or ``None``; spaces (also NBSP
    and narrow NBSP) between digit groups are always accepted.
    """
    dec = Counter()
    thou = Counter()
    amb_dot3 = amb_comma3 = 0
    seen = 0
    for raw in tokens:
        if not isinstance(raw, str):
            continue
        t = raw.strip()
        if not t or not any(ch.isdigit() for ch in t) or not _TOKEN.match(t):
            continue
        seen += 1
        if seen > 20000:
            break
        t = t.lstrip("+-").rstrip("%")
        t = re.sub(r"[" + SPACES + r" ']", " ", t)
        if re.fullmatch(r"\d{1,3}( \d{3})+([.,]\d+)?", t):
            thou[" "] += 1
            m = re.search(r"([.,])\d+$", t)
            if m:
                dec[m.group(1)] += 1
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", t):
            thou["."] += 2
            dec[","] += 2
        elif re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", t):
            thou[","] += 2
            dec["."] += 2
        elif re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", t):
            thou["."] += 2
        elif re.fullmatch(r"\d{1,3}(,\d{3}){2,}", t):
            thou[","] += 2
        elif re.fullmatch(r"\d+,(\d{1,2}|\d{4,})", t) or re.fullmatch(r"\d{4,},\d+", t) or re.fullmatch(r"0,\d+", t):
            dec[","] += 1
        elif re.fullmatch(r"\d+\.(\d{1,2}|\d{4,})", t) or re.fullmatch(r"\d{4,}\.\d+", t) or re.fullmatch(r"0\.\d+", t):
            dec["."] += 1
        elif re.fullmatch(r"\d{1,3},\d{3}", t):
            amb_comma3 += 1
        elif re.fullmatch(r"\d{1,3}\.\d{3}", t):
            amb_dot3 += 1
    if dec[","] + thou["."] > dec["."] + thou[","]:
        decimal = ","
    elif dec["."] + thou[","] > dec[","] + thou["."]:
        decimal = "."
    elif amb_dot3 > amb_comma3:
        decimal = ","  # "1.234" with nothing else: a Latin-American count
    elif amb_comma3 > amb_dot3:
        decimal = "."
    else:
        decimal = "," if delimiter == ";" else "."
    if decimal == ",":
        thousands = "." if (thou["."] or amb_dot3) else (" " if thou[" "] else None)
    else:
        thousands = "," if (thou[","] or amb_comma3) else (" " if thou[" "] else None)
    return decimal, thousands


def number_regex(decimal: str, thousands: str | None) -> str:
    seps = SPACES + " '"
    if thousands and thousands not in (" ",):
        seps += re.escape(thousands)
    dec = re.escape(decimal)
    return r"[+-]?(?:[0-9]{1,3}(?:[" + seps + r"][0-9]{3})+|[0-9]+)(?:" + dec + r"[0-9]+)?(?: ?%)?"


def parse_numbers(strings: pd.Series, decimal: str, thousands: str | None) -> pd.Series:
    """Float for each string that is a number in the given marks, NaN otherwise."""
    s = strings
    ok = s.str.fullmatch(number_regex(decimal, thousands)) & ~s.str.match(r"[+-]?0[0-9]")
    ok = ok.fillna(False).astype(bool)
    out = pd.Series(np.nan, index=s.index, dtype="float64")
    if not ok.any():
        return out
    t = s[ok]
    remove = "[" + SPACES + " '%"
    if thousands and thousands != " ":
        remove += "\\" + thousands
    remove += "]"
    t = t.str.replace(remove, "", regex=True)
    if decimal != ".":
        t = t.str.replace(decimal, ".", regex=False)
    out[ok] = pd.to_numeric(t, errors="coerce").astype("float64")
    return out


# --------------------------------------------------------------------------- classification


def str_series(codes: np.ndarray, labels) -> pd.Series:
    """A pandas str Series of ``labels[codes]``, built by pyarrow (no Python loop)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pc.take(pa.array(list(labels), type=pa.string()), pa.array(np.asarray(codes, dtype=np.int64)))
    return pd.Series(pd.array(arr, dtype=pd.StringDtype("pyarrow", na_value=np.nan)))


class _Texts:
    """Per-column display texts, built lazily.

    Each column keeps the codes of its cells into a list of distinct
    normalised strings; a str Series is only built when a whole column is
    asked for (stub columns). The text of native numbers is formatted then,
    or cell by cell through ``Cells.text_at``.
    """

    def __init__(self, cells: "Cells", bases: list[tuple[np.ndarray, list[str]] | None]):
        self._cells = cells
        self._bases = bases
        self._strings: dict[int, pd.Series | None] = {}
        self._cache: dict[int, pd.Series] = {}

    def __len__(self) -> int:
        return len(self._bases)

    def __iter__(self):
        return (self[c] for c in range(len(self._bases)))

    def strings(self, c: int) -> pd.Series | None:
        """The texts of the string cells of column ``c`` ("" elsewhere), None if it has none."""
        if c not in self._strings:
            base = self._bases[c]
            self._strings[c] = None if base is None else str_series(*base)
        return self._strings[c]

    def base_at(self, r: int, c: int) -> str:
        base = self._bases[c]
        return "" if base is None else base[1][base[0][r]]

    def __getitem__(self, c: int) -> pd.Series:
        if c in self._cache:
            return self._cache[c]
        base = self._bases[c]
        kind = self._cells.kind[:, c]
        n = kind.shape[0]
        if base is None:
            codes, labels = np.zeros(n, dtype=np.int64), [""]
        else:
            codes, labels = base
        need = kind == NUMBER
        if need.any():
            lab = np.asarray(labels, dtype=object)
            need &= lab[codes] == ""
        if need.any():
            idx = np.flatnonzero(need)
            codes = np.array(codes, dtype=np.int64, copy=True)
            codes[idx] = len(labels) + np.arange(idx.size)
            labels = list(labels) + format_numbers(self._cells.value[idx, c])
        out = str_series(codes, labels)
        self._cache[c] = out
        return out


@dataclass
class Cells:
    """Classified cells of a grid (see module docstring)."""

    kind: np.ndarray  # int8 (rows x cols)
    value: np.ndarray  # float64
    flag: np.ndarray  # uint8
    text: "_Texts" = None  # text[c]: str Series of column c, "" for empty

    @property
    def shape(self):
        return self.kind.shape

    def text_at(self, r: int, c: int) -> str:
        t = self.text.base_at(r, c)
        if not t and self.kind[r, c] == NUMBER:
            return format_number(self.value[r, c])
        return t

    def row_texts(self, r: int, cols=None) -> list[str]:
        cols = range(self.kind.shape[1]) if cols is None else cols
        return [self.text_at(r, c) for c in cols]


def format_numbers(values: np.ndarray) -> list[str]:
    """``format_number`` over an array (integers without a Python call each)."""
    v = np.asarray(values, dtype="float64")
    out = np.empty(v.shape[0], dtype=object)
    ints = np.isfinite(v) & (np.floor(v) == v) & (np.abs(v) < 1e15)
    if ints.any():
        out[ints] = v[ints].astype(np.int64).astype(str).astype(object)
    rest = ~ints
    if rest.any():
        out[rest] = [format_number(x) for x in v[rest]]
    return out.tolist()


_PY_LIMIT = 5000  # distinct strings classified in Python below this, with pyarrow above


def _classify_uniques(uniq, decimal: str, thousands: str | None, py_limit: int | None = None):
    """(normalised texts, kind, value, flag) of distinct raw strings.

    ``uniq`` is a sequence of str or a str Series (used as it is, without a Python object per string). Up to
    ``py_limit`` strings (default ``_PY_LIMIT``) are classified in Python, more with vectorised string operations;
    both give the same answers.
    """
    n = len(uniq)
    kind_u = np.full(n, TEXT, dtype=np.int8)
    value_u = np.full(n, np.nan)
    flag_u = np.full(n, FLAG_M, dtype=np.uint8)
    if n <= (_PY_LIMIT if py_limit is None else py_limit):
        num_re = re.compile(number_regex(decimal, thousands))
        strip = str.maketrans("", "", SPACES + " '%" + (thousands if thousands and thousands != " " else ""))
        norm = []
        for i, raw in enumerate(uniq):
            t = _WS.sub(" ", raw).strip() if raw else ""
            norm.append(t)
            if not t:
                kind_u[i] = EMPTY
            elif t in SIGNS:
                kind_u[i] = SIGN
                value_u[i], flag_u[i] = SIGNS[t]
            elif num_re.fullmatch(t) and not (t.lstrip("+-")[:1] == "0" and t.lstrip("+-")[1:2].isdigit()):
                x = t.translate(strip)
                if decimal != ".":
                    x = x.replace(decimal, ".")
                try:
                    value_u[i] = float(x)
                    kind_u[i] = NUMBER
                    flag_u[i] = FLAG_A
                except ValueError:
                    pass
        return norm, kind_u, value_u, flag_u
    if isinstance(uniq, pd.Series):
        series = uniq.reset_index(drop=True)
    else:
        series = pd.Series(list(uniq), dtype="str")
    if series.str.contains(WS_CLASS, regex=True).any():
        series = series.str.replace(WS_CLASS + "+", " ", regex=True).str.strip()
    empty = (series == "").to_numpy(dtype=bool)
    kind_u[empty] = EMPTY
    sign = series.isin(list(SIGNS)).to_numpy(dtype=bool)
    if sign.any():
        hits = series[sign]
        kind_u[sign] = SIGN
        value_u[sign] = [SIGNS[x][0] for x in hits]
        flag_u[sign] = [SIGNS[x][1] for x in hits]
    rest = ~empty & ~sign
    if rest.any():
        nums = parse_numbers(series[rest], decimal, thousands).to_numpy()
        ridx = np.flatnonzero(rest)
        ok = ~np.isnan(nums)
        kind_u[ridx[ok]] = NUMBER
        value_u[ridx[ok]] = nums[ok]
        flag_u[ridx[ok]] = FLAG_A
    return series.to_numpy(dtype=object).tolist(), kind_u, value_u, flag_u


def classify_column(raw: pd.Series, decimal: str, thousands: str | None):
    """kind, value and flag arrays of one grid column, and its string texts (or None)."""
    n = len(raw)
    kind = np.zeros(n, dtype=np.int8)
    value = np.full(n, np.nan)
    flag = np.full(n, FLAG_M, dtype=np.uint8)
    dtype = raw.dtype
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        v = raw.to_numpy(dtype="float64", na_value=np.nan)
        isnum = ~np.isnan(v)
        kind[isnum] = NUMBER
        value[isnum] = v[isnum]
        flag[isnum] = FLAG_A
        return kind, value, flag, None
    if isinstance(dtype, pd.StringDtype) or dtype == "str":
        codes, uniques = pd.factorize(raw.fillna(""), use_na_sentinel=False)
        norm, kind_u, value_u, flag_u = _classify_uniques(np.asarray(uniques, dtype=object), decimal, thousands)
        kind[:] = kind_u[codes]
        value[:] = value_u[codes]
        flag[:] = flag_u[codes]
        return kind, value, flag, (np.asarray(codes, dtype=np.int64), list(norm))
    vals = raw.to_numpy(dtype=object)
    types = [type(x) for x in vals]
    is_float = np.fromiter((t is float or t is int for t in types), dtype=bool, count=n)
    is_str = np.fromiter((t is str for t in types), dtype=bool, count=n)
    other = ~(is_float | is_str) & np.fromiter((x is not None for x in vals), dtype=bool, count=n)
    if is_float.any():
        idx = np.flatnonzero(is_float)
        fv = np.asarray(vals[idx].tolist(), dtype="float64")
        good = ~np.isnan(fv)
        kind[idx[good]] = NUMBER
        value[idx[good]] = fv[good]
        flag[idx[good]] = FLAG_A
    if not is_str.any() and not other.any():
        return kind, value, flag, None
    all_codes = np.zeros(n, dtype=np.int64)  # 0 -> ""
    labels = [""]
    if is_str.any():
        idx = np.flatnonzero(is_str)
        codes, uniques = pd.factorize(vals[idx], use_na_sentinel=False)
        norm, kind_u, value_u, flag_u = _classify_uniques(uniques, decimal, thousands)
        kind[idx] = kind_u[codes]
        value[idx] = value_u[codes]
        flag[idx] = flag_u[codes]
        all_codes[idx] = np.asarray(codes, dtype=np.int64) + 1
        labels += list(norm)
    if other.any():
        oidx = np.flatnonzero(other)
        all_codes[oidx] = len(labels) + np.arange(oidx.size)
        labels += [normalise_label(x) for x in vals[oidx]]
        kind[oidx] = TEXT
    return kind, value, flag, (all_codes, labels)


def _unique_index(values) -> pd.Index:
    return pd.Index(list(values), dtype=object)


def classify(cells: pd.DataFrame, decimal: str | None = None, thousands: str | None = None) -> tuple[Cells, str, str | None]:
    """Classify every cell of a grid; guesses number marks when not given."""
    if decimal is None:
        decimal, guessed_thousands = guess_number_format(_numeric_tokens(cells))
        if thousands is None:
            thousands = guessed_thousands
    n_rows, n_cols = cells.shape
    kind = np.zeros((n_rows, n_cols), dtype=np.int8)
    value = np.full((n_rows, n_cols), np.nan)
    flag = np.full((n_rows, n_cols), FLAG_M, dtype=np.uint8)
    bases: list = []
    for j in range(n_cols):
        k, v, f, t = classify_column(cells.iloc[:, j], decimal, thousands)
        kind[:, j] = k
        value[:, j] = v
        flag[:, j] = f
        bases.append(t)
    out = Cells(kind, value, flag)
    out.text = _Texts(out, bases)
    return out, decimal, thousands


def _numeric_tokens(cells: pd.DataFrame, limit: int = 20000):
    """Numeric-looking strings of a grid, for guessing the number marks."""
    count = 0
    for j in range(cells.shape[1]):
        col = cells.iloc[:, j]
        if pd.api.types.is_numeric_dtype(col.dtype):
            continue
        for x in col.iloc[:5000]:
            if type(x) is str and x and (x[0].isdigit() or x[0] in "+-") and any(ch in x for ch in ".,  \u00a0\u202f'"):
                yield x
                count += 1
                if count >= limit:
                    return


def column_letters(c: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def cell_ref(sheet: str, r: int, c: int) -> str:
    return f"{sheet}!{column_letters(c)}{r + 1}"

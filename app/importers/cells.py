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


@dataclass
class Cells:
    """Classified cells of a grid (see module docstring)."""

    kind: np.ndarray  # int8 (rows x cols)
    value: np.ndarray  # float64
    flag: np.ndarray  # uint8
    text: list[pd.Series]  # one str Series per column, "" for empty

    @property
    def shape(self):
        return self.kind.shape

    def text_at(self, r: int, c: int) -> str:
        return self.text[c].iat[r]

    def row_texts(self, r: int, cols=None) -> list[str]:
        cols = range(self.kind.shape[1]) if cols is None else cols
        return [self.text[c].iat[r] for c in cols]


def _string_series(values) -> pd.Series:
    return pd.Series(values, dtype="str")


def classify_column(raw: pd.Series, decimal: str, thousands: str | None):
    """kind, value, flag arrays and the text Series of one grid column."""
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
        text = _string_series([format_number(x) if ok else "" for x, ok in zip(v, isnum)])
        return kind, value, flag, text
    if isinstance(dtype, pd.StringDtype) or dtype == "str":
        strings = raw.fillna("")
        numeric_native = None
    else:
        vals = raw.to_numpy(dtype=object)
        types = [type(x) for x in vals]
        is_float = np.fromiter((t is float or t is int for t in types), dtype=bool, count=n)
        is_str = np.fromiter((t is str for t in types), dtype=bool, count=n)
        other = ~(is_float | is_str) & np.fromiter((x is not None for x in vals), dtype=bool, count=n)
        texts = np.empty(n, dtype=object)
        texts[:] = ""
        numeric_native = None
        if is_float.any():
            fv = np.array([float(x) for x in vals[is_float]], dtype="float64")
            good = ~np.isnan(fv)
            idx = np.flatnonzero(is_float)
            numeric_native = (idx[good], fv[good])
            texts[idx[good]] = [format_number(x) for x in fv[good]]
        if other.any():
            texts[other] = [normalise_label(x) for x in vals[other]]
        if is_str.any():
            texts[is_str] = vals[is_str]
        strings = pd.Series(texts, dtype="str")
        if numeric_native is not None:
            idx, fv = numeric_native
            kind[idx] = NUMBER
            value[idx] = fv
            flag[idx] = FLAG_A
            strings_mask = is_str
        else:
            strings_mask = is_str
        # Only string cells need the text pipeline below.
        if other.any():
            kind[other] = TEXT
        return _finish_strings(strings, strings_mask, kind, value, flag, decimal, thousands)
    return _finish_strings(strings, None, kind, value, flag, decimal, thousands)


def _finish_strings(strings: pd.Series, mask, kind, value, flag, decimal, thousands):
    """Normalise string cells and classify them as empty, sign, number or text.

    Work is done once per distinct string (census columns repeat their
    labels), with regular expressions that pyarrow's RE2 runs natively.
    """
    if mask is None:
        sub = strings
        idx = np.arange(len(strings))
    else:
        if not mask.any():
            return kind, value, flag, strings
        idx = np.flatnonzero(mask)
        sub = strings.iloc[idx]
    codes, uniques = pd.factorize(sub, use_na_sentinel=False)
    uniq = pd.Series(np.asarray(uniques, dtype=object), dtype="str")
    if uniq.str.contains(WS_CLASS, regex=True).any():
        norm_u = uniq.str.replace(WS_CLASS + "+", " ", regex=True).str.strip()
    else:
        norm_u = uniq
    n_u = len(norm_u)
    kind_u = np.full(n_u, TEXT, dtype=np.int8)
    value_u = np.full(n_u, np.nan)
    flag_u = np.full(n_u, FLAG_M, dtype=np.uint8)
    empty_u = (norm_u == "").to_numpy(dtype=bool)
    kind_u[empty_u] = EMPTY
    sign_u = norm_u.isin(list(SIGNS)).to_numpy(dtype=bool)
    if sign_u.any():
        hits = norm_u[sign_u]
        kind_u[sign_u] = SIGN
        value_u[sign_u] = [SIGNS[x][0] for x in hits]
        flag_u[sign_u] = [SIGNS[x][1] for x in hits]
    rest = ~empty_u & ~sign_u
    if rest.any():
        nums = parse_numbers(norm_u[rest], decimal, thousands).to_numpy()
        ridx = np.flatnonzero(rest)
        isnum = ~np.isnan(nums)
        kind_u[ridx[isnum]] = NUMBER
        value_u[ridx[isnum]] = nums[isnum]
        flag_u[ridx[isnum]] = FLAG_A
    kind[idx] = kind_u[codes]
    value[idx] = value_u[codes]
    flag[idx] = flag_u[codes]
    norm_cells = norm_u.take(codes).reset_index(drop=True)
    if mask is None:
        text = norm_cells
    else:
        text = strings.copy()
        text.iloc[idx] = norm_cells.to_numpy(dtype=object)
    return kind, value, flag, text.astype("str")


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
    texts: list[pd.Series] = []
    for j in range(n_cols):
        k, v, f, t = classify_column(cells.iloc[:, j], decimal, thousands)
        kind[:, j] = k
        value[:, j] = v
        flag[:, j] = f
        texts.append(t.reset_index(drop=True))
    return Cells(kind, value, flag, texts), decimal, thousands


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

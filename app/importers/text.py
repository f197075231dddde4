"""CSV and other delimited text (``.csv``, ``.txt``, ``.tsv``, ``.tab``, ``.prn``).

Guesses, each reported in ``ImportResult.settings`` and each overridable:

* **encoding**: a BOM decides (UTF-8, UTF-16 LE/BE — Excel's "Unicode
  text" —, UTF-32); UTF-16 without a BOM is recognised by its NUL bytes;
  otherwise strict UTF-8, falling back to Windows-1252 (or Latin-1 when the
  bytes are undefined in 1252);
* **delimiter** among ``,`` ``;`` tab ``|``: the one giving the most lines
  with the same number of fields (two or more); an Excel ``sep=;`` first
  line is honoured;
* **decimal and thousands marks** from the numeric-looking fields
  (``1.933.463``, ``1 933 463``, ``1,933,463``, ``12,5``), see
  ``cells.guess_number_format``.

Quoted fields follow RFC 4180 (the ``csv`` module). Large files are parsed
by pandas' C reader; small ones by the ``csv`` module, which tolerates rows
of different lengths (title and note lines).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pandas as pd

from app.errors import ImportError_
from app.importers.base import Grid
from app.importers.cells import guess_number_format
from app.importers.safety import DEFAULT_LIMITS, ImportLimits, sniff

DELIMITERS = ("\t", ";", "|", ",")
_BAD_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_PANDAS_FROM_BYTES = 8 * 1024 * 1024


def detect_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if sniff(data[:4096]) == "utf16":
        sample = data[:2048]
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # a multibyte character cut at the very end is still UTF-8
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    if any(b in _BAD_1252 for b in set(data[:1 << 20])):
        return "latin-1"
    return "cp1252"


def decode(data: bytes, encoding: str, path: Path) -> str:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportError_("import.encoding_failed", path=path.name, encoding=encoding) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text[:65536]:
        raise ImportError_("import.binary_file", path=path.name, kind="binary")
    return text


def sniff_delimiter(lines: list[str]) -> str:
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=d) if row]
        except csv.Error:
            continue
        multi = [c for c in counts if c >= 2]
        if not multi:
            continue
        modal = max(set(multi), key=multi.count)
        score = multi.count(modal) * (1 + 0.01 * min(modal, 50))
        if score > best_score:
            best, best_score = d, score
    return best


def _read_arrow(data: bytes, enc: str, delim: str, sample: list[str]) -> pd.DataFrame | None:
    """Parse a large, regular file with pyarrow's multi-threaded reader.

    Returns None (the caller falls back to pandas' C reader) when a line
    has another number of fields than the first lines, when a line is blank
    (line numbers must match the file for lineage) or on any parse error.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        width = max(len(r) for r in csv.reader(sample, delimiter=delim)) if sample else 0
    except csv.Error:
        return None
    if width < 1:
        return None
    body: bytes | memoryview = data
    if enc in ("utf-8", "utf-8-sig"):
        if data.startswith(codecs.BOM_UTF8):
            body = memoryview(data)[3:]
        encoding = "utf8"
    else:
        encoding = enc
    bad = []

    def invalid(row):
        bad.append(row.number)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(body),
            read_options=pacsv.ReadOptions(autogenerate_column_names=True, encoding=encoding),
            parse_options=pacsv.ParseOptions(delimiter=delim, ignore_empty_lines=False, invalid_row_handler=invalid),
            convert_options=pacsv.ConvertOptions(
                column_types={f"f{i}": pa.string() for i in range(width)},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, LookupError, ValueError):
        return None
    if bad or table.num_columns != width:
        return None
    df = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow", na_value=np.nan)}.get)
    df.columns = list(range(width))
    return df


def _check_widths(path: Path, sample: list[str], delim: str, limits: ImportLimits) -> None:
    """Refuse a file whose first lines hold more columns, or longer cells, than the limits."""
    csv.field_size_limit(max(limits.max_field_chars + 1, 131072))
    try:
        for row in csv.reader(sample, delimiter=delim):
            if len(row) > limits.max_columns:
                raise ImportError_("import.too_many_columns", path=path.name, columns=len(row), limit=limits.max_columns)
            if any(len(x) > limits.max_field_chars for x in row):
                raise ImportError_("import.field_too_large", path=path.name, limit=limits.max_field_chars)
    except csv.Error:
        raise ImportError_("import.field_too_large", path=path.name, limit=limits.max_field_chars) from None


def _check_field_lengths(path: Path, df: pd.DataFrame, limits: ImportLimits) -> None:
    for column in df.columns:
        lengths = df[column].str.len()
        longest = lengths.max() if len(lengths) else 0
        if longest == longest and longest and int(longest) > limits.max_field_chars:
            raise ImportError_("import.field_too_large", path=path.name, limit=limits.max_field_chars)


def read_text_grid(
    path: Path,
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    name: str | None = None,
    limits: ImportLimits | None = None,
) -> tuple[Grid, dict]:
    """The grid of a delimited text file and the settings that were used.

    A line of more columns than ``limits.max_columns`` or a cell of more characters than
    ``limits.max_field_chars`` is refused before the file is parsed, so memory stays bounded.
    """
    limits = limits or DEFAULT_LIMITS
    enc = encoding or detect_encoding(data)
    text = decode(data, enc, path)
    if not text.strip():
        raise ImportError_("import.empty_file", path=path.name)
    head_lines = text[: 256 * 1024].splitlines()
    skip_first = False
    if head_lines and head_lines[0].lower().startswith("sep=") and len(head_lines[0].strip()) == 5:
        delimiter = delimiter or head_lines[0].strip()[4]
        skip_first = True
        head_lines = head_lines[1:]
    sample = [line for line in head_lines[:200] if line.strip()]
    delim = delimiter or sniff_delimiter(sample)
    if delim in ("\\t", "tab", "TAB"):
        delim = "\t"
    if len(delim) != 1:
        raise ImportError_("import.bad_delimiter", delimiter=delim)
    _check_widths(path, sample, delim, limits)
    body = text
    if skip_first:
        body = text.split("\n", 1)[1] if "\n" in text else ""
    df = None
    if len(data) >= _PANDAS_FROM_BYTES and not skip_first:
        df = _read_arrow(data, enc, delim, sample)
    if df is None and len(data) >= _PANDAS_FROM_BYTES:
        try:
            width = max(len(r) for r in csv.reader(sample, delimiter=delim)) if sample else 1
            source = io.BytesIO(data) if not skip_first else io.StringIO(body)
            df = pd.read_csv(
                source,
                encoding=enc if not skip_first else None,
                sep=delim,
                header=None,
                names=list(range(width)),
                dtype="str",
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,
                engine="c",
                quotechar='"',
            )
        except (pd.errors.ParserError, ValueError):
            df = None
    if df is None:
        try:
            rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=delim))
        except csv.Error:
            raise ImportError_("import.field_too_large", path=path.name, limit=limits.max_field_chars) from None
        while rows and not any(x.strip() for x in rows[-1]):
            rows.pop()
        if not rows:
            raise ImportError_("import.empty_file", path=path.name)
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
        df = pd.DataFrame(rows, dtype="str")
        df.columns = list(range(width))
    if df.shape[1] > limits.max_columns:
        raise ImportError_("import.too_many_columns", path=path.name, columns=int(df.shape[1]), limit=limits.max_columns)
    _check_field_lengths(path, df, limits)
    if decimal is None:
        tokens = (x for row in csv.reader(sample[:500], delimiter=delim) for x in row)
        dec, thou = guess_number_format(tokens, delimiter=delim)
        decimal = dec
        if thousands is None:
            thousands = thou
    grid = Grid(name=name or path.name, cells=df, decimal=decimal, thousands=thousands)
    settings = {"encoding": enc, "delimiter": delim, "decimal": decimal, "thousands": thousands}
    return grid, settings

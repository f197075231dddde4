"""Opening a census person file for DuckDB: CSV, Parquet, SPSS ``.sav``, Stata ``.dta``.

CSV and Parquet are read by DuckDB where they lie, out of core. A CSV is read
with every column as text (a stray letter in an age column must not stop a
scan of twenty million records) and with malformed lines — a truncated last
line, a line with too many fields — set aside in a rejects table and
reported, never fatal. SPSS and Stata files are read by pyreadstat in chunks
into a temporary Parquet file (only the bound columns), keeping their value
labels for the mapping of codes. A pandas DataFrame or a pyarrow Table can
stand for a file (``tabulate_frame`` in tests and notebooks).
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.errors import Cancelled
from app.tabulate.issues import TabulateError
from app.tabulate.recipe import norm_value

FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".dat": "csv", ".parquet": "parquet", ".pq": "parquet",
           ".sav": "sav", ".zsav": "sav", ".dta": "dta"}
REJECTS_TABLE = "imila_rejects"
CHUNK_ROWS = 200_000


@dataclass
class MicroSource:
    format: str  # csv, parquet, sav, dta, frame
    relation: str  # what follows FROM in the scan
    columns: dict[str, str]  # column → DuckDB type, in file order
    value_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # column → {norm value: label}
    settings: dict[str, Any] = field(default_factory=dict)  # delimiter, encoding … (replayable)
    rejects: bool = False  # malformed CSV lines go to ``rejects_table``
    path: Path | None = None
    rejects_table: str = REJECTS_TABLE
    sample: dict[str, list[str]] | None = None  # CSV: the first lines' values of each column

    def column(self, name: str) -> str | None:
        """The file's own spelling of a column name, matched without regard to case or blanks."""
        if name in self.columns:
            return name
        wanted = name.strip().casefold()
        for col in self.columns:
            if col.strip().casefold() == wanted:
                return col
        return None


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_str(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")


def detect_format(path: Path) -> str:
    """``csv``, ``parquet``, ``sav`` or ``dta``; a workbook or a file that is not text is refused, never read as CSV."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise TabulateError("tabulate.unreadable", path=path.name, detail=str(exc)) from exc
    if path.suffix.lower() in WORKBOOK_SUFFIXES or head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise TabulateError("tabulate.workbook", path=path.name)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    if head[:4] == b"PAR1":
        return "parquet"
    if head[:4] in (b"$FL2", b"$FL3"):
        return "sav"
    if head.startswith(b"<sta") or (len(head) > 1 and 0x71 <= head[0] <= 0x73 and head[1] in (1, 2)):
        return "dta"  # Stata 13+ ("<stata_dta>") or 8-12 (version byte, then byte order)
    return "csv"


# -- CSV -------------------------------------------------------------------
def _looks_binary(sample: bytes) -> bool:
    """True for bytes that are no text file: NUL bytes (outside UTF-16) or many control characters."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample[:65536] if b < 32 and b not in (9, 10, 13, 12))
    return controls > max(8, len(sample[:65536]) // 100)


def _sniff_encoding(sample: bytes) -> str:
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8"
        return "latin-1"


def _sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _header_names(first_line: str, delimiter: str, quote: str) -> list[str]:
    row = next(csv.reader(io.StringIO(first_line), delimiter=delimiter, quotechar=quote), [])
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(row):
        name = raw.strip().lstrip("\ufeff") or f"column{index + 1}"
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            name = f"{name}_{seen[key]}"
        else:
            seen[key] = 0
        names.append(name)
    return names


def open_csv(path: Path, options: dict[str, Any]) -> MicroSource:
    try:
        with path.open("rb") as fh:
            sample = fh.read(256 * 1024)
    except OSError as exc:
        raise TabulateError("tabulate.unreadable", path=path.name, detail=str(exc)) from exc
    if not sample.strip():
        raise TabulateError("tabulate.empty", path=path.name)
    if _looks_binary(sample):
        raise TabulateError("tabulate.binary", path=path.name)
    encoding = str(options.get("encoding") or _sniff_encoding(sample)).lower().replace("_", "-")
    encoding = {"utf8": "utf-8", "utf-8-sig": "utf-8", "latin1": "latin-1", "iso-8859-1": "latin-1",
                "cp1252": "latin-1", "windows-1252": "latin-1", "utf16": "utf-16"}.get(encoding, encoding)
    if encoding not in ("utf-8", "utf-16", "latin-1"):
        raise TabulateError("tabulate.bad_encoding", path=path.name, encoding=encoding)
    text = sample.decode("utf-16" if encoding == "utf-16" else encoding, errors="replace").lstrip("\ufeff")
    quote = str(options.get("quote") or '"')
    delimiter = options.get("delimiter") or _sniff_delimiter(text)
    if delimiter in ("\\t", "tab"):
        delimiter = "\t"
    first_line = text.splitlines()[0] if text else ""
    if options.get("header", True) is False:
        count = len(next(csv.reader(io.StringIO(first_line), delimiter=delimiter, quotechar=quote), []))
        names = [f"column{i + 1}" for i in range(count)]
    else:
        names = _header_names(first_line, delimiter, quote)
    if not names:
        raise TabulateError("tabulate.empty", path=path.name)
    settings = {"format": "csv", "delimiter": delimiter, "encoding": encoding, "quote": quote,
                "header": bool(options.get("header", True))}
    types = {n: "VARCHAR" for n in names}
    source = MicroSource("csv", _csv_relation(path, settings, types, REJECTS_TABLE), types, {}, settings,
                         rejects=True, path=path)
    source.sample = _sample_values(text, delimiter, quote, names, bool(options.get("header", True)),
                                   cut=len(sample) == 256 * 1024)
    return source


def _csv_relation(path: Path, settings: dict[str, Any], types: dict[str, str], rejects_table: str) -> str:
    """The ``read_csv`` of the file: explicit columns and types, malformed lines set aside in ``rejects_table``.

    Lines of up to 8 MiB are accepted; the buffer is set too, because
    DuckDB's default (16 times the longest line) would read a file of less
    than 128 MiB as one buffer, on one thread.
    """
    columns_sql = "{" + ", ".join(f"{quote_str(n)}: {quote_str(t)}" for n, t in types.items()) + "}"
    return (
        f"read_csv({quote_str(str(path))}, auto_detect = false, header = {str(settings['header']).lower()}, "
        f"delim = {quote_str(settings['delimiter'])}, quote = {quote_str(settings['quote'])}, "
        f"escape = {quote_str(settings['quote'])}, encoding = {quote_str(settings['encoding'])}, "
        f"columns = {columns_sql}, store_rejects = true, rejects_table = {quote_str(rejects_table)}, "
        f"rejects_scan = {quote_str(rejects_table + '_scan')}, max_line_size = 8388608, buffer_size = 8388608)"
    )


def _sample_values(text: str, delimiter: str, quote: str, names: list[str], header: bool,
                   cut: bool) -> dict[str, list[str]]:
    lines = text.splitlines()
    if cut and lines:
        lines = lines[:-1]  # the sample may end inside a line
    rows = csv.reader(lines[1:] if header else lines, delimiter=delimiter, quotechar=quote)
    out: dict[str, list[str]] = {n: [] for n in names}
    for row in rows:
        for name, value in zip(names, row):
            out[name].append(value)
    return out


def _looks_numeric(values: list[str]) -> bool:
    """Every non-blank value a plain decimal number (what DuckDB reads as a DOUBLE as the text path would)."""
    seen = False
    for value in values:
        v = value.strip()
        if not v:
            continue
        if not _PLAIN_NUMBER.fullmatch(v):
            return False
        seen = True
    return seen


_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")


def numeric_csv(source: MicroSource, columns: list[str]) -> MicroSource | None:
    """The CSV with ``columns`` read as numbers (DOUBLE), where its first lines hold only numbers; else None.

    Numbers are cheaper to read and group than text, and give the scan the
    same values: the text path casts them to DOUBLE too. A value further on
    that is not a number (a stray letter, a declared "not stated") makes
    DuckDB set its line aside in this source's rejects table with the error
    type ``CAST``: the caller then reads the file again as text
    (``source`` itself), so no record is ever lost.
    """
    if source.format != "csv" or source.path is None or not source.sample:
        return None
    chosen = [c for c in dict.fromkeys(columns) if _looks_numeric(source.sample.get(c, []))]
    if not chosen:
        return None
    types = dict(source.columns)
    for column in chosen:
        types[column] = "DOUBLE"
    table = REJECTS_TABLE + "_typed"
    return MicroSource("csv", _csv_relation(source.path, source.settings, types, table), types, {},
                       dict(source.settings), rejects=True, path=source.path, rejects_table=table,
                       sample=source.sample)


# -- Parquet ---------------------------------------------------------------
def _describe(con, relation: str, path: Path | None) -> dict[str, str]:
    try:
        rows = con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    except Exception as exc:  # noqa: BLE001 - duckdb raises several kinds for a damaged file
        name = path.name if path else "data"
        raise TabulateError("tabulate.unreadable", path=name, detail=str(exc).splitlines()[0][:300]) from exc
    return {row[0]: str(row[1]).upper() for row in rows}


def open_parquet(con, path: Path) -> MicroSource:
    relation = f"read_parquet({quote_str(str(path))})"
    columns = _describe(con, relation, path)
    return MicroSource("parquet", relation, columns, {}, {"format": "parquet"}, path=path)


# -- SPSS and Stata --------------------------------------------------------
def _labels_of(meta) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for var, mapping in (getattr(meta, "variable_value_labels", None) or {}).items():
        labels = {}
        for value, label in mapping.items():
            norm = norm_value(value)
            if norm is not None and label is not None and str(label).strip():
                labels[norm] = str(label).strip()
        if labels:
            out[var] = labels
    return out


def convert_stat(path: Path, fmt: str, workdir: Path, wanted: list[str] | None,
                 progress: Callable[[float, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 chunk_rows: int = CHUNK_ROWS) -> tuple[Path, dict[str, str], dict[str, dict[str, str]], int]:
    """Copy the ``wanted`` columns of a ``.sav``/``.dta`` file into Parquet, chunk by chunk.

    Returns (parquet path, column types, value labels, rows). Memory stays at
    one chunk whatever the size of the file.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    import pyreadstat

    reader = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    try:
        _, meta = reader(str(path), metadataonly=True)
    except Exception as exc:  # noqa: BLE001 - pyreadstat raises its own error types
        raise TabulateError("tabulate.unreadable", path=path.name, detail=str(exc)[:300]) from exc
    names = list(meta.column_names)
    if wanted is not None:
        lookup = {n.casefold(): n for n in names}
        use = []
        for w in wanted:
            real = w if w in names else lookup.get(w.strip().casefold())
            if real and real not in use:
                use.append(real)
    else:
        use = names
    types = getattr(meta, "readstat_variable_types", {}) or {}
    schema = pa.schema([(n, pa.string() if types.get(n) == "string" else pa.float64()) for n in use])
    total = int(getattr(meta, "number_rows", 0) or 0)
    target = workdir / "microdata.parquet"
    rows = 0
    writer = pq.ParquetWriter(str(target), schema, compression="zstd")
    try:
        chunks = pyreadstat.read_file_in_chunks(
            reader, str(path), chunksize=chunk_rows, usecols=use, disable_datetime_conversion=True,
        )
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                frame, _ = next(chunks)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - a truncated or damaged file
                raise TabulateError("tabulate.truncated_stat", path=path.name, rows=rows,
                                    detail=str(exc)[:300]) from exc
            arrays = []
            for name, typ in zip(schema.names, schema.types):
                column = frame[name] if name in frame.columns else None
                if column is None:
                    arrays.append(pa.nulls(len(frame), typ))
                elif pa.types.is_string(typ):
                    arrays.append(pa.array(column.astype(object).where(column.notna(), None), type=typ))
                else:
                    arrays.append(pa.array(column.to_numpy(dtype="float64", na_value=float("nan")),
                                           type=typ, from_pandas=True))
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            rows += len(frame)
            if progress is not None and total:
                progress(min(rows / total, 1.0), "")
            if len(frame) < chunk_rows:
                break
    finally:
        writer.close()
    if total and rows < total:
        raise TabulateError("tabulate.truncated_stat", path=path.name, rows=rows, detail=f"{rows} of {total}")
    columns = {n: ("VARCHAR" if pa.types.is_string(t) else "DOUBLE") for n, t in zip(schema.names, schema.types)}
    return target, columns, _labels_of(meta), rows


def open_stat(con, path: Path, fmt: str, workdir: Path, wanted: list[str] | None, progress=None,
              cancelled=None) -> MicroSource:
    target, columns, labels, rows = convert_stat(path, fmt, workdir, wanted, progress, cancelled)
    relation = f"read_parquet({quote_str(str(target))})"
    return MicroSource(fmt, relation, columns, labels, {"format": fmt, "rows": rows}, path=path)


# -- in-memory frames ------------------------------------------------------
def open_frame(con, data, value_labels: dict | None = None) -> MicroSource:
    """Register a pandas DataFrame or pyarrow Table as the view ``imila_microdata``."""
    con.register("imila_microdata", data)
    columns = _describe(con, "imila_microdata", None)
    labels = {}
    for var, mapping in (value_labels or {}).items():
        labels[var] = {norm_value(k): str(v) for k, v in mapping.items() if norm_value(k) is not None}
    return MicroSource("frame", "imila_microdata", columns, labels, {"format": "frame"})


def open_source(con, path: str | os.PathLike, options: dict[str, Any] | None, workdir: Path,
                wanted: list[str] | None = None, progress=None, cancelled=None) -> MicroSource:
    path = Path(path)
    if not path.is_file():
        raise TabulateError("tabulate.missing_file", path=str(path))
    if path.stat().st_size == 0:
        raise TabulateError("tabulate.empty", path=path.name)
    fmt = detect_format(path)
    if fmt == "csv":
        return open_csv(path, options or {})
    if fmt == "parquet":
        return open_parquet(con, path)
    return open_stat(con, path, fmt, workdir, wanted, progress, cancelled)


_NUMERIC = re.compile(r"^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$")
_FLOATING = re.compile(r"^(FLOAT|DOUBLE|REAL|DECIMAL.*)$")


def type_class(duck_type: str) -> str:
    """``int``, ``float``, ``text``, ``bool`` or ``other`` for a DuckDB type name."""
    t = duck_type.upper()
    if _NUMERIC.match(t):
        return "int"
    if _FLOATING.match(t):
        return "float"
    if t in ("VARCHAR", "TEXT", "STRING") or t.startswith("VARCHAR"):
        return "text"
    if t == "BOOLEAN":
        return "bool"
    return "other"

"""Long (tidy) delimited text read straight through pyarrow.

A large CSV that is one row per figure — label columns, one value column,
perhaps a column of flag letters — is the most common output of an office's
own database, and the one that reaches the size limit. Reading it as a
generic grid (every cell classified, every row scanned by the layout
detector, a Python object per cell) costs many times the file in memory.
This path gives exactly the table the generic path gives, at a small
multiple of a plain CSV read:

1. **Detection reads a sample.** The first ``SAMPLE_BYTES`` of the file, cut
   at a line end, go through the generic reader and layout detector. Only a
   sample that is a long table in its simplest form is taken on: one header
   line, every following line a data row, the label columns, one value
   column and perhaps a flag column, nothing else.
2. **The file goes through pyarrow** with the options of the generic reader
   (every field as text, no blank or ragged line, UTF-8), straight into
   large-string columns that become the frame's label columns without a copy.
3. **What the sample concluded is proven on the whole file**, column by
   column on distinct values: every label cell is a text (a code column:
   whole numbers, under a header that says so), every value cell a number or
   a conventional sign and never a figure that is not a count, every flag
   cell a flag letter. The distinct strings are classified by the very
   function that classifies grid cells, so labels, numbers and flags are the
   same.
4. **The tidy frame is built columnar**: labels (normalised only where a
   distinct label needs it), values and flags taken from the distinct
   values' classification, cell references joined by pyarrow.

Anything else — another encoding, a ``sep=`` line, overrides, a blank or
ragged line, a quoted line end, a label that is a number, a value that is
text — returns None and the generic path reads the file as before.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from app.errors import ImportError_
from app.importers.base import FLAGS, ImportResult, SourceDimension, TidyTable

SAMPLE_BYTES = 1 << 20  # the sample detection reads
MIN_BYTES = 8 * 1024 * 1024  # smaller files are read as grids (the generic path is fast enough there)


def _str_dtype():
    return pd.StringDtype("pyarrow", na_value=np.nan)


def _sample(path: Path) -> bytes | None:
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
    cut = head.rfind(b"\n")
    if cut <= 0:
        return None
    return head[: cut + 1]


def _fallback_reason(table: TidyTable, n_rows: int, n_cols: int) -> str | None:
    """Why the sample's table is not one this path takes on (None when it is)."""
    lay = table.layout
    if lay.get("kind") != "long":
        return "not long"
    if lay.get("header_rows") != [0] or lay.get("title_rows") or lay.get("footer_rows"):
        return "header"
    if lay.get("data_rows") != list(range(1, n_rows)):
        return "rows"
    for key in ("section_rows", "spacer_rows", "hidden_rows", "hidden_cols", "not_counts", "fill_down",
                "row_groups", "col_groups", "total_cols"):
        if lay.get(key):
            return key
    if lay.get("more_below") is not None:
        return "more below"
    data_cols = lay.get("data_cols") or []
    if len(data_cols) != 1:
        return "data cols"
    d = data_cols[0]
    if lay.get("stub_cols") != list(range(d)) or d == 0:
        return "stub cols"
    flag_col = lay.get("flag_col")
    if n_cols == d + 2:
        if flag_col != d + 1:
            return "extra column"
    elif n_cols != d + 1:
        return "extra columns"
    keys = [m["key"] for m in lay.get("messages", [])]
    if any(k not in ("import.note.layout", "import.note.code_cols", "import.note.long", "import.note.signs") for k in keys):
        return "notes"
    return None


def read_long_csv(path: Path, opts) -> ImportResult | None:
    """The ImportResult of a large long CSV, or None when the generic path must read it."""
    if opts.overrides or opts.sheet is not None:
        return None
    if path.stat().st_size < MIN_BYTES:
        return None
    if opts.encoding not in (None, "utf-8", "utf8", "utf-8-sig"):
        return None
    head = _sample(path)
    if head is None or b'"' in head or head.count(b"\r") != head.count(b"\r\n"):
        return None
    from app.importers import table_from_grid
    from app.importers.text import detect_encoding, read_text_grid

    enc = opts.encoding or detect_encoding(head)
    if enc not in ("utf-8", "utf-8-sig"):
        return None
    if head.lstrip(b"\xef\xbb\xbf")[:4].lower() == b"sep=":
        return None
    grid, settings = read_text_grid(path, head, encoding=opts.encoding, delimiter=opts.delimiter, decimal=opts.decimal,
                                    thousands=opts.thousands, limits=opts.limits)
    n_rows_s, n_cols = grid.cells.shape
    # the reading settings are guessed from the first 200 lines: the sample holds more
    if n_rows_s <= 201 or n_rows_s != head.count(b"\n"):
        return None
    try:
        sample = table_from_grid(grid, None, opts.decimal, opts.thousands, opts.limits, path.name)
    except ImportError_:
        return None
    if _fallback_reason(sample, n_rows_s, n_cols) is not None:
        return None
    # only the header line of the sample is used from here on
    grid.cells = grid.cells.iloc[:1].copy()
    sample.frame = None
    opts.report(0.1, path.name)
    import pyarrow as pa

    # the system allocator gives the parse's blocks back to the OS when they are freed (mimalloc keeps them)
    pool = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        table = _read_whole(path, grid, sample, settings, enc, n_cols, opts)
    finally:
        pa.set_memory_pool(pool)
    if table is None:
        return None
    opts.report(1.0, path.name)
    result_settings = {
        "format": "csv",
        "sheet": None,
        "encoding": settings.get("encoding", opts.encoding),
        "delimiter": settings.get("delimiter", opts.delimiter),
        "decimal": settings.get("decimal", opts.decimal),
        "thousands": settings.get("thousands", opts.thousands),
        "overrides": None,
    }
    warnings = []
    if path.suffix.lower() in (".xls", ".xlsx"):
        from app.importers import _en

        warnings.append(_en("import.warn.text_as_workbook", path=path.name))
    return ImportResult(path=str(path), format="long", settings=result_settings, tables=[table], sheets=[grid.name],
                        warnings=warnings)


def _parse(path: Path, delim: str, width: int):
    """Every line after the first as large-string columns; None on a ragged or blank line, or bad UTF-8."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    bad = []

    def invalid(row):
        bad.append(row.number)
        return "skip"

    try:
        table = pacsv.read_csv(
            str(path),
            read_options=pacsv.ReadOptions(autogenerate_column_names=True, encoding="utf8", skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=delim, ignore_empty_lines=False, invalid_row_handler=invalid),
            convert_options=pacsv.ConvertOptions(
                column_types={f"f{i}": pa.large_string() for i in range(width)},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, LookupError, ValueError, OSError):
        return None
    if bad or table.num_columns != width:
        return None
    return table


def _classified(column, header: str, decimal: str, thousands: str | None):
    """(codes of the rows into the distinct strings, their normalised texts, kind, value, flag)."""
    import pyarrow.compute as pc

    from app.importers.cells import _PY_LIMIT, _classify_uniques

    encoded = pc.dictionary_encode(column)
    chunks = encoded.chunks
    if chunks:
        dictionary = chunks[-1].dictionary
        codes = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunks]).astype(np.int32, copy=False)
    else:
        import pyarrow as pa

        dictionary = pa.array([], type=pa.large_string())
        codes = np.zeros(0, dtype=np.int32)
    uniques = pd.Series(pd.array(dictionary, dtype=_str_dtype()))
    # the generic path classifies the column's distinct strings with its header among them
    n_grid = len(uniques) + (0 if bool(pc.any(pc.equal(dictionary, header)).as_py()) else 1)
    py_limit = len(uniques) if n_grid <= _PY_LIMIT else -1
    norm, kind_u, value_u, flag_u = _classify_uniques(uniques, decimal, thousands, py_limit=py_limit)
    return codes, dictionary, norm, kind_u, value_u, flag_u


def give_back_memory() -> None:
    """Give freed heap memory back to the OS (glibc keeps the parse's freed blocks in its arenas otherwise)."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None


def _read_whole(path: Path, grid, sample: TidyTable, settings: dict, enc: str, n_cols: int, opts) -> TidyTable | None:
    import pyarrow as pa
    import pyarrow.compute as pc

    from app.importers.cells import NUMBER, SIGN, TEXT
    from app.importers.cells import column_letters
    from app.importers.layout import _CODE_HEADER, _NOT_COUNT, _fold, _rows_label, is_total_label
    from app.models.messages import message

    lay = sample.layout
    delim = settings["delimiter"]
    decimal, thousands = lay["decimal"], lay["thousands"]
    limits = opts.limits
    d = lay["data_cols"][0]
    stub_cols = list(lay["stub_cols"])
    code_cols = set(lay.get("code_cols") or [])
    flag_col = lay.get("flag_col")
    headers = [grid.cells.iat[0, c] for c in range(n_cols)]
    for c in code_cols:
        h = _first_text(grid, c)
        if not (h and len(h) <= 30 and _CODE_HEADER.match(_fold(h))):
            return None  # a code column the sample recognised by its values: the generic path decides on the file

    table = _parse(path, delim, n_cols)
    give_back_memory()
    if table is None:
        return None
    n_data = table.num_rows
    n_rows = n_data + 1
    if n_data < 2:
        return None
    if n_rows * n_cols > limits.max_cells:
        raise ImportError_("import.too_many_cells", path=grid.name, sheet=grid.name, cells=int(n_rows * n_cols),
                           limit=limits.max_cells)
    for i in range(n_cols):
        col = table.column(i)
        longest = pc.max(pc.binary_length(col)).as_py() or 0
        if longest > limits.max_field_chars and (pc.max(pc.utf8_length(col)).as_py() or 0) > limits.max_field_chars:
            raise ImportError_("import.field_too_large", path=path.name, limit=limits.max_field_chars)
    opts.report(0.5, path.name)

    # labels: every cell a text (a code column: whole numbers)
    stub_arrays = []
    labels_of: list[list[str]] = []
    total = np.zeros(n_data, dtype=bool)
    for c in stub_cols:
        col = table.column(c)
        codes, dictionary, norm, kind_u, value_u, _ = _classified(col, headers[c], decimal, thousands)
        if c in code_cols:
            if not (np.all(kind_u == NUMBER) and np.all(np.isfinite(value_u)) and np.all(np.floor(value_u) == value_u)):
                return None
        elif not np.all(kind_u == TEXT):
            return None
        if dictionary.to_pylist() == norm:
            arr = col
        else:
            arr = pc.take(pa.array(norm, type=pa.large_string()), pa.array(codes))
        # the labels in order of first appearance, as pd.unique gives them; rows labelled as totals
        labels_of.append(list(dict.fromkeys(norm)))
        is_total = np.fromiter((is_total_label(x) for x in norm), dtype=bool, count=len(norm))
        if is_total.any():
            total |= is_total[codes]
        del codes
        stub_arrays.append(arr)
    table = table.drop_columns([f"f{c}" for c in stub_cols])

    # values: numbers and conventional signs only, never a figure that is not a count
    codes, _, norm, kind_u, value_u, flag_u = _classified(table.column(f"f{d}"), headers[d], decimal, thousands)
    if not np.all((kind_u == NUMBER) | (kind_u == SIGN)):
        return None
    if any(_NOT_COUNT.match(t) for t in norm):
        return None
    V = value_u[codes]
    F = flag_u[codes]
    n_signs = int(np.count_nonzero(kind_u[codes] == SIGN)) if (kind_u == SIGN).any() else 0
    del codes
    table = table.drop_columns([f"f{d}"])
    give_back_memory()
    if flag_col is not None:
        codes, _, norm, _, _, _ = _classified(table.column(f"f{flag_col}"), headers[flag_col], decimal, thousands)
        if not set(norm) <= set(FLAGS) | {""}:
            return None
        lookup = {f: i for i, f in enumerate(FLAGS)}
        given = np.array([lookup.get(x, -1) for x in norm], dtype=np.int16)[codes]
        F = np.where(given >= 0, given, F).astype(np.uint8)
        del codes, given
    del table
    opts.report(0.8, path.name)

    # the frame, as the generic path builds it
    dims = sample.dimensions
    names = [dim.name for dim in dims]
    frame: dict[str, pd.Series] = {}
    for name, arr in zip(names, stub_arrays):
        frame[name] = pd.Series(pd.array(arr, dtype=_str_dtype()))
    del stub_arrays
    frame["value"] = pd.Series(V, dtype="float64")
    frame["flag"] = pd.Series(pd.array(pc.take(pa.array(list(FLAGS), type=pa.large_string()), pa.array(F)),
                                       dtype=_str_dtype()))
    del V, F
    prefix = f"{grid.name}!{column_letters(d + grid.col_offset)}"
    frame["cell"] = pd.Series(pd.array(cell_refs(prefix, 2 + grid.row_offset, n_data), dtype=_str_dtype()))
    df = pd.DataFrame(frame, copy=False)
    rows = np.arange(1, n_rows, dtype=np.int64)

    dimensions = [SourceDimension(name=dim.name, role=dim.role, labels=labels)
                  for dim, labels in zip(dims, labels_of)]
    total_rows = rows[total].tolist()
    del total

    messages = []
    for m in lay["messages"]:
        key, params = m["key"], dict(m["params"])
        if key == "import.note.signs":
            continue
        if key == "import.note.layout":
            params["data"] = _rows_label(rows)
            params["count"] = n_data
        messages.append({"key": key, "params": params})
    if n_signs:
        messages.append({"key": "import.note.signs", "params": {"count": n_signs}})
    layout = dict(lay)
    layout.update({
        # every line after the header: a range, not a list of millions of ints
        "data_rows": range(1, n_rows),
        "total_rows": total_rows,
        "messages": messages,
    })
    notes = [message(m["key"], "en", **m["params"]) for m in messages]
    return TidyTable(name=sample.name, title=sample.title, frame=df, dimensions=dimensions, layout=layout,
                     confidence=sample.confidence, notes=notes)


def _first_text(grid, c: int) -> str:
    from app.importers.cells import normalise_label

    return normalise_label(grid.cells.iat[0, c])



def cell_refs(prefix: str, first: int, count: int):
    """``prefix + str(n)`` for n = first … first + count - 1 as a pyarrow large-string array, built by numpy.

    The cell references of a long table ("long.csv!E2", "long.csv!E3", …): the numbers of one digit count
    are a contiguous block of strings of one width, written as the columns of a 2-D view — one buffer of
    bytes and one of offsets, no string object per cell.
    """
    import pyarrow as pa

    head = np.frombuffer(prefix.encode("utf-8"), dtype=np.uint8)
    h = head.size
    offsets = np.empty(count + 1, dtype=np.int64)
    offsets[0] = 0
    blocks = []  # (first number, how many, digits)
    n, end = first, first + count
    while n < end:
        digits = len(str(n))
        stop = min(end, 10 ** digits)
        blocks.append((n, stop - n, digits))
        n = stop
    pos = 0
    at = 0
    for n0, m, digits in blocks:
        w = h + digits
        offsets[at + 1 : at + m + 1] = pos + w * np.arange(1, m + 1, dtype=np.int64)
        pos += w * m
        at += m
    data = np.empty(pos, dtype=np.uint8)
    pos = 0
    for n0, m, digits in blocks:
        w = h + digits
        block = data[pos : pos + w * m].reshape(m, w)
        block[:, :h] = head
        numbers = np.arange(n0, n0 + m, dtype=np.int64 if n0 + m >= 2**31 else np.int32)
        for j in range(digits - 1, -1, -1):
            block[:, h + j] = 48 + numbers % 10
            numbers //= 10
        pos += w * m
    return pa.LargeStringArray.from_buffers(count, pa.py_buffer(offsets), pa.py_buffer(data))

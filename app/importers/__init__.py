"""The import layer: census tables as offices really publish them → tidy frames.

Public API
----------

``read_file(path, *, sheet=None, encoding=None, delimiter=None, decimal=None,
thousands=None, overrides=None, progress=None, cancelled=None, format=None,
limits=None) -> ImportResult``
    Reads one file. ``sheet`` is a name, a 0-based index, a list of them, or
    ``"*"`` for every sheet; ``None`` reads the first visible sheet that
    holds a table (and records its name in the settings, unless the file has
    a single sheet, so that the settings replay on the next file of the same
    shape). ``encoding``,
    ``delimiter``, ``decimal`` and ``thousands`` replace the guesses for
    text files (and ``decimal``/``thousands`` for numbers stored as text in
    workbooks). ``overrides`` corrects the detected layout (see
    ``app.importers.layout``: ``header_rows``, ``stub_cols``, ``data_rows``,
    ``footer_rows``, ``title_rows``, ``data_cols``, ``total_rows``,
    ``total_cols``, ``fill_down``, ``kind`` = "table" | "long" | "redatam",
    ``include_hidden``, ``dimension_names``, ``level_names``; for .sav/.dta
    ``value_col``). With several sheets, ``{"by_sheet": {"01": {...}}}``
    gives each sheet its own corrections. ``format`` forces a registered
    format ("csv", "xlsx", "xls", "ods", "html", "sav", "dta").
    ``ImportResult.settings`` holds exactly the keyword arguments that replay
    the import: ``read_file(path, **result.settings)`` (or ``replay``).
    ``progress(fraction, text)`` is called now and then; ``cancelled()``
    returning true raises ``app.errors.Cancelled``. A file the user can fix
    raises ``app.errors.ImportError_`` with a message key under ``import.``.

``detect_format(path) -> str``
    The registered format that reads ``path`` (by content first, then name).

``preview_grid(path, sheet=None, **same options, max_rows=2000) -> (rows, layout)``
    The raw grid for the GUI preview: a list of rows of display strings
    (whitespace-normalised text, numbers without ``.0``, merged ranges
    filled with their top-left text, hidden rows included) and the layout
    dict the import would use (0-based indices into those rows; an
    ``"error"`` entry instead when no table was found). ``layout["sheet"]``
    names the sheet shown and ``layout["sheets"]`` lists them all.

``register_format(name, patterns, can_read, read, priority=0, grids=None)``
    Adds a format. ``can_read(path, head_bytes) -> bool``; formats are tried
    by descending priority.

``ImportLimits`` / ``DEFAULT_LIMITS``
    Size limits (file size, uncompressed archive size, compression ratio,
    cells per sheet) applied before any parser runs.

``ImportResult.format`` is the file's format ("csv", "xlsx", "xls", "ods",
"html", "sav", "dta"), or "redatam" for REDATAM output in any of them, or
"long" for a long (tidy) delimited text; ``settings["format"]`` is always
the file's format. Each table's ``layout["messages"]`` repeats its notes as
``{"key", "params"}`` so that they can be shown in any of the four
languages (``app.models.messages.message``); ``notes`` holds them in
English after the source's own footnotes.

Modules: ``safety`` (limits, sniffing, zip and XML defences), ``cells``
(signs, numbers, labels), ``layout`` (table detection and unpivot),
``text`` (CSV), ``longcsv`` (a large long CSV straight through pyarrow, detection on a
sample, the same table as the grid path), ``excel`` (XLSX/XLSM/XLS/ODS), ``html``, ``redatam``,
``stats`` (SPSS/Stata). Formats are registered at the end of this module.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.errors import Cancelled, ImportError_
from app.importers.measures import set_aside_measures
from app.importers.base import FormatSpec, Grid, ImportResult, SourceDimension, TidyTable
from app.importers.safety import DEFAULT_LIMITS, ImportLimits, check_file, ole2_is_encrypted, read_head, sniff

__all__ = [
    "DEFAULT_LIMITS",
    "FormatSpec",
    "Grid",
    "ImportLimits",
    "ImportResult",
    "SourceDimension",
    "TidyTable",
    "detect_format",
    "preview_grid",
    "read_file",
    "register_format",
    "registered_formats",
    "replay",
]

_REGISTRY: dict[str, FormatSpec] = {}


def register_format(name, patterns, can_read, read, priority: int = 0, grids=None, description: str = "") -> FormatSpec:
    spec = FormatSpec(name=name, patterns=tuple(patterns), can_read=can_read, read=read, priority=priority, grids=grids,
                      description=description)
    _REGISTRY[name] = spec
    return spec


def registered_formats() -> list[FormatSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: -s.priority)


# --------------------------------------------------------------------------- options and sources


@dataclass
class ReadOptions:
    sheet: Any = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None
    overrides: dict | None = None
    progress: Callable[[float, str], None] | None = None
    cancelled: Callable[[], bool] | None = None
    limits: ImportLimits = field(default_factory=lambda: DEFAULT_LIMITS)

    def report(self, fraction: float, text: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(max(0.0, min(1.0, fraction)), text)


@dataclass
class Source:
    """A tabular file opened for reading: its sheets and a loader of one grid."""

    format: str
    sheets: list[str]
    load: Callable[[str], Grid]
    hidden_sheets: set[str] = field(default_factory=set)
    settings: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    close: Callable[[], None] | None = None


def _en(key: str, **params) -> str:
    """A warning of ImportResult.warnings (English; the key is in the message catalogue)."""
    from app.models.messages import message

    return message(key, "en", **params)


def _ext(path: Path) -> str:
    return path.suffix.lower()


# --------------------------------------------------------------------------- format detection


def detect_format(path, limits: ImportLimits | None = None) -> str:
    path = Path(path)
    check_file(path, limits or DEFAULT_LIMITS)
    head = read_head(path)
    for spec in registered_formats():
        if spec.can_read(path, head):
            return spec.name
    raise _unrecognised(path, head)


def _unrecognised(path: Path, head: bytes) -> ImportError_:
    kind = sniff(head)
    ext = _ext(path)
    if kind == "empty":
        return ImportError_("import.empty_file", path=path.name)
    if kind in ("png", "jpeg", "gif", "pdf", "gzip", "binary", "xml"):
        return ImportError_("import.binary_file", path=path.name, kind=kind.upper())
    if ext in (".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".xls") and kind in ("text", "utf16", "html"):
        return ImportError_("import.not_workbook", path=path.name, ext=ext)
    return ImportError_("import.unknown_format", path=path.name, ext=ext or "-")


# --------------------------------------------------------------------------- reading


def _select(sheet, sheets: list[str], hidden: set[str]) -> tuple[list[str], str]:
    """(sheet names to read, mode) where mode is "first", "all" or "given"."""
    if sheet is None:
        visible = [s for s in sheets if s not in hidden] or list(sheets)
        return visible, "first"
    if isinstance(sheet, str) and sheet == "*":
        visible = [s for s in sheets if s not in hidden] or list(sheets)
        return visible, "all"
    wanted = list(sheet) if isinstance(sheet, (list, tuple)) else [sheet]
    out = []
    for w in wanted:
        if isinstance(w, bool):
            raise ImportError_("import.sheet_not_found", sheet=str(w), sheets=", ".join(sheets))
        if isinstance(w, int):
            if not -len(sheets) <= w < len(sheets):
                raise ImportError_("import.sheet_not_found", sheet=str(w), sheets=", ".join(sheets))
            out.append(sheets[w])
            continue
        w = str(w)
        if w in sheets:
            out.append(w)
            continue
        folded = {s.strip().casefold(): s for s in sheets}
        if w.strip().casefold() in folded:
            out.append(folded[w.strip().casefold()])
            continue
        raise ImportError_("import.sheet_not_found", sheet=w, sheets=", ".join(sheets))
    return out, "given"


def _sheet_overrides(overrides: dict | None, name: str) -> dict | None:
    if not overrides:
        return None
    if "by_sheet" in overrides:
        per = overrides.get("by_sheet") or {}
        base = {k: v for k, v in overrides.items() if k != "by_sheet"}
        merged = dict(base)
        merged.update(per.get(name) or {})
        return merged or None
    return dict(overrides)


def table_from_grid(grid: Grid, overrides: dict | None = None, decimal: str | None = None,
                    thousands: str | None = None, limits: ImportLimits | None = None,
                    path_name: str | None = None) -> TidyTable:
    """Classify a grid and turn it into a TidyTable (REDATAM blocks or a census table)."""
    try:
        return _table_from_grid(grid, overrides, decimal, thousands, limits or DEFAULT_LIMITS)
    except ImportError_ as exc:
        exc.params.setdefault("path", path_name or grid.name)
        exc.params.setdefault("sheet", grid.name)
        raise


def _table_from_grid(grid: Grid, overrides, decimal, thousands, limits: ImportLimits) -> TidyTable:
    from app.importers import layout as _layout
    from app.importers import redatam as _redatam
    from app.importers.cells import classify

    n_rows, n_cols = grid.cells.shape
    if n_rows == 0 or n_cols == 0:
        raise ImportError_("import.no_rows", sheet=grid.name)
    if n_rows * n_cols > limits.max_cells:
        raise ImportError_("import.too_many_cells", path=grid.name, sheet=grid.name, cells=int(n_rows * n_cols),
                           limit=limits.max_cells)
    grid.merged = grid.merged_within()
    cells, dec, thou = classify(grid.cells, decimal or grid.decimal, thousands or grid.thousands)
    if not (cells.kind > 0).any():
        raise ImportError_("import.no_rows", sheet=grid.name)
    ov = dict(overrides or {})
    kind = ov.get("kind")
    if kind == "redatam" or (kind is None and _redatam.is_redatam(cells)):
        table = _redatam.parse(grid, cells, ov)
    else:
        table = _layout.build_table(grid, cells, ov)
    table.layout["decimal"] = dec
    table.layout["thousands"] = thou
    if grid.notes:
        table.notes = list(grid.notes) + table.notes
    return table


def _read_source(path: Path, source: Source, opts: ReadOptions) -> ImportResult:
    try:
        names, mode = _select(opts.sheet, source.sheets, source.hidden_sheets)
        tables: list[TidyTable] = []
        warnings = list(source.warnings)
        errors: list[ImportError_] = []
        total = max(1, len(names))
        for i, name in enumerate(names):
            opts.report(0.05 + 0.9 * i / total, name)
            grid = source.load(name)
            opts.report(0.05 + 0.9 * (i + 0.5) / total, name)
            try:
                table = table_from_grid(grid, _sheet_overrides(opts.overrides, name), opts.decimal, opts.thousands,
                                        opts.limits, path.name)
            except ImportError_ as exc:
                if mode == "given" or exc.key not in ("import.no_table", "import.no_rows", "import.redatam_empty"):
                    raise
                errors.append(exc)
                if mode == "all":
                    warnings.append(exc.message("en"))
                continue
            tables.append(table)
            if mode == "first":
                break
        if not tables:
            if errors and len(names) == 1:
                raise errors[0]
            raise ImportError_("import.no_table_in_file", path=path.name)
        for name in names:
            if name in source.hidden_sheets:
                warnings.append(_en("import.warn.hidden_sheet", sheet=name))
    finally:
        if source.close:
            source.close()
    sheet_setting = opts.sheet
    if mode == "first":
        # a single-sheet file replays on the next file of the same shape whatever its sheet is called
        sheet_setting = None if len(source.sheets) == 1 else tables[0].name
    settings = {
        "format": source.format,
        "sheet": sheet_setting,
        "encoding": source.settings.get("encoding", opts.encoding),
        "delimiter": source.settings.get("delimiter", opts.delimiter),
        "decimal": source.settings.get("decimal", opts.decimal),
        "thousands": source.settings.get("thousands", opts.thousands),
        "overrides": opts.overrides or None,
    }
    kinds = {t.layout.get("kind") for t in tables}
    fmt = source.format
    if "redatam" in kinds:
        fmt = "redatam"
    elif kinds == {"long"} and source.format == "csv":
        fmt = "long"
    opts.report(1.0, path.name)
    return ImportResult(path=str(path), format=fmt, settings=settings, tables=tables, sheets=list(source.sheets),
                        warnings=warnings)


def read_file(
    path,
    *,
    sheet=None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    overrides: dict | None = None,
    progress=None,
    cancelled=None,
    format: str | None = None,
    limits: ImportLimits | None = None,
) -> ImportResult:
    """Read a census table file into tidy frames (see the module docstring)."""
    path = Path(path)
    opts = ReadOptions(sheet=sheet, encoding=encoding, delimiter=delimiter, decimal=decimal, thousands=thousands,
                       overrides=overrides, progress=progress, cancelled=cancelled, limits=limits or DEFAULT_LIMITS)
    check_file(path, opts.limits)
    opts.report(0.0, path.name)
    fmt = format or detect_format(path, opts.limits)
    if fmt not in _REGISTRY:
        raise ImportError_("import.unknown_format", path=path.name, ext=str(fmt))
    spec = _REGISTRY[fmt]
    result = spec.read(path, opts)
    result.tables = [set_aside_measures(table) for table in result.tables]
    return result


def replay(path, settings: dict, **extra) -> ImportResult:
    """Re-import a file with the settings of an earlier ``ImportResult``."""
    kwargs = dict(settings)
    kwargs.update(extra)
    return read_file(path, **kwargs)


def _grid_reader(open_source: Callable[[Path, ReadOptions], Source]):
    def read(path: Path, opts: ReadOptions) -> ImportResult:
        return _read_source(path, open_source(path, opts), opts)

    return read


# --------------------------------------------------------------------------- preview


def preview_grid(
    path,
    sheet=None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    overrides: dict | None = None,
    format: str | None = None,
    max_rows: int = 2000,
    limits: ImportLimits | None = None,
):
    """(rows of display strings, layout dict) of one sheet, for the preview."""
    from app.importers.cells import classify

    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    check_file(path, limits)
    fmt = format or detect_format(path, limits)
    spec = _REGISTRY[fmt]
    opts = ReadOptions(sheet=sheet, encoding=encoding, delimiter=delimiter, decimal=decimal, thousands=thousands,
                       overrides=overrides, limits=limits)
    if spec.grids is None:
        result = spec.read(path, opts)
        table = result.tables[0]
        frame = table.frame
        rows = [list(frame.columns)] + [[_show(v) for v in rec] for rec in frame.head(max_rows).itertuples(index=False)]
        layout = dict(table.layout)
        layout.update({"sheet": table.name, "sheets": result.sheets})
        return rows, layout
    source: Source = spec.grids(path, opts)
    try:
        names, mode = _select(sheet, source.sheets, source.hidden_sheets)
        chosen = None
        layout: dict = {}
        for name in names:
            grid = source.load(name)
            try:
                table = table_from_grid(grid, _sheet_overrides(overrides, name), decimal, thousands, limits, path.name)
                layout = dict(table.layout)
                layout["confidence"] = table.confidence
                layout["notes"] = table.notes
                chosen = grid
                break
            except ImportError_ as exc:
                if chosen is None:
                    chosen = grid
                    layout = {"error": exc.key, "error_params": exc.params}
                if mode != "first":
                    break
        if chosen is None:
            raise ImportError_("import.no_table_in_file", path=path.name)
    finally:
        if source.close:
            source.close()
    grid = chosen
    cells, _, _ = classify(grid.cells.iloc[:max_rows], decimal or grid.decimal, thousands or grid.thousands)
    n_rows, n_cols = cells.kind.shape
    rows = [[cells.text[c].iat[r] for c in range(n_cols)] for r in range(n_rows)]
    for r0, c0, r1, c1 in grid.merged:
        if r0 >= n_rows or c0 >= n_cols:
            continue
        text = rows[r0][c0]
        for r in range(r0, min(r1, n_rows - 1) + 1):
            for c in range(c0, min(c1, n_cols - 1) + 1):
                rows[r][c] = text
    layout["sheet"] = grid.name
    layout["sheets"] = list(source.sheets)
    layout["truncated"] = grid.cells.shape[0] > max_rows
    return rows, layout


def _show(v) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        from app.importers.cells import format_number

        return format_number(v)
    return str(v)


# --------------------------------------------------------------------------- the formats


def _open_text(path: Path, opts: ReadOptions) -> Source:
    from app.importers.text import read_text_grid

    with open(path, "rb") as fh:
        data = fh.read(opts.limits.max_file_bytes + 1)
    grid, settings = read_text_grid(path, data, encoding=opts.encoding, delimiter=opts.delimiter,
                                    decimal=opts.decimal, thousands=opts.thousands, limits=opts.limits)
    warnings = []
    if _ext(path) in (".xls", ".xlsx"):
        warnings.append(_en("import.warn.text_as_workbook", path=path.name))
    return Source(format="csv", sheets=[grid.name], load=lambda name: grid, settings=settings, warnings=warnings)


def _open_html(path: Path, opts: ReadOptions) -> Source:
    import re

    from app.importers import html as _html

    with open(path, "rb") as fh:
        data = fh.read(opts.limits.max_file_bytes + 1)
    segments, enc = _html.parse_html(data, opts.encoding, path)
    text_blob = " ".join(p if k == "text" else " ".join(" ".join(r) for r in p[0]) for k, p in segments)
    settings = {"encoding": enc}
    if re.search(r"[AÁ]REA\s*#\s*\w", text_blob, re.IGNORECASE):
        grid = _html.flatten(segments, path.name)
        return Source(format="html", sheets=[grid.name], load=lambda name: grid, settings=settings)
    grids = _html.table_grids(segments)
    by_name = {g.name: g for g in grids}
    return Source(format="html", sheets=list(by_name), load=lambda name: by_name[name], settings=settings)


def _open_workbook(fmt: str):
    def open_source(path: Path, opts: ReadOptions) -> Source:
        from app.importers.excel import WorkbookSource

        warnings = []
        real = fmt
        if fmt in ("xlsx", "ods"):
            kind = sniff(read_head(path))
            if kind == "ole2":
                if ole2_is_encrypted(path, opts.limits):
                    raise ImportError_("import.encrypted", path=path.name)
                real = "xls"
                warnings.append(_en("import.warn.legacy_workbook", path=path.name, ext=path.suffix))
            elif kind != "zip":
                raise _unrecognised(path, read_head(path))
        elif fmt == "xls":
            kind = sniff(read_head(path))
            if kind == "zip":
                real = "xlsx"
            elif kind == "ole2" and ole2_is_encrypted(path, opts.limits):
                raise ImportError_("import.encrypted", path=path.name)
        wb = WorkbookSource(path, real, opts.limits)
        return Source(format=wb.format, sheets=wb.sheets, load=wb.load, hidden_sheets=wb.hidden_sheets,
                      settings={}, warnings=warnings + wb.warnings, close=wb.close)

    return open_source


def _read_stat(fmt: str):
    def read(path: Path, opts: ReadOptions) -> ImportResult:
        from app.importers.stats import read_stat

        opts.report(0.05, path.name)
        result = read_stat(path, fmt, opts.limits, opts.overrides, opts.progress)
        opts.report(1.0, path.name)
        return result

    return read


_TEXT_EXT = {".csv", ".txt", ".tsv", ".tab", ".prn", ".dat", ".asc"}
_WORKBOOK_EXT = {".xlsx", ".xlsm", ".xltx", ".xltm"}
_OTHER_EXT = _WORKBOOK_EXT | {".ods", ".xls", ".xlt", ".sav", ".zsav", ".dta", ".html", ".htm"}


def _can_csv(path: Path, head: bytes) -> bool:
    kind = sniff(head)
    ext = _ext(path)
    if kind not in ("text", "utf16"):
        return False
    return ext in _TEXT_EXT or ext in (".xls", ".xlt") or ext not in _OTHER_EXT


def _can_html(path: Path, head: bytes) -> bool:
    kind = sniff(head)
    ext = _ext(path)
    if ext in _WORKBOOK_EXT or ext == ".ods":
        return False
    return kind == "html" or (ext in (".html", ".htm") and kind in ("text", "utf16"))


def _can_xlsx(path: Path, head: bytes) -> bool:
    kind = sniff(head)
    ext = _ext(path)
    if ext in _WORKBOOK_EXT:
        return kind in ("zip", "ole2")
    return kind == "zip" and ext not in (".ods", ".sav", ".dta")


def _can_xls(path: Path, head: bytes) -> bool:
    kind = sniff(head)
    return kind == "ole2" and _ext(path) not in _WORKBOOK_EXT | {".ods", ".sav", ".dta"}


def _can_ods(path: Path, head: bytes) -> bool:
    return _ext(path) == ".ods" and sniff(head) in ("zip", "ole2")


def _can_sav(path: Path, head: bytes) -> bool:
    return sniff(head) == "sav" or (_ext(path) in (".sav", ".zsav") and sniff(head) not in ("text", "html", "empty"))


def _can_dta(path: Path, head: bytes) -> bool:
    return sniff(head) == "dta" or (_ext(path) == ".dta" and sniff(head) not in ("text", "html", "empty"))


register_format("sav", ("*.sav", "*.zsav"), _can_sav, _read_stat("sav"), priority=60, description="SPSS")
register_format("dta", ("*.dta",), _can_dta, _read_stat("dta"), priority=60, description="Stata")
register_format("ods", ("*.ods",), _can_ods, _grid_reader(_open_workbook("ods")), priority=50,
                grids=_open_workbook("ods"), description="OpenDocument spreadsheet")
register_format("xlsx", ("*.xlsx", "*.xlsm", "*.xltx", "*.xltm"), _can_xlsx, _grid_reader(_open_workbook("xlsx")),
                priority=45, grids=_open_workbook("xlsx"), description="Excel workbook")
register_format("xls", ("*.xls", "*.xlt"), _can_xls, _grid_reader(_open_workbook("xls")), priority=40,
                grids=_open_workbook("xls"), description="Excel 97-2003 workbook")
register_format("html", ("*.html", "*.htm"), _can_html, _grid_reader(_open_html), priority=30, grids=_open_html,
                description="HTML tables (REDATAM web output)")
def _read_csv(path: Path, opts: ReadOptions) -> ImportResult:
    from app.importers.longcsv import read_long_csv

    result = read_long_csv(path, opts)
    if result is not None:
        return result
    return _grid_reader(_open_text)(path, opts)


register_format("csv", ("*.csv", "*.txt", "*.tsv", "*.tab", "*.prn"), _can_csv, _read_csv,
                priority=10, grids=_open_text, description="Delimited text")

"""Every bank answer as CSV, XLSX (a titled census table) or SDMX-CSV 2.0."""

from __future__ import annotations

import io
from pathlib import Path

from app.bank.queries import Result
from app.export.spreadsheet import csv_bytes, neutralise_workbook

BANK_SDMX_VERSION = "1.0"
FORMATS = ("csv", "xlsx", "sdmx")


def _cell(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value


def to_csv(result: Result) -> bytes:
    return csv_bytes(list(result.columns), ([_cell(v) for v in row] for row in result.rows))


MEASURES = ("value", "men", "women", "reported_by_households", "counted_by_destination")
NOT_DIMENSIONS = {*MEASURES, "women_pct", "sex_ratio", "flags", "flag", "how", "change", "finding", "ratio",
                  "destination_name", "origin_m49", "residence_m49"}
COUNTRY_COLUMNS = ("origin", "destination", "residence")


def sdmx_structure_id(result: Result) -> str:
    """The dataflow an answer's SDMX-CSV names: ``CELADE:DF_IMILA_BANK_EMIGRANTS(1.0)``."""
    from app.export.sdmx_package import AGENCY

    return f"{AGENCY}:DF_IMILA_BANK_{result.kind.upper()}({BANK_SDMX_VERSION})"


def to_sdmx(result: Result) -> bytes:
    """SDMX-CSV 2.0, written as the package's SDMX files are (``app.export.sdmx_package``).

    STRUCTURE, STRUCTURE_ID, ACTION, the answer's dimensions, MEASURE (which
    figure: VALUE, WOMEN …), OBS_VALUE and OBS_STATUS; one row per figure.
    Countries are M49 codes as in the packages (``032``, not ``ARG``), and
    codes are SDMX identifiers (``65+`` → ``65_PLUS``).
    """
    from app.export.sdmx_package import ACTION, MISSING_VALUE, sdmx_code, sdmx_csv

    cols = result.columns
    dims = [c for c in cols if c not in NOT_DIMENSIONS]
    measures = [c for c in MEASURES if c in cols] or [cols[-1]]
    flag_col = "flags" if "flags" in cols else ("flag" if "flag" in cols else None)
    m49 = _m49_of_iso3()
    target = sdmx_structure_id(result)

    def code(column: str, value) -> str:
        value = _cell(value)
        if column in COUNTRY_COLUMNS:
            value = m49.get(str(value).upper(), value)
        try:
            return sdmx_code(str(value))
        except ValueError:
            return str(value)

    rows = []
    for rec in result.records():
        status = (rec.get(flag_col) or "A")[:1] if flag_col else "A"
        keys = [code(d, rec[d]) for d in dims]
        for m in measures:
            value = rec.get(m)
            shown = MISSING_VALUE if value is None else _cell(value)
            if value is None and m != "value":
                continue
            rows.append(["dataflow", target, ACTION, *keys, m.upper(), shown, status])
    return sdmx_csv(["STRUCTURE", "STRUCTURE_ID", "ACTION", *[d.upper() for d in dims], "MEASURE", "OBS_VALUE",
                     "OBS_STATUS"], rows)


def _m49_of_iso3() -> dict[str, str]:
    from app.models.schema import load_schema

    return {c.iso3: c.code for c in load_schema().codelist("COB") if c.iso3}


def to_xlsx(result: Result, lang: str = "en") -> bytes:
    """A census-style sheet: title, header row, stub columns, figures with thousands separators, totals and notes below."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = result.kind[:31]
    sheet.append([result.title.get(lang) or result.title.get("en", "")])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([])
    sheet.append(result.columns)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for row in result.rows:
        sheet.append([_cell(v) for v in row])
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, (int, float)):
                cell.number_format = "#,##0" if isinstance(cell.value, int) else "#,##0.0"
    if result.totals:
        sheet.append([])
        for t in result.totals:
            sheet.append(["Total", t.get("round"), _cell(t.get("value")), _cell(t.get("women"))])
    if result.notes:
        sheet.append([])
        for n in result.notes:
            sheet.append([f"{n.get('destination')} {n.get('round')}: {n.get('rule')} {n.get('message')} — {n.get('explanation') or ''}"])
    for col, width in zip("ABCDEFGHIJ", (10, 12, 22, 12, 12, 12, 12, 10, 10, 10)):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A4"
    neutralise_workbook(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export(result: Result, path: str | Path, fmt: str | None = None, lang: str = "en") -> Path:
    path = Path(path)
    fmt = fmt or {".xlsx": "xlsx", ".csv": "csv"}.get(path.suffix.lower(), "csv")
    if fmt == "sdmx":
        data = to_sdmx(result)
    elif fmt == "xlsx":
        data = to_xlsx(result, lang)
    else:
        data = to_csv(result)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path

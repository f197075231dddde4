"""Every bank answer as CSV, XLSX (a titled census table) or SDMX-CSV."""

from __future__ import annotations

import io
from pathlib import Path

from app.bank.queries import Result
from app.export.spreadsheet import CsvWriter, csv_bytes, neutralise_workbook

SDMX_DATAFLOW = "CELADE:IMILA_BANK(1.0)"
FORMATS = ("csv", "xlsx", "sdmx")


def _cell(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value


def to_csv(result: Result) -> bytes:
    return csv_bytes(list(result.columns), ([_cell(v) for v in row] for row in result.rows))


def to_sdmx(result: Result) -> bytes:
    """SDMX-CSV 1.0: one row per cell, dimensions first, OBS_VALUE and OBS_STATUS last."""
    cols = result.columns
    value_col = "value" if "value" in cols else cols[-1]
    dims = [c for c in cols if c not in ("value", "women", "women_pct", "sex_ratio", "flags", "flag", "how", "change",
                                         "finding", "destination_name", "ratio", "reported_by_households",
                                         "counted_by_destination")]
    measures = [c for c in ("value", "women", "reported_by_households", "counted_by_destination") if c in cols]
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow(["DATAFLOW", "QUERY", *[d.upper() for d in dims], "MEASURE", "OBS_VALUE", "OBS_STATUS"])
    flag_col = "flags" if "flags" in cols else ("flag" if "flag" in cols else None)
    for rec in result.records():
        status = (rec.get(flag_col) or "A")[:1] if flag_col else "A"
        for m in measures or [value_col]:
            if rec.get(m) is None:
                continue
            writer.writerow([SDMX_DATAFLOW, result.kind, *[_cell(rec[d]) for d in dims], m.upper(), _cell(rec[m]), status])
    return buffer.getvalue().encode("utf-8")


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

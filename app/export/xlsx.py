"""``data/tables.xlsx``: one sheet per table, laid out as census tables are read.

The dimension with the most codes runs down the rows (countries of birth
with their names in the chosen language, regions before their members; or
the ages of T00); the other dimensions become column headers (sex over age); the
published totals stay where they were published. Panes are frozen below the
headers and numbers carry a thousands format. No cell is ever a formula: the
finished workbook goes through ``app.export.spreadsheet.neutralise_workbook``.
"""

from __future__ import annotations

import io
import itertools
import re
from typing import Any

from app.models.schema import TOTAL, Schema

PLACE_DIMENSIONS = ("COB", "RES5", "COR")


def _set_text(cell, text: str) -> None:
    cell.value = text


def code_order(codelist, code: str):
    """Hierarchical order: a total, then each region followed by its members, residuals last."""
    if code == TOTAL:
        return ((0, ""),)
    chain = list(reversed(codelist.ancestors(code))) + [code]
    key = []
    for part in chain:
        if part == TOTAL:
            key.append((0, ""))
            continue
        match = re.match(r"^<?(\d+)", part)
        if part.startswith("R") and part[1:].isdigit():
            key.append((3, part))
        elif match:
            key.append((1, f"{int(match.group(1)):06d}{part}"))
        else:
            key.append((2, part))
    return tuple(key)


def tables_xlsx(frame, tables: list[str], schema: Schema, lang: str, metadata: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from app.models.messages import message

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    for table_id in tables:
        table = schema.tables[table_id]
        part = frame[frame["table_id"] == table_id]
        dims = list(table.dimensions)
        codes = {d: sorted(set(part[d].astype(str)), key=lambda c, d=d: code_order(schema.codelist(d), c)) for d in dims}
        varying = [d for d in dims if len(codes[d]) > 1] or dims[:1]
        # The longest list runs down the rows (countries, or ages in T00/T05), the others across;
        # places of birth or residence count double, as census tables list them down the stub.
        row_dim = max(varying, key=lambda d: len(codes[d]) * (2 if d in PLACE_DIMENSIONS else 1))
        col_dims = [d for d in varying if d != row_dim]
        fixed = [d for d in dims if d not in varying]
        sheet = workbook.create_sheet(title=table_id)
        _set_text(sheet.cell(row=1, column=1), f"{table_id}. {table.title(lang)}")
        sheet.cell(row=1, column=1).font = Font(bold=True, size=12)
        subtitle = f"{metadata.get('census_name', '')} — {table.universe(lang)}"
        if fixed:
            subtitle += " — " + ", ".join(f"{schema.dimension(d).name(lang)}: {schema.codelist(d).label(codes[d][0], lang)}" for d in fixed)
        _set_text(sheet.cell(row=2, column=1), subtitle)
        first_header = 4
        present = set(map(tuple, part[col_dims].astype(str).itertuples(index=False, name=None))) if col_dims else set()
        column_keys = [k for k in itertools.product(*(codes[d] for d in col_dims)) if k in present] if col_dims else [()]
        header_rows = max(1, len(col_dims))
        # Stub header
        stub = sheet.cell(row=first_header, column=1)
        _set_text(stub, schema.dimension(row_dim).name(lang))
        stub.font = bold
        stub.fill = header_fill
        if header_rows > 1:
            sheet.merge_cells(start_row=first_header, start_column=1, end_row=first_header + header_rows - 1, end_column=1)
        for j, key in enumerate(column_keys):
            col = j + 2
            if not col_dims:
                cell = sheet.cell(row=first_header, column=col)
                cell.value = message("export.persons", lang)
                cell.font = bold
                cell.fill = header_fill
                continue
            for level, (dim, code) in enumerate(zip(col_dims, key)):
                cell = sheet.cell(row=first_header + level, column=col)
                _set_text(cell, schema.codelist(dim).label(code, lang))
                cell.font = bold
                cell.fill = header_fill
                top_level = level < len(col_dims) - 1
                cell.alignment = Alignment(horizontal="left" if top_level else "center", wrap_text=True)
        # Merge repeated top-level header labels for readability.
        for level in range(len(col_dims) - 1):
            start = 0
            for j in range(1, len(column_keys) + 1):
                if j == len(column_keys) or column_keys[j][: level + 1] != column_keys[start][: level + 1]:
                    if j - start > 1:
                        sheet.merge_cells(start_row=first_header + level, start_column=start + 2,
                                          end_row=first_header + level, end_column=j + 1)
                    start = j
        values: dict[tuple, tuple] = {}
        for record in part[[row_dim, *col_dims, "value", "flag"]].itertuples(index=False, name=None):
            values[tuple(str(c) for c in record[: 1 + len(col_dims)])] = (record[-2], record[-1])
        first_data = first_header + header_rows
        codelist = schema.codelist(row_dim)
        for i, row_code in enumerate(codes[row_dim]):
            r = first_data + i
            label_cell = sheet.cell(row=r, column=1)
            code_obj = codelist.get(row_code)
            depth = len(codelist.ancestors(row_code)) if code_obj else 0
            _set_text(label_cell, codelist.label(row_code, lang))
            label_cell.alignment = Alignment(indent=max(0, depth - 1))
            is_total = row_code == TOTAL or (code_obj is not None and code_obj.kind in ("region", "subregion"))
            if is_total:
                label_cell.font = bold
            for j, key in enumerate(column_keys):
                value, flag = values.get((row_code, *key), (None, None))
                cell = sheet.cell(row=r, column=j + 2)
                if flag == "C":
                    cell.value = "x"
                    cell.alignment = Alignment(horizontal="right")
                elif value is None or value != value:
                    if flag in ("Z", "M"):
                        cell.value = "///" if flag == "Z" else ".."
                        cell.alignment = Alignment(horizontal="right")
                else:
                    cell.value = int(value) if float(value).is_integer() and flag != "E" else float(value)
                    cell.number_format = "#,##0" if flag != "E" else "#,##0.0"
                if is_total:
                    cell.font = bold
                    cell.fill = total_fill
        note_row = first_data + len(codes[row_dim]) + 1
        _set_text(sheet.cell(row=note_row, column=1), message("export.xlsx_signs", lang))
        sheet.freeze_panes = sheet.cell(row=first_data, column=2)
        # On paper: landscape, the stub column and the header rows repeated on every page.
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.print_title_rows = f"{first_header}:{first_data - 1}"
        sheet.print_title_cols = "A:A"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.column_dimensions["A"].width = 42
        for j in range(len(column_keys)):
            sheet.column_dimensions[get_column_letter(j + 2)].width = 13
    women_sheet(workbook, frame, schema, lang)
    from app.export.spreadsheet import neutralise_workbook

    neutralise_workbook(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return reproducible_xlsx(buffer.getvalue())


def package_women(frame, schema: Schema) -> dict:
    """``app.women.women_overview`` of the package's cells (confidential ones, withheld from it, left out)."""
    from app.women import women_overview

    if "flag" in frame:
        frame = frame[frame["flag"].fillna("") != "C"]
    return women_overview(frame, schema)


def women_sheet(workbook, frame, schema: Schema, lang: str) -> None:
    """The "Women in migration" sheet: the headline from the published totals, then one block per section."""
    from openpyxl.styles import Alignment, Font, PatternFill

    from app.models.messages import message
    from app.women import headline_lines, women_tables

    overview = package_women(frame, schema)
    if not overview.get("headline") and not overview.get("countries"):
        return
    sheet = workbook.create_sheet(title=message("women.title", lang)[:31])
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    _set_text(sheet.cell(row=1, column=1), message("women.title", lang))
    sheet.cell(row=1, column=1).font = Font(bold=True, size=12)
    row = 2
    for i, line in enumerate(headline_lines(overview, lang)):
        _set_text(sheet.cell(row=row, column=1), line)
        if i == 0:
            sheet.cell(row=row, column=1).font = bold
        row += 1
    widest = 1
    for table in women_tables(overview, lang, schema):
        row += 1
        _set_text(sheet.cell(row=row, column=1), table["title"])
        sheet.cell(row=row, column=1).font = bold
        row += 1
        if table["note"]:
            _set_text(sheet.cell(row=row, column=1), table["note"])
            row += 1
        for j, title in enumerate(table["columns"]):
            cell = sheet.cell(row=row, column=j + 1)
            _set_text(cell, title)
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
        for values in table["rows"]:
            for j, (value, kind) in enumerate(zip(values, table["kinds"])):
                cell = sheet.cell(row=row, column=j + 1)
                if value is None:
                    continue
                if kind == "text":
                    _set_text(cell, str(value))
                else:
                    cell.value = value
                    cell.number_format = "#,##0" if kind == "count" else "0.0"
            row += 1
        widest = max(widest, len(table["columns"]))
    from openpyxl.utils import get_column_letter

    sheet.column_dimensions["A"].width = 42
    for j in range(2, widest + 1):
        sheet.column_dimensions[get_column_letter(j)].width = 16
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def reproducible_xlsx(data: bytes) -> bytes:
    """Rewrite the workbook zip with fixed timestamps and no creation date, so it is reproducible."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", content)
            new = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(new, content)
    return out.getvalue()

"""A generated corpus of hostile and clumsy files, each with what a correct import may write.

Every case is a file a user could be sent or could make by mistake. ``truth``
is what the file really says ({table: {key: value}}), or ``{}`` when nothing
may be written at all (then any write is wrong). The files are built at test
time; they go through the same harness and oracle as the mutants.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from corpus.grid import Grid

from .mutants import Base, Mutant

TITLE = "Cuadro 1. Población nacida en el extranjero por país de nacimiento. Censo 2022"


@dataclass
class Hostile:
    id: str
    ext: str
    data: bytes
    truth: dict
    country: str = "ARG"
    year: int = 2022
    sheet: str | None = None
    flag_ok: bool = False   # writing is also right when the project then flags every written table

    def mutant(self) -> Mutant:
        base = Base(f"hostile:{self.id}", self.country, self.year, self.ext, [Grid(self.id)], lambda p, g: None,
                    reference=self.truth, flag_ok=self.flag_ok)
        return Mutant(base, 0, 0, "hostile", self.id, "text", self.data, self.ext, self.sheet, None)


def _key(cob: str) -> tuple:
    return (("COB", cob), ("SEX", "_T"), ("AGE", "_T"))


T01 = {"T01": {_key("_T"): 300, _key("600"): 100, _key("068"): 200}}


def _csv(rows, encoding="utf-8", delimiter=",") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def _table(*rows) -> list[list]:
    return [[TITLE], ["País de nacimiento", "Total"], *[list(r) for r in rows]]


GOOD = _table(("Total", "300"), ("Paraguay", "100"), ("Bolivia", "200"))


def _xlsx(rows, extra=None, merges=()) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Cuadro 1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    for address, value in (extra or {}).items():
        sheet[address] = value
    for m in merges:
        sheet.merge_cells(m)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries:
            zf.writestr(name, content)
    return buf.getvalue()


def _png() -> bytes:
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def _numbers_xlsx(rows) -> bytes:
    return _xlsx([[TITLE], ["País de nacimiento", "Total"], *[[a, int(b)] for a, b in rows]])


def build() -> list[Hostile]:
    good_xlsx = _numbers_xlsx([("Total", 300), ("Paraguay", 100), ("Bolivia", 200)])
    cases = [
        Hostile("control_csv", "csv", _csv(GOOD), T01),
        Hostile("control_xlsx", "xlsx", good_xlsx, T01),
        Hostile("empty_csv", "csv", b"", {}),
        Hostile("empty_xlsx", "xlsx", b"", {}),
        Hostile("png_named_xlsx", "xlsx", _png(), {}),
        Hostile("png_named_csv", "csv", _png(), {}),
        Hostile("zip_not_a_workbook", "xlsx", _zip([("readme.txt", b"hello")]), {}),
        Hostile("workbook_without_sheets", "xlsx", _zip([("[Content_Types].xml", b"<Types/>"),
                                                        ("xl/workbook.xml", b"<workbook/>")]), {}),
        Hostile("xlsx_cut_in_half", "xlsx", good_xlsx[: len(good_xlsx) // 2], {}),
        Hostile("xlsx_last_cell", "xlsx", _xlsx(GOOD, {"XFD1048576": 1}), {}),
        Hostile("xlsx_note_far_below", "xlsx", _xlsx(GOOD, {"A20000": "x"}), T01),
        Hostile("xlsx_formulas_without_values", "xlsx",
                _xlsx(_table(("Total", "=B4+B5"), ("Paraguay", "=50*2"), ("Bolivia", "=SUM(1,199)"))), {}),
        Hostile("xlsx_all_merged", "xlsx", _xlsx(GOOD, merges=["A1:B5"]), {}),
        Hostile("csv_header_only", "csv", _csv(_table()), {}),
        Hostile("csv_title_only", "csv", _csv([[TITLE]]), {}),
        Hostile("csv_nul_bytes", "csv", _csv(GOOD).replace(b"Paraguay", b"Para\x00guay"), {}),
        Hostile("csv_one_endless_line", "csv", b"x," * 200_000, {}),
        Hostile("csv_many_columns", "csv", (TITLE + "\n" + ",".join("x" for _ in range(20_000)) + "\n").encode(), {}),
        Hostile("csv_huge_field", "csv", (TITLE + "\nPaís,Total\n" + "P" * 300_000 + ",5\n").encode(), {}),
        Hostile("csv_unbalanced_quote", "csv", _csv(GOOD).replace(b"Paraguay", b'"Paraguay'), {}),
        Hostile("csv_only_numbers", "csv", _csv([["1", "2"], ["3", "4"], ["5", "6"]]), {}),
        Hostile("csv_duplicate_row", "csv", _csv(_table(("Total", "300"), ("Paraguay", "100"), ("Bolivia", "100"),
                                                       ("Paraguay", "100"))), {}),
        Hostile("csv_percent_cell", "csv", _csv(_table(("Total", "300"), ("Paraguay", "100"), ("Bolivia", "12%"))), {}),
        Hostile("csv_parts_do_not_add_up", "csv", _csv(_table(("Total", "300"), ("Paraguay", "100"), ("Bolivia", "150"))),
                {}, flag_ok=True),
        Hostile("csv_negative_count", "csv", _csv(_table(("Total", "300"), ("Paraguay", "-100"), ("Bolivia", "400"))), {},
                flag_ok=True),
        Hostile("csv_utf16_no_bom", "csv", _csv(GOOD, encoding="utf-16-le"), T01),
        Hostile("csv_cp1252_semicolon", "csv", _csv(GOOD, encoding="cp1252", delimiter=";"), T01),
        Hostile("csv_mojibake", "csv", _csv(GOOD).decode("latin-1").encode("utf-8"), T01),
        Hostile("csv_bare_cr_lines", "csv", _csv(GOOD).replace(b"\r\n", b"\r"), T01),
        Hostile("csv_another_country", "csv", _csv([["Cuadro 1. Población nacida en el extranjero por país de nacimiento. "
                                                    "Censo de Chile 2017"], *GOOD[1:]]), {}),
        Hostile("html_script_and_nested_tables", "html",
                ("<html><body><script>alert(1)</script><table><tr><td><table><tr><td>x</td></tr></table></td></tr>"
                 "</table></body></html>").encode(), {}),
        Hostile("html_named_xlsx", "xlsx", b"<html><body><table><tr><td>Total</td><td>5</td></tr></table></body></html>", {}),
        Hostile("xml_bomb", "xlsx", _zip([("[Content_Types].xml", b"<Types/>"),
                                          ("xl/workbook.xml", b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                                           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><workbook>&b;</workbook>')]), {}),
        Hostile("zip_bomb", "xlsx", _zip([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>"),
                                          ("xl/worksheets/sheet1.xml", b" " * 60_000_000)]), {}),
        Hostile("binary_garbage_csv", "csv", bytes(range(256)) * 40, {}),
    ]
    return cases


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for case in build():
        path = folder / f"{case.id}.{case.ext}"
        path.write_bytes(case.data)
        out.append(path)
    return out

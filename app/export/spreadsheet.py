"""Every CSV and workbook the application writes goes through here, so that no text cell runs as a formula.

A spreadsheet opening a CSV runs a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula (OWASP, "CSV Injection"):
``@SUM(1+1)*cmd|' /C calc'!A0`` in a finding's explanation, a source file's
name or a label becomes a command on CELADE's computer. Text comes from
people and files the application does not control, so the writers do not
pick fields to protect: every text cell passes through ``neutralise``.

* CSV: such text gets a leading apostrophe (``'=SUM(1)``). Numbers written
  as text (``-5``, ``-1.5e3``) and the lone ``-`` sign stay as they are.
* Workbooks: the cell stays text (never a formula) with Excel's own quote
  prefix, the apostrophe a person types before such text; its value is
  unchanged.

``restore`` undoes ``neutralise`` for the application's readers of its own
files (the bank reads a package's findings), so text survives the round trip:
an apostrophe is added only where one is needed, and text that already
began with apostrophes before a formula character gets one more.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def runs_as_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (after any apostrophes that lead it)."""
    body = text.lstrip("'")
    if not body or body[0] not in FORMULA_STARTS:
        return False
    if body == "-" or _NUMBER.fullmatch(body):
        return False  # the "not applicable" sign, a number written as text: a spreadsheet reads them as they are
    return True


def neutralise(value: Any) -> Any:
    """The cell as a CSV writes it: text that could run as a formula gets a leading apostrophe; the rest is unchanged."""
    if isinstance(value, str) and runs_as_formula(value):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """The text ``neutralise`` was given, for a reader of the application's own files."""
    if isinstance(value, str) and value.startswith("'") and runs_as_formula(value[1:]):
        return value[1:]
    return value


class CsvWriter:
    """``csv.writer`` whose every cell is neutralised; the one way the application writes CSV."""

    def __init__(self, fh, **options):
        options.setdefault("lineterminator", "\n")
        self._writer = csv.writer(fh, **options)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_bytes(header: list[str], rows: Iterable[Iterable[Any]]) -> bytes:
    """A UTF-8 CSV of ``header`` and ``rows``, every text cell neutralised, ``\\n`` line ends (deterministic)."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def neutralise_workbook(workbook) -> int:
    """Make every cell of an openpyxl workbook that could run as a formula plain text; returns how many.

    The application never writes a formula: a cell openpyxl took for one
    (text beginning with ``=``) or text beginning with another formula
    character is stored as text with the quote prefix. Called by every
    workbook writer just before it saves.
    """
    changed = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and (cell.data_type == "f" or runs_as_formula(value)):
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    changed += 1
    return changed

"""Defects the import fuzzer found, each as the smallest case that showed it."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from app.errors import ImilaError
from app.importers import read_file
from app.models.messages import format_number

from .harness import Runner
from .hostile import Hostile


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    return Runner(tmp_path_factory.mktemp("defects"))


@pytest.mark.parametrize("row", [13, 28, 52, 67])
def test_a_row_deleted_under_the_merged_sex_labels_is_read_not_crashed(runner, realdata, tmp_path, row):
    """Deleting a row in a spreadsheet program leaves the merged ranges where they were, past the last row."""
    book = openpyxl.load_workbook(realdata / "ar_indec_c2022_tp_migraciones_c2.xlsx")
    book.worksheets[0].delete_rows(row)
    path = tmp_path / "c2.xlsx"
    book.save(path)
    try:
        read_file(path)
    except ImilaError:
        pass
    buf = io.BytesIO()
    book.save(buf)
    case = Hostile("c2_row_deleted", "xlsx", buf.getvalue(), {}, flag_ok=False)
    m = case.mutant()
    m.kind, m.base.reference = "figures", runner.reference(_c2(realdata))
    assert runner.run(m).outcome in ("clean", "correct")


def _c2(realdata: Path):
    from .mutants import realdata_bases

    return next(b for b in realdata_bases(str(realdata)) if b.id == "indec_c2")


@pytest.mark.parametrize("value", [1e40, 5e27, 10**400, -1e30, 1e30], ids=["1e40", "5e27", "10^400", "-1e30", "1e30"])
@pytest.mark.parametrize("lang", ["es", "en", "pt", "fr"])
def test_an_absurd_magnitude_is_written_in_a_message_not_a_crash(value, lang):
    text = format_number(value, lang)
    assert "E" in text and text[0] in "-123456789"


def test_a_figure_of_1e40_in_a_sidra_table_is_a_message_or_a_flagged_import(runner):
    """The reason why a table is not proven names the figure: 1e40 must not crash the message."""
    from .mutants import Mutant, _copy, corpus_bases, printed_numbers

    base = next(b for b in corpus_bases() if b.id == "br_sidra_dots_sign")
    grid = _copy(base.grids[0])
    grid.rows[5][4] = 1e40
    m = Mutant(base, 0, 0, "odd_cell", "R6C5 1e40", "figures", base.write([grid]), base.ext, base.sheet,
               printed_numbers([grid]))
    assert runner.run(m).outcome in ("clean", "correct")


@pytest.mark.parametrize("base_id, row", [("inegi_03", 70), ("inegi_01", 11)])
def test_a_locality_size_relabelled_total_is_refused_not_written_as_the_total(runner, realdata, base_id, row):
    """“ＴＯＴＡＬ” over the 1-249 inhabitants rows: a total its parts refute is never the table's total."""
    from .mutants import Mutant, _copy, printed_numbers, realdata_bases

    base = next(b for b in realdata_bases(str(realdata)) if b.id == base_id)
    grid = _copy(base.grids[0])
    assert grid.rows[row][0] == "1-249 habitantes"
    grid.rows[row][0] = "ＴＯＴＡＬ"
    m = Mutant(base, 0, 0, "odd_cell", "locality label", "text", base.write([grid]), base.ext, base.sheet,
               printed_numbers([grid]))
    assert runner.run(m).outcome in ("clean", "correct")

"""Hostile and clumsy tables never come out as a wrong figure, an abort or a runaway reader.

Each case is a file a user could receive: a repeated row, a cell that is not a
count, an absurd magnitude, a sheet that declares a million rows, a line that
never ends. The file goes through the real command line into a real project
file; the test reads back what was written, or that nothing was.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.checks import run_project_checks
from app.cli import main
from app.importers import read_file
from app.importers.safety import ImportLimits
from app.store.project import Project

TITLE = "Cuadro 1. Población nacida en el extranjero por país de nacimiento. Censo 2022"


def cli(*args) -> int:
    return main([str(a) for a in args])


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def cells(project: Path) -> list[dict]:
    with Project.open(project) as p:
        frame = p.observations()
    return frame.to_dict("records") if len(frame) else []


@pytest.fixture()
def argentina(tmp_path, monkeypatch):
    monkeypatch.setenv("IMILA_DESK_HOME", str(tmp_path / "home"))
    project = tmp_path / "ARG-2022.imila"
    assert cli("new", project, "--country", "ARG", "--year", "2022") == 0
    return project


def test_a_repeated_country_row_is_a_question_never_a_sum(argentina, tmp_path, capsys):
    source = write_csv(tmp_path / "dup.csv", [
        [TITLE], ["País de nacimiento", "Total"],
        ["Total", "300"], ["Paraguay", "100"], ["Bolivia", "100"], ["Paraguay", "100"],
    ])
    assert cli("import", argentina, source, "--auto") != 0 or not cells(argentina)
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Paraguay" in text and "Traceback" not in text
    assert not cells(argentina)  # never 200 Paraguayans


@pytest.mark.parametrize("odd", ["12%", "1e308", "NaN", "inf", "0x10", "(5)", "5-"])
def test_a_cell_that_is_not_a_count_is_named_and_nothing_is_written(argentina, tmp_path, capsys, odd):
    source = write_csv(tmp_path / "odd.csv", [
        [TITLE], ["País de nacimiento", "Total"],
        ["Total", "300"], ["Paraguay", "100"], ["Bolivia", "200"], ["Chile", odd],
    ])
    cli("import", argentina, source, "--auto")
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    assert not cells(argentina), f"{odd!r} was written as persons"
    # The reader keeps the other figures as counts and flags the odd cell with its address.
    table = read_file(source).tables[0]
    notes = table.layout.get("not_counts") or []
    assert [text for _, text in notes] == [odd]
    assert sorted(table.frame["value"].dropna()) == [100, 200, 300]


def test_an_absurd_magnitude_is_an_error_finding_and_check_does_not_crash(argentina, tmp_path, capsys):
    source = write_csv(tmp_path / "mag.csv", [
        [TITLE], ["País de nacimiento", "Total"],
        ["Total", "5000000000000000000000000100"], ["Paraguay", "5000000000000000000000000000"],
        ["Bolivia", "100"],
    ])
    assert cli("import", argentina, source, "--auto") == 0
    capsys.readouterr()
    cli("check", argentina)
    assert "STR-009" in capsys.readouterr().out
    with Project.open(argentina) as p:
        findings = run_project_checks(p)
    assert "STR-009" in {f.rule for f in findings if f.severity == "error"}
    out_dir = tmp_path / "out"
    assert cli("export", argentina, "--out", out_dir) != 0  # an error blocks the package
    text = capsys.readouterr()
    assert "Traceback" not in text.out + text.err


def test_a_sheet_that_declares_the_last_cell_is_refused_before_it_is_expanded(argentina, tmp_path, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Población nacida en el extranjero"
    sheet["A2"], sheet["B2"] = "País", "Total"
    sheet["A3"], sheet["B3"] = "Paraguay", 5
    sheet["XFD1048576"] = 1
    path = tmp_path / "xfd.xlsx"
    book.save(path)
    assert path.stat().st_size < 20_000
    assert cli("import", argentina, path, "--auto") != 0
    text = capsys.readouterr()
    assert "Traceback" not in text.out + text.err
    assert "cells" in (text.out + text.err).lower() or "celdas" in (text.out + text.err).lower()
    assert not cells(argentina)


def test_a_line_without_end_and_too_many_columns_are_refused(argentina, tmp_path, capsys):
    wide = tmp_path / "wide.csv"
    wide.write_text(TITLE + "\n" + ",".join("x" for _ in range(20_000)) + "\n", encoding="utf-8")
    assert cli("import", argentina, wide) != 0
    field = tmp_path / "field.csv"
    field.write_text(TITLE + "\nPaís,Total\n" + "P" * 200_000 + ",5\n", encoding="utf-8")
    assert cli("import", argentina, field) != 0
    text = capsys.readouterr()
    assert "Traceback" not in text.out + text.err
    assert not cells(argentina)


def test_the_column_and_field_limits_are_the_options(tmp_path):
    path = write_csv(tmp_path / "t.csv", [[TITLE], ["País", "Total", "Hombres", "Mujeres"], ["Paraguay", "5", "2", "3"]])
    limits = ImportLimits()
    with pytest.raises(Exception) as caught:
        read_file(path, limits=replace(limits, max_columns=3))
    assert getattr(caught.value, "key", "") == "import.too_many_columns"
    assert read_file(path, limits=limits).tables


def test_a_delimiter_of_several_characters_is_a_message(argentina, tmp_path, capsys):
    source = write_csv(tmp_path / "t.csv", [[TITLE], ["País", "Total"], ["Paraguay", "5"]])
    assert cli("import", argentina, source, "--delimiter", ";;;") != 0
    text = capsys.readouterr()
    assert "Traceback" not in text.out + text.err
    assert ";;;" in text.out + text.err


@pytest.mark.parametrize("cell", ["A9", "A10", "A11", "B9", "C9", "D9", "A12", "B12", "C12"])
def test_a_blank_cell_in_the_national_rows_never_doubles_the_population(argentina, tmp_path, realdata, cell, capsys):
    book = openpyxl.load_workbook(realdata / "mx_inegi_cpv2020_b_eum_04_migracion.xlsx")
    book["01"][cell] = None
    path = tmp_path / f"blank_{cell}.xlsx"
    book.save(path)
    project = tmp_path / "MEX-2020.imila"
    assert cli("new", project, "--country", "MEX", "--year", "2020") == 0
    cli("import", project, path, "--sheet", "01", "--auto")
    text = capsys.readouterr()
    assert "Traceback" not in text.out + text.err
    totals = [
        c["value"] for c in cells(project)
        if c.get("table_id") == "T00" and c.get("NATIVITY") == "_T" and c.get("SEX") == "_T" and c.get("AGE") == "_T"
    ]
    assert totals in ([], [126_014_024])

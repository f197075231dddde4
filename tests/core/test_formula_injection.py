"""No text cell of a CSV or workbook the application writes can run as a formula (OWASP "CSV Injection").

The attack goes in through what people type (an explanation and its author,
the census name, the office) and through the command line; the package is
written by ``export`` and read back by ``verify`` and the bank.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile

import exportable_demo
import pytest

from app.cli import main
from app.export.spreadsheet import FORMULA_STARTS, csv_bytes, neutralise, restore, runs_as_formula

ATTACKS = [
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.org/x","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=1+1",
]


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def hostile_project(tmp_path_factory, tmp_path, capsys):
    project = exportable_demo.copy(tmp_path_factory.getbasetemp(), tmp_path / "demo.imila")
    assert cli("meta", project, "--census-name", ATTACKS[1], "--office", ATTACKS[0], "--contact", ATTACKS[3],
               "--national-definitions", ATTACKS[2]) == 0
    capsys.readouterr()
    assert cli("check", project, "--json") == 1
    warnings = [f for f in json.loads(capsys.readouterr().out) if f["severity"] == "warning"]
    assert warnings
    for index, finding in enumerate(warnings):
        text = ATTACKS[(6 + index) % len(ATTACKS)]  # "'=1+1" first: apostrophes of its own before the formula
        assert cli("explain", project, finding["key"], text, "--author", ATTACKS[index % len(ATTACKS)]) == 0
    return project


def starts_like_a_formula(text: str) -> bool:
    return text[:1] in FORMULA_STARTS and text != "-" and not _is_number(text)


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def test_every_text_cell_of_every_csv_and_workbook_of_the_package_is_neutralised(hostile_project, tmp_path):
    import openpyxl

    assert cli("export", hostile_project, "--out", tmp_path / "out") == 0
    package = next((tmp_path / "out").glob("*.zip"))
    with zipfile.ZipFile(package) as archive:
        csvs = [n for n in archive.namelist() if n.endswith(".csv")]
        assert {"quality/findings.csv", "data/T01.csv", "sdmx/T01.csv"} <= set(csvs)
        seen = 0
        for name in csvs:
            for row in csv.reader(io.StringIO(archive.read(name).decode("utf-8"), newline="")):
                for cell in row:
                    assert not starts_like_a_formula(cell), (name, cell)
                    seen += cell.startswith("'")
        assert seen >= 2  # the explanation and its author are there, each behind its apostrophe
        findings = archive.read("quality/findings.csv").decode("utf-8")
        assert "'@SUM(1+1)*cmd|' /C calc'!A0" in findings and "''=1+1" in findings
        book = openpyxl.load_workbook(io.BytesIO(archive.read("data/tables.xlsx")))
    guarded = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and starts_like_a_formula(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    guarded += 1
    assert guarded >= 1  # the census name in each sheet's subtitle


def test_the_neutralised_package_still_verifies_and_loads_into_the_bank_as_written(hostile_project, tmp_path, capsys):
    assert cli("export", hostile_project, "--out", tmp_path / "out") == 0
    package = next((tmp_path / "out").glob("*.zip"))
    assert cli("verify", package) == 0
    bank = tmp_path / "bank.duckdb"
    assert cli("bank", "add", bank, package) == 0
    from app.bank.store import open_bank

    with open_bank(bank, read_only=True) as opened:
        texts = {row[0] for row in opened.con.execute("SELECT explanation FROM findings").fetchall()}
    assert set(ATTACKS) & texts, texts  # the explanation as the office wrote it, not its guarded form


def test_exports_stay_byte_identical(hostile_project, tmp_path):
    assert cli("export", hostile_project, "--out", tmp_path / "a") == 0
    assert cli("export", hostile_project, "--out", tmp_path / "b") == 0
    first, second = next((tmp_path / "a").glob("*.zip")), next((tmp_path / "b").glob("*.zip"))
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        for name in ("data/T01.csv", "data/T00.csv", "codelists/COUNTRY.csv", "sdmx/T01.csv", "sdmx/T00.csv", "data/tables.xlsx",
                     "quality/findings.csv"):
            assert a.read(name) == b.read(name), name


def test_numbers_and_signs_stay_as_they_are():
    for untouched in ("-", "-5", "-1.5e3", "+7", "0", "12.5", "", "_T", "65+", "00-14", "2010-2014", "'quoted'", "R019"):
        assert neutralise(untouched) == untouched, untouched
    for number in (-5, -1.5, 0, 3):
        assert neutralise(number) == number
    for attack in ATTACKS + ["-x", "+x", "@x", "=1", "\tx", "\rx", "''@x"]:
        guarded = neutralise(attack)
        assert guarded == "'" + attack and not starts_like_a_formula(guarded)
        assert restore(guarded) == attack
    assert restore("'quoted'") == "'quoted'" and restore("-5") == "-5"
    assert not runs_as_formula("'" * 10_000)
    data = csv_bytes(["a", "b"], [["=1+1", -5], ["-", "-5"]])
    assert data == b"a,b\n'=1+1,-5\n-,-5\n"


def test_bank_answers_are_neutralised_in_csv_sdmx_and_xlsx():
    import openpyxl

    from app.bank.exports import to_csv, to_sdmx, to_xlsx
    from app.bank.queries import Result

    result = Result(kind="destinations", title={"en": "=title"}, columns=["destination", "destination_name", "value"],
                    rows=[["=cmd", "@SUM(1)", 5], ["032", "-x", -3]],
                    notes=[{"destination": "ARG", "round": 2020, "rule": "PLA-001", "message": "m",
                            "explanation": "=HYPERLINK(1)"}])
    for data in (to_csv(result), to_sdmx(result)):
        for row in csv.reader(io.StringIO(data.decode("utf-8"))):
            assert not any(starts_like_a_formula(c) for c in row), row
    assert b"-3" in to_csv(result)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(result)))
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and starts_like_a_formula(cell.value):
                assert cell.quotePrefix
    assert -3 in [c.value for row in book.active.iter_rows() for c in row]


def test_the_workshop_progress_csv_is_neutralised(tmp_path):
    from app.workshop import export_progress

    _, csv_path = export_progress(tmp_path / "none", tmp_path / "progress.json", participant="=cmd|' /C calc'!A0")
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert rows[1][0] == "'=cmd|' /C calc'!A0"

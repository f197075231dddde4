"""Clumsy and unlucky use of the command line: every case ends in a message that says what happened and what to do.

A full disk or a folder that cannot be written must never be called a damaged
project (a user may throw a good one away); arguments that name the wrong kind
of file never end in a traceback. Everything goes through ``app.cli.main``
into real project files.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import exportable_demo
import pytest

from app.cli import main
from app.errors import StoreError
from app.store import project as store
from app.store.project import Project

ROOT = Path(__file__).resolve().parents[2]
DEMO_CSV = ROOT / "resources" / "demo" / "ejemplo_cuadro2_poblacion_por_nacimiento.csv"
DEMO_XLSX = ROOT / "resources" / "demo" / "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx"
DAMAGED = ("damaged", "backup")


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def demo(tmp_path_factory, tmp_path):
    return exportable_demo.copy(tmp_path_factory.getbasetemp(), tmp_path / "demo.imila")


def said(capsys) -> str:
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    return text


def metadata_of(path: Path) -> dict:
    with Project.open(path) as project:
        return project.metadata()


# -- the project file: full disk, read-only folder, failing drive ----------------------------------------

def test_new_under_a_file_says_the_folder_is_not_one(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert cli("new", a_file / "ARG.imila", "--country", "ARG", "--year", "2022") == 2
    text = said(capsys)
    assert "is not a folder" in text and not any(w in text for w in DAMAGED)
    assert a_file.read_text() == "x"


def test_new_in_a_read_only_folder_says_so(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    real_access = os.access
    if os.geteuid() == 0:  # root writes anywhere: the operating system's answer for this folder is simulated
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder else real_access(p, mode, **kw))
    try:
        assert cli("new", folder / "ARG.imila", "--country", "ARG", "--year", "2022") == 2
        text = said(capsys)
        assert "cannot be written" in text and "Choose another folder" in text
        assert not any(w in text for w in DAMAGED)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def _failing_connect(monkeypatch, fail_on: str, message: str, code: int):
    """SQLite answers ``message`` (with its extended result code) to statements that start with ``fail_on``."""
    real_connect = sqlite3.connect

    class Failing(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.lstrip().upper().startswith(fail_on):
                error = sqlite3.OperationalError(message)
                error.sqlite_errorcode = code
                raise error
            return super().execute(sql, *args)

    monkeypatch.setattr(store.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Failing, **k))


def test_a_full_disk_during_new_says_there_is_no_room_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    _failing_connect(monkeypatch, "INSERT", "disk I/O error", 778)  # SQLITE_IOERR_WRITE, as a full disk gives it
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9, 0))
    assert cli("new", tmp_path / "ARG.imila", "--country", "ARG", "--year", "2022") == 2
    text = said(capsys)
    assert "no room on the disk" in text and not any(w in text for w in DAMAGED)
    assert not list(tmp_path.glob("ARG.imila*"))


def test_a_full_database_says_there_is_no_room_and_the_project_is_unchanged(demo, capsys, monkeypatch):
    """A real SQLITE_FULL: the file may not grow by one page."""
    real_prepare = Project._prepare

    def no_growth(self):
        real_prepare(self)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages}")

    before = metadata_of(demo)
    monkeypatch.setattr(Project, "_prepare", no_growth)
    assert cli("meta", demo, "--national-definitions", "x" * 200_000) == 2
    text = said(capsys)
    assert "no room on the disk" in text and not any(w in text for w in DAMAGED)
    monkeypatch.undo()
    assert metadata_of(demo) == before


def test_a_failing_drive_is_not_called_a_damaged_project(demo, capsys, monkeypatch):
    _failing_connect(monkeypatch, "INSERT", "disk I/O error", 778)
    assert cli("meta", demo, "--office", "INDEC") == 2
    text = said(capsys)
    assert "could not read or write" in text and "left as it was" in text
    assert not any(w in text for w in DAMAGED)


def test_opening_on_a_full_disk_says_there_is_no_room(demo, capsys, monkeypatch):
    _failing_connect(monkeypatch, "PRAGMA JOURNAL_MODE", "disk I/O error", 4874)  # SQLITE_IOERR_SHMSIZE
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9, 4096))
    assert cli("info", demo) == 2
    text = said(capsys)
    assert "no room on the disk" in text and not any(w in text for w in DAMAGED)


@pytest.mark.parametrize("message, code, expected", [
    ("attempt to write a readonly database", 8, "cannot be written"),
    ("database is locked", 5, "is locked"),
    ("unable to open database file", 14, "could not be opened"),
    ("database or disk is full", 13, "no room on the disk"),
    ("something new", 1, "could not be completed"),
])
def test_sqlite_errors_are_told_apart(demo, capsys, monkeypatch, message, code, expected):
    _failing_connect(monkeypatch, "INSERT", message, code)
    assert cli("meta", demo, "--office", "INDEC") == 2
    text = said(capsys)
    assert expected in text and not any(w in text for w in DAMAGED), text


def test_a_genuinely_damaged_file_is_still_called_so(tmp_path):
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11
    assert store._classify(error, tmp_path / "x.imila").key in ("store.corrupt", "store.not_project")


# -- --recipe ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, expected", [
    (None, "does not exist"),
    (b"{nope", "not valid JSON (line 1, column 2)"),
    (b"[1, 2]", "not a mapping recipe"),
    (b"[]", "not a mapping recipe"),
    (b'"T01"', "not a mapping recipe"),
    (b'{"table": "T01", "import": "sheet 1"}', "not a mapping recipe"),
    ('{"table": "T01", "name": "Perú"}'.encode("latin-1"), "not UTF-8"),
    (b"[" * 100_000, "not"),
])
def test_a_bad_recipe_file_is_named(demo, tmp_path, capsys, content, expected):
    recipe = tmp_path / "recipe.json"
    if content is not None:
        recipe.write_bytes(content)
    assert cli("import", demo, DEMO_CSV, "--recipe", recipe) == 2
    assert expected in said(capsys)
    with Project.open(demo) as project:
        tables = [s for s in project.sources() if not s["settings"].get("microdata")]
    assert cli("map", demo, tables[0]["id"], "--recipe", recipe) == 2
    assert expected in said(capsys)


def test_mapping_a_tabulated_microdata_file_says_to_tabulate_it_again(demo, capsys):
    with Project.open(demo) as project:
        microdata = [s for s in project.sources() if s["settings"].get("microdata")]
        before = len(project.observations())
    assert microdata, "the demo carries a tabulated household file"
    assert cli("map", demo, microdata[0]["id"], "--table", "T11") == 2
    text = said(capsys)
    assert "microdata file" in text and "tabulate" in text and "Traceback" not in text
    with Project.open(demo) as project:
        assert len(project.observations()) == before


# -- tabulate on what is not a person file ------------------------------------------------------------------

def _tabulation_recipe(tmp_path: Path) -> Path:
    from app.tabulate.synthetic import synthetic_recipe

    recipe = synthetic_recipe()
    path = tmp_path / "tabulation.json"
    path.write_text(json.dumps(recipe if isinstance(recipe, dict) else recipe.as_dict()), encoding="utf-8")
    return path


@pytest.mark.parametrize("name, content, expected", [
    ("cuadro1.xlsx", DEMO_XLSX.read_bytes(), "is a workbook"),
    ("cuadro1.csv", DEMO_XLSX.read_bytes(), "is a workbook"),  # a workbook renamed
    ("persons.dat", bytes(range(256)) * 64, "not a text file"),
    ("persons.csv", b"PAISNAC,SEXO\x00\x01\x02\n" + bytes(range(256)) * 16, "not a text file"),
])
def test_tabulate_refuses_what_is_not_a_person_file(demo, tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert cli("tabulate", demo, path, "--recipe", _tabulation_recipe(tmp_path)) == 2
    text = said(capsys)
    assert expected in text and "Variables of the file" not in text


def test_a_ten_megabyte_field_is_a_message(demo, tmp_path, capsys):
    one = tmp_path / "one.csv"
    one.write_text("a,b\n" + "x" * 10_000_000 + ",1\n")
    assert cli("import", demo, one, "--auto") == 2
    assert "more than 100,000 characters" in said(capsys)
    assert cli("tabulate", demo, one, "--recipe", _tabulation_recipe(tmp_path)) == 2
    said(capsys)


# -- explain --------------------------------------------------------------------------------------------------

def _a_warning(demo, capsys) -> str:
    capsys.readouterr()
    cli("check", demo, "--json")
    return next(f["key"] for f in json.loads(capsys.readouterr().out) if f["severity"] == "warning")


@pytest.mark.parametrize("key", ["nokey", "NOPE-001|T01|x", "PLA-001 T99"])
def test_explain_refuses_an_unknown_finding(demo, capsys, key):
    assert cli("explain", demo, key, "Checked.") == 2
    text = said(capsys)
    assert "check" in text
    with Project.open(demo) as project:
        assert all(e["finding_key"] != key for e in project.explanations())


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_explain_refuses_an_empty_text(demo, capsys, text):
    key = _a_warning(demo, capsys)
    with Project.open(demo) as project:
        before = project.explanations()
    assert cli("explain", demo, key, text) == 2
    assert "is empty" in said(capsys)
    with Project.open(demo) as project:
        assert project.explanations() == before


def test_the_core_refuses_them_too(demo):
    with Project.open(demo) as project:
        key = project.stored_findings()[0]["key"]
        for bad_key, text in (("nokey", "Checked."), ("", "Checked."), (key, ""), (key, "  "), (key, "x" * 20_001)):
            with pytest.raises(StoreError):
                project.explain(bad_key, text)
        assert project.explain(key, "  Checked with the office.  ", "") > 0
        assert project.explanations()[-1]["text"] == "Checked with the office."


# -- a project file damaged inside ------------------------------------------------------------------------------

@pytest.mark.parametrize("where", [0.5, -5000])
@pytest.mark.parametrize("command", [["info"], ["check"], ["export", "--out", "OUT"], ["meta", "--office", "X"]])
def test_a_project_damaged_inside_is_called_damaged_without_a_traceback(demo, tmp_path, capsys, where, command):
    data = bytearray(demo.read_bytes())
    offset = int(len(data) * where) if where > 0 else len(data) + where
    data[offset:offset + 3000] = b"\xff" * 3000
    demo.write_bytes(bytes(data))
    args = [command[0], demo, *[str(tmp_path / "out") if a == "OUT" else a for a in command[1:]]]
    rc = cli(*args)
    text = said(capsys)
    assert rc in (0, 2), text
    if rc == 2:
        assert "damaged" in text or "not an IMILA Desk project" in text, text
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.zip"))

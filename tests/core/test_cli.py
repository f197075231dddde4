"""The headless commands, end to end on the real census tables of shared/realdata."""

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.store.project import Project

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
C3 = REALDATA / "ar_indec_c2022_tp_migraciones_c3.xlsx"
C2 = REALDATA / "ar_indec_c2022_tp_migraciones_c2.xlsx"
INEGI = REALDATA / "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"

pytestmark = pytest.mark.skipif(not C3.exists(), reason="shared/realdata is not beside the project")


def value(project_path, table, **codes):
    with Project.open(project_path) as project:
        frame = project.observations(table)
    for dim, code in codes.items():
        frame = frame[frame[dim] == code]
    assert len(frame) == 1, (table, codes, len(frame))
    return int(frame["value"].iloc[0])


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def arg(tmp_path):
    path = tmp_path / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--nso", "INDEC") == 0
    return path


def test_new_and_info(arg, capsys):
    capsys.readouterr()
    assert cli("info", arg) == 0
    out = capsys.readouterr().out
    assert "Argentina" in out and "032" in out and "2022" in out
    assert cli("info", arg, "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["metadata"]["country_iso3"] == "ARG"


def test_indec_tables_import_map_check_export_verify(arg, tmp_path, capsys):
    assert cli("import", arg, C3, "--auto") == 0
    assert cli("import", arg, C2, "--auto") == 0
    out = capsys.readouterr().out
    assert "header rows 3-5" in out and "T01: 231 observations written" in out
    # INDEC Cuadro 3 → T01, broad ages kept
    assert value(arg, "T01", COB="_T", SEX="_T", AGE="_T") == 1_933_463
    assert value(arg, "T01", COB="_T", SEX="2", AGE="_T") == 1_061_421
    assert value(arg, "T01", COB="600", SEX="_T", AGE="_T") == 522_598
    assert value(arg, "T01", COB="068", SEX="1", AGE="_T") == 161_113
    assert value(arg, "T01", COB="862", SEX="_T", AGE="_T") == 161_495
    assert value(arg, "T01", COB="380", SEX="2", AGE="65+") == 36_317
    assert value(arg, "T01", COB="UNK", SEX="_T", AGE="_T") == 179_239
    # INDEC Cuadro 2 → T00, 85-89 and 90+ folded into 85+
    assert value(arg, "T00", NATIVITY="_T", SEX="_T", AGE="_T") == 45_618_787
    assert value(arg, "T00", NATIVITY="F", SEX="1", AGE="_T") == 872_042
    assert value(arg, "T00", NATIVITY="F", SEX="_T", AGE="00-04") == 20_579
    assert value(arg, "T00", NATIVITY="F", SEX="1", AGE="85+") == 18_765
    # Cross-table: T01 agrees with T00's foreign-born row, so the only findings are the published facts.
    capsys.readouterr()
    assert cli("check", arg, "--json") == 1  # warnings only
    findings = json.loads(capsys.readouterr().out)
    assert {f["rule"] for f in findings if f["severity"] != "info"} == {"PLA-001", "PLA-002"}
    assert not [f for f in findings if f["rule"].startswith(("ADD", "CON"))]
    # Export is refused until the warnings are explained or confirmed
    assert cli("export", arg, "--out", tmp_path / "out") == 2
    assert "warnings have no explanation" in capsys.readouterr().err
    for f in findings:
        if f["severity"] == "warning":
            assert cli("explain", arg, f["key"], "Published so by INDEC.", "--author", "Ana") == 0
    assert cli("export", arg, "--out", tmp_path / "out") == 0
    package = tmp_path / "out" / "ARG_2022_IMILA_v1.zip"
    capsys.readouterr()
    assert cli("verify", package) == 0
    assert "VALID" in capsys.readouterr().out
    frictionless = pytest.importorskip("frictionless")
    import zipfile

    with zipfile.ZipFile(package) as archive:
        archive.extractall(tmp_path / "unzipped")
    report = frictionless.validate(str(tmp_path / "unzipped" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_altered_cell_gives_exactly_the_expected_findings(arg, tmp_path, capsys):
    """Bolivian women 0-14 raised by 1,000 in a copy of Cuadro 3."""
    import openpyxl

    altered = tmp_path / "c3_altered.xlsx"
    shutil.copy(C3, altered)
    book = openpyxl.load_workbook(altered)
    sheet = book.active
    assert sheet["A9"].value == "Bolivia" and sheet["D9"].value == 9004
    sheet["D9"] = 10004
    book.save(altered)
    # The published totals no longer add up: the automatic import refuses, says why and writes nothing …
    assert cli("import", arg, altered, "--auto") == 3
    assert "do not reconcile" in capsys.readouterr().err
    with Project.open(arg) as project:
        assert len(project.observations()) == 0
    # … until the person keeps the table as published, and the checks report each difference.
    assert cli("import", arg, altered, "--auto", "--keep-differences") == 0
    assert cli("import", arg, C2, "--auto") == 0
    capsys.readouterr()
    assert cli("check", arg, "--json") == 2
    findings = json.loads(capsys.readouterr().out)
    errors = sorted((f["rule"], f["table"]) for f in findings if f["severity"] == "error")
    assert errors == [("ADD-001", "T01"), ("ADD-002", "T01"), ("ADD-003", "T01"), ("CON-002", "T01")]


def test_inegi_sheets_feed_t00_t01_and_t05(tmp_path):
    mex = tmp_path / "MEX-2020.imila"
    assert cli("new", mex, "--country", "MEX", "--year", "2020") == 0
    assert cli("import", mex, INEGI, "--sheet", "01", "--table", "T00,T01", "--auto") == 0
    assert cli("import", mex, INEGI, "--sheet", "03", "--auto") == 0
    assert value(mex, "T00", NATIVITY="_T", SEX="_T", AGE="_T") == 126_014_024
    assert value(mex, "T01", COB="840", SEX="_T", AGE="_T") == 797_266
    assert value(mex, "T01", COB="840", SEX="1", AGE="_T") == 404_359
    assert value(mex, "T01", COB="840", SEX="2", AGE="_T") == 392_907
    assert value(mex, "T01", COB="OTH", SEX="_T", AGE="_T") == 414_986
    assert value(mex, "T00", NATIVITY="UNK", SEX="_T", AGE="_T") == 465_487
    assert value(mex, "T05", COB="_T", RES5="NAT", SEX="_T", AGE="_T") == 114_883_438
    assert value(mex, "T05", COB="_T", RES5="840", SEX="_T", AGE="_T") == 374_155
    assert value(mex, "T05", COB="_T", RES5="OTH", SEX="_T", AGE="_T") == 175_930
    assert value(mex, "T05", COB="_T", RES5="UNK", SEX="_T", AGE="_T") == 259_750
    assert value(mex, "T05", COB="_T", RES5="_T", SEX="_T", AGE="_T") == 115_693_273
    # The package of these three tables validates with frictionless and with verify.
    assert cli("export", mex, "--out", tmp_path / "out") == 0
    package = tmp_path / "out" / "MEX_2020_IMILA_v1.zip"
    assert cli("verify", package) == 0
    frictionless = pytest.importorskip("frictionless")
    import zipfile

    with zipfile.ZipFile(package) as archive:
        archive.extractall(tmp_path / "unzipped")
        assert {"data/T00.csv", "data/T01.csv", "data/T05.csv"} <= set(archive.namelist())
    report = frictionless.validate(str(tmp_path / "unzipped" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_recipe_written_by_one_project_replays_on_another(arg, tmp_path, capsys):
    assert cli("import", arg, C3, "--auto") == 0
    capsys.readouterr()
    assert cli("recipe", arg, "1") == 0
    recipe = tmp_path / "c3.json"
    recipe.write_text(capsys.readouterr().out, encoding="utf-8")
    other = tmp_path / "other.imila"
    assert cli("new", other, "--country", "ARG", "--year", "2022") == 0
    assert cli("import", other, C3, "--recipe", recipe) == 0
    assert value(other, "T01", COB="_T", SEX="_T", AGE="_T") == 1_933_463


def test_auto_refuses_labels_it_cannot_place_and_writes_nothing(arg, tmp_path, capsys):
    import openpyxl

    odd = tmp_path / "c3_odd.xlsx"
    shutil.copy(C3, odd)
    book = openpyxl.load_workbook(odd)
    book.active["A21"] = "Xanadú del Norte"  # was "España"
    book.save(odd)
    capsys.readouterr()
    assert cli("import", arg, odd, "--auto") == 3
    err = capsys.readouterr().err
    assert "Xanadú del Norte" in err and "nothing was written" in err
    with Project.open(arg) as project:
        assert project.sources() == [] and project.observation_count() == 0


def test_a_file_that_is_not_a_project_gives_a_message_not_a_traceback(tmp_path, capsys):
    junk = tmp_path / "photo.imila"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 100)
    assert cli("info", junk) == 2
    err = capsys.readouterr().err
    assert "is not an IMILA Desk project" in err and "Traceback" not in err
    assert main(["--lang", "es", "info", str(junk)]) == 2
    assert "no es un proyecto de IMILA Desk" in capsys.readouterr().err


def test_explain_names_a_warning_by_its_rule_or_its_rule_and_table(arg, capsys):
    assert cli("import", arg, C3, "--auto") == 0
    assert cli("check", arg) == 1
    capsys.readouterr()
    assert cli("explain", arg, "PLA-002", "INDEC publishes Ignorado as answered.") == 0
    assert cli("explain", arg, "pla-001:t01", "Few persons born in Africa, mostly men.") == 0
    assert cli("explain", arg, "PLA-009", "no such warning") == 2
    assert "found no PLA-009" in capsys.readouterr().err
    with Project.open(arg) as project:
        explained = {e["finding_key"]: e["text"] for e in project.explanations()}
        stored = {f["rule"]: f for f in project.stored_findings()}
        assert explained == {stored["PLA-002"]["key"]: "INDEC publishes Ignorado as answered.",
                             stored["PLA-001"]["key"]: "Few persons born in Africa, mostly men."}
        # A rule that found two things needs its table, and says which keys it could mean.
        twin = dict(stored["PLA-001"], key=stored["PLA-001"]["key"].replace("T01", "T04"), table_id="T04")
        project.store_findings([*project.stored_findings(), twin])
    assert cli("explain", arg, "PLA-001", "which one?") == 2
    err = capsys.readouterr().err
    assert "PLA-001 names 2 findings" in err and twin["key"] in err
    assert cli("explain", arg, "PLA-001 T04", "this one") == 0
    assert cli("check", arg) == 1  # explained warnings are still warnings
    assert "[explained]" in capsys.readouterr().out

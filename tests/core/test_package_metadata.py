"""Submission metadata CELADE needs: asked by ``new`` and ``meta``, warned by ``export``, reported by ``verify``;
the package speaks its country's language; the zip is readable by others; the export says where every cell went."""

import json
import os
import stat
import zipfile

import openpyxl
import pytest
from test_export import consistent_rows, write_long_csv

from app.cli import main
from app.errors import StoreError
from app.store.metadata import country_language, missing_metadata, package_language
from app.store.project import Project
from app.workflow import (
    export_package,
    export_summary,
    import_tidy_csv,
    new_project,
    set_metadata,
    verify_package,
)


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


FULL = ("--office", "INDEC", "--contact", "Ana Pérez", "--email", "migracion@indec.gob.ar",
        "--reference-date", "2022-05-18", "--universe", "T01=Personas nacidas en el extranjero",
        "--national-definitions", "Edad en años cumplidos")


@pytest.mark.parametrize("iso3, lang", [("ARG", "es"), ("BRA", "pt"), ("HTI", "fr"), ("SUR", "nl"), ("JAM", "en"),
                                        ("CHL", "es"), ("TTO", "en")])
def test_package_language_defaults_to_the_country_language(tmp_path, iso3, lang):
    assert country_language(iso3) == lang
    with new_project(tmp_path / f"{iso3}.imila", iso3, 2020) as project:
        meta = project.metadata()
    assert meta["language"] == lang
    assert package_language(meta) == lang
    assert package_language({"country_iso3": "BRA"}) == "pt"
    assert package_language({"country_iso3": "BRA", "language": "es"}) == "es"


def test_new_asks_every_field_and_stores_it(tmp_path, capsys):
    path = tmp_path / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", *FULL, "--basis", "de_facto",
               "--source-type", "sample", "--weights-note", "Muestra del 10 %", "--license", "CC0-1.0") == 0
    captured = capsys.readouterr()
    assert "Package language: Spanish" in captured.out
    assert "missing" not in captured.err  # every required field given
    with Project.open(path) as project:
        meta = project.metadata()
    assert (meta["nso"], meta["contact_name"], meta["contact_email"]) == ("INDEC", "Ana Pérez", "migracion@indec.gob.ar")
    assert (meta["reference_date"], meta["census_round"], meta["enumeration_basis"]) == ("2022-05-18", "2020", "de_facto")
    assert (meta["source_type"], meta["weights_note"], meta["license"]) == ("sample", "Muestra del 10 %", "CC0-1.0")
    assert meta["universe_notes"] == {"T01": "Personas nacidas en el extranjero"}
    assert meta["national_definitions"] == "Edad en años cumplidos"
    assert meta["language"] == "es" and meta["country_name"] == "Argentina"


def test_new_without_metadata_says_what_is_missing(tmp_path, capsys):
    assert cli("new", tmp_path / "a.imila", "--country", "ARG", "--year", "2022") == 0
    err = capsys.readouterr().err
    assert "Metadata CELADE needs is missing: National statistics office, Contact person, Reference date" in err
    assert "imila-desk meta" in err


def test_new_refuses_a_malformed_date_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "a.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--reference-date", "18/05/2022") == 2
    assert "reference_date='18/05/2022'" in capsys.readouterr().err
    assert not path.exists()
    with pytest.raises(StoreError):
        new_project(path, "ARG", 2022, contact_email="not an address")


def test_meta_sets_fields_later_and_merges_universe_notes(tmp_path, capsys):
    path = tmp_path / "a.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--universe", "T00=Población total") == 0
    assert cli("meta", path, *FULL) == 0
    out = capsys.readouterr().out
    assert "metadata fields updated" in out
    with Project.open(path) as project:
        meta = project.metadata()
        assert meta["universe_notes"] == {"T00": "Población total", "T01": "Personas nacidas en el extranjero"}
        assert missing_metadata(meta, ["T00", "T01"]) == {"required": [], "recommended": [], "invalid": []}
        with pytest.raises(StoreError):
            set_metadata(project, {"enumeration_basis": "usual"})
        assert project.metadata()["enumeration_basis"] == "de_jure"
    assert cli("--lang", "es", "info", path) == 0
    out = capsys.readouterr().out
    assert "Oficina nacional de estadística: INDEC" in out and "Idioma del paquete: español" in out


@pytest.fixture
def thin(tmp_path):
    """An Argentine project with data and no office, contact nor reference date."""
    project = new_project(tmp_path / "ARG-2022.imila", "ARG", 2022)
    import_tidy_csv(project, write_long_csv(tmp_path / "t01.csv", consistent_rows()))
    yield project
    project.close()


def test_export_warns_verify_reports_and_the_package_speaks_spanish(thin, tmp_path, capsys):
    thin.close()
    path = tmp_path / "ARG-2022.imila"
    assert cli("export", path, "--out", tmp_path / "out", "--send-unexplained") == 0
    captured = capsys.readouterr()
    assert "Metadata CELADE needs is missing: National statistics office, Contact person, Reference date" in captured.err
    assert "Recommended metadata left empty: Contact email, Universe notes, National definitions" in captured.err
    package = tmp_path / "out" / "ARG_2022_IMILA_v1.zip"
    with zipfile.ZipFile(package) as archive:
        metadata = json.loads(archive.read("metadata.json"))
        manifest = json.loads(archive.read("manifest.json"))
        (tmp_path / "tables.xlsx").write_bytes(archive.read("data/tables.xlsx"))
        report = archive.read("quality/report.html").decode("utf-8")
    assert metadata["language"] == "es" and manifest["language"] == "es"
    sheet = openpyxl.load_workbook(tmp_path / "tables.xlsx").worksheets[0]
    words = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "Paraguay" in words and "Hombres" in words, words[:300]
    assert 'lang="es"' in report
    assert cli("verify", package) == 0  # reported, not refused
    out = capsys.readouterr().out
    assert "Metadata CELADE needs is missing: National statistics office, Contact person, Reference date." in out
    assert "VALID: " in out and "36 observations" in out
    report = verify_package(package)
    assert report.ok and [n.key for n in report.notes] == ["verify.metadata_missing", "verify.metadata_recommended"]
    assert report.as_dict("es")["notes"][0]["message"].startswith("Faltan metadatos")


def test_complete_metadata_gives_a_quiet_export_and_verify(thin, tmp_path, capsys):
    set_metadata(thin, {"nso": "INDEC", "contact_name": "Ana Pérez", "contact_email": "a@indec.gob.ar",
                        "reference_date": "2022-05-18", "universe_notes": {"T01": "Nacidos en el extranjero"},
                        "national_definitions": "Ninguna"})
    package = export_package(thin, tmp_path / "out", confirm_unexplained=True)
    report = verify_package(package)
    assert report.ok and report.notes == []
    with zipfile.ZipFile(package) as archive:
        metadata = json.loads(archive.read("metadata.json"))
    assert (metadata["nso"], metadata["contact_name"], metadata["reference_date"]) == ("INDEC", "Ana Pérez", "2022-05-18")


def test_zip_is_readable_by_others(thin, tmp_path):
    old = os.umask(0o022)
    try:
        package = export_package(thin, tmp_path / "out", confirm_unexplained=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(package.stat().st_mode) == 0o644
    with zipfile.ZipFile(package) as archive:
        assert {stat.S_IMODE(i.external_attr >> 16) for i in archive.infolist()} == {0o644}


def test_export_summary_says_why_cells_are_not_in_the_package(tmp_path, capsys):
    rows = consistent_rows()
    path = tmp_path / "t01.csv"
    lines = ["table,COB,SEX,AGE,value,flag"] + [
        f"T01,{c},{s},{a},{v},{'C' if (c, s, a) == ('068', '1', '65+') else 'A'}" for (c, s, a), v in sorted(rows.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with new_project(tmp_path / "a.imila", "ARG", 2022) as project:
        import_tidy_csv(project, path)
        with project.action("test.national"):
            project.conn.execute("INSERT INTO observations (table_id, COB, SEX, AGE, value, flag, kind) "
                                 "VALUES ('T01', 'N:Países limítrofes', '_T', '_T', 683307, 'A', 'national')")
        summary = export_summary(project, "en")
        assert summary[0] == f"The project has {len(rows) + 1} cells; the package carries {len(rows)}."
        assert "T01: 1 national subtotals (e.g. “Países limítrofes”) are checked but not exported." in summary
        assert any("1 confidential cells (flag C)" in line for line in summary)
        assert export_summary(project, "es")[0].startswith("El proyecto tiene")

"""The package's Frictionless Data Package v2: labels in the package language, code lists with foreign keys,
contributors, sources with their SHA-256, the chosen licence, integer counts and the lineage column."""

import csv
import hashlib
import io
import json
import zipfile

import frictionless
import pytest
from test_export import consistent_rows, write_long_csv

from app.export.verify import verify_package
from app.workflow import export_package, import_tidy_csv, new_project

V2 = "https://datapackage.org/profiles/2.0/datapackage.json"


@pytest.fixture
def package(tmp_path):
    source = write_long_csv(tmp_path / "cuadro1.csv", consistent_rows())
    with new_project(tmp_path / "ARG-2022.imila", "ARG", 2022, nso="INDEC", contact_name="Ana Pérez",
                     contact_email="migracion@indec.gob.ar", reference_date="2022-05-18", license="CC0-1.0") as project:
        import_tidy_csv(project, source)
        path = export_package(project, tmp_path / "out", confirm_unexplained=True, include_sources=True)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    return folder, hashlib.sha256(source.read_bytes()).hexdigest()


def descriptor(folder):
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def field(resource, name):
    return next(f for f in resource["schema"]["fields"] if f["name"] == name)


def test_frictionless_validates_it_as_data_package_v2(package):
    folder, _ = package
    dp = descriptor(folder)
    assert dp["$schema"] == V2 and "profile" not in dp
    with frictionless.system.use_context(standards="v2"):
        report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["tasks"] == len(dp["resources"]) == 4  # T01 and the COUNTRY, SEX, AGE code lists
    assert frictionless.Package(str(folder / "datapackage.json")).metadata_descriptor_initial["$schema"] == V2


def test_codes_carry_labels_in_the_package_language(package):
    folder, _ = package
    t01 = descriptor(folder)["resources"][0]
    assert t01["title"].startswith("Población nacida en el extranjero")
    cob = {c["value"]: c["label"] for c in field(t01, "COB")["categories"]}
    assert cob == {"_T": "Total", "068": "Bolivia", "600": "Paraguay"}
    assert {c["value"]: c["label"] for c in field(t01, "SEX")["categories"]}["2"] == "Mujeres"
    assert field(t01, "COB")["constraints"]["enum"] == ["_T", "068", "600"]
    assert {c["value"]: c["label"] for c in field(t01, "flag")["categories"]}["C"].startswith("Confidencial")


def test_code_lists_are_resources_the_tables_refer_to(package):
    folder, _ = package
    dp = descriptor(folder)
    t01 = dp["resources"][0]
    keys = {fk["fields"][0]: fk["reference"]["resource"] for fk in t01["schema"]["foreignKeys"]}
    assert keys == {"COB": "codelist-country", "SEX": "codelist-sex", "AGE": "codelist-age"}
    names = {r["name"]: r["path"] for r in dp["resources"]}
    assert names["codelist-country"] == "codelists/COUNTRY.csv"
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO((folder / "codelists/COUNTRY.csv").read_text("utf-8")))}
    assert rows["600"]["label"] == "Paraguay" and rows["600"]["iso3"] == "PRY" and rows["600"]["parent"] == "005"
    assert rows["032"]["label_fr"] == "Argentine" and rows["032"]["label_nl"] == "Argentinië"
    sexes = list(csv.DictReader(io.StringIO((folder / "codelists/SEX.csv").read_text("utf-8"))))
    assert "label_nl" not in sexes[0]  # no Dutch labels in that list: no column that would repeat the English
    assert {r["code"]: r["label_pt"] for r in sexes}["2"] == "Mulheres"


def test_a_code_outside_its_list_is_caught_by_the_foreign_key(package):
    folder, _ = package
    dp = descriptor(folder)
    t01 = dp["resources"][0]
    field(t01, "COB")["constraints"].pop("enum")  # only the foreign key stands between the code and the package
    (folder / "datapackage.json").write_text(json.dumps(dp), encoding="utf-8")
    data = folder / "data" / "T01.csv"
    data.write_text(data.read_text("utf-8").replace("\n068,1,00-14,", "\n999,1,00-14,", 1), encoding="utf-8")
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}


def test_contributors_sources_created_description_licence(package):
    folder, digest = package
    dp = descriptor(folder)
    assert dp["contributors"][0] == {"title": "INDEC", "roles": ["publisher", "producer"]}
    assert dp["contributors"][1] == {"title": "Ana Pérez", "roles": ["contact"], "email": "migracion@indec.gob.ar",
                                     "organization": "INDEC"}
    size = (folder / "sources/001_cuadro1.csv").stat().st_size
    assert dp["sources"] == [{"title": "cuadro1.csv", "sha256": digest, "bytes": size, "path": "sources/001_cuadro1.csv"}]
    assert hashlib.sha256((folder / "sources/001_cuadro1.csv").read_bytes()).hexdigest() == digest
    assert dp["resources"][0]["sources"] == dp["sources"]
    assert dp["created"][:2] == "20" and "T" in dp["created"]
    assert "INDEC" in dp["description"] and "Argentina" in dp["description"]
    assert dp["licenses"] == [{"name": "CC0-1.0", "title": "Creative Commons Zero 1.0",
                               "path": "https://creativecommons.org/publicdomain/zero/1.0/"}]


def test_counts_are_integers_and_every_row_says_its_source(package):
    folder, _ = package
    t01 = descriptor(folder)["resources"][0]
    assert field(t01, "value")["type"] == "integer"
    rows = list(csv.DictReader(io.StringIO((folder / "data/T01.csv").read_text("utf-8"))))
    assert all(r["source"].startswith("cuadro1.csv!") for r in rows)
    total = next(r for r in rows if (r["COB"], r["SEX"], r["AGE"]) == ("_T", "_T", "_T"))
    assert total["value"] == "860897"
    line = int(total["source"].split("!")[1])
    source_line = (folder / "sources/001_cuadro1.csv").read_text("utf-8").splitlines()[line - 1]
    assert source_line == "T01,_T,_T,_T,860897"


def test_sample_estimates_make_the_value_a_number(tmp_path):
    path = tmp_path / "sample.csv"
    path.write_text("table,COB,SEX,AGE,value,flag\nT01,_T,_T,_T,1000.5,E\n", encoding="utf-8")
    with new_project(tmp_path / "a.imila", "ARG", 2022, source_type="sample") as project:
        import_tidy_csv(project, path)
        package = export_package(project, tmp_path / "out", confirm_unexplained=True)
    with zipfile.ZipFile(package) as archive:
        dp = json.loads(archive.read("datapackage.json"))
    assert field(dp["resources"][0], "value")["type"] == "number"


def test_verify_and_the_bank_read_the_new_layout(package, tmp_path):
    folder, _ = package
    zipped = next((folder.parent / "out").glob("*.zip"))
    report = verify_package(zipped)
    assert report.ok and report.observations == len(consistent_rows()), report.lines("en")

    from app.bank.store import read_package
    from app.models.schema import load_schema

    frame, *_ = read_package(zipped, load_schema().all_dimension_ids)
    assert set(frame["table_id"]) == {"T01"} and len(frame) == len(consistent_rows())

"""The submission package: contents, determinism, third-party validation, verify and hostile archives."""

import csv
import io
import json
import re
import shutil
import stat
import zipfile
from itertools import product

import pytest

from app.errors import ExportError
from app.workflow import export_package, import_tidy_csv, new_project, verify_package

# Foreign-born by country of birth, sex and broad age group: (COB, SEX, AGE) → persons
LEAVES = {
    ("068", "1", "00-14"): 9506, ("068", "1", "15-64"): 131218, ("068", "1", "65+"): 20389,
    ("068", "2", "00-14"): 9004, ("068", "2", "15-64"): 144534, ("068", "2", "65+"): 23648,
    ("600", "1", "00-14"): 8703, ("600", "1", "15-64"): 184303, ("600", "1", "65+"): 30742,
    ("600", "2", "00-14"): 8732, ("600", "2", "15-64"): 238709, ("600", "2", "65+"): 51409,
}


def consistent_rows(leaves=LEAVES):
    """Leaves plus every published total, as an office publishes T01."""
    cobs, sexes, ages = ["068", "600"], ["1", "2"], ["00-14", "15-64", "65+"]
    rows = {}
    for cob, sex, age in product(cobs + ["_T"], sexes + ["_T"], ages + ["_T"]):
        rows[(cob, sex, age)] = sum(
            v for (c, s, a), v in leaves.items()
            if (cob == "_T" or c == cob) and (sex == "_T" or s == sex) and (age == "_T" or a == age)
        )
    return rows


def write_long_csv(path, rows):
    lines = ["table,COB,SEX,AGE,value"] + [f"T01,{c},{s},{a},{v}" for (c, s, a), v in sorted(rows.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path):
    p = new_project(tmp_path / "ARG-2022.imila", "ARG", 2022, nso="INDEC", census_name="Censo 2022")
    import_tidy_csv(p, write_long_csv(tmp_path / "t01.csv", consistent_rows()))
    yield p
    p.close()


def exported(project, tmp_path, **kwargs):
    return export_package(project, tmp_path / "out", lang="es", confirm_unexplained=True, **kwargs)


def test_package_has_every_part_with_checksums(project, tmp_path):
    package = exported(project, tmp_path)
    assert package.name == "ARG_2022_IMILA_v1.zip"
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        for required in ("manifest.json", "metadata.json", "datapackage.json", "data/T01.csv", "data/tables.xlsx",
                         "sdmx/structure.xml", "sdmx/T01.csv", "quality/report.html", "quality/findings.csv"):
            assert required in names
        manifest = json.loads(archive.read("manifest.json"))
        import hashlib

        for name, entry in manifest["files"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == entry["sha256"]
        assert manifest["schema_version"] == "1.0"
        rows = list(csv.reader(io.StringIO(archive.read("data/T01.csv").decode("utf-8"))))
    assert rows[0] == ["COB", "SEX", "AGE", "value", "flag", "source"]
    assert ["_T", "_T", "_T", "860897", "A"] in [r[:5] for r in rows]
    paraguayan_women = next(r for r in rows if r[:3] == ["600", "2", "65+"])
    assert paraguayan_women[3:5] == ["51409", "A"] and paraguayan_women[5].startswith("t01.csv!")
    assert project.exports()[0]["filename"] == package.name


def test_export_is_recorded_and_versions_increase(project, tmp_path):
    first = exported(project, tmp_path)
    second = exported(project, tmp_path)
    assert (first.name, second.name) == ("ARG_2022_IMILA_v1.zip", "ARG_2022_IMILA_v2.zip")
    assert [e["version"] for e in project.exports()] == [1, 2]


def test_data_files_are_byte_identical_between_exports(project, tmp_path):
    first = exported(project, tmp_path)
    second = exported(project, tmp_path)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        for name in ("data/T01.csv", "data/tables.xlsx", "sdmx/T01.csv"):
            assert a.read(name) == b.read(name), name
        # the SDMX structure differs only by the moment its message was prepared (the export's)
        def prepared(data):
            return re.sub(rb"<mes:Prepared>[^<]*</mes:Prepared>", b"", data)

        assert prepared(a.read("sdmx/structure.xml")) == prepared(b.read("sdmx/structure.xml"))
        first_dp, second_dp = json.loads(a.read("datapackage.json")), json.loads(b.read("datapackage.json"))
        assert (first_dp.pop("version"), second_dp.pop("version")) == ("1.0.0", "2.0.0")
        # ``created`` is the moment of each export; everything else describes the same data
        assert first_dp.pop("created") <= second_dp.pop("created")
        assert first_dp == second_dp


def test_frictionless_validates_the_datapackage(project, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    package = exported(project, tmp_path)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_tables_xlsx_reads_as_a_census_table(project, tmp_path):
    import openpyxl

    package = exported(project, tmp_path)
    with zipfile.ZipFile(package) as archive:
        book = openpyxl.load_workbook(io.BytesIO(archive.read("data/tables.xlsx")))
    sheet = book["T01"]
    labels = [sheet.cell(row=r, column=1).value for r in range(1, sheet.max_row + 1)]
    assert "Paraguay" in labels and "Bolivia" in labels and "Total" in labels
    assert sheet.freeze_panes is not None
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert 860897 in values


def test_text_that_looks_like_a_formula_stays_text(project, tmp_path):
    import openpyxl

    project.update_metadata({"census_name": "=HYPERLINK(\"http://x\",\"click\")"})
    package = exported(project, tmp_path)
    with zipfile.ZipFile(package) as archive:
        book = openpyxl.load_workbook(io.BytesIO(archive.read("data/tables.xlsx")))
    subtitle = book["T01"]["A2"]
    assert subtitle.data_type == "s"
    assert subtitle.value.startswith("=HYPERLINK")


def test_sdmx_csv_has_one_row_per_observation(project, tmp_path):
    package = exported(project, tmp_path)
    with zipfile.ZipFile(package) as archive:
        text = archive.read("sdmx/T01.csv").decode("utf-8")
    assert text.splitlines()[0] == "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,COB,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_STATUS"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(consistent_rows())
    top = [r for r in rows if r["COB"] == "_T" and r["SEX"] == "_T" and r["AGE"] == "_T"][0]
    assert (top["STRUCTURE"], top["STRUCTURE_ID"], top["ACTION"]) == ("dataflow", "CELADE:DF_IMILA_T01(1.0)", "I")
    assert top["REF_AREA"] == "032" and top["TIME_PERIOD"] == "2022"  # M49, as COB
    assert top["OBS_VALUE"] == "860897" and top["OBS_STATUS"] == "A"
    assert {r["AGE"] for r in rows} == {"_T", "00-14", "15-64", "65_PLUS"}


def test_export_is_refused_while_errors_are_open(tmp_path):
    rows = consistent_rows()
    rows[("_T", "_T", "_T")] += 5000  # the published total no longer adds up
    with new_project(tmp_path / "bad.imila", "ARG", 2022) as p:
        import_tidy_csv(p, write_long_csv(tmp_path / "bad.csv", rows))
        with pytest.raises(ExportError) as err:
            export_package(p, tmp_path / "out", confirm_unexplained=True)
        assert err.value.key == "export.open_errors"
        assert "Check page" in err.value.message("en")
        assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
        assert p.exports() == []


def test_verify_accepts_a_fresh_package(project, tmp_path):
    report = verify_package(exported(project, tmp_path))
    assert report.ok, report.lines("en")
    assert report.observations == len(consistent_rows())


def _rewrite(package, target, change):
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info, data)
    return target


def test_verify_detects_one_tampered_byte(project, tmp_path):
    package = exported(project, tmp_path)

    def tamper(name, data):
        if name == "data/T01.csv":
            return data.replace(b"51409", b"51408")
        return data

    report = verify_package(_rewrite(package, tmp_path / "tampered.zip", tamper))
    assert not report.ok
    assert any(p.key == "verify.checksum" and p.params["name"] == "data/T01.csv" for p in report.problems)
    assert "was changed after export" in " ".join(report.lines("en"))


def test_verify_detects_a_deleted_file(project, tmp_path):
    package = exported(project, tmp_path)
    report = verify_package(_rewrite(package, tmp_path / "deleted.zip", lambda n, d: None if n == "sdmx/T01.csv" else d))
    assert not report.ok
    assert any(p.key == "verify.missing_file" and p.params["name"] == "sdmx/T01.csv" for p in report.problems)


def test_verify_refuses_path_traversal_without_extracting(project, tmp_path):
    package = exported(project, tmp_path)
    evil = tmp_path / "evil.zip"
    shutil.copy(package, evil)
    with zipfile.ZipFile(evil, "a") as archive:
        archive.writestr("../evil", b"owned")
    report = verify_package(evil)
    assert not report.ok
    assert [p.key for p in report.problems] == ["verify.unsafe_path"]
    assert not (tmp_path.parent / "evil").exists()


def test_verify_refuses_symlinks_and_zip_bombs(project, tmp_path):
    package = exported(project, tmp_path)
    linked = tmp_path / "link.zip"
    shutil.copy(package, linked)
    with zipfile.ZipFile(linked, "a") as archive:
        info = zipfile.ZipInfo("data/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    assert [p.key for p in verify_package(linked).problems] == ["verify.symlink"]

    bomb = tmp_path / "bomb.zip"
    shutil.copy(package, bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/huge.csv", b"0" * (60 * 1024 * 1024))
    assert "verify.zip_bomb" in [p.key for p in verify_package(bomb).problems]


def test_verify_rechecks_data_like_celade(project, tmp_path):
    """A package whose checksums were recomputed after editing still fails on the numbers."""
    import hashlib

    package = exported(project, tmp_path)
    with zipfile.ZipFile(package) as src:
        files = {n: src.read(n) for n in src.namelist()}
    files["data/T01.csv"] = files["data/T01.csv"].replace(b"_T,_T,_T,860897", b"_T,_T,_T,999999")
    manifest = json.loads(files["manifest.json"])
    for name, entry in manifest["files"].items():
        entry["sha256"] = hashlib.sha256(files[name]).hexdigest()
        entry["size"] = len(files[name])
    files["manifest.json"] = json.dumps(manifest).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as dst:
        for name, data in files.items():
            dst.writestr(name, data)
    report = verify_package(forged)
    assert not report.ok
    assert any(f.severity == "error" for f in report.findings)


def test_sdmx_csv_parses_with_pysdmx(project, tmp_path):
    pysdmx_io = pytest.importorskip("pysdmx.io")
    package = exported(project, tmp_path)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(tmp_path / "unzipped", members=["sdmx/T01.csv", "sdmx/structure.xml"])
    folder = tmp_path / "unzipped" / "sdmx"
    dataset = pysdmx_io.get_datasets(folder / "T01.csv", folder / "structure.xml")[0]
    assert dataset.short_urn == "Dataflow=CELADE:DF_IMILA_T01(1.0)"
    frame = dataset.data
    assert len(frame) == len(consistent_rows())
    total = frame[(frame["COB"] == "_T") & (frame["SEX"] == "_T") & (frame["AGE"] == "_T")]
    assert int(total["OBS_VALUE"].iloc[0]) == 860897

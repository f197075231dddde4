"""SDMX in the package: the structure (SDMX-ML 2.1) and each table's SDMX-CSV 2.0, read back by sdmx1 and pysdmx.

Real packages: the demo census once its seeded errors are corrected (T00,
T01, T04 with national periods of arrival), and INDEC's census 2022 imported
from the published workbooks (T00, T01 with broad age groups) where
shared/realdata is present. Each library reads the shipped SDMX-CSV with the
shipped structure; every observation's codes are checked against the code
lists as that library read them, and a wrong code put in the CSV is caught by
each, and by ``verify``.
"""

import csv
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

from app.export.sdmx_package import IMILA_CODE, ISO3_ANNOTATION, data_file, imila_code, sdmx_code
from app.store.project import Project
from app.workflow import check_project, export_package, import_file, new_project, reimport_file, verify_package

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from tests.checks.indec import realdata  # noqa: E402

sdmx = pytest.importorskip("sdmx")
pysdmx_io = pytest.importorskip("pysdmx.io")
from pysdmx.model import DataType, Role  # noqa: E402

SCHEMA_DIMS = {
    "T00": ("NATIVITY", "SEX", "AGE"), "T01": ("COB", "SEX", "AGE"), "T04": ("COB", "SEX", "ARRIVAL"),
    "T11": ("COR", "SEX", "AGE", "DEPART"),
}


def _country_table(tables: list[str]) -> str:
    """The last table of the package whose rows are countries of birth (T01, T04 …)."""
    return [t for t in tables if SCHEMA_DIMS.get(t, ("",))[0] == "COB"][-1]


def _demo_package(folder: Path) -> Path:
    import build_demo
    import make_demo_sources

    path = build_demo.build(folder / "demo.imila")
    corrected = folder / "corrected"
    make_demo_sources.write_sources(corrected, seeded=False)
    with Project.open(path) as project:
        for source in project.sources():
            if source["settings"].get("microdata"):  # tabulated, not imported: nothing to correct there
                continue
            reimport_file(project, source["id"], corrected / source["name"], memory=False)
        haiti = [f for f in check_project(project) if f.rule == "PLA-001"][0]
        project.explain(haiti.key, "Labour migration from Haiti is mostly male (field report 2020).", "trainer")
        return export_package(project, folder / "out")


def _indec_package(folder: Path) -> Path:
    c2, c3 = realdata("ar_indec_c2022_tp_migraciones_c2.xlsx"), realdata("ar_indec_c2022_tp_migraciones_c3.xlsx")
    if c2 is None or c3 is None:
        pytest.skip("shared/realdata not found")
    with new_project(folder / "ARG-2022.imila", "ARG", 2022, nso="INDEC", contact_name="Ana Pérez",
                     reference_date="2022-05-18", census_name="Censo Nacional 2022") as project:
        for path, table in ((c2, "T00"), (c3, "T01")):
            summary = import_file(project, path, table=table, auto=True, memory=False)
            assert not summary.unresolved
        return export_package(project, folder / "out", confirm_unexplained=True)


@pytest.fixture(scope="module", params=["demo", "indec"])
def package(request, tmp_path_factory):
    """``(folder, tables, metadata)`` of a real package, unzipped."""
    folder = tmp_path_factory.mktemp(request.param)
    zipped = _demo_package(folder) if request.param == "demo" else _indec_package(folder)
    unzipped = folder / "unzipped"
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(unzipped)
    tables = sorted(Path(n).stem for n in archive.namelist() if re.fullmatch(r"data/T\d\d\.csv", n))
    return unzipped, tables, json.loads((unzipped / "metadata.json").read_text(encoding="utf-8"))


def data_rows(folder: Path, table: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((folder / "data" / f"{table}.csv").read_text(encoding="utf-8"))))


def structure_path(folder: Path) -> Path:
    return folder / "sdmx" / "structure.xml"


# -- sdmx1 -----------------------------------------------------------------------------------------

def sdmx1_read(folder: Path, table: str):
    """The table's observations as sdmx1 reads them with the shipped structure, and the values outside a code list."""
    structure = sdmx.read_sdmx(structure_path(folder))
    flow = structure.dataflow[f"DF_IMILA_{table}"]
    message = sdmx.read_sdmx(folder / data_file(table), structure=flow)
    observations = [obs for dataset in message.data for obs in dataset.obs]
    invalid = []
    for obs in observations:
        for kv in obs.dimension.values.values():
            if kv.id != "TIME_PERIOD" and kv.value not in kv.value_for:
                invalid.append((kv.id, kv.value))
        for attribute in obs.attached_attribute.values():
            if attribute.value not in attribute.value_for:
                invalid.append((attribute.value_for.id, attribute.value))
    return structure, flow, observations, invalid


# -- pysdmx ----------------------------------------------------------------------------------------

def pysdmx_read(folder: Path, table: str):
    """The table's observations as pysdmx reads them with the shipped structure, and the values outside a code list.

    pysdmx's SDMX-CSV reader lets pandas guess each column's type, so a column
    whose codes are all digits comes back without its leading zeros
    (REF_AREA ``032`` → ``32``). A value is taken for the code it was only if
    it is that code's integer rendering; anything else is outside the list.
    """
    datasets = pysdmx_io.get_datasets(folder / data_file(table), structure_path(folder))
    assert len(datasets) == 1
    dataset = datasets[0]
    assert dataset.short_urn == f"Dataflow=CELADE:DF_IMILA_{table}(1.0)"
    frame = dataset.data.astype(str)
    invalid = []
    for component in dataset.structure.components:
        if not component.enumeration:
            continue
        codes = {code.id for code in component.enumeration}
        unpadded = {str(int(c)): c for c in codes if c.isdigit()}
        restored = frame[component.id].map(lambda v, codes=codes, unpadded=unpadded: v if v in codes else unpadded.get(v, v))
        invalid += [(component.id, v) for v in restored if v not in codes]
        frame[component.id] = restored
    return dataset, frame, invalid


# -- the tests -------------------------------------------------------------------------------------

def test_structure_is_sdmx_ml_21_by_the_official_xml_schema(package):
    from pysdmx.io.xml.doc_validation import validate_doc

    folder, _tables, _meta = package
    validate_doc(structure_path(folder).read_text(encoding="utf-8"))  # raises Invalid otherwise


def test_one_structure_and_one_dataflow_per_table_with_shared_codes(package):
    folder, tables, _meta = package
    structure = sdmx.read_sdmx(structure_path(folder))
    assert sorted(structure.dataflow) == [f"DF_IMILA_{t}" for t in tables]
    assert sorted(structure.structure) == [f"DSD_IMILA_{t}" for t in tables]
    for table in tables:
        dsd = structure.dataflow[f"DF_IMILA_{table}"].structure
        dims = [d.id for d in dsd.dimensions.components]
        assert dims == ["REF_AREA", *SCHEMA_DIMS[table], "TIME_PERIOD"]
        assert "TABLE" not in dims and [m.id for m in dsd.measures.components] == ["OBS_VALUE"]
        assert [a.id for a in dsd.attributes.components] == ["OBS_STATUS"]
        enumerations = {d.id: d.local_representation.enumerated for d in dsd.dimensions.components if d.id != "TIME_PERIOD"}
        if "COB" in enumerations:  # one code system for countries: REF_AREA and COB share the M49 list
            assert enumerations["REF_AREA"] is enumerations["COB"]
        assert enumerations["REF_AREA"].id == "CL_COUNTRY"


def test_code_lists_are_named_in_every_language(package):
    folder, _tables, _meta = package
    structure = sdmx.read_sdmx(structure_path(folder))
    countries = structure.codelist["CL_COUNTRY"]
    argentina = countries["032"]
    assert argentina.name.localizations == {"es": "Argentina", "en": "Argentina", "pt": "Argentina", "fr": "Argentine",
                                            "nl": "Argentinië"}
    assert [(a.type, a.title) for a in argentina.annotations] == [(ISO3_ANNOTATION, "ARG")]
    assert argentina.parent.id == "005" and argentina.parent.parent.id == "419"
    for codelist in structure.codelist.values():
        assert set(codelist.name.localizations) >= {"es", "en", "pt", "fr"}, codelist.id
        for code in codelist:
            assert set(code.name.localizations) >= {"es", "en", "pt", "fr"}, (codelist.id, code.id)
    open_age = structure.codelist["CL_AGE"]["65_PLUS"]
    assert open_age.name.localizations["es"] == "65 años y más"
    assert [(a.type, a.title) for a in open_age.annotations] == [(IMILA_CODE, "65+")]
    for dsd in structure.structure.values():
        assert set(dsd.name.localizations) == {"es", "en", "pt", "fr"}


def test_sdmx1_reads_every_observation_and_every_code_is_in_its_list(package):
    folder, tables, meta = package
    for table in tables:
        expected = data_rows(folder, table)
        _structure, flow, observations, invalid = sdmx1_read(folder, table)
        assert invalid == [], invalid[:5]
        assert len(observations) == len(expected) > 0
        dims = [d.id for d in flow.structure.dimensions.components][1:-1]
        read = {tuple(imila_code(o.dimension[d].value) for d in dims): (o.value, o.attached_attribute["OBS_STATUS"].value)
                for o in observations}
        for row in expected:
            value, flag = read[tuple(row[d] for d in dims)]
            assert (value if value != "NaN" else "", flag) == (row["value"], row["flag"])
        assert {o.dimension["REF_AREA"].value for o in observations} == {meta["country_m49"] or meta["country_iso3"]}
        assert {o.dimension["TIME_PERIOD"].value for o in observations} == {str(meta["census_year"])}


def test_pysdmx_reads_every_observation_and_every_code_is_in_its_list(package):
    folder, tables, meta = package
    for table in tables:
        expected = data_rows(folder, table)
        dataset, frame, invalid = pysdmx_read(folder, table)
        assert invalid == [], invalid[:5]
        assert len(frame) == len(expected) > 0
        components = {c.id: c for c in dataset.structure.components}
        assert components["OBS_VALUE"].dtype == DataType.INTEGER and components["OBS_STATUS"].enumeration
        dims = [c.id for c in dataset.structure.components if c.role == Role.DIMENSION][1:-1]
        assert dims == list(SCHEMA_DIMS[table])
        read = {tuple(imila_code(v) for v in row[:len(dims)]): tuple(row[len(dims):])
                for row in frame[dims + ["OBS_VALUE", "OBS_STATUS"]].itertuples(index=False, name=None)}
        for row in expected:
            value, flag = read[tuple(row[d] for d in dims)]
            assert (value if value != "NaN" else "", flag) == (row["value"], row["flag"])
        assert set(frame["REF_AREA"]) == {meta["country_m49"] or meta["country_iso3"]}


def _with_wrong_codes(folder: Path, table: str) -> tuple[Path, int]:
    """The table's SDMX-CSV with one country code outside M49 and one sex code outside its list; the line changed."""
    path = folder / data_file(table)
    original = path.read_bytes()
    rows = list(csv.reader(io.StringIO(original.decode("utf-8"))))
    header = rows[0]
    first = header.index("SEX")
    line = next(i for i, row in enumerate(rows[1:], start=1) if row[first] == "1")
    rows[line][first] = "7"
    country = "COB" if "COB" in header else "REF_AREA"
    rows[line][header.index(country)] = "999"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path, line


def test_a_wrong_code_in_the_csv_is_caught_by_each_library(package, tmp_path):
    folder, tables, _meta = package
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(folder, copy)
    table = _country_table(tables)
    _path, _line = _with_wrong_codes(copy, table)
    country = "COB" if table != "T00" else "REF_AREA"
    *_rest, invalid_sdmx1 = sdmx1_read(copy, table)
    assert sorted(invalid_sdmx1) == sorted([(country, "999"), ("SEX", "7")])
    _dataset, _frame, invalid_pysdmx = pysdmx_read(copy, table)
    assert sorted(invalid_pysdmx) == sorted([(country, "999"), ("SEX", "7")])


def _repacked(folder: Path, target: Path) -> Path:
    """The unzipped package zipped again with its manifest's checksums brought up to date (a forged package)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, entry in manifest["files"].items():
        data = (folder / name).read_bytes()
        entry["sha256"], entry["size"] = hashlib.sha256(data).hexdigest(), len(data)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            archive.write(path, path.relative_to(folder).as_posix())
    return target


def test_verify_refuses_a_wrong_code_or_a_changed_figure_in_the_sdmx_csv(package, tmp_path):
    import shutil

    folder, tables, _meta = package
    table = _country_table(tables)
    clean = tmp_path / "clean"
    shutil.copytree(folder, clean)
    assert verify_package(_repacked(clean, tmp_path / "clean.zip")).ok

    wrong = tmp_path / "wrong"
    shutil.copytree(folder, wrong)
    _path, line = _with_wrong_codes(wrong, table)
    report = verify_package(_repacked(wrong, tmp_path / "wrong.zip"))
    assert not report.ok
    bad = {(p.params["field"], p.params["value"], p.params["line"]) for p in report.problems if p.key == "verify.bad_value"}
    country = "COB" if table != "T00" else "REF_AREA"
    assert bad == {(country, "999", line + 1), ("SEX", "7", line + 1)}

    changed = tmp_path / "changed"
    shutil.copytree(folder, changed)
    path = changed / data_file(table)
    rows = path.read_text(encoding="utf-8").splitlines()
    cells = rows[1].split(",")
    cells[-2] = str(int(cells[-2]) + 1)
    rows[1] = ",".join(cells)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = verify_package(_repacked(changed, tmp_path / "changed.zip"))
    assert [p.key for p in report.problems] == ["verify.sdmx_mismatch"] and not report.ok
    assert "does not hold the same observations" in " ".join(report.lines("en"))


def test_sdmx_identifiers_turn_back_into_imila_codes():
    for code in ("_T", "032", "R019", "UNK", "00-04", "85+", "100+", "10+", "13+", "<1990", "2010-2014", "NAT"):
        assert re.fullmatch(r"[A-Za-z0-9_@$\-]+", sdmx_code(code)), code
        assert imila_code(sdmx_code(code)) == code
    assert (sdmx_code("85+"), sdmx_code("<1990")) == ("85_PLUS", "LT_1990")

"""The project file: creation, metadata, sources, observations, transactions and clear errors."""

import sqlite3
import threading

import pytest

from app.errors import StoreError
from app.store.project import SCHEMA_VERSION, Project
from app.workflow import new_project, project_info


@pytest.fixture
def project(tmp_path):
    p = new_project(tmp_path / "ARG-2022.imila", "ARG", 2022, nso="INDEC")
    yield p
    p.close()


def test_new_project_records_country_and_census(project):
    meta = project.metadata()
    assert meta["country_iso3"] == "ARG"
    assert meta["country_m49"] == "032"
    assert meta["census_year"] == 2022
    assert meta["nso"] == "INDEC"
    version = project.conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unknown_country_and_bad_year_are_refused(tmp_path):
    with pytest.raises(StoreError) as err:
        new_project(tmp_path / "x.imila", "ZZZ", 2022)
    assert "ZZZ" in err.value.message("en")
    with pytest.raises(StoreError):
        new_project(tmp_path / "y.imila", "ARG", 1800)
    assert not (tmp_path / "x.imila").exists()


def test_existing_file_is_not_overwritten(project):
    with pytest.raises(StoreError) as err:
        new_project(project.path, "ARG", 2022)
    assert "already exists" in err.value.message("en")
    assert project.metadata()["nso"] == "INDEC"


def test_source_blob_keeps_bytes_and_sha256(project):
    content = "Lugar de nacimiento;Total\nBolivia;338.299\n".encode("cp1252")
    source_id = project.add_source("cuadro.csv", content, "csv", {"delimiter": ";"})
    assert project.source_content(source_id) == content
    src = project.source(source_id)
    import hashlib

    assert src["sha256"] == hashlib.sha256(content).hexdigest()
    assert src["settings"] == {"delimiter": ";"}


def test_failed_action_leaves_project_as_it_was(project):
    project.add_source("a.csv", b"x", "csv")
    before = project.observation_count()
    with pytest.raises(RuntimeError):
        with project.action("import"):
            project.replace_observations(
                [{"table_id": "T01", "COB": "068", "SEX": "_T", "AGE": "_T", "value": 338299}], source_id=1
            )
            raise RuntimeError("disk pulled out")
    assert project.observation_count() == before
    assert [a["action"] for a in project.audit_log()].count("import") == 0


def test_every_action_is_audited(project):
    project.update_metadata({"contact_name": "Ana Pérez"})
    entry = project.audit_log(1)[0]
    assert entry["action"] == "metadata.update"
    assert entry["details"] == {"contact_name": "Ana Pérez"}
    assert entry["user"]


def test_observations_round_trip_with_flags_and_lineage(project):
    sid = project.add_source("c3.xlsx", b"data", "xlsx")
    with project.action("map"):
        project.replace_observations(
            [
                {"table_id": "T01", "COB": "600", "SEX": "2", "AGE": "_T", "value": 298850, "lineage": "Cuadro 3!C13"},
                {"table_id": "T01", "COB": "N:Países limítrofes", "SEX": "_T", "AGE": "_T", "value": 1155306,
                 "kind": "national", "members": ["068", "076", "152", "600", "858"]},
                {"table_id": "T01", "COB": "380", "SEX": "1", "AGE": "_T", "value": None, "flag": "C"},
            ],
            source_id=sid,
        )
    frame = project.observations("T01")
    assert len(frame) == 3
    row = frame[frame["COB"] == "600"].iloc[0]
    assert row["value"] == 298850 and row["flag"] == "A" and row["lineage"] == "Cuadro 3!C13"
    assert row["RES5"] == ""
    national = frame[frame["kind"] == "national"].iloc[0]
    assert '"600"' in national["members"]
    assert frame[frame["COB"] == "380"].iloc[0]["flag"] == "C"
    info = project_info(project)
    assert info["tables"] == {"T01": 3}
    assert info["sources"][0]["observations"] == 3


def test_random_file_is_not_a_project(tmp_path):
    junk = tmp_path / "notes.imila"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(StoreError) as err:
        Project.open(junk)
    assert "is not an IMILA Desk project" in err.value.message("en")
    assert "no es un proyecto" in err.value.message("es")


def test_other_sqlite_database_is_not_a_project(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Project.open(other)
    assert err.value.key == "store.not_project"


def test_newer_project_is_refused_with_update_advice(project, tmp_path):
    path = project.path
    project.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    project.close()
    with pytest.raises(StoreError) as err:
        Project.open(path)
    assert err.value.key == "store.too_new"
    assert "Update the application" in err.value.message("en")


def test_locked_project_gives_clear_error(project):
    other = sqlite3.connect(project.path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err:
            project.update_metadata({"nso": "other"})
        assert err.value.key == "store.locked"
        assert "locked" in err.value.message("en")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert project.metadata()["nso"] == "INDEC"


def test_missing_file(tmp_path):
    with pytest.raises(StoreError) as err:
        Project.open(tmp_path / "nope.imila")
    assert err.value.key == "store.missing"


def test_save_copy_is_a_complete_project(project, tmp_path):
    project.update_metadata({"contact_name": "Luis"})
    copy = project.save_copy(tmp_path / "copy.imila")
    with Project.open(copy) as again:
        assert again.metadata()["contact_name"] == "Luis"


def test_explanations_keep_history(project):
    project.explain("PLA-001|T01|COB=332", "Haitian labour migration is mostly male.", "ana")
    project.explain("PLA-001|T01|COB=332", "Confirmed with the field report.", "ana")
    active = project.explanations()
    assert [e["text"] for e in active] == ["Confirmed with the field report."]
    assert len(project.explanations(include_history=True)) == 2

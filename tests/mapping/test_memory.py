"""The user's mapping memory (SQLite) and its JSON exchange."""

import json
import sys

import pytest

from app.errors import MappingError
from app.mapping.memory import MappingMemory, default_memory_path


def test_remember_lookup_forget(memory):
    assert memory.lookup("COB", "Bolivia") is None
    memory.remember("COB", "BOLIVIA 1/", "068", origin="CHL-2017")
    hit = memory.lookup("COB", "Bolivia")
    assert hit.code == "068" and hit.origin == "CHL-2017" and hit.label == "BOLIVIA 1/"
    memory.remember("COB", "Bolivia", "068", origin="ARG-2022")
    assert memory.lookup("COB", "bolivia").uses == 2
    memory.remember("COB", "Bolivia", "600", origin="ARG-2022")  # the latest confirmation wins
    assert memory.lookup("COB", "Bolivia").code == "600"
    assert memory.forget("COB", "Bolivia") and memory.lookup("COB", "Bolivia") is None
    assert len(memory) == 0


def test_export_import_roundtrip(tmp_path, memory):
    memory.remember_many([("COB", "Perú", "604"), ("SEX", "Varones", "1"), ("NATIVITY", "En esta provincia", "N")], origin="ARG-2022")
    path = tmp_path / "team.json"
    assert memory.export_file(path) == 3
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["format"] == "imila-desk-mapping-memory" and len(body["entries"]) == 3
    with MappingMemory(tmp_path / "colleague.sqlite") as other:
        other.remember("COB", "Perú", "999", origin="mine")
        assert other.import_file(path) == 2  # own entry kept
        assert other.lookup("COB", "Peru").code == "999"
        assert other.import_file(path, overwrite=True) == 1
        assert other.lookup("COB", "Peru").code == "604"
        assert other.lookup("SEX", "VARONES").origin == "ARG-2022"


def test_import_rejects_foreign_files(tmp_path, memory):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(MappingError) as err:
        memory.import_file(bad)
    assert err.value.key == "mapping.memory_bad_file"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(MappingError):
        memory.import_file(bad)


def test_default_path_portable_switch(tmp_path, monkeypatch):
    fake_exe = tmp_path / "bin" / "imila-desk"
    fake_exe.parent.mkdir()
    fake_exe.write_text("")
    monkeypatch.setattr(sys, "executable", str(fake_exe))
    monkeypatch.delenv("IMILA_DESK_HOME", raising=False)
    assert "IMILA Desk" in str(default_memory_path()) or "imila" in str(default_memory_path()).lower()
    (fake_exe.parent / "portable").write_text("")
    assert default_memory_path() == fake_exe.parent / "data" / "mapping_memory.sqlite"


def test_unwritable_location_is_a_domain_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(MappingError) as err:
        MappingMemory(blocker / "sub" / "memory.sqlite")
    assert err.value.key == "mapping.memory_unavailable"

"""A project file received from anyone, and a clumsy ``export``: the package lands in ``--out`` or nowhere.

Every case goes through the real command line (``app.cli.main``) into real project files.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import exportable_demo
import pytest

from app.cli import main
from app.errors import StoreError
from app.store.project import Project

ROOT = Path(__file__).resolve().parents[2]


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def demo(tmp_path_factory, tmp_path):
    return exportable_demo.copy(tmp_path_factory.getbasetemp(), tmp_path / "work" / "demo.imila")


def craft(path: Path, **values) -> Path:
    """Write metadata straight into the SQLite file, as someone sending a hostile project would."""
    with sqlite3.connect(path) as conn:
        for key, value in values.items():
            conn.execute("UPDATE metadata SET value = ? WHERE key = ?", (json.dumps(value), key))
    conn.close()
    return path


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("field, value", [
    ("country_iso3", "../../PWN"),
    ("country_iso3", "A/B"),
    ("country_iso3", "..\\\\..\\\\PWN"),
    ("country_iso3", "/tmp/PWN"),
    ("country_iso3", "arg"),
    ("census_year", "../../2022"),
    ("census_year", "2022/../../x"),
    ("census_year", "abc"),
    ("census_year", 99999),
])
def test_a_crafted_project_is_refused_at_export_and_nothing_lands_outside_out(demo, tmp_path, capsys, field, value):
    craft(demo, **{field: value})
    before = files_under(tmp_path)
    out = tmp_path / "work" / "out" / "deep"
    assert cli("export", demo, "--out", out) == 2
    err = capsys.readouterr().err
    assert "cannot name a package" in err and "Traceback" not in err
    written = files_under(tmp_path) - before
    assert not [p for p in written if p.suffix in (".zip", ".part") or "PWN" in p.name], written
    assert not out.exists() or not any(out.iterdir())
    with Project.open(demo) as project:
        assert project.exports() == []


def test_the_store_refuses_a_country_or_year_that_could_name_a_folder(tmp_path, demo):
    with Project.open(demo) as project:
        for values in ({"country_iso3": "../X"}, {"country_iso3": "AR/"}, {"census_year": "../2020"},
                       {"census_year": "abc"}, {"census_year": True}, {"census_year": 1800}):
            with pytest.raises(StoreError) as err:
                project.update_metadata(values)
            assert err.value.key == "store.bad_identity"
            assert "three capital letters" in err.value.message("en")
        assert project.metadata()["country_iso3"] == "XEJ"
    with pytest.raises(StoreError):
        Project.create(tmp_path / "x.imila", {"country_iso3": "../../X", "census_year": 2020})
    assert not (tmp_path / "x.imila").exists()


def test_a_good_project_still_exports_its_validated_name(demo, tmp_path, capsys):
    assert cli("export", demo, "--out", tmp_path / "out") == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["XEJ_2020_IMILA_v1.zip"]


def test_export_out_naming_a_file_says_so(demo, tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    assert cli("export", demo, "--out", a_file) == 2
    err = capsys.readouterr().err
    assert "is not a folder" in err and "Traceback" not in err
    assert cli("export", demo, "--out", a_file / "sub") == 2
    assert "is not a folder" in capsys.readouterr().err
    assert a_file.read_text() == "not a folder"


def test_export_into_a_read_only_folder_says_so(demo, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    real_access = os.access
    if os.geteuid() == 0:  # root writes anywhere: the operating system's answer for this folder is simulated
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder else real_access(p, mode, **kw))
    try:
        assert cli("export", demo, "--out", folder) == 2
        err = capsys.readouterr().err
        assert "cannot be written" in err and "Traceback" not in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_export_refused_by_the_operating_system_says_so(demo, tmp_path, capsys, monkeypatch):
    import errno
    import zipfile as zf

    real_init = zf.ZipFile.__init__

    def refuse(self, file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)):  # the package on disk; the workbook is built in memory
            raise PermissionError(errno.EACCES, "Permission denied")
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zf.ZipFile, "__init__", refuse)
    assert cli("export", demo, "--out", tmp_path / "out") == 2
    assert "cannot be written" in capsys.readouterr().err
    assert list((tmp_path / "out").iterdir()) == []


KILLED_EXPORT = """
import os, sys, zipfile
from app.workflow import export_package, open_project
real = zipfile.ZipFile.writestr
def writestr(self, info, data, *a, **k):
    real(self, info, data, *a, **k)
    if str(getattr(info, "filename", info)).startswith("data/"):
        self.fp.flush()
        os._exit(137)  # killed in the middle of writing the package
zipfile.ZipFile.writestr = writestr
with open_project(sys.argv[1]) as project:
    export_package(project, sys.argv[2], confirm_unexplained=True)
"""


def test_a_killed_export_leaves_a_part_file_that_the_next_export_cleans(demo, tmp_path, capsys):
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(demo), str(out)], env=env, cwd=ROOT)
    assert done.returncode == 137
    left = [p.name for p in out.iterdir()]
    assert len(left) == 1 and left[0].startswith(".") and left[0].endswith(".part"), left
    # an older leftover, of an earlier version of the application, goes too
    old = out / ".imila-abc123.zip.part"
    old.write_bytes(b"PK")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    assert cli("export", demo, "--out", out) == 0
    assert sorted(p.name for p in out.iterdir()) == ["XEJ_2020_IMILA_v1.zip"]
    with zipfile.ZipFile(out / "XEJ_2020_IMILA_v1.zip") as archive:
        assert archive.testzip() is None

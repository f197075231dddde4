"""``imila-desk --self-test`` passes on the source tree, says what it did step by step, and fails loudly."""

from __future__ import annotations

import os

import app.__main__ as entry
import app.workflow as workflow
from app import selftest
from app.paths import HOME_VARIABLE

STEPS = ("resources", "demo", "project", "import", "map", "check", "export", "verify")


def test_the_self_test_passes_and_prints_every_step(tmp_path, capsys):
    status = selftest.main(["--keep", str(tmp_path)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0, "\n".join(lines)
    assert not [line for line in lines if line.startswith("FAIL")]
    for step in STEPS:
        assert any(line.startswith(f"OK {step} ") for line in lines), f"no 'OK {step}' in:\n" + "\n".join(lines)
    sources = selftest.demo_sources()
    tabulated = [p for p, r in sources if r and r.get("kind") in ("tabulation", "emigrants")]
    assert sum(line.startswith("OK map ") for line in lines) == len(sources) - len(tabulated) >= 3
    # the household members abroad of the demo census are tabulated into T11
    assert sum(line.startswith("OK tabulate ") and "T11" in line for line in lines) == len(tabulated) == 1
    assert lines[-1].startswith(f"OK self-test: {len(lines) - 1} steps passed")
    assert list(tmp_path.glob("*_IMILA_v1.zip"))


def test_a_failing_step_fails_the_self_test(tmp_path, capsys, monkeypatch):
    class Refused:
        ok = False

        def lines(self, lang):
            return ["checksum of data/T00.csv does not match"]

    monkeypatch.setattr(workflow, "verify_package", lambda path: Refused())
    assert selftest.main(["--keep", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "FAIL verify: checksum of data/T00.csv does not match" in lines
    assert lines[-1].startswith("FAIL self-test: 1 of ")


def test_the_self_test_keeps_out_of_the_users_folders(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    assert selftest.main([]) == 0
    assert os.environ[HOME_VARIABLE] == str(tmp_path / "home")
    assert not (tmp_path / "home").exists()


def test_the_entry_point_routes_the_flag_to_the_self_test(monkeypatch):
    calls = []
    monkeypatch.setattr(selftest, "main", lambda argv: calls.append(argv) or 0)
    assert entry.main(["--self-test"]) == 0
    assert entry.main(["--self-test", "--keep", "out"]) == 0
    assert calls == [[], ["--keep", "out"]]

"""Every action of the window from the command line: metadata, mapping memory, sources, checks state, workshop roll-up."""

import csv
import json
from pathlib import Path

import pytest

from app.cli import main
from app.store.project import Project

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
C3 = REALDATA / "ar_indec_c2022_tp_migraciones_c3.xlsx"
C2 = REALDATA / "ar_indec_c2022_tp_migraciones_c2.xlsx"

pytestmark = pytest.mark.skipif(not C3.exists(), reason="shared/realdata is not beside the project")


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def arg(tmp_path):
    path = tmp_path / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022") == 0
    assert cli("import", path, C3, "--auto") == 0
    return path


def test_meta_edits_every_submission_field(arg, capsys):
    assert cli("meta", arg, "--reference-date", "2022-05-18", "--basis", "de_facto", "--source-type", "sample",
               "--weights-note", "Expansion factors of the extended questionnaire",
               "--universe", "T01=Persons in private dwellings", "--national-definitions", "Born abroad: outside Argentina",
               "--contact", "Ana Pérez", "--email", "ana@indec.gob.ar", "--office", "INDEC") == 0
    with Project.open(arg) as project:
        meta = project.metadata()
    assert meta["reference_date"] == "2022-05-18" and meta["enumeration_basis"] == "de_facto"
    assert meta["source_type"] == "sample" and meta["universe_notes"] == {"T01": "Persons in private dwellings"}
    assert meta["national_definitions"] == "Born abroad: outside Argentina"
    assert (meta["contact_name"], meta["contact_email"], meta["nso"]) == ("Ana Pérez", "ana@indec.gob.ar", "INDEC")
    assert cli("meta", arg, "--reference-date", "18/05/2022") == 2  # malformed: refused, nothing changed
    with Project.open(arg) as project:
        assert project.metadata()["reference_date"] == "2022-05-18"


def test_info_says_not_checked_yet_then_stale(arg, capsys):
    capsys.readouterr()
    assert cli("info", arg) == 0
    assert "Findings: not checked yet" in capsys.readouterr().out
    assert cli("info", arg, "--json") == 0
    assert json.loads(capsys.readouterr().out)["checks"] == {"checked_at": None, "stale": False}
    assert cli("check", arg) in (0, 1)
    capsys.readouterr()
    assert cli("info", arg) == 0
    out = capsys.readouterr().out
    assert "not checked yet" not in out and "Findings: 0 errors" in out and "changed after" not in out
    assert cli("import", arg, C2, "--auto") == 0
    capsys.readouterr()
    assert cli("info", arg) == 0
    assert "The data changed after the last check" in capsys.readouterr().out


def test_source_delete_and_replace(arg, tmp_path, capsys):
    assert cli("import", arg, C2, "--auto") == 0
    capsys.readouterr()
    assert cli("source", "delete", arg, C2.name) == 0
    assert "deleted, with its mappings and its 171 cells" in capsys.readouterr().out
    with Project.open(arg) as project:
        assert [s["name"] for s in project.sources()] == [C3.name] and set(project.table_counts()) == {"T01"}
    corrected = tmp_path / "cuadro3_corregido.xlsx"
    corrected.write_bytes(C3.read_bytes())
    assert cli("source", "replace", arg, C3.name, corrected) == 0
    assert "replaced by “cuadro3_corregido.xlsx”" in capsys.readouterr().out
    with Project.open(arg) as project:
        assert [s["name"] for s in project.sources()] == ["cuadro3_corregido.xlsx"]
        assert project.table_counts() == {"T01": 231}
    assert cli("source", "delete", arg, "nothing.xlsx") == 2


def test_mapping_memory_export_import_list(tmp_path, capsys):
    from app.mapping import MappingMemory

    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    with MappingMemory(mine) as memory:
        memory.remember("COB", "Rep. Dominicana", "214", "DOM-2022")
        memory.remember("COB", "Corea del Sur", "410", "DOM-2022")
    assert cli("memory", "export", tmp_path / "memory.json", "--memory", mine) == 0
    assert "2 labels of the mapping memory written" in capsys.readouterr().out
    assert cli("memory", "import", tmp_path / "memory.json", "--memory", theirs) == 0
    assert "2 labels added or changed" in capsys.readouterr().out
    assert cli("memory", "list", "--memory", theirs, "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    assert sorted((e["label"], e["code"]) for e in entries) == [("Corea del Sur", "410"), ("Rep. Dominicana", "214")]
    assert cli("memory", "list", "--memory", theirs) == 0
    assert "2 labels in the mapping memory" in capsys.readouterr().out
    assert cli("memory", "import", tmp_path / "missing.json", "--memory", theirs) == 2


def test_trainer_rollup_of_twenty_trainees(tmp_path, capsys):
    from app import workshop

    ids = [e.id for e in workshop.exercises()]
    for i in range(20):
        folder = tmp_path / f"t{i:02d}"
        workshop.start_exercise(ids[i % len(ids)], folder)
        out = tmp_path / "progress" / f"trainee{i:02d}.json"
        if i == 19:  # one participant exports from the command line
            assert cli("workshop", "progress", "--folder", folder, "--participant", "=Zoe", "--out", out) == 0
            assert "Progress written" in capsys.readouterr().out
        else:
            workshop.export_progress(folder, out, participant=f"Participant {i + 1:02d}")
    (tmp_path / "progress" / "trainee00.json").with_suffix(".csv").unlink()  # a JSON alone will do
    (tmp_path / "progress" / "broken.json").write_text("{", encoding="utf-8")
    assert cli("workshop", "rollup", tmp_path / "progress", "--out", tmp_path / "rollup.csv") == 0
    captured = capsys.readouterr()
    assert "20 participants in one table" in captured.out and "broken.json" in captured.err
    with (tmp_path / "rollup.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:1 + len(ids)] == ["participant", *ids]
    assert len(rows) == 21
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Participant 01"][1] == f"0/{len(workshop.exercise(ids[0]).items)}"  # started, nothing done yet
    assert by_name["Participant 01"][2] == ""  # not started
    assert "'=Zoe" in by_name  # a name that would run as a formula is neutralised
    assert cli("workshop", "rollup", tmp_path / "progress", "--json") == 0
    rollup = json.loads(capsys.readouterr().out)
    assert len(rollup["participants"]) == 20 and rollup["totals"][ids[0]]["started"] == sum(1 for i in range(20) if i % len(ids) == 0)
    # the CSV twins read as well as the JSON files
    csv_only = tmp_path / "csv_only"
    csv_only.mkdir()
    for path in sorted((tmp_path / "progress").glob("trainee0[1-3].csv")):
        (csv_only / path.name).write_bytes(path.read_bytes())
    assert cli("workshop", "rollup", csv_only, "--json") == 0
    assert [p["participant"] for p in json.loads(capsys.readouterr().out)["participants"]] == [
        "Participant 02", "Participant 03", "Participant 04"]

"""``import --auto`` writes only what is proven: the words name the table, the totals reconcile, every label is sure.

Each test builds a census table as an office publishes it, imports it through
the real command line into a real project file, and reads back what was
written (or that nothing was).
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.mapping import suggest_table
from app.mapping.proof import AUTO_TABLE_CONFIDENCE, prove_words
from app.store.project import Project
from app.workflow import read_source


def cli(*args) -> int:
    return main([str(a) for a in args])


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture()
def chile(tmp_path, monkeypatch):
    monkeypatch.setenv("IMILA_DESK_HOME", str(tmp_path / "home"))
    project = tmp_path / "CHL-2017.imila"
    assert cli("new", project, "--country", "CHL", "--year", "2017") == 0
    return project


def cells(project: Path) -> list[dict]:
    with Project.open(project) as p:
        frame = p.observations()
    return frame.to_dict("records") if len(frame) else []


# A table of INE Chile's kind: counts by sex and the sex ratio beside them.
RATIO_TABLE = [
    ["Población inmigrante internacional por país de nacimiento, según sexo e índice de masculinidad. Censo 2017"],
    [],
    ["País de nacimiento", "Total", "Hombres", "Mujeres", "Índice de masculinidad"],
    ["Total", "746465", "379510", "366955", "103.4"],
    ["Perú", "187756", "89212", "98544", "90.5"],
    ["Colombia", "105445", "48900", "56545", "86.5"],
    ["Venezuela", "83045", "42200", "40845", "103.3"],
    ["Otros países", "370219", "199198", "171021", "116.5"],
]


def test_a_measure_column_never_becomes_persons(chile, tmp_path, capsys):
    source = write_csv(tmp_path / "cuadro.csv", RATIO_TABLE)
    assert cli("import", chile, source, "--auto") == 0
    out = capsys.readouterr().out
    assert "Índice de masculinidad" in out and "set aside" in out
    written = cells(chile)
    assert len(written) == 15  # 5 rows × (total, men, women); no ratio cell
    values = {c["value"] for c in written}
    assert not values & {103.4, 90.5, 86.5, 103.3, 116.5}
    total = next(c["value"] for c in written if c["COB"] == "_T" and c["SEX"] == "_T")
    assert total == 746_465
    men_women = sum(c["value"] for c in written if c["COB"] == "_T" and c["SEX"] in ("1", "2"))
    assert men_women == total


def test_auto_refuses_a_table_suggestion_below_the_threshold(chile, tmp_path, capsys, monkeypatch):
    import app.mapping.proof as proof

    rows = [row[:4] for row in RATIO_TABLE]
    source = write_csv(tmp_path / "t01.csv", rows)
    tidy = read_source(source).tables[0]
    best = suggest_table(tidy)[0]
    assert best.table_id == "T01" and best.confidence >= AUTO_TABLE_CONFIDENCE
    # The same table with a threshold above its confidence: nothing written, and the message says why.
    monkeypatch.setattr(proof, "AUTO_TABLE_CONFIDENCE", best.confidence + 0.01)
    assert cli("import", chile, source, "--auto") == 3
    err = capsys.readouterr().err
    assert "below the" in err and "threshold" in err
    assert cells(chile) == []
    monkeypatch.undo()
    assert cli("import", chile, source, "--auto") == 0
    assert len(cells(chile)) == 15
    # The threshold is the boundary: a suggestion at it passes, one just below does not.
    at = prove_words(tidy, replace(best, confidence=AUTO_TABLE_CONFIDENCE))
    assert not any(r.key == "proof_low_confidence" for r in at.problems)
    below = prove_words(tidy, replace(best, confidence=AUTO_TABLE_CONFIDENCE - 0.01))
    assert any(r.key == "proof_low_confidence" for r in below.problems)


def test_a_region_code_column_is_never_an_age(chile, tmp_path):
    rows = [
        ["Inmigrantes internacionales por región y país de nacimiento, según sexo. Censo 2017"],
        [],
        ["Código región", "Nombre región", "País de nacimiento", "Total", "Hombres", "Mujeres"],
        ["0", "Total País", "Total", "1000", "520", "480"],
        ["0", "Total País", "Perú", "600", "300", "300"],
        ["0", "Total País", "Bolivia", "400", "220", "180"],
        ["1", "Tarapacá", "Total", "300", "160", "140"],
        ["1", "Tarapacá", "Perú", "100", "50", "50"],
        ["1", "Tarapacá", "Bolivia", "200", "110", "90"],
        ["13", "Metropolitana", "Total", "500", "260", "240"],
        ["13", "Metropolitana", "Perú", "450", "230", "220"],
        ["13", "Metropolitana", "Bolivia", "50", "30", "20"],
    ]
    source = write_csv(tmp_path / "regiones.csv", rows)
    assert cli("import", chile, source, "--auto") == 0
    written = cells(chile)
    assert {c["table_id"] for c in written} == {"T01"}
    assert {c["AGE"] for c in written} == {"_T"}  # the region codes 0, 1, 13 are no ages
    # The national rows are the total of the region dimension: never summed with the regions.
    total = next(c["value"] for c in written if c["COB"] == "_T" and c["SEX"] == "_T")
    assert total == 1000
    assert next(c["value"] for c in written if c["COB"] == "068" and c["SEX"] == "2") == 180


def test_totals_that_do_not_reconcile_are_refused_and_named(chile, tmp_path, capsys):
    rows = [row[:4] for row in RATIO_TABLE]
    rows[5] = ["Colombia", "105445", "48900", "60000"]  # men + women ≠ total
    source = write_csv(tmp_path / "typo.csv", rows)
    assert cli("import", chile, source, "--auto") == 3
    err = capsys.readouterr().err
    assert "do not reconcile" in err and "Colombia" in err
    assert cells(chile) == []
    assert cli("import", chile, source, "--auto", "--keep-differences") == 0
    assert len(cells(chile)) == 15


def test_a_doubled_country_is_a_question_not_a_sum(chile, tmp_path, capsys):
    rows = [
        ["Población nacida en el extranjero por país de nacimiento y sexo"],
        [],
        ["País de nacimiento", "Total", "Hombres", "Mujeres"],
        ["Perú", "700", "400", "300"],
        ["Peru", "20", "10", "10"],
        ["Bolivia", "300", "200", "100"],
    ]
    source = write_csv(tmp_path / "dup.csv", rows)
    assert cli("import", chile, source, "--auto") == 3
    err = capsys.readouterr().err
    assert "Perú" in err and "Peru" in err
    assert cells(chile) == []


def test_another_topic_in_the_headers_stops_a_wrong_table(chile, tmp_path, capsys):
    rows = [
        ["Población nacida en el extranjero por país de nacimiento y estado civil"],
        [],
        ["País de nacimiento", "Total", "Soltero", "Casado", "Conviviente", "Viudo"],
        ["Total", "1000", "400", "300", "200", "100"],
        ["Perú", "600", "240", "180", "120", "60"],
        ["Bolivia", "400", "160", "120", "80", "40"],
    ]
    source = write_csv(tmp_path / "civil.csv", rows)
    assert cli("import", chile, source, "--auto") == 0
    written = cells(chile)
    assert {c["table_id"] for c in written} == {"T02"}
    assert next(c["value"] for c in written if c["COB"] == "604" and c["MARST"] == "3") == 120


# ---------------------------------------------------------------------------
# No silent merges
# ---------------------------------------------------------------------------
def test_a_table_of_another_census_year_is_stopped_before_anything_is_written(chile, tmp_path, capsys):
    rows = [row[:4] for row in RATIO_TABLE]
    rows[0] = ["Población inmigrante internacional por país de nacimiento y sexo. Censo 2002"]
    source = write_csv(tmp_path / "c2002.csv", rows)
    assert cli("import", chile, source, "--auto") == 3
    err = capsys.readouterr().err
    assert "2002" in err and "2017" in err and "--other-census" in err
    assert cells(chile) == []
    assert cli("import", chile, source, "--auto", "--other-census") == 0
    assert len(cells(chile)) == 15


def test_a_table_headed_by_another_country_is_stopped(chile, tmp_path, capsys):
    rows = [row[:4] for row in RATIO_TABLE]
    rows[0] = ["Argentina: Población nacida en el extranjero por país de nacimiento y sexo"]
    source = write_csv(tmp_path / "arg.csv", rows)
    assert cli("--lang", "es", "import", chile, source, "--auto") == 3
    assert "Argentina" in capsys.readouterr().err
    assert cells(chile) == []


def test_a_second_source_for_the_same_cells_asks_replace_or_version(chile, tmp_path, capsys):
    first = write_csv(tmp_path / "first.csv", [row[:4] for row in RATIO_TABLE])
    assert cli("import", chile, first, "--auto") == 0
    rows = [row[:4] for row in RATIO_TABLE]
    rows[4] = ["Perú", "187757", "89213", "98544"]
    rows[3] = ["Total", "746466", "379511", "366955"]
    second = write_csv(tmp_path / "second.csv", rows)
    capsys.readouterr()
    # Nothing merged: the cells exist, the import asks and writes nothing.
    assert cli("import", chile, second, "--auto") == 3
    err = capsys.readouterr().err
    assert "T01: 15 cells from “first.csv”" in err and "--replace" in err
    assert len(cells(chile)) == 15 and sum(c["value"] for c in cells(chile) if c["COB"] == "_T" and c["SEX"] == "_T") == 746_465
    # A new version: the earlier table gives way, its source stays stored.
    assert cli("import", chile, second, "--auto", "--new-version") == 0
    written = cells(chile)
    assert len(written) == 15
    assert next(c["value"] for c in written if c["COB"] == "_T" and c["SEX"] == "_T") == 746_466
    with Project.open(chile) as p:
        assert [s["name"] for s in p.sources()] == ["first.csv", "second.csv"]
    # Replace: the earlier table and its source, now empty, go.
    assert cli("import", chile, first, "--auto", "--replace") == 0
    with Project.open(chile) as p:
        assert [s["name"] for s in p.sources()] == ["first.csv", "first.csv"]
        assert len(p.observations()) == 15


def test_the_summary_says_what_was_not_written_and_why(chile, tmp_path, capsys):
    source = write_csv(tmp_path / "ratio.csv", RATIO_TABLE)
    assert cli("import", chile, source, "--auto") == 0
    out = capsys.readouterr().out
    assert "T01: 20 cells read, 15 written" in out
    assert "5 cells of measures (ratios, indices, percentages) set aside" in out
    assert "7 published totals kept as totals" in out


# ---------------------------------------------------------------------------
# The command line answers the questions
# ---------------------------------------------------------------------------
UNKNOWN_LABEL = [
    ["Población nacida en el extranjero por país de nacimiento y sexo. Censo 2017"],
    [],
    ["País de nacimiento", "Total", "Hombres", "Mujeres"],
    ["Total", "1000", "520", "480"],
    ["Perú", "600", "300", "300"],
    ["Bolivia", "300", "200", "100"],
    ["Tierra Media", "100", "20", "80"],
]


def test_suggest_marks_the_open_questions_and_a_partial_recipe_answers_them(chile, tmp_path, capsys):
    import json

    source = write_csv(tmp_path / "unknown.csv", UNKNOWN_LABEL)
    capsys.readouterr()
    assert cli("suggest", source, "--country", "CHL") == 3
    captured = capsys.readouterr()
    suggested = json.loads(captured.out)
    assert suggested["table"] == "T01" and suggested["proven"] is False
    assert suggested["labels"]["País de nacimiento"]["Tierra Media"] is None
    assert suggested["labels"]["País de nacimiento"]["Perú"] == "604"
    assert [q["label"] for q in suggested["questions"]] == ["Tierra Media"]
    assert "1 open questions" in captured.err
    # Answer only the open question: the rest comes from the suggestions.
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"table": "T01", "labels": {"País de nacimiento": {"Tierra Media": "OTH"}}}), "utf-8")
    assert cli("import", chile, source, "--recipe", answers) == 0
    written = cells(chile)
    assert len(written) == 12
    assert next(c["value"] for c in written if c["COB"] == "OTH" and c["SEX"] == "2") == 80
    # The suggested file itself, with its null filled in, works as well.
    suggested["labels"]["País de nacimiento"]["Tierra Media"] = "OTH"
    (tmp_path / "filled.json").write_text(json.dumps(suggested), "utf-8")
    other = tmp_path / "CHL-2.imila"
    assert cli("new", other, "--country", "CHL", "--year", "2017") == 0
    assert cli("import", other, source, "--recipe", tmp_path / "filled.json") == 0
    assert len(cells(other)) == 12


def test_a_proven_table_is_suggested_as_proven(tmp_path, capsys):
    import json

    source = write_csv(tmp_path / "t01.csv", [row[:4] for row in RATIO_TABLE])
    assert cli("suggest", source, "--country", "CHL") == 0
    suggested = json.loads(capsys.readouterr().out)
    assert suggested["proven"] is True and suggested["questions"] == []
    assert "reconcile" in suggested["proof"][0]


def test_map_sets_one_label_code_and_one_binding_from_the_command_line(chile, tmp_path, capsys):
    source = write_csv(tmp_path / "unknown.csv", UNKNOWN_LABEL)
    assert cli("import", chile, source) == 0  # stored for mapping
    assert cli("map", chile, "unknown.csv") == 3  # one label is still open: nothing written
    assert "Tierra Media" in capsys.readouterr().err
    assert cells(chile) == []
    assert cli("map", chile, "unknown.csv", "--code", "País de nacimiento", "Tierra Media", "OTH") == 0
    assert len(cells(chile)) == 12
    # A binding decided by the person: the sex columns summed over, only their published total kept.
    assert cli("map", chile, "unknown.csv", "--code", "País de nacimiento", "Tierra Media", "OTH",
               "--bind", "Columna 1", "__sum__", "--total", "Columna 1", "Total") == 0
    written = cells(chile)
    assert len(written) == 4 and {c["SEX"] for c in written} == {"_T"}


def test_map_never_merges_with_another_sources_cells(chile, tmp_path, capsys):
    source = write_csv(tmp_path / "t01.csv", [row[:4] for row in RATIO_TABLE])
    assert cli("import", chile, source, "--auto") == 0
    assert cli("import", chile, source) == 0  # the same table again, stored for mapping
    capsys.readouterr()
    assert cli("map", chile, "2") == 2
    assert "already holds these cells" in capsys.readouterr().err
    assert len(cells(chile)) == 15
    assert cli("map", chile, "2", "--new-version") == 0
    with Project.open(chile) as p:
        frame = p.observations()
    assert len(frame) == 15 and set(frame["source_id"]) == {2}


# A table whose regions are summed with no national total published: never written without a person.
REGIONS_WITHOUT_TOTAL = [
    ["Población nacida en el extranjero por región de residencia, país de nacimiento y sexo. Censo 2017"],
    [],
    ["Región", "País de nacimiento", "Total", "Hombres", "Mujeres"],
    ["Tarapacá", "Perú", "12000", "5500", "6500"],
    ["Tarapacá", "Bolivia", "8000", "3900", "4100"],
    ["Antofagasta", "Perú", "9000", "4300", "4700"],
    ["Antofagasta", "Bolivia", "11000", "5600", "5400"],
]


def test_keep_stores_an_unproven_table_unmapped_and_says_how_to_map_it(chile, tmp_path, capsys):
    table = write_csv(tmp_path / "regiones.csv", REGIONS_WITHOUT_TOTAL)
    assert cli("--lang", "en", "import", chile, table, "--auto") == 3
    assert "not proven" in capsys.readouterr().err
    with Project.open(chile) as p:
        assert p.sources() == []  # without --keep nothing at all is stored

    assert cli("--lang", "en", "import", chile, table, "--auto", "--keep") == 3
    err = capsys.readouterr().err
    assert "Región" in err and "stored unmapped as source 1" in err and f"map {chile} 1" in err
    with Project.open(chile) as p:
        assert [s["name"] for s in p.sources()] == ["regiones.csv"] and p.observation_count() == 0


def test_the_review_of_a_kept_source_gives_the_reasons_in_the_project_language(chile, tmp_path):
    from app import workflow

    table = write_csv(tmp_path / "regiones.csv", REGIONS_WITHOUT_TOTAL)
    with Project.open(chile) as p:
        summary = workflow.import_and_keep(p, table, lang="es", memory=False)
        assert summary.kept and summary.source_id == 1 and not summary.tables
        review = workflow.review_source(p, summary.source_id, lang="fr")
    assert review.refused and "Región" in review.refused[0] and "total" in review.refused[0]
    assert review.proven == [] and review.mismatch == []


def test_keep_never_stores_a_table_of_another_census_without_an_answer(chile, tmp_path):
    from app import workflow

    other = [row[:] for row in RATIO_TABLE]
    other[0] = ["Población inmigrante internacional por país de nacimiento, según sexo. Censo 2002"]
    table = write_csv(tmp_path / "censo2002.csv", [row[:4] for row in other])
    with Project.open(chile) as p:
        summary = workflow.import_and_keep(p, table, lang="en", memory=False)
        assert workflow.held(summary) and "2002" in summary.mismatch[0]
        assert p.sources() == []
        answered = workflow.import_and_keep(p, table, lang="en", memory=False, settings=summary.settings,
                                            other_census=True)
        assert answered.tables == {"T01": 15} and p.observation_count() == 15

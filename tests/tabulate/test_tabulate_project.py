"""Tabulating into a project: one transaction, lineage, replay, cancel, progress, disclosure, weights, CLI."""

from __future__ import annotations

import json
import threading
import time

import pandas as pd
import pytest

from app.errors import Cancelled
from app.tabulate import tabulate, tabulate_frame
from app.tabulate.engine import _execute
from app.tabulate.synthetic import synthetic_recipe
from app.workflow import new_project


@pytest.fixture()
def project(tmp_path):
    p = new_project(tmp_path / "CHL-2024.imila", "CHL", 2024)
    yield p
    p.close()


def test_tabulate_writes_every_table_in_one_action(project, persons_csv, recipe, result_csv):
    before = len(project.audit_log())
    result = tabulate(project, persons_csv, recipe)
    assert result.written == result.observation_count() == project.observation_count()
    assert project.table_counts() == {t: len(f) for t, f in result_csv.tables.items()}
    log = project.audit_log()
    assert len(log) == before + 1 and log[0]["action"] == "tabulate"  # nested actions joined the outer one
    obs = project.observations("T01")
    assert set(obs["lineage"]) == {"microdata persons.csv, recipe Synthetic census, persons"}
    assert set(obs["RES5"]) == {""}  # dimensions outside the table stay empty
    t01 = result_csv.tables["T01"]
    stored = obs[["COB", "SEX", "AGE", "value"]].sort_values(["COB", "SEX", "AGE"]).reset_index(drop=True)
    expected = t01[["COB", "SEX", "AGE", "value"]].sort_values(["COB", "SEX", "AGE"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(stored, expected, check_dtype=False)
    (source,) = project.sources()
    assert source["settings"]["microdata"] and len(source["settings"]["file_sha256"]) == 64
    assert source["format"] == "microdata-csv"
    # the confidential person records stay out of the project: it keeps the file's name, size and digest
    kept = project.source_content(source["id"])
    assert b"PAISNAC" not in kept and source["settings"]["file_sha256"].encode() in kept
    assert source["settings"]["embedded"] is False and source["settings"]["file_size"] == persons_csv.stat().st_size
    (mapping,) = project.mappings()
    assert mapping["recipe"]["kind"] == "tabulation" and mapping["recipe"]["name"] == recipe["name"]
    # tabulating the same file again replaces its observations
    again = tabulate(project, persons_csv, recipe)
    assert project.observation_count() == again.written == result.written
    assert len(project.sources()) == 1 and len(project.mappings()) == 1


def test_a_corrected_file_of_the_same_name_replaces_the_earlier_tabulation(project, recipe, tmp_path):
    from app.tabulate.synthetic import generate_persons

    path = generate_persons(tmp_path / "personas.csv", 5_000, seed=1)
    tabulate(project, path, recipe)
    (before,) = project.sources()
    generate_persons(path, 6_000, seed=2)  # the office sends a corrected file under the same name
    second = tabulate(project, path, recipe)
    (source,) = project.sources()  # one source: the corrected file's
    assert source["settings"]["records"] == 6_000
    assert source["settings"]["file_sha256"] != before["settings"]["file_sha256"]
    assert len(project.mappings()) == 1
    assert project.observation_count() == second.written
    t00 = project.observations("T00")
    total = t00[(t00["NATIVITY"] == "_T") & (t00["SEX"] == "_T") & (t00["AGE"] == "_T")]["value"]
    assert total.tolist() == [6_000.0]


def test_keep_copy_stores_the_person_file_itself(project, persons_csv, recipe):
    tabulate(project, persons_csv, recipe, keep_copy=True)
    (source,) = project.sources()
    assert source["settings"]["embedded"] is True
    assert project.source_content(source["id"]) == persons_csv.read_bytes()


def test_cancel_before_and_during_store_leaves_project_unchanged(project, persons_csv, recipe):
    with pytest.raises(Cancelled):
        tabulate(project, persons_csv, recipe, cancelled=lambda: True)
    state = {"late": False}

    def progress(fraction, _text):
        state["late"] = fraction >= 0.95

    with pytest.raises(Cancelled):
        tabulate(project, persons_csv, recipe, progress=progress, cancelled=lambda: state["late"])
    assert project.observation_count() == 0
    assert project.sources() == [] and project.mappings() == []
    assert all(entry["action"] != "tabulate" for entry in project.audit_log())


def test_cancel_interrupts_a_running_scan():
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads = 2")
    start = time.perf_counter()
    calls = []

    def cancelled():
        calls.append(threading.get_ident())
        return time.perf_counter() - start > 0.3

    with pytest.raises(Cancelled):
        _execute(con, "SELECT sum(hash(i)) FROM range(20000000000) t(i)", None, cancelled, 0, 1, "")
    assert time.perf_counter() - start < 5
    assert set(calls) == {threading.get_ident()}  # asked on the caller's thread only
    con.close()


def test_progress_is_monotonic_on_the_callers_thread(project, persons_csv, recipe):
    seen = []
    tabulate(project, persons_csv, recipe, progress=lambda f, t: seen.append((f, t, threading.get_ident())))
    fractions = [f for f, _, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] >= 0 and fractions[-1] == 1.0
    assert {tid for _, _, tid in seen} == {threading.get_ident()}
    assert any(t == "T05" for _, t, _ in seen)


def test_disclosure_flags_small_cells_but_keeps_values_and_totals(persons_csv, recipe, result_csv):
    r = tabulate_frame(persons_csv, recipe, disclosure_threshold=3)
    flagged = 0
    for table_id, frame in r.tables.items():
        plain = result_csv.tables[table_id]
        pd.testing.assert_frame_equal(frame.drop(columns="flag"), plain.drop(columns="flag"))
        dims = [c for c in frame.columns if c not in ("value", "n", "flag")]
        total = (frame[dims] == "_T").any(axis=1)
        expect_c = (~total) & (frame["n"] < 3)
        assert ((frame["flag"] == "C") == expect_c).all(), table_id
        assert (frame.loc[total, "flag"] == "A").all()
        flagged += int(expect_c.sum())
    assert flagged > 0
    (issue,) = [i for i in r.issues if i.key == "tabulate.issue.suppressed"]
    assert issue.count == flagged and issue.params["threshold"] == 3


def test_suppressed_cells_are_stored_with_value_and_withheld_in_export(project, persons_csv, recipe):
    tabulate(project, persons_csv, recipe, disclosure_threshold=3)
    obs = project.observations("T01")
    c = obs[obs["flag"] == "C"]
    assert len(c) and c["value"].notna().all() and (c["value"] < 3).all()


def test_weights_give_estimates_flagged_e(persons_csv):
    r = tabulate_frame(persons_csv, synthetic_recipe(weighted=True), threads=1)
    raw = pd.read_csv(persons_csv, usecols=["PAISNAC", "FACTOR", "EDAD", "SEXO"], dtype={"PAISNAC": str})
    assert r.weighted_total == pytest.approx(raw["FACTOR"].sum())
    t01 = r.tables["T01"]
    assert set(t01["flag"]) == {"E"}
    peru = raw[raw["PAISNAC"] == "604"]
    cell = t01[(t01.COB == "604") & (t01.SEX == "_T") & (t01.AGE == "_T")]
    assert float(cell["value"].iloc[0]) == pytest.approx(peru["FACTOR"].sum())
    assert int(cell["n"].iloc[0]) == len(peru)


def test_min_age_override_and_project_metadata(persons_csv, recipe, result_csv):
    custom = dict(recipe, min_ages={"T02": 12, "T03": 12}, tables=["T01", "T02", "T03"])
    r = tabulate_frame(persons_csv, custom)
    assert sorted(r.tables) == ["T01", "T02", "T03"]
    pd.testing.assert_frame_equal(r.tables["T01"], result_csv.tables["T01"])  # five-year groups unchanged
    t01 = r.tables["T01"]
    from_12 = t01[(t01.COB == "_T") & (t01.SEX == "_T") & t01.AGE.isin(["10-14"])]["value"].sum()
    t02_total = r.tables["T02"].query("COB == '_T' and SEX == '_T' and MARST == '_T'")["value"].iloc[0]
    base = result_csv.tables["T02"].query("COB == '_T' and SEX == '_T' and MARST == '_T'")["value"].iloc[0]
    assert base < t02_total < base + from_12
    assert "12-14" in set(r.tables["T03"]["AGE"]) and "10-14" not in set(r.tables["T03"]["AGE"])
    meta = tabulate_frame(persons_csv, dict(recipe, tables=["T02"]), metadata={"min_ages": {"T02": 12}})
    pd.testing.assert_frame_equal(meta.tables["T02"], r.tables["T02"])


def test_cli_tabulate(tmp_path, persons_csv, recipe, capsys):
    from app.cli import main

    project = tmp_path / "cli.imila"
    new_project(project, "CHL", 2024).close()
    recipe_path = tmp_path / "recipe.json"
    recipe_path.write_text(json.dumps(recipe), encoding="utf-8")
    code = main(["--lang", "es", "tabulate", str(project), str(persons_csv), "--recipe", str(recipe_path),
                 "--disclosure", "3"])
    out = capsys.readouterr().out
    assert code == 0
    assert "200.000 registros tabulados" in out and "T10" in out
    (summary,) = [line for line in out.splitlines() if line.startswith("Validación de los cuadros del proyecto:")]
    assert "0 errores" in summary  # the checks ran on the new tables: consistent, no error
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"variables": {"country_of_birth": "NOPE", "sex": "SEXO", "age": "EDAD"}}),
                   encoding="utf-8")
    code = main(["--lang", "pt", "tabulate", str(project), str(persons_csv), "--recipe", str(bad)])
    assert code == 2
    assert "NOPE" in capsys.readouterr().err


def test_cli_parser_hook(tmp_path, persons_csv, recipe, capsys):
    import argparse

    from app.tabulate import cli

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    cli.add_parser(parser.add_subparsers(dest="command"))
    project = tmp_path / "hook.imila"
    new_project(project, "CHL", 2024).close()
    recipe_path = tmp_path / "recipe.json"
    recipe_path.write_text(json.dumps(recipe), encoding="utf-8")
    args = parser.parse_args(["tabulate", str(project), str(persons_csv), "--recipe", str(recipe_path), "--json"])
    assert args.func(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["records"] == 200_000 and report["tables"]["T00"] > 0 and report["issues"]


def test_checks_find_tabulated_tables_internally_consistent(project, persons_csv, recipe):
    """Tables made in one pass from the same records add up: no additivity or consistency finding."""
    from collections import Counter

    from app.workflow import check_project

    tabulate(project, persons_csv, recipe)
    findings = check_project(project)
    rules = Counter(f.rule for f in findings)
    internal = {rule: n for rule, n in rules.items() if rule.startswith(("ADD-", "CON-", "STR-"))}
    assert internal == {}, [f.message("en") for f in findings if f.rule in internal][:5]
    assert not [f for f in findings if f.severity == "error"], [f.message("en") for f in findings][:5]


def test_intermediate_tables_on_disk_give_the_same_tables(persons_parquet, recipe, result_csv, tmp_path):
    """With ``on_disk`` DuckDB keeps the tabulation's tables in a database file it can page out."""
    result = tabulate_frame(persons_parquet, recipe, on_disk=True, work_dir=tmp_path)
    assert sorted(result.tables) == sorted(result_csv.tables)
    for table_id, frame in result.tables.items():
        pd.testing.assert_frame_equal(frame, result_csv.tables[table_id])
    assert list(tmp_path.iterdir()) == []  # the database file went with the run


def test_out_of_memory_runs_again_on_disk(persons_parquet, recipe, result_csv, monkeypatch):
    from app.tabulate import engine
    from app.tabulate.issues import TabulateError

    real = engine._tabulate_once
    calls = []

    def once(*args, on_disk):
        calls.append(on_disk)
        if not on_disk:
            raise TabulateError("tabulate.out_of_memory", detail="test")
        return real(*args, on_disk=on_disk)

    monkeypatch.setattr(engine, "_tabulate_once", once)
    result = tabulate_frame(persons_parquet, recipe)
    assert calls == [False, True] and result.settings["on_disk"] is True
    pd.testing.assert_frame_equal(result.tables["T01"], result_csv.tables["T01"])
    # with the tables on disk too, the message says what to do
    monkeypatch.setattr(engine, "_tabulate_once", lambda *a, on_disk: (_ for _ in ()).throw(
        TabulateError("tabulate.out_of_memory", detail="test")))
    with pytest.raises(TabulateError) as err:
        tabulate_frame(persons_parquet, recipe)
    assert "memory" in err.value.message("en")

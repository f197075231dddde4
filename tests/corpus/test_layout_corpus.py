"""The layout corpus through the real ``import --auto``: nothing written wrong, nothing crashes.

The corpus (tests/corpus/layouts.py) holds census tables as the offices of the
region lay them out, each with its true IMILA cells. Every layout is imported
into a fresh project of its country and year with no mapping memory, and what
was written is compared with the truth cell by cell (tests/corpus/runner.py;
bench/layout_corpus.py prints the same run as a table).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .layouts import CLASSES, build
from .runner import compare, run_all, totals

ISSUE_CLASSES = ("code-name", "measure", "total-names", "open-ages", "t05-columns", "transposed", "several-tables")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return run_all(build(), tmp_path_factory.mktemp("corpus"))


def _lines(results, outcome):
    return "\n".join(f"{r.layout.id}: {r.detail}" for r in results if r.outcome == outcome)


def test_corpus_is_broad():
    layouts = build()
    assert len(layouts) >= 60
    offices = {lay.office.split(" (")[0] for lay in layouts}
    assert len(offices - {"REDATAM+SP"}) >= 12
    assert {"es", "pt", "en", "fr", "nl"} <= {lay.lang for lay in layouts}
    covered = {c for lay in layouts for c in lay.classes}
    assert set(ISSUE_CLASSES) | {"redatam"} <= covered
    assert covered <= set(CLASSES)
    assert {"xlsx", "csv", "html", "ods"} <= {lay.ext for lay in layouts}
    assert any(lay.expect == "ask" for lay in layouts)


def test_every_layout_writes_its_file_and_has_a_truth(tmp_path: Path):
    for lay in build():
        path = tmp_path / lay.filename
        lay.write(path)
        assert path.stat().st_size > 0, lay.id
        if lay.expect == "exact":
            assert lay.truth and all(lay.truth.values()), lay.id


def test_the_truth_speaks_the_schema():
    import re

    from app.models.schema import load_schema

    schema = load_schema()
    for lay in build():
        for table, cells in lay.truth.items():
            for key, value in cells.items():
                assert tuple(d for d, _c in key) == tuple(schema.tables[table].dimensions), (lay.id, table)
                assert value is None or value >= 0, (lay.id, key)
                for dim, code in key:
                    if dim == "AGE" and re.fullmatch(r"\d\d-\d\d|\d\d\+", code):
                        continue
                    if dim in ("ARRIVAL", "DEPART") and re.fullmatch(r"\d{4}-\d{4}|<\d{4}", code):
                        continue
                    if dim == "COB" and code.startswith("N:"):
                        continue
                    assert code in {c.code for c in schema.codelist(dim)}, (lay.id, dim, code)


def test_the_comparison_tells_wrong_from_incomplete():
    truth = {"T01": {(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T")): 10, (("COB", "068"), ("SEX", "_T"), ("AGE", "_T")): 4}}
    assert compare(truth, {"T01": dict(truth["T01"])})[0] == "exact"
    assert compare(truth, {})[0] == "refused"
    assert compare(truth, {"T01": {(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T")): 10}})[0] == "incomplete"
    assert compare(truth, {"T01": {(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T")): 11}})[0] == "WRONG"
    assert compare(truth, {"T01": {**truth["T01"], (("COB", "600"), ("SEX", "_T"), ("AGE", "_T")): 6}})[0] == "WRONG"
    assert compare(truth, {"T00": {(("NATIVITY", "_T"), ("SEX", "_T"), ("AGE", "_T")): 10}})[0] == "WRONG"
    assert compare({}, {"T01": dict(truth["T01"])})[0] == "WRONG"


def test_every_layout_a_careful_tool_asks_about_is_refused(results):
    asked = [r for r in results if r.layout.expect == "ask"]
    assert asked and all(r.outcome == "refused" for r in asked), [(r.layout.id, r.outcome) for r in asked]


def test_no_layout_crashes_the_import(results):
    assert totals(results)["crashed"] == 0, _lines(results, "crashed")


def test_no_layout_is_written_wrong(results):
    assert totals(results)["WRONG"] == 0, _lines(results, "WRONG")


def test_at_least_90_percent_of_provable_layouts_import_exactly(results):
    provable = [r for r in results if r.layout.expect == "exact"]
    exact = sum(r.outcome == "exact" for r in provable)
    assert exact >= 0.9 * len(provable), f"{exact} of {len(provable)} exact"

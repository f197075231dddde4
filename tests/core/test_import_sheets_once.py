"""Importing several sheets of one workbook reads it once and stores what a read of each sheet alone stores."""

from __future__ import annotations

import sys
from pathlib import Path

from app import workflow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from import_bench import make_workbook  # noqa: E402


def _stored(project):
    sources = [{k: v for k, v in s.items() if k not in ("id", "imported_at")} for s in project.sources()]
    contents = [project.source_content(s["id"]) for s in project.sources()]
    return sources, contents


def test_sheets_read_once_store_the_same(tmp_path, monkeypatch):
    book = make_workbook(tmp_path / "census.xlsx", sheets=3, rows=40)
    plans = [{"sheet": "C01", "overrides": None}, {"sheet": "C02", "overrides": {"footer_rows": [46, 47]}},
             {"sheet": "C03", "overrides": None}]
    one = workflow.new_project(tmp_path / "one.imila", "ARG", 2022)
    calls = []
    real = workflow.read_source
    monkeypatch.setattr(workflow, "read_source", lambda *a, **k: calls.append(a) or real(*a, **k))
    together = workflow.import_sheets(one, book, plans, auto=False, lang="en")
    assert len(calls) == 1
    monkeypatch.setattr(workflow, "read_source", real)
    other = workflow.new_project(tmp_path / "other.imila", "ARG", 2022)
    alone = [workflow.import_file(other, book, settings=plan, lang="en") for plan in plans]
    assert _stored(one) == _stored(other)
    for a, b in zip(together, alone):
        assert (a.format, a.settings, a.understood, a.tables) == (b.format, b.settings, b.understood, b.tables)
    one.close()
    other.close()

"""Fixtures of the import tests: generated sample files and the real census tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REALDATA = Path("/work/shared/realdata")
if not REALDATA.exists():
    REALDATA = ROOT / "tests" / "fixtures" / "realdata"

sys.path.insert(0, str(ROOT / "tests" / "fixtures"))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """tests/fixtures/generated/, filled by make_fixtures.py (once per test run)."""
    import make_fixtures

    return make_fixtures.make_all()


@pytest.fixture(scope="session")
def realdata() -> Path:
    if not REALDATA.exists():
        pytest.skip("real census tables not available")
    return REALDATA


def pick(frame, **labels) -> float:
    """The value of the one cell whose dimensions carry ``labels`` (keyword = dimension)."""
    mask = None
    for name, label in labels.items():
        column = name.replace("__", " ")
        m = frame[column] == label
        mask = m if mask is None else (mask & m)
    rows = frame[mask]
    assert len(rows) == 1, f"{labels}: {len(rows)} cells"
    return float(rows["value"].iloc[0])


def pick_by(frame, labels: dict) -> float:
    mask = None
    for name, label in labels.items():
        m = frame[name] == label
        mask = m if mask is None else (mask & m)
    rows = frame[mask]
    assert len(rows) == 1, f"{labels}: {len(rows)} cells"
    return float(rows["value"].iloc[0])

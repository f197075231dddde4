"""Fixtures of the import tests: generated sample files and the real census tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REALDATA = next(
    (p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()),
    Path("/work/shared/realdata"),
)


def _make_fixtures():
    folder = str(ROOT / "tests" / "fixtures")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import make_fixtures

    return make_fixtures.make_all()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """tests/fixtures/generated/, filled by make_fixtures.py once per test run."""
    return _make_fixtures()


@pytest.fixture(scope="module")
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("shared/realdata not found")
    return REALDATA


def _pick(frame, labels: dict) -> float:
    mask = None
    for name, label in labels.items():
        m = frame[name] == label
        mask = m if mask is None else (mask & m)
    rows = frame[mask]
    assert len(rows) == 1, f"{labels}: {len(rows)} cells"
    return float(rows["value"].iloc[0])


@pytest.fixture(scope="module")
def pick():
    """pick(frame, {dimension: label, ...}) -> the value of the single matching cell."""
    return _pick

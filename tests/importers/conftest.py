"""Helpers of the import tests (the sample files and real tables come from tests/conftest.py)."""

from __future__ import annotations

import pytest


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

import pytest

from app.checks import run_checks
from tests.checks.frames import obs_frame


@pytest.fixture
def check():
    """Run the checks (optionally one rule) on short row dicts; returns the findings."""

    def run(rows, rule=None, **metadata):
        metadata.setdefault("census_year", 2022)
        findings = run_checks(obs_frame(rows), metadata, rules=[rule] if rule else None)
        return findings

    return run

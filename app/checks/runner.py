"""Run every rule on the observations; store the findings; match explanations to them."""

from __future__ import annotations

from typing import Callable, Iterable

import pandas as pd

from app.checks.context import CheckContext
from app.checks.findings import Finding, sort_findings
from app.checks.registry import all_rules
from app.errors import Cancelled


def run_checks(
    observations: pd.DataFrame,
    metadata: dict | None = None,
    schema=None,
    *,
    rules: Iterable[str] | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Finding]:
    """All findings on an observations frame (docs/architecture.md), errors first.

    ``metadata`` gives ``census_year``, optional ``min_ages`` ({table: age},
    overriding the schema's universe ages) and optional ``previous_round``
    ({"census_year": …, "observations": [rows]}). ``rules`` restricts the run
    to some rule ids. Raises ``Cancelled`` when ``cancelled()`` turns true.
    """
    if schema is None:
        from app.models.schema import load_schema

        schema = load_schema()
    ctx = CheckContext(observations, metadata, schema)
    selected = [r for r in all_rules() if rules is None or r.id in set(rules)]
    findings: list[Finding] = []
    seen: set[str] = set()
    for index, registered in enumerate(selected):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(index / max(1, len(selected)), registered.id)
        for finding in registered.function(ctx):
            key, n = finding.key, 2
            while finding.key in seen:  # never two findings with one key (the store's primary key)
                finding.key = f"{key}#{n}"
                n += 1
            seen.add(finding.key)
            findings.append(finding)
    if progress is not None:
        progress(1.0, "")
    return sort_findings(findings)


def run_project_checks(project, progress=None, cancelled=None) -> list[Finding]:
    """Check a project's observations with its metadata and store the findings in it."""
    findings = run_checks(project.observations(), project.metadata(), progress=progress, cancelled=cancelled)
    project.store_findings([f.to_dict() for f in findings])
    return findings


def _keys(findings: Iterable) -> set[str]:
    return {f.key if isinstance(f, Finding) else f["key"] for f in findings}


def active_explanations(project, findings: Iterable) -> dict[str, dict]:
    """The explanation in force for each finding that occurs now, by finding key.

    An explanation whose finding no longer occurs is not active: it stays in
    the project's history (``explanation_history``) and comes back into force
    if the same finding reappears.
    """
    current = _keys(findings)
    active: dict[str, dict] = {}
    for explanation in project.explanations():
        if explanation["finding_key"] in current:
            active[explanation["finding_key"]] = explanation  # ordered by id: the latest wins
    return active


def explanation_history(project, findings: Iterable) -> list[dict]:
    """Explanations not in force: replaced by a later one, or whose finding no longer occurs."""
    current = _keys(findings)
    in_force = {e["id"] for e in active_explanations(project, findings).values()}
    return [e for e in project.explanations(include_history=True) if e["id"] not in in_force or e["finding_key"] not in current]


def unexplained_warnings(findings: Iterable, explanations: dict[str, dict]) -> list[str]:
    """Keys of the warnings that have no explanation in force."""
    return [f.key for f in findings if f.severity == "warning" and f.key not in explanations]

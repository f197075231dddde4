"""Data-quality checks: one small function per rule, a registry, and the runner.

``run_checks(observations, metadata, schema=None) -> list[Finding]`` is the
entry point; ``run_project_checks(project)`` checks a project and stores the
findings; ``active_explanations(project, findings)`` matches the written
explanations to the findings that still occur.
"""

from app.checks.findings import Finding
from app.checks.registry import RULES, Rule, all_rules
from app.checks.runner import (
    active_explanations,
    explanation_history,
    run_checks,
    run_project_checks,
    unexplained_warnings,
)

__all__ = [
    "Finding",
    "RULES",
    "Rule",
    "active_explanations",
    "all_rules",
    "explanation_history",
    "run_checks",
    "run_project_checks",
    "unexplained_warnings",
]

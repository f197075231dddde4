"""Data-quality checks: one small function per rule, a registry, and the runner.

``run_checks(observations, metadata, schema=None) -> list[Finding]`` is the
entry point; ``run_project_checks(project)`` checks a project and stores the
findings; ``active_explanations(project, findings)`` matches the written
explanations to the findings that still occur.
"""

from app.checks.findings import Finding

# The rules need pandas; they load on first use so that showing stored
# findings (the first screen) stays light.
_LAZY = {
    "RULES": "app.checks.registry",
    "Rule": "app.checks.registry",
    "all_rules": "app.checks.registry",
    "active_explanations": "app.checks.runner",
    "explanation_history": "app.checks.runner",
    "run_checks": "app.checks.runner",
    "run_project_checks": "app.checks.runner",
    "unexplained_warnings": "app.checks.runner",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(name)

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

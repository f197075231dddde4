"""The registry of check rules: one small named function per rule.

A rule module declares its functions with ``@rule("ADD-001", "error")``; the
runner calls every registered rule on a ``CheckContext`` and collects the
findings. A rule's default severity is the one the schema gives it; a rule
may lower or raise it per finding (additivity: the tolerance decides between
warning and error, confidential cells make it info).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

FAMILIES = {
    "STR": "structure",
    "ADD": "additivity",
    "CON": "consistency",
    "LOG": "logic",
    "PLA": "plausibility",
    "DIS": "dissemination",
}


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    function: Callable[..., Iterable]
    summary: str  # first line of the function's docstring (English, for developers and the CLI)

    @property
    def family(self) -> str:
        return FAMILIES.get(self.id.split("-")[0], "other")

    @property
    def message_key(self) -> str:
        return f"checks.{self.id}"


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str):
    """Register the decorated function as the check ``rule_id`` with its default severity."""

    def decorate(function):
        if rule_id in RULES and RULES[rule_id].function is not function:
            raise ValueError(f"rule {rule_id} registered twice")
        doc = (function.__doc__ or "").strip().splitlines()
        RULES[rule_id] = Rule(rule_id, severity, function, doc[0] if doc else "")
        function.rule_id = rule_id
        return function

    return decorate


def all_rules() -> list[Rule]:
    """Every registered rule, in id order (importing the rule modules first)."""
    from app.checks import (  # noqa: F401  (imported for their registrations)
        rules_additivity,
        rules_consistency,
        rules_dissemination,
        rules_emigrants,
        rules_intervals,
        rules_logic,
        rules_plausibility,
        rules_structure,
    )

    return [RULES[k] for k in sorted(RULES)]

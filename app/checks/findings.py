"""What a check reports: the ``Finding`` (contract in docs/architecture.md).

A finding names its rule, its severity, the table, the exact cells involved
and the numbers behind it. Its ``key`` is stable across runs (rule, table and
the codes of the cells that identify it, never the observation ids), so an
explanation written for a warning stays attached to it after the data are
imported again. Its text is rendered on demand in the user's language from
the rule's message template and ``params``.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

# Keys longer than this are shortened to a digest of the same text, so that
# findings over hundreds of cells keep a compact, still stable, key.
_KEY_LIMIT = 400
# Bulk findings (one per table, say every negative value of a table) list at
# most this many cells; ``params["count"]`` keeps the real number.
CELL_LIMIT = 500


@dataclass
class Finding:
    rule: str  # "ADD-001"
    severity: str  # "error" | "warning" | "info"
    table_id: str | None
    cells: list[dict] = field(default_factory=list)  # {"table_id", dims…, "obs_id", "lineage", "value"}
    params: dict = field(default_factory=dict)  # numbers and codes behind the message
    key: str = ""  # stable: rule + table + cell codes

    def message(self, lang: str = "en") -> str:
        """The plain-language text of the finding in ``lang`` (es, en, pt, fr)."""
        from app.checks.render import render_message

        return render_message(self.rule, self.params, lang, table_id=self.table_id)

    def to_dict(self) -> dict:
        """A JSON-ready dict (what ``Project.store_findings`` takes)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        """Rebuild a finding stored by ``Project.store_findings``."""
        return cls(
            rule=data["rule"],
            severity=data["severity"],
            table_id=data.get("table_id"),
            cells=list(data.get("cells") or []),
            params=dict(data.get("params") or {}),
            key=data["key"],
        )


def cell_code(cell: dict, dims: tuple[str, ...] | list[str] | None = None) -> str:
    """``T01:COB=068,SEX=2,AGE=00-14``: the identity of a cell without its observation id."""
    table = cell.get("table_id", "")
    if dims is None:
        dims = [k for k in cell if k not in ("table_id", "obs_id", "lineage", "value")]
    return f"{table}:" + ",".join(f"{d}={cell.get(d, '')}" for d in dims)


def make_key(rule: str, table_id: str | None, codes: list[str] | tuple[str, ...], qualifier: str = "") -> str:
    """Stable key: rule, table, an optional qualifier (the dimension checked) and the sorted cell codes."""
    head = f"{rule}|{table_id or '*'}|{qualifier}|"
    body = ";".join(sorted(set(codes)))
    if len(head) + len(body) > _KEY_LIMIT:
        body = "#" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:20]
    return head + body


def clean_number(value):
    """A JSON-friendly number: int when whole, float otherwise, None for NaN."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    if math.isnan(number):
        return None
    if math.isinf(number):
        return None
    if number.is_integer() and abs(number) < 2**53:
        return int(number)
    return round(number, 4)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then infos; within each by rule, table and key."""
    return sorted(findings, key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.rule, f.table_id or "", f.key))

"""Age and period codes (``00-04``, ``85+``, ``2010-2014``, ``<1990``) as intervals."""

from __future__ import annotations

import re

_AGE = re.compile(r"^(\d{1,3})-(\d{1,3})$")
_OPEN = re.compile(r"^(\d{1,3})\+$")

FIVE_YEAR_GROUPS = tuple(f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)) + ("85+",)


def age_interval(code: str) -> tuple[int, int | None] | None:
    """``"00-04"`` → (0, 4); ``"85+"`` → (85, None); anything else → None."""
    match = _AGE.match(code)
    if match:
        return int(match.group(1)), int(match.group(2))
    match = _OPEN.match(code)
    if match:
        return int(match.group(1)), None
    return None


def age_sort_key(code: str):
    interval = age_interval(code)
    if interval is None:
        return (1, 999, code)
    low, high = interval
    return (0, low, 999 if high is None else high)


def age_code(low: int, high: int | None) -> str:
    return f"{low:02d}+" if high is None else f"{low:02d}-{high:02d}"

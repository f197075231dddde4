"""Period labels (arrival in the country, departure abroad) → ARRIVAL/DEPART codes.

Codes are year intervals ``YYYY-YYYY``, an open start ``<YYYY`` (before that
year), ``UNK`` and ``_T``. National bands are kept as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.mapping.normalize import normalize

TOTAL = "_T"
UNKNOWN = "UNK"
_MIN_YEAR, _MAX_YEAR = 1800, 2100

_TOTAL = re.compile(r"^(total(es)?( general)?|todos|todas|all|tous|todos os periodos|(poblacion|population|populacao)( .*)?)$")
_UNKNOWN = re.compile(
    r"^(ano |periodo |year |annee )?(ignorad[oa]s?|no especificad[oa]s?|no declarad[oa]s?|no sabe|no recuerda|sin (informacion|especificar|dato)|"
    r"not stated|unknown|not specified|nao declarad[oa]|ignorad[oa]|sem declaracao|non declare[es]?|inconnu[es]?|non specifie[es]?)$"
)
_BEFORE = re.compile(r"^(antes de|antes del|anterior a|hasta|before|prior to|until|up to|avant|jusqu en|ate|antes|voor|tot|promer cu|antes di)\s+(?:el\s+|ano\s+|de\s+)*(\d{4})$")
_AND_BEFORE = re.compile(r"^(\d{4})\s+(y antes|o antes|and before|or before|or earlier|e antes|ou antes|et avant|ou avant|y anteriores|en eerder|of eerder)$")
_FILLER = {"de", "del", "a", "al", "y", "e", "to", "and", "ano", "anos", "year", "years", "annee", "annees", "en", "in", "periodo",
           "period", "periode", "entre", "between", "desde", "from", "du", "au", "et", "de", "em", "ate", "hasta"}


@dataclass(frozen=True)
class Period:
    """Years ``start`` to ``end`` inclusive; ``start`` None for "before ``end`` + 1"."""

    start: int | None
    end: int

    @property
    def code(self) -> str:
        if self.start is None:
            return f"<{self.end + 1}"
        return f"{self.start}-{self.end}"


def _year(text: str) -> int | None:
    value = int(text)
    return value if _MIN_YEAR <= value <= _MAX_YEAR else None


def parse_period(label: str) -> str | None:
    """The ARRIVAL code of a label, or None when it is not a period.

    "Antes de 1990" → ``<1990``; "2010-2014" → ``2010-2014``; "2017 a 2019"
    → ``2017-2019``; "Año 2020" → ``2020-2020``; "1989 y antes" → ``<1990``;
    "No especificado" → ``UNK``; "Total" → ``_T``.
    """
    key = normalize(label)
    if key == "" or _TOTAL.match(key):
        return TOTAL
    if _UNKNOWN.match(key):
        return UNKNOWN
    raw = str(label or "").strip()
    match = re.fullmatch(r"<\s*(\d{4})", raw)
    if match and _year(match.group(1)):
        return f"<{int(match.group(1))}"
    match = _BEFORE.match(key)
    if match:
        year = _year(match.group(2))
        if year is None:
            return None
        inclusive = match.group(1) in ("hasta", "until", "up to", "jusqu en", "ate")
        return Period(None, year if inclusive else year - 1).code
    match = _AND_BEFORE.match(key)
    if match:
        year = _year(match.group(1))
        return Period(None, year).code if year else None
    words = key.split()
    numbers = [w for w in words if w.isdigit()]
    if not numbers or len(numbers) > 2 or any(not w.isdigit() and w not in _FILLER for w in words):
        return None
    years = [_year(n) if len(n) == 4 else None for n in numbers]
    if any(y is None for y in years):
        return None
    if len(years) == 1:
        return Period(years[0], years[0]).code
    if years[1] < years[0]:
        return None
    return Period(years[0], years[1]).code


def period_bounds(code: str) -> tuple[int | None, int | None]:
    """(first year, last year) of a period code; None where open or not a period."""
    match = re.fullmatch(r"(\d{4})-(\d{4})", code)
    if match:
        return int(match.group(1)), int(match.group(2))
    match = re.fullmatch(r"<(\d{4})", code)
    if match:
        return None, int(match.group(1)) - 1
    return None, None

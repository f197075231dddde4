"""Age labels → intervals → IMILA AGE codes (``AA-BB``, ``AA+``, ``UNK``, ``_T``).

Census tables write ages in many ways ("0 a 4", "0-4 años", "05-09 años",
"65 años y más", "Menos de 1 año", "1 año", "37", "100 y más"). ``parse_age``
turns one label into an :class:`AgeInterval`; ``fold_ages`` decides, for the
labels of one table, which finer groups and single years aggregate exactly to
IMILA's five-year groups (``00-04`` … ``80-84``, ``85+``) and which broad
groups (``00-14``, ``15-24``, ``25-64``, ``65+``) are kept as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from app.mapping.normalize import normalize

TOTAL = "_T"
UNKNOWN = "UNK"
MAX_AGE = 130
OPEN_TOP = 85  # IMILA's last five-year group is 85+

_TOTAL_WORDS = re.compile(
    r"^(total(es)?( general| de edades| edad(es)?)?|ensemble|totaal|todas las edades|todas( las)? edades|all ages|toutes les? ages?|todas as idades|ambos sexos|"
    r"(poblacion|population|populacao)( .*)?)$"
)
_UNKNOWN_WORDS = re.compile(
    r"^(edad )?(ignorad[oa]s?|no especificad[oa]s?|no declarad[oa]s?|no sabe|sin (informacion|especificar|dato)|"
    r"not stated|unknown|not specified|nao declarad[oa]|ignorad[oa]|sem declaracao|non declare[es]?|inconnu[es]?|non specifie[es]?|n ?e|n ?d|"
    r"edad no (especificada|declarada)|age not stated|idade ignorada|age inconnu)$"
)
# Words allowed around the numbers of an age label; anything else ("habitantes") means it is not an age.
_AGE_WORDS = {
    "a", "al", "de", "y", "e", "et", "and", "to", "anos", "ano", "years", "year", "yrs", "ans", "an", "edad", "idade",
    "age", "ages", "mas", "more", "over", "plus", "mais", "older", "cumplidos", "completos", "grupo", "grupos",
    "ouder", "meer", "jaar", "jaren", "jr",
}
# "65 años o más", "65 anos ou mais", "65 jaar en ouder": the open top said with "or", read as "and".
_OR_MORE = re.compile(r"\b(o|ou|en|of|or) (mas|mais|plus|ouder|meer|older|over)\b")
_OPEN_TOP_WORDS = re.compile(r"\b(y mas|e mais|and over|and more|or more|or older|and older|y\+|\+|ou plus|et plus|mas|over|plus|"
                             r"mais|ouder|older|meer)\b|\+")
_UNDER_WORDS = re.compile(r"^(menos de|menores de|menor de|under|less than|moins de|menos de)\s+(\d+)\s*(ano|anos|year|years|an|ans)?$")


@dataclass(frozen=True)
class AgeInterval:
    """Ages ``low`` to ``high`` inclusive; ``high`` None for an open top ("65 y más")."""

    low: int
    high: int | None

    @property
    def code(self) -> str:
        if self.high is None:
            return f"{self.low:02d}+"
        return f"{self.low:02d}-{self.high:02d}"

    def within(self, other: "AgeInterval") -> bool:
        if self.low < other.low:
            return False
        if other.high is None:
            return True
        return self.high is not None and self.high <= other.high


@dataclass(frozen=True)
class ParsedAge:
    """What an age label means: an interval, the total, or not stated."""

    code: str  # AA-BB, AA+, _T or UNK
    interval: AgeInterval | None = None


def _five_year_group(interval: AgeInterval) -> AgeInterval | None:
    """The IMILA five-year group containing ``interval``, or None when it straddles two."""
    if interval.low >= OPEN_TOP:
        return AgeInterval(OPEN_TOP, None)
    if interval.high is None:
        return None
    start = interval.low - interval.low % 5
    if interval.high <= start + 4:
        return AgeInterval(start, start + 4)
    return None


def parse_age(label: str) -> ParsedAge | None:
    """Parse one age label; None when the label is not an age at all."""
    key = normalize(label)
    raw = str(label or "").strip()
    if key == "" or _TOTAL_WORDS.match(key):
        return ParsedAge(TOTAL)
    if _UNKNOWN_WORDS.match(key):
        return ParsedAge(UNKNOWN)
    # "+": normalize() drops it, so look at the raw label first.
    plus = bool(re.search(r"\d\s*\+", raw))
    under = _UNDER_WORDS.match(key)
    if under:
        upper = int(under.group(2))
        if upper < 1 or upper > MAX_AGE:
            return None
        return ParsedAge(AgeInterval(0, upper - 1).code, AgeInterval(0, upper - 1))
    key = _OR_MORE.sub(r"y \2", key)
    words = key.split()
    numbers = [w for w in words if w.isdigit()]
    others = [w for w in words if not w.isdigit()]
    if not numbers or len(numbers) > 2 or any(w not in _AGE_WORDS for w in others):
        return None
    values = [int(n) for n in numbers]
    if any(v > MAX_AGE for v in values):
        return None
    open_top = plus or bool(_OPEN_TOP_WORDS.search(key))
    if len(values) == 1:
        if open_top:
            interval = AgeInterval(values[0], None)
        else:
            interval = AgeInterval(values[0], values[0])
    else:
        if open_top or values[1] < values[0]:
            return None
        interval = AgeInterval(values[0], values[1])
    return ParsedAge(interval.code, interval)


def is_age_label(label: str) -> bool:
    parsed = parse_age(label)
    return parsed is not None and parsed.interval is not None


def fold_ages(labels: Iterable[str]) -> dict[str, str]:
    """Code for each label, folding into five-year groups where the pieces nest exactly.

    A label is folded into its five-year group (``85-89`` + ``90 y más`` → ``85+``,
    single years 0 … 4 → ``00-04``) only when the pieces of that group cover it
    with no gap and no overlap and the group is not itself published. Labels
    that straddle groups (``00-14``, ``65+``) keep their own code. Labels that
    are not ages are left out of the result.
    """
    parsed: dict[str, ParsedAge] = {}
    for label in labels:
        if label in parsed:
            continue
        result = parse_age(label)
        if result is not None:
            parsed[label] = result
    codes = {label: p.code for label, p in parsed.items()}
    intervals = {label: p.interval for label, p in parsed.items() if p.interval is not None}
    published = {iv.code for iv in intervals.values()}
    pieces: dict[AgeInterval, list[tuple[str, AgeInterval]]] = {}
    for label, iv in intervals.items():
        group = _five_year_group(iv)
        if group is not None and group != iv:
            pieces.setdefault(group, []).append((label, iv))
    for group, members in pieces.items():
        if group.code in published:
            continue
        members.sort(key=lambda item: item[1].low)
        expected = group.low
        complete = True
        for _label, iv in members:
            if iv.low != expected:
                complete = False
                break
            if iv.high is None:
                expected = None
                break
            expected = iv.high + 1
        if group.high is None:
            complete = complete and expected is None
        else:
            complete = complete and expected == group.high + 1
        if complete:
            for label, _iv in members:
                codes[label] = group.code
    return codes


def is_five_year_standard(codes: Iterable[str]) -> bool:
    """True when the age codes are IMILA's five-year groups (plus totals and not stated)."""
    for code in codes:
        if code in (TOTAL, UNKNOWN):
            continue
        match = re.fullmatch(r"(\d+)-(\d+)", code)
        if match:
            low, high = int(match.group(1)), int(match.group(2))
            if low % 5 or high != low + 4 or low >= OPEN_TOP:
                return False
        elif code != f"{OPEN_TOP}+":
            return False
    return True

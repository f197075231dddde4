"""Age and period intervals as numbers: ``"15-24"`` → (15, 24), ``"85+"`` → (85, inf), ``"<1990"`` → (-inf, 1989).

Bounds are inclusive. Codes that are not intervals (``_T``, ``UNK``, a bad
code) give NaN bounds; callers treat them apart.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

INTERVAL_DIMENSIONS = ("AGE", "ARRIVAL", "DEPART")

_RANGE = re.compile(r"^(\d{1,4})-(\d{1,4})$")
_OPEN_TOP = re.compile(r"^(\d{1,4})\+$")
_BEFORE = re.compile(r"^<(\d{1,4})$")
_SINGLE = re.compile(r"^(\d{1,4})$")


@lru_cache(maxsize=4096)
def bounds(code: str) -> tuple[float, float]:
    """Inclusive (low, high) of an interval code, or (nan, nan)."""
    code = str(code).strip()
    if m := _RANGE.match(code):
        lo, hi = int(m.group(1)), int(m.group(2))
        return (float(lo), float(hi)) if lo <= hi else (math.nan, math.nan)
    if m := _OPEN_TOP.match(code):
        return float(m.group(1)), math.inf
    if m := _BEFORE.match(code):
        return -math.inf, float(int(m.group(1)) - 1)
    if m := _SINGLE.match(code):
        return float(m.group(1)), float(m.group(1))
    return math.nan, math.nan


def bounds_arrays(codes) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised ``bounds`` over an array of codes (parsed once per distinct code)."""
    codes = np.asarray(codes, dtype=object)
    uniques, inverse = np.unique(codes.astype(str), return_inverse=True)
    pairs = np.array([bounds(u) for u in uniques], dtype=float).reshape(-1, 2)
    return pairs[inverse, 0], pairs[inverse, 1]


def interval_code(lo: float, hi: float) -> str:
    """The AGE code of an interval: (0, 14) → "00-14", (65, inf) → "65+"."""
    if math.isinf(hi):
        return f"{int(lo):02d}+"
    return f"{int(lo):02d}-{int(hi):02d}"


def leaf_intervals(codes) -> list[str]:
    """The finest intervals among ``codes``: those that contain no other interval of the list."""
    parsed = [(c, *bounds(c)) for c in codes]
    parsed = [p for p in parsed if not math.isnan(p[1])]
    leaves = []
    for code, lo, hi in parsed:
        if not any(o != code and lo <= olo and ohi <= hi for o, olo, ohi in parsed):
            leaves.append(code)
    return leaves


def is_partition(codes) -> bool:
    """True when the intervals do not overlap and leave no gap between the lowest and the highest."""
    parsed = sorted(bounds(c) for c in codes)
    if not parsed or any(math.isnan(lo) for lo, _ in parsed):
        return False
    for (_, prev_hi), (lo, _) in zip(parsed, parsed[1:]):
        if lo != prev_hi + 1:
            return False
    return True


def common_blocks(left: list[str], right: list[str]) -> list[tuple[float, float, list[str], list[str]]]:
    """The coarsest intervals both partitions can be summed to.

    ``left`` = five-year groups, ``right`` = 00-14, 15-24, 25-64, 65+ → blocks
    (0, 14, [00-04, 05-09, 10-14], [00-14]), … Returns [] when the two do not
    cover the same range or either is not a partition.
    """
    if not left or not right or not is_partition(left) or not is_partition(right):
        return []
    lb = sorted((bounds(c), c) for c in left)
    rb = sorted((bounds(c), c) for c in right)
    if lb[0][0][0] != rb[0][0][0] or lb[-1][0][1] != rb[-1][0][1]:
        return []
    starts = sorted({b[0][0] for b in lb} & {b[0][0] for b in rb})
    top = lb[-1][0][1]
    blocks = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else top
        lcodes = [c for (lo, hi), c in lb if start <= lo and hi <= end]
        rcodes = [c for (lo, hi), c in rb if start <= lo and hi <= end]
        blocks.append((start, end, lcodes, rcodes))
    return blocks

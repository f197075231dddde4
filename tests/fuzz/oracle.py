"""When is a mutant's import correct? The oracle of the import fuzzer.

Every mutant ends in one of five ways (``judge``):

clean      nothing written, and any error was one of the product's own (``ImilaError``) with a
           message in the catalogue: a refusal, a question, a clear reason
correct    something written, and the oracle below finds no wrong figure
traceback  an exception that is not the product's own message (or a message key with no text)
abort      the process died (only the bench, which runs mutants in a worker process, can see it)
wrong      something written that the oracle proves wrong: a silent wrong figure

The reference ``R`` is what the unmutated source is known to hold: the true
cells of a corpus layout, or the import of the unmutated real table (itself
tested against the figures its README lists). ``W`` is what the mutant's import
wrote. A written cell that equals ``R`` is right. For the others the rule
depends on what the mutation could change:

* A mutation that leaves every figure as it was (a label, title or note cell
  blanked or replaced by an odd token, the file saved in another encoding or as
  text) cannot make a true figure change: **every written cell must be a cell of
  R with R's value**. (This is what catches a blank label that makes national
  rows be summed with their breakdown.)
* A mutation that may change figures (a figure cell blanked or replaced, rows or
  columns deleted, repeated or swapped, bytes flipped or cut) may legitimately
  change what is written, so the written figures are judged by what a table
  must satisfy:

  (a) *reconciliation*: every total of R that equals the sum of its parts in R
      (a ``_T`` or a group code such as a continent or a broad age group, with
      its direct parts below it in the code list or age range) must still equal
      the sum of its parts once the written cells replace R's (cells not written
      keep R's value, so a part that was only left out does not count against
      the import, but a part or a total written with another value does);
  (b) *published figures*: a cell of R written with another value, while R's
      value is still printed in the mutant and the written value is printed
      nowhere in it, is wrong (a figure the source still publishes was replaced
      by one it does not: the signature of double counting);
  (c) no table is written that the source is not.

A cell of R stored with no figure (missing, "not available") is no wrong figure
under either rule: it is treated as a cell left out.

  A table broken by (a) or (b) is still acceptable when the project carries an
  error or warning finding on that table after the import (the product flagged
  it: the user is told); otherwise it is a silent wrong figure.

The oracle cannot see a change that keeps every sum and prints nothing new (two
equal figures swapped, say); that is the price of judging mutants without a
person.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

TOL = 0.5

_RANGE = re.compile(r"^(\d+)-(\d+)$")
_OPEN = re.compile(r"^(\d+)\+$")
_BEFORE = re.compile(r"^<(\d+)$")


def _range(code: str):
    if m := _RANGE.match(code):
        return int(m.group(1)), int(m.group(2))
    if m := _OPEN.match(code):
        return int(m.group(1)), math.inf
    if m := _BEFORE.match(code):
        return -math.inf, int(m.group(1)) - 1
    return None


@lru_cache(maxsize=None)
def _codelist(dim: str):
    from app.models.schema import load_schema

    try:
        return load_schema().codelist(dim)
    except Exception:
        return None


@lru_cache(maxsize=None)
def table_dims(table: str) -> tuple:
    from app.models.schema import load_schema

    return tuple(load_schema().tables[table].dimensions)


@lru_cache(maxsize=200_000)
def contains(dim: str, outer: str, inner: str) -> bool:
    """True when code ``outer`` of ``dim`` holds ``inner`` (another code)."""
    if outer == inner:
        return False
    if outer == "_T":
        return inner != "_T"
    a, b = _range(outer), _range(inner)
    if a is not None and b is not None:
        return a[0] <= b[0] and b[1] <= a[1]
    codes = _codelist(dim)
    if codes is None:
        return False
    try:
        return outer in codes.ancestors(inner)
    except Exception:
        return False


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=TOL)
    except (TypeError, ValueError, OverflowError):
        return False


def identities(reference: dict) -> list[tuple[str, tuple, list[tuple]]]:
    """(table, total key, part keys) for every total of R that is the sum of its direct parts in R."""
    out = []
    for table, cells in reference.items():
        dims = table_dims(table)
        for i, dim in enumerate(dims):
            groups: dict[tuple, dict[str, tuple]] = {}
            for key in cells:
                other = tuple(c for j, (_d, c) in enumerate(key) if j != i)
                groups.setdefault(other, {})[key[i][1]] = key
            for codes in groups.values():
                if len(codes) < 2:
                    continue
                present = list(codes)
                for parent in present:
                    inside = [c for c in present if contains(dim, parent, c)]
                    if not inside:
                        continue
                    direct = [c for c in inside if not any(contains(dim, q, c) for q in inside if q != c)]
                    total = cells[codes[parent]]
                    parts = [cells[codes[c]] for c in direct]
                    if total is None or any(p is None for p in parts):
                        continue
                    if abs(float(total) - sum(float(p) for p in parts)) <= TOL:
                        out.append((table, codes[parent], [codes[c] for c in direct]))
    return out


def _printed(numbers: set | None, value) -> bool:
    if numbers is None or value is None:
        return False
    try:
        return round(float(value)) in numbers
    except (TypeError, ValueError, OverflowError):
        return False


def judge(reference: dict, written: dict, kind: str, numbers: set | None = None,
          ids: list | None = None) -> tuple[str, list[str], set[str]]:
    """("ok" | "broken", reasons, tables to excuse by a finding) for the cells a mutant wrote.

    ``kind`` is "text" (no figure changed) or "figures" (figures may have
    changed); ``numbers`` are the figures the mutant prints (rounded), when known.
    """
    reasons: list[str] = []
    tables: set[str] = set()
    differing: dict[str, dict] = {}
    for table, cells in written.items():
        if table not in reference:
            reasons.append(f"{table} written ({len(cells)} cells) but the source is no {table}")
            continue
        true = reference[table]
        for key, value in cells.items():
            if value is None and key in true:
                continue  # a cell stored without a figure (not available) says nothing wrong
            if isinstance(value, tuple):
                reasons.append(f"{table} {_show(key)} written twice")
            elif key not in true or not _same(value, true[key]):
                differing.setdefault(table, {})[key] = value
    if reasons:
        return "broken", reasons, set()
    if not differing:
        return "ok", [], set()
    if kind == "text":
        for table, cells in differing.items():
            for key, value in list(cells.items())[:3]:
                reasons.append(f"{table} {_show(key)}={value}, true {reference[table].get(key, 'no such cell')}"
                               " (the mutation changed no figure)")
        return "broken", reasons, set()
    merged = {t: dict(cells) for t, cells in reference.items()}
    for table, cells in written.items():
        merged[table].update(cells)
    for table, total, parts in (identities(reference) if ids is None else ids):
        if table not in differing or not (total in differing[table] or any(p in differing[table] for p in parts)):
            continue
        cells = merged[table]
        values = [cells[total], *(cells[p] for p in parts)]
        if any(v is None for v in values):
            continue
        try:
            gap = float(values[0]) - sum(float(v) for v in values[1:])
        except (TypeError, ValueError, OverflowError):
            gap = math.inf
        if not abs(gap) <= TOL:
            reasons.append(f"{table} {_show(total)}={values[0]} is not the sum of its parts (off by {gap:g})")
            tables.add(table)
    for table, cells in differing.items():
        for key, value in cells.items():
            true = reference[table].get(key)
            if true is not None and _printed(numbers, true) and not _printed(numbers, value):
                reasons.append(f"{table} {_show(key)}={value}: the source still prints the true {true}")
                tables.add(table)
    return ("broken" if reasons else "ok"), reasons, tables


def _show(key) -> str:
    return "(" + ",".join(f"{d}={c}" for d, c in key) + ")"

"""Building blocks of the layout corpus: a small data cube, how it is published, and its true IMILA cells.

A layout is a census table as an office publishes it. Its numbers come from a
cube of leaf counts (one per combination of leaf categories); every published
cell — a country, a region subtotal, a sex total, a folded age group — is a
sum of leaves, so totals reconcile with their parts exactly as in a real
table. The same cube gives the truth: the IMILA cells a careful person would
write from that table, computed from the codes each published label stands
for, never from what the importer happens to read.

Vocabulary
----------
``Item``   one published label of a dimension: its text, the IMILA code it
           stands for (per target table when one source feeds several), and
           the leaves it sums.
``Dim``    a dimension of the published table: its header text and items, and
           the IMILA dimension it maps to (``None`` for one IMILA lacks, such
           as region or size of locality: there an item coded ``"_T"`` is the
           published total to use and items coded ``"+"`` are summed when no
           total is published).
``Cube``   the dimensions and the leaf values; ``cell`` sums any item
           combination, ``truth`` derives the IMILA cells of each target table.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from itertools import product
from typing import Callable

# IMILA dimensions of the target tables (resources/schema/imila_schema.json).
TABLE_DIMS = {
    "T00": ("NATIVITY", "SEX", "AGE"),
    "T01": ("COB", "SEX", "AGE"),
    "T02": ("COB", "SEX", "MARST"),
    "T03": ("COB", "AGE", "CEB"),
    "T04": ("COB", "SEX", "ARRIVAL"),
    "T05": ("COB", "RES5", "SEX", "AGE"),
    "T07": ("COB", "SEX", "ACT"),
}


@dataclass
class Item:
    label: str
    code: object = None                 # str, or {table_id: str | None}; None = not an IMILA cell (measure, dropped)
    leaves: tuple = ()                  # leaf ids it sums (filled by Dim when empty: the item itself is a leaf)
    measure: Callable | None = None     # a published ratio/percentage: f(get) with get(label) → count of the row
    virtual: bool = False               # in the truth only (a total the source does not publish as such)

    def code_for(self, table: str):
        if isinstance(self.code, dict):
            return self.code.get(table)
        return self.code


@dataclass
class Dim:
    name: str                           # header text as published
    items: list[Item]
    imila: object = None                # IMILA dimension id, or {table_id: id | None}

    def __post_init__(self):
        leaves = []
        for item in self.items:
            if not item.leaves and item.measure is None and not getattr(item, "_total", False):
                item.leaves = (item.label,)
            leaves.extend(item.leaves)
        self.leaf_ids = tuple(dict.fromkeys(leaves))
        for item in self.items:
            if getattr(item, "_total", False):
                item.leaves = self.leaf_ids

    def imila_for(self, table: str):
        if isinstance(self.imila, dict):
            return self.imila.get(table)
        return self.imila

    def item(self, label: str) -> Item:
        for it in self.items:
            if it.label == label:
                return it
        raise KeyError(label)


def total(label: str, code="_T") -> Item:
    """The published total of a dimension: it sums every leaf."""
    item = Item(label, code)
    item._total = True
    return item


def group(label: str, code, *members: str) -> Item:
    """A published subtotal (a continent, "En la entidad", a folded band) summing named leaves."""
    return Item(label, code, tuple(members))


def measure(label: str, fn: Callable) -> Item:
    return Item(label, None, (), fn)


def virtual(code, *members: str) -> Item:
    """A cell of the truth that no label publishes (the aged-5+ total of a T05 with a "not yet born" column)."""
    return Item("", code, tuple(members), None, True)


def _hash(*parts) -> int:
    return zlib.crc32("|".join(map(str, parts)).encode("utf-8"))


@dataclass
class Cube:
    dims: list[Dim]
    seed: str = "corpus"
    scale: int = 900
    zeros: list = field(default_factory=list)    # [{dim name: leaf label}]: leaves matching one are 0 (published as "-")
    weights: dict = field(default_factory=dict)  # leaf id → multiplier (big countries, small ones)

    def leaf_value(self, leaves: tuple) -> int:
        if self.zeros:
            named = dict(zip((d.name for d in self.dims), leaves))
            if any(all(named.get(k) == v for k, v in z.items()) for z in self.zeros):
                return 0
        w = 1
        for leaf in leaves:
            w *= self.weights.get(leaf, 1)
        return (1 + _hash(self.seed, *leaves) % self.scale) * w

    def cell(self, items: tuple) -> int:
        """The published value of a combination of items (one per dimension, in dims order)."""
        return sum(self.leaf_value(combo) for combo in product(*(it.leaves for it in items)))

    def value(self, labels: dict) -> int:
        """``cell`` addressed by labels: {dim name: item label}; a missing dim takes its total."""
        items = []
        for dim in self.dims:
            if dim.name in labels:
                items.append(dim.item(labels[dim.name]))
            else:
                items.append(next(it for it in dim.items if getattr(it, "_total", False)))
        return self.cell(tuple(items))

    def truth(self, table: str, hidden: list = (), extra_dims: dict | None = None) -> dict:
        """The IMILA cells of ``table``: {((dim, code), …): value}; cells matching a ``hidden`` {dim: label} are suppressed (None)."""
        target = TABLE_DIMS[table]
        out: dict[tuple, float | None] = {}
        suppressed: set = set()
        choices = []
        for dim in self.dims:
            imila = dim.imila_for(table)
            opts = []
            if imila is None:
                kept = [it for it in dim.items if it.measure is None and it.code_for(table) == "_T"]
                if not kept:  # no published total: the parts are summed
                    kept = [it for it in dim.items if it.measure is None and it.code_for(table) == "+"]
                for it in kept:
                    opts.append((it, None, None))
            else:
                for it in dim.items:
                    code = it.code_for(table)
                    if it.measure is None and code is not None:
                        opts.append((it, imila, code))
            choices.append(opts)
        for combo in product(*choices):
            codes = dict(extra_dims or {})
            for _it, imila, code in combo:
                if imila is not None:
                    codes[imila] = code
            key = tuple((d, codes.get(d, "_T")) for d in target)
            named = {d.name: it.label for d, (it, _i, _c) in zip(self.dims, combo)}
            value = self.cell(tuple(it for it, _i, _c in combo))
            if any(all(named.get(k) == v for k, v in h.items()) for h in hidden):
                suppressed.add(key)
            out[key] = out.get(key, 0) + value
        for key in suppressed:
            out[key] = None
        return out

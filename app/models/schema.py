"""The IMILA submission schema, loaded from the versioned file under resources/.

The schema is data, never constants in code: every table, dimension and code
list of the submission format lives in ``resources/schema/imila_schema.json``
(built by ``tools/build_schema.py``). This module gives typed, read-only
access to it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from app.resources import resource_path

LANGUAGES = ("es", "en", "pt", "fr")
TOTAL = "_T"


def _pick(labels: dict[str, str], lang: str) -> str:
    """Label in ``lang``, falling back to English, then Spanish, then any."""
    for key in (lang, "en", "es"):
        if labels.get(key):
            return labels[key]
    return next(iter(labels.values()), "")


@dataclass(frozen=True)
class Code:
    code: str
    kind: str  # total, region, subregion, country, historic, residual, other, native, unknown, category
    labels: dict[str, str]
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    iso3: str | None = None
    former: tuple[str, ...] = ()  # former names among the aliases ("Siam" of Thailand)

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class CodeList:
    id: str
    codes: dict[str, Code]
    patterns: tuple[str, ...] = ()
    _compiled: tuple[re.Pattern, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "_compiled", tuple(re.compile(p) for p in self.patterns))

    def get(self, code: str) -> Code | None:
        return self.codes.get(code)

    def is_valid(self, code: str) -> bool:
        """True for an enumerated code or one matching the list's patterns (AGE, ARRIVAL)."""
        if code in self.codes:
            return True
        return any(p.fullmatch(code) for p in self._compiled)

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes.values())

    def __len__(self) -> int:
        return len(self.codes)

    def children(self, code: str) -> list[Code]:
        return [c for c in self.codes.values() if c.parent == code]

    def ancestors(self, code: str) -> list[str]:
        """Parent chain of ``code`` up to (and including) ``_T``."""
        chain: list[str] = []
        current = self.codes.get(code)
        while current is not None and current.parent and current.parent not in chain:  # a cycle ends the walk
            chain.append(current.parent)
            current = self.codes.get(current.parent)
        return chain

    def label(self, code: str, lang: str = "en") -> str:
        found = self.codes.get(code)
        return found.label(lang) if found else code


@dataclass(frozen=True)
class DimensionDef:
    id: str
    codelist: str
    names: dict[str, str]
    header_words: tuple[str, ...] = ()

    def name(self, lang: str = "en") -> str:
        return _pick(self.names, lang)


@dataclass(frozen=True)
class TableDef:
    id: str
    dimensions: tuple[str, ...]
    titles: dict[str, str]
    universes: dict[str, str]
    min_age: int = 0
    population: str = "foreign_born"  # all, foreign_born, foreign_born_women, employed_foreign_born, emigrants, aged_5_plus

    def title(self, lang: str = "en") -> str:
        return _pick(self.titles, lang)

    def universe(self, lang: str = "en") -> str:
        return _pick(self.universes, lang)


@dataclass(frozen=True)
class Schema:
    version: str
    tables: dict[str, TableDef]
    dimensions: dict[str, DimensionDef]
    codelists: dict[str, CodeList]

    def table(self, table_id: str) -> TableDef:
        return self.tables[table_id]

    def dimension(self, dim_id: str) -> DimensionDef:
        return self.dimensions[dim_id]

    def codelist(self, dim_or_list_id: str) -> CodeList:
        """Code list by its own id or by the id of a dimension that uses it."""
        if dim_or_list_id in self.dimensions:
            return self.codelists[self.dimensions[dim_or_list_id].codelist]
        return self.codelists[dim_or_list_id]

    @property
    def all_dimension_ids(self) -> tuple[str, ...]:
        """Every dimension id in schema order: the observation store has one column each."""
        return tuple(self.dimensions)


def _build(raw: dict) -> Schema:
    codelists = {}
    for list_id, body in raw["codelists"].items():
        codes = {}
        for c in body.get("codes", []):
            codes[c["code"]] = Code(
                code=c["code"],
                kind=c.get("kind", "category"),
                labels=dict(c.get("label", {})),
                aliases=tuple(c.get("aliases", ())),
                parent=c.get("parent"),
                iso3=c.get("iso3"),
                former=tuple(c.get("former", ())),
            )
        codelists[list_id] = CodeList(list_id, codes, tuple(body.get("patterns", ())))
    dimensions = {
        dim_id: DimensionDef(dim_id, body["codelist"], dict(body.get("name", {})), tuple(body.get("header_words", ())))
        for dim_id, body in raw["dimensions"].items()
    }
    tables = {
        t["id"]: TableDef(
            id=t["id"],
            dimensions=tuple(t["dimensions"]),
            titles=dict(t.get("title", {})),
            universes=dict(t.get("universe", {})),
            min_age=int(t.get("min_age", 0)),
            population=t.get("population", "foreign_born"),
        )
        for t in raw["tables"]
    }
    return Schema(str(raw["schema_version"]), tables, dimensions, codelists)


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """The bundled schema (read once per process)."""
    with resource_path("schema/imila_schema.json").open(encoding="utf-8") as fh:
        return _build(json.load(fh))

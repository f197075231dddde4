"""Mapping recipes: how one source table becomes IMILA observations, as replayable JSON.

A recipe (``docs/architecture.md``) binds each source dimension to an IMILA
dimension (or ``__sum__``), gives each label a code (or ``__drop__``), names
the published total of summed dimensions and the members of national
subtotals. ``build_recipe`` proposes one from suggestions; ``apply_recipe``
turns a TidyTable into observation dicts; ``diff_recipe`` tells what a new
file of the same shape adds, so replaying a recipe asks only about new labels.
Recipes key labels by their text, never by position: a file with reordered
rows maps the same. Two stacked header levels that together describe one
IMILA dimension (INEGI's "En otra entidad o país" over "En los Estados Unidos
de América") are both bound to it; their labels are recorded under the joined
key ``"<level 1> › <level 2>"`` as ``"<label 1> › <label 2>"``.

Editing functions (``set_label_code``, ``set_binding``, ``set_sum_total``,
``set_group``) change a recipe in place and return the previous value, so the
GUI's undo stack can put it back.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from typing import Any, Callable

import pandas as pd

from app.errors import Cancelled, MappingError
from app.mapping.ages import fold_ages, parse_age
from app.mapping.binding import (
    DROP,
    PLACE_DIMS,
    SUM,
    _close,
    _pivot,
    cell_row,
    detect_total_label,
    suggest_bindings,
)
from app.mapping.matcher import (
    AUTO_ACCEPT,
    MINUS,
    NATIONAL_PREFIX,
    NATIVE,
    OTHER,
    TOTAL,
    UNKNOWN,
    Reason,
    Suggestion,
    is_total_label,
    suggest,
)
from app.mapping.normalize import normalize, strip_footnotes
from app.models.schema import Schema, load_schema

RECIPE_VERSION = 1
FOREIGN_BORN_POPULATIONS = ("foreign_born", "foreign_born_women", "employed_foreign_born")

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


@dataclass
class LabelSuggestion:
    """One row of the mapping grid: a source label, its suggested code and whether to ask the user."""

    source: str  # source dimension name
    dimension: str  # IMILA dimension id
    label: str
    code: str | None
    confidence: float
    reason: Reason
    kind: str = ""
    status: str = "accepted"  # accepted (≥ 0.9), confirm (a code to confirm), unresolved (no code)

    def reason_text(self, lang: str = "en") -> str:
        return self.reason.text(lang)

    def to_dict(self) -> dict:
        return {
            "source": self.source, "dimension": self.dimension, "label": self.label, "code": self.code,
            "confidence": self.confidence, "reason": self.reason.to_dict(), "kind": self.kind, "status": self.status,
        }


@dataclass
class RecipeDiff:
    """What a file has that the recipe does not know, and the reverse."""

    new_labels: dict[str, list[str]] = field(default_factory=dict)  # source → labels never seen
    changed_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # source → {label in file: recipe label}
    missing_labels: dict[str, list[str]] = field(default_factory=dict)  # source → recipe labels not in the file
    new_dimensions: list[str] = field(default_factory=list)
    missing_dimensions: list[str] = field(default_factory=list)
    missing_totals: dict[str, str] = field(default_factory=dict)  # source → sum_totals label not in the file

    @property
    def questions(self) -> int:
        """How many things the user must decide before the recipe applies."""
        return sum(len(v) for v in self.new_labels.values()) + len(self.new_dimensions) + len(self.missing_dimensions) + len(
            self.missing_totals
        )

    @property
    def clean(self) -> bool:
        return self.questions == 0


# ---------------------------------------------------------------------------
# Labels of a source dimension
# ---------------------------------------------------------------------------
def _status(s: Suggestion) -> str:
    if s.code is None:
        return "unresolved"
    return "accepted" if s.confidence >= AUTO_ACCEPT else "confirm"


def _source_dim(tidy, name: str):
    for dim in tidy.dimensions:
        if dim.name == name:
            return dim
    return None


def _frame_labels(tidy, name: str) -> list[str]:
    dim = _source_dim(tidy, name)
    if dim is not None and dim.labels is not None:
        labels = [str(x) for x in dim.labels]
        present = set(tidy.frame[name].astype(str).unique()) if name in tidy.frame else set(labels)
        return [x for x in labels if x in present] + sorted(present - set(labels))
    return list(dict.fromkeys(tidy.frame[name].astype(str).tolist()))


LEVEL_JOIN = " › "  # joins the header levels that describe one IMILA dimension together


def joint_name(sources: list[str]) -> str:
    """Key of ``recipe["labels"]`` for the source dimensions bound together to one IMILA dimension."""
    return LEVEL_JOIN.join(sources)


def _targets(tidy_names: list[str], bindings: dict[str, str]) -> dict[str, list[str]]:
    """IMILA dimension → its source dimensions, in the table's order (several for stacked header levels)."""
    order = {name: i for i, name in enumerate(tidy_names)}
    out: dict[str, list[str]] = {}
    for source in sorted(bindings, key=lambda n: order.get(n, len(order))):
        target = bindings[source]
        if target not in (SUM, DROP):
            out.setdefault(target, []).append(source)
    return out


def _joint_column(frame: pd.DataFrame, sources: list[str]) -> pd.Series:
    if len(sources) == 1:
        return frame[sources[0]].astype(str)
    columns = [frame[source].astype(str).tolist() for source in sources]
    return pd.Series([LEVEL_JOIN.join(parts) for parts in zip(*columns)], index=frame.index, dtype=object)


def _joint_labels(tidy, sources: list[str]) -> list[str]:
    if len(sources) == 1:
        return _frame_labels(tidy, sources[0])
    return list(dict.fromkeys(_joint_column(tidy.frame, sources).tolist()))


def _rows_of(tidy, source: str, labels: list[str]) -> tuple[int | None, int | None]:
    frame = tidy.frame
    if "cell" not in frame:
        return None, None
    rows = [cell_row(c) for c in frame.loc[frame[source].isin(labels), "cell"]]
    rows = [r for r in rows if r is not None]
    return (min(rows), max(rows)) if rows else (None, None)


def subtotal_members(
    tidy, source: str, label: str, pivot: pd.DataFrame | None = None, tolerance: float = 0.0
) -> list[str] | None:
    """The labels directly after ``label`` whose sum equals it in every cell, or None.

    ``tolerance`` is the share of cells allowed to disagree: a grouping known
    by its name keeps its members when one cell has an error, which the
    additivity check then reports.
    """
    labels = _frame_labels(tidy, source)
    if label not in labels:
        return None
    if pivot is None:
        others = [d.name for d in tidy.dimensions if d.name != source]
        pivot = _pivot(tidy.frame, source, others)
    if label not in pivot.columns:
        return None
    target = pivot[label]
    mask = target.notna()
    if not mask.any():
        return None
    acc = pd.Series(0.0, index=pivot.index)
    start = labels.index(label)
    for j in range(start + 1, len(labels)):
        nxt = labels[j]
        if nxt not in pivot.columns:
            return None
        acc = acc + pivot[nxt].fillna(0.0)
        cells = int(mask.sum())
        equal = sum(_close(a, b) for a, b in zip(acc[mask], target[mask]))
        if equal >= cells * (1.0 - tolerance) and equal > 0:
            members = labels[start + 1 : j + 1]
            return members if len(members) >= 2 else None
        if int(((acc[mask] - target[mask]) > 0.5).sum()) > cells * tolerance:
            return None
    return None


# ---------------------------------------------------------------------------
# Suggestions for the labels of one source dimension
# ---------------------------------------------------------------------------
def suggest_labels(
    tidy, source: str, target: str, table_id: str, memory=None, schema: Schema | None = None
) -> tuple[dict[str, Suggestion], dict[str, list[str]]]:
    """Codes for every label of ``source`` bound to ``target`` in ``table_id``, and national groups found.

    Beyond ``matcher.suggest`` this knows the table: ages fold into five-year
    groups where they nest exactly, native-born rows leave foreign-born
    tables (with the totals and not-stated rows that include them), and
    national groupings get their members by arithmetic.
    """
    schema = schema or load_schema()
    table = schema.table(table_id)
    labels = _frame_labels(tidy, source)
    result: dict[str, Suggestion] = {label: suggest(target, label, memory=memory, schema=schema) for label in labels}
    groups: dict[str, list[str]] = {}

    if target == "AGE":
        folded = fold_ages(labels)
        below = table.min_age or 0
        for label in labels:
            current = result[label]
            if current.reason.key == "memory":
                continue
            code = folded.get(label)
            if code and code != current.code and schema.codelist("AGE").is_valid(code):
                result[label] = Suggestion(code, 1.0, Reason.of("age_folded", group=code))
        if below:
            for label in labels:
                parsed = parse_age(label)
                if parsed is not None and parsed.interval is not None and parsed.interval.high is not None \
                        and parsed.interval.high < below and result[label].reason.key != "memory":
                    result[label] = Suggestion(DROP, 0.95, Reason.of("not_in_universe", table=table_id))

    if target == "RES5":
        _abroad_alone(result)

    if target == "NATIVITY":
        _drop_foreign_breakdown(tidy, source, result)

    if target in PLACE_DIMS:
        codes = {label: s.code for label, s in result.items()}
        if table.population in FOREIGN_BORN_POPULATIONS and NATIVE in codes.values():
            # The source counts everyone: natives, its total and its not-stated rows are outside this table.
            # The foreign-born row whose countries follow and add up to it ("Nacidos en otro país") is this
            # table's own total.
            foreign_total = _foreign_total_row(tidy, source, result, schema)
            for label, s in result.items():
                if label == foreign_total:
                    result[label] = Suggestion(TOTAL, 0.95, Reason.of("foreign_total"))
                elif s.code in (NATIVE, TOTAL, UNKNOWN) and s.reason.key != "memory":
                    result[label] = Suggestion(DROP, 0.95, Reason.of("not_in_universe", table=table_id))
        pivot = None
        for label, s in list(result.items()):
            national = s.code is not None and s.code.startswith(NATIONAL_PREFIX)
            doubtful = s.code is None or (s.confidence < AUTO_ACCEPT and s.reason.key != "memory")
            if not (national or doubtful):
                continue
            if pivot is None:
                others = [d.name for d in tidy.dimensions if d.name != source]
                pivot = _pivot(tidy.frame, source, others)
            members = subtotal_members(tidy, source, label, pivot, tolerance=0.2 if national else 0.0)
            if not members:
                continue
            first, last = _rows_of(tidy, source, members)
            code = s.code if national else NATIONAL_PREFIX + strip_footnotes(label)
            confidence = 0.95 if national else 0.8
            if s.reason.key == "memory":
                confidence = s.confidence
            result[label] = Suggestion(code, confidence, Reason.of("arithmetic", first=first or "?", last=last or "?"), "national")
            member_codes = [result[m].code for m in members if result[m].code and not result[m].code.startswith("__")]
            groups[code] = member_codes
    return result, groups


def _drop_foreign_breakdown(tidy, source: str, result: dict[str, Suggestion]) -> None:
    """Countries listed under the foreign-born row they add up to are that row's breakdown, not more foreign-born.

    DANE's and the Barbados Statistical Service's "Lugar de nacimiento" lists
    "Nacidos en otro país" (or "Born outside Barbados") and then its
    countries: in T00 the row is F and the countries below it, whose sum it is
    in every cell, leave the table.
    """
    pivot = None
    for label, s in list(result.items()):
        if s.code != "F" or s.reason.key in ("memory", "foreign_country", "foreign"):
            continue
        if pivot is None:
            others = [d.name for d in tidy.dimensions if d.name != source]
            pivot = _pivot(tidy.frame, source, others)
        members = subtotal_members(tidy, source, label, pivot)
        if not members or not all(result[m].code == "F" and result[m].reason.key in ("foreign_country", "foreign")
                                  for m in members):
            continue
        for m in members:
            result[m] = Suggestion(DROP, 0.95, Reason.of("subtotal_dropped"))


def _foreign_total_row(tidy, source: str, result: dict[str, Suggestion], schema: Schema) -> str | None:
    """The one label naming all the foreign-born whose following rows are countries that add up to it, or None."""
    candidates = [label for label, s in result.items() if s.code == TOTAL and s.reason.key == "foreign_total"]
    if len(candidates) != 1:
        return None
    label = candidates[0]
    members = subtotal_members(tidy, source, label)
    if not members:
        return None
    for m in members:
        code = result[m].code
        if code in (None, NATIVE, TOTAL, UNKNOWN, DROP) or code.startswith("__") or result[m].confidence < AUTO_ACCEPT:
            return None
    return label


def _abroad_alone(result: dict[str, Suggestion]) -> None:
    """An "abroad" column is the other countries when it is the only foreign residence the table lists."""
    abroad = [label for label, s in result.items() if s.reason.key == "abroad"]
    known = (NATIVE, TOTAL, UNKNOWN, DROP, MINUS)
    alone = len(abroad) == 1 and all(
        s.code in known for label, s in result.items() if label not in abroad
    )
    if alone:
        label = abroad[0]
        result[label] = Suggestion(OTHER, 0.95, Reason.of("abroad_alone"))


def suggest_level_labels(
    tidy, sources: list[str], target: str, table_id: str, memory=None, schema: Schema | None = None
) -> dict[str, Suggestion]:
    """Codes for label pairs of stacked header levels ("En la entidad › Total").

    A parent that is a category by itself ("En la entidad" → NAT) takes its
    "Total" child and leaves out the breakdown below it; a parent that is
    not ("En otra entidad o país") leaves out its "Total" and lets each child
    speak ("En los Estados Unidos de América" → 840). A header spanning the
    levels ("No especificado › No especificado") is read once.
    """
    from app.mapping.matcher import is_total_label

    schema = schema or load_schema()
    table = schema.table(table_id)
    combos = _joint_labels(tidy, sources)
    parts_of = {combo: combo.split(LEVEL_JOIN) for combo in combos}
    parents: dict[str, Suggestion] = {}
    result: dict[str, Suggestion] = {}
    for combo, parts in parts_of.items():
        if memory is not None:
            remembered = suggest(target, combo, memory=memory, schema=schema)
            if remembered.reason.key == "memory":
                result[combo] = remembered
                continue
        distinct = list(dict.fromkeys(p for p in parts if p != ""))
        if len(distinct) <= 1:
            result[combo] = suggest(target, distinct[0] if distinct else "", schema=schema)
            continue
        parent, child = parts[0], parts[-1]
        if parent not in parents:
            parents[parent] = suggest(target, parent, schema=schema)
        p = parents[parent]
        definite = p.code is not None and p.confidence >= AUTO_ACCEPT
        if is_total_label(child):
            result[combo] = p if definite else Suggestion(DROP, 0.95, Reason.of("subtotal_dropped"))
        elif definite:
            has_total = any(is_total_label(q[-1]) and q[0] == parent for q in parts_of.values())
            if has_total:
                result[combo] = Suggestion(DROP, 0.95, Reason.of("subtotal_dropped"))
            else:
                result[combo] = Suggestion(p.code, p.confidence, p.reason, p.kind)
        else:
            result[combo] = suggest(target, child, schema=schema)
    if target == "RES5":
        _abroad_alone(result)
    if target in PLACE_DIMS and table.population in FOREIGN_BORN_POPULATIONS:
        codes = {s.code for s in result.values()}
        if NATIVE in codes:
            for combo, sug in result.items():
                if sug.code in (NATIVE, TOTAL, UNKNOWN) and sug.reason.key != "memory":
                    result[combo] = Suggestion(DROP, 0.95, Reason.of("not_in_universe", table=table_id))
    return result


def _rows(source: str, target: str, suggestions: dict[str, Suggestion]) -> list[LabelSuggestion]:
    return [
        LabelSuggestion(source, target, label, s.code, s.confidence, s.reason, s.kind, _status(s))
        for label, s in suggestions.items()
    ]


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
def build_recipe(
    tidy,
    table_id: str,
    memory=None,
    schema: Schema | None = None,
    *,
    name: str | None = None,
    import_settings: dict | None = None,
    bindings: dict[str, str] | None = None,
) -> tuple[dict, list[LabelSuggestion]]:
    """A recipe for ``tidy`` → ``table_id`` from the suggestions, and every label's suggestion row.

    Labels with no suggestion stay out of ``recipe["labels"]`` (status
    ``unresolved``); ``apply_recipe`` refuses the recipe until they get a code.
    ``bindings`` overrides the suggested bindings.
    """
    schema = schema or load_schema()
    if table_id not in schema.tables:
        raise MappingError("mapping.unknown_table", table=table_id, tables=", ".join(schema.tables))
    if bindings is None:
        guesses = suggest_bindings(tidy, table_id, memory=memory, schema=schema)
        bindings = {source: guess.target for source, guess in guesses.items()}
    recipe: dict[str, Any] = {
        "recipe_version": RECIPE_VERSION,
        "name": name or f"{tidy.name} → {table_id}",
        "import": dict(import_settings or {"sheet": tidy.name}),
        "table": table_id,
        "bindings": dict(bindings),
        "labels": {},
        "groups": {},
        "sum_totals": {},
    }
    rows: list[LabelSuggestion] = []
    for source, target in bindings.items():
        if target == SUM:
            label, reason = detect_total_label(tidy, source)
            if label is not None:
                recipe["sum_totals"][source] = label
    for target, sources in _targets([d.name for d in tidy.dimensions], bindings).items():
        key = joint_name(sources)
        if len(sources) == 1:
            suggestions, groups = suggest_labels(tidy, sources[0], target, table_id, memory, schema)
        else:
            suggestions, groups = suggest_level_labels(tidy, sources, target, table_id, memory, schema), {}
        recipe["labels"][key] = {label: s.code for label, s in suggestions.items() if s.code is not None}
        if groups:
            recipe["groups"].setdefault(target, {}).update(groups)
        rows.extend(_rows(key, target, suggestions))
    return recipe, rows


def extend_recipe(recipe: dict, tidy, memory=None, schema: Schema | None = None) -> tuple[dict, list[LabelSuggestion]]:
    """A copy of ``recipe`` completed for ``tidy``: changed labels keep their code, new ones are suggested.

    Returns the new recipe and suggestion rows for the new labels only — the
    questions replaying the recipe on this file raises.
    """
    schema = schema or load_schema()
    validate_recipe(recipe, schema)
    out = copy.deepcopy(recipe)
    out.setdefault("groups", {})
    out.setdefault("sum_totals", {})
    diff = diff_recipe(recipe, tidy)
    rows: list[LabelSuggestion] = []
    table_id = out["table"]
    names = [d.name for d in tidy.dimensions]
    if diff.new_dimensions:
        guesses = suggest_bindings(tidy, table_id, memory=memory, schema=schema)
        for source in diff.new_dimensions:
            out["bindings"][source] = guesses[source].target
    for source in diff.missing_dimensions:
        out["bindings"].pop(source, None)
        out["sum_totals"].pop(source, None)
        for key in [k for k in out["labels"] if source in k.split(LEVEL_JOIN)]:
            out["labels"].pop(key)
    for key, mapping in diff.changed_labels.items():
        for label, old in mapping.items():
            out["labels"][key][label] = out["labels"][key][old]
    for source, target in out["bindings"].items():
        if target == SUM and (source in diff.missing_totals or source in diff.new_dimensions):
            label, _ = detect_total_label(tidy, source)
            if label is not None:
                out["sum_totals"][source] = label
            else:
                out["sum_totals"].pop(source, None)
    for target, sources in _targets(names, out["bindings"]).items():
        key = joint_name(sources)
        present = _joint_labels(tidy, sources)
        new = set(diff.new_labels.get(key, ()))
        if key not in out["labels"]:
            new |= set(present)
        if not new:
            continue
        if len(sources) == 1:
            suggestions, groups = suggest_labels(tidy, sources[0], target, table_id, memory, schema)
        else:
            suggestions, groups = suggest_level_labels(tidy, sources, target, table_id, memory, schema), {}
        labels = out["labels"].setdefault(key, {})
        for label in present:
            if label in new:
                sug = suggestions[label]
                if sug.code is not None:
                    labels[label] = sug.code
                rows.extend(_rows(key, target, {label: sug}))
        for code, members in groups.items():
            if code in labels.values() and code not in out["groups"].get(target, {}):
                out["groups"].setdefault(target, {})[code] = members
    return out, rows


# ---------------------------------------------------------------------------
# Validation and diff
# ---------------------------------------------------------------------------
def validate_recipe(recipe: dict, schema: Schema | None = None) -> None:
    """Raise ``MappingError`` when the recipe is not one this application can apply."""
    schema = schema or load_schema()
    if not isinstance(recipe, dict):
        raise MappingError("mapping.bad_recipe", detail="not an object")
    version = recipe.get("recipe_version")
    if not isinstance(version, int):
        raise MappingError("mapping.bad_recipe", detail="recipe_version")
    if version > RECIPE_VERSION:
        raise MappingError("mapping.recipe_too_new", found=version, supported=RECIPE_VERSION)
    table_id = recipe.get("table")
    if table_id not in schema.tables:
        raise MappingError("mapping.unknown_table", table=str(table_id), tables=", ".join(schema.tables))
    for key in ("bindings", "labels"):
        if not isinstance(recipe.get(key), dict):
            raise MappingError("mapping.bad_recipe", detail=key)
    table_dims = schema.table(table_id).dimensions
    for source, target in recipe["bindings"].items():
        if target not in (SUM, DROP) and target not in table_dims:
            raise MappingError("mapping.unknown_dimension", table=table_id, dimension=str(target), source=source)
    for key, labels in recipe["labels"].items():
        target = _label_target(recipe, key)
        if target in (None, SUM, DROP):
            continue
        if not isinstance(labels, dict):
            raise MappingError("mapping.bad_recipe", detail=f"labels of {key}")
        codelist = schema.codelist(target)
        for label, code in labels.items():
            if code in (DROP, MINUS) or codelist.is_valid(code):
                continue
            if target in PLACE_DIMS and isinstance(code, str) and code.startswith(NATIONAL_PREFIX) and len(code) > 2:
                continue
            raise MappingError("mapping.invalid_code", code=str(code), label=label, dimension=target)


def _label_target(recipe: dict, key: str) -> str | None:
    """IMILA dimension of a ``recipe["labels"]`` key (one source or several joined levels)."""
    bindings = recipe.get("bindings", {})
    if key in bindings:
        return bindings[key]
    targets = {bindings.get(part) for part in key.split(LEVEL_JOIN)}
    return targets.pop() if len(targets) == 1 else None


def _label_lookup(known: dict[str, str]) -> dict[str, str]:
    """Normalised label → recipe label (first wins), to recognise "Ignorado(1)" as "Ignorado(2)"."""
    out: dict[str, str] = {}
    for label in known:
        out.setdefault(normalize(label), label)
    return out


def diff_recipe(recipe: dict, tidy) -> RecipeDiff:
    """What applying ``recipe`` to ``tidy`` would have to ask.

    Labels are compared by text; a label whose normalised form matches a
    known one ("IGNORADO(2)" for "Ignorado(1)") is *changed* and keeps its
    code; anything else is *new*.
    """
    diff = RecipeDiff()
    names = [d.name for d in tidy.dimensions]
    bindings = recipe.get("bindings", {})
    for name in names:
        if name not in bindings and len(_frame_labels(tidy, name)) > 1:
            diff.new_dimensions.append(name)
    for source in bindings:
        if source not in names:
            diff.missing_dimensions.append(source)
    for source, target in bindings.items():
        if target == SUM and source in names:
            total = recipe.get("sum_totals", {}).get(source)
            present = _frame_labels(tidy, source)
            if total is not None and total not in present and normalize(total) not in {normalize(x) for x in present}:
                diff.missing_totals[source] = total
    for target, sources in _targets(names, bindings).items():
        if any(source not in names for source in sources):
            continue
        key = joint_name(sources)
        present = _joint_labels(tidy, sources)
        known = recipe.get("labels", {}).get(key, {})
        lookup = _label_lookup(known)
        for label in present:
            if label in known:
                continue
            old = lookup.get(normalize(label))
            if old is not None:
                diff.changed_labels.setdefault(key, {})[label] = old
            else:
                diff.new_labels.setdefault(key, []).append(label)
        matched = set(present) | set(diff.changed_labels.get(key, {}).values())
        missing = [label for label in known if label not in matched]
        if missing:
            diff.missing_labels[key] = missing
    return diff


# ---------------------------------------------------------------------------
# Applying
# ---------------------------------------------------------------------------
def _combine(values: list[float], flags: list[str]) -> tuple[float | None, str]:
    """Sum of N cells with their flags: any C → C, any E → E; signs without a number stay empty."""
    present = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    missing_flags = [f for v, f in zip(values, flags) if v is None or (isinstance(v, float) and math.isnan(v))]
    flagset = set(flags)
    if "C" in flagset:
        return (None if missing_flags else float(sum(present))), "C"
    if any(f in ("M", "C", "A", "E") for f in missing_flags):
        return None, "M"
    if not present:
        return None, (flags[0] if flags else "M")
    return float(sum(present)), ("E" if "E" in flagset else "A")


def apply_recipe(
    tidy,
    recipe: dict,
    schema: Schema | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> list[dict]:
    """Observation dicts of ``recipe["table"]`` from ``tidy``.

    Every dimension of the target table gets a code (``_T`` where unbound);
    labels mapping to one code are summed with their lineage joined by
    ``+``; summed dimensions keep only their published total where
    ``sum_totals`` names one. Raises ``MappingError`` for unbound source
    dimensions, labels without a code, or a total that is not in the file.
    """
    schema = schema or load_schema()
    validate_recipe(recipe, schema)
    table_id = recipe["table"]
    table_dims = list(schema.table(table_id).dimensions)
    bindings: dict[str, str] = recipe["bindings"]
    names = [d.name for d in tidy.dimensions]
    frame = tidy.frame
    if progress:
        progress(0.0, "mapping")

    for source in bindings:
        if source not in names:
            raise MappingError("mapping.missing_source_dimension", source=source, name=recipe.get("name", ""))
    keep = pd.Series(True, index=frame.index)
    for name in names:
        if name not in bindings and len(_frame_labels(tidy, name)) > 1:
            raise MappingError("mapping.unbound_dimension", source=name)

    code_columns: dict[str, pd.Series] = {}
    minus_dims: list[str] = []
    for source, target in bindings.items():
        if target == SUM:
            column = frame[source].astype(str)
            total = recipe.get("sum_totals", {}).get(source)
            if total is not None:
                present = set(column.unique())
                if total not in present:
                    by_norm = {normalize(x): x for x in present}
                    if normalize(total) not in by_norm:
                        raise MappingError("mapping.total_label_missing", label=total, source=source)
                    total = by_norm[normalize(total)]
                keep &= column == total
    for target, sources in _targets(names, bindings).items():
        source = joint_name(sources)
        column = _joint_column(frame, sources)
        known = recipe["labels"].get(source, {})
        lookup = _label_lookup(known)
        mapping: dict[str, str] = {}
        unmapped: list[str] = []
        for label in column.unique():
            code = known.get(label)
            if code is None:
                old = lookup.get(normalize(label))
                code = known.get(old) if old is not None else None
            if not code:
                unmapped.append(label)
            else:
                mapping[label] = code
        if unmapped:
            shown = ", ".join(f"“{x}”" for x in unmapped[:8]) + (" …" if len(unmapped) > 8 else "")
            raise MappingError("mapping.unmapped_labels", source=source, count=len(unmapped), labels=shown)
        codes = column.map(mapping)
        keep &= codes != DROP
        code_columns[target] = codes
        if (codes == MINUS).any():
            minus_dims.append(target)
    if cancelled and cancelled():
        raise Cancelled()

    _refuse_repeated_labels(frame, names, keep)

    data = pd.DataFrame(index=frame.index)
    for dim_id in table_dims:
        data[dim_id] = code_columns[dim_id] if dim_id in code_columns else TOTAL
    data["value"] = pd.to_numeric(frame["value"], errors="coerce") if "value" in frame else float("nan")
    data["flag"] = frame["flag"].astype(str) if "flag" in frame else "A"
    data["cell"] = frame["cell"].astype(str) if "cell" in frame else ""
    data = data[keep]
    for dim_id in minus_dims:
        data = _subtract_outside(data, dim_id, table_dims)

    groups = recipe.get("groups", {})
    observations: list[dict] = []
    grouped = data.groupby(table_dims, sort=False, dropna=False)
    count = max(grouped.ngroups, 1)
    for index, (key, part) in enumerate(grouped):
        if cancelled and index % 500 == 0 and cancelled():
            raise Cancelled()
        key = key if isinstance(key, tuple) else (key,)
        values = part["value"].tolist()
        flags = part["flag"].tolist()
        if len(part) == 1:
            value = values[0]
            value = None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)
            flag = flags[0] or "A"
        else:
            value, flag = _combine(values, flags)
        obs: dict[str, Any] = {"table_id": table_id}
        kind = ""
        members: list[str] = []
        for dim_id, code in zip(table_dims, key):
            obs[dim_id] = code
            if isinstance(code, str) and code.startswith(NATIONAL_PREFIX):
                kind = "national"
                members = list(groups.get(dim_id, {}).get(code, []))
        obs.update(
            value=value,
            flag=flag,
            kind=kind,
            members=members,
            lineage="+".join(c for c in part["cell"].tolist() if c),
        )
        observations.append(obs)
        if progress and index % 500 == 0:
            progress(index / count, "mapping")
    if progress:
        progress(1.0, "mapping")
    return observations


def _refuse_repeated_labels(frame: pd.DataFrame, names: list[str], keep: pd.Series) -> None:
    """Two cells of the same categories ("Paraguay" twice, with different figures) are a question, never a sum."""
    if not names or not keep.any():
        return
    kept = frame.loc[keep, names]
    repeated = kept.duplicated(keep=False)
    if not repeated.any():
        return
    first = kept[repeated].iloc[0]
    same = (kept[repeated] == first).all(axis=1)
    index = kept[repeated][same].index
    cells = frame.loc[index, "cell"].astype(str).tolist() if "cell" in frame else []
    values = frame.loc[index, "value"].tolist() if "value" in frame else []
    shown = ", ".join(f"{c} ({format_value(v)})" for c, v in zip(cells, values)) or str(len(index))
    label = next((str(first[n]) for n in names if str(first[n]) and not is_total_label(str(first[n]))),
                 " · ".join(str(first[n]) for n in names))
    raise MappingError("mapping.duplicate_labels", label=label, count=len(index), cells=shown)


def format_value(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return "–"
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"


def _subtract_outside(data: pd.DataFrame, dim_id: str, table_dims: list[str]) -> pd.DataFrame:
    """Cells coded ``MINUS`` (persons not yet born five years earlier) leave the table and their published
    total: the ``_T`` cell beside each becomes the total of the table's universe, its lineage says so."""
    minus = data[data[dim_id] == MINUS]
    rest = data[data[dim_id] != MINUS].copy()
    others = [d for d in table_dims if d != dim_id]
    if minus.empty:
        return rest
    sub = minus.groupby(others, sort=False, dropna=False).agg(value=("value", "sum"), cell=("cell", lambda c: "+".join(c)))
    totals = rest[rest[dim_id] == TOTAL]
    for index, row in totals.iterrows():
        key = tuple(row[d] for d in others)
        key = key if len(key) > 1 else key[0]
        if key in sub.index:
            part = sub.loc[key]
            rest.at[index, "value"] = row["value"] - part["value"]
            rest.at[index, "cell"] = f"{row['cell']}−({part['cell']})"
    return rest


def cell_accounting(tidy, recipe: dict, observations: list[dict]) -> dict[str, int]:
    """Where the source's cells went under ``recipe``: read, written, set aside, kept as a total, outside, folded."""
    frame = tidy.frame
    aside = int(tidy.layout.get("set_aside_cells", 0) or 0)
    in_sum = pd.Series(True, index=frame.index)
    for source, target in recipe.get("bindings", {}).items():
        total = recipe.get("sum_totals", {}).get(source)
        if target == SUM and total is not None and source in frame:
            column = frame[source].astype(str)
            in_sum &= column.map(normalize) == normalize(total)
    dropped = pd.Series(False, index=frame.index)
    names = [d.name for d in tidy.dimensions]
    for target, sources in _targets(names, recipe.get("bindings", {})).items():
        known = recipe.get("labels", {}).get(joint_name(sources), {})
        codes = _joint_column(frame, sources).map(lambda x: known.get(x))
        dropped |= codes == DROP
    kept = int((in_sum & ~dropped).sum())
    table_dims = load_schema().table(recipe["table"]).dimensions
    split = [d for d in table_dims if any(o.get(d) not in (None, "", TOTAL) for o in observations)]
    return {
        "read": len(frame) + aside,
        "written": len(observations),
        "set_aside": aside,
        "summed_total": int((~in_sum).sum()),
        "outside": int((in_sum & dropped).sum()),
        "folded": max(0, kept - len(observations)),
        "published_totals": sum(1 for o in observations if any(o.get(d) == TOTAL for d in split)),
    }


# ---------------------------------------------------------------------------
# Editing (undo-friendly: each returns the previous value)
# ---------------------------------------------------------------------------
def set_label_code(recipe: dict, source: str, label: str, code: str | None) -> str | None:
    """Give ``label`` of source dimension ``source`` a code (None removes it); returns the previous code."""
    labels = recipe.setdefault("labels", {}).setdefault(source, {})
    previous = labels.get(label)
    if code is None:
        labels.pop(label, None)
    else:
        labels[label] = code
    return previous


def set_binding(recipe: dict, source: str, target: str | None) -> str | None:
    """Bind a source dimension to an IMILA dimension, ``__sum__`` or nothing (None); returns the previous one."""
    bindings = recipe.setdefault("bindings", {})
    previous = bindings.get(source)
    if target is None:
        bindings.pop(source, None)
    else:
        bindings[source] = target
    return previous


def set_sum_total(recipe: dict, source: str, label: str | None) -> str | None:
    """Name the published total of a summed dimension (None: sum every label); returns the previous one."""
    totals = recipe.setdefault("sum_totals", {})
    previous = totals.get(source)
    if label is None:
        totals.pop(source, None)
    else:
        totals[source] = label
    return previous


def set_group(recipe: dict, dimension: str, code: str, members: list[str] | None) -> list[str] | None:
    """Set the member codes of a national subtotal (None removes it); returns the previous members."""
    groups = recipe.setdefault("groups", {}).setdefault(dimension, {})
    previous = groups.get(code)
    if members is None:
        groups.pop(code, None)
    else:
        groups[code] = list(members)
    return None if previous is None else list(previous)


def remember_recipe(recipe: dict, memory, origin: str) -> int:
    """Teach the mapping memory every confirmed label code of ``recipe``; returns how many."""
    items = []
    for source, labels in recipe.get("labels", {}).items():
        target = recipe.get("bindings", {}).get(source)
        if target in (None, SUM, DROP):
            continue  # joined header levels: their labels only mean something together
        for label, code in labels.items():
            if code and not code.startswith("__"):
                items.append((target, label, code))
    return memory.remember_many(items, origin=origin)


# The kinds of question a label that needs the user asks, in the order the Map page shows them.
QUESTION_KINDS = ("aggregate", "residual", "country", "none", "other")
_QUESTION_OF_CODE_KIND = {
    "total": "aggregate", "region": "aggregate", "subregion": "aggregate",
    "residual": "residual", "other": "residual",
    "country": "country", "historic": "country", "native": "country",
}


def question_kind(dimension: str, code: str | None, kind: str = "", schema: Schema | None = None) -> str:
    """What a label that needs the user asks, from the code offered for it.

    ``aggregate``: is it the total, or a region that sums countries? ``residual``:
    others of a region, or "other countries"? ``country``: which country (a
    former name, a typing slip, a qualifier)? ``none``: nothing was offered.
    ``other``: not stated, a category of another dimension.
    """
    if kind == "national":
        return "aggregate"
    if not code:
        return "none"
    schema = schema or load_schema()
    try:
        entry = schema.codelist(dimension).get(code)
    except KeyError:
        return "other"
    if entry is None:
        return "other"
    return _QUESTION_OF_CODE_KIND.get(entry.kind, "other")


def unresolved(rows: list[LabelSuggestion]) -> list[LabelSuggestion]:
    """Rows that need the user: a code to confirm or none at all."""
    return [row for row in rows if row.status != "accepted"]


def dumps(recipe: dict) -> str:
    return json.dumps(recipe, ensure_ascii=False, indent=1, sort_keys=False)


def loads(text: str, schema: Schema | None = None) -> dict:
    try:
        recipe = json.loads(text)
    except ValueError as exc:
        raise MappingError("mapping.bad_recipe", detail=str(exc)) from exc
    validate_recipe(recipe, schema)
    return recipe

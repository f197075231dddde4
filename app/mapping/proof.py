"""Is an automatic write proven?  The rule every ``import --auto`` obeys.

An automatic import writes a table only when three things hold:

1. **Words.** The words of the table's title and headers name what the IMILA
   table is about: its topic dimension (country of birth for T01, marital
   status for T02, period of arrival for T04 …). Labels alone never decide a
   topic: a list of countries may be countries of birth, of residence five
   years earlier or of nationality, and only the words say which. The table
   suggestion must also reach ``AUTO_TABLE_CONFIDENCE`` and stand clear of
   any other table the words support.
2. **Totals.** Every total the source publishes reconciles with its parts
   under the chosen bindings (the additivity checks on the cells the
   mapping would write, within rounding), no two labels of one dimension
   become one code unless they fold (single years into five-year groups),
   and a dimension summed over hides no total of its own.
3. **Labels.** Every label has a confident code (``plan_mapping`` asks about
   the others).

Otherwise nothing is written and the reasons become the questions a person
answers. Qt-free; used by the CLI, the import wizard and the Map page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from app.mapping.binding import _FOREIGN_BORN_WORDS, SUM, TableSuggestion, _close, _pivot, detect_total_label
from app.mapping.matcher import Reason
from app.mapping.normalize import normalize
from app.models.schema import Schema, load_schema

# A table suggestion below this confidence is never applied without a person (tests/mapping/test_proof.py).
AUTO_TABLE_CONFIDENCE = 0.35
# Two tables the words support whose confidences are this close: a person chooses.
AMBIGUOUS_MARGIN = 0.05

# Extra words for topics the schema's header words miss in titles ("… según lugar de residencia en marzo de 2015").
_TOPIC_PATTERNS = {
    "RES5": re.compile(r"\b(residencia|residencia habitual|residence|residencia|woonplaats)\b.*\b(hace|ago|ha|il y a|"
                       r"antes|before|auparavant|geleden|en (enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                       r"septiembre|octubre|noviembre|diciembre) de|em \d{1,2} de|in \d{4}|en \d{4}|em \d{4})\b"),
    "ARRIVAL": re.compile(r"\b(llegada|llego|chegada|arrivee|arrival|arrived|settlement|settled|vestiging|aankomst|"
                          r"immigratie)\b"),
    "DEPART": re.compile(r"\b(partida|salida|partio|saida|depart|departure|left|vertrek)\b"),
    "NATIVITY": re.compile(r"\b(condicion de (nacimiento|migra\w*|nativ\w*)|nativ\w*|lugar de nacimiento|"
                           r"local de nascimento|place of birth|lieu de naissance|geboorteland|geboorteplaats|"
                           r"nacidos en (el pais|el extranjero)|born (in|abroad|outside)|geboren)\b"),
    "COR": re.compile(r"\b(emigrantes?|emigrants?|emigres?|miembros? .*exterior|members? .*abroad|"
                      r"residen(te|tes|cia) en el exterior)\b"),
}


def _has_words(text: str, words) -> str | None:
    padded = f" {normalize(text)} "
    for word in words:
        norm = normalize(word)
        if norm and f" {norm} " in padded:
            return word
    return None


def topic_dimensions(table_id: str, schema: Schema | None = None) -> list[str]:
    """The dimensions the words of a source must name for it to feed ``table_id`` (T01 → COB, T04 → ARRIVAL …)."""
    schema = schema or load_schema()
    dims = [d for d in schema.table(table_id).dimensions if d not in ("SEX", "AGE")]
    if len(dims) > 1 and "COB" in dims:
        dims.remove("COB")
    if table_id == "T11":
        dims = ["COR"]
    return dims


def source_text(tidy) -> str:
    """Title and headers of a source, one line each: the words a proof may rely on."""
    parts = [tidy.title or "", tidy.name or ""]
    for dim in tidy.dimensions:
        parts.append(dim.name)
        if dim.role in ("column", "block") or str(dim.name).startswith("Columna"):
            parts.extend(str(x) for x in dim.labels)
    return "\n".join(p for p in parts if p)


def topic_word(tidy, dim_id: str, schema: Schema | None = None) -> str | None:
    """The word of the title or headers that names IMILA dimension ``dim_id``, or None."""
    schema = schema or load_schema()
    text = source_text(tidy)
    word = _has_words(text, schema.dimensions[dim_id].header_words)
    if word:
        return word
    if dim_id == "COB":
        word = _has_words(text, _FOREIGN_BORN_WORDS)
        if word:
            return word
    pattern = _TOPIC_PATTERNS.get(dim_id)
    if pattern is not None:
        match = pattern.search(normalize(text))
        if match:
            return match.group(0)
    return None


_NOT_TOPICS = ("SEX", "AGE", "COB", "NATIVITY")


def other_topics(tidy, table_id: str, schema: Schema | None = None) -> list[tuple[str, str]]:
    """Topic dimensions of other tables that the source's words name but ``table_id`` lacks ("Estado civil" for T01)."""
    schema = schema or load_schema()
    dims = set(schema.table(table_id).dimensions)
    out = []
    for dim_id in schema.dimensions:
        if dim_id in dims or dim_id in _NOT_TOPICS or (dim_id == "DEPART" and "ARRIVAL" in dims):
            continue
        if dim_id == "COR" and "RES5" in dims:
            continue
        word = topic_word(tidy, dim_id, schema)
        if word:
            out.append((dim_id, word))
    return out


@dataclass
class TableProof:
    """Whether one table suggestion may be written without a person, and why (or why not)."""

    table_id: str
    confidence: float
    words: dict[str, str | None] = field(default_factory=dict)  # topic dimension → the word that names it
    problems: list[Reason] = field(default_factory=list)
    reconciled: int = 0  # published totals compared with their parts
    findings: list = field(default_factory=list)  # the additivity errors behind a "proof_totals" problem

    @property
    def proven(self) -> bool:
        return not self.problems

    def summary(self, tidy, lang: str = "en") -> str:
        """One line saying what proved the write: the words that name the table and the totals reconciled."""
        from app.models.messages import message

        words = [topic_word(tidy, d) for d in topic_dimensions(self.table_id)]
        shown = ", ".join(f"“{w}”" for w in words if w) or "-"
        return message("mapping.proof.proven", lang, table=self.table_id, words=shown, totals=self.reconciled)

    def lines(self, lang: str = "en") -> list[str]:
        out = [p.text(lang) for p in self.problems]
        out.extend(f"  {f.message(lang)}" for f in self.findings[:3])
        return out


def prove_words(tidy, suggestion: TableSuggestion, schema: Schema | None = None) -> TableProof:
    """Condition 1 for one suggestion: its topic named by the words, its confidence above the threshold."""
    schema = schema or load_schema()
    proof = TableProof(suggestion.table_id, suggestion.confidence)
    for dim_id in topic_dimensions(suggestion.table_id, schema):
        word = topic_word(tidy, dim_id, schema)
        proof.words[dim_id] = word
        if word is None:
            proof.problems.append(Reason.of("proof_no_words", table=suggestion.table_id, dimension=dim_id))
    if suggestion.confidence < AUTO_TABLE_CONFIDENCE:
        proof.problems.append(Reason.of("proof_low_confidence", table=suggestion.table_id,
                                        confidence=round(100 * suggestion.confidence),
                                        threshold=round(100 * AUTO_TABLE_CONFIDENCE)))
    return proof


def choose_tables(tidy, suggestions: list[TableSuggestion], schema: Schema | None = None) -> tuple[list[str], list[Reason]]:
    """The tables an automatic import may write from ``tidy`` (best first), or none and the reasons.

    A source that is both a T00 and a partial T01 (natives and a few countries
    of birth, INEGI's sheet 01) gives both.
    """
    schema = schema or load_schema()
    if not suggestions:
        return [], [Reason.of("proof_no_table")]
    proofs = [prove_words(tidy, s, schema) for s in suggestions]
    worded = [p for p in proofs if not any(r.key == "proof_no_words" for r in p.problems)]
    if not worded:
        best = proofs[0]
        return [], best.problems[:1] + [Reason.of("proof_no_words_any", table=best.table_id)]
    best = worded[0]
    if not best.proven:
        return [], best.problems
    foreign = other_topics(tidy, best.table_id, schema)
    if foreign:
        dim_id, word = foreign[0]
        return [], [Reason.of("proof_other_topic", table=best.table_id, dimension=dim_id, word=word)]
    for other in worded[1:]:
        if other.table_id != best.table_id and best.confidence - other.confidence < AMBIGUOUS_MARGIN and other.proven:
            if {best.table_id, other.table_id} == {"T00", "T01"}:
                continue
            return [], [Reason.of("proof_ambiguous", table=best.table_id, other=other.table_id)]
    chosen = [best.table_id]
    if best.table_id == "T00" and _names_countries(tidy, suggestions[0] if suggestions[0].table_id == "T00" else
                                                   next(s for s in suggestions if s.table_id == "T00"), schema):
        # Natives and foreign-born with some countries of birth named (INEGI's "En los Estados Unidos de América"):
        # the same words that prove the T00 prove a partial T01 of those countries.
        if topic_word(tidy, "COB", schema) is not None:
            chosen.append("T01")
    return chosen, []


def _names_countries(tidy, suggestion: TableSuggestion, schema: Schema) -> bool:
    """True when the T00's nativity dimension also names a country of birth (not the census country)."""
    from app.mapping.matcher import suggest

    source = next((s for s, t in suggestion.bindings.items() if t == "NATIVITY"), None)
    if source is None:
        return False
    dim = next(d for d in tidy.dimensions if d.name == source)
    codelist = schema.codelist("COB")
    for label in dim.labels:
        found = suggest("COB", label, schema=schema)
        entry = codelist.get(found.code) if found.code else None
        if entry is not None and entry.kind == "country" and found.confidence >= 0.9:
            return True
    return False


# ---------------------------------------------------------------------------
# Condition 2: the totals reconcile
# ---------------------------------------------------------------------------
def hidden_totals(tidy, recipe: dict) -> list[Reason]:
    """Summed dimensions without a published total where one label still adds up the others in most rows."""
    out = []
    frame = tidy.frame
    for source, target in recipe.get("bindings", {}).items():
        if target != SUM or source in recipe.get("sum_totals", {}):
            continue
        dim = next((d for d in tidy.dimensions if d.name == source), None)
        if dim is None or len(dim.labels) < 3 or "value" not in frame:
            continue
        label, _ = detect_total_label(tidy, source)
        if label is not None:
            continue
        others = [d.name for d in tidy.dimensions if d.name != source]
        table = _pivot(frame, source, others)
        for candidate in dim.labels:
            if candidate not in table.columns:
                continue
            whole = table[candidate]
            rest = table.drop(columns=[candidate]).sum(axis=1, min_count=1)
            mask = whole.notna() & rest.notna()
            if mask.sum() < 2:
                continue
            hits = sum(_close(a, b) for a, b in zip(whole[mask], rest[mask]))
            if hits >= max(2, 0.5 * mask.sum()):
                out.append(Reason.of("proof_hidden_total", source=source, label=candidate, hits=hits, rows=int(mask.sum())))
                break
    return out


def totals_not_sums(tidy, recipe: dict) -> list[Reason]:
    """Summed dimensions whose published total is not the sum of their other labels in some row.

    Only the total is written, so a total that its parts refute (a label that
    reads "Total" over one part of the breakdown) would be a wrong figure.
    """
    out = []
    frame = tidy.frame
    if "value" not in frame:
        return out
    for source, target in recipe.get("bindings", {}).items():
        total = recipe.get("sum_totals", {}).get(source)
        if target != SUM or total is None or source not in frame:
            continue
        others = [d.name for d in tidy.dimensions if d.name != source and d.name in frame]
        table = _pivot(frame, source, others)
        label = next((c for c in table.columns if normalize(str(c)) == normalize(total)), None)
        if label is None or table.shape[1] < 2:
            continue
        whole = table[label]
        rest = table.drop(columns=[label]).sum(axis=1, min_count=1)
        mask = whole.notna() & rest.notna()
        off = [(a, b) for a, b in zip(whole[mask], rest[mask]) if not _close(a, b)]
        if off:
            out.append(Reason.of("proof_total_not_sum", source=source, label=str(label), rows=len(off),
                                 total=off[0][0], sum=off[0][1]))
    return out


_PARTITION_LABELS = {
    "urbano", "urbana", "rural", "urban", "urbaine", "rurale", "area urbana", "area rural", "zona urbana", "zona rural",
    "urbain", "milieu urbain", "milieu rural", "stedelijk", "landelijk",
}


def unpublished_sums(tidy, recipe: dict) -> list[Reason]:
    """Summed dimensions with no published total: their sum is a figure the source never published.

    Only a known complete partition (urban and rural) may be summed without a person saying so.
    """
    out = []
    for source, target in recipe.get("bindings", {}).items():
        if target != SUM or source in recipe.get("sum_totals", {}):
            continue
        dim = next((d for d in tidy.dimensions if d.name == source), None)
        if dim is None or len(dim.labels) < 2:
            continue
        if all(normalize(x) in _PARTITION_LABELS for x in dim.labels):
            continue
        out.append(Reason.of("proof_unpublished_sum", source=source,
                             labels=", ".join(f"“{x}”" for x in dim.labels[:4]) + (" …" if len(dim.labels) > 4 else "")))
    return out


# "Total Región", "Total provincial", "Total del departamento": the total of a part of the country.
_REGIONAL_TOTAL = re.compile(
    r"^(total|totaal|ensemble) (de la |del |de |da |do |of the |of |van )?(region|regional|provincia|provincial|province|"
    r"departamento|departamental|department|departement|comuna|comunal|municipio|municipal|municipality|distrito|district|"
    r"estado|state|entidad|canton|cantonal|parroquia|parish|county|unidade da federacao|uf|ressort|zona|area)$"
)


def regional_totals(tidy, recipe: dict) -> list[Reason]:
    """Summed dimensions whose published total is a region's ("Total Región"): the table is not the whole country."""
    out = []
    for source, label in recipe.get("sum_totals", {}).items():
        if recipe.get("bindings", {}).get(source) == SUM and _REGIONAL_TOTAL.match(normalize(str(label))):
            out.append(Reason.of("proof_regional_total", source=source, label=label))
    return out


def merged_labels(recipe: dict, rows) -> list[Reason]:
    """Two labels of one dimension that would become one code and be summed, where nothing says they fold."""
    folding = {"age_folded", "memory", "subtotal_dropped", "not_in_universe"}
    seen: dict[tuple[str, str], list[str]] = {}
    reasons: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        if row.code is None or str(row.code).startswith("__"):
            continue
        key = (row.source, row.code)
        seen.setdefault(key, []).append(row.label)
        reasons.setdefault(key, set()).add(row.reason.key)
    totalled = {row.source for row in rows if row.code == "_T"}
    out = []
    for (source, code), labels in seen.items():
        if source in totalled or code in ("NAT", "N"):
            continue  # a published total proves (or refutes) the sum; places inside the country fold into NAT
        if len(labels) > 1 and not reasons[(source, code)] <= folding and "age_folded" not in reasons[(source, code)]:
            out.append(Reason.of("proof_merged_labels", source=source, code=code,
                                 labels=", ".join(f"“{x}”" for x in labels[:4])))
    return out


def reconcile(tidy, recipe: dict, census_year: int | None = None, schema: Schema | None = None) -> tuple[int, list[Reason], list]:
    """(published totals compared, problems, additivity errors) of the cells ``recipe`` would write from ``tidy``."""
    from app.checks.runner import run_checks
    from app.errors import MappingError
    from app.mapping.recipe import apply_recipe

    schema = schema or load_schema()
    try:
        observations = apply_recipe(tidy, recipe, schema)
    except MappingError as exc:
        return 0, [Reason.of("proof_not_applicable", detail=str(exc))], []
    if not observations:
        return 0, [Reason.of("proof_nothing")], []
    frame = pd.DataFrame(observations)
    split = [d for d in schema.table(recipe["table"]).dimensions if (frame[d] != "_T").any()]
    totals = int(sum(1 for o in observations if any(o.get(d) == "_T" for d in split)))
    missing = [o for o in observations if all(o.get(d) == "_T" for d in split) and _is_missing(o.get("value"))
               and o.get("flag") not in ("C", "Z")]
    if missing:
        # The grand total itself is blank: its parts can be read, but nothing proves they are all of it.
        refs = ", ".join(str(o.get("lineage") or "?") for o in missing[:3])
        return totals, [Reason.of("proof_missing_total", cells=refs)], []
    findings = run_checks(frame, {"census_year": census_year} if census_year else {}, schema,
                          rules=["ADD-001", "ADD-002", "ADD-003", "STR-005"])
    errors = [f for f in findings if f.severity == "error"]
    problems = [Reason.of("proof_totals", table=recipe["table"], count=len(errors))] if errors else []
    return totals, problems, errors


def _is_missing(value) -> bool:
    try:
        return value is None or value != value
    except TypeError:
        return False


def not_counts(tidy) -> list[Reason]:
    """Data cells holding a figure that is not a count ("12%", "inf", "(5)"): never written without a person."""
    found = (getattr(tidy, "layout", None) or {}).get("not_counts") or []
    if not found:
        return []
    examples = ", ".join(f"{ref} “{text}”" for ref, text in found[:3])
    return [Reason.of("proof_not_counts", count=len(found), examples=examples)]


def prove_recipe(tidy, recipe: dict, rows, census_year: int | None = None, schema: Schema | None = None) -> TableProof:
    """Conditions 2 (and the label part of 3) for one recipe about to be written."""
    schema = schema or load_schema()
    proof = TableProof(recipe["table"], 1.0)
    proof.problems.extend(not_counts(tidy))
    proof.problems.extend(regional_totals(tidy, recipe))
    proof.problems.extend(merged_labels(recipe, rows))
    proof.problems.extend(hidden_totals(tidy, recipe))
    proof.problems.extend(totals_not_sums(tidy, recipe))
    if not proof.problems:
        proof.problems.extend(unpublished_sums(tidy, recipe))
    if not proof.problems:
        proof.reconciled, problems, proof.findings = reconcile(tidy, recipe, census_year, schema)
        proof.problems.extend(problems)
    return proof

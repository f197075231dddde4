"""Which IMILA table a source feeds, and which IMILA dimension each source dimension is.

Evidence comes from two places: the words of the source header (the schema's
``DimensionDef.header_words``: "Sexo", "Grupos de edad", "Lugar de
nacimiento", "residencia … 2015") and what the labels match (a dimension
whose labels parse as ages is AGE whatever its header says). A source
dimension IMILA lacks (size of locality, province) is summed over
(``__sum__``) using its own published total, found by name ("Total") or by
arithmetic (the row that equals the sum of the others, such as INEGI's
"Estados Unidos Mexicanos").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from app.mapping.matcher import (
    NATIONAL_PREFIX,
    NATIVE,
    OTHER,
    UNKNOWN,
    Reason,
    is_total_label,
    suggest,
)
from app.mapping.normalize import normalize
from app.models.schema import Schema, load_schema

SUM = "__sum__"
DROP = "__drop__"
PLACE_DIMS = ("COB", "RES5", "COR")
KEY_DIMS = ("NATIVITY", "COB", "RES5", "COR")
_COUNTRYISH = {"country", "historic", "region", "subregion", "residual"}
MIN_BINDING_SCORE = 0.35
MISSING_DIM_FACTOR = 0.75
# A table of the foreign-born with no country of birth (by sex and age only): its title says whom it counts.
UNIVERSE_FACTOR = 0.9

# Words of a title that say the persons counted are the foreign-born: the labels listed are countries of birth.
_FOREIGN_BORN_WORDS = (
    "nacida en el extranjero", "nacidos en el extranjero", "nacida en el exterior", "nacidos en el exterior",
    "nacida en otro pais", "nacidos en otro pais", "nacidas en el extranjero", "inmigrantes internacionales",
    "poblacion inmigrante", "poblacion extranjera", "inmigrantes", "nascida no exterior", "nascidos no exterior",
    "nascida em outro pais", "nes a l etranger", "nee a l etranger", "nees a l etranger", "immigres",
    "foreign born", "born abroad", "born outside", "immigrants", "geboren in het buitenland", "in het buitenland geboren",
    "buitenlands geboren", "immigranten",
)


@dataclass(frozen=True)
class DimensionGuess:
    """How well one source dimension fits one IMILA dimension."""

    source: str
    target: str  # IMILA dimension id or "__sum__"
    score: float
    reason: Reason
    label_score: float = 0.0
    header_score: float = 0.0
    total_label: str | None = None  # for "__sum__": the source's own total label, when it publishes one


@dataclass
class TableSuggestion:
    table_id: str
    confidence: float
    reason: Reason
    bindings: dict[str, str] = field(default_factory=dict)
    sum_totals: dict[str, str] = field(default_factory=dict)
    partial: bool = False


# ---------------------------------------------------------------------------
# Evidence
# ---------------------------------------------------------------------------
def _header_score(name: str, dim_id: str, schema: Schema) -> tuple[float, str]:
    key = normalize(name)
    if not key:
        return 0.0, ""
    padded = f" {key} "
    best, word = 0.0, ""
    for phrase in schema.dimensions[dim_id].header_words:
        norm = normalize(phrase)
        if norm and f" {norm} " in padded:
            score = 1.0 if len(norm.split()) > 1 or len(norm) > 4 else 0.8
            if score > best:
                best, word = score, phrase
    return best, word


def _label_weight(dim_id: str, suggestion, schema: Schema) -> float:
    """How much one label's suggestion says "this dimension is ``dim_id``" (0..1)."""
    code = suggestion.code
    if code is None or suggestion.confidence < 0.5:
        return 0.0
    strength = min(1.0, suggestion.confidence / 0.9)
    codelist = schema.codelist(dim_id)
    if dim_id in PLACE_DIMS:
        if code.startswith(NATIONAL_PREFIX):
            return 0.9 * strength
        found = codelist.get(code)
        if found is not None and found.kind in _COUNTRYISH:
            return strength
        if code in (OTHER, UNKNOWN):
            return 0.5 * strength
        if code == NATIVE:
            return (0.8 if dim_id == "RES5" else 0.3) * strength
        return 0.3 * strength
    if dim_id == "NATIVITY":
        if suggestion.reason.key == "foreign_country":
            return 0.3 * strength
        return strength
    return strength


def label_evidence(labels: list[str], dim_id: str, schema: Schema, memory=None) -> tuple[float, int, int]:
    """(score 0..1, matched, considered) of the non-total labels against ``dim_id``'s code list."""
    considered = [label for label in labels if not is_total_label(label)]
    if not considered:
        return 0.0, 0, 0
    total = 0.0
    matched = 0
    for label in considered:
        weight = _label_weight(dim_id, suggest(dim_id, label, memory=memory, schema=schema), schema)
        total += weight
        matched += weight >= 0.5
    return total / len(considered), matched, len(considered)


_CODE_LABEL = re.compile(r"^\d{1,6}$")


def is_code_column(source_dim) -> bool:
    """True when every label that is not a total is a bare number ("0", "13", "05", "110"): codes, not categories."""
    labels = [str(x).strip() for x in source_dim.labels if not is_total_label(x)]
    return len(labels) >= 2 and all(_CODE_LABEL.match(x) for x in labels)


def paired_dimensions(tidy) -> dict[str, str]:
    """Source dimensions that move together row by row (a region code beside its name): each → its partner."""
    frame = tidy.frame
    names = [d.name for d in tidy.dimensions if len(d.labels) > 1]
    out: dict[str, str] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a in out or b in out:
                continue
            pairs = frame[[a, b]].astype(str).drop_duplicates()
            if len(pairs) == pairs[a].nunique() == pairs[b].nunique():
                out[a], out[b] = b, a
    return out


def _national_label(tidy, source: str, schema: Schema | None = None) -> str | None:
    """The one label of a geography dimension that names a country, when the others are its regions.

    Inside ``census_country`` the census country's own name ("Estados Unidos
    Mexicanos" in Mexico's census) comes back as its natives (``NAT``): on a
    geography dimension it is still the country, the national row.
    """
    dim = next(d for d in tidy.dimensions if d.name == source)
    if len(dim.labels) < 2:
        return None
    schema = schema or load_schema()
    codelist = schema.codelist("COB")
    countries = []
    for label in dim.labels:
        found = suggest("COB", label, schema=schema)
        entry = codelist.get(found.code) if found.code else None
        own = found.code == NATIVE and found.reason.key == "census_country"
        if found.confidence >= 0.9 and (own or (entry is not None and entry.kind == "country")):
            countries.append(label)
    return countries[0] if len(countries) == 1 else None


_GENERIC_NAME = re.compile(r"^(columna|fila|column|row|colonne|ligne|coluna|linha|kolom|rij) \d+$")


def score_dimension(source_dim, dim_id: str, schema: Schema, memory=None, title: str = "") -> DimensionGuess:
    """Header words and labels of ``source_dim`` against IMILA dimension ``dim_id``.

    A dimension the importer had to name ("Columna 1": the header cells above
    it are its labels) takes its header words from the table's title, at a
    lower weight: "… según lugar de residencia hace cinco años" heads the columns.
    """
    header, word = _header_score(source_dim.name, dim_id, schema)
    if header == 0 and title and _GENERIC_NAME.match(normalize(source_dim.name)) and dim_id not in ("SEX", "AGE"):
        in_title, title_word = _header_score(title, dim_id, schema)
        header, word = 0.6 * in_title, title_word
    if dim_id == "NATIVITY" and "COB" in schema.dimensions:
        # "Lugar de nacimiento" heads both a country list and a native/foreign split: labels decide.
        cob_header, cob_word = _header_score(source_dim.name, "COB", schema)
        if 0.8 * cob_header > header:
            header, word = 0.8 * cob_header, cob_word
    labels, matched, considered = label_evidence(list(source_dim.labels), dim_id, schema, memory)
    if header == 0 and is_code_column(source_dim):
        # Numbers that label rows ("Código región" 0, 1, 2, 13) are identifiers unless the header says what they count.
        labels, matched = 0.0, 0
    if considered == 0:
        score = 0.5 * header
    else:
        score = 0.75 * labels + 0.25 * header
    if header and labels >= 0.5:
        score = max(score, min(1.0, labels + 0.1))
    if labels >= 0.5 and considered:
        reason = Reason.of("labels_match", matched=matched, count=considered, dimension=dim_id)
    elif header:
        reason = Reason.of("header", word=word)
    else:
        reason = Reason.of("none")
    return DimensionGuess(source_dim.name, dim_id, round(score, 3), reason, round(labels, 3), header)


# ---------------------------------------------------------------------------
# Totals of summed dimensions
# ---------------------------------------------------------------------------
def _pivot(frame: pd.DataFrame, dim: str, others: list[str]) -> pd.DataFrame:
    data = frame[[dim, *others, "value"]].copy()
    data["value"] = pd.to_numeric(data["value"], errors="coerce")
    if others:
        columns = [data[o].astype(str).tolist() for o in others]
        data["_key"] = ["\x1f".join(parts) for parts in zip(*columns)]
    else:
        data["_key"] = ""
    return data.pivot_table(index="_key", columns=dim, values="value", aggfunc="sum", sort=False)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.5 + 1e-9 * max(abs(a), abs(b))


def detect_total_label(tidy, source: str) -> tuple[str | None, Reason]:
    """The label of ``source`` that is its published total, or None (then all labels are summed).

    A label meaning total ("Total", "", "Ambos sexos") wins; otherwise the
    label whose values equal, in every row, the sum of the other labels'
    (checked from the first label on).
    """
    dim = next(d for d in tidy.dimensions if d.name == source)
    totals = [label for label in dim.labels if is_total_label(label)]
    if len(totals) == 1:
        return totals[0], Reason.of("total")
    frame = tidy.frame
    others = [d.name for d in tidy.dimensions if d.name != source]
    if len(dim.labels) < 3 or "value" not in frame:
        return _national_total(tidy, source, dim)
    table = _pivot(frame, source, others)
    for label in list(dim.labels):
        if label not in table.columns:
            continue
        rest = table.drop(columns=[label])
        whole = table[label]
        summed = rest.sum(axis=1, min_count=1)
        mask = whole.notna() & summed.notna()
        if mask.sum() == 0:
            continue
        if all(_close(a, b) for a, b in zip(whole[mask], summed[mask])) and rest[mask].notna().all(axis=None):
            return label, Reason.of("arithmetic_total")
    return _national_total(tidy, source, dim)


def _national_total(tidy, source: str, dim) -> tuple[str | None, Reason]:
    """The national label of a geography dimension: the country's own name, or the code beside it."""
    partner = paired_dimensions(tidy).get(source)
    if partner is not None:
        # A code column and its name column are one geography: the total of one is the total of both.
        partner_dim = next(d for d in tidy.dimensions if d.name == partner)
        partner_totals = [label for label in partner_dim.labels if is_total_label(label)]
        national = partner_totals[0] if len(partner_totals) == 1 else _national_label(tidy, partner)
        if national is None and not is_code_column(dim):
            national = _national_label(tidy, source)
            if national is not None:
                return national, Reason.of("national_total", label=national)
        if national is not None:
            pairs = tidy.frame[[source, partner]].astype(str).drop_duplicates()
            match = pairs.loc[pairs[partner] == national, source]
            if len(match) == 1:
                return str(match.iloc[0]), Reason.of("national_total", label=national)
    elif not is_code_column(dim):
        national = _national_label(tidy, source)
        if national is not None:
            return national, Reason.of("national_total", label=national)
    # A level marker ("Nível": BR, UF) that moves with a geography: its label on the national row, if only there.
    frame = tidy.frame
    for other in tidy.dimensions:
        if other.name == source or len(other.labels) < 2:
            continue
        pairs = frame[[other.name, source]].astype(str).drop_duplicates()
        if pairs[other.name].nunique() != len(pairs):
            continue  # the other dimension does not determine this one
        national = _national_label(tidy, other.name) if not is_code_column(other) else None
        if national is None:
            continue
        level = pairs.loc[pairs[other.name] == national, source]
        if len(level) == 1 and (pairs[source] == level.iloc[0]).sum() == 1:
            return str(level.iloc[0]), Reason.of("national_total", label=national)
    return None, Reason.of("none")


# ---------------------------------------------------------------------------
# Bindings and tables
# ---------------------------------------------------------------------------
_PLACE_FAMILY = ("COB", "RES5", "COR", "NATIVITY")


def _scores(tidy, dims: list[str], schema: Schema, memory=None) -> dict[str, dict[str, DimensionGuess]]:
    """Score of every (source dimension, IMILA dimension) pair.

    A dimension with a single label says nothing (unless its header does). Among
    the place dimensions, which share their labels, the header decides: under
    "Lugar de residencia …" the labels are RES5, not NATIVITY or COB.
    """
    out: dict[str, dict[str, DimensionGuess]] = {}
    title = " ".join((tidy.title or "").splitlines()[:2])
    for d in tidy.dimensions:
        row = {dim_id: score_dimension(d, dim_id, schema, memory, title) for dim_id in dims}
        if len(set(d.labels)) <= 1:
            row = {k: DimensionGuess(g.source, g.target, round(0.4 * g.header_score, 3), g.reason, 0.0, g.header_score)
                   for k, g in row.items()}
        family = [k for k in row if k in _PLACE_FAMILY]
        headed = {k for k in family if row[k].header_score >= 0.8 and not (k == "NATIVITY" and row[k].header_score < 1.0)}
        if "COB" in headed and "NATIVITY" in row and row["NATIVITY"].header_score >= 0.8 \
                and row["NATIVITY"].label_score >= max(row["COB"].label_score, 0.5):
            # "Lugar de nacimiento" over natives, the foreign-born and some of their countries (DANE, Barbados):
            # the words of birth head both readings, and the labels say the split is there.
            headed.add("NATIVITY")
        if headed:
            for k in family:
                if k not in headed:
                    g = row[k]
                    row[k] = DimensionGuess(g.source, g.target, round(g.score * 0.6, 3), g.reason, g.label_score, g.header_score)
        out[d.name] = row
    return out


def _assign(tidy, table_dims: list[str], scores: dict[str, dict[str, DimensionGuess]]) -> dict[str, DimensionGuess]:
    """Greedy best-first assignment: each IMILA dimension takes the source dimension that fits it best."""
    pairs = sorted(
        ((guess.score, source, dim_id) for source, row in scores.items() for dim_id, guess in row.items() if dim_id in table_dims),
        key=lambda item: -item[0],
    )
    taken_sources: set[str] = set()
    taken_dims: set[str] = set()
    chosen: dict[str, DimensionGuess] = {}
    for score, source, dim_id in pairs:
        if score < MIN_BINDING_SCORE or source in taken_sources or dim_id in taken_dims:
            continue
        chosen[source] = scores[source][dim_id]
        taken_sources.add(source)
        taken_dims.add(dim_id)
    return chosen


def suggest_bindings(tidy, table_id: str, memory=None, schema: Schema | None = None) -> dict[str, DimensionGuess]:
    """Each source dimension → an IMILA dimension of ``table_id``, or ``__sum__`` (with its total in ``reason``)."""
    schema = schema or load_schema()
    table_dims = list(schema.table(table_id).dimensions)
    scores = _scores(tidy, table_dims, schema, memory)
    chosen = _assign(tidy, table_dims, scores)
    _add_levels(tidy, chosen, scores)
    result: dict[str, DimensionGuess] = {}
    for dim in tidy.dimensions:
        if dim.name in chosen:
            result[dim.name] = chosen[dim.name]
        else:
            total, reason = detect_total_label(tidy, dim.name)
            result[dim.name] = DimensionGuess(dim.name, SUM, 1.0, reason if total is not None else Reason.of("sum_over"),
                                              total_label=total)
    return result


def _add_levels(tidy, chosen: dict[str, DimensionGuess], scores: dict[str, dict[str, DimensionGuess]]) -> None:
    """Bind a second header level to the IMILA dimension of its parent level.

    INEGI's "Lugar de residencia en marzo de 2015" has two column levels
    ("En la entidad" over "Total", "En otro municipio" …): both describe RES5,
    and the recipe maps their label pairs together.
    """
    roles = {d.name: d.role for d in tidy.dimensions}
    targets = {guess.target: source for source, guess in chosen.items()}
    for dim in tidy.dimensions:
        if dim.name in chosen:
            continue
        best = max(scores[dim.name].values(), key=lambda g: g.score, default=None)
        if best is None or best.score < 0.5 or best.target not in targets:
            continue
        partner = targets[best.target]
        if roles.get(partner) != dim.role or dim.role not in ("column", "row"):
            continue
        if best.target not in PLACE_DIMS + ("NATIVITY",):
            continue
        chosen[dim.name] = best


def sum_totals_for(tidy, bindings: dict[str, str], cache: dict | None = None) -> dict[str, str]:
    """The published total label of every summed dimension that has one."""
    totals = {}
    cache = {} if cache is None else cache
    for source, target in bindings.items():
        if target == SUM:
            if source not in cache:
                cache[source] = detect_total_label(tidy, source)[0]
            if cache[source] is not None:
                totals[source] = cache[source]
    return totals


def _key_binding_ok(dim_id: str, guess: DimensionGuess, source_dim, schema: Schema) -> bool:
    """The key dimension of a table must carry what the table is about."""
    if dim_id == "NATIVITY":
        codes = {suggest("NATIVITY", label, schema=schema).code for label in source_dim.labels}
        return "N" in codes and "F" in codes
    if dim_id == "RES5":
        codes = {suggest("RES5", label, schema=schema).code for label in source_dim.labels}
        if NATIVE in codes and (OTHER in codes or any(c and c[:1].isdigit() for c in codes)):
            return True  # lived in the country / abroad: residence five years earlier across columns
    if dim_id in PLACE_DIMS:
        codelist = schema.codelist(dim_id)
        for label in source_dim.labels:
            code = suggest(dim_id, label, schema=schema).code
            found = codelist.get(code) if code else None
            if found is not None and found.kind in _COUNTRYISH:
                return True
        return False
    return True


def suggest_table(tidy, memory=None, schema: Schema | None = None) -> list[TableSuggestion]:
    """The IMILA tables the source can feed, best first (empty when none fits)."""
    schema = schema or load_schema()
    all_dims = list(schema.dimensions)
    scores = _scores(tidy, all_dims, schema, memory)
    by_name = {d.name: d for d in tidy.dimensions}
    out: list[TableSuggestion] = []
    totals_cache: dict[str, str | None] = {}
    for table_id, table in schema.tables.items():
        table_dims = list(table.dimensions)
        table_scores = {s: {d: g for d, g in row.items() if d in table_dims} for s, row in scores.items()}
        chosen = _assign(tidy, table_dims, table_scores)
        bound = {guess.target: guess for guess in chosen.values()}
        _add_levels(tidy, chosen, table_scores)
        keys = [d for d in table_dims if d in KEY_DIMS]
        key_bound = [d for d in keys if d in bound]
        universe = not key_bound and keys == ["COB"] and table.population in FOREIGN_BORN \
            and names_foreign_born(tidy.title or "")
        if not key_bound and not universe:
            continue
        if not all(_key_binding_ok(d, bound[d], by_name[bound[d].source], schema) for d in key_bound):
            continue
        confidence = 1.0
        missing = []
        for dim_id in table_dims:
            if dim_id in bound:
                confidence *= max(bound[dim_id].score, 0.3)
            else:
                missing.append(dim_id)
                # A table without sex or age (or T05 without COB) still fits at _T; one without its topic
                # (MARST, ARRIVAL …) hardly.
                soft = dim_id in ("SEX", "AGE") or (dim_id == "COB" and "RES5" in table_dims)
                if dim_id == "COB" and universe:
                    confidence *= UNIVERSE_FACTOR  # the title says the foreign-born: COB is their total
                else:
                    confidence *= MISSING_DIM_FACTOR if soft else 0.6
        # Summing over a source dimension that is really an IMILA dimension means another table fits better.
        for source, row in scores.items():
            if source in chosen:
                continue
            best = max(row.values(), key=lambda g: g.score)
            if best.score >= 0.7 and best.target not in table_dims:
                confidence *= 0.5
        partial = False
        for dim_id in key_bound:
            guess = bound[dim_id]
            if dim_id in PLACE_DIMS and (
                guess.label_score < 0.5 or (table.population in FOREIGN_BORN and _has_natives(by_name[guess.source], dim_id, schema))
            ):
                # Only some rows belong here (INEGI's "born in the United States" among natives).
                partial = True
                confidence *= 0.6
        bindings = {source: guess.target for source, guess in chosen.items()}
        for dim in tidy.dimensions:
            bindings.setdefault(dim.name, SUM)
        dims_text = ", ".join(f"{d}={'_T' if d in missing else bound[d].source}" for d in table_dims)
        reason = Reason.of("partial_table", dimensions=dims_text, detail=", ".join(key_bound)) if partial else Reason.of(
            "table_dimensions", dimensions=dims_text
        )
        out.append(
            TableSuggestion(table_id, round(confidence, 3), reason, bindings, sum_totals_for(tidy, bindings, totals_cache), partial)
        )
    out.sort(key=lambda s: (-s.confidence, s.table_id))
    return out


FOREIGN_BORN = ("foreign_born", "foreign_born_women", "employed_foreign_born")


_BORN = re.compile(r"\b(nacid[oa]s?|nascid[oa]s?|born|geboren|nee?s?)\b")
_NATIONALITY = re.compile(r"\b(nacionalidad|nacionalidade|nationality|nationalite|nationaliteit|ciudadania|citizenship)\b")


def names_foreign_born(text: str) -> bool:
    """True when a title says the persons counted were born abroad ("Población nacida en otro país …").

    Only words of birth count: "población extranjera" or a table by
    nationality counts foreign nationals, who are not the foreign-born.
    """
    norm = normalize(text)
    padded = f" {norm} "
    if _NATIONALITY.search(norm):
        return False
    return any(f" {normalize(word)} " in padded and _BORN.search(normalize(word)) for word in _FOREIGN_BORN_WORDS)


def _has_natives(source_dim, dim_id: str, schema: Schema) -> bool:
    return any(suggest(dim_id, label, schema=schema).code == NATIVE for label in source_dim.labels)


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value))


def cell_row(cell: str) -> int | None:
    """Sheet row number of a lineage cell ("Cuadro 3!C9" → 9)."""
    match = re.search(r"!\$?[A-Z]+\$?(\d+)$", str(cell or ""))
    return int(match.group(1)) if match else None

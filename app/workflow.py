"""The user's actions as plain functions: the one API the CLI and the GUI share.

Every function here is Qt-free. Long ones take ``progress(fraction, message)``
and ``cancelled()`` callables (see docs/architecture.md) and leave the project
as it was when they fail or are cancelled.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.errors import Cancelled, ImportError_, StoreError
from app.models.schema import load_schema
from app.store.project import Project

Progress = Callable[[float, str], None] | None
CancelTest = Callable[[], bool] | None


def _report(progress: Progress, fraction: float, text: str) -> None:
    if progress is not None:
        progress(fraction, text)


def _check_cancel(cancelled: CancelTest) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def country_by_iso3(iso3: str):
    """The COUNTRY code of an ISO alpha-3 code, or None."""
    iso3 = (iso3 or "").upper()
    for code in load_schema().codelist("COB"):
        if code.iso3 == iso3 and code.kind in ("country", "historic"):
            return code
    return None


def new_project(path: str | Path, country_iso3: str, year: int, *, overwrite: bool = False, **metadata: Any) -> Project:
    """Create a project file for the census of ``country_iso3`` in ``year``."""
    country = country_by_iso3(country_iso3)
    if country is None:
        raise StoreError("store.bad_country", country=country_iso3)
    year = int(year)
    if not 1950 <= year <= 2100:
        raise StoreError("store.bad_year", year=year)
    from app.store.metadata import DEFAULT_LICENSE, country_language

    _refuse_invalid_metadata(metadata)
    language = metadata.get("language") or country_language(country.iso3)
    metadata["language"] = language
    meta = {
        "country_iso3": country.iso3,
        "country_m49": country.code,
        "country_name": country.label(language),
        "census_year": year,
        "census_name": metadata.pop("census_name", f"{country.label(language)} {year}"),
        "census_round": f"{year // 10 * 10}",
        "enumeration_basis": "de_jure",
        "source_type": "full_count",
        "submission_version": 1,
        "license": DEFAULT_LICENSE,
        "min_ages": {},
        "universe_notes": {},
    }
    meta.update(metadata)
    return Project.create(path, meta, overwrite=overwrite)


def _refuse_invalid_metadata(values: dict[str, Any]) -> None:
    from app.store.metadata import invalid_values

    bad = invalid_values(values)
    if bad:
        raise StoreError("store.bad_metadata", fields=", ".join(f"{f}={values[f]!r}" for f in bad))


def set_metadata(project: Project, values: dict[str, Any]) -> dict[str, Any]:
    """Set submission metadata (office, contact, reference date …); universe notes merge per table.

    Malformed values (a date not written YYYY-MM-DD, an unknown basis) are refused. Returns the metadata.
    """
    _refuse_invalid_metadata(values)
    values = dict(values)
    period = values.get("t11_reference_period")
    if isinstance(period, dict):  # T11's departures cannot be counted after the census
        year = project.metadata().get("census_year")
        if year and max(int(period.get("from") or 0), int(period.get("to") or 0)) > int(year):
            raise StoreError("store.bad_metadata", fields=f"t11_reference_period={period!r}")
    if "universe_notes" in values:
        notes = project.metadata().get("universe_notes") or {}
        values["universe_notes"] = {**(notes if isinstance(notes, dict) else {}), **values["universe_notes"]}
    if values:
        project.update_metadata(values)
    return project.metadata()


def open_project(path: str | Path) -> Project:
    return Project.open(path)


DATA_ACTIONS = ("import", "mapping", "source", "tabulate", "metadata")  # what can change what the checks find


def checks_state(project: Project) -> dict[str, Any]:
    """When the checks last ran (``checked_at``, None: not checked yet) and whether the data changed since (``stale``)."""
    rows = project.conn.execute("SELECT action, MAX(id), MAX(at) FROM audit GROUP BY action").fetchall()
    last = {action: (entry, at) for action, entry, at in rows}  # audit ids order actions within one second too
    checked = last.get("checks.run")
    changed = max((entry for action, (entry, _) in last.items()
                   if action != "checks.run" and action.split(".")[0] in DATA_ACTIONS), default=None)
    return {"checked_at": checked[1] if checked else None,
            "stale": bool(checked and changed is not None and changed > checked[0])}


def project_info(project: Project) -> dict[str, Any]:
    """What the Project page and ``info`` show: metadata, sources, tables, findings, exports.

    ``checks`` says when the checks last ran (``checked_at`` None: not checked
    yet, and ``findings`` then counts nothing) and whether the data changed since.
    """
    findings = project.stored_findings()
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f["severity"]] = counts.get(f["severity"], 0) + 1
    return {
        "path": str(project.path),
        "metadata": project.metadata(),
        "sources": [{k: v for k, v in s.items() if k != "settings"} for s in project.sources()],
        "tables": project.table_counts(),
        "observations": project.observation_count(),
        "findings": counts,
        "checks": checks_state(project),
        "exports": project.exports(),
    }


def delete_source(project: Project, source: str | int) -> dict[str, Any]:
    """Delete a stored source with its mappings and the cells it gave; returns its name and how many cells went."""
    match = [s for s in project.sources() if str(s["id"]) == str(source) or s["name"] == str(source)]
    if not match:
        raise ImportError_("import.unknown_source", source=str(source))
    stored = match[-1]
    cells = project.observation_count_of(stored["id"])
    project.delete_source(stored["id"])
    return {"id": stored["id"], "name": stored["name"], "observations": cells}


def export_memory(path: str | Path, memory_path: str | Path | None = None) -> int:
    """Write the mapping memory to a JSON file a colleague can import; returns how many entries."""
    from app.mapping import MappingMemory

    with MappingMemory(memory_path) as memory:
        return memory.export_file(path)


def import_memory(path: str | Path, *, overwrite: bool = False, memory_path: str | Path | None = None) -> int:
    """Merge a colleague's exported memory into this one (own entries win unless ``overwrite``); returns how many."""
    from app.mapping import MappingMemory

    path = Path(path)
    if not path.is_file():
        raise ImportError_("import.missing", path=str(path))
    with MappingMemory(memory_path) as memory:
        return memory.import_file(path, overwrite=overwrite)


def memory_entries(memory_path: str | Path | None = None) -> list[dict[str, Any]]:
    """Every remembered label: dimension, label, code, origin, when, uses."""
    from app.mapping import MappingMemory

    with MappingMemory(memory_path) as memory:
        return [dict(hit.__dict__) for hit in memory.entries()]


@dataclass
class ImportSummary:
    source_id: int
    source_name: str
    format: str
    tables: dict[str, int] = field(default_factory=dict)  # IMILA table → observations written
    understood: list[str] = field(default_factory=list)  # what the importer understood, one line each
    unresolved: dict[str, list[str]] = field(default_factory=dict)  # source dimension → labels without a code
    mapped: bool = False
    refused: list[str] = field(default_factory=list)  # why an automatic write was not proven, one line each
    proven: list[str] = field(default_factory=list)  # what proved each automatic write, one line per table
    conflicts: list[dict] = field(default_factory=list)  # cells the project already holds: table, source, cells
    mismatch: list[str] = field(default_factory=list)  # the title names another country or census year
    accounting: list[str] = field(default_factory=list)  # cells read, written, and why the others were not
    kept: bool = False  # nothing was proven: the file is stored unmapped, for the Map page
    path: str = ""  # the file imported, and the read settings used: enough to import it again with another answer
    settings: dict = field(default_factory=dict)


def import_tidy_csv(project: Project, path: str | Path) -> ImportSummary:
    """Import a long CSV whose columns are already IMILA codes (``table,COB,SEX,AGE,value[,flag]``)."""
    import csv

    path = Path(path)
    content = path.read_bytes()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_("import.tidy_encoding", path=str(path)) from exc
    reader = csv.DictReader(text.splitlines())
    schema = load_schema()
    fields = [f.strip() for f in (reader.fieldnames or [])]
    if "table" not in fields or "value" not in fields:
        raise ImportError_("import.tidy_columns", path=str(path), columns=", ".join(fields))
    rows = []
    for line_no, raw in enumerate(reader, start=2):
        raw = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        table_id = raw["table"]
        if table_id not in schema.tables:
            raise ImportError_("import.tidy_table", path=str(path), line=line_no, table=table_id)
        row = {"table_id": table_id, "flag": raw.get("flag") or "A", "lineage": f"{path.name}!{line_no}"}
        for dim in schema.tables[table_id].dimensions:
            row[dim] = raw.get(dim) or "_T"
        value = raw["value"]
        try:
            row["value"] = float(value) if value not in ("", None) else None
        except ValueError as exc:
            raise ImportError_("import.tidy_value", path=str(path), line=line_no, value=value) from exc
        rows.append(row)
    with project.action("import.tidy", {"file": path.name, "rows": len(rows)}):
        source_id = project.add_source(path.name, content, "long", {"format": "long-imila"})
        project.replace_observations(rows, source_id=source_id)
    tables: dict[str, int] = {}
    for r in rows:
        tables[r["table_id"]] = tables.get(r["table_id"], 0) + 1
    return ImportSummary(source_id, path.name, "long", tables, [f"{len(rows)} rows of IMILA codes"], {}, True)


def _looks_like_imila_long(path: Path) -> bool:
    """A CSV whose header already speaks IMILA (``table,…,value``)."""
    if path.suffix.lower() not in (".csv", ".txt"):
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096).decode("utf-8-sig", errors="replace").splitlines()
    except OSError:
        return False
    if not head:
        return False
    columns = [c.strip().strip('"') for c in head[0].split(",")]
    return bool(columns) and columns[0] == "table" and "value" in columns


def read_source(path: str | Path, settings: dict | None = None, progress: Progress = None, cancelled: CancelTest = None):
    """Read a file with the importer (``ImportResult``), nothing stored: what the import wizard previews."""
    from app.importers import read_file

    options = {k: v for k, v in (settings or {}).items() if v is not None}
    return read_file(Path(path), progress=progress, cancelled=cancelled, **options)


def describe_import(result, lang: str = "en") -> list[str]:
    """What the importer understood, one line per table, in ``lang`` (CLI output, wizard summary)."""
    from app.models.messages import message

    lines = []
    for table in result.tables:
        layout = table.layout
        dims = ", ".join(f"{d.name} ({len(d.labels)})" for d in table.dimensions)
        lines.append(message(
            "import.understood", lang,
            table=table.name, cells=len(table.frame),
            header=_rows_text(layout.get("header_rows")), data=_rows_text(layout.get("data_rows")),
            dimensions=dims, total_rows=len(layout.get("total_rows", []) or []),
            total_cols=len(layout.get("total_cols", []) or []), confidence=round(100 * table.confidence),
        ))
        if layout.get("set_aside"):
            labels = ", ".join(f"“{label}” ({source})" for source, label in layout["set_aside"])
            lines.append(message("import.set_aside", lang, labels=labels))
    return lines


def _rows_text(rows) -> str:
    rows = rows if isinstance(rows, (list, range)) else list(rows or [])
    if not rows:
        return "-"
    return f"{rows[0] + 1}-{rows[-1] + 1}" if len(rows) > 1 else str(rows[0] + 1)


def _pick_table(result, sheet):
    if isinstance(sheet, str) and sheet != "*":
        for table in result.tables:
            if table.name == sheet:
                return table
    return result.tables[0]


def plan_mapping(tidy, *, table: str | None = None, recipes: list[dict] | None = None, memory=None,
                 prove: bool = False, census_year: int | None = None, proofs: list | None = None,
                 keep_differences: bool = False):
    """Recipes to apply to ``tidy`` and the labels that still need a person.

    With ``recipes``, each is completed for this file (new labels suggested);
    without, the best suggested IMILA table (or ``table``) gets a fresh recipe.
    Returns (recipes, questions) where questions maps ``source dimension`` to
    the labels without a confident code.

    With ``prove`` (``import --auto``) a write must also be proven
    (``app.mapping.proof``): the table named by the words of the title and
    headers and above the confidence threshold (unless ``table`` is given),
    the published totals reconciled. A refused proof gives no recipes and
    its ``TableProof`` objects are appended to ``proofs``. ``keep_differences``
    writes a table whose published totals do not add up (the checks then
    report every difference); it never waives the other conditions.
    """
    from app.mapping import build_recipe, extend_recipe, suggest_table
    from app.mapping.proof import TableProof, choose_tables, prove_recipe

    proofs = [] if proofs is None else proofs

    planned: list[dict] = []
    questions: dict[str, list[str]] = {}
    if recipes:
        for recipe in recipes:
            extended, rows = extend_recipe(recipe, tidy, memory=memory)
            for row in rows:
                if row.status != "accepted":
                    questions.setdefault(row.source, []).append(row.label)
            planned.append(extended)
    else:
        if table is None:
            suggestions = suggest_table(tidy, memory=memory)
            if not suggestions:
                questions.setdefault("table", []).append(tidy.name)
                return [], questions
            if prove:
                chosen, reasons = choose_tables(tidy, suggestions)
                if not chosen:
                    proofs.append(TableProof(suggestions[0].table_id, suggestions[0].confidence, problems=reasons))
                    questions.setdefault("table", []).append(tidy.name)
                    return [], questions
                table = ",".join(chosen)
            else:
                table = suggestions[0].table_id
        # "T00,T01": one source feeding several tables (INEGI's sheet 01 → T00 and a partial T01)
        for table_id in [t.strip() for t in table.split(",") if t.strip()]:
            recipe, rows = build_recipe(tidy, table_id, memory=memory)
            for row in rows:
                if row.status != "accepted" and row.label not in questions.get(row.source, []):
                    questions.setdefault(row.source, []).append(row.label)
            if prove and not questions:
                proof = prove_recipe(tidy, recipe, rows, census_year)
                if keep_differences:
                    proof.problems = [p for p in proof.problems if p.key != "proof_totals"]
                    proof.findings = []
                if not proof.proven:
                    proofs.append(proof)
                    questions.setdefault("table", []).append(tidy.name)
                    return [], questions
                proofs.append(proof)
            planned.append(recipe)
    return planned, questions


def is_partial_recipe(recipe: dict) -> bool:
    """True for a recipe a person wrote in part (answers only, unresolved labels left null, no bindings)."""
    if not isinstance(recipe, dict):
        return False
    if "questions" in recipe or "recipe_version" not in recipe or not isinstance(recipe.get("bindings"), dict):
        return True
    return any(code is None for labels in (recipe.get("labels") or {}).values() if isinstance(labels, dict)
               for code in labels.values())


def complete_recipe(tidy, partial: dict, *, memory=None) -> tuple[dict, list]:
    """A full recipe for ``tidy``: the suggestions, with every answer of ``partial`` merged over them.

    ``partial`` may hold only the table, some bindings, some labels' codes
    (null: not answered), published totals of summed dimensions or groups.
    Returns the recipe and the label suggestions that still need a person.
    """
    from app.errors import MappingError
    from app.mapping import build_recipe, suggest_table
    from app.mapping.recipe import RECIPE_VERSION, validate_recipe

    table = partial.get("table")
    if not table:
        suggestions = suggest_table(tidy, memory=memory)
        if not suggestions:
            raise MappingError("mapping.no_table_answer")
        table = suggestions[0].table_id
    from app.mapping import suggest_bindings

    names = {d.name for d in tidy.dimensions}
    bindings = {source: guess.target for source, guess in suggest_bindings(tidy, table, memory=memory).items()}
    for source, target in (partial.get("bindings") or {}).items():
        if source in names and target:
            bindings[source] = target
    recipe, rows = build_recipe(tidy, table, memory=memory, bindings=bindings,
                                name=partial.get("name"), import_settings=partial.get("import"))
    answered: set[tuple[str, str]] = set()
    for key, labels in (partial.get("labels") or {}).items():
        if not isinstance(labels, dict):
            continue
        for label, code in labels.items():
            if code is not None:
                recipe["labels"].setdefault(key, {})[label] = code
                answered.add((key, label))
    for key in ("sum_totals", "groups"):
        for source, value in (partial.get(key) or {}).items():
            recipe.setdefault(key, {})[source] = value
    recipe["recipe_version"] = RECIPE_VERSION
    validate_recipe(recipe)
    open_rows = [r for r in rows if r.status != "accepted" and (r.source, r.label) not in answered]
    return recipe, open_rows


def suggest_recipes(path: str | Path, *, sheet: str | None = None, table: str | None = None, country_iso3: str | None = None,
                    census_year: int | None = None, lang: str = "en", memory=None) -> list[dict]:
    """The suggested recipe(s) for a file, with every question a person must answer marked in it.

    Labels without a confident code are ``null`` in ``labels`` and listed in
    ``questions`` (with the suggestion below the threshold, if any); ``proof``
    says whether ``import --auto`` would write it, and why not. Edit the
    answers and pass the file back to ``import --recipe``.
    """
    from app.mapping import build_recipe, suggest_table
    from app.mapping.matcher import census_country
    from app.mapping.proof import choose_tables, prove_recipe

    result = read_source(path, {"sheet": sheet} if sheet else {})
    if not result.tables:
        raise ImportError_("import.no_table", path=str(path))
    tidy = _pick_table(result, sheet)
    country = country_by_iso3(country_iso3).code if country_iso3 else None
    out: list[dict] = []
    with census_country(country):
        suggestions = suggest_table(tidy, memory=memory)
        refusal: list[str] = []
        if table:
            tables = [t.strip() for t in table.split(",") if t.strip()]
        else:
            tables, reasons = choose_tables(tidy, suggestions)
            refusal = [r.text(lang) for r in reasons]
            if not tables:
                tables = [suggestions[0].table_id] if suggestions else []
        for table_id in tables:
            recipe, rows = build_recipe(tidy, table_id, memory=memory)
            recipe["import"] = {**result.settings, "sheet": tidy.name}
            questions = []
            for row in rows:
                if row.status == "accepted":
                    continue
                recipe["labels"].setdefault(row.source, {})[row.label] = None
                questions.append({"source": row.source, "dimension": row.dimension, "label": row.label,
                                  "suggested": row.code, "confidence": round(row.confidence, 2),
                                  "reason": row.reason_text(lang)})
            proof = prove_recipe(tidy, recipe, rows, census_year) if not questions else None
            recipe["questions"] = questions
            recipe["proof"] = refusal + (proof.lines(lang) if proof and not proof.proven else [])
            recipe["proven"] = bool(proof is not None and proof.proven and not refusal)
            if recipe["proven"]:
                recipe["proof"] = [proof.summary(tidy, lang)]
            out.append(recipe)
    return out


def edit_recipe(recipe: dict, *, codes=(), bindings=(), totals=()) -> dict:
    """``recipe`` with a person's decisions applied: (source, label, code), (source, target), (source, total label).

    The same decisions the Map page makes, for the command line: a label's
    code, a dimension's binding (an IMILA dimension, ``__sum__`` or
    ``__drop__``), the published total of a summed dimension.
    """
    from app.mapping import set_binding, set_label_code, set_sum_total

    out = json.loads(json.dumps(recipe))
    for source, target in bindings:
        set_binding(out, source, target)
    for source, label, code in codes:
        set_label_code(out, source, label, code)
    for source, label in totals:
        set_sum_total(out, source, label)
    return out


def import_file(
    project: Project,
    path: str | Path,
    *,
    sheet: str | None = None,
    table: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    recipe: dict | list | None = None,
    auto: bool = False,
    lang: str = "en",
    memory=None,
    progress: Progress = None,
    cancelled: CancelTest = None,
    settings: dict | None = None,
    keep_differences: bool = False,
    on_existing: str = "ask",
    other_census: bool = False,
    read: tuple | None = None,
) -> ImportSummary:
    """Import a census table file into the project, and map it when a recipe or ``auto`` says how.

    Without ``recipe`` or ``auto`` the source is stored (with its import
    settings) for mapping on the Map page. With them, the mapping applies
    only when every label has a confident code; otherwise nothing is
    written and ``unresolved`` lists the labels that need a person.
    ``read`` is ``(ImportResult, file bytes)`` when the caller has already read the file with these settings
    (``import_sheets`` reads a workbook once for all its sheets).
    ``settings`` are read options the user chose (``sheet``, ``encoding``,
    ``delimiter``, ``decimal``, ``thousands``, ``overrides``, ``format``, as in
    ``ImportResult.settings``); they take precedence over a recipe's.

    Nothing is merged silently: when the project already holds some of the
    cells from another source, nothing is written and ``conflicts`` says
    which, unless ``on_existing`` is ``"replace"`` (the earlier cells and
    the sources left empty go) or ``"version"`` (the earlier cells give way,
    their source stays stored). A title that names another country or
    census year than the project's stops the write (``mismatch``) unless
    ``other_census``.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportError_("import.missing", path=str(path))
    if _looks_like_imila_long(path) and recipe is None:
        return import_tidy_csv(project, path)
    recipes = [recipe] if isinstance(recipe, dict) else list(recipe or [])
    partial = [r for r in recipes if is_partial_recipe(r)]
    chosen, settings = settings, {}
    if recipes:
        settings.update({k: v for k, v in recipes[0].get("import", {}).items() if k != "format"})
    for key, value in (("sheet", sheet), ("encoding", encoding), ("delimiter", delimiter)):
        if value is not None:
            settings[key] = value
    settings.update({k: v for k, v in (chosen or {}).items() if k != "table" and v is not None})
    _report(progress, 0.05, path.name)
    if read is not None:
        result = read[0]
    else:
        result = read_source(path, settings, progress=progress, cancelled=cancelled)
    if not result.tables:
        raise ImportError_("import.no_table", path=str(path))
    tidy = _pick_table(result, settings.get("sheet"))
    summary = ImportSummary(0, path.name, result.format, understood=describe_import(result, lang), path=str(path),
                            settings={**result.settings, "sheet": tidy.name})
    planned: list[dict] = []
    if memory is False:  # an explicit "no mapping memory" (builds, tests)
        memory = None
    elif memory is None and (recipes or auto):
        memory = _default_memory()
    if partial:
        from app.mapping.matcher import census_country

        completed, open_questions = [], {}
        with census_country(project.metadata().get("country_m49")):
            for rec in recipes:
                if is_partial_recipe(rec):
                    rec, rows = complete_recipe(tidy, rec, memory=memory)
                    for row in rows:
                        open_questions.setdefault(row.source, []).append(row.label)
                completed.append(rec)
        if open_questions:
            summary.unresolved = open_questions
            return summary
        recipes = completed
    if recipes or auto:
        from app.mapping.matcher import census_country

        proofs: list = []
        year = project.metadata().get("census_year")
        with census_country(project.metadata().get("country_m49")):
            planned, questions = plan_mapping(tidy, table=table, recipes=recipes or None, memory=memory,
                                              prove=auto and not recipes, census_year=int(year) if year else None,
                                              proofs=proofs, keep_differences=keep_differences)
        if questions:
            summary.unresolved = questions
            summary.refused = [line for proof in proofs if not proof.proven for line in proof.lines(lang)]
            return summary
        summary.proven = [proof.summary(tidy, lang) for proof in proofs if proof.proven]
    _check_cancel(cancelled)
    _report(progress, 0.8, path.name)
    prepared = _prepare_writes(tidy, planned)
    if planned:
        from app.mapping.provenance import mismatches

        meta = project.metadata()
        summary.mismatch = mismatches(tidy, meta.get("country_m49"), meta.get("census_year"), lang)
        summary.conflicts = existing_cells(project, prepared)
        if (summary.mismatch and not other_census) or (summary.conflicts and on_existing not in ("replace", "version")):
            return summary
    summary.accounting = [line for rec, obs in prepared for line in account_cells(tidy, rec, obs, lang)]
    table_name = tidy.name
    if read is None and not prepared:
        # nothing is mapped: the tidy frame is not needed to store the file, and gives its memory back first
        result.tables = []
        tidy = None
        from app.importers.longcsv import give_back_memory

        give_back_memory()
    with project.action("import", {"file": path.name, "format": result.format, "recipes": [r["name"] for r in planned],
                                   "existing": on_existing if summary.conflicts else ""}):
        if summary.conflicts:
            _give_way(project, summary.conflicts, delete_sources=on_existing == "replace")
        source_settings = {**result.settings, "table": table_name}
        if read is not None:
            summary.source_id = project.add_source(path.name, read[1], result.format, source_settings)
        else:
            summary.source_id = project.add_source_file(path.name, path, result.format, source_settings)
        for rec, observations in prepared:
            rec = dict(rec)
            rec["import"] = {**result.settings, "sheet": table_name}
            summary.tables.update(_store(project, rec, observations, summary.source_id))
    summary.mapped = bool(planned)
    if planned and memory is not None:
        from app.mapping import remember_recipe

        origin = f"{project.metadata().get('country_iso3', '')}-{project.metadata().get('census_year', '')}"
        for rec in planned:
            remember_recipe(rec, memory, origin)
    _report(progress, 1.0, path.name)
    return summary


def import_and_keep(
    project: Project,
    path: str | Path,
    *,
    lang: str = "en",
    settings: dict | None = None,
    memory=None,
    progress: Progress = None,
    cancelled: CancelTest = None,
    on_existing: str = "ask",
    other_census: bool = False,
    read: tuple | None = None,
) -> ImportSummary:
    """Import ``path`` with automatic mapping, and keep the file for a person when nothing could be proven.

    The write is ``import_file(auto=True)``'s: only what the title, the
    headers and the published totals prove. When labels still need a
    person or the proof failed, the file is stored unmapped (``kept``) with
    the questions and the reasons, so that the Map page (or ``map``) takes
    it from there. When the title names another census or the project
    already holds the cells, nothing is stored: the caller asks the person
    (``on_existing``, ``other_census``) and calls again.
    """
    summary = import_file(project, path, auto=True, lang=lang, settings=settings, memory=memory, progress=progress,
                          cancelled=cancelled, on_existing=on_existing, other_census=other_census, read=read)
    if summary.source_id or summary.conflicts or summary.mismatch:
        return summary
    if not (summary.unresolved or summary.refused):
        return summary
    stored = import_file(project, path, lang=lang, settings=settings, progress=progress, cancelled=cancelled,
                         read=read)
    stored.unresolved, stored.refused, stored.kept = summary.unresolved, summary.refused, True
    return stored


def import_sheets(project: Project, path: str | Path, plans: list[dict], *, auto: bool = True, lang: str = "en",
                  progress: Progress = None, cancelled: CancelTest = None) -> list[ImportSummary]:
    """Import ``path`` once per plan (the read settings of one sheet each), all or nothing.

    With ``auto`` each sheet goes through ``import_and_keep``; without, each
    is stored for the Map page. Several sheets are one action: a failure
    leaves the project as it was.
    """
    summaries: list[ImportSummary] = []
    count = max(1, len(plans))

    def step(i: int):
        if progress is None:
            return None
        return lambda fraction, text="": progress((i + max(0.0, min(1.0, fraction))) / count, text)

    reads = _read_sheets_once(path, plans, progress, cancelled) if len(plans) > 1 else None
    if reads is not None:
        progress = (lambda p: None if p is None else (lambda f, text="": p(0.5 + 0.5 * f, text)))(progress)

    def run_all() -> None:
        for i, settings in enumerate(plans):
            read = reads[i] if reads is not None else None
            if auto:
                summaries.append(import_and_keep(project, path, lang=lang, settings=settings, progress=step(i),
                                                 cancelled=cancelled, read=read))
            else:
                summaries.append(import_file(project, path, lang=lang, settings=settings, progress=step(i),
                                             cancelled=cancelled, read=read))

    if len(plans) > 1:
        with project.action("import.sheets", {"file": Path(path).name, "sheets": [p.get("sheet") for p in plans]}):
            run_all()
    else:
        run_all()
    return summaries


def _read_sheets_once(path, plans: list[dict], progress: Progress, cancelled: CancelTest) -> list[tuple] | None:
    """Each plan's ``(ImportResult, file bytes)`` from one read of the workbook, or None to read sheet by sheet.

    Sheets of one workbook that differ only by their corrections are read in one pass (one archive check, one
    open), each plan then getting the result a read of its sheet alone gives.
    """
    from app.importers import ImportResult

    path = Path(path)
    common = [{k: v for k, v in p.items() if k not in ("sheet", "overrides") and v is not None} for p in plans]
    sheets = [p.get("sheet") for p in plans]
    if any(not isinstance(s, str) or s == "*" for s in sheets) or len(set(sheets)) != len(sheets):
        return None
    if any(c != common[0] for c in common) or any(k in common[0] for k in ("recipe", "table")):
        return None
    by_sheet = {p["sheet"]: p["overrides"] for p in plans if p.get("overrides")}
    settings = dict(common[0], sheet=sheets, overrides={"by_sheet": by_sheet} if by_sheet else None)
    half = None if progress is None else (lambda f, text="": progress(0.5 * f, text))
    result = read_source(path, settings, progress=half, cancelled=cancelled)
    if [t.name for t in result.tables] != sheets:
        return None
    content = path.read_bytes()
    out = []
    for plan, table in zip(plans, result.tables):
        kind = table.layout.get("kind")
        fmt = result.settings.get("format")
        fmt = "redatam" if kind == "redatam" else ("long" if kind == "long" and fmt == "csv" else fmt)
        one = dict(result.settings, sheet=plan["sheet"], overrides=plan.get("overrides") or None)
        out.append((ImportResult(path=result.path, format=fmt, settings=one, tables=[table], sheets=list(result.sheets),
                                 warnings=list(result.warnings)), content))
    return out


def combine_summaries(summaries: list[ImportSummary]) -> ImportSummary:
    """One summary of the sheets of one file: tables added up, questions, reasons and proofs one after the other."""
    if len(summaries) == 1:
        return summaries[0]
    first = summaries[0] if summaries else ImportSummary(0, "", "")
    out = ImportSummary(summaries[-1].source_id if summaries else 0, first.source_name, first.format, path=first.path)
    for s in summaries:
        for table, n in (s.tables or {}).items():
            out.tables[table] = out.tables.get(table, 0) + n
        for dim, labels in (s.unresolved or {}).items():
            out.unresolved.setdefault(dim, []).extend(labels)
        sheet = (s.settings or {}).get("sheet")
        prefix = f"{sheet}: " if sheet else ""
        out.understood.extend(s.understood or [])
        out.refused.extend(prefix + line for line in s.refused)
        out.proven.extend(prefix + line for line in s.proven)
        out.accounting.extend(prefix + line for line in s.accounting)
        out.mismatch.extend(s.mismatch)
        out.conflicts.extend(s.conflicts)
    out.mapped = bool(summaries) and all(s.mapped for s in summaries)
    out.kept = any(s.kept for s in summaries)
    return out


def held(summary: ImportSummary) -> bool:
    """True when an import stopped for a person's answer: another census named, or cells the project holds."""
    return not summary.source_id and bool(summary.conflicts or summary.mismatch)


@dataclass
class SourceReview:
    """Why a stored source was or was not written automatically, in the words a person reads on the Map page."""

    source_id: int
    proven: list[str] = field(default_factory=list)  # one line per table the automatic path would write
    refused: list[str] = field(default_factory=list)  # why it would not
    questions: dict[str, list[str]] = field(default_factory=dict)  # source dimension → labels without a code
    mismatch: list[str] = field(default_factory=list)  # the title names another country or census year
    conflicts: list[dict] = field(default_factory=list)  # cells the project already holds from another source
    table: str = ""  # the name of the table read (a sheet)


def review_source(project: Project, source_id: int, *, tidy=None, lang: str = "en", memory=None) -> SourceReview:
    """What the automatic path concludes about a stored source, without writing anything."""
    tidy = tidy if tidy is not None else load_source_table(project, source_id)
    review = review_table(project, tidy, lang=lang, memory=memory)
    review.source_id = source_id
    review.conflicts = [c for c in review.conflicts if c["source_id"] != source_id]
    return review


def review_table(project: Project, tidy, *, lang: str = "en", memory=None) -> SourceReview:
    """What ``import --auto`` would conclude about a table read from a file, without writing anything:
    the proofs or the reasons, the labels to answer, another census named, the cells the project already holds."""
    from app.mapping.matcher import census_country
    from app.mapping.provenance import mismatches

    meta = project.metadata()
    year = meta.get("census_year")
    proofs: list = []
    review = SourceReview(0, table=getattr(tidy, "name", ""))
    with census_country(meta.get("country_m49")):
        planned, questions = plan_mapping(tidy, memory=memory, prove=True, census_year=int(year) if year else None,
                                          proofs=proofs)
    review.questions = {dim: labels for dim, labels in questions.items() if dim != "table"}
    review.refused = [line for proof in proofs if not proof.proven for line in proof.lines(lang)]
    review.proven = [proof.summary(tidy, lang) for proof in proofs if proof.proven] if not questions else []
    if planned and not questions:
        review.mismatch = mismatches(tidy, meta.get("country_m49"), meta.get("census_year"), lang)
        review.conflicts = existing_cells(project, _prepare_writes(tidy, planned))
    return review


def review_tables(project: Project, tables, *, lang: str = "en", memory=None,
                  cancelled: CancelTest = None) -> list[SourceReview]:
    """``review_table`` for each table a file gave (the import wizard's last step); ``cancelled`` is asked between two."""
    if memory is None:
        memory = _default_memory()
    try:
        out = []
        for tidy in tables:
            _check_cancel(cancelled)
            out.append(review_table(project, tidy, lang=lang, memory=memory))
        return out
    finally:
        if memory is not None:
            memory.close()


def _prepare_writes(tidy, planned: list[dict]) -> list[tuple[dict, list[dict]]]:
    """Each recipe with the observations it gives: computed once, before anything is written."""
    from app.mapping import apply_recipe

    return [(rec, apply_recipe(tidy, rec)) for rec in planned]


def _cell_key(obs: dict, dims) -> tuple:
    return (obs["table_id"], *(str(obs.get(d) or "") for d in dims))


def existing_cells(project: Project, prepared) -> list[dict]:
    """Cells about to be written that the project already holds from another source: one entry per (table, source)."""
    schema = load_schema()
    out: list[dict] = []
    names = {s["id"]: s["name"] for s in project.sources()}
    for table_id in sorted({rec["table"] for rec, _ in prepared}):
        frame = project.observations(table_id)
        if len(frame) == 0:
            continue
        dims = schema.table(table_id).dimensions
        new = {_cell_key(o, dims) for rec, obs in prepared if rec["table"] == table_id for o in obs}
        keys = [(table_id, *row) for row in frame[list(dims)].fillna("").astype(str).itertuples(index=False, name=None)]
        counts: dict = {}
        for key, source_id in zip(keys, frame["source_id"].tolist()):
            if key in new:
                counts[source_id] = counts.get(source_id, 0) + 1
        for source_id, count in sorted(counts.items(), key=lambda item: str(item[0])):
            out.append({"table": table_id, "source_id": source_id, "source": names.get(source_id, ""), "cells": count})
    return out


def _give_way(project: Project, conflicts: list[dict], *, delete_sources: bool) -> None:
    """Inside an action: the tables that the earlier sources gave and the new one gives again leave (whole tables,
    never a mix of two sources' cells); on replace, an earlier source left with nothing goes too."""
    for conflict in conflicts:
        project.delete_table_observations(conflict["table"], conflict["source_id"])
    if delete_sources:
        for source_id in {c["source_id"] for c in conflicts}:
            if source_id is not None and not project.observation_count_of(source_id):
                project.delete_source(source_id)


def account_cells(tidy, recipe: dict, observations: list[dict], lang: str = "en") -> list[str]:
    """What of the source's cells went where: read, written, and why the others were not (one line each)."""
    from app.mapping.recipe import cell_accounting
    from app.models.messages import message

    counts = cell_accounting(tidy, recipe, observations)
    lines = [message("import.account.total", lang, table=recipe["table"], read=counts.pop("read"),
                     written=counts.pop("written"))]
    for key, value in counts.items():
        if value:
            lines.append("  " + message(f"import.account.{key}", lang, count=value))
    return lines


def _store(project: Project, recipe: dict, observations: list[dict], source_id: int) -> dict[str, int]:
    """Inside an action: save ``recipe`` and its observations for ``source_id``."""
    mapping_id = project.save_mapping(recipe["name"], recipe, source_id)
    count = project.replace_observations(observations, source_id=source_id, mapping_id=mapping_id, tables=[recipe["table"]])
    return {recipe["table"]: count}


def _apply_and_store(project: Project, tidy, recipe: dict, source_id: int) -> dict[str, int]:
    """Inside an action: apply ``recipe`` to ``tidy`` and replace what that source gave that table."""
    from app.mapping import apply_recipe

    observations = apply_recipe(tidy, recipe)
    mapping_id = project.save_mapping(recipe["name"], recipe, source_id)
    count = project.replace_observations(observations, source_id=source_id, mapping_id=mapping_id, tables=[recipe["table"]])
    return {recipe["table"]: count}


def _default_memory():
    from app.mapping import MappingMemory

    try:
        return MappingMemory()
    except Exception:  # an unusable memory folder must never stop an import
        return None


def load_source_table(project: Project, source_id: int, progress: Progress = None, cancelled: CancelTest = None):
    """Re-read a stored source with its saved import settings (for mapping or re-import)."""
    import tempfile

    source = project.source(source_id)
    settings = dict(source["settings"])
    if settings.get("microdata"):
        from app.errors import MappingError

        raise MappingError("mapping.source_is_microdata", name=source["name"])
    table_name = settings.pop("table", None)
    suffix = Path(source["name"]).suffix
    with tempfile.TemporaryDirectory(prefix="imila-") as folder:
        tmp = Path(folder) / f"source{suffix}"
        tmp.write_bytes(project.source_content(source_id))
        result = read_source(tmp, settings, progress=progress, cancelled=cancelled)
    for table in result.tables:
        if table.name == table_name:
            return table
    return result.tables[0]


def map_source(project: Project, source_id: int, recipe: dict, *, remember: bool = True, memory=None,
               on_existing: str = "ask") -> dict[str, int]:
    """Apply a mapping recipe to a stored source: one transaction, observations with lineage.

    Cells the project already holds from another source are never merged:
    ``on_existing`` "ask" raises ``ImportError_`` naming them; "replace" and
    "version" let the earlier table give way (see ``import_file``).
    """
    from app.mapping import remember_recipe

    tidy = load_source_table(project, source_id)
    prepared = _prepare_writes(tidy, [recipe])
    conflicts = [c for c in existing_cells(project, prepared) if c["source_id"] != source_id]
    if conflicts and on_existing not in ("replace", "version"):
        raise ImportError_("import.conflicts", cells="; ".join(f"{c['table']}: {c['cells']} × “{c['source']}”" for c in conflicts))
    with project.action("mapping.apply", {"source_id": source_id, "table": recipe.get("table"), "name": recipe.get("name")}):
        if conflicts:
            _give_way(project, conflicts, delete_sources=on_existing == "replace")
        written = _store(project, recipe, prepared[0][1], source_id)
    if remember:
        memory = memory or _default_memory()
        if memory is not None:
            meta = project.metadata()
            remember_recipe(recipe, memory, f"{meta.get('country_iso3', '')}-{meta.get('census_year', '')}")
    return written


def recipe_for_source(project: Project, source: str | int) -> dict | list:
    """The recipe(s) that mapped a source (by id or file name): one dict, or a list when it feeds several tables."""
    sources = project.sources()
    match = [s for s in sources if str(s["id"]) == str(source) or s["name"] == str(source)]
    if not match:
        raise ImportError_("import.unknown_source", source=str(source))
    source_id = match[-1]["id"]
    latest: dict[str, dict] = {}
    for mapping in project.mappings():
        if mapping["source_id"] == source_id:
            latest[mapping["recipe"].get("table", "")] = mapping["recipe"]
    if not latest:
        raise ImportError_("import.no_recipe", source=str(source))
    recipes = [latest[t] for t in sorted(latest)]
    return recipes[0] if len(recipes) == 1 else recipes


def reimport_file(
    project: Project,
    source_id: int,
    path: str | Path,
    *,
    memory=None,
    progress: Progress = None,
    cancelled: CancelTest = None,
) -> ImportSummary:
    """Replace a stored source with a corrected file, replaying its import settings and recipes.

    The old source, its mappings and its observations give way to the new
    file in one transaction — or, when the new file has labels the recipes
    cannot place, nothing changes and ``unresolved`` lists them.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportError_("import.missing", path=str(path))
    old = project.source(source_id)
    settings = {k: v for k, v in old["settings"].items() if k not in ("table", "format")}
    settings["sheet"] = old["settings"].get("table") or settings.get("sheet")
    recipes = [m["recipe"] for m in project.mappings() if m["source_id"] == source_id]
    latest: dict[str, dict] = {}
    for recipe in recipes:
        latest[recipe.get("table", "")] = recipe
    result = read_source(path, settings, progress=progress, cancelled=cancelled)
    if not result.tables:
        raise ImportError_("import.no_table", path=str(path))
    tidy = _pick_table(result, settings.get("sheet"))
    summary = ImportSummary(0, path.name, result.format, understood=describe_import(result))
    memory = None if memory is False else memory
    planned: list[dict] = []
    if latest:
        planned, questions = plan_mapping(tidy, recipes=list(latest.values()), memory=memory)
        if questions:
            summary.unresolved = questions
            return summary
    _check_cancel(cancelled)
    content = path.read_bytes()
    with project.action("import.replace", {"replaces": old["name"], "file": path.name}):
        project.delete_source(source_id)
        summary.source_id = project.add_source(path.name, content, result.format, {**result.settings, "table": tidy.name})
        for rec in planned:
            rec = dict(rec)
            rec["import"] = {**result.settings, "sheet": tidy.name}
            summary.tables.update(_apply_and_store(project, tidy, rec, summary.source_id))
    summary.mapped = bool(planned)
    return summary

def today() -> str:
    return _dt.date.today().isoformat()


# -- checks ------------------------------------------------------------------

def check_project(project: Project, progress: Progress = None, cancelled: CancelTest = None):
    """Run every data-quality check, store the findings and return them."""
    from app.checks import run_project_checks

    return run_project_checks(project, progress=progress, cancelled=cancelled)


def open_findings(project: Project, findings) -> tuple[list, list]:
    """(errors, unexplained warnings) among ``findings``: what stands between the project and export."""
    from app.checks import active_explanations

    explained = active_explanations(project, findings)
    errors = [f for f in findings if f.severity == "error"]
    unexplained = [f for f in findings if f.severity == "warning" and f.key not in explained]
    return errors, unexplained


def finding_key(project: Project, ref: str) -> str:
    """The key of the finding that ``ref`` names, for ``explain``.

    ``ref`` is a finding's full key (``check --json``), its rule (``PLA-002``) when
    that rule found one thing only, or its rule and table (``PLA-001:T01``, also
    ``PLA-001 T01``). The project's findings are those of its last check, run now
    if it was never checked. A full key of a known rule that the last check did not
    find is taken as written (an explanation may be given before the data that
    raise it are back); anything else is refused.
    """
    from app.errors import ImilaError

    ref = str(ref).strip()
    stored = project.stored_findings() or [f.to_dict() for f in check_project(project)]
    if any(f["key"] == ref for f in stored):
        return ref
    parts = [p for p in ref.replace("|", " ").replace(":", " ").replace("/", " ").split() if p]
    rule = parts[0].upper() if parts else ""
    table = parts[1].upper() if len(parts) > 1 else None
    matches = sorted(f["key"] for f in stored if f["rule"] == rule and (table is None or f["table_id"] == table))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ImilaError("cli.explain.ambiguous", ref=ref, count=len(matches), keys="\n  ".join(matches))
    if "|" in ref:
        from app.checks.registry import all_rules

        if ref.split("|", 1)[0] in {r.id for r in all_rules()}:  # a key of a rule that exists, not found this time
            return ref
    raise ImilaError("cli.explain.unknown", ref=ref[:80])


# -- export and verify -------------------------------------------------------

def export_package(
    project: Project,
    out_dir: str | Path,
    *,
    lang: str | None = None,
    confirm_unexplained: bool = False,
    include_sources: bool = False,
    progress: Progress = None,
    cancelled: CancelTest = None,
) -> Path:
    """Write ``<ISO3>_<year>_IMILA_v<N>.zip`` into ``out_dir`` and record it in the project.

    Refused while any error is open; warnings must be explained or their
    sending confirmed (the confirmation is recorded with the export). The
    package speaks ``lang``, by default the project's language (its country's).
    """
    from app.errors import ExportError
    from app.export.package import build_package_files, package_name, prepare_folder, write_zip

    # The name is made of the validated country and year (a project file may come from anyone): a crafted
    # one is refused before anything runs, and the package never lands outside ``out_dir``.
    version = project.next_export_version()
    name = package_name(project.metadata(), version)
    _report(progress, 0.0, "checks")
    findings = check_project(project)
    errors, unexplained = open_findings(project, findings)
    if errors:
        rules = ", ".join(sorted({f.rule for f in errors}))
        raise ExportError("export.open_errors", count=len(errors), rules=rules)
    if unexplained and not confirm_unexplained:
        rules = ", ".join(sorted({f.rule for f in unexplained}))
        raise ExportError("export.unexplained", count=len(unexplained), rules=rules)
    folder = prepare_folder(out_dir)
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise ExportError("export.bad_identity", country=str(project.metadata().get("country_iso3")),
                          year=str(project.metadata().get("census_year")))
    files = build_package_files(
        project, lang=lang, findings=findings, include_sources=include_sources,
        progress=progress, cancelled=cancelled, version=version,
    )
    _check_cancel(cancelled)
    digest = write_zip(files, target)
    project.record_export(version, target.name, digest, [f.key for f in unexplained])
    _report(progress, 1.0, target.name)
    return target


def export_summary(project: Project, lang: str = "en") -> list[str]:
    """How many project cells the package holds, and why the others are not in it, one line each.

    National subtotals ("Países limítrofes") are checked but not exported;
    confidential cells (flag ``C``) travel without their value; cells of a
    table the schema does not know, or set aside, stay in the project.
    """
    from app.export.package import excluded_cells
    from app.models.messages import message

    observations = project.observations()
    excluded = excluded_cells(observations)
    withheld = sum(n for reasons in excluded.values() for r, n in reasons.items() if r != "confidential")
    lines = [message("cli.export.cells", lang, project=len(observations), package=len(observations) - withheld)]
    for table_id, reasons in excluded.items():
        for reason, count in reasons.items():
            key = reason if reason in ("national", "confidential", "unknown_table") else "other"
            lines.append(message(f"cli.export.excluded.{key}", lang, table=table_id, count=count))
    return lines


def verify_package(path: str | Path):
    """Re-open a package as CELADE would (see ``app.export.verify``)."""
    from app.export.verify import verify_package as _verify

    return _verify(path)


# -- presenting the checks: a finding's cells, charts, women, the report ------

def code_label(dim: str, code: str, lang: str = "en") -> str:
    """The label of ``code`` on dimension ``dim`` in ``lang`` (a national subtotal ``N:x`` reads ``x``)."""
    from app.checks.render import _code_label

    try:
        schema = load_schema()
    except (OSError, KeyError, ValueError):
        schema = None
    return _code_label(schema, dim, code, lang)


def dimension_name(dim: str, lang: str = "en") -> str:
    """The name of dimension ``dim`` in ``lang`` ("Country of birth")."""
    from app.checks.render import _dimension_name

    try:
        schema = load_schema()
    except (OSError, KeyError, ValueError):
        schema = None
    return _dimension_name(schema, dim, lang)


_CELL_KEYS = ("table_id", "obs_id", "lineage", "value", "source", "position")


@dataclass
class FindingTable:
    """A compact pivot of one IMILA table around the cells of a finding.

    ``rows`` are codes of ``row_dim``; ``columns`` are tuples of codes of
    ``col_dims``; the other dimensions of the table are held at ``fixed``.
    ``values``, ``flags``, ``lineage`` and ``sources`` are ``[row][column]``
    (``None`` / ``""`` where the table has no such cell). ``highlighted``
    holds the ``(row, column)`` of the finding's cells; ``cells`` lists the
    finding's cells of this table with their source file name (``source``)
    and ``position`` in the pivot (``None`` when outside it).
    """

    table_id: str
    row_dim: str
    col_dims: list[str]
    fixed: dict[str, str]
    rows: list[str]
    columns: list[tuple[str, ...]]
    values: list[list[float | None]]
    flags: list[list[str]]
    lineage: list[list[str]]
    sources: list[list[str]]
    highlighted: set[tuple[int, int]]
    cells: list[dict]
    tables: list[str]  # every table the finding has cells in


def _finding_part(finding, name: str, default=None):
    return finding.get(name, default) if isinstance(finding, dict) else getattr(finding, name, default)


def finding_table(project: Project, finding, table_id: str | None = None, *, max_columns: int = 24,
                  progress: Progress = None, cancelled: CancelTest = None) -> FindingTable:
    """The table a finding is about, cut down to the slice that shows its cells in context.

    Rows follow the country of birth (or residence) when the table has it,
    else its first dimension. Dimensions on which the finding's cells differ
    are shown in full as columns; a dimension on which they agree is shown in
    full too while the columns stay within ``max_columns`` (smallest first),
    otherwise it is held at the finding's code. Codes keep the order of the
    published table (the order the cells were read in).
    """
    schema = load_schema()
    all_cells = list(_finding_part(finding, "cells", []) or [])
    tables = list(dict.fromkeys(c.get("table_id") for c in all_cells if c.get("table_id")))
    table_id = table_id or _finding_part(finding, "table_id") or (tables[0] if tables else None)
    if table_id not in schema.tables:
        raise KeyError(table_id)
    if table_id not in tables:
        tables.insert(0, table_id)
    dims = list(schema.tables[table_id].dimensions)
    cells = [c for c in all_cells if c.get("table_id") == table_id]
    _check_cancel(cancelled)
    frame = project.observations(table_id)
    _check_cancel(cancelled)
    row_dim = next((d for d in ("COB", "COR") if d in dims), dims[0])
    others = [d for d in dims if d != row_dim]

    def ordered(series) -> list[str]:
        return list(dict.fromkeys(str(v) for v in series))

    varying = [d for d in others if len({str(c.get(d, "")) for c in cells}) > 1]
    fixed = {d: str(cells[0].get(d, "")) for d in others if d not in varying} if cells else {}
    shown = set(varying) if cells else set(others)
    sizes = {d: len(ordered(frame[d])) for d in others}

    def width(selection) -> int:
        total = 1
        for d in selection:
            total *= max(1, sizes[d])
        return total

    for dim in sorted(fixed, key=lambda d: sizes[d]):
        if width(shown | {dim}) <= max_columns:
            shown.add(dim)
    fixed = {d: code for d, code in fixed.items() if d not in shown}
    col_dims = [d for d in others if d in shown]
    part = frame
    for dim, code in fixed.items():
        part = part[part[dim] == code]
    rows = ordered(part[row_dim])
    columns = list(dict.fromkeys(tuple(str(v) for v in key) for key in part[col_dims].itertuples(index=False, name=None))) \
        if col_dims else [()]
    row_at = {code: i for i, code in enumerate(rows)}
    col_at = {key: j for j, key in enumerate(columns)}
    source_names = {s["id"]: s["name"] for s in project.sources()}
    values: list[list[float | None]] = [[None] * len(columns) for _ in rows]
    flags = [[""] * len(columns) for _ in rows]
    lineage = [[""] * len(columns) for _ in rows]
    sources = [[""] * len(columns) for _ in rows]
    position_of_obs: dict[int, tuple[int, int]] = {}
    wanted = [row_dim, *col_dims, "id", "value", "flag", "lineage", "source_id"]
    for record in part[wanted].itertuples(index=False, name=None):
        r = row_at[str(record[0])]
        c = col_at[tuple(str(v) for v in record[1:1 + len(col_dims)])]
        obs_id, value, flag, cell_lineage, source_id = record[1 + len(col_dims):]
        values[r][c] = None if value is None or value != value else float(value)
        flags[r][c] = str(flag or "")
        lineage[r][c] = str(cell_lineage or "")
        sources[r][c] = source_names.get(source_id, "") if source_id == source_id else ""
        position_of_obs[int(obs_id)] = (r, c)
    highlighted: set[tuple[int, int]] = set()
    described = []
    for cell in cells:
        position = position_of_obs.get(int(cell["obs_id"])) if cell.get("obs_id") is not None else None
        if position is None and str(cell.get(row_dim, "")) in row_at:
            key = tuple(str(cell.get(d, "")) for d in col_dims)
            if key in col_at and all(str(cell.get(d, "")) == code for d, code in fixed.items()):
                position = (row_at[str(cell.get(row_dim, ""))], col_at[key])
        if position is not None:
            highlighted.add(position)
        source = sources[position[0]][position[1]] if position is not None else ""
        described.append({**cell, "source": source, "position": position})
    _report(progress, 1.0, table_id)
    return FindingTable(table_id, row_dim, col_dims, fixed, rows, columns, values, flags, lineage, sources,
                        highlighted, described, tables)


def _by_sex(frame, table_id: str, dim: str) -> list[dict] | None:
    """[{code, men, women}] of ``dim`` in ``table_id`` over all countries of birth; None without the table."""
    from app.models.schema import TOTAL

    part = frame[(frame["table_id"] == table_id) & (frame["kind"].fillna("") == "")]
    if part.empty:
        return None
    totals = part[part["COB"] == TOTAL]
    if totals.empty:  # no published total: add up the countries
        countries = {c.code for c in load_schema().codelist("COB") if c.kind in ("country", "historic", "residual",
                                                                               "other", "unknown")}
        totals = part[part["COB"].isin(countries)]
    totals = totals[totals["SEX"].isin(["1", "2"]) & (totals[dim] != TOTAL)]
    if totals.empty:
        return None
    sums = totals.groupby([dim, "SEX"])["value"].sum().unstack(fill_value=0.0)
    order = list(dict.fromkeys(totals[dim]))
    return [{"code": code, "men": float(sums.loc[code].get("1", 0.0)), "women": float(sums.loc[code].get("2", 0.0))}
            for code in order]


def migration_overview(project: Project, progress: Progress = None, cancelled: CancelTest = None) -> dict[str, Any]:
    """What the charts and the women's view show, in plain lists (computed once per change of the data).

    ``pyramids``: {COB code or "_T": [(age, men, women)]}, countries largest
    first; ``top``: the 15 largest countries of birth [(code, men, women)];
    ``arrivals``: [(period, persons)] of T04; ``women``: per country of birth
    (residual rows and regions not broken down included) women, men, share of
    women and sex ratio; ``activity`` (T07) and ``occupation`` (T09):
    [{code, men, women}] or None without the table; ``summary``: all of
    ``app.women.women_overview`` (the headline from the published totals).
    """
    from app.export import charts
    from app.women import women_overview

    _report(progress, 0.0, "observations")
    frame = project.observations()
    _check_cancel(cancelled)
    summary = women_overview(frame)
    women = summary["countries"]
    pyramids = {"_T": charts.pyramid(frame)}
    t01 = frame[frame["table_id"] == "T01"]
    for index, row in enumerate(women):
        if index % 20 == 0:
            _check_cancel(cancelled)
            _report(progress, 0.1 + 0.7 * index / max(1, len(women)), "pyramids")
        data = charts.pyramid(t01, row["COB"])
        if data:
            pyramids[row["COB"]] = data
    _check_cancel(cancelled)
    overview = {
        "pyramids": pyramids,
        "top": charts.top_countries(frame, 15),
        "arrivals": charts.arrivals(frame),
        "women": women,
        "activity": _by_sex(frame, "T07", "ACT"),
        "occupation": _by_sex(frame, "T09", "OCC"),
        "summary": summary,
    }
    _report(progress, 1.0, "")
    return overview


def women_in_migration(project: Project) -> dict[str, Any]:
    """Women in migration from the published totals: headline, countries, ages, arrivals, activity (``app.women``)."""
    from app.women import women_overview

    return women_overview(project.observations())


def report_document(project: Project, lang: str | None = None, progress: Progress = None,
                    cancelled: CancelTest = None):
    """The quality report of the project as it stands now, as sections (``app.export.report.ReportDocument``).

    The same report as the package's ``quality/report.html``, in ``lang`` (by
    default the package language); the checks run now and are not stored.
    """
    from app.checks import run_checks
    from app.export.package import exportable_frame, with_sources
    from app.export.report import report_document as _document
    from app.store.metadata import package_language

    schema = load_schema()
    metadata = project.metadata()
    observations = project.observations()
    findings = run_checks(observations, metadata, progress=progress, cancelled=cancelled)
    _check_cancel(cancelled)
    sources = project.sources()
    frame = with_sources(exportable_frame(observations, schema), {s["id"]: s["name"] for s in sources})
    return _document(metadata, frame, findings, project.explanations(), schema, lang or package_language(metadata),
                     sources=sources, in_package=False)


def write_report(project: Project, path: str | Path, lang: str | None = None, progress: Progress = None,
                 cancelled: CancelTest = None) -> Path:
    """Write the quality report of the project as it stands now (the package's ``quality/report.html``)."""
    document = report_document(project, lang, progress=progress, cancelled=cancelled)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(document.html(), encoding="utf-8")
    return path


# -- import wizard -------------------------------------------------------------

READ_OPTION_KEYS = ("sheet", "encoding", "delimiter", "decimal", "thousands", "overrides", "format")


@dataclass
class SourcePreview:
    """What the import wizard shows of a file before anything is stored."""

    path: str
    format: str  # the registered format that reads the file (csv, xlsx, xls, ods, html, sav, dta)
    format_description: str  # "Excel workbook", "Delimited text" … (English, for tooltips)
    sheet: str  # the sheet shown: the one asked for, else the first visible one holding a table
    sheets: list[str]  # every sheet, in file order
    hidden_sheets: list[str]  # those the workbook hides
    rows: list[list[str]]  # the grid as display strings (merged ranges filled, hidden rows included)
    layout: dict  # the layout the import would use (see ``app.importers.preview_grid``), or an "error" entry
    merged: list[tuple[int, int, int, int]]  # inclusive 0-based merged ranges inside ``rows``
    detected: dict  # encoding, delimiter, decimal, thousands as read (None where not applicable)
    truncated: bool  # the sheet has more rows than ``rows`` holds


def preview_source(path: str | Path, settings: dict | None = None, *, max_rows: int = 2000,
                   progress: Progress = None, cancelled: CancelTest = None) -> SourcePreview:
    """The raw grid of one sheet and the layout detected in it, for the wizard's preview; nothing stored.

    ``settings`` holds the read options (``sheet``, ``encoding``,
    ``delimiter``, ``decimal``, ``thousands``, ``overrides``, ``format``);
    ``None`` values are guessed. A file that cannot be read raises
    ``ImportError_``; a sheet without a table gives ``layout["error"]``.
    """
    from app.importers import ReadOptions, detect_format, preview_grid, registered_formats

    path = Path(path)
    if not path.is_file():
        raise ImportError_("import.missing", path=str(path))
    options = {k: v for k, v in (settings or {}).items() if k in READ_OPTION_KEYS and v is not None}
    _report(progress, 0.0, path.name)
    fmt = options.pop("format", None) or detect_format(path)
    spec = {s.name: s for s in registered_formats()}[fmt]
    _check_cancel(cancelled)
    _report(progress, 0.1, path.name)
    sheet = options.pop("sheet", None)
    rows, layout = preview_grid(path, sheet, format=fmt, max_rows=max_rows, **options)
    _check_cancel(cancelled)
    _report(progress, 0.8, path.name)
    hidden: list[str] = []
    merged: list[tuple[int, int, int, int]] = []
    detected: dict[str, Any] = {"encoding": None, "delimiter": None}
    if spec.grids is not None:
        source = spec.grids(path, ReadOptions(sheet=sheet, **{k: v for k, v in options.items() if k != "overrides"}))
        try:
            hidden = [s for s in source.sheets if s in source.hidden_sheets]
            detected.update({k: v for k, v in source.settings.items() if k in ("encoding", "delimiter")})
            if layout.get("sheet") in source.sheets:
                grid = source.load(layout["sheet"])
                merged = [tuple(int(i) for i in m) for m in grid.merged if m[0] < len(rows)]
        finally:
            if source.close:
                source.close()
    detected["decimal"] = layout.get("decimal")
    detected["thousands"] = layout.get("thousands")
    _report(progress, 1.0, path.name)
    return SourcePreview(
        path=str(path), format=fmt, format_description=spec.description, sheet=str(layout.get("sheet", "")),
        sheets=list(layout.get("sheets") or []), hidden_sheets=hidden, rows=rows, layout=layout, merged=merged,
        detected=detected, truncated=bool(layout.get("truncated")),
    )


# -- mapping editor ------------------------------------------------------------

@dataclass
class MappingPlan:
    """What the mapping editor shows for one source and one IMILA table.

    ``recipe`` is the working recipe; ``rows`` has one ``LabelSuggestion`` per
    label of every bound source dimension, in source order (labels a given
    recipe already knew come with their code, confidence 1.0, reason
    ``recipe`` and status ``accepted``); ``new`` holds the ``(source, label)``
    pairs the given recipe did not know — the questions replaying it raises.
    """

    recipe: dict
    rows: list = field(default_factory=list)
    new: set = field(default_factory=set)


def prepare_mapping(tidy, table_id: str | None = None, recipe: dict | None = None, memory=None) -> MappingPlan:
    """A recipe to edit for ``tidy``: fresh suggestions for ``table_id``, or ``recipe`` completed for this file.

    Without ``table_id`` and ``recipe`` the best suggested table is used
    (``MappingError`` when no table fits).
    """
    from app.errors import MappingError
    from app.mapping import LabelSuggestion, Reason, build_recipe, extend_recipe, suggest_table

    if recipe is None:
        if table_id is None:
            suggestions = suggest_table(tidy, memory=memory)
            if not suggestions:
                raise MappingError("mapping.unknown_table", table="?", tables=", ".join(load_schema().tables))
            table_id = suggestions[0].table_id
        built, rows = build_recipe(tidy, table_id, memory=memory)
        return MappingPlan(built, rows, set())
    extended, asked = extend_recipe(recipe, tidy, memory=memory)
    _, every = build_recipe(tidy, extended["table"], memory=memory, bindings=extended["bindings"])
    asked_by_key = {(r.source, r.label): r for r in asked}
    reason = Reason.of("recipe", name=str(extended.get("name", "")))
    rows = []
    for row in every:
        key = (row.source, row.label)
        if key in asked_by_key:
            rows.append(asked_by_key[key])
            continue
        code = extended["labels"].get(row.source, {}).get(row.label)
        kind = "national" if isinstance(code, str) and code.startswith("N:") else ""
        rows.append(LabelSuggestion(row.source, row.dimension, row.label, code, 1.0 if code else 0.0,
                                    reason if code else Reason.of("none"), kind,
                                    "accepted" if code else "unresolved"))
    return MappingPlan(extended, rows, set(asked_by_key))


def rebind_dimension(recipe: dict, tidy, source: str, target: str, memory=None) -> MappingPlan:
    """A copy of ``recipe`` with source dimension ``source`` bound to ``target`` (an IMILA dimension, ``__sum__``
    or ``__drop__``), the labels of the dimensions that changed suggested again.

    ``rows`` holds the suggestions of the labels that were suggested again;
    the other labels keep their codes. A summed dimension gets its
    published total when the source has one.
    """
    import copy

    from app.mapping import DROP, SUM, detect_total_label, extend_recipe, set_binding, set_sum_total
    from app.mapping.recipe import LEVEL_JOIN

    out = copy.deepcopy(recipe)
    old = out.get("bindings", {}).get(source)
    set_binding(out, source, target)
    touched = {t for t in (old, target) if t not in (None, SUM, DROP)}
    bindings_before = recipe.get("bindings", {})
    for key in list(out.get("labels", {})):
        parts = key.split(LEVEL_JOIN)
        if source in parts or any(bindings_before.get(p) in touched for p in parts):
            out["labels"].pop(key)
    for dim in touched:
        out.get("groups", {}).pop(dim, None)
    total = detect_total_label(tidy, source)[0] if target == SUM else None
    set_sum_total(out, source, total)
    extended, rows = extend_recipe(out, tidy, memory=memory)
    return MappingPlan(extended, rows, set())


@dataclass
class MappingPreview:
    """Observations a recipe gives, and the labels left out of them because they have no code yet."""

    observations: list
    left_out: dict = field(default_factory=dict)  # source dimension → labels without a code


def preview_mapping(tidy, recipe: dict, progress: Progress = None, cancelled: CancelTest = None) -> MappingPreview:
    """Apply ``recipe`` to ``tidy`` in memory, leaving out labels that have no code yet (nothing is stored)."""
    import copy

    from app.mapping import DROP, apply_recipe, diff_recipe

    draft = copy.deepcopy(recipe)
    left_out = diff_recipe(draft, tidy).new_labels
    for key, labels in left_out.items():
        for label in labels:
            draft.setdefault("labels", {}).setdefault(key, {})[label] = DROP
    observations = apply_recipe(tidy, draft, progress=progress, cancelled=cancelled)
    return MappingPreview(observations, {k: list(v) for k, v in left_out.items()})


def national_members(tidy, recipe: dict, source: str, label: str) -> list[str] | None:
    """Member codes of ``label`` as a national subtotal: the rows right after it that add up to it, or None."""
    from app.mapping.recipe import subtotal_members

    if source not in [d.name for d in tidy.dimensions]:
        return None  # joined header levels have no rows to add up
    members = subtotal_members(tidy, source, label, tolerance=0.2)
    if not members:
        return None
    codes = recipe.get("labels", {}).get(source, {})
    return [codes[m] for m in members if codes.get(m) and not codes[m].startswith("__")]


# -- microdata tabulation -------------------------------------------------------
@dataclass
class MicrodataColumn:
    """A variable of a census person file as the recipe form shows it.

    ``samples`` are the most frequent values of the first records read (as the
    recipe compares them: ``"032"`` → ``"32"``), ``value_labels`` the labels
    an SPSS or Stata file gives its codes, ``label`` the variable's own label.
    """

    name: str
    type: str  # int, float, text, bool, other
    label: str = ""
    samples: list[str] = field(default_factory=list)
    value_labels: dict[str, str] = field(default_factory=dict)


def microdata_columns(path: str | Path, *, rows: int = 1000, max_samples: int = 8,
                      csv_options: dict | None = None) -> list[MicrodataColumn]:
    """The variables of a person file (CSV, Parquet, SPSS ``.sav``, Stata ``.dta``), read cheaply.

    Only the header and the first ``rows`` records are read (DuckDB for CSV
    and Parquet, pyreadstat's metadata and ``row_limit`` for SPSS and Stata),
    so this is quick at any size of file. Raises ``TabulateError`` when the
    file cannot be read as microdata.
    """
    from collections import Counter

    from app.tabulate.issues import TabulateError
    from app.tabulate.recipe import norm_value
    from app.tabulate.source import _labels_of, detect_format, open_csv, open_parquet, type_class

    path = Path(path)
    if not path.is_file():
        raise TabulateError("tabulate.missing_file", path=str(path))
    if path.stat().st_size == 0:
        raise TabulateError("tabulate.empty", path=path.name)
    fmt = detect_format(path)
    labels: dict[str, str] = {}
    value_labels: dict[str, dict[str, str]] = {}
    if fmt in ("sav", "dta"):
        import pyreadstat

        reader = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
        try:
            frame, meta = reader(str(path), row_limit=rows, disable_datetime_conversion=True)
        except Exception as exc:  # noqa: BLE001 - pyreadstat raises its own error types
            raise TabulateError("tabulate.unreadable", path=path.name, detail=str(exc)[:300]) from exc
        labels = {k: str(v) for k, v in (meta.column_names_to_labels or {}).items() if v}
        value_labels = _labels_of(meta)
        kinds = getattr(meta, "readstat_variable_types", {}) or {}
        types = {name: ("text" if kinds.get(name) == "string" else "float") for name in frame.columns}
        records = {name: frame[name].tolist() for name in frame.columns}
    else:
        import duckdb

        con = duckdb.connect()
        try:
            source = open_csv(path, csv_options or {}) if fmt == "csv" else open_parquet(con, path)
            try:
                cursor = con.execute(f"SELECT * FROM {source.relation} LIMIT {int(rows)}")
                names = [d[0] for d in cursor.description]
                data = cursor.fetchall()
            except Exception as exc:  # noqa: BLE001 - duckdb raises several kinds for a damaged file
                raise TabulateError("tabulate.unreadable", path=path.name,
                                    detail=str(exc).splitlines()[0][:300]) from exc
        finally:
            con.close()
        types = {name: type_class(source.columns.get(name, "")) for name in names}
        records = {name: [row[i] for row in data] for i, name in enumerate(names)}
    out = []
    for name, values in records.items():
        counts = Counter(v for v in (norm_value(x) for x in values) if v is not None)
        samples = [value for value, _n in counts.most_common(max_samples)]
        out.append(MicrodataColumn(name, types.get(name, "other"), labels.get(name, ""), samples,
                                   value_labels.get(name, {})))
    return out


# Usual names of the census variables (upper case, without accents and separators), per concept,
# in the order concepts are guessed (a more specific concept first: CATOCUP is not OCUP).
_VARIABLE_NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("country_of_birth", r"PAISNAC|PAISDENAC|LUGNAC|LUGARNAC|NACIMIENTO|COUNTRYOFBIRTH|BIRTHCOUNTRY|^BPL|^COB$"
                         r"|PAISNASC|NASCIMENTO|PAYSNAIS|NAISSANCE"),
    ("residence_5y", r"RES5|RESID5|MIG5|RESIDENCIA5|HACE5|5ANOS|RESIDENCE5|5YEARS|MIGRATE5|RESAN"),
    ("arrival", r"LLEG|ARRIV|CHEG|YRIMM|YEARIMM|INMIG|ANNEEARR|ARRIVEE"),
    ("employment_status", r"CATEG|CATOCUP|POSOCUP|CLASSWK|ICSE|STATUSINEMP|SITPROF"),
    ("occupation", r"OCUP|^OCC|ISCO|CIUO|CNO|PROFESS"),
    ("industry", r"RAMA|INDUS|^IND$|ISIC|CIIU|^CAE|ACTECON|BRANCH"),
    ("activity", r"ACTIV|CONDACT|EMPSTAT|CONDICION|LABFORCE|ACTIVIDAD"),
    ("marital_status", r"ECIVIL|ESTCIV|ESTADOCIVIL|CIVIL|CONYUG|MARST|MARITAL|ETATMAT"),
    ("children_ever_born", r"HIJOS|HIJNAC|NACIDOSVIVOS|CHBORN|CHILDREN|^CEB$|FILHOS|ENFANTS"),
    ("schooling", r"ESCOLAR|ANEST|AESTUD|ANOSEST|YRSCHOOL|YEARSSCH|YRSCH|EDUC|ANOSDEEST"),
    ("weight", r"FACTOR|PESO|WEIGHT|PERWT|^WT|FEXP|PONDER|POIDS|EXPANS"),
    ("sex", r"^SEX|^SEXO|^GENERO|^GENDER|^SEXE"),
    ("age", r"^EDAD|^AGE$|^AGE\d|^IDADE|^AGEYRS|EDADANOS|^P\d*EDAD"),
)


def guess_tabulation_variables(columns: list[MicrodataColumn]) -> dict[str, str]:
    """Concept → column for the variables whose names (or labels) look like a concept's usual names.

    A first suggestion for the recipe form: each column serves one concept at
    most, and the user confirms or changes every binding.
    """
    import re
    import unicodedata

    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKD", text or "")
        return re.sub(r"[^A-Z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).upper())

    guesses: dict[str, str] = {}
    used: set[str] = set()
    for concept, pattern in _VARIABLE_NAME_PATTERNS:
        regex = re.compile(pattern)
        for column in columns:
            if column.name in used:
                continue
            if regex.search(plain(column.name)) or (column.label and regex.search(plain(column.label))):
                guesses[concept] = column.name
                used.add(column.name)
                break
    return guesses


def tabulation_recipe(variables: dict[str, dict], *, name: str = "", census_year: int | None = None,
                      census_country: str | None = None) -> dict:
    """A tabulation recipe (the JSON of ``app/tabulate/recipe.py``) from the form's bindings, checked.

    ``variables`` maps a concept to its fields (``variable`` and, as needed,
    ``kind``, ``codes``, ``not_stated`` …); empty fields are left out.
    Raises ``TabulateError`` with what is wrong, as when a recipe file is read.
    """
    from app.tabulate.recipe import RECIPE_VERSION, parse_recipe

    recipe: dict[str, Any] = {"recipe_version": RECIPE_VERSION, "kind": "tabulation",
                              "name": (name or "").strip() or "microdata"}
    if census_year:
        recipe["census_year"] = int(census_year)
    if census_country:
        recipe["census_country"] = str(census_country)
    recipe["variables"] = {
        concept: {key: value for key, value in body.items() if value not in (None, "", [], {})}
        for concept, body in variables.items()
    }
    parse_recipe(recipe)
    return recipe


# Usual names of the emigrant module's variables (household members abroad), per concept, in guessing order.
_EMIGRANT_NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("country_of_residence", r"PAISRES|PAISDERES|RESIDE|DESTINO|PAISACT|PAISVIVE|COUNTRYOFRES|DESTINATION|^COR$"
                             r"|PAISEMIG|PAYSRES|PAIS$|PAIS\d*$|COUNTRY$"),
    ("age", r"EDADSAL|EDADAL|EDADPART|AGELEFT|AGEATDEP|IDADESAI|^EDAD|^AGE|^IDADE|EDAD$"),
    ("departure", r"ANIOSAL|ANOSAL|SALIDA|PARTIO|PARTIDA|EMIGRO|DEPART|YEARLEFT|YRLEFT|LEFT|SAIDA|ANNEEDEP|ANIO$"),
    ("household", r"HOGAR|VIVIENDA|^HH|FOLIO|HOUSEHOLD|DOMICILIO|MENAGE|^IDHOG"),
    ("weight", r"FACTOR|PESO|WEIGHT|^WT|FEXP|PONDER|POIDS|EXPANS"),
    ("sex", r"^SEX|^SEXO|^GENERO|^GENDER|^SEXE|SEXO$|SEX$"),
)


def guess_emigrant_variables(columns: list[MicrodataColumn]) -> dict[str, str]:
    """Concept → column for an emigrant module, from the variables' names (a first suggestion to confirm)."""
    import re
    import unicodedata

    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKD", text or "")
        return re.sub(r"[^A-Z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).upper())

    guesses: dict[str, str] = {}
    used: set[str] = set()
    for concept, pattern in _EMIGRANT_NAME_PATTERNS:
        regex = re.compile(pattern)
        for column in columns:
            if column.name in used:
                continue
            if regex.search(plain(column.name)) or (column.label and regex.search(plain(column.label))):
                guesses[concept] = column.name
                used.add(column.name)
                break
    return guesses


def looks_like_emigrant_module(columns: list[MicrodataColumn]) -> bool:
    """True when the variables look like household members abroad (a country of residence and a year of
    departure) rather than a person file (a country of birth)."""
    emigrant = guess_emigrant_variables(columns)
    persons = guess_tabulation_variables(columns)
    return {"country_of_residence", "departure"} <= set(emigrant) and "country_of_birth" not in persons


def emigrant_recipe(variables: dict[str, dict], *, name: str = "", census_year: int | None = None,
                    census_country: str | None = None, since: int | None = None, until: int | None = None,
                    period_label: str = "") -> dict:
    """An emigrant recipe (``app/tabulate/emigrants.py``: household members abroad → T11), checked.

    ``since``/``until`` are the reference period (``until`` defaults to the
    census year); without ``since`` the project's recorded period serves.
    Raises ``TabulateError`` with what is wrong.
    """
    from app.tabulate.recipe import RECIPE_VERSION, parse_recipe

    recipe: dict[str, Any] = {"recipe_version": RECIPE_VERSION, "kind": "emigrants",
                              "name": (name or "").strip() or "emigrants"}
    if census_year:
        recipe["census_year"] = int(census_year)
    if census_country:
        recipe["census_country"] = str(census_country)
    if since:
        period: dict[str, Any] = {"from": int(since)}
        if until:
            period["to"] = int(until)
        if period_label.strip():
            period["label"] = period_label.strip()
        recipe["reference_period"] = period
    recipe["layout"] = "members"
    recipe["variables"] = {
        concept: {key: value for key, value in body.items() if value not in (None, "", [], {})}
        for concept, body in variables.items()
    }
    parse_recipe(recipe)
    return recipe


def save_tabulation_recipe(recipe: dict, path: str | Path) -> Path:
    """Write a tabulation recipe as UTF-8 JSON (what ``--recipe`` and the dialog read); OSError when it cannot."""
    import json

    path = Path(path)
    path.write_text(json.dumps(recipe, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def tabulate_microdata(project: Project, path: str | Path, recipe, *, disclosure_threshold: int | None = None,
                       progress: Progress = None, cancelled: CancelTest = None, memory_limit: str = "1GB",
                       keep_copy: bool = False):
    """Tabulate a census person file into the project's IMILA tables (``app.tabulate.tabulate``).

    One transaction: a failure or a cancel leaves the project as it was.
    The project records the file's name, size and SHA-256; ``keep_copy``
    also stores the (confidential) records in it. Returns the
    ``TabulationResult`` (tables, issues, skipped tables, timings).
    """
    from app.tabulate import tabulate

    return tabulate(project, path, recipe, disclosure_threshold=disclosure_threshold, progress=progress,
                    cancelled=cancelled, memory_limit=memory_limit, keep_copy=keep_copy)

"""The user's actions as plain functions: the one API the CLI and the GUI share.

Every function here is Qt-free. Long ones take ``progress(fraction, message)``
and ``cancelled()`` callables (see docs/architecture.md) and leave the project
as it was when they fail or are cancelled.
"""

from __future__ import annotations

import datetime as _dt
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
    meta = {
        "country_iso3": country.iso3,
        "country_m49": country.code,
        "country_name": country.label(metadata.get("language", "es")),
        "census_year": year,
        "census_name": metadata.pop("census_name", f"{country.label('es')} {year}"),
        "census_round": f"{year // 10 * 10}",
        "enumeration_basis": "de_jure",
        "source_type": "full_count",
        "submission_version": 1,
        "language": "es",
        "min_ages": {},
        "universe_notes": {},
    }
    meta.update(metadata)
    return Project.create(path, meta, overwrite=overwrite)


def open_project(path: str | Path) -> Project:
    return Project.open(path)


def project_info(project: Project) -> dict[str, Any]:
    """What the Project page and ``info`` show: metadata, sources, tables, findings, exports."""
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
        "exports": project.exports(),
    }


@dataclass
class ImportSummary:
    source_id: int
    source_name: str
    format: str
    tables: dict[str, int] = field(default_factory=dict)  # IMILA table → observations written
    understood: list[str] = field(default_factory=list)  # what the importer understood, one line each
    unresolved: dict[str, list[str]] = field(default_factory=dict)  # source dimension → labels without a code
    mapped: bool = False


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


def describe_import(result) -> list[str]:
    """What the importer understood, one line per table (CLI output, wizard summary)."""
    lines = []
    for table in result.tables:
        layout = table.layout
        dims = ", ".join(f"{d.name} ({len(d.labels)})" for d in table.dimensions)
        lines.append(
            f"[{table.name}] {len(table.frame)} cells; header rows {_rows_text(layout.get('header_rows'))}, "
            f"data rows {_rows_text(layout.get('data_rows'))}; dimensions: {dims}; "
            f"totals: {len(layout.get('total_rows', []) or [])} rows, {len(layout.get('total_cols', []) or [])} columns; "
            f"confidence {table.confidence:.2f}"
        )
    return lines


def _rows_text(rows) -> str:
    rows = list(rows or [])
    if not rows:
        return "-"
    return f"{rows[0] + 1}-{rows[-1] + 1}" if len(rows) > 1 else str(rows[0] + 1)


def _pick_table(result, sheet):
    if isinstance(sheet, str) and sheet != "*":
        for table in result.tables:
            if table.name == sheet:
                return table
    return result.tables[0]


def plan_mapping(tidy, *, table: str | None = None, recipes: list[dict] | None = None, memory=None):
    """Recipes to apply to ``tidy`` and the labels that still need a person.

    With ``recipes``, each is completed for this file (new labels suggested);
    without, the best suggested IMILA table (or ``table``) gets a fresh recipe.
    Returns (recipes, questions) where questions maps ``source dimension`` to
    the labels without a confident code.
    """
    from app.mapping import build_recipe, extend_recipe, suggest_table

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
            table = suggestions[0].table_id
        # "T00,T01": one source feeding several tables (INEGI's sheet 01 → T00 and a partial T01)
        for table_id in [t.strip() for t in table.split(",") if t.strip()]:
            recipe, rows = build_recipe(tidy, table_id, memory=memory)
            for row in rows:
                if row.status != "accepted" and row.label not in questions.get(row.source, []):
                    questions.setdefault(row.source, []).append(row.label)
            planned.append(recipe)
    return planned, questions


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
) -> ImportSummary:
    """Import a census table file into the project, and map it when a recipe or ``auto`` says how.

    Without ``recipe`` or ``auto`` the source is stored (with its import
    settings) for mapping on the Map page. With them, the mapping applies
    only when every label has a confident code; otherwise nothing is
    written and ``unresolved`` lists the labels that need a person.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportError_("import.missing", path=str(path))
    if _looks_like_imila_long(path) and recipe is None:
        return import_tidy_csv(project, path)
    recipes = [recipe] if isinstance(recipe, dict) else list(recipe or [])
    settings: dict[str, Any] = {}
    if recipes:
        settings.update({k: v for k, v in recipes[0].get("import", {}).items() if k != "format"})
    for key, value in (("sheet", sheet), ("encoding", encoding), ("delimiter", delimiter)):
        if value is not None:
            settings[key] = value
    _report(progress, 0.05, path.name)
    result = read_source(path, settings, progress=progress, cancelled=cancelled)
    if not result.tables:
        raise ImportError_("import.no_table", path=str(path))
    tidy = _pick_table(result, settings.get("sheet"))
    summary = ImportSummary(0, path.name, result.format, understood=describe_import(result))
    planned: list[dict] = []
    if memory is False:  # an explicit "no mapping memory" (builds, tests)
        memory = None
    elif memory is None and (recipes or auto):
        memory = _default_memory()
    if recipes or auto:
        planned, questions = plan_mapping(tidy, table=table, recipes=recipes or None, memory=memory)
        if questions:
            summary.unresolved = questions
            return summary
    _check_cancel(cancelled)
    _report(progress, 0.8, path.name)
    content = path.read_bytes()
    with project.action("import", {"file": path.name, "format": result.format, "recipes": [r["name"] for r in planned]}):
        summary.source_id = project.add_source(path.name, content, result.format, {**result.settings, "table": tidy.name})
        for rec in planned:
            rec = dict(rec)
            rec["import"] = {**result.settings, "sheet": tidy.name}
            summary.tables.update(_apply_and_store(project, tidy, rec, summary.source_id))
    summary.mapped = bool(planned)
    if planned and memory is not None:
        from app.mapping import remember_recipe

        origin = f"{project.metadata().get('country_iso3', '')}-{project.metadata().get('census_year', '')}"
        for rec in planned:
            remember_recipe(rec, memory, origin)
    _report(progress, 1.0, path.name)
    return summary


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


def map_source(project: Project, source_id: int, recipe: dict, *, remember: bool = True, memory=None) -> dict[str, int]:
    """Apply a mapping recipe to a stored source: one transaction, observations with lineage."""
    from app.mapping import remember_recipe

    tidy = load_source_table(project, source_id)
    with project.action("mapping.apply", {"source_id": source_id, "table": recipe.get("table"), "name": recipe.get("name")}):
        written = _apply_and_store(project, tidy, recipe, source_id)
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


# -- export and verify -------------------------------------------------------

def export_package(
    project: Project,
    out_dir: str | Path,
    *,
    lang: str = "en",
    confirm_unexplained: bool = False,
    include_sources: bool = False,
    progress: Progress = None,
    cancelled: CancelTest = None,
) -> Path:
    """Write ``<ISO3>_<year>_IMILA_v<N>.zip`` into ``out_dir`` and record it in the project.

    Refused while any error is open; warnings must be explained or their
    sending confirmed (the confirmation is recorded with the export).
    """
    from app.errors import ExportError
    from app.export.package import build_package_files, package_name, write_zip

    _report(progress, 0.0, "checks")
    findings = check_project(project)
    errors, unexplained = open_findings(project, findings)
    if errors:
        rules = ", ".join(sorted({f.rule for f in errors}))
        raise ExportError("export.open_errors", count=len(errors), rules=rules)
    if unexplained and not confirm_unexplained:
        rules = ", ".join(sorted({f.rule for f in unexplained}))
        raise ExportError("export.unexplained", count=len(unexplained), rules=rules)
    version = project.next_export_version()
    files = build_package_files(
        project, lang=lang, findings=findings, include_sources=include_sources,
        progress=progress, cancelled=cancelled, version=version,
    )
    _check_cancel(cancelled)
    target = Path(out_dir) / package_name(project.metadata(), version)
    digest = write_zip(files, target)
    project.record_export(version, target.name, digest, [f.key for f in unexplained])
    _report(progress, 1.0, target.name)
    return target


def verify_package(path: str | Path):
    """Re-open a package as CELADE would (see ``app.export.verify``)."""
    from app.export.verify import verify_package as _verify

    return _verify(path)

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


def today() -> str:
    return _dt.date.today().isoformat()


# -- checks ------------------------------------------------------------------

def check_project(project: Project, progress: Progress = None, cancelled: CancelTest = None):
    """Run every data-quality check, store the findings and return them."""
    from app.checks import run_project_checks

    _report(progress, 0.0, "checks")
    _check_cancel(cancelled)
    findings = run_project_checks(project)
    _report(progress, 1.0, "checks")
    return findings


def open_findings(project: Project, findings) -> tuple[list, list]:
    """(errors, unexplained warnings) among ``findings``: what stands between the project and export."""
    explained = {e["finding_key"] for e in project.explanations()}
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

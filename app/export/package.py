"""The submission package ``<ISO3>_<year>_IMILA_v<N>.zip``.

Layout (DESIGN.md, "The submission package")::

    manifest.json        package and schema versions, app version, created-at, SHA-256 and size of every other file
    metadata.json        the submission metadata
    datapackage.json     Frictionless Data Package: one resource per table, code lists as enums, primary keys
    data/Txx.csv         long form, UTF-8: one column per dimension (schema id), value, flag
    data/tables.xlsx     one sheet per table, labelled, laid out as census tables are read
    sdmx/IMILA.csv       SDMX-CSV 1.0 of all observations
    quality/report.html  findings, explanations, summary tables, charts
    quality/findings.csv
    mapping/*.json       the recipes that produced the data
    sources/*            the original files (optional)

The data files are deterministic: the same project exports byte-identical
data files. The package is written to a temporary file and renamed, so an
interrupted export never leaves a half package.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable

from app import __version__
from app.errors import Cancelled, ExportError
from app.models.schema import TOTAL, Schema, load_schema

PACKAGE_FORMAT = "1.0"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FLAGS = ("A", "E", "C", "M", "Z")
SDMX_DATAFLOW = "CELADE:IMILA(1.0)"


def package_name(metadata: dict[str, Any], version: int) -> str:
    iso3 = str(metadata.get("country_iso3") or "XXX").upper()
    year = metadata.get("census_year") or "0000"
    return f"{iso3}_{year}_IMILA_v{version}.zip"


def _format_value(value, flag: str) -> str:
    if value is None or value != value:  # NaN
        return ""
    if flag != "E" and float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _sort_key(codes: tuple[str, ...]):
    # Totals first, then codes in natural order (numbers by value).
    out = []
    for code in codes:
        if code == TOTAL:
            out.append((0, 0, ""))
        else:
            match = re.match(r"^<?(\d+)", code)
            out.append((1, int(match.group(1)) if match else 10**9, code))
    return tuple(out)


def exportable_frame(observations, schema: Schema | None = None):
    """Observations that go into the package, sorted deterministically per table.

    National subtotals (kind ``national``) stay in the project: they are
    checked, not exported.
    """
    schema = schema or load_schema()
    frame = observations[observations["kind"].fillna("") == ""].copy()
    frame = frame[frame["table_id"].isin(list(schema.tables))]
    return frame


def table_rows(frame, table_id: str, schema: Schema) -> tuple[list[str], list[list[str]]]:
    """Header and rows of ``data/<table>.csv`` (codes, value, flag), sorted."""
    dims = list(schema.tables[table_id].dimensions)
    part = frame[frame["table_id"] == table_id]
    rows = []
    for record in part[dims + ["value", "flag"]].itertuples(index=False, name=None):
        codes = tuple(str(c) for c in record[: len(dims)])
        value, flag = record[len(dims)], record[len(dims) + 1] or "A"
        if flag == "C":
            value = None  # confidential: withheld from the package, the flag says so
        rows.append((codes, [*codes, _format_value(value, flag), flag]))
    rows.sort(key=lambda item: _sort_key(item[0]))
    return dims + ["value", "flag"], [r for _, r in rows]


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _field_for_dimension(dim: str, schema: Schema, used: set[str]) -> dict[str, Any]:
    codelist = schema.codelist(dim)
    field: dict[str, Any] = {
        "name": dim,
        "type": "string",
        "title": schema.dimension(dim).name("en"),
        "description": schema.dimension(dim).name("es"),
        "constraints": {"required": True},
    }
    if codelist.patterns:
        # Pattern-based lists (AGE, PERIOD): enumerated codes or the pattern.
        enumerated = "|".join(re.escape(c) for c in sorted(codelist.codes))
        patterns = "|".join(f"(?:{p.strip('^$')})" for p in codelist.patterns)
        field["constraints"]["pattern"] = f"(?:{enumerated})|{patterns}" if enumerated else patterns
    else:
        # National subtotal codes never reach the package; every used code is in the list.
        field["constraints"]["enum"] = sorted(set(codelist.codes) | {c for c in used if codelist.is_valid(c)})
    return field


def datapackage(metadata: dict[str, Any], frame, schema: Schema, tables: list[str]) -> dict[str, Any]:
    resources = []
    for table_id in tables:
        table = schema.tables[table_id]
        part = frame[frame["table_id"] == table_id]
        fields = [_field_for_dimension(d, schema, set(part[d].astype(str))) for d in table.dimensions]
        fields.append({"name": "value", "type": "number", "title": "Persons", "constraints": {"minimum": 0}})
        fields.append({"name": "flag", "type": "string", "title": "Observation status",
                       "constraints": {"required": True, "enum": list(FLAGS)}})
        resources.append({
            "name": table_id.lower(),
            "path": f"data/{table_id}.csv",
            "profile": "tabular-data-resource",
            "title": table.title("en"),
            "description": table.title("es"),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": fields, "primaryKey": list(table.dimensions), "missingValues": [""]},
        })
    return {
        "profile": "tabular-data-package",
        "name": f"imila-{str(metadata.get('country_iso3', 'xxx')).lower()}-{metadata.get('census_year', '')}",
        "title": f"IMILA — {metadata.get('census_name', '')}",
        "version": f"{metadata.get('submission_version', 1)}.0.0",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        "resources": resources,
    }


def sdmx_rows(frame, metadata: dict[str, Any], schema: Schema) -> bytes:
    """SDMX-CSV 1.0: DATAFLOW, TABLE, REF_AREA, TIME_PERIOD, every dimension (``_Z`` where not applicable)."""
    dims = list(schema.all_dimension_ids)
    header = ["DATAFLOW", "TABLE", "REF_AREA", "TIME_PERIOD", *dims, "OBS_VALUE", "OBS_STATUS"]
    area = str(metadata.get("country_iso3", ""))
    period = str(metadata.get("census_year", ""))
    rows = []
    for table_id in sorted(frame["table_id"].unique()):
        table_dims = schema.tables[table_id].dimensions
        _, table_data = table_rows(frame, table_id, schema)
        for record in table_data:
            codes = dict(zip(table_dims, record))
            value, flag = record[len(table_dims)], record[len(table_dims) + 1]
            rows.append([SDMX_DATAFLOW, table_id, area, period, *(codes.get(d, "_Z") for d in dims), value, flag])
    return _csv_bytes(header, rows)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_package_files(
    project,
    *,
    lang: str | None = None,
    findings=None,
    include_sources: bool = False,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    created_at: str | None = None,
    version: int | None = None,
) -> dict[str, bytes]:
    """Every file of the package as bytes, keyed by its path inside the zip."""
    from app.export.report import findings_csv, report_html
    from app.export.xlsx import tables_xlsx

    def step(fraction: float, text: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(fraction, text)

    from app.store.metadata import package_language

    schema = load_schema()
    metadata = project.metadata()
    lang = lang or package_language(metadata)
    observations = project.observations()
    frame = exportable_frame(observations, schema)
    tables = sorted(t for t in frame["table_id"].unique())
    if not tables:
        raise ExportError("export.empty")
    files: dict[str, bytes] = {}
    step(0.05, "metadata")
    version = version or project.next_export_version()
    meta_out = dict(sorted(metadata.items()))
    meta_out["submission_version"] = version
    meta_out["schema_version"] = schema.version
    meta_out["language"] = lang
    files["metadata.json"] = json.dumps(meta_out, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    for index, table_id in enumerate(tables):
        step(0.1 + 0.4 * index / len(tables), f"data/{table_id}.csv")
        header, rows = table_rows(frame, table_id, schema)
        files[f"data/{table_id}.csv"] = _csv_bytes(header, rows)
    files["datapackage.json"] = json.dumps(datapackage(meta_out, frame, schema, tables), ensure_ascii=False, indent=2).encode("utf-8")
    step(0.55, "data/tables.xlsx")
    files["data/tables.xlsx"] = tables_xlsx(frame, tables, schema, lang, meta_out)
    step(0.7, "sdmx/IMILA.csv")
    files["sdmx/IMILA.csv"] = sdmx_rows(frame, meta_out, schema)
    step(0.8, "quality")
    explanations = project.explanations()
    files["quality/findings.csv"] = findings_csv(findings or [], explanations, lang)
    files["quality/report.html"] = report_html(meta_out, frame, findings or [], explanations, schema, lang)
    for mapping in project.mappings():
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", mapping["name"]).strip("_") or "recipe"
        files[f"mapping/{mapping['id']:03d}_{safe}.json"] = json.dumps(mapping["recipe"], ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    if include_sources:
        for source in project.sources():
            safe = re.sub(r"[^A-Za-z0-9_. -]+", "_", source["name"])
            files[f"sources/{source['id']:03d}_{safe}"] = project.source_content(source["id"])
    step(0.9, "manifest.json")
    created_at = created_at or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    manifest = {
        "package_format": PACKAGE_FORMAT,
        "schema_version": schema.version,
        "application": "IMILA Desk",
        "application_version": __version__,
        "created_at": created_at,
        "country_iso3": metadata.get("country_iso3"),
        "census_year": metadata.get("census_year"),
        "submission_version": version,
        "language": lang,
        "observations": {"project": int(len(observations)), "package": int(len(frame)),
                         "not_in_package": excluded_cells(observations, schema)},
        "files": {name: {"sha256": _sha256(data), "size": len(data)} for name, data in sorted(files.items())},
    }
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    return files


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def excluded_cells(observations, schema: Schema | None = None) -> dict[str, dict[str, int]]:
    """Why project cells are not in the package, ``{table: {reason: count}}``.

    ``national``: a national subtotal ("Países limítrofes"), checked but not
    exported; ``confidential``: a cell flagged ``C``, in the package with its
    value withheld; ``unknown_table``: a table the schema does not know.
    """
    schema = schema or load_schema()
    out: dict[str, dict[str, int]] = {}
    kinds = observations["kind"].fillna("")
    flags = observations["flag"].fillna("A")
    for table_id, kind, flag in zip(observations["table_id"], kinds, flags):
        if table_id not in schema.tables:
            reason = "unknown_table"
        elif kind == "national":
            reason = "national"
        elif kind:
            reason = "other_" + str(kind)
        elif flag == "C":
            reason = "confidential"
        else:
            continue
        table = out.setdefault(str(table_id), {})
        table[reason] = table.get(reason, 0) + 1
    return {t: dict(sorted(r.items())) for t, r in sorted(out.items())}


def write_zip(files: dict[str, bytes], target: Path) -> str:
    """Write ``files`` to ``target`` atomically (temporary file, then rename); returns the zip's SHA-256."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".imila-", suffix=".zip.part", dir=str(target.parent))
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            order = ["manifest.json"] + sorted(n for n in files if n != "manifest.json")
            for name in order:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, files[name])
        digest = _sha256(tmp.read_bytes())
        # mkstemp makes the file private (0600); a package is for others to read on a shared drive.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
        return digest
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if getattr(exc, "errno", None) == 28:
            raise ExportError("export.disk_full", path=str(target)) from exc
        raise ExportError("export.write_failed", path=str(target), detail=str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

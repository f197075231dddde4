"""The submission package ``<ISO3>_<year>_IMILA_v<N>.zip``.

Layout (DESIGN.md, "The submission package")::

    manifest.json        package and schema versions, app version, created-at, SHA-256 and size of every other file
    metadata.json        the submission metadata
    datapackage.json     Frictionless Data Package v2: one resource per table (codes with labels, primary and
                         foreign keys), the code lists, contributors, sources with SHA-256, licence
    data/Txx.csv         long form, UTF-8: one column per dimension (schema id), value, flag, source
    codelists/<ID>.csv   each code list the tables use: code, labels in every language, kind, parent
    data/tables.xlsx     one sheet per table, labelled, laid out as census tables are read
    sdmx/structure.xml   SDMX-ML 2.1 structure: concepts, code lists in every language, a structure and a
                         dataflow per table (app/export/sdmx_package.py says why)
    sdmx/Txx.csv         SDMX-CSV 2.0 of each table against its dataflow
    quality/report.html  findings, explanations, summary tables, charts
    quality/findings.csv
    mapping/*.json       the recipes that produced the data
    sources/*            the original files (optional)

The data files are deterministic: the same project exports byte-identical
data files. The package is written to a temporary file and renamed, so an
interrupted export never leaves a half package.
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import json
import math
import os
import re
import zipfile
from pathlib import Path
from typing import Any, Callable

from app import __version__
from app.errors import Cancelled, ExportError
from app.models.schema import TOTAL, Schema, load_schema

PACKAGE_FORMAT = "1.1"  # 1.1: SDMX structure (SDMX-ML 2.1) and SDMX-CSV 2.0 per table
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FLAGS = ("A", "E", "C", "M", "Z")


def package_name(metadata: dict[str, Any], version: int) -> str:
    """``<ISO3>_<year>_IMILA_v<N>.zip``, made of validated parts only.

    The country and year come from the project file, which may have been
    received from anyone: a code that is not three capital letters or a year
    that is not a census year is refused, so the name can never hold a
    separator or ``..`` and the package lands in the folder chosen.
    """
    from app.store.metadata import census_year_of, country_code_of

    iso3 = country_code_of(metadata.get("country_iso3"))
    year = census_year_of(metadata.get("census_year"))
    if iso3 is None or year is None or isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExportError("export.bad_identity", country=str(metadata.get("country_iso3"))[:40],
                          year=str(metadata.get("census_year"))[:40])
    return f"{iso3}_{year:04d}_IMILA_v{version}.zip"


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
    """Header and rows of ``data/<table>.csv`` (codes, value, flag, source), sorted."""
    dims = list(schema.tables[table_id].dimensions)
    part = frame[frame["table_id"] == table_id]
    sources = part["source"] if "source" in part else [""] * len(part)
    rows = []
    for record, source in zip(part[dims + ["value", "flag"]].itertuples(index=False, name=None), sources):
        codes = tuple(str(c) for c in record[: len(dims)])
        value, flag = record[len(dims)], record[len(dims) + 1] or "A"
        if flag == "C":
            value = None  # confidential: withheld from the package, the flag says so
        rows.append((codes, [*codes, _format_value(value, flag), flag, str(source or "")]))
    rows.sort(key=lambda item: _sort_key(item[0]))
    return dims + ["value", "flag", "source"], [r for _, r in rows]


def with_sources(frame, source_names: dict[int, str]):
    """``frame`` with the ``source`` lineage column: the source file, then the sheet and cell the value came from."""
    frame = frame.copy()
    names = frame["source_id"].map(lambda i: "" if i is None or math.isnan(i) else source_names.get(int(i), ""))
    lineage = frame["lineage"].fillna("").astype(str) if "lineage" in frame else names.map(lambda _n: "")

    def joined(name: str, where: str) -> str:
        if not name or where.startswith(name):
            return where or name
        return f"{name}!{where}" if where else name

    frame["source"] = [joined(n, w) for n, w in zip(names, lineage)]
    return frame


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    from app.export.spreadsheet import csv_bytes

    return csv_bytes(header, rows)


DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
LABEL_LANGUAGES = ("es", "en", "pt", "fr", "nl")


def _codelist_of(schema: Schema, codelist_id: str):
    return next(schema.codelist(d) for d in schema.all_dimension_ids if schema.codelist(d).id == codelist_id)


def _label(schema: Schema, dim: str, code: str, lang: str) -> str:
    found = schema.codelist(dim).get(code)
    return found.label(lang) if found else code


def package_codelists(frame, schema: Schema, tables: list[str]) -> list[str]:
    """The code lists the package's tables use (``COUNTRY``, ``SEX``, ``AGE`` …), each shipped as a resource."""
    used = {schema.codelist(d).id for t in tables for d in schema.tables[t].dimensions}
    return sorted(used)


def codelist_rows(frame, schema: Schema, codelist_id: str, lang: str) -> tuple[list[str], list[list[str]]]:
    """``codelists/<ID>.csv``: code, label in the package language, kind, parent, ISO alpha-3 (countries), each language's label.

    Pattern lists (ages, periods) hold their listed codes and the intervals the package uses (``00-14``, ``2010-2014``).
    """
    codelist = _codelist_of(schema, codelist_id)
    codes = set(codelist.codes)
    for dim in schema.all_dimension_ids:
        if schema.codelist(dim).id == codelist_id and dim in frame:
            codes |= {c for c in frame[dim].astype(str) if c and codelist.is_valid(c)}
    # The four languages of every list; Dutch where the list has it (country names)
    langs = [code for code in LABEL_LANGUAGES if code != "nl" or any("nl" in c.labels for c in codelist)]
    with_iso3 = any(c.iso3 for c in codelist)
    header = ["code", "label", "kind", "parent", *(["iso3"] if with_iso3 else []), *(f"label_{code}" for code in langs)]
    rows = []
    for code in sorted(codes, key=lambda c: _sort_key((c,))):
        found = codelist.get(code)
        labels = [(found.labels.get(code_lang, "") if found else code) for code_lang in langs]
        label = found.label(lang) if found else code
        row = [code, label, found.kind if found else "interval", (found.parent or "") if found else ""]
        if with_iso3:
            row.append((found.iso3 or "") if found else "")
        rows.append(row + labels)
    return header, rows


def _is_integer_table(part) -> bool:
    """Counts are integers, unless the table holds sample estimates (flag ``E``) with decimals."""
    estimated = (part["flag"] == "E") & part["value"].notna()
    values = part["value"].dropna()
    return bool(((values % 1) == 0).all()) and not bool(estimated.any())


def _licence(metadata: dict[str, Any]) -> dict[str, str]:
    from app.store.metadata import license_of

    return license_of(metadata)


def _contributors(metadata: dict[str, Any]) -> list[dict[str, Any]]:
    office = str(metadata.get("nso") or "").strip()
    out = []
    if office:
        out.append({"title": office, "roles": ["publisher", "producer"]})
    contact = str(metadata.get("contact_name") or "").strip()
    if contact:
        person: dict[str, Any] = {"title": contact, "roles": ["contact"]}
        if metadata.get("contact_email"):
            person["email"] = str(metadata["contact_email"])
        if office:
            person["organization"] = office
        out.append(person)
    return out


def datapackage(
    metadata: dict[str, Any],
    frame,
    schema: Schema,
    tables: list[str],
    lang: str = "en",
    *,
    created: str | None = None,
    sources: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The Frictionless Data Package (v2) descriptor, built with the frictionless library.

    One tabular resource per table, its codes with their labels in the package
    language (``categories``) and a foreign key to the code list's resource;
    the code lists as resources; integer counts unless a table holds sample
    estimates; contributors (the office, the contact), the original files and
    their SHA-256 as sources, the licence the office chose.
    """
    from frictionless import Package, Resource
    from frictionless import Schema as TableSchema
    from frictionless import fields as ff

    from app.models.messages import message

    sources = sources or []
    resources = []
    for table_id in tables:
        table = schema.tables[table_id]
        part = frame[frame["table_id"] == table_id]
        table_fields = []
        for dim in table.dimensions:
            used = sorted(set(part[dim].astype(str)), key=lambda c: _sort_key((c,)))
            field = ff.StringField(name=dim, title=schema.dimension(dim).name(lang),
                                   constraints={"required": True, "enum": used})
            field.custom["categories"] = [{"value": c, "label": _label(schema, dim, c, lang)} for c in used]
            table_fields.append(field)
        value_type = ff.IntegerField if _is_integer_table(part) else ff.NumberField
        table_fields.append(value_type(name="value", title=message("dp.value", lang),
                                       description=message("dp.value.description", lang), constraints={"minimum": 0}))
        flag = ff.StringField(name="flag", title=message("dp.flag", lang), constraints={"required": True, "enum": list(FLAGS)})
        flag.custom["categories"] = [{"value": f, "label": message(f"dp.flag.{f}", lang)} for f in FLAGS]
        table_fields.append(flag)
        table_fields.append(ff.StringField(name="source", title=message("dp.source", lang),
                                           description=message("dp.source.description", lang)))
        foreign_keys = [{"fields": [dim], "reference": {"resource": f"codelist-{schema.codelist(dim).id.lower()}",
                                                        "fields": ["code"]}} for dim in table.dimensions]
        description = table.universe(lang)
        period = metadata.get("t11_reference_period") if table_id == "T11" else None
        if period:  # the emigrants households report: the census's question ("left since 2012")
            from app.store.metadata import reference_period_text

            text = reference_period_text(period)
            label = str(period.get("label") or "") if isinstance(period, dict) else ""
            if text:
                description += " " + message("dp.reference_period", lang, period=text.rstrip("-"),
                                             label=f" ({label})" if label else "")
        resource = Resource(
            name=table_id.lower(), path=f"data/{table_id}.csv", title=table.title(lang),
            description=description, format="csv", mediatype="text/csv", encoding="utf-8",
            schema=TableSchema(fields=table_fields, primary_key=list(table.dimensions), missing_values=[""],
                               foreign_keys=foreign_keys),
        )
        ids = {int(i) for i in part["source_id"].dropna()} if "source_id" in part else set()
        used_sources = [_source_entry(s) for s in sources if s["id"] in ids]
        if used_sources:
            resource.custom["sources"] = used_sources
        if period and isinstance(period, dict):
            resource.custom["referencePeriod"] = {k: period[k] for k in ("from", "to", "label") if period.get(k)}
        resources.append(resource)
    for codelist_id in package_codelists(frame, schema, tables):
        dims = [d for d in schema.all_dimension_ids if schema.codelist(d).id == codelist_id]
        header, _rows = codelist_rows(frame, schema, codelist_id, lang)
        titles = {"code": message("dp.code", lang), "label": message("dp.label", lang), "kind": message("dp.kind", lang),
                  "parent": message("dp.parent", lang), "iso3": message("dp.iso3", lang)}
        list_fields = []
        for column in header:
            title = titles.get(column) or f"{message('dp.label', lang)} ({column.removeprefix('label_')})"
            constraints = {"required": True, "unique": True} if column == "code" else {}
            list_fields.append(ff.StringField(name=column, title=title, constraints=constraints))
        resources.append(Resource(
            name=f"codelist-{codelist_id.lower()}", path=f"codelists/{codelist_id}.csv",
            title=message("dp.codelist", lang, id=codelist_id),
            description=message("dp.codelist.description", lang,
                                dimensions=", ".join(schema.dimension(d).name(lang) for d in dims)),
            format="csv", mediatype="text/csv", encoding="utf-8",
            schema=TableSchema(fields=list_fields, primary_key=["code"], missing_values=[]),
        ))
    census = str(metadata.get("census_name") or "")
    country = str(metadata.get("country_name") or metadata.get("country_iso3") or "")
    year = str(metadata.get("census_year") or "")
    # "Argentina 2022" says country and year already; "Censo Nacional 2022" needs them beside it
    named = census if country in census and year in census else f"{census} ({', '.join(x for x in (country, year) if x)})"
    description = message(
        "dp.description", lang, census=named.strip(), schema=schema.version,
        basis=message(f"meta.value.{metadata.get('enumeration_basis') or 'de_jure'}", lang),
        source=message(f"meta.value.{metadata.get('source_type') or 'full_count'}", lang),
        office=str(metadata.get("nso") or "").strip() or message("dp.office_unknown", lang),
    )
    package = Package(
        name=f"imila-{str(metadata.get('country_iso3', 'xxx')).lower()}-{metadata.get('census_year', '')}",
        title=message("dp.title", lang, census=census),
        description=description,
        version=f"{metadata.get('submission_version', 1)}.0.0",
        licenses=[_licence(metadata)],
        contributors=_contributors(metadata),
        sources=[_source_entry(s) for s in sources],
        keywords=["IMILA", "CELADE", "census", "international migration", str(metadata.get("country_iso3") or "")],
        resources=resources,
        schema_profile=DATAPACKAGE_PROFILE,
    )
    if created:
        package.created = created
    descriptor = package.to_descriptor()
    descriptor["language"] = lang
    return descriptor


def _source_entry(source: dict[str, Any]) -> dict[str, Any]:
    """A Data Package source: the original file as the office published it, with its SHA-256."""
    entry = {"title": source["name"], "sha256": source["sha256"], "bytes": int(source.get("size") or 0)}
    if source.get("path"):
        entry["path"] = source["path"]
    return entry


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
    project_sources = project.sources()
    frame = with_sources(exportable_frame(observations, schema), {s["id"]: s["name"] for s in project_sources})
    tables = sorted(t for t in frame["table_id"].unique())
    if not tables:
        raise ExportError("export.empty")
    files: dict[str, bytes] = {}
    step(0.05, "metadata")
    version = version or project.next_export_version()
    from app.rounds import package_metadata

    meta_out = dict(sorted(package_metadata(metadata).items()))  # the previous round named, its cells left home
    meta_out["submission_version"] = version
    meta_out["schema_version"] = schema.version
    meta_out["language"] = lang
    files["metadata.json"] = json.dumps(meta_out, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    for index, table_id in enumerate(tables):
        step(0.1 + 0.4 * index / len(tables), f"data/{table_id}.csv")
        header, rows = table_rows(frame, table_id, schema)
        files[f"data/{table_id}.csv"] = _csv_bytes(header, rows)
    for codelist_id in package_codelists(frame, schema, tables):
        header, rows = codelist_rows(frame, schema, codelist_id, lang)
        files[f"codelists/{codelist_id}.csv"] = _csv_bytes(header, rows)
    created_at = created_at or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    shipped = {}
    for source in project_sources:
        entry = dict(source)
        if include_sources:
            entry["path"] = _source_path(source)
        shipped[source["id"]] = entry
    files["datapackage.json"] = json.dumps(
        datapackage(meta_out, frame, schema, tables, lang, created=created_at, sources=list(shipped.values())),
        ensure_ascii=False, indent=2).encode("utf-8")
    step(0.55, "data/tables.xlsx")
    files["data/tables.xlsx"] = tables_xlsx(frame, tables, schema, lang, meta_out)
    step(0.7, "sdmx")
    from app.export import sdmx_package as sdmx

    files[sdmx.STRUCTURE_FILE] = sdmx.structure_xml(frame, schema, meta_out, tables, prepared=created_at)
    for table_id in tables:
        files[sdmx.data_file(table_id)] = sdmx.data_csv(frame, schema, meta_out, table_id)
    step(0.8, "quality")
    explanations = project.explanations()
    files["quality/findings.csv"] = findings_csv(findings or [], explanations, lang)
    files["quality/report.html"] = report_html(meta_out, frame, findings or [], explanations, schema, lang,
                                               sources=project_sources, created_at=created_at)
    for mapping in project.mappings():
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", mapping["name"]).strip("_") or "recipe"
        files[f"mapping/{mapping['id']:03d}_{safe}.json"] = json.dumps(mapping["recipe"], ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    if include_sources:
        for source in project_sources:
            files[_source_path(source)] = project.source_content(source["id"])
    step(0.9, "manifest.json")
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
        "observations": {"project": len(observations), "package": len(frame),
                         "not_in_package": excluded_cells(observations, schema)},
        "files": {name: {"sha256": _sha256(data), "size": len(data)} for name, data in sorted(files.items())},
    }
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    return files


def _source_path(source: dict[str, Any]) -> str:
    safe = re.sub(r"[^A-Za-z0-9_. -]+", "_", source["name"])
    return f"sources/{source['id']:03d}_{safe}"


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


PART_SUFFIX = ".part"
STALE_PART_SECONDS = 15 * 60


def _export_error(exc: OSError, folder: Path, target: Path) -> ExportError:
    """What an operating-system error while writing a package means to the user."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC:
        return ExportError("export.disk_full", path=str(target))
    if code in (errno.ENOTDIR, errno.EEXIST) or (folder.exists() and not folder.is_dir()):
        return ExportError("export.out_not_folder", path=str(folder))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError("export.folder_readonly", path=str(folder))
    return ExportError("export.write_failed", path=str(target), detail=exc.strerror or str(exc))


def prepare_folder(folder: str | os.PathLike) -> Path:
    """The folder a package goes into, created when missing; refused when it is a file or cannot be written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("export.out_not_folder", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _export_error(exc, folder, folder) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError("export.folder_readonly", path=str(folder))
    return folder


def clean_parts(folder: Path, keep_newer_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove the hidden ``.part`` files an interrupted export left in ``folder``; returns those removed.

    A part file younger than ``keep_newer_than`` seconds may be another
    export under way (a shared folder) and stays, unless it is the one this
    export is about to write.
    """
    import time

    removed = []
    now = time.time()
    for path in list(folder.glob(".*_IMILA_v*.zip" + PART_SUFFIX)) + list(folder.glob(".imila-*.zip" + PART_SUFFIX)):
        try:
            if now - path.stat().st_mtime >= keep_newer_than:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def write_zip(files: dict[str, bytes], target: Path) -> str:
    """Write ``files`` to ``target`` atomically (hidden ``.part`` file, then rename); returns the zip's SHA-256.

    A part file left by an earlier export that was killed is removed first.
    """
    target = Path(target)
    folder = prepare_folder(target.parent)
    clean_parts(folder)
    tmp = folder / f".{target.name}{PART_SUFFIX}"
    try:
        tmp.unlink(missing_ok=True)  # this very export, interrupted before: start afresh
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            order = ["manifest.json"] + sorted(n for n in files if n != "manifest.json")
            for name in order:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, files[name])
        digest = _sha256(tmp.read_bytes())
        # A package is for others to read on a shared drive.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
        return digest
    except OSError as exc:
        _discard(tmp)
        raise _export_error(exc, folder, target) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass

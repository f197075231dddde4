"""Re-open a submission package as CELADE would, and say what is wrong with it.

The archive is inspected before anything is read: absolute paths, ``..``,
symbolic links, too many entries, and a zip bomb (huge declared sizes or
compression ratios) are refused without extracting a byte. Then checksums,
structure, schema version, every data file against ``datapackage.json``, and
every data-quality check on the observations the package carries.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from app.models.messages import message
from app.models.schema import load_schema

MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 200
REQUIRED = ("manifest.json", "metadata.json", "datapackage.json")


@dataclass
class Problem:
    key: str
    params: dict = field(default_factory=dict)

    def text(self, lang: str) -> str:
        params = dict(self.params)
        if "metadata_fields" in params:  # field ids, named in the reader's language
            params["fields"] = ", ".join(message("meta." + f, lang) for f in params.pop("metadata_fields"))
        return message(self.key, lang, **params)


@dataclass
class VerifyReport:
    path: str
    problems: list[Problem] = field(default_factory=list)
    findings: list = field(default_factory=list)
    files: int = 0
    observations: int = 0
    notes: list[Problem] = field(default_factory=list)  # reported, not refused: metadata CELADE needs and lacks

    @property
    def ok(self) -> bool:
        return not self.problems and not any(f.severity == "error" for f in self.findings)

    def add(self, key: str, **params) -> None:
        self.problems.append(Problem(key, params))

    def lines(self, lang: str = "en") -> list[str]:
        out = [p.text(lang) for p in self.problems]
        out += [f"{f.severity.upper():8} {f.rule:8} {f.table_id or '-':4} {f.message(lang)}" for f in self.findings if f.severity == "error"]
        out += [n.text(lang) for n in self.notes]
        verdict = "verify.ok" if self.ok else "verify.failed"
        out.append(message(verdict, lang, path=self.path, files=self.files, observations=self.observations,
                           problems=len(self.problems) + sum(1 for f in self.findings if f.severity == "error")))
        return out

    def as_dict(self, lang: str = "en") -> dict:
        return {
            "path": self.path,
            "ok": self.ok,
            "files": self.files,
            "observations": self.observations,
            "problems": [{"key": p.key, "params": p.params, "message": p.text(lang)} for p in self.problems],
            "findings": [{"rule": f.rule, "severity": f.severity, "table": f.table_id, "message": f.message(lang)} for f in self.findings],
            "notes": [{"key": n.key, "params": n.params, "message": n.text(lang)} for n in self.notes],
        }


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(part == ".." for part in parts)


def inspect_archive(archive: zipfile.ZipFile, report: VerifyReport) -> bool:
    """Refuse hostile archives before reading any member. Returns False when refused."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        report.add("verify.too_many_files", count=len(infos))
        return False
    total = 0
    hostile = False
    for info in infos:
        if _unsafe_name(info.filename):
            report.add("verify.unsafe_path", name=info.filename)
            hostile = True
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            report.add("verify.symlink", name=info.filename)
            hostile = True
        total += info.file_size
        if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 10 * 1024**2:
            report.add("verify.zip_bomb", name=info.filename)
            hostile = True
    if total > MAX_TOTAL_BYTES:
        report.add("verify.zip_bomb", name=f"{total} bytes")
        hostile = True
    return not hostile


def _read_csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    return (rows[0], rows[1:]) if rows else ([], [])


def _check_resource(name: str, data: bytes, resource: dict, report: VerifyReport) -> list[list[str]]:
    try:
        header, rows = _read_csv(data)
    except UnicodeDecodeError:
        report.add("verify.not_utf8", name=name)
        return []
    fields = resource.get("schema", {}).get("fields", [])
    expected = [f["name"] for f in fields]
    if header != expected:
        report.add("verify.bad_header", name=name, found=", ".join(header), expected=", ".join(expected))
        return []
    checks = []
    for f in fields:
        constraints = f.get("constraints", {})
        enum = set(constraints["enum"]) if "enum" in constraints else None
        pattern = re.compile(constraints["pattern"]) if "pattern" in constraints else None
        checks.append((f["name"], f.get("type"), constraints.get("required"), enum, pattern))
    keys = resource.get("schema", {}).get("primaryKey", [])
    key_index = [expected.index(k) for k in keys]
    seen = set()
    bad = 0
    for line_no, row in enumerate(rows, start=2):
        if len(row) != len(expected):
            report.add("verify.bad_row", name=name, line=line_no)
            bad += 1
        else:
            for value, (fname, ftype, required, enum, pattern) in zip(row, checks):
                if value == "":
                    if required:
                        report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                        bad += 1
                    continue
                if ftype in ("number", "integer"):
                    try:
                        if (int(value) if ftype == "integer" else float(value)) < 0:
                            raise ValueError
                    except ValueError:
                        report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                        bad += 1
                elif (enum is not None and value not in enum) or (pattern is not None and not pattern.fullmatch(value)):
                    report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                    bad += 1
            key = tuple(row[i] for i in key_index)
            if key in seen:
                report.add("verify.duplicate_key", name=name, line=line_no, key="/".join(key))
                bad += 1
            seen.add(key)
        if bad >= 20:
            report.add("verify.too_many_errors", name=name)
            break
    return rows


def verify_package(path: str | Path) -> VerifyReport:
    path = Path(path)
    report = VerifyReport(str(path))
    if not path.is_file():
        report.add("verify.missing_package", path=str(path))
        return report
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        report.add("verify.not_zip", path=str(path))
        return report
    with archive:
        if not inspect_archive(archive, report):
            return report
        names = {i.filename for i in archive.infolist() if not i.is_dir()}
        report.files = len(names)
        for required in REQUIRED:
            if required not in names:
                report.add("verify.missing_file", name=required)
        if "manifest.json" not in names:
            return report
        try:
            manifest = json.loads(archive.read("manifest.json"))
        except (ValueError, UnicodeDecodeError):
            report.add("verify.bad_json", name="manifest.json")
            return report
        listed = manifest.get("files", {})
        for name, entry in sorted(listed.items()):
            if name not in names:
                report.add("verify.missing_file", name=name)
                continue
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != entry.get("sha256") or len(data) != entry.get("size"):
                report.add("verify.checksum", name=name)
        for name in sorted(names - set(listed) - {"manifest.json"}):
            report.add("verify.unlisted_file", name=name)
        schema = load_schema()
        if str(manifest.get("schema_version")) != schema.version:
            report.add("verify.schema_version", found=str(manifest.get("schema_version")), supported=schema.version)
        if report.problems:
            return report
        try:
            package = json.loads(archive.read("datapackage.json"))
            metadata = json.loads(archive.read("metadata.json"))
        except (ValueError, UnicodeDecodeError):
            report.add("verify.bad_json", name="datapackage.json / metadata.json")
            return report
        records = []
        for resource in package.get("resources", []):
            name = resource.get("path", "")
            if name not in names:
                report.add("verify.missing_file", name=name)
                continue
            rows = _check_resource(name, archive.read(name), resource, report)
            if name.startswith("codelists/"):
                continue  # a code list the tables refer to; its codes are re-checked through the tables
            table_id = Path(name).stem
            if table_id not in schema.tables:
                report.add("verify.unknown_table", name=name)
                continue
            dims = list(schema.tables[table_id].dimensions)
            for row in rows:
                if len(row) not in (len(dims) + 2, len(dims) + 3):  # codes, value, flag[, source]
                    continue
                record = {"table_id": table_id, **dict(zip(dims, row[: len(dims)]))}
                record["value"] = float(row[len(dims)]) if row[len(dims)] not in ("",) else None
                record["flag"] = row[len(dims) + 1]
                records.append(record)
        report.observations = len(records)
        if report.problems:
            return report
    _report_metadata(metadata, sorted({r["table_id"] for r in records}), report)
    report.findings = _recheck(records, metadata)
    return report


def _report_metadata(metadata: dict, tables: list[str], report: VerifyReport) -> None:
    from app.store.metadata import missing_metadata

    missing = missing_metadata(metadata, tables)
    for kind in ("required", "invalid", "recommended"):
        if missing[kind]:
            report.notes.append(Problem(f"verify.metadata_{'missing' if kind == 'required' else kind}",
                                        {"metadata_fields": list(missing[kind])}))


def _recheck(records: list[dict], metadata: dict):
    """Every data-quality check on the package's observations, as the project ran them."""
    import pandas as pd

    from app.checks import run_checks

    schema = load_schema()
    frame = pd.DataFrame(records)
    for dim in schema.all_dimension_ids:
        if dim not in frame:
            frame[dim] = ""
        frame[dim] = frame[dim].fillna("")
    frame["id"] = range(1, len(frame) + 1)
    frame["kind"] = ""
    frame["members"] = ""
    frame["source_id"] = None
    frame["mapping_id"] = None
    frame["lineage"] = ""
    return run_checks(frame, metadata, schema)

"""Re-open a submission package as CELADE would, and say what is wrong with it.

The archive is inspected before anything is read: absolute paths, ``..``,
symbolic links, two entries of one name, encrypted or unknown compression,
too many entries, and a zip bomb (huge declared sizes or compression ratios)
are refused without extracting a byte. No member is ever read past the size
it declares or past ``MAX_MEMBER_BYTES``; a bad CRC or a size that lies is a
reason, not a crash. Then checksums, the structure of the manifest, the
metadata and the descriptor (their JSON types, a descriptor's regular
expressions), the country and census year, schema version, every data file
against ``datapackage.json`` and against the IMILA schema (codes, counts that
are finite numbers, flags; a table with no rows is not a table), and every
data-quality check on the observations the package carries.

Whatever the file holds, the answer is a verdict (VALID, or REJECTED with the
reasons), never a traceback.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from lzma import LZMAError
from pathlib import Path, PurePosixPath

from app.models.messages import message
from app.models.schema import load_schema

MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 2 * 1024**3  # all members together, uncompressed, as declared
MAX_MEMBER_BYTES = 512 * 1024**2  # one member, uncompressed: what verify will ever read of it
MAX_JSON_BYTES = 32 * 1024**2  # manifest, metadata and descriptor
MAX_PACKAGE_BYTES = 2 * 1024**3  # the zip file itself
MAX_RATIO = 200
MAX_VALUE = 1e10  # no census counts more persons than this
MAX_FIELD_CHARS = 10_000  # one cell of a data file or code list
MAX_PATTERN = 200  # characters of a descriptor's regular expression
REQUIRED = ("manifest.json", "metadata.json", "datapackage.json")
FLAGS = ("A", "E", "C", "M", "Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_INTEGER = re.compile(r"[0-9]{1,15}")
_NUMBER = re.compile(r"[0-9]{1,15}(\.[0-9]{1,15})?([eE][+-]?[0-9]{1,3})?")
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def _risky_pattern(pattern: str) -> bool:
    """True for a regular expression that can backtrack without end: a repeated group holding a repetition or a choice.

    ``(a+)+``, ``(a|aa)*``, ``((x*)y){2,}``: checked on a long enough value they take
    longer than the age of the universe. A package's descriptor comes from anyone.
    """
    stack: list[bool] = []  # per open group: does it hold a quantifier or an alternation?
    i, n = 0, len(pattern)
    closed_risky = False  # the group that just closed held one
    while i < n:
        c = pattern[i]
        quantifier = c in "*+{" or (c == "?" and i > 0 and pattern[i - 1] not in "(")
        if quantifier and closed_risky and c != "?":
            return True
        closed_risky = False
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: skip to its end
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            stack.append(False)
        elif c == ")":
            risky = stack.pop() if stack else False
            closed_risky = risky
            if stack and risky:
                stack[-1] = True
        elif (quantifier or c == "|") and stack:
            stack[-1] = True
        i += 1
    return False


def _shown(value) -> str:
    """A value from the package as it may be printed: no control or direction characters, at most 120 characters."""
    text = _CONTROL.sub("?", str(value))
    return text if len(text) <= 120 else text[:117] + "…"


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

    def add(self, key: str, /, **params) -> None:
        self.problems.append(Problem(key, {k: _shown(v) if isinstance(v, str) else v for k, v in params.items()}))

    def lines(self, lang: str = "en") -> list[str]:
        out = [p.text(lang) for p in self.problems]
        out += [_shown(f"{f.severity.upper():8} {f.rule:8} {f.table_id or '-':4} {f.message(lang)}")
                for f in self.findings if f.severity == "error"]
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
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(part == ".." for part in parts)


def _same_name(name: str) -> str:
    """The name an extractor on any system would write ``name`` to: ``Data\\T01.csv`` and ``./data/t01.csv`` are one file."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    return "/".join(parts).casefold()


def inspect_archive(archive: zipfile.ZipFile, report: VerifyReport) -> bool:
    """Refuse hostile archives before reading any member. Returns False when refused."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        report.add("verify.too_many_files", count=len(infos))
        return False
    total = 0
    hostile = False
    seen: dict[str, str] = {}
    for info in infos:
        if _unsafe_name(info.filename):
            report.add("verify.unsafe_path", name=info.filename)
            hostile = True
        same = _same_name(info.filename)
        if same in seen:
            # Two entries of one name: one extractor reads the first, another the last.
            report.add("verify.duplicate_entry", name=info.filename)
            hostile = True
        seen.setdefault(same, info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            report.add("verify.symlink", name=info.filename)
            hostile = True
        if info.flag_bits & 0x1:
            report.add("verify.encrypted", name=info.filename)
            hostile = True
        elif info.compress_type not in COMPRESSIONS:
            report.add("verify.bad_member", name=info.filename)
            hostile = True
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 10 * 1024**2):
            report.add("verify.zip_bomb", name=info.filename)
            hostile = True
    if total > MAX_TOTAL_BYTES:
        report.add("verify.zip_bomb", name=f"{total} bytes")
        hostile = True
    return not hostile


class _Members:
    """The archive's members, each read once, never more than it declares (and never more than the limits)."""

    def __init__(self, archive: zipfile.ZipFile, report: VerifyReport):
        self.archive = archive
        self.report = report
        self.infos = {i.filename: i for i in archive.infolist() if not i.is_dir()}
        self._cache: dict[str, bytes | None] = {}

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES, keep: bool = True) -> bytes | None:
        """The member's bytes, or None after reporting why they cannot be read (kept for a second read if ``keep``)."""
        if name in self._cache:
            return self._cache[name]
        info = self.infos[name]
        data = None
        if info.file_size > limit:
            self.report.add("verify.zip_bomb", name=name)
        else:
            try:
                with self.archive.open(info) as fh:
                    data = fh.read(info.file_size + 1)
                    if len(data) != info.file_size or fh.read(1):
                        raise zipfile.BadZipFile("size differs from the declared size")
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                    RuntimeError, LZMAError) as exc:
                self.report.add("verify.bad_member", name=name, detail=str(exc))
                data = None
        if keep or data is None:
            self._cache[name] = data
        return data

    def json(self, name: str, kind: type = dict):
        """The member parsed as JSON of ``kind``, or None after reporting why not."""
        data = self.read(name, MAX_JSON_BYTES)
        if data is None:
            return None
        try:
            value = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            self.report.add("verify.bad_json", name=name)
            return None
        if not isinstance(value, kind):
            self.report.add("verify.bad_structure", name=name, part="")
            return None
        return value


def _read_csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return (rows[0], rows[1:]) if rows else ([], [])


def _descriptor_problem(package: dict) -> str | None:
    """Where ``datapackage.json`` departs from the structure of a Data Package (the part named), else None."""
    resources = package.get("resources")
    if not isinstance(resources, list):
        return "resources"
    paths = set()
    for index, resource in enumerate(resources):
        where = f"resources[{index}]"
        if not isinstance(resource, dict):
            return where
        path = resource.get("path")
        if not isinstance(path, str) or not path:
            return f"{where}.path"
        if path in paths:
            return f"{where}.path ({path})"
        paths.add(path)
        schema = resource.get("schema", {})
        if not isinstance(schema, dict):
            return f"{where}.schema"
        fields = schema.get("fields", [])
        if not isinstance(fields, list) or not fields:
            return f"{where}.schema.fields"
        names = []
        for j, f in enumerate(fields):
            spot = f"{where}.schema.fields[{j}]"
            if not isinstance(f, dict) or not isinstance(f.get("name"), str) or not isinstance(f.get("type", "string"), str):
                return spot
            names.append(f["name"])
            constraints = f.get("constraints", {})
            if not isinstance(constraints, dict):
                return f"{spot}.constraints"
            enum = constraints.get("enum")
            if enum is not None and (not isinstance(enum, list) or not all(isinstance(e, (str, int, float)) for e in enum)):
                return f"{spot}.constraints.enum"
            if not isinstance(constraints.get("required", False), bool):
                return f"{spot}.constraints.required"
            if "pattern" in constraints:
                pattern = constraints["pattern"]
                if not isinstance(pattern, str) or len(pattern) > MAX_PATTERN or _risky_pattern(pattern):
                    return f"{spot}.constraints.pattern"
                try:
                    re.compile(pattern)
                except (re.error, RecursionError, OverflowError, ValueError):
                    return f"{spot}.constraints.pattern"
        if len(set(names)) != len(names):
            return f"{where}.schema.fields"
        keys = schema.get("primaryKey", [])
        keys = [keys] if isinstance(keys, str) else keys
        if not isinstance(keys, list) or not all(isinstance(k, str) and k in names for k in keys):
            return f"{where}.schema.primaryKey"
    return None


def _check_resource(name: str, data: bytes, resource: dict, report: VerifyReport) -> tuple[list[str], list[list[str]]]:
    try:
        header, rows = _read_csv(data)
    except UnicodeDecodeError:
        report.add("verify.not_utf8", name=name)
        return [], []
    except csv.Error as exc:
        report.add("verify.bad_csv", name=name, detail=str(exc))
        return [], []
    schema = resource.get("schema", {})
    fields = schema.get("fields", [])
    expected = [f["name"] for f in fields]
    if header != expected:
        report.add("verify.bad_header", name=name, found=", ".join(header), expected=", ".join(expected))
        return [], []
    checks = []
    for f in fields:
        constraints = f.get("constraints", {})
        enum = {str(e) for e in constraints["enum"]} if "enum" in constraints else None
        pattern = re.compile(constraints["pattern"]) if "pattern" in constraints else None
        checks.append((f["name"], f.get("type"), constraints.get("required"), enum, pattern))
    keys = schema.get("primaryKey", [])
    keys = [keys] if isinstance(keys, str) else keys
    key_index = [expected.index(k) for k in keys]
    seen = set()
    bad = 0
    for line_no, row in enumerate(rows, start=2):
        if len(row) != len(expected):
            report.add("verify.bad_row", name=name, line=line_no)
            bad += 1
        else:
            for value, (fname, ftype, required, enum, pattern) in zip(row, checks):
                if len(value) > MAX_FIELD_CHARS:
                    report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                    bad += 1
                    continue
                if value == "":
                    if required:
                        report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                        bad += 1
                    continue
                if ftype in ("number", "integer"):
                    if _count(value, ftype == "integer") is None:
                        report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                        bad += 1
                elif (enum is not None and value not in enum) or (
                        pattern is not None and (len(value) > MAX_PATTERN or not pattern.fullmatch(value))):
                    report.add("verify.bad_value", name=name, line=line_no, field=fname, value=value)
                    bad += 1
            key = tuple(row[i] for i in key_index)
            if key_index and key in seen:
                report.add("verify.duplicate_key", name=name, line=line_no, key="/".join(key))
                bad += 1
            seen.add(key)
        if bad >= 20:
            report.add("verify.too_many_errors", name=name)
            break
    return header, rows


def _count(text: str, integer: bool = False) -> float | None:
    """A count written as a package writes it (``1234``, ``12.5``, ``1.5e3``): finite, 0 … 10^10; else None."""
    if not (_INTEGER if integer else _NUMBER).fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) and 0 <= value <= MAX_VALUE else None


def _table_records(name: str, table_id: str, header: list[str], rows: list[list[str]], schema,
                   report: VerifyReport) -> list[dict]:
    """The observations of ``data/<table>.csv``, read against the IMILA schema (not only the package's own descriptor)."""
    dims = list(schema.tables[table_id].dimensions)
    if header not in (dims + ["value", "flag", "source"], dims + ["value", "flag"]):
        report.add("verify.bad_header", name=name, found=", ".join(header),
                   expected=", ".join(dims + ["value", "flag", "source"]))
        return []
    if not rows:
        report.add("verify.empty_table", name=name)
        return []
    valid: dict[str, dict[str, bool]] = {d: {} for d in dims}
    records = []
    bad = 0
    for line_no, row in enumerate(rows, start=2):
        if len(row) != len(header):
            continue  # reported by the descriptor's check
        problem = None
        for dim, code in zip(dims, row):
            known = valid[dim].get(code)
            if known is None:
                known = valid[dim][code] = bool(code) and not code.startswith("N:") and schema.codelist(dim).is_valid(code)
            if not known:
                problem = (dim, code)
                break
        raw, flag = row[len(dims)], row[len(dims) + 1]
        value = None if raw == "" else _count(raw)
        if problem is None and raw != "" and value is None:
            problem = ("value", raw)
        if problem is None and flag not in FLAGS:
            problem = ("flag", flag)
        if problem is not None:
            report.add("verify.bad_value", name=name, line=line_no, field=problem[0], value=problem[1])
            bad += 1
            if bad >= 20:
                report.add("verify.too_many_errors", name=name)
                break
            continue
        record = {"table_id": table_id, **dict(zip(dims, row[: len(dims)]))}
        record["value"] = value
        record["flag"] = flag
        records.append(record)
    return records


def _identity_problems(manifest: dict, metadata: dict, report: VerifyReport) -> None:
    """The country and census year the package is for: well formed, and the same in the manifest and the metadata."""
    from app.store.metadata import census_year_of, country_code_of

    iso3, year = metadata.get("country_iso3"), metadata.get("census_year")
    if country_code_of(iso3) is None or census_year_of(year) is None:
        report.add("verify.bad_identity", country=str(iso3), year=str(year))
        return
    if manifest.get("country_iso3") != iso3 or census_year_of(manifest.get("census_year")) != census_year_of(year):
        report.add("verify.identity_mismatch", country=str(manifest.get("country_iso3")),
                   year=str(manifest.get("census_year")), meta_country=iso3, meta_year=str(year))


def _manifest_problem(manifest: dict) -> str | None:
    files = manifest.get("files")
    if not isinstance(files, dict):
        return "files"
    for name, entry in files.items():
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or isinstance(entry.get("size"), bool) or not isinstance(entry.get("size"), int)):
            return f"files[{name}]"
    return None


def verify_package(path: str | Path) -> VerifyReport:
    """The verdict on a package: VALID, or REJECTED with every reason found. Never raises on what the file holds."""
    path = Path(path)
    report = VerifyReport(_shown(path))
    try:
        _verify(path, report)
    except MemoryError:
        report.findings = []
        report.add("verify.zip_bomb", name=path.name)
    except Exception as exc:  # a package no check foresaw: still a verdict, never a traceback
        report.findings = []
        report.add("verify.unreadable", detail=type(exc).__name__)
    return report


def _verify(path: Path, report: VerifyReport) -> None:
    try:
        if not path.is_file():
            report.add("verify.missing_package", path=str(path))
            return
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            report.add("verify.zip_bomb", name=f"{path.stat().st_size} bytes")
            return
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        report.add("verify.not_zip", path=str(path))
        return
    with archive:
        if not inspect_archive(archive, report):
            return
        members = _Members(archive, report)
        names = set(members.infos)
        report.files = len(names)
        for required in REQUIRED:
            if required not in names:
                report.add("verify.missing_file", name=required)
        if "manifest.json" not in names:
            return
        manifest = members.json("manifest.json")
        if manifest is None:
            return
        part = _manifest_problem(manifest)
        if part:
            report.add("verify.bad_structure", name="manifest.json", part=part)
            return
        listed = manifest["files"]
        for name, entry in sorted(listed.items()):
            if name not in names:
                report.add("verify.missing_file", name=name)
                continue
            # only what is read again (the descriptor's files, the JSON) stays in memory; sources/* and the rest go
            data = members.read(name, keep=name.endswith((".csv", ".json")))
            if data is None:
                continue
            if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry["size"]:
                report.add("verify.checksum", name=name)
        for name in sorted(names - set(listed) - {"manifest.json"}):
            report.add("verify.unlisted_file", name=name)
        schema = load_schema()
        if str(manifest.get("schema_version")) != schema.version:
            report.add("verify.schema_version", found=str(manifest.get("schema_version")), supported=schema.version)
        if report.problems:
            return
        package = members.json("datapackage.json")
        metadata = members.json("metadata.json")
        if package is None or metadata is None:
            return
        part = _descriptor_problem(package)
        if part:
            report.add("verify.bad_structure", name="datapackage.json", part=part)
            return
        _identity_problems(manifest, metadata, report)
        described = {r["path"] for r in package["resources"]}
        for name in sorted(n for n in names if n.startswith("data/") and n.endswith(".csv") and n not in described):
            report.add("verify.undescribed_file", name=name)
        records = []
        tables = 0
        for resource in package["resources"]:
            name = resource["path"]
            if name not in names:
                report.add("verify.missing_file", name=name)
                continue
            data = members.read(name)
            if data is None:
                continue
            header, rows = _check_resource(name, data, resource, report)
            if name.startswith("codelists/"):
                continue  # a code list the tables refer to; its codes are re-checked through the tables
            table_id = PurePosixPath(name).stem
            if not name.startswith("data/") or table_id not in schema.tables:
                report.add("verify.unknown_table", name=name)
                continue
            tables += 1
            if header:
                records += _table_records(name, table_id, header, rows, schema, report)
        if not tables and not report.problems:
            report.add("verify.no_tables")
        report.observations = len(records)
        if report.problems:
            return
        if str(manifest.get("package_format")) != "1.0":  # 1.0 packages carried SDMX-CSV 1.0 without a structure
            _check_sdmx(members, names, records, metadata, report)  # the data files read: recheck them all the same
    _report_metadata(metadata, sorted({r["table_id"] for r in records}), report)
    report.findings = _recheck(records, metadata)


def _check_sdmx(members: _Members, names: set[str], records: list[dict], metadata: dict, report: VerifyReport) -> None:
    """The SDMX files: the structure reads, each table's SDMX-CSV 2.0 is against its dataflow, every code is in
    its code list, and the observations are those of ``data/<table>.csv`` (same cells, same values)."""
    from app.export import sdmx_package as sx

    if sx.STRUCTURE_FILE not in names:
        report.add("verify.missing_file", name=sx.STRUCTURE_FILE)
        return
    data = members.read(sx.STRUCTURE_FILE)
    if data is None:
        return
    try:
        structure = sx.read_structure(data)
    except ValueError as exc:
        report.add("verify.sdmx_structure", name=sx.STRUCTURE_FILE, detail=str(exc))
        return
    schema = load_schema()
    area, period = sx.ref_area(metadata, schema), str(metadata.get("census_year") or "")
    for table_id in sorted({r["table_id"] for r in records}):
        name = sx.data_file(table_id)
        if name not in names:
            report.add("verify.missing_file", name=name)
            continue
        data = members.read(name)
        if data is None:
            continue
        observations, problems = sx.check_data(name, data, structure, expected=sx.structure_id(table_id, schema.version))
        for key, params in problems:
            report.add(key, **params)
        if problems:
            continue
        dims = list(schema.tables[table_id].dimensions)
        expected = {(area, *(r[d] for d in dims), period): r["value"] for r in records if r["table_id"] == table_id}
        found = {}
        for obs in observations:
            value = None if obs["OBS_VALUE"] == sx.MISSING_VALUE else float(obs["OBS_VALUE"])
            found[(obs["REF_AREA"], *(obs[d] for d in dims), obs["TIME_PERIOD"])] = value
        if found != expected or len(observations) != len(expected):
            report.add("verify.sdmx_mismatch", name=name, table=f"data/{table_id}.csv",
                       sdmx=len(observations), data=len(expected))


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

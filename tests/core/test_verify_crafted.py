"""Crafted packages for ``verify``: each ends in a verdict with a reason, never a traceback.

Generated at test time from a real package of the demo project (exported through
the command line). Most cases reseal the manifest (checksums recomputed), so the
deeper checks are the ones that must refuse; some patch the zip's own headers
(CRC, sizes, flags) byte by byte. Each case runs ``verify --json`` through
``app.cli.main``; the verdict must be the expected one, a REJECTED verdict must
name its reason, and no case may fall through to the catch-all reason
(``verify.unreadable``), which would mean an unforeseen crash.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import warnings
import zipfile
from pathlib import Path

import exportable_demo
import pytest

from app.cli import main

PACKAGE_NAME = "XEJ_2020_IMILA_v1.zip"
REJECTED, VALID = "REJECTED", "VALID"


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("crafted")
    demo = exportable_demo.copy(tmp_path_factory.getbasetemp(), base / "demo.imila")
    assert main(["--lang", "en", "export", str(demo), "--out", str(base / "out")]) == 0
    return base / "out" / PACKAGE_NAME


def members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def reseal(files: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute the manifest's checksums, as a forger who knows the format would."""
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                         for name, data in sorted(files.items()) if name != "manifest.json"}
    return {**files, "manifest.json": json.dumps(manifest, indent=2).encode()}


def zipped(entries, compression=zipfile.ZIP_DEFLATED, comment: bytes = b"") -> bytes:
    """``entries``: (name, bytes) pairs, written in this order, repeated names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: that is the point
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in entries:  # a name or a ZipInfo
                archive.writestr(name, data)
            archive.comment = comment
    return buffer.getvalue()


def patch_headers(data: bytes, name: str, **fields) -> bytes:
    """Change header fields of one entry, in its local header and in the central directory, byte by byte.

    Fields: ``flags``, ``method``, ``crc``, ``csize``, ``usize``, ``mode`` (central directory only).
    """
    local = {"flags": (6, "<H"), "method": (8, "<H"), "crc": (14, "<I"), "csize": (18, "<I"), "usize": (22, "<I")}
    central = {"flags": (8, "<H"), "method": (10, "<H"), "crc": (16, "<I"), "csize": (20, "<I"), "usize": (24, "<I"),
               "mode": (38, "<I")}
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        start = archive.start_dir
    for field, value in fields.items():
        if field in local:
            offset, fmt = local[field]
            struct.pack_into(fmt, out, info.header_offset + offset, value)
    position = start
    while out[position:position + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", out, position + 28)
        if out[position + 46:position + 46 + n].decode("utf-8", "replace") == name:
            for field, value in fields.items():
                offset, fmt = central[field]
                struct.pack_into(fmt, out, position + offset, value)
        position += 46 + n + m + k
    return bytes(out)


def data_offset(data: bytes, name: str) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    n, m = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + n + m


def edit_json(files, name, change):
    value = json.loads(files[name])
    value = change(value)
    return {**files, name: json.dumps(value).encode()}


def edit_table(files, name, change):
    lines = files[name].decode("utf-8").split("\n")
    return {**files, name: "\n".join(change(lines)).encode("utf-8")}


def set_cell(row_index: int, column: int, text: str):
    def change(lines):
        cells = lines[row_index].split(",")
        cells[column] = text
        lines[row_index] = ",".join(cells)
        return lines
    return change


def value_field(change_field):
    """Change the ``value`` field of the T01 resource in the descriptor."""
    def change(package):
        resource = next(r for r in package["resources"] if r["path"] == "data/T01.csv")
        field = next(f for f in resource["schema"]["fields"] if f["name"] == "value")
        change_field(field)
        return package
    return change


def first_field(change_field):
    def change(package):
        change_field(package["resources"][0]["schema"]["fields"][0])
        return package
    return change


def sealed(change):
    return lambda files: zipped(reseal(change(files)).items())


def with_value(text: str):
    return sealed(lambda f: edit_table(f, "data/T01.csv", set_cell(1, 3, text)))


def metadata_and_manifest(**values):
    def change(files):
        files = edit_json(files, "metadata.json", lambda m: {**m, **values})
        return edit_json(files, "manifest.json", lambda m: {**m, **values})
    return sealed(change)


def stored(files):
    return zipped(files.items(), compression=zipfile.ZIP_STORED)


def bad_crc(files):
    data = stored(files)
    out = bytearray(data)
    out[data_offset(data, "data/T01.csv") + 40] ^= 0x01  # one byte of the figures, CRC left as it was
    return bytes(out)


def lying_size(delta):
    def craft(files):
        data = stored(files)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("data/T01.csv")
        return patch_headers(data, "data/T01.csv", usize=info.file_size + delta, csize=info.compress_size + delta)
    return craft


def lying_deflated_size(files):
    """A member that declares 1,000 bytes and inflates to 50 MB: verify must stop reading at the declared size."""
    bomb = b"0" * (50 * 1024 * 1024)
    data = zipped(reseal({**files, "data/notes.csv": bomb}).items())
    return patch_headers(data, "data/notes.csv", usize=1000)


def declared_huge(files):
    data = stored(files)
    return patch_headers(data, "data/T01.csv", usize=3 * 1024**3)


def member_over_limit(files):
    data = stored(files)
    return patch_headers(data, "sdmx/T01.csv", usize=600 * 1024**2, csize=600 * 1024**2 // 150)


def header_only(name):
    return sealed(lambda f: edit_table(f, name, lambda lines: lines[:1] + [""]))


def duplicate_entry(second_name):
    def craft(files):
        changed = files["data/T01.csv"].replace(b"230375", b"999999")
        return zipped([*files.items(), (second_name, changed)])
    return craft


def symlink(files):
    info = zipfile.ZipInfo("data/link")
    info.external_attr = (0o120777) << 16
    return zipped([*files.items(), (info, b"/etc/passwd")])


def deep_json(files):
    return zipped({**files, "manifest.json": b"[" * 200_000 + b"]" * 200_000}.items())


def many_entries(files):
    return zipped([*files.items(), *((f"extra/{i}.txt", b"") for i in range(5_100))], compression=zipfile.ZIP_STORED)


def drop_resource(path):
    return sealed(lambda f: edit_json(f, "datapackage.json",
                                      lambda p: {**p, "resources": [r for r in p["resources"] if r["path"] != path]}))


def only_codelists(files):
    files = {n: d for n, d in files.items() if not n.startswith("data/")}
    return zipped(reseal(edit_json(files, "datapackage.json", lambda p: {
        **p, "resources": [r for r in p["resources"] if r["path"].startswith("codelists/")]})).items())


def reorder_header(files):
    def table(lines):
        out = []
        for line in lines:
            cells = line.split(",")
            out.append(",".join([cells[3], *cells[:3], *cells[4:]]) if line else line)
        return out

    def descriptor(package):
        resource = next(r for r in package["resources"] if r["path"] == "data/T01.csv")
        fields = resource["schema"]["fields"]
        resource["schema"]["fields"] = [fields[3], *fields[:3], *fields[4:]]
        return package

    return zipped(reseal(edit_json(edit_table(files, "data/T01.csv", table), "datapackage.json", descriptor)).items())


def huge_field(files):
    return zipped(reseal(edit_table(files, "data/T01.csv", set_cell(1, 5, "x" * 300_000))).items())


def tampered_figure(files):
    changed = files["data/T01.csv"].replace(b"_T,_T,_T,230375", b"_T,_T,_T,230999")
    return zipped(reseal({**files, "data/T01.csv": changed}).items())


def renamed_entry_with_escape(files):
    return zipped([*files.items(), ("data/\x1b[2Jevil\u202e.csv", b"a,b\n")])


CASES = {
    # the zip itself
    "not a zip": (lambda f: os.urandom(4096), REJECTED, "verify.not_zip"),
    "empty file": (lambda f: b"", REJECTED, "verify.not_zip"),
    "truncated zip": (lambda f: zipped(f.items())[:30_000], REJECTED, "verify.not_zip"),
    "two data/T01.csv entries": (duplicate_entry("data/T01.csv"), REJECTED, "verify.duplicate_entry"),
    "DATA/T01.csv beside data/T01.csv": (duplicate_entry("DATA/T01.csv"), REJECTED, "verify.duplicate_entry"),
    "data\\T01.csv beside data/T01.csv": (duplicate_entry("data\\T01.csv"), REJECTED, "verify.duplicate_entry"),
    "./data/T01.csv beside data/T01.csv": (duplicate_entry("./data/T01.csv"), REJECTED, "verify.duplicate_entry"),
    "path traversal": (lambda f: zipped([*f.items(), ("../evil.txt", b"owned")]), REJECTED, "verify.unsafe_path"),
    "absolute path": (lambda f: zipped([*f.items(), ("/etc/evil", b"owned")]), REJECTED, "verify.unsafe_path"),
    "drive letter": (lambda f: zipped([*f.items(), ("C:/evil", b"owned")]), REJECTED, "verify.unsafe_path"),
    "symbolic link": (symlink, REJECTED, "verify.symlink"),
    "bad CRC": (bad_crc, REJECTED, "verify.bad_member"),
    "size declared smaller than the data": (lying_size(-100), REJECTED, "verify.bad_member"),
    "size declared larger than the data": (lying_size(+100), REJECTED, "verify.bad_member"),
    "declares 1,000 bytes, inflates to 50 MB": (lying_deflated_size, REJECTED, "verify.bad_member"),
    "declares 3 GB": (declared_huge, REJECTED, "verify.zip_bomb"),
    "one member over the member limit": (member_over_limit, REJECTED, "verify.zip_bomb"),
    "60 MB of zeros": (lambda f: zipped([*f.items(), ("data/huge.csv", b"0" * (60 * 1024 * 1024))]), REJECTED,
                       "verify.zip_bomb"),
    "encrypted flag": (lambda f: patch_headers(stored(f), "data/T01.csv", flags=0x1), REJECTED, "verify.encrypted"),
    "unknown compression": (lambda f: patch_headers(stored(f), "data/T01.csv", method=99), REJECTED, "verify.bad_member"),
    "5,100 extra entries": (many_entries, REJECTED, "verify.too_many_files"),
    "an escape sequence in a name": (renamed_entry_with_escape, REJECTED, "verify.unlisted_file"),
    # the manifest
    "manifest not JSON": (lambda f: zipped({**f, "manifest.json": b"{nope"}.items()), REJECTED, "verify.bad_json"),
    "manifest nested 200,000 deep": (deep_json, REJECTED, "verify.bad_json"),
    "manifest Latin-1": (lambda f: zipped({**f, "manifest.json": '{"a": "é"}'.encode("latin-1")}.items()), REJECTED,
                         "verify.bad_json"),
    "manifest a list": (lambda f: zipped({**f, "manifest.json": b"[]"}.items()), REJECTED, "verify.bad_structure"),
    "manifest a string": (lambda f: zipped({**f, "manifest.json": b'"files"'}.items()), REJECTED, "verify.bad_structure"),
    "manifest files a list": (lambda f: zipped(edit_json(f, "manifest.json", lambda m: {**m, "files": []}).items()),
                              REJECTED, "verify.bad_structure"),
    "manifest entry a string": (lambda f: zipped(edit_json(f, "manifest.json", lambda m: {
        **m, "files": {**m["files"], "data/T01.csv": "abc"}}).items()), REJECTED, "verify.bad_structure"),
    "manifest size a string": (lambda f: zipped(edit_json(f, "manifest.json", lambda m: {
        **m, "files": {**m["files"], "data/T01.csv": {**m["files"]["data/T01.csv"], "size": "56805"}}}).items()),
        REJECTED, "verify.bad_structure"),
    "manifest checksum changed": (lambda f: zipped({**f, "data/T01.csv": f["data/T01.csv"].replace(b"230375", b"230376")}
                                                   .items()), REJECTED, "verify.checksum"),
    "schema version 9.9": (sealed(lambda f: edit_json(f, "manifest.json", lambda m: {**m, "schema_version": "9.9"})),
                           REJECTED, "verify.schema_version"),
    "a file not in the manifest": (lambda f: zipped([*f.items(), ("data/extra.txt", b"x")]), REJECTED,
                                   "verify.unlisted_file"),
    "datapackage.json missing": (lambda f: zipped(reseal({n: d for n, d in f.items() if n != "datapackage.json"}).items()),
                                 REJECTED, "verify.missing_file"),
    # metadata: the country and the census year
    "census year abc": (metadata_and_manifest(census_year="abc"), REJECTED, "verify.bad_identity"),
    "census year 1800": (metadata_and_manifest(census_year=1800), REJECTED, "verify.bad_identity"),
    "census year ../2020": (metadata_and_manifest(census_year="../2020"), REJECTED, "verify.bad_identity"),
    "country ../../x": (metadata_and_manifest(country_iso3="../../x"), REJECTED, "verify.bad_identity"),
    "manifest and metadata disagree": (sealed(lambda f: edit_json(f, "manifest.json", lambda m: {**m, "country_iso3": "ARG"})),
                                       REJECTED, "verify.identity_mismatch"),
    "metadata a list": (sealed(lambda f: {**f, "metadata.json": b"[1, 2]"}), REJECTED, "verify.bad_structure"),
    # the descriptor
    "descriptor a list": (sealed(lambda f: {**f, "datapackage.json": b"[]"}), REJECTED, "verify.bad_structure"),
    "descriptor resources a dict": (sealed(lambda f: edit_json(f, "datapackage.json", lambda p: {**p, "resources": {}})),
                                    REJECTED, "verify.bad_structure"),
    "descriptor resource a string": (sealed(lambda f: edit_json(f, "datapackage.json", lambda p: {
        **p, "resources": ["data/T01.csv", *p["resources"]]})), REJECTED, "verify.bad_structure"),
    "descriptor path a list": (sealed(lambda f: edit_json(f, "datapackage.json", lambda p: {
        **p, "resources": [{**p["resources"][0], "path": ["data/T00.csv"]}, *p["resources"][1:]]})),
        REJECTED, "verify.bad_structure"),
    "descriptor fields a string": (sealed(lambda f: edit_json(f, "datapackage.json", lambda p: {
        **p, "resources": [{**p["resources"][0], "schema": {"fields": "COB"}}, *p["resources"][1:]]})),
        REJECTED, "verify.bad_structure"),
    "descriptor enum a string": (sealed(lambda f: edit_json(f, "datapackage.json", first_field(
        lambda x: x["constraints"].__setitem__("enum", "_T")))), REJECTED, "verify.bad_structure"),
    "descriptor bad regex": (sealed(lambda f: edit_json(f, "datapackage.json", first_field(
        lambda x: x["constraints"].__setitem__("pattern", "([a-z")))), REJECTED, "verify.bad_structure"),
    "descriptor regex that never ends": (sealed(lambda f: edit_json(f, "datapackage.json", first_field(
        lambda x: x["constraints"].__setitem__("pattern", "(_|T+)+$")))), REJECTED, "verify.bad_structure"),
    "descriptor primary key unknown": (sealed(lambda f: edit_json(f, "datapackage.json", lambda p: {
        **p, "resources": [{**p["resources"][0], "schema": {**p["resources"][0]["schema"], "primaryKey": ["NOPE"]}},
                           *p["resources"][1:]]})), REJECTED, "verify.bad_structure"),
    "a table the descriptor does not describe": (drop_resource("data/T01.csv"), REJECTED, "verify.undescribed_file"),
    "no tables at all": (only_codelists, REJECTED, "verify.no_tables"),
    "value field typed string": (sealed(lambda f: edit_table(edit_json(f, "datapackage.json", value_field(
        lambda x: x.update(type="string"))), "data/T01.csv", set_cell(1, 3, "abc"))), REJECTED, "verify.bad_value"),
    # the tables
    "T01 header only": (header_only("data/T01.csv"), REJECTED, "verify.empty_table"),
    "T04 header only": (header_only("data/T04.csv"), REJECTED, "verify.empty_table"),
    "value abc": (with_value("abc"), REJECTED, "verify.bad_value"),
    "value inf": (with_value("inf"), REJECTED, "verify.bad_value"),
    "value 1e400": (with_value("1e400"), REJECTED, "verify.bad_value"),
    "value NaN": (with_value("NaN"), REJECTED, "verify.bad_value"),
    "value -5": (with_value("-5"), REJECTED, "verify.bad_value"),
    "value 1_000": (with_value("1_000"), REJECTED, "verify.bad_value"),
    "value in full-width digits": (with_value("１２３"), REJECTED, "verify.bad_value"),
    "value 5e27": (with_value("5e27"), REJECTED, "verify.bad_value"),
    "value 1e400 in a number field": (sealed(lambda f: edit_table(edit_json(f, "datapackage.json", value_field(
        lambda x: x.update(type="number"))), "data/T01.csv", set_cell(1, 3, "1e400"))), REJECTED, "verify.bad_value"),
    "flag X": (sealed(lambda f: edit_table(f, "data/T01.csv", set_cell(1, 4, "X"))), REJECTED, "verify.bad_value"),
    "a code not in the list": (sealed(lambda f: edit_table(edit_json(f, "datapackage.json", first_field(
        lambda x: x["constraints"]["enum"].append("ZZZ"))), "data/T00.csv", set_cell(1, 0, "ZZZ"))),
        REJECTED, "verify.bad_value"),
    "a row with a column missing": (sealed(lambda f: edit_table(f, "data/T01.csv", lambda lines: [
        *lines[:2], lines[2].rsplit(",", 1)[0], *lines[3:]])), REJECTED, "verify.bad_row"),
    "a repeated cell": (sealed(lambda f: edit_table(f, "data/T01.csv", lambda lines: [*lines[:2], lines[1], *lines[2:]])),
                        REJECTED, "verify.duplicate_key"),
    "columns in another order": (reorder_header, REJECTED, "verify.bad_header"),
    "a 300,000-character field": (huge_field, REJECTED, "verify.bad_"),  # bad_value, or bad_csv past the csv limit
    "a NUL byte": (sealed(lambda f: {**f, "data/T01.csv": f["data/T01.csv"].replace(b"_T,1,_T", b"_T,\x00,_T", 1)}),
                   REJECTED, "verify.bad_value"),
    "T01 not UTF-8": (sealed(lambda f: {**f, "data/T01.csv": f["data/T01.csv"] + "Perú".encode("latin-1")}),
                      REJECTED, "verify.not_utf8"),
    "a figure changed and resealed": (tampered_figure, REJECTED, "ADD"),
    # what a real package may look like
    "the package as exported": (lambda f: zipped(f.items()), VALID, None),
    "stored instead of deflated": (stored, VALID, None),
    "entries in another order": (lambda f: zipped(sorted(f.items(), reverse=True)), VALID, None),
    "with folder entries and a comment": (lambda f: zipped([("data/", b""), ("codelists/", b""), *f.items()],
                                                            comment=b"sent by mail"), VALID, None),
}


@pytest.fixture(scope="module")
def results(original, tmp_path_factory):
    """Every case crafted and verified once; the tests below read the outcomes."""
    folder = tmp_path_factory.mktemp("cases")
    files = members(original)
    outcomes = {}
    capture = _Capture()
    for index, (name, (craft, _expected, _reason)) in enumerate(CASES.items()):
        path = folder / f"case{index:02d}.zip"
        path.write_bytes(craft(dict(files)))
        try:
            rc, report = capture.verdict(path)
            outcomes[name] = (rc, report, None)
        except Exception as exc:  # counted as a traceback
            outcomes[name] = (None, None, exc)
        path.unlink()
    return outcomes


class _Capture:
    def verdict(self, path: Path):
        import contextlib

        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            rc = main(["--lang", "en", "verify", str(path), "--json"])
        return rc, json.loads(out.getvalue())


def reasons(report: dict) -> list[str]:
    return [p["key"] for p in report["problems"]] + [f["rule"] for f in report["findings"] if f["severity"] == "error"]


def test_the_suite_is_large_enough():
    assert len(CASES) >= 40
    assert sum(1 for _, expected, _ in CASES.values() if expected == VALID) >= 3


@pytest.mark.parametrize("case", list(CASES))
def test_crafted_package_gets_its_verdict(results, case):
    rc, report, exc = results[case]
    _, expected, reason = CASES[case]
    assert exc is None, f"{case}: traceback {exc!r}"
    assert "verify.unreadable" not in reasons(report), (case, report["problems"])
    if expected == VALID:
        assert rc == 0 and report["ok"], (case, report["problems"], report["findings"])
        return
    assert rc == 1 and not report["ok"], case
    assert reasons(report), f"{case}: refused without a reason"
    assert any(r.startswith(reason) for r in reasons(report)), (case, reasons(report))
    for problem in report["problems"]:
        assert problem["message"] and problem["message"] != problem["key"], problem  # a text, in the catalogue
        assert "\x1b" not in problem["message"] and "\u202e" not in problem["message"]


def test_counts_of_the_suite(results, capsys):
    rejected = sum(1 for rc, report, exc in results.values() if exc is None and not report["ok"] and reasons(report))
    valid = sum(1 for rc, report, exc in results.values() if exc is None and report["ok"])
    tracebacks = sum(1 for _, _, exc in results.values() if exc is not None)
    with capsys.disabled():
        print(f"\ncrafted packages: {len(results)} cases, {rejected} REJECTED with a reason, {valid} VALID, "
              f"{tracebacks} tracebacks")
    assert tracebacks == 0
    assert rejected + valid == len(results)
    assert valid == sum(1 for _, expected, _ in CASES.values() if expected == VALID)


def test_verify_reads_no_more_than_a_member_declares(original, tmp_path, monkeypatch):
    """The 50 MB member that declares 1,000 bytes is never inflated."""
    read = []
    real = zipfile.ZipExtFile.read

    def counting(self, n=-1):
        data = real(self, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    path = tmp_path / "lying.zip"
    path.write_bytes(lying_deflated_size(members(original)))
    assert main(["--lang", "en", "verify", str(path)]) == 1
    assert max(read) < 2 * 1024 * 1024

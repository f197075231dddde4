"""Defences against hostile or broken files, run before any parser sees them.

* a size limit (``ImportLimits.max_file_bytes``) checked on the file system;
* content sniffing of the first bytes, so that a PNG renamed ``.csv`` or a
  text file renamed ``.xlsx`` is named for what it is;
* encrypted Office files (an OLE2 compound file where a workbook should be a
  zip, or holding an ``EncryptedPackage`` stream) are recognised;
* zip archives (XLSX, XLSM, ODS) are checked from their central directory —
  entry count, declared uncompressed sizes and compression ratios — before
  anything is decompressed, and every XML part is then streamed once with a
  hard cap on its real size, refusing ``<!DOCTYPE``/``<!ENTITY`` declarations
  (entity-expansion bombs). The same pass collects hidden rows and columns
  of worksheets, so no XML tree is ever built from untrusted input.

Nothing is executed: formulas are read as cached values, macros are ignored.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import ImportError_

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


@dataclass
class ImportLimits:
    """Limits that keep a bad file from exhausting the workstation."""

    max_file_bytes: int = 256 * 1024 * 1024  # a file larger than this is refused
    max_uncompressed_bytes: int = 1024 * 1024 * 1024  # all parts of a zip archive together
    max_part_bytes: int = 512 * 1024 * 1024  # one part of a zip archive
    max_compression_ratio: float = 200.0  # for parts larger than ratio_floor_bytes
    ratio_floor_bytes: int = 4 * 1024 * 1024
    max_zip_entries: int = 20000
    max_cells: int = 60_000_000  # cells of one sheet
    max_columns: int = 16_384  # columns of one sheet or text file (Excel's own limit)
    max_field_chars: int = 100_000  # characters of one cell of a text file


DEFAULT_LIMITS = ImportLimits()


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}"


def check_file(path: Path, limits: ImportLimits) -> int:
    """The file's size; refuses a missing, empty or oversized file."""
    if not path.exists():
        raise ImportError_("import.not_found", path=str(path))
    if not path.is_file():
        raise ImportError_("import.not_a_file", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise ImportError_("import.empty_file", path=path.name)
    if size > limits.max_file_bytes:
        raise ImportError_(
            "import.too_large", path=path.name, size_mb=_mb(size), limit_mb=_mb(limits.max_file_bytes)
        )
    return size


def read_head(path: Path, n: int = 8192) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(n)


def sniff(head: bytes) -> str:
    """What the first bytes say the file is.

    One of: empty, zip, ole2, png, jpeg, gif, pdf, gzip, sav, dta, html, xml,
    utf16, text, binary.
    """
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"$FL2", b"$FL3")):
        return "sav"
    if head.startswith(b"<stata_dta>") or (len(head) > 2 and head[0] in (0x71, 0x72, 0x73, 0x76) and head[1] in (1, 2) and head[2] == 1):
        return "dta"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    # UTF-16 without a BOM: every other byte is NUL in ASCII text.
    sample = head[:2048]
    if len(sample) >= 8:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.6 and even_nul < 0.1 or even_nul > 0.6 and odd_nul < 0.1:
            return "utf16"
    stripped = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head", b"<body")):
        return "html"
    if stripped.startswith(b"<?xml"):
        return "html" if b"<html" in sample.lower() else "xml"
    if b"\x00" in sample:
        return "binary"
    # Control characters other than tab/CR/LF/FF betray a binary file.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(2, len(sample) // 100):
        return "binary"
    return "text"


def ole2_is_encrypted(path: Path, limits: ImportLimits) -> bool:
    """True for an OLE2 compound file that holds an encrypted OOXML package."""
    needles = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    with open(path, "rb") as fh:
        data = fh.read(min(limits.max_file_bytes, 64 * 1024 * 1024))
    return any(n in data for n in needles)


# --------------------------------------------------------------------------- zip archives


def open_zip(path: Path, limits: ImportLimits) -> zipfile.ZipFile:
    """Open a zip archive after checking its central directory (not its data)."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportError_("import.corrupt_archive", path=path.name) from None
    except (OSError, ValueError, EOFError):
        raise ImportError_("import.corrupt_archive", path=path.name) from None
    try:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise ImportError_("import.zip_bomb", path=path.name, detail=f"{len(infos)} entries")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > limits.max_part_bytes:
                raise ImportError_(
                    "import.zip_bomb", path=path.name, detail=f"{info.filename}: {_mb(info.file_size)} MB"
                )
            if info.file_size > limits.ratio_floor_bytes:
                ratio = info.file_size / max(1, info.compress_size)
                if ratio > limits.max_compression_ratio:
                    raise ImportError_(
                        "import.zip_bomb", path=path.name, detail=f"{info.filename}: ratio {ratio:.0f}:1"
                    )
            if info.flag_bits & 0x1:
                raise ImportError_("import.encrypted", path=path.name)
        if total > limits.max_uncompressed_bytes:
            raise ImportError_("import.zip_bomb", path=path.name, detail=f"{_mb(total)} MB uncompressed")
    except ImportError_:
        zf.close()
        raise
    return zf


_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_HIDDEN_TAG = re.compile(rb"<(row|col)\b[^>]*?\bhidden=\"(?:1|true)\"[^>]*>")
_ATTR_R = re.compile(rb"\br=\"(\d+)\"")
# A cell reference of a worksheet's <c r="XFD1048576">: its extent is known before any reader expands the sheet.
_CELL_REF = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})(\d{1,7})\"")


def column_number(letters: bytes) -> int:
    """1 for A, 16384 for XFD."""
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n
_ATTR_MIN = re.compile(rb"\bmin=\"(\d+)\"")
_ATTR_MAX = re.compile(rb"\bmax=\"(\d+)\"")


def scan_xml_part(zf: zipfile.ZipFile, name: str, limits: ImportLimits, path: Path, worksheet: bool = False):
    """Stream one XML part: cap its real size, refuse DTDs, collect hidden rows/cols.

    Returns ``(hidden_rows, hidden_cols, extent)``: 0-based sets (empty unless
    ``worksheet``) and the (rows, columns) its cells reach, from their references.
    """
    hidden_rows: set[int] = set()
    hidden_cols: set[int] = set()
    max_row = max_col = 0
    total = 0
    tail = b""
    try:
        with zf.open(name) as fh:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                total += len(chunk)
                if total > limits.max_part_bytes:
                    raise ImportError_("import.zip_bomb", path=path.name, detail=f"{name}: over {_mb(limits.max_part_bytes)} MB")
                data = tail + chunk
                if _DECL.search(data):
                    raise ImportError_("import.xml_entities", path=path.name, part=name)
                if worksheet:
                    for m in _CELL_REF.finditer(data):
                        col, row = column_number(m.group(1)), int(m.group(2))
                        if col > max_col:
                            max_col = col
                        if row > max_row:
                            max_row = row
                if worksheet and b"hidden=" in data:
                    for m in _HIDDEN_TAG.finditer(data):
                        tag = m.group(0)
                        if m.group(1) == b"row":
                            r = _ATTR_R.search(tag)
                            if r:
                                hidden_rows.add(int(r.group(1)) - 1)
                        else:
                            lo, hi = _ATTR_MIN.search(tag), _ATTR_MAX.search(tag)
                            if lo and hi:
                                a, b = int(lo.group(1)), int(hi.group(1))
                                if b - a < 16384:
                                    hidden_cols.update(range(a - 1, b))
                tail = data[-4096:]
    except ImportError_:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        raise ImportError_("import.corrupt_archive", path=path.name) from None
    except Exception:  # zlib.error and friends
        raise ImportError_("import.corrupt_archive", path=path.name) from None
    return hidden_rows, hidden_cols, (max_row, max_col)


def scan_zip_xml(zf: zipfile.ZipFile, limits: ImportLimits, path: Path, worksheets: set[str] = frozenset()):
    """Scan every XML part of an archive; hidden rows/cols for ``worksheets`` parts."""
    hidden: dict[str, tuple[set[int], set[int], tuple[int, int]]] = {}
    for info in zf.infolist():
        low = info.filename.lower()
        if not (low.endswith(".xml") or low.endswith(".rels") or low.endswith(".vml")):
            continue
        rows_cols = scan_xml_part(zf, info.filename, limits, path, worksheet=info.filename in worksheets)
        if info.filename in worksheets:
            hidden[info.filename] = rows_cols
    return hidden


def file_size_mb(path: Path) -> str:
    return _mb(os.path.getsize(path))

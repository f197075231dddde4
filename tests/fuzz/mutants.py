"""Seeded mutants of real and generated census tables, for the import fuzzer.

A ``Base`` is an unmutated source: a real table of shared/realdata (its sheet
as a grid of cells, written back as an .xlsx, and the real file's own bytes) or
a layout of the corpus (tests/corpus/layouts.py: its grids and the writer that
saves them as .xlsx, .csv, .html or .ods). ``mutant(seed, index)`` draws one
mutation of one base; the same (seed, index) always gives the same bytes.

Mutations of the grid: delete, repeat or swap rows and columns; blank a cell;
replace a cell by an odd token (1e308, NaN, inf, 0x10, (5), 5-, 12%, huge
numbers, Unicode junk, very long strings, formulas); save the sheet as text in
another encoding and delimiter. Mutations of the bytes: cut the file short,
flip bytes of the file or of one part inside the xlsx/ods zip, re-encode or
double-encode a text file. ``kind`` says whether the mutation could change a
figure ("figures") or not ("text"), which the oracle needs (see oracle.py).
"""

from __future__ import annotations

import csv
import io
import random
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from corpus.grid import Grid

REALDATA_SHEETS = (
    # file, sheet, country, year, id
    ("ar_indec_c2022_tp_migraciones_c2.xlsx", None, "ARG", 2022, "indec_c2"),
    ("ar_indec_c2022_tp_migraciones_c3.xlsx", None, "ARG", 2022, "indec_c3"),
    ("mx_inegi_cpv2020_b_eum_04_migracion.xlsx", "01", "MEX", 2020, "inegi_01"),
    ("mx_inegi_cpv2020_b_eum_04_migracion.xlsx", "03", "MEX", 2020, "inegi_03"),
)

ODD_TOKENS = (
    "1e308", "NaN", "nan", "inf", "-inf", "0x10", "(5)", "5-", "12%", "-5", "0.5", "1,5", "1.234.567,89",
    10 ** 20, 5e27, 1e40, -7, 3.25, 0, "9" * 30, "١٢٣", "５０", "\u200b", "Ωжñ漢字🙂", "ＴＯＴＡＬ", "x" * 5000,
    "Paraguay " * 400, "=SUM(A1:A3)", "=1/0", "@SUM(1+1)", "+cmd|' /C calc'!A0", "\x00\x01", " ", "Total",
    "-", "...", "///", "N/A", "#REF!", "#DIV/0!", "2022-03-01", "True",
)
SIGNS = {"x", "X", "n.a.", "na", "..", "...", "-", "–", "—", "///", "*", "…"}
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mac_roman", "cp850")
DELIMITERS = (",", ";", "\t", "|")
_GROUPED = re.compile(r"^-?\d{1,3}(?:[.,\u00a0 ]\d{3})+$|^-?\d+$")


@dataclass
class Base:
    id: str
    country: str
    year: int
    ext: str
    grids: list[Grid]
    writer: Callable[[Path, list[Grid]], None]
    reference: dict | None = None          # {table: {key: value}}; None: the unmutated import's (realdata)
    sheet: str | None = None               # the sheet to import (``--sheet``)
    original: Path | None = None           # the real file, for byte mutations
    encoding: str | None = None            # of a text base
    realdata: bool = False
    flag_ok: bool = False                  # a write is also acceptable when every written table carries a finding

    def write(self, grids: list[Grid] | None = None) -> bytes:
        with tempfile.TemporaryDirectory(prefix="imila-fuzz-w-") as folder:
            path = Path(folder) / f"base.{self.ext}"
            try:
                self.writer(path, grids if grids is not None else self.grids)
            except Exception:  # a token the writer cannot store (control characters in XML): store it cleaned
                cleaned = [_clean_grid(g, self.encoding) for g in (grids if grids is not None else self.grids)]
                self.writer(path, cleaned)
            return path.read_bytes()

    def original_bytes(self) -> bytes:
        return self.original.read_bytes() if self.original is not None else _written(self)


def _written(base: Base) -> bytes:
    cached = getattr(base, "_bytes", None)
    if cached is None:
        cached = base.write()
        base._bytes = cached
    return cached


def _clean_grid(g: Grid, encoding: str | None) -> Grid:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(v):
        if not isinstance(v, str):
            return v
        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        return v.encode(encoding, errors="replace").decode(encoding) if encoding else v

    rows = [[clean(v) for v in row] for row in g.rows]
    return Grid(g.name, rows, list(g.merges))


@dataclass
class Mutant:
    base: Base
    seed: int
    index: int
    op: str
    detail: str
    kind: str                 # "text": no figure can have changed; "figures": figures may have changed
    data: bytes
    ext: str
    sheet: str | None
    numbers: set | None = field(default=None, repr=False)   # the figures the mutant prints, when known

    @property
    def id(self) -> str:
        return f"{self.seed}:{self.index} {self.base.id} {self.op} {self.detail}"


# --------------------------------------------------------------------------- bases


def _grid_of_sheet(sheet) -> Grid:
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in sheet.merged_cells.ranges]
    return Grid(sheet.title, rows, merges)


def _write_xlsx(path: Path, grids: list[Grid]) -> None:
    from corpus.grid import write_xlsx

    write_xlsx(path, grids)


@lru_cache(maxsize=None)
def realdata_bases(folder: str) -> tuple[Base, ...]:
    import openpyxl

    out = []
    books: dict[str, object] = {}
    for name, sheet, country, year, base_id in REALDATA_SHEETS:
        path = Path(folder) / name
        if not path.is_file():
            continue
        if name not in books:
            books[name] = openpyxl.load_workbook(path, data_only=True)
        book = books[name]
        ws = book[sheet] if sheet else book.worksheets[0]
        out.append(Base(base_id, country, year, "xlsx", [_grid_of_sheet(ws)], _write_xlsx, sheet=ws.title if sheet else None,
                        original=path, realdata=True))
    return tuple(out)


@lru_cache(maxsize=None)
def corpus_bases() -> tuple[Base, ...]:
    """The corpus layouts a careful person reads without asking, with their grids and writer."""
    import corpus.layouts as layouts

    out = []
    names = ("write_xlsx", "write_csv", "write_html", "write_ods")
    saved = {n: getattr(layouts, n) for n in names}
    try:
        for lay in layouts.build():
            if lay.expect != "exact" or not lay.truth:
                continue
            captured = []
            for n in names:
                setattr(layouts, n, (lambda fn: lambda path, grids, **kw: captured.append((fn, grids, kw)))(saved[n]))
            try:
                lay.write(Path("unused"))
            finally:
                for n in names:
                    setattr(layouts, n, saved[n])
            if len(captured) != 1:
                continue
            fn, grids, kw = captured[0]
            single = isinstance(grids, Grid)
            grids = [grids] if single else list(grids)
            writer = (lambda fn, kw, single: lambda path, gs: fn(path, gs[0] if single else gs, **kw))(fn, kw, single)
            out.append(Base(lay.id, lay.country, lay.year, lay.ext, grids, writer, reference=lay.truth,
                            encoding=kw.get("encoding", "utf-8") if lay.ext in ("csv", "txt") else None))
    finally:
        for n in names:
            setattr(layouts, n, saved[n])
    return tuple(out)


# --------------------------------------------------------------------------- cells


def number_of(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        try:
            f = float(value)
        except OverflowError:
            return None
        return f if f == f and abs(f) != float("inf") else None
    if isinstance(value, str):
        text = value.strip()
        if _GROUPED.match(text):
            return float(re.sub(r"[.,\u00a0 ]", "", text))
    return None


def is_figure_cell(value) -> bool:
    """A figure, a conventional sign or an empty cell: changing it may change a figure."""
    if value is None or number_of(value) is not None:
        return True
    text = str(value).strip()
    return text == "" or text in SIGNS or not any(ch.isalpha() for ch in text)


def printed_numbers(grids: list[Grid]) -> set:
    out = set()
    for g in grids:
        for row in g.rows:
            for v in row:
                n = number_of(v)
                if n is not None:
                    out.add(round(n))
    return out


def _row_has_figures(g: Grid, r: int) -> bool:
    return any(number_of(v) is not None for v in g.rows[r])


def _col_has_figures(g: Grid, c: int) -> bool:
    return any(number_of(row[c]) is not None for row in g.rows if c < len(row))


# --------------------------------------------------------------------------- grid mutations


def _copy(g: Grid) -> Grid:
    width = max((len(r) for r in g.rows), default=0)
    return Grid(g.name, [list(r) + [None] * (width - len(r)) for r in g.rows], list(g.merges))


def _pick_row(rng: random.Random, g: Grid) -> int:
    data = [r for r in range(len(g.rows)) if _row_has_figures(g, r)]
    if data and rng.random() < 0.75:
        return rng.choice(data)
    return rng.randrange(len(g.rows))


def _pick_col(rng: random.Random, g: Grid) -> int:
    width = len(g.rows[0]) if g.rows else 0
    return rng.randrange(max(width, 1))


def delete_row(g: Grid, r: int) -> None:
    del g.rows[r]
    merges = []
    for r0, c0, r1, c1 in g.merges:
        if r0 <= r <= r1:
            if r0 == r1:
                continue
            r1 -= 1
        elif r0 > r:
            r0, r1 = r0 - 1, r1 - 1
        merges.append((r0, c0, r1, c1))
    g.merges = [m for m in merges if (m[2] - m[0]) + (m[3] - m[1]) > 0]


def duplicate_row(g: Grid, r: int) -> None:
    g.rows.insert(r + 1, list(g.rows[r]))
    g.merges = [(r0, c0, r1 + 1, c1) if r0 <= r <= r1 else ((r0 + 1, c0, r1 + 1, c1) if r0 > r else (r0, c0, r1, c1))
                for r0, c0, r1, c1 in g.merges]


def delete_col(g: Grid, c: int) -> None:
    for row in g.rows:
        if c < len(row):
            del row[c]
    merges = []
    for r0, c0, r1, c1 in g.merges:
        if c0 <= c <= c1:
            if c0 == c1:
                continue
            c1 -= 1
        elif c0 > c:
            c0, c1 = c0 - 1, c1 - 1
        merges.append((r0, c0, r1, c1))
    g.merges = [m for m in merges if (m[2] - m[0]) + (m[3] - m[1]) > 0]


def duplicate_col(g: Grid, c: int) -> None:
    for row in g.rows:
        if c < len(row):
            row.insert(c + 1, row[c])
        else:
            row.append(None)
    g.merges = [(r0, c0, r1, c1 + 1) if c0 <= c <= c1 else ((r0, c0 + 1, r1, c1 + 1) if c0 > c else (r0, c0, r1, c1))
                for r0, c0, r1, c1 in g.merges]


def _csv_bytes(g: Grid, encoding: str, delimiter: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in g.rows:
        cells = []
        for v in row:
            if v is None:
                cells.append("")
            elif isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
                cells.append(str(int(v)))
            else:
                cells.append(str(v))
        writer.writerow(cells if any(cells) else [])
    return buf.getvalue().encode(encoding, errors="replace")


# --------------------------------------------------------------------------- byte mutations


def _flip(rng: random.Random, data: bytes, count: int, lo: int = 0, hi: int | None = None) -> tuple[bytes, list[int]]:
    out = bytearray(data)
    hi = len(out) if hi is None else hi
    where = []
    for _ in range(count):
        if hi <= lo:
            break
        i = rng.randrange(lo, hi)
        out[i] ^= 1 << rng.randrange(8)
        where.append(i)
    return bytes(out), where


def _flip_inner(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
    except Exception:
        flipped, where = _flip(rng, data, 1)
        return flipped, f"raw@{where}"
    xml = [i for i in infos if i.filename.endswith(".xml")]
    sheets = [i for i in xml if "sheet" in i.filename or i.filename == "content.xml" or "sharedStrings" in i.filename]
    target = rng.choice(sheets or xml or infos)
    body = src.read(target.filename)
    digits = [i for i, b in enumerate(body) if 0x30 <= b <= 0x39]
    if digits and rng.random() < 0.5:  # a digit of a figure or an address
        out = bytearray(body)
        where = rng.sample(digits, min(len(digits), rng.randint(1, 3)))
        for i in where:
            out[i] ^= 1 << rng.randrange(4)
        body = bytes(out)
    else:
        body, where = _flip(rng, body, rng.randint(1, 6))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in infos:
            content = body if info.filename == target.filename else src.read(info.filename)
            dst.writestr(info, content, compress_type=info.compress_type)
    return buf.getvalue(), f"{target.filename}@{where[:3]}"


# --------------------------------------------------------------------------- drawing a mutant

GRID_OPS = ("delete_row", "duplicate_row", "swap_rows", "delete_col", "duplicate_col", "swap_cols", "blank_cell",
            "odd_cell", "odd_cell", "odd_cell", "as_text", "delete_row_stale", "delete_col_stale")
BYTE_OPS = ("truncate", "flip_bytes", "flip_inner", "reencode")


def draw(rng: random.Random, base: Base, seed: int, index: int) -> Mutant:
    ops = GRID_OPS * 3 + BYTE_OPS
    op = rng.choice(ops)
    if op in BYTE_OPS:
        return _byte_mutant(rng, base, seed, index, op)
    grids = [_copy(g) for g in base.grids]
    gi = rng.randrange(len(grids))
    g = grids[gi]
    if not g.rows:
        return _byte_mutant(rng, base, seed, index, "truncate")
    kind = "figures"
    ext, sheet = base.ext, base.sheet
    where = f"{g.name}!"
    if op in ("delete_row", "duplicate_row", "swap_rows", "delete_row_stale"):
        r = _pick_row(rng, g)
        touched = [r]
        if op == "delete_row_stale":  # as openpyxl's delete_rows does: the merged ranges stay where they were
            del g.rows[r]
        elif op == "delete_row":
            delete_row(g, r)
        elif op == "duplicate_row":
            duplicate_row(g, r)
        else:
            r2 = _pick_row(rng, g)
            g.rows[r], g.rows[r2] = g.rows[r2], g.rows[r]
            touched.append(r2)
        kind = "figures" if any(_row_has_figures(base.grids[gi], t) for t in touched) else "text"
        where += "rows " + ",".join(str(t + 1) for t in touched)
    elif op in ("delete_col", "duplicate_col", "swap_cols", "delete_col_stale"):
        c = _pick_col(rng, g)
        touched = [c]
        if op == "delete_col_stale":
            for row in g.rows:
                del row[c:c + 1]
        elif op == "delete_col":
            delete_col(g, c)
        elif op == "duplicate_col":
            duplicate_col(g, c)
        else:
            c2 = _pick_col(rng, g)
            for row in g.rows:
                row[c], row[c2] = row[c2], row[c]
            touched.append(c2)
        kind = "figures" if any(_col_has_figures(base.grids[gi], t) for t in touched) else "text"
        where += "cols " + ",".join(str(t + 1) for t in touched)
    elif op in ("blank_cell", "odd_cell"):
        cells = [(r, c) for r in range(len(g.rows)) for c in range(len(g.rows[r])) if g.rows[r][c] not in (None, "")]
        r, c = rng.choice(cells) if cells and rng.random() < 0.9 else (rng.randrange(len(g.rows)), _pick_col(rng, g))
        old = g.rows[r][c] if c < len(g.rows[r]) else None
        new = None if op == "blank_cell" else rng.choice(ODD_TOKENS)
        while c >= len(g.rows[r]):
            g.rows[r].append(None)
        g.rows[r][c] = new
        kind = "figures" if is_figure_cell(old) else "text"
        where += f"R{r + 1}C{c + 1} {str(old)[:20]!r}->{str(new)[:20]!r}"
    else:  # as_text: the sheet saved as delimited text in another encoding
        encoding, delimiter = rng.choice(ENCODINGS), rng.choice(DELIMITERS)
        data = _csv_bytes(g, encoding, delimiter)
        return Mutant(base, seed, index, op, f"{g.name} {encoding} {delimiter!r}", "text", data,
                      rng.choice(("csv", "txt")), None, printed_numbers([g]))
    data = base.write(grids)
    return Mutant(base, seed, index, op, where, kind, data, ext, sheet, printed_numbers(grids))


def _byte_mutant(rng: random.Random, base: Base, seed: int, index: int, op: str) -> Mutant:
    data = base.original_bytes()
    numbers = None
    if op == "truncate":
        n = rng.choice((0, 1, 4, 22, rng.randrange(max(len(data), 1)), len(data) - 1))
        out, detail = data[:max(n, 0)], f"to {max(n, 0)} of {len(data)} bytes"
    elif op == "flip_bytes":
        out, where = _flip(rng, data, rng.randint(1, 8))
        detail = f"at {where[:4]}"
    elif op == "flip_inner" and data[:2] == b"PK":
        out, detail = _flip_inner(rng, data)
    elif base.ext in ("csv", "txt") or op == "reencode":
        if base.ext not in ("csv", "txt", "html"):
            out, where = _flip(rng, data, rng.randint(1, 4))
            return Mutant(base, seed, index, "flip_bytes", f"at {where[:4]}", "figures", out, base.ext, base.sheet)
        source = base.encoding or "utf-8"
        try:
            text = data.decode(source)
        except (UnicodeDecodeError, LookupError):
            text = data.decode("latin-1")
        target = rng.choice(ENCODINGS + ("double",))
        if target == "double":  # utf-8 read as Latin-1 and saved again: mojibake
            out = text.encode("utf-8").decode("latin-1").encode("utf-8")
        else:
            out = text.encode(target, errors="replace")
        detail = f"{source} -> {target}"
        numbers = printed_numbers(base.grids)
        return Mutant(base, seed, index, "reencode", detail, "text", out, base.ext, base.sheet, numbers)
    else:
        out, where = _flip(rng, data, rng.randint(1, 8))
        op, detail = "flip_bytes", f"at {where[:4]}"
    return Mutant(base, seed, index, op, detail, "figures", out, base.ext, base.sheet, numbers)


def all_bases(realdata: Path | None) -> list[Base]:
    bases = list(realdata_bases(str(realdata))) if realdata is not None and Path(realdata).is_dir() else []
    return bases + list(corpus_bases())


def mutant(bases: list[Base], seed: int, index: int) -> Mutant:
    """Mutant ``index`` of run ``seed``: a real table four times in ten when there is one, else a corpus layout."""
    rng = random.Random(f"imila-fuzz-{seed}-{index}")
    real = [b for b in bases if b.realdata]
    generated = [b for b in bases if not b.realdata]
    pool = real if real and (not generated or rng.random() < 0.4) else generated
    base = rng.choice(pool)
    return draw(rng, base, seed, index)

"""HTML tables (REDATAM web output, "Excel" files that are really HTML).

Parsed with the standard library's ``html.parser`` — no lxml, bs4 or
html5lib needed. ``colspan``/``rowspan`` become merged ranges. Text outside
tables (headings, paragraphs such as REDATAM's ``AREA # 02007`` lines or
``Procesado con Redatam``) is kept as one-cell rows between the tables, so
the document reads top to bottom as one grid when it is REDATAM output;
otherwise each table is a sheet ("Tabla 1", "Tabla 2", …) with the text
right above it as its title. Scripts and styles are ignored.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from app.errors import ImportError_
from app.importers.base import Grid

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "pre", "caption", "title", "section"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.segments: list[tuple[str, object]] = []  # ("text", str) | ("table", (rows, spans))
        self._stack: list[dict] = []  # open tables
        self._text: list[str] = []
        self._skip = 0
        self._cell: list[str] | None = None

    # text outside tables
    def _flush_text(self):
        text = " ".join("".join(self._text).split())
        if text:
            self.segments.append(("text", text))
        self._text = []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in ("script", "style", "head"):
            if tag != "head":
                self._skip += 1
            return
        a = dict(attrs)
        if tag == "table":
            if not self._stack:
                self._flush_text()
            self._stack.append({"rows": [], "row": None, "cells": []})
        elif not self._stack:
            if tag in _BLOCK_TAGS:
                self._flush_text()
        elif tag == "tr":
            t = self._stack[-1]
            t["row"] = []
            t["rows"].append(t["row"])
        elif tag in ("td", "th"):
            t = self._stack[-1]
            if t["row"] is None:
                t["row"] = []
                t["rows"].append(t["row"])
            try:
                cs = max(1, min(int(a.get("colspan") or 1), 1000))
            except ValueError:
                cs = 1
            try:
                rs = max(1, min(int(a.get("rowspan") or 1), 10000))
            except ValueError:
                rs = 1
            cell = {"text": [], "colspan": cs, "rowspan": rs}
            t["row"].append(cell)
            t["cell"] = cell
        elif tag == "br" and self._stack and self._stack[-1].get("cell") is not None:
            self._stack[-1]["cell"]["text"].append(" ")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
            return
        if tag == "table" and self._stack:
            t = self._stack.pop()
            if self._stack:
                # a nested table: its text joins the enclosing cell
                outer = self._stack[-1].get("cell")
                if outer is not None:
                    for row in t["rows"]:
                        outer["text"].append(" " + " ".join("".join(c["text"]) for c in row))
            else:
                self.segments.append(("table", t["rows"]))
        elif tag in ("td", "th") and self._stack:
            self._stack[-1]["cell"] = None
        elif not self._stack and tag in _BLOCK_TAGS:
            self._flush_text()

    def handle_data(self, data):
        if self._skip:
            return
        if self._stack:
            cell = self._stack[-1].get("cell")
            if cell is not None:
                cell["text"].append(data)
        else:
            self._text.append(data)

    def close(self):
        super().close()
        self._flush_text()


def _table_rows(rows) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Place cells with rowspan/colspan on a rectangle; spans become merged ranges."""
    grid: dict[tuple[int, int], str] = {}
    occupied: set[tuple[int, int]] = set()
    merged = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in occupied:
                c += 1
            text = " ".join("".join(cell["text"]).split())
            grid[(r, c)] = text
            cs, rs = cell["colspan"], cell["rowspan"]
            for dr in range(rs):
                for dc in range(cs):
                    occupied.add((r + dr, c + dc))
            if cs > 1 or rs > 1:
                merged.append((r, c, r + rs - 1, c + cs - 1))
            c += cs
            width = max(width, c)
    height = len(rows)
    if merged:
        height = max(height, max(m[2] for m in merged) + 1)
    out = [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
    return out, merged


def decode_html(data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding is None:
        if data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            m = _META_CHARSET.search(data[:4096])
            encoding = m.group(1).decode("ascii").lower() if m else None
            if encoding is None:
                try:
                    data.decode("utf-8")
                    encoding = "utf-8"
                except UnicodeDecodeError:
                    encoding = "cp1252"
    try:
        return data.decode(encoding, errors="strict"), encoding
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"


def parse_html(data: bytes, encoding: str | None, path: Path):
    """Segments of an HTML document: ("text", str) and ("table", (rows, merged))."""
    text, enc = decode_html(data, encoding)
    parser = _Parser()
    try:
        parser.feed(text)
        parser.close()
    except Exception:
        raise ImportError_("import.corrupt_html", path=path.name) from None
    segments = []
    for kind, payload in parser.segments:
        if kind == "table":
            rows, merged = _table_rows(payload)
            if rows and any(any(x for x in row) for row in rows):
                segments.append(("table", (rows, merged)))
        else:
            segments.append(("text", payload))
    if not any(k == "table" for k, _ in segments):
        raise ImportError_("import.html_no_table", path=path.name)
    return segments, enc


def flatten(segments, name: str) -> Grid:
    """All tables and text of a document as one grid (for REDATAM output)."""
    rows: list[list[str]] = []
    merged = []
    for kind, payload in segments:
        if kind == "text":
            rows.append([payload])
        else:
            table_rows, table_merged = payload
            off = len(rows)
            rows.extend(table_rows)
            merged.extend((a + off, b, c + off, d) for a, b, c, d in table_merged)
            rows.append([])
    width = max((len(r) for r in rows), default=1)
    rows = [r + [""] * (width - len(r)) for r in rows]
    df = pd.DataFrame(rows, dtype="str")
    df.columns = list(range(width))
    return Grid(name=name, cells=df, merged=merged)


def table_grids(segments) -> list[Grid]:
    """One grid per table, the text right above it as its title rows."""
    grids = []
    pending: list[str] = []
    n = 0
    for kind, payload in segments:
        if kind == "text":
            pending.append(payload)
            continue
        n += 1
        table_rows, table_merged = payload
        head = [[t] for t in pending[-3:]]
        pending = []
        rows = head + table_rows
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        df = pd.DataFrame(rows, dtype="str")
        df.columns = list(range(width))
        off = len(head)
        merged = [(a + off, b, c + off, d) for a, b, c, d in table_merged]
        grids.append(Grid(name=f"Tabla {n}", cells=df, merged=merged))
    return grids

"""Publishing a cube: the shapes offices print (wide, long, nested stub, stacked blocks) and the files they save.

A ``Grid`` is a sheet: rows of cells (str, int, float or None) and merged
ranges. Renderers turn a ``Cube`` into grids; writers save grids as .xlsx
(openpyxl, with merges), .csv/.txt (any encoding and delimiter, numbers
formatted as the office prints them), .html and .ods.
"""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from .cube import Cube, Dim, Item


@dataclass
class Grid:
    name: str
    rows: list[list] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 (0-based, inclusive)

    def add(self, *cells) -> int:
        self.rows.append(list(cells))
        return len(self.rows) - 1

    def extend(self, lines) -> None:
        for line in lines:
            self.rows.append([line] if isinstance(line, str) else list(line))


def _items(dim: Dim, only=None) -> list[Item]:
    items = [it for it in dim.items if not it.virtual]
    if only is not None:
        items = [it for it in items if it.label in only]
    return items


@dataclass
class Style:
    zero: str = "-"                 # how an absolute zero is printed
    signs: list = field(default_factory=list)   # [({dim name: label}, sign)] for suppressed / missing cells
    decimals: int = 1               # of measure columns

    def show(self, cube: Cube, labels: dict, value):
        for match, sign in self.signs:
            if all(labels.get(k) == v for k, v in match.items()):
                return sign
        if value == 0 and self.zero is not None:
            return self.zero
        return value


def _cell(cube: Cube, style: Style, labels: dict, measure_dim: Dim | None, measure_item: Item | None):
    if measure_item is not None:
        def get(label):
            return cube.value({**labels, measure_dim.name: label})
        value = measure_item.measure(get)
        return round(value, style.decimals) if value is not None else "..."
    return style.show(cube, labels, cube.value(labels))


def render_wide(cube: Cube, *, name: str, title: list[str], rows: list[str], cols: list[str], stub: list[str],
                footer: list[str] = (), style: Style | None = None, stub_mode: str = "first",
                merge_headers: bool = True, only: dict | None = None, stub_header_row: str = "last") -> Grid:
    """Row dimensions as stub columns, column dimensions as header rows (outer first)."""
    style = style or Style()
    only = only or {}
    g = Grid(name)
    g.extend(title)
    rdims = [next(d for d in cube.dims if d.name == n) for n in rows]
    cdims = [next(d for d in cube.dims if d.name == n) for n in cols]
    ncols = list(product(*(_items(d, only.get(d.name)) for d in cdims)))
    nstub = len(rdims)
    first_header = len(g.rows)
    for level, dim in enumerate(cdims):
        line = [""] * nstub
        if (stub_header_row == "last" and level == len(cdims) - 1) or (stub_header_row == "first" and level == 0):
            line = list(stub)
        start = None
        for j, combo in enumerate(ncols):
            label = combo[level].label
            prefix = tuple(it.label for it in combo[: level + 1])
            prev = tuple(it.label for it in ncols[j - 1][: level + 1]) if j else None
            if merge_headers and level < len(cdims) - 1 and prev == prefix:
                line.append(None)
            else:
                line.append(label)
        r = g.add(*line)
        if merge_headers and level < len(cdims) - 1:
            j = 0
            while j < len(ncols):
                k = j
                prefix = tuple(it.label for it in ncols[j][: level + 1])
                while k + 1 < len(ncols) and tuple(it.label for it in ncols[k + 1][: level + 1]) == prefix:
                    k += 1
                if k > j:
                    g.merges.append((r, nstub + j, r, nstub + k))
                j = k + 1
    if stub_header_row == "merge" and cdims:
        for c in range(nstub):
            g.rows[first_header][c] = stub[c]
            if len(cdims) > 1:
                g.merges.append((first_header, c, first_header + len(cdims) - 1, c))
    prev = None
    starts: dict[int, int] = {}
    for rcombo in product(*(_items(d, only.get(d.name)) for d in rdims)):
        labels = {d.name: it.label for d, it in zip(rdims, rcombo)}
        line = []
        for i, it in enumerate(rcombo):
            same = prev is not None and tuple(x.label for x in prev[: i + 1]) == tuple(x.label for x in rcombo[: i + 1])
            if stub_mode == "repeat" or i == nstub - 1 or not same:
                line.append(it.label)
            else:
                line.append(None if stub_mode == "merge" else "")
        for ccombo in ncols:
            cl = dict(labels)
            mdim = mitem = None
            for d, it in zip(cdims, ccombo):
                if it.measure is not None:
                    mdim, mitem = d, it
                else:
                    cl[d.name] = it.label
            line.append(_cell(cube, style, cl, mdim, mitem))
        r = g.add(*line)
        if stub_mode == "merge":
            for i in range(nstub - 1):
                if line[i] is not None:
                    starts[i] = r
                elif i in starts:
                    pass
        prev = rcombo
    if stub_mode == "merge":
        _merge_down(g, first_header + len(cdims), nstub - 1)
    g.extend(footer)
    return g


def _merge_down(g: Grid, first_row: int, ncols: int) -> None:
    for c in range(ncols):
        r = first_row
        while r < len(g.rows):
            if g.rows[r][c] not in (None, ""):
                k = r
                while k + 1 < len(g.rows) and len(g.rows[k + 1]) > c and g.rows[k + 1][c] is None:
                    k += 1
                if k > r:
                    g.merges.append((r, c, k, c))
                r = k + 1
            else:
                r += 1


def render_long(cube: Cube, *, name: str, columns: list[tuple[str, str]], title: list[str] = (),
                footer: list[str] = (), style: Style | None = None, only: dict | None = None,
                value_header: str = "Valor", extra: list[tuple[str, object]] = ()) -> Grid:
    """One row per published cell: ``columns`` = [(header, dim name)], then the value column."""
    style = style or Style()
    only = only or {}
    g = Grid(name)
    g.extend(title)
    g.add(*[h for h, _d in columns], *[h for h, _v in extra], value_header)
    dims = [next(d for d in cube.dims if d.name == dn) for _h, dn in columns]
    for combo in product(*(_items(d, only.get(d.name)) for d in dims)):
        labels = {d.name: it.label for d, it in zip(dims, combo)}
        g.add(*[it.label for it in combo], *[v for _h, v in extra], style.show(cube, labels, cube.value(labels)))
    g.extend(footer)
    return g


def render_nested(cube: Cube, *, name: str, outer: str, inner: str, cols: list[str], stub: str, title: list[str],
                  footer: list[str] = (), style: Style | None = None, outer_fmt: str = "{}", only: dict | None = None) -> Grid:
    """INEI-style stub: the outer label heads a row carrying its totals, the inner labels follow in the same column."""
    style = style or Style()
    only = only or {}
    g = Grid(name)
    g.extend(title)
    odim = next(d for d in cube.dims if d.name == outer)
    idim = next(d for d in cube.dims if d.name == inner)
    cdims = [next(d for d in cube.dims if d.name == n) for n in cols]
    ncols = list(product(*(_items(d, only.get(d.name)) for d in cdims)))
    for level in range(len(cdims)):
        line = [stub if level == len(cdims) - 1 else ""]
        for j, combo in enumerate(ncols):
            prefix = tuple(it.label for it in combo[: level + 1])
            prev = tuple(it.label for it in ncols[j - 1][: level + 1]) if j else None
            line.append(None if (level < len(cdims) - 1 and prev == prefix) else combo[level].label)
        r = g.add(*line)
        if level < len(cdims) - 1:
            j = 0
            while j < len(ncols):
                k = j
                prefix = tuple(it.label for it in ncols[j][: level + 1])
                while k + 1 < len(ncols) and tuple(it.label for it in ncols[k + 1][: level + 1]) == prefix:
                    k += 1
                if k > j:
                    g.merges.append((r, 1 + j, r, 1 + k))
                j = k + 1
    inner_total = next(it for it in idim.items if getattr(it, "_total", False))
    for oit in _items(odim, only.get(odim.name)):
        for iit in [inner_total] + [it for it in _items(idim, only.get(idim.name)) if it is not inner_total]:
            label = (oit.label if getattr(oit, "_total", False) else outer_fmt.format(oit.label)) if iit is inner_total else iit.label
            line = [label]
            for ccombo in ncols:
                labels = {odim.name: oit.label, idim.name: iit.label, **{d.name: it.label for d, it in zip(cdims, ccombo)}}
                line.append(style.show(cube, labels, cube.value(labels)))
            g.add(*line)
    g.extend(footer)
    return g


def render_blocks(cube: Cube, *, name: str, block: str, rows: list[str], cols: list[str], stub: list[str],
                  title: list[str], footer: list[str] = (), style: Style | None = None, header_each: bool = False,
                  block_fmt: str = "{}", only: dict | None = None, sex_column: bool = False) -> Grid:
    """Stacked blocks: one per item of ``block`` (a title row, or a merged first column when ``sex_column``)."""
    style = style or Style()
    only = only or {}
    g = Grid(name)
    g.extend(title)
    bdim = next(d for d in cube.dims if d.name == block)
    rdims = [next(d for d in cube.dims if d.name == n) for n in rows]
    cdims = [next(d for d in cube.dims if d.name == n) for n in cols]
    ncols = list(product(*(_items(d, only.get(d.name)) for d in cdims)))
    lead = [""] if sex_column else []

    def header():
        for level in range(len(cdims)):
            width = len(lead) + len(rdims)
            line = list(stub)[:width] + [""] * (width - len(stub)) if level == len(cdims) - 1 else [""] * width
            for j, combo in enumerate(ncols):
                prefix = tuple(it.label for it in combo[: level + 1])
                prev = tuple(it.label for it in ncols[j - 1][: level + 1]) if j else None
                line.append(None if (level < len(cdims) - 1 and prev == prefix) else combo[level].label)
            r = g.add(*line)
            if level < len(cdims) - 1:
                j = 0
                while j < len(ncols):
                    k = j
                    prefix = tuple(it.label for it in ncols[j][: level + 1])
                    while k + 1 < len(ncols) and tuple(it.label for it in ncols[k + 1][: level + 1]) == prefix:
                        k += 1
                    if k > j:
                        g.merges.append((r, len(lead) + len(rdims) + j, r, len(lead) + len(rdims) + k))
                    j = k + 1

    if sex_column:
        header()
    for b, bit in enumerate(_items(bdim, only.get(bdim.name))):
        if not sex_column:
            g.add(block_fmt.format(bit.label))
            if header_each or b == 0:
                header()
        first = len(g.rows)
        for rcombo in product(*(_items(d, only.get(d.name)) for d in rdims)):
            labels = {bdim.name: bit.label, **{d.name: it.label for d, it in zip(rdims, rcombo)}}
            line = ([bit.label if len(g.rows) == first else None] if sex_column else []) + [it.label for it in rcombo]
            for ccombo in ncols:
                cl = dict(labels)
                cl.update({d.name: it.label for d, it in zip(cdims, ccombo)})
                line.append(style.show(cube, cl, cube.value(cl)))
            g.add(*line)
        if sex_column and len(g.rows) - 1 > first:
            g.merges.append((first, 0, len(g.rows) - 1, 0))
    g.extend(footer)
    return g


# --------------------------------------------------------------------------- writers


def fmt_number(value, thousands: str = "", decimal: str = ".") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.1f}".split(".")
        return _group(whole, thousands) + decimal + frac
    return _group(str(int(value)), thousands)


def _group(digits: str, sep: str) -> str:
    if not sep:
        return digits
    neg = digits.startswith("-")
    digits = digits.lstrip("-")
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return ("-" if neg else "") + sep.join(parts)


def write_xlsx(path: Path, grids: list[Grid], *, as_text: bool = False, thousands: str = "", decimal: str = ",") -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for grid in grids:
        ws = wb.create_sheet(grid.name)
        for r, row in enumerate(grid.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                if as_text and not isinstance(value, str):
                    value = fmt_number(value, thousands, decimal)
                ws.cell(row=r, column=c, value=value)
        for r0, c0, r1, c1 in grid.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    wb.save(path)


def write_csv(path: Path, grid: Grid, *, encoding: str = "utf-8", delimiter: str = ",", thousands: str = "",
              decimal: str = ".", quote_all: bool = False, newline: str = "\r\n") -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                        lineterminator=newline)
    for row in grid.rows:
        cells = [fmt_number(v, thousands, decimal) if v is not None else "" for v in row]
        writer.writerow(cells if any(cells) else [])
    path.write_bytes(buf.getvalue().encode(encoding))


def write_html(path: Path, grids: list[Grid], *, thousands: str = ".", decimal: str = ",", encoding: str = "utf-8") -> None:
    parts = [f'<html><head><meta charset="{encoding}"><title>{html.escape(grids[0].name)}</title></head><body>']
    for grid in grids:
        covered = set()
        spans = {}
        for r0, c0, r1, c1 in grid.merges:
            spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
        parts.append("<table border=\"1\">")
        for r, row in enumerate(grid.rows):
            parts.append("<tr>")
            for c, value in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                text = html.escape(fmt_number(value, thousands, decimal) if value is not None else "")
                parts.append(f"<td{attrs}>{text}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path.write_bytes("\n".join(parts).encode(encoding))


def write_ods(path: Path, grids: list[Grid]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for grid in grids:
        table = Table(name=grid.name)
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in grid.merges}
        for r, row in enumerate(grid.rows):
            tr = TableRow()
            for c, value in enumerate(row):
                attrs = {}
                if (r, c) in spans:
                    rs, cs = spans[(r, c)]
                    if rs > 1:
                        attrs["numberrowsspanned"] = rs
                    if cs > 1:
                        attrs["numbercolumnsspanned"] = cs
                if value is None or value == "":
                    tr.addElement(TableCell(**attrs))
                elif isinstance(value, (int, float)):
                    cell = TableCell(valuetype="float", value=value, **attrs)
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                else:
                    cell = TableCell(valuetype="string", **attrs)
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))

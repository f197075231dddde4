"""REDATAM output (Redatam+SP, Redatam 7, the web engines) saved as Excel, CSV or HTML.

REDATAM writes one block per geographic area::

    AREA # 02007        Almirante Brown           <- block start, name beside the code
                                                  
    Categorías      Casos      %    Acumulado %  <- frequency layout
    Varón           1 234   48,5          48,5
    Mujer           1 310   51,5         100,0
    Total           2 544  100,0         100,0    <- end of the block

    AREA # 02014        Avellaneda
                        Sexo                      <- caption: the column variable
    Edad            Varón    Mujer    Total       <- cross-tab header ends in "Total"
    0 - 14          …
    Total           …

    AREA # 02021        …
    Tabla vacía                                   <- an area with no cases

    RESUMEN                                       <- optional: all areas together
    …
    Procesado con Redatam+SP, CEPAL/CELADE …      <- footer

Each block is unpivoted with the generic layout code (header, stub column,
data columns: "Casos" alone in a frequency table — the percentages are
derived and left out —, every category up to and including "Total" in a
cross-tab) and the area becomes a value of the "Área" dimension (role
``geography``) labelled "<code> <name>". "Tabla vacía" blocks yield no cells
and a note. ``-`` is an absolute zero; ``NSA`` (no aplica) rows are kept as
published and listed in the notes; the "Total" row and column are kept as
published totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.errors import ImportError_
from app.importers.base import FLAGS, Grid, SourceDimension, TidyTable
from app.importers.cells import NUMBER, SIGN, TEXT, Cells, column_letters, str_series
from app.importers.layout import _fold, _Notes, _unique_names, is_total_label

AREA_RE = re.compile(r"^\s*[AÁ]REA\s*#\s*([0-9A-Za-z_.\-]+)\s*[:\-]?\s*(.*)$", re.IGNORECASE)
_EMPTY_RE = re.compile(r"^tabla vac[ií]a|^empty table|^tableau vide|^tabela vazia", re.IGNORECASE)
_PROCESSED_RE = re.compile(r"procesado con redatam|processed with redatam|processado com redatam|redatam\+?sp|redatam 7", re.IGNORECASE)
_GENERIC_STUB = {"", "categorias", "categories", "categorie", "categorias:", "categoria"}
_PREFIXES = re.compile(
    r"^(frecuencias? de|frecuencia|cruce de|crosstab of|crosstab de|cuadro de|tabla de|frequency of|frequencies of|"
    r"t[ií]tulo|title)\s*:?\s*",
    re.IGNORECASE,
)
GEO_NAME = "Área"


def _label_cols(cells: Cells, limit: int = 3) -> range:
    return range(min(limit, cells.kind.shape[1]))


def is_redatam(cells: Cells) -> bool:
    """True when the grid holds REDATAM area blocks."""
    for c in _label_cols(cells):
        col = cells.text.strings(c)
        if col is not None and col.str.match("[ ]*[AaÁá][Rr][Ee][Aa][ ]*#").fillna(False).any():
            return True
    return False


@dataclass
class _Block:
    area: str
    row: int
    empty: bool = True
    kind: str = ""
    stub: int = 0
    header_rows: list[int] = field(default_factory=list)
    data_rows: list[int] = field(default_factory=list)
    data_cols: list[int] = field(default_factory=list)
    col_labels: list[str] = field(default_factory=list)
    stub_name: str = ""
    caption: str = ""


def _find_blocks(cells: Cells):
    """Block starts (row, code, name) and the "Procesado con Redatam" rows."""
    n_rows, n_cols = cells.kind.shape
    starts: list[tuple[int, str, str]] = []
    footer_rows: list[int] = []
    label_cols = list(_label_cols(cells))
    for r in range(n_rows):
        texts = [cells.text.base_at(r, c) for c in label_cols]
        for j, t in enumerate(texts):
            if not t:
                continue
            m = AREA_RE.match(t)
            if m:
                code, name = m.group(1), m.group(2).strip()
                if not name:
                    name = next((x for x in cells.row_texts(r, range(j + 1, n_cols)) if x), "")
                starts.append((r, code, name))
                break
            if _fold(t).strip() in ("resumen", "summary", "resumo", "resume"):
                starts.append((r, "", t))
                break
            if _PROCESSED_RE.search(t):
                footer_rows.append(r)
                break
    return starts, footer_rows


def _read_block(cells: Cells, b: _Block, start: int, end: int) -> None:
    """Find the header, the label column and the data of one area block."""
    K = cells.kind
    n_cols = K.shape[1]
    body = np.arange(start + 1, end)
    if body.size == 0:
        return
    label_cols = list(_label_cols(cells))
    for r in body:
        if any(_EMPTY_RE.match(cells.text.base_at(int(r), c)) for c in label_cols if cells.text.base_at(int(r), c)):
            return
    sub = K[body]
    numeric = (sub[:, 1:] == NUMBER).any(1) | ((sub[:, 1:] == SIGN).any(1) & (sub[:, :2] == TEXT).any(1))
    if not numeric.any():
        return
    first = int(body[np.flatnonzero(numeric)[0]])
    header = first - 1
    while header > start and not (K[header] > 0).any():
        header -= 1
    header = header if header > start else None
    stub = 0
    for c in range(n_cols):
        if K[first, c] == TEXT or cells.text_at(first, c):
            stub = c
            break
    htexts = [cells.text_at(header, c) if header is not None else "" for c in range(n_cols)]
    folded = [_fold(t) for t in htexts]
    key = next((k for k in ("casos", "cases", "frecuencia", "frequency") if k in folded), None)
    if key is not None:
        data_cols = [folded.index(key)]
        kind = "freq"
    else:
        data_cols = []
        for c in range(stub + 1, n_cols):
            if htexts[c] or K[first, c] in (NUMBER, SIGN):
                data_cols.append(c)
            if folded[c] == "total":
                break
        kind = "cross"
    data_rows = []
    for r in range(first, end):
        lab = cells.text_at(r, stub)
        has_num = ((K[r, data_cols] == NUMBER) | (K[r, data_cols] == SIGN)).any()
        if not has_num:
            if data_rows or lab:
                break
            continue
        data_rows.append(r)
        if _fold(lab) == "total":
            break
    caption = None
    if header is not None and kind == "cross":
        r = header - 1
        while r > start and not (K[r] > 0).any():
            r -= 1
        if r > start and any(cells.text_at(r, c) for c in range(stub + 1, n_cols)):
            caption = r
    b.empty = not data_rows
    b.kind = kind
    b.stub = stub
    b.header_rows = [h for h in (caption, header) if h is not None]
    b.data_rows = data_rows
    b.data_cols = data_cols
    if kind == "cross":
        b.col_labels = [htexts[c] or column_letters(c) for c in data_cols]
        if caption is not None:
            b.caption = next((cells.text_at(caption, c) for c in range(stub + 1, n_cols) if cells.text_at(caption, c)), "")
    b.stub_name = htexts[stub] if header is not None else ""
    if _fold(b.stub_name) in _GENERIC_STUB:
        b.stub_name = _variable_title(cells, start, header, []) or b.stub_name


def parse(grid: Grid, cells: Cells, overrides: dict | None = None) -> TidyTable:
    n_rows, n_cols = cells.kind.shape
    K = cells.kind
    notes = _Notes()
    starts, footer_rows = _find_blocks(cells)
    if not starts:
        raise ImportError_("import.no_table", sheet=grid.name)
    title_rows = [r for r in range(starts[0][0]) if (K[r] > 0).any()]
    title_texts = [" ".join(x for x in cells.row_texts(r) if x) for r in title_rows]
    ends = [s[0] for s in starts[1:]] + [min([f for f in footer_rows if f > starts[-1][0]] or [n_rows])]
    blocks: list[_Block] = []
    for (start, code, name), end in zip(starts, ends):
        b = _Block(area=f"{code} {name}".strip(), row=start)
        _read_block(cells, b, start, end)
        blocks.append(b)
    full = [b for b in blocks if not b.empty]
    if not full:
        raise ImportError_("import.redatam_empty", sheet=grid.name)
    kind = full[0].kind
    cross = kind == "cross"

    # one vectorised unpivot over every block
    geo_labels = [b.area for b in full]
    row_index: dict[str, int] = {}
    col_index: dict[str, int] = {}
    parts = {"geo": [], "row": [], "col": [], "r": [], "c": []}
    for gi, b in enumerate(full):
        rows = np.asarray(b.data_rows, dtype=np.int64)
        cols = np.asarray(b.data_cols, dtype=np.int64)
        nr, nc = rows.size, cols.size
        rl = [cells.text_at(int(r), b.stub) for r in rows]
        rcodes = np.asarray([row_index.setdefault(x, len(row_index)) for x in rl], dtype=np.int64)
        ccodes = np.asarray([col_index.setdefault(x, len(col_index)) for x in (b.col_labels or ["Casos"])], dtype=np.int64)
        parts["geo"].append(np.full(nr * nc, gi, dtype=np.int64))
        parts["row"].append(np.repeat(rcodes, nc))
        parts["col"].append(np.tile(ccodes, nr))
        parts["r"].append(np.repeat(rows, nc))
        parts["c"].append(np.tile(cols, nr))
    row_labels = list(row_index)
    col_labels = list(col_index)
    geo = np.concatenate(parts["geo"])
    rc = np.concatenate(parts["row"])
    cc = np.concatenate(parts["col"])
    rr = np.concatenate(parts["r"])
    cl = np.concatenate(parts["c"])
    value = cells.value[rr, cl]
    flag = cells.flag[rr, cl]
    unreadable = cells.kind[rr, cl] == TEXT

    stub_name = next((b.stub_name for b in full if b.stub_name), "")
    if not stub_name or _fold(stub_name) in _GENERIC_STUB:
        stub_name = _variable_title(cells, full[0].row, None, title_texts) or stub_name or "Categorías"
    names = [GEO_NAME, stub_name]
    roles = ["geography", "row"]
    if cross:
        names.append(next((b.caption for b in full if b.caption), "") or "Columna 1")
        roles.append("column")
    names = _unique_names(names)
    frame = {names[0]: str_series(geo, geo_labels), names[1]: str_series(rc, row_labels)}
    if cross:
        frame[names[2]] = str_series(cc, col_labels)
    frame["value"] = pd.Series(value, dtype="float64")
    frame["flag"] = str_series(flag, list(FLAGS))
    letters = [f"{grid.name}!{column_letters(int(c) + grid.col_offset)}" for c in range(n_cols)]
    frame["cell"] = pd.Series([f"{letters[c]}{r + 1 + grid.row_offset}" for r, c in zip(rr.tolist(), cl.tolist())],
                              dtype="str")
    df = pd.DataFrame(frame)
    dims = [SourceDimension(name=n, role=ro, labels=[str(x) for x in pd.unique(df[n])]) for n, ro in zip(names, roles)]

    empty_areas = [b.area for b in blocks if b.empty]
    nsa_rows = [r for b in full for r in b.data_rows if _fold(cells.text_at(r, b.stub)) in ("nsa", "no aplica", "n.s.a.")]
    total_rows = sorted(r for b in full for r in b.data_rows if is_total_label(cells.text_at(r, b.stub)))
    total_cols = sorted({c for b in full for c, lab in zip(b.data_cols, b.col_labels) if is_total_label(lab)})
    for r in footer_rows:
        notes.raw(" ".join(x for x in cells.row_texts(r) if x))
    notes.add("import.note.redatam", areas=len(full), layout=kind)
    if empty_areas:
        notes.add("import.note.redatam_empty", count=len(empty_areas), areas=", ".join(empty_areas[:10]))
    if nsa_rows:
        notes.add("import.note.redatam_nsa", count=len(nsa_rows))
    if unreadable.any():
        notes.add("import.note.unreadable", count=int(unreadable.sum()), examples="")
    layout = {
        "kind": "redatam",
        "redatam_layout": kind,
        "title_rows": title_rows,
        "header_rows": sorted({h for b in full for h in b.header_rows}),
        "data_rows": sorted({r for b in full for r in b.data_rows}),
        "footer_rows": footer_rows,
        "stub_cols": sorted({b.stub for b in full}),
        "data_cols": sorted({c for b in full for c in b.data_cols}),
        "total_rows": total_rows,
        "total_cols": total_cols,
        "hidden_rows": sorted(grid.hidden_rows),
        "hidden_cols": sorted(grid.hidden_cols),
        "blocks": [
            {"area": b.area, "row": b.row, "empty": b.empty, "header_rows": b.header_rows, "data_rows": b.data_rows}
            for b in blocks
        ],
        "empty_areas": empty_areas,
        "nsa_rows": nsa_rows,
        "total_geography": [g for g in geo_labels if _fold(g) in ("resumen", "summary", "resumo")],
        "messages": notes.keyed,
    }
    return TidyTable(
        name=grid.name,
        title="\n".join(title_texts),
        frame=df,
        dimensions=dims,
        layout=layout,
        confidence=0.9 if not unreadable.any() else 0.7,
        notes=notes.texts,
    )


def _variable_title(cells: Cells, start: int, header: int | None, title_texts: list[str]) -> str | None:
    """A variable name written on its own line inside the block or in the title."""
    if header is not None:
        for r in range(start + 1, header):
            texts = [x for x in cells.row_texts(r) if x]
            if len(texts) == 1 and not AREA_RE.match(texts[0]):
                return _PREFIXES.sub("", texts[0]).strip() or None
    for t in reversed(title_texts):
        if _PREFIXES.match(t):
            return _PREFIXES.sub("", t).strip() or None
    return None

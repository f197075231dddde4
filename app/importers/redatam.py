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

import numpy as np
import pandas as pd

from app.errors import ImportError_
from app.importers.base import Grid, SourceDimension, TidyTable
from app.importers.cells import NUMBER, SIGN, TEXT, Cells
from app.importers.layout import _fold, _Notes, _rows_label, _unique_names, build_table

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


def _row_text(cells: Cells, r: int) -> list[str]:
    return cells.row_texts(r)


def parse(grid: Grid, cells: Cells, overrides: dict | None = None) -> TidyTable:
    n_rows, n_cols = cells.kind.shape
    K = cells.kind
    notes = _Notes()
    # block starts
    starts: list[tuple[int, str, str]] = []  # (row, code, name)
    footer_rows: list[int] = []
    for r in range(n_rows):
        texts = [cells.text_at(r, c) for c in _label_cols(cells)]
        for j, t in enumerate(texts):
            m = AREA_RE.match(t) if t else None
            if m:
                code, name = m.group(1), m.group(2).strip()
                if not name:
                    name = next((x for x in cells.row_texts(r, range(j + 1, n_cols)) if x), "")
                starts.append((r, code, name))
                break
            if t and _fold(t).strip() in ("resumen", "summary", "resumo", "resume"):
                starts.append((r, "", t))
                break
        else:
            if any(_PROCESSED_RE.search(x) for x in cells.row_texts(r) if x):
                footer_rows.append(r)
    if not starts:
        raise ImportError_("import.no_table", sheet=grid.name)
    title_rows = [r for r in range(starts[0][0]) if (K[r] > 0).any()]
    title_texts = [" ".join(x for x in cells.row_texts(r) if x) for r in title_rows]
    ends = [s[0] for s in starts[1:]] + [min([f for f in footer_rows if f > starts[-1][0]] or [n_rows])]

    frames = []
    geo_labels: list[str] = []
    empty_areas: list[str] = []
    all_header, all_data, all_total_rows, all_total_cols = [], [], [], []
    all_stub, all_dcols = set(), set()
    blocks = []
    nsa_count = 0
    dim_names: list[str] | None = None
    dim_roles: list[str] = []
    fmt_kind = None
    for (start, code, name), end in zip(starts, ends):
        label = f"{code} {name}".strip()
        body = range(start + 1, end)
        if any(_EMPTY_RE.match(x) for r in body for x in cells.row_texts(r, _label_cols(cells)) if x):
            empty_areas.append(label)
            blocks.append({"area": label, "row": start, "empty": True})
            continue
        numeric_rows = [
            r for r in body
            if (K[r, 1:] == NUMBER).any() or ((K[r, 1:] == SIGN).any() and (K[r, :2] == TEXT).any())
        ]
        if not numeric_rows:
            empty_areas.append(label)
            blocks.append({"area": label, "row": start, "empty": True})
            continue
        first = numeric_rows[0]
        header = first - 1
        while header > start and not (K[header] > 0).any():
            header -= 1
        if header <= start:
            header = None
        # label column: leftmost column with text in the data rows
        stub = 0
        for c in range(n_cols):
            if (K[first, c] == TEXT) or cells.text_at(first, c):
                stub = c
                break
        htexts = [cells.text_at(header, c) if header is not None else "" for c in range(n_cols)]
        folded = [_fold(t) for t in htexts]
        if "casos" in folded or "cases" in folded or "frecuencia" in folded:
            key = next(k for k in ("casos", "cases", "frecuencia") if k in folded)
            data_cols = [folded.index(key)]
            kind = "freq"
        else:
            data_cols = []
            for c in range(stub + 1, n_cols):
                if htexts[c] or (K[first, c] in (NUMBER, SIGN)):
                    data_cols.append(c)
                if folded[c] == "total":
                    break
            kind = "cross"
        fmt_kind = fmt_kind or kind
        # data rows: from the first numeric row to the "Total" row (inclusive) or the end of the run
        data_rows = []
        for r in range(first, end):
            lab = cells.text_at(r, stub)
            has_num = ((K[r, data_cols] == NUMBER) | (K[r, data_cols] == SIGN)).any()
            if not has_num and not lab:
                if data_rows:
                    break
                continue
            if not has_num:
                break
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
        header_rows = [h for h in (caption, header) if h is not None]
        ov = {
            "header_rows": header_rows,
            "data_rows": data_rows,
            "stub_cols": [stub],
            "data_cols": data_cols,
            "title_rows": [],
            "footer_rows": [],
            "fill_down": [],
            "kind": "long" if kind == "freq" else "table",
        }
        table = build_table(grid, cells, ov)
        df = table.frame
        names = [d.name for d in table.dimensions]
        # the row variable's name: the stub header, or a title line when it is generic
        if names and (_fold(names[0]) in _GENERIC_STUB or names[0].startswith("Fila ")):
            better = _variable_title(cells, start, header, title_texts)
            if better:
                df = df.rename(columns={names[0]: better})
                names[0] = better
        if dim_names is None:
            dim_names = names
            dim_roles = [d.role for d in table.dimensions]
        elif names != dim_names:
            df = df.rename(columns=dict(zip(names, dim_names))) if len(names) == len(dim_names) else df
        df.insert(0, GEO_NAME, label)
        frames.append(df)
        geo_labels.append(label)
        nsa = [r for r in data_rows if _fold(cells.text_at(r, stub)) in ("nsa", "no aplica", "n.s.a.")]
        nsa_count += len(nsa)
        all_header += header_rows
        all_stub.add(stub)
        all_dcols.update(data_cols)
        all_data += data_rows
        all_total_rows += table.layout["total_rows"]
        all_total_cols += table.layout["total_cols"]
        blocks.append({"area": label, "row": start, "empty": False, "header_rows": header_rows, "data_rows": data_rows})
    if not frames:
        raise ImportError_("import.redatam_empty", sheet=grid.name)
    frame = pd.concat(frames, ignore_index=True)
    # uniform string columns (blocks with different categories leave blanks)
    for col in frame.columns:
        if col not in ("value",):
            frame[col] = frame[col].fillna("").astype("str")
    names = [GEO_NAME] + (dim_names or [])
    unique = _unique_names(names)
    if unique != names:
        frame.columns = unique + list(frame.columns[len(names):])
    roles = ["geography"] + dim_roles
    dims = [SourceDimension(name=n, role=ro, labels=[str(x) for x in pd.unique(frame[n])]) for n, ro in zip(unique, roles)]
    for r in footer_rows:
        notes.raw(" ".join(x for x in cells.row_texts(r) if x))
    notes.add("import.note.redatam", areas=len(geo_labels), layout=fmt_kind or "-")
    if empty_areas:
        notes.add("import.note.redatam_empty", count=len(empty_areas), areas=", ".join(empty_areas[:10]))
    if nsa_count:
        notes.add("import.note.redatam_nsa", count=nsa_count)
    layout = {
        "kind": "redatam",
        "redatam_layout": fmt_kind,
        "title_rows": title_rows,
        "header_rows": sorted(set(all_header)),
        "data_rows": sorted(set(all_data)),
        "footer_rows": footer_rows,
        "stub_cols": sorted(all_stub),
        "data_cols": sorted(all_dcols),
        "total_rows": sorted(set(all_total_rows)),
        "total_cols": sorted(set(all_total_cols)),
        "hidden_rows": sorted(grid.hidden_rows),
        "hidden_cols": sorted(grid.hidden_cols),
        "blocks": blocks,
        "empty_areas": empty_areas,
        "total_geography": [g for g in geo_labels if _fold(g) in ("resumen", "summary", "resumo")],
        "messages": notes.keyed,
    }
    return TidyTable(
        name=grid.name,
        title="\n".join(title_texts),
        frame=frame,
        dimensions=dims,
        layout=layout,
        confidence=0.9,
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

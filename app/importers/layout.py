"""Layout detection: find the census table inside a sheet and unpivot it.

Input is a ``Grid`` (raw cells, merged ranges, hidden rows/cols) and its
classified ``Cells``. The detector works in this order (all indices 0-based
grid positions):

1. **Data columns.** Among the rows holding at least one number, a column
   is numeric when most of its filled cells are numbers or conventional
   signs. The leftmost numeric column starts the data block, unless it is a
   code column (integers in increasing order such as single years of age or
   years, or a header like "Edad", "Año", "Código") with more numeric
   columns to its right: then it is a stub column.
2. **Rows.** Each row is blank, data (numbers in the data columns), section
   (text only left of the data, nothing in the data columns), note (a
   section-like row that reads as a note: "(1) …", "Nota:", "Fuente:",
   "Signos convencionales", a long sentence) or other (text over the data
   columns: header-like). The data region is the contiguous run of data and
   section rows (blank rows allowed, up to two in a row) holding the most
   data rows; it runs from its first to its last data row.
3. **Header rows** are the non-blank rows right above the data region,
   after skipping blank spacer rows (INEGI leaves one between header and
   data). The scan stops at a blank row or a title-like row (one filled cell
   left of the data that is not merged down into the header) — unless that
   lone cell is a short label over a stub column whose header cells below
   are empty ("País de nacimiento" written one row above the column
   headers): then it is the stub's name. A first data row of increasing
   whole numbers that read as years (1800–2100) or ages (0–120) is a header
   row of numeric labels. **Title rows** are the non-blank rows above the
   header; **footer rows** every non-blank row below the data region (notes,
   "Fuente", legends); figures found below the footer are reported (another
   table) and not read.
4. **Stub columns** are the columns left of the data block that hold labels
   in the data region. Vertically merged labels are filled from their
   top-left cell; outer stub columns (all but the innermost) are filled
   down, so stacked blocks such as INDEC Cuadro 2's sex blocks in column A
   label every row. A blank innermost label stays ``""`` (the block's
   total). Section rows whose label is in the innermost stub column become
   a "Bloque" dimension.
5. **Header labels.** Merged ranges are filled with their top-left text in
   both directions. A blank header cell with nothing below it takes the
   text above (a header that spans levels); a blank cell above other
   header text takes the text of its left neighbour in the same parent
   group (a group label written once) or, at the left edge, the first text
   below it. So a column whose header spans several levels carries the same
   text on every level, as ``docs/architecture.md`` requires.
6. **Captions.** A header row whose cells — leaving out the columns whose
   text merely continues down — hold a single text is a caption: it names
   the column levels below it instead of being a level. One level under a
   caption takes the caption as its name ("Lugar de nacimiento"). Several
   levels under one caption take the parts of the caption split at ", "
   and the conjunctions y/e/and/et when the count matches ("Sexo registrado
   al nacer y grupo de edad" → "Sexo registrado al nacer", "Grupo de
   edad"); otherwise "<caption> (1)", "<caption> (2)". Levels without a
   caption are "Columna 1", "Columna 2"; stub dimensions take the header
   text above their column ("Fila 1" when there is none). Names are made
   unique and never clash with ``value``/``flag``/``cell``.
7. **Totals** are found by label ("Total…", "Ambos sexos", "Todos", a blank
   innermost label under a block label, a column header "Población …"
   spanning every level) and by arithmetic: walking the rows bottom-up, a
   row equal (in every data column) to the sum of the two or more items
   right below it — where an item is a row or an already recognised
   subtotal with its members — is a subtotal of them (INDEC's "AMÉRICA" =
   "Países limítrofes" + "Países no limítrofes (América)"). The same is done
   for columns. They are listed in ``layout`` (``total_rows``,
   ``total_cols``, ``row_groups``, ``col_groups``); every cell is kept.
8. **Long tables** (one numeric column under a single header row, fully
   populated stub columns) are kept as they are: one dimension per text
   column and the numeric column as the value; a text column beside it
   that holds only flag letters (A/C/M/Z/E) supplies the flags.

Overrides replace any detected piece: ``title_rows``, ``header_rows``,
``data_rows``, ``footer_rows``, ``stub_cols``, ``data_cols``,
``total_rows``, ``total_cols`` (lists of 0-based indices), ``fill_down``
(stub columns to fill down; ``[]`` for none), ``kind`` ("table" or
"long"), ``include_hidden`` (keep hidden rows/cols as data),
``dimension_names`` ({detected name: new name}), ``level_names`` (list of
names for the column levels, top to bottom). Pieces that depend on an
overridden one are derived from it (data rows from the header rows and
vice versa).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.errors import ImportError_
from app.importers.base import FLAGS, RESERVED_COLUMNS, Grid, SourceDimension, TidyTable
from app.importers.cells import (
    EMPTY,
    FLAG_M,
    NUMBER,
    SIGN,
    TEXT,
    Cells,
    column_letters,
    legend_flags,
    str_series,
)
from app.models.messages import message

BLANK, DATA, SECTION, NOTE, OTHER = range(5)

OVERRIDE_KEYS = {
    "title_rows",
    "header_rows",
    "data_rows",
    "footer_rows",
    "stub_cols",
    "data_cols",
    "total_rows",
    "total_cols",
    "fill_down",
    "kind",
    "include_hidden",
    "dimension_names",
    "level_names",
}

_NOTE_START = re.compile(
    r"^(\(?\d{1,2}[\)/.]?\s|\(\d{1,2}\)|\d{1,2}/|\*+\s?\S|[a-z]\)\s|nota|notas|note|notes|fuente|fuentes|source|sources|"
    r"signos|conventional|fecha|elaborad|elaboración|procesado|processed|obs|observaci|incluye|excluye|"
    r"includes|excludes|-{1,3}\s{2,}|/{2,3}\s|\.\.\s|x\s{2,}|cifras|datos|leyenda|legend|aviso|advertencia|"
    r"fonte|nota:|\u2020|\u2021)",
    re.IGNORECASE,
)
_TOTAL_LABEL = re.compile(
    r"^(total|totales|subtotal|ambos sexos|both sexes|todos|todas|all|tous|todos os|toutes|les deux sexes|"
    r"resumen|summary|total general|grand total)\b",
    re.IGNORECASE,
)
_POP_HEADER = re.compile(r"^(poblaci[oó]n|population|popula[cç][aã]o|total|personas|persons|casos)\b", re.IGNORECASE)
_CODE_HEADER = re.compile(
    r"^(edad|edades|age|ages|idade|[aâ]ge|a[nñ]o|a[nñ]os|anio|anios|year|years|ano|anos|ann[ée]e|c[oó]d(igo)?|code|id|"
    r"per[ií]odo|period|ubigeo|ccdd|ccpp|ccdi|dpto|departamento|provincia|municipio|comuna)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*,\s*|\s+y\s+|\s+e\s+|\s+and\s+|\s+et\s+|\s+por\s+|\s+según\s+", re.IGNORECASE)
_FLAG_HEADER = re.compile(r"^(flag|flags|bandera|marca|estado|status|indicador|nota|obs|signo|calidad|quality)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case without accents, for keyword tests."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def is_total_label(text: str) -> bool:
    return bool(text) and bool(_TOTAL_LABEL.match(text.strip()))


def is_note_text(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    if len(t) > 100:
        return True
    return bool(_NOTE_START.match(_fold(t)))


def _runs(values) -> list[tuple[int, int]]:
    """Runs of consecutive integers: [(start, end), ...]."""
    if isinstance(values, (dict, set, frozenset)):
        values = sorted(values)
    a = np.asarray(values, dtype=np.int64)
    if a.size == 0:
        return []
    if a.size > 1 and not np.all(a[1:] > a[:-1]):
        a = np.unique(a)
    breaks = np.flatnonzero(np.diff(a) != 1)
    starts = np.concatenate(([a[0]], a[breaks + 1]))
    ends = np.concatenate((a[breaks], [a[-1]]))
    return list(zip(starts.tolist(), ends.tolist()))


def _rows_label(rows) -> str:
    """Human row numbers of 0-based rows: "6–26" or "3, 5"."""
    runs = _runs(rows)
    if not runs:
        return "-"
    parts = [f"{a + 1}" if a == b else f"{a + 1}–{b + 1}" for a, b in runs[:20]]
    if len(runs) > 20:
        parts.append("…")
    return ", ".join(parts)


def _cols_label(cols) -> str:
    runs = _runs(cols)
    if not runs:
        return "-"
    return ", ".join(column_letters(a) if a == b else f"{column_letters(a)}–{column_letters(b)}" for a, b in runs)


@dataclass
class _Notes:
    texts: list[str] = field(default_factory=list)
    keyed: list[dict] = field(default_factory=list)

    def add(self, key: str, **params):
        self.keyed.append({"key": key, "params": params})
        self.texts.append(message(key, "en", **params))

    def raw(self, text: str):
        self.texts.append(text)


def check_overrides(overrides: dict | None, n_rows: int, n_cols: int) -> dict:
    """Validate a user's layout corrections; raises ImportError_ with the bad key."""
    if not overrides:
        return {}
    clean = {}
    for key, value in overrides.items():
        if key not in OVERRIDE_KEYS:
            raise ImportError_("import.bad_override", key=str(key))
        if key in ("title_rows", "header_rows", "data_rows", "footer_rows", "total_rows"):
            limit = n_rows
        elif key in ("stub_cols", "data_cols", "total_cols", "fill_down"):
            limit = n_cols
        else:
            clean[key] = value
            continue
        try:
            items = sorted({int(v) for v in value})
        except (TypeError, ValueError):
            raise ImportError_("import.bad_override", key=str(key)) from None
        if any(v < 0 or v >= limit for v in items):
            raise ImportError_("import.bad_override", key=str(key))
        clean[key] = items
    if clean.get("kind") not in (None, "table", "long"):
        raise ImportError_("import.bad_override", key="kind")
    return clean


# --------------------------------------------------------------------------- detection


@dataclass
class Layout:
    title_rows: list[int]
    header_rows: list[int]
    data_rows: list[int]
    footer_rows: list[int]
    stub_cols: list[int]
    data_cols: list[int]
    spacer_rows: list[int]
    section_rows: list[int]
    hidden_rows: list[int]
    hidden_cols: list[int]
    more_below: int | None = None  # first data-like row below the footer (another table)
    code_cols: list[int] = field(default_factory=list)


def _effective_kind(grid: Grid, cells: Cells, include_hidden: bool) -> np.ndarray:
    K = cells.kind
    n_rows, n_cols = K.shape
    if include_hidden or not (grid.hidden_rows or grid.hidden_cols):
        return K
    K = K.copy()
    hr = [r for r in grid.hidden_rows if 0 <= r < n_rows]
    hc = [c for c in grid.hidden_cols if 0 <= c < n_cols]
    if hr:
        K[hr, :] = EMPTY
    if hc:
        K[:, hc] = EMPTY
    return K


def _is_code_column(cells: Cells, K: np.ndarray, c: int, rows: np.ndarray, first_row: int,
                    by_sequence: bool = True) -> bool:
    """A leading numeric column that labels rows (ages, years, codes) rather than counting."""
    col_k = K[rows, c]
    nums = cells.value[rows, c][col_k == NUMBER]
    if nums.size < 3:
        return False
    if not np.all(np.isfinite(nums)) or not np.all(np.equal(np.floor(nums), nums)):
        return False
    header = ""
    for r in range(first_row - 1, max(-1, first_row - 8), -1):
        t = cells.text_at(r, c)
        if t:
            header = t
            break
    if header and len(header) <= 30 and _CODE_HEADER.match(_fold(header)):
        return True
    diffs = np.diff(nums)
    if by_sequence and diffs.size >= 2 and np.mean(diffs > 0) >= 0.9 and np.all(diffs != 0) and np.max(nums) < 10000:
        steps = np.unique(diffs[diffs > 0])
        if steps.size <= 3:
            return True
    if nums.size >= 50 and np.unique(nums).size <= max(2, nums.size // 20):
        return True
    return False


# Words beside the years of a header row (DANE's "Total | Antes de 2013 | 2013 … 2018 | No informa"): an open
# bound or the not stated, never a figure.
_OPEN_HEADER = re.compile(
    r"^(antes de|anterior a|before|avant|voor|antes|hasta|until|up to|menos de|under)\s+\d{1,4}$|"
    r"^\d{1,4}\s*(y mas|o mas|and over|or more|e mais|ou mais|ou plus|en adelante|en mas|\+)$|"
    r"^(no informa|no especificado|sin especificar|no declarado|ignorado|not stated|unknown|non declare|onbekend|"
    r"niet vermeld|sin informacion|nao declarado)$"
)


def _numeric_header(cells: Cells, K: np.ndarray, r: int, data_cols: list[int], c0: int,
                    need_empty_stub: bool = False) -> bool:
    """True for a row whose numbers are increasing years (1800-2100) or ages (0-120) over the data columns."""
    dc = np.asarray(data_cols, dtype=int)
    if (K[r, dc] == SIGN).any():
        return False
    texts = [cells.text_at(r, int(c)) for c in dc[K[r, dc] == TEXT]]
    if texts and not all(is_total_label(t) or _OPEN_HEADER.match(_fold(t.strip())) for t in texts):
        return False
    nums = cells.value[r, dc][K[r, dc] == NUMBER]
    if nums.size < 2 or nums.size < (0.5 if texts else 0.8) * dc.size or (texts and nums.size < 3):
        return False
    if not np.all(np.floor(nums) == nums) or not np.all(np.diff(nums) > 0):
        return False
    years = nums.min() >= 1800 and nums.max() <= 2100
    ages = nums.min() in (0, 1, 5, 10, 12, 14, 15) and nums.max() <= 120
    if not (years or ages):
        return False
    stub = [cells.text_at(r, c) for c in range(c0) if cells.text_at(r, c)]
    if need_empty_stub and stub:
        return False
    return not any(is_total_label(t) for t in stub)


_TITLE_WORDS = re.compile(r"^(cuadro|tabla|table|tableau|quadro|tabulado|gr[aá]fico|anexo|annex)\b", re.IGNORECASE)


def _stub_caption(cells: Cells, K: np.ndarray, r: int, c0: int, header_rows: list[int]) -> bool:
    """A lone short label over a stub column whose header cells below are empty: the stub's name."""
    filled = np.flatnonzero(K[r] > 0)
    if filled.size != 1 or filled[0] >= c0:
        return False
    c = int(filled[0])
    text = cells.text_at(r, c)
    if len(text) > 60 or _TITLE_WORDS.match(text) or is_note_text(text):
        return False
    return all(not cells.text_at(h, c) for h in header_rows)


def _classify_rows(cells: Cells, K: np.ndarray, data_cols: list[int], c0: int) -> np.ndarray:
    n_rows, n_cols = K.shape
    isnum = K == NUMBER
    numlike = isnum | (K == SIGN)
    istext = K == TEXT
    dc = np.asarray(data_cols, dtype=int)
    dnum = numlike[:, dc].sum(1)
    dreal = isnum[:, dc].sum(1)
    dtxt = istext[:, dc].sum(1)
    left = (K[:, :c0] > 0).sum(1) if c0 > 0 else np.zeros(n_rows, dtype=int)
    nonempty = (K > 0).sum(1)
    cls = np.full(n_rows, OTHER, dtype=np.int8)
    cls[nonempty == 0] = BLANK
    data = (dnum >= 1) & (dnum >= dtxt) & ((dreal >= 1) | (left >= 1))
    cls[data] = DATA
    other_cols = np.ones(n_cols, dtype=bool)
    other_cols[dc] = False
    other_cols[:c0] = False
    right_txt = (K[:, other_cols] > 0).sum(1) if other_cols.any() else np.zeros(n_rows, dtype=int)
    section = (~data) & (dnum == 0) & (dtxt == 0) & (left >= 1) & (right_txt == 0)
    cls[section] = SECTION
    # Notes look like sections (text at the left only) but read as notes.
    for r in np.flatnonzero(section | ((cls == OTHER) & (nonempty == 1))):
        texts = [t for t in cells.row_texts(r, range(min(n_cols, max(c0, 1) + 1))) if t]
        if texts and is_note_text(texts[0]):
            cls[r] = NOTE
    return cls


def _best_region(cls: np.ndarray) -> tuple[int, int] | None:
    """First and last row of the run of data/section rows with most data rows."""
    n = cls.size
    brk = (cls == NOTE) | (cls == OTHER)
    blank = cls == BLANK
    # three or more blank rows in a row also end a run
    if blank.any():
        b = blank.astype(np.int8)
        starts = np.flatnonzero(np.diff(np.concatenate(([0], b))) == 1)
        ends = np.flatnonzero(np.diff(np.concatenate((b, [0]))) == -1)
        for s, e in zip(starts, ends):
            if e - s + 1 >= 3:
                brk[s : e + 1] = True
    bounds = np.flatnonzero(brk)
    edges = np.concatenate(([-1], bounds, [n]))
    is_data = (cls == DATA).astype(np.int64)
    csum = np.concatenate(([0], np.cumsum(is_data)))
    best = None
    best_count = 0
    for a, b in zip(edges[:-1], edges[1:]):
        lo, hi = a + 1, b  # rows lo .. hi-1
        if hi <= lo:
            continue
        count = csum[hi] - csum[lo]
        if count > best_count:
            best_count = count
            best = (lo, hi)
    if best is None:
        return None
    lo, hi = best
    seg = np.flatnonzero(cls[lo:hi] == DATA) + lo
    return int(seg[0]), int(seg[-1])


def _merged_cover(grid: Grid, r: int, c: int):
    for r0, c0, r1, c1 in grid.merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            return (r0, c0, r1, c1)
    return None


def _title_like(grid: Grid, cells: Cells, K: np.ndarray, r: int, c0: int) -> bool:
    filled = np.flatnonzero(K[r] > 0)
    if filled.size == 0:
        return False
    if filled.size == 1:
        c = int(filled[0])
        m = _merged_cover(grid, r, c)
        if m and m[2] > r:  # merged down into the row below: a header cell
            return False
        if c < max(c0, 1) or (m and m[3] - m[1] >= 2):
            return True
        return False
    first = cells.text_at(r, int(filled[0]))
    return filled.size <= 2 and len(first) > 60


def detect(grid: Grid, cells: Cells, overrides: dict | None = None) -> Layout:
    """Find title, header, data and footer rows, stub and data columns."""
    ov = overrides or {}
    K = _effective_kind(grid, cells, bool(ov.get("include_hidden")))
    n_rows, n_cols = K.shape
    hidden_rows = sorted(r for r in grid.hidden_rows if 0 <= r < n_rows)
    hidden_cols = sorted(c for c in grid.hidden_cols if 0 <= c < n_cols)
    isnum = K == NUMBER
    numlike = isnum | (K == SIGN)
    istext = K == TEXT

    code_cols: list[int] = []
    if "data_cols" in ov:
        data_cols = list(ov["data_cols"])
        if not data_cols:
            raise ImportError_("import.bad_override", key="data_cols")
        c0 = min(data_cols)
    else:
        if "data_rows" in ov and ov["data_rows"]:
            cand = np.asarray(ov["data_rows"], dtype=int)
        else:
            cand = np.flatnonzero(isnum.sum(1) >= 1)
        if cand.size == 0:
            raise ImportError_("import.no_table", sheet=grid.name)
        numc = numlike[cand].sum(0)
        txtc = istext[cand].sum(0)
        numeric_col = (numc > 0) & (numc >= 0.6 * (numc + txtc)) & (numc >= max(1, 0.05 * cand.size))
        numeric_cols = [int(c) for c in np.flatnonzero(numeric_col)]
        if "stub_cols" in ov:
            numeric_cols = [c for c in numeric_cols if c > max(ov["stub_cols"], default=-1)]
        else:
            while len(numeric_cols) >= 2 and _is_code_column(
                cells, K, numeric_cols[0], cand, int(cand[0]), by_sequence=not code_cols
            ):
                code_cols.append(numeric_cols.pop(0))
        if not numeric_cols:
            raise ImportError_("import.no_table", sheet=grid.name)
        c0 = numeric_cols[0]
        data_cols = numeric_cols
    # Code columns count as label columns when classifying rows.
    K_rows = K
    if code_cols:
        K_rows = K.copy()
        for c in code_cols:
            K_rows[:, c] = np.where(K[:, c] > 0, TEXT, EMPTY)
    cls = _classify_rows(cells, K_rows, data_cols, c0)

    if "data_rows" in ov:
        data_rows = list(ov["data_rows"])
        if not data_rows:
            raise ImportError_("import.bad_override", key="data_rows")
        first, last = data_rows[0], data_rows[-1]
        section_rows = []
    else:
        start_after = max(ov["header_rows"]) + 1 if ov.get("header_rows") else 0
        cls_search = cls.copy()
        cls_search[:start_after] = OTHER
        region = _best_region(cls_search)
        if region is None:
            raise ImportError_("import.no_table", sheet=grid.name)
        first, last = region
        span = np.arange(first, last + 1)
        data_rows = span[cls[span] == DATA].tolist()
        section_rows = span[cls[span] == SECTION].tolist()
        # a first row of years or ages written as numbers is a header row
        above = data_rows[0] - 1 if data_rows else -1
        while above >= 0 and cls[above] == BLANK:
            above -= 1
        has_header = above >= 0 and cls[above] == OTHER and not _title_like(grid, cells, K, above, c0)
        if (
            "header_rows" not in ov
            and len(data_rows) >= 2
            and _numeric_header(cells, K, data_rows[0], data_cols, c0, need_empty_stub=has_header)
        ):
            cls[data_rows.pop(0)] = OTHER
            first = data_rows[0]
            while section_rows and section_rows[0] < first:
                section_rows.pop(0)

    # header rows
    spacer_rows: list[int] = []
    if "header_rows" in ov:
        header_rows = list(ov["header_rows"])
        top = min(header_rows) if header_rows else first
        spacer_rows = [r for r in range(max(header_rows, default=first - 1) + 1, first) if cls[r] == BLANK]
    else:
        r = first - 1
        while r >= 0 and cls[r] == BLANK:
            spacer_rows.append(r)
            r -= 1
        header_rows = []
        while r >= 0 and len(header_rows) < 8 and cls[r] not in (BLANK, DATA):
            if _title_like(grid, cells, K, r, c0):
                # a single label right above the data, under real header rows, is a stub header
                above = r - 1
                if not header_rows and above >= 0 and cls[above] == OTHER and not _title_like(grid, cells, K, above, c0):
                    pass
                elif header_rows and _stub_caption(cells, K, r, c0, header_rows):
                    pass
                else:
                    break
            header_rows.append(r)
            r -= 1
        header_rows.reverse()
        top = header_rows[0] if header_rows else first
    spacer_rows.sort()

    # stub columns: label columns left of the data block holding labels in the data region
    region_rows = _region(data_rows, section_rows)
    if "stub_cols" in ov:
        stub_cols = list(ov["stub_cols"])
    else:
        stub_cols = []
        for c in range(c0):
            if (K[region_rows, c] > 0).any():
                stub_cols.append(c)
    stub_cols = [c for c in stub_cols if c not in data_cols]

    used = np.zeros(n_rows, dtype=bool)
    for rows_ in (header_rows, data_rows, section_rows, spacer_rows):
        if rows_:
            used[np.asarray(rows_, dtype=int)] = True
    blank_row = (K > 0).sum(1) == 0
    free = ~blank_row & ~used
    idx = np.arange(n_rows)
    if "title_rows" in ov:
        title_rows = list(ov["title_rows"])
    else:
        title_rows = idx[free & (idx < top)].tolist()
    if "footer_rows" in ov:
        footer_rows = list(ov["footer_rows"])
    else:
        footer_rows = idx[free & (idx > last)].tolist()
    more_below = None
    below = [r for r in footer_rows if cls[r] == DATA]
    if below and "data_rows" not in ov:
        more_below = int(below[0])
    # blank rows inside the data region are spacers
    inside = idx[(idx >= first) & (idx <= last) & blank_row & ~used]
    hidden_set = set(hidden_rows)
    spacer_rows = sorted(set(spacer_rows) | {int(r) for r in inside if int(r) not in hidden_set})
    return Layout(
        title_rows=sorted(title_rows),
        header_rows=sorted(header_rows),
        data_rows=data_rows if "data_rows" not in ov else sorted(data_rows),
        footer_rows=sorted(footer_rows),
        stub_cols=sorted(stub_cols),
        data_cols=sorted(data_cols),
        spacer_rows=spacer_rows,
        section_rows=sorted(section_rows),
        hidden_rows=hidden_rows,
        hidden_cols=hidden_cols,
        more_below=more_below,
        code_cols=code_cols,
    )


# --------------------------------------------------------------------------- headers


def _header_matrix(grid: Grid, cells: Cells, L: Layout) -> list[list[str]]:
    """Header texts (rows x all columns) with merged ranges filled."""
    n_cols = cells.kind.shape[1]
    H = [[cells.text_at(h, c) for c in range(n_cols)] for h in L.header_rows]
    hidx = {h: i for i, h in enumerate(L.header_rows)}
    for r0, c0, r1, c1 in grid.merged:
        rows = [h for h in L.header_rows if r0 <= h <= r1]
        if not rows:
            continue
        text = cells.text_at(r0, c0) if r0 < cells.kind.shape[0] and c0 < n_cols else ""
        if r0 not in hidx and r0 < L.header_rows[0]:
            # a range starting above the header (a title) does not label it
            continue
        for h in rows:
            for c in range(c0, min(c1, n_cols - 1) + 1):
                H[hidx[h]][c] = text
    return H


def _fill_header(H: list[list[str]], data_cols: list[int]) -> None:
    """Give every data column a text on every header level (see module doc, step 5)."""
    n = len(H)
    if n == 0:
        return
    # a header row with nothing over the data columns (a stub caption) takes no part
    active = [i for i in range(n) if any(H[i][c] for c in data_cols)]
    if len(active) < n:
        sub = [H[i] for i in active]
        _fill_header(sub, data_cols)
        return
    for i in range(n):
        prev_col = None
        for c in data_cols:
            if H[i][c] == "":
                below = [H[j][c] for j in range(i + 1, n)]
                below_blank = all(t == "" for t in below)
                if below_blank and i > 0 and H[i - 1][c] != "":
                    H[i][c] = H[i - 1][c]
                elif not below_blank and prev_col is not None and H[i][prev_col] != "" and (
                    i == 0 or H[i - 1][prev_col] == H[i - 1][c]
                ):
                    H[i][c] = H[i][prev_col]
                elif not below_blank:
                    H[i][c] = next(t for t in below if t)
            prev_col = c


def _split_caption(caption: str, k: int) -> list[str]:
    parts = [p.strip() for p in _SPLIT.split(caption) if p and p.strip()]
    if len(parts) == k:
        return [p[:1].upper() + p[1:] for p in parts]
    return [f"{caption} ({j + 1})" for j in range(k)]


def _column_levels(H: list[list[str]], data_cols: list[int], level_names: list[str] | None):
    """(level rows, their names, caption rows) from the filled header."""
    n = len(H)
    captions: dict[int, str] = {}
    for i in range(n - 1):
        nonvert = [c for c in data_cols if H[i][c] != H[i + 1][c]]
        texts = {H[i][c] for c in nonvert}
        if nonvert and len(texts) == 1 and "" not in texts:
            captions[i] = next(iter(texts))
    levels = [i for i in range(n) if i not in captions]
    # drop a level that repeats the level above it in every column
    kept = []
    for i in levels:
        if kept and all(H[i][c] == H[kept[-1]][c] for c in data_cols):
            continue
        kept.append(i)
    levels = kept
    # a level whose columns are all blank says nothing
    levels = [i for i in levels if any(H[i][c] for c in data_cols)]
    # group levels by the caption right above them
    names: dict[int, str] = {}
    groups: dict[int | None, list[int]] = {}
    for i in levels:
        cap = max((j for j in captions if j < i), default=None)
        groups.setdefault(cap, []).append(i)
    plain = 0
    for cap, members in groups.items():
        if cap is None:
            for i in members:
                plain += 1
                names[i] = f"Columna {plain}"
        elif len(members) == 1:
            names[members[0]] = captions[cap]
        else:
            for i, name in zip(members, _split_caption(captions[cap], len(members))):
                names[i] = name
    if level_names:
        for i, name in zip(levels, level_names):
            if name:
                names[i] = str(name)
    return levels, [names[i] for i in levels], captions


def _unique_names(names: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        base = name.strip() or "Dimensión"
        if base.lower() in RESERVED_COLUMNS:
            base = f"{base} ({len(out) + 1})"
        cand = base
        k = 2
        while cand in seen:
            cand = f"{base} ({k})"
            k += 1
        seen.add(cand)
        out.append(cand)
    return out


# --------------------------------------------------------------------------- totals


def _sum_groups(M: np.ndarray, max_items: int = 60) -> dict[int, list[int]]:
    """Subtotal items of a matrix whose rows are ordered items (see step 7)."""
    n, m = M.shape
    if n < 3 or m == 0:
        return {}
    X = np.nan_to_num(M, nan=0.0)
    counts = (~np.isnan(M)).sum(0)
    key = int(np.argmax(counts))
    v = X[:, key]
    nonneg = bool(np.all(X >= 0))
    scale = np.abs(X).max() if X.size else 0
    tol = 0.5 if np.all(np.equal(np.floor(X), X)) else max(1e-9 * scale, 1e-9)
    stack: list[int] = []  # items, nearest last
    members: dict[int, list[int]] = {}
    vals = v.tolist()
    for i in range(n - 1, -1, -1):
        target = vals[i]
        matched = 0
        if target != 0 and not np.isnan(M[i, key]):
            s = 0.0
            for k in range(1, min(max_items, len(stack)) + 1):
                s += vals[stack[-k]]
                if k >= 2 and abs(s - target) <= tol:
                    items = stack[-k:]
                    total = X[items].sum(0)
                    if np.all(np.abs(total - X[i]) <= tol) and np.any(X[i] != 0):
                        matched = k
                        break
                if nonneg and s > target + tol:
                    break
        if matched:
            items = stack[-matched:]
            del stack[-matched:]
            members[i] = sorted(items)
        stack.append(i)
    return members


# --------------------------------------------------------------------------- building the tidy table


def _take(col: pd.Series, rows: np.ndarray) -> pd.Series:
    """``col`` at ``rows`` (a slice when the rows are contiguous), index reset."""
    rows = np.asarray(rows, dtype=np.int64)
    if rows.size and rows[-1] - rows[0] + 1 == rows.size:
        return col.iloc[int(rows[0]) : int(rows[-1]) + 1].reset_index(drop=True)
    return col.iloc[rows].reset_index(drop=True)


def _region(data_rows, section_rows) -> np.ndarray:
    if not section_rows:
        return np.asarray(data_rows, dtype=np.int64)
    return np.unique(np.concatenate((np.asarray(data_rows, dtype=np.int64), np.asarray(section_rows, dtype=np.int64))))


def _stub_labels(grid: Grid, cells: Cells, L: Layout, c: int, fill_down: bool) -> pd.Series:
    """Labels of stub column ``c`` for the data rows (merged and fill-down applied)."""
    col = cells.text[c]
    region = _region(L.data_rows, L.section_rows)
    labels = _take(col, region)
    merges = [m for m in grid.merged if m[1] <= c <= m[3]]
    if merges:
        labels = labels.astype(object)
        pos = {int(r): i for i, r in enumerate(region)}
        for r0, c0, r1, c1 in merges:
            text = cells.text_at(r0, c0)
            for r in range(r0, r1 + 1):
                if r in pos:
                    labels.iat[pos[r]] = text
        labels = labels.astype("str")
    if fill_down and (labels == "").any():
        labels = labels.replace("", np.nan).ffill().fillna("").astype("str")
    if not L.section_rows:
        return labels
    keep = np.isin(region, np.asarray(L.data_rows, dtype=np.int64))
    return labels[keep].reset_index(drop=True)


def build_table(grid: Grid, cells: Cells, overrides: dict | None = None, *, L: Layout | None = None) -> TidyTable:
    """Detect the layout of ``grid`` and unpivot it into a TidyTable."""
    ov = check_overrides(overrides, *cells.kind.shape)
    notes = _Notes()
    if L is None:
        L = detect(grid, cells, ov)
    n_rows, n_cols = cells.kind.shape
    K = _effective_kind(grid, cells, bool(ov.get("include_hidden")))

    # header
    H = _header_matrix(grid, cells, L) if L.header_rows else []
    _fill_header(H, L.data_cols)
    if H:
        levels, level_names, captions = _column_levels(H, L.data_cols, ov.get("level_names"))
    else:
        levels, level_names, captions = [], [], {}
    level_labels = [[H[i][c] for c in L.data_cols] for i in levels]
    if not levels:
        levels = [-1]
        level_names = [ov.get("level_names", ["Columna 1"])[0] if ov.get("level_names") else "Columna 1"]
        level_labels = [[column_letters(c + grid.col_offset) for c in L.data_cols]]

    # stub dimension names
    stub_names = []
    for j, c in enumerate(L.stub_cols):
        texts = []
        for i in range(len(H)):
            t = H[i][c]
            if t and t not in texts:
                texts.append(t)
        stub_names.append(" / ".join(texts) if texts else f"Fila {j + 1}")

    # long or cross table
    kind = ov.get("kind")
    stub_full = True
    data_idx = np.asarray(L.data_rows, dtype=int)
    for c in L.stub_cols[:-1]:
        if (_take(cells.text[c], data_idx) == "").any():
            stub_full = False
    if kind is None:
        kind = (
            "long"
            if len(L.data_cols) == 1 and L.stub_cols and len(levels) == 1 and not captions and stub_full
            and len(L.header_rows) <= 1
            else "table"
        )

    # fill-down of outer stub columns (not in long tables, where a blank is a blank)
    if "fill_down" in ov:
        fill = set(ov["fill_down"])
    elif kind == "long":
        fill = set()
    else:
        fill = set(L.stub_cols[:-1])

    stub_series = [_stub_labels(grid, cells, L, c, c in fill) for c in L.stub_cols]
    roles = ["block" if (c in fill and not stub_full) else "row" for c in L.stub_cols]

    # sections in the innermost stub column become a "Bloque" dimension
    block_series = None
    if L.section_rows:
        inner = L.stub_cols[-1] if L.stub_cols else None
        sec_text = {}
        for r in L.section_rows:
            outer_hit = any(cells.text_at(r, c) for c in L.stub_cols[:-1] if c in fill)
            t = cells.text_at(r, inner) if inner is not None else ""
            if not t:
                t = next((x for x in cells.row_texts(r, range(min(L.data_cols))) if x), "")
            if t and not outer_hit:
                sec_text[r] = t
        if sec_text:
            marks = sorted(set(L.data_rows) | set(sec_text))
            seq = pd.Series([sec_text.get(r, np.nan) for r in marks], dtype=object).ffill().fillna("")
            keep = [i for i, r in enumerate(marks) if r in set(L.data_rows)]
            block_series = seq.iloc[keep].reset_index(drop=True).astype("str")
            notes.add("import.note.sections", count=len(sec_text), rows=_rows_label(sec_text))

    # flags column of a long table
    flag_col = None
    if kind == "long":
        for c in range(max(L.data_cols) + 1, n_cols):
            head = " ".join(H[i][c] for i in range(len(H))) if H else ""
            vals = set(cells.text[c].iloc[data_idx].unique())
            if vals and vals <= set(FLAGS) | {""} and (not head or _FLAG_HEADER.match(_fold(head))):
                flag_col = c
                break

    # names
    dims_spec: list[tuple[str, str]] = []  # (name, role) in frame order
    if block_series is not None:
        dims_spec.append(("Bloque", "block"))
    dims_spec += [(n, r) for n, r in zip(stub_names, roles)]
    use_levels = kind != "long"
    if use_levels:
        dims_spec += [(n, "column") for n in level_names]
    names = _unique_names([n for n, _ in dims_spec])
    renames = ov.get("dimension_names") or {}
    if renames:
        names = _unique_names([str(renames.get(n, n)) for n in names])

    # unpivot
    rows = data_idx
    cols = np.asarray(L.data_cols, dtype=int)
    nr, nc = rows.size, cols.size
    sub = np.ix_(rows, cols)
    V = cells.value[sub].copy()
    F = cells.flag[sub].copy()
    KK = K[sub]
    odd, not_counts = _not_counts(grid, cells, L, rows, cols)
    if odd.any():
        V[odd] = np.nan
        F[odd] = FLAG_M
    if not_counts:
        notes.add("import.note.not_counts", count=len(not_counts),
                  examples=", ".join(f"{ref} “{text}”" for ref, text in not_counts[:5]))
    unreadable = (KK == TEXT) & ~odd
    if unreadable.any():
        examples = sorted({cells.text_at(int(rows[i]), int(cols[j])) for i, j in zip(*np.nonzero(unreadable))})[:5]
        notes.add("import.note.unreadable", count=int(unreadable.sum()), examples=", ".join(examples))
    legend = legend_flags(" ".join(t for t in cells.row_texts(r) if t) for r in L.footer_rows)
    if legend:
        # The table's own legend says what its signs mean: "n.a. Not available" is missing, not "not applicable".
        for i, j in zip(*np.nonzero(KK == SIGN)):
            flag = legend.get(cells.text_at(int(rows[i]), int(cols[j])).strip())
            if flag is not None:
                F[i, j] = flag
                V[i, j] = np.nan
    if flag_col is not None:
        fl = cells.text[flag_col].iloc[rows].to_numpy(dtype=object)
        lookup = {f: i for i, f in enumerate(FLAGS)}
        given = np.array([lookup.get(x, -1) for x in fl])
        F[:, 0] = np.where(given >= 0, given, F[:, 0])
    frame: dict[str, pd.Series] = {}
    k = 0
    if block_series is not None:
        frame[names[k]] = _repeat(block_series, nc)
        k += 1
    for s in stub_series:
        frame[names[k]] = _repeat(s, nc)
        k += 1
    if use_levels:
        for labels in level_labels:
            frame[names[k]] = _str_from_codes(np.tile(np.arange(nc), nr), labels)
            k += 1
    frame["value"] = pd.Series(V.ravel(), dtype="float64")
    frame["flag"] = _str_from_codes(F.ravel(), list(FLAGS))
    frame["cell"] = _cell_refs(grid, rows, cols)
    df = pd.DataFrame(frame)

    dimensions = []
    for name, (_, role) in zip(names, dims_spec):
        labels = [str(x) for x in pd.unique(df[name])]
        dimensions.append(SourceDimension(name=name, role=role, labels=labels))

    # totals
    total_rows: set[int] = set()
    total_cols: set[int] = set()
    row_groups: dict[int, list[int]] = {}
    col_groups: dict[int, list[int]] = {}
    if "total_rows" in ov:
        total_rows = set(ov["total_rows"])
    else:
        if stub_series:
            for s in stub_series:
                hits_labels = [x for x in pd.unique(s) if is_total_label(str(x))]
                if hits_labels:
                    hits = s.isin(hits_labels).to_numpy(dtype=bool)
                    total_rows |= set(rows[hits].tolist())
            if kind != "long":
                inner_blank = (stub_series[-1] == "").to_numpy(dtype=bool)
                outer_any = np.zeros(nr, dtype=bool) if len(stub_series) > 1 else np.ones(nr, dtype=bool)
                for s in stub_series[:-1]:
                    outer_any |= (s != "").to_numpy(dtype=bool)
                total_rows |= set(rows[inner_blank & outer_any].tolist())
        if kind != "long" and nr <= 20000:
            groups = _sum_groups(cells.value[sub])
            row_groups = {int(rows[i]): [int(rows[j]) for j in m] for i, m in groups.items()}
            total_rows |= set(row_groups)
    if "total_cols" in ov:
        total_cols = set(ov["total_cols"])
    elif use_levels:
        for j, c in enumerate(cols):
            labels = [lab[j] for lab in level_labels]
            if any(is_total_label(t) for t in labels):
                total_cols.add(int(c))
            elif len(labels) > 1 and len(set(labels)) == 1 and _POP_HEADER.match(_fold(labels[0])):
                total_cols.add(int(c))
            elif len(labels) == 1 and _POP_HEADER.match(_fold(labels[0])) and nc > 1 and j == 0:
                total_cols.add(int(c))
        if nc >= 3 and nr <= 20000:
            groups = _sum_groups(cells.value[sub].T)
            col_groups = {int(cols[i]): [int(cols[j]) for j in m] for i, m in groups.items()}
            total_cols |= set(col_groups)

    # notes
    title = "\n".join(" ".join(t for t in cells.row_texts(r) if t) for r in L.title_rows)
    for r in L.footer_rows:
        text = " ".join(t for t in cells.row_texts(r) if t)
        if text:
            notes.raw(text)
    notes.add(
        "import.note.layout",
        header=_rows_label(L.header_rows),
        data=_rows_label(L.data_rows),
        count=len(L.data_rows),
        stubs=_cols_label(L.stub_cols),
        columns=_cols_label(L.data_cols),
    )
    if L.code_cols:
        notes.add("import.note.code_cols", cols=_cols_label(L.code_cols))
    for i in sorted(captions):
        notes.add("import.note.caption", caption=captions[i], row=L.header_rows[i] + 1)
    if kind == "long":
        notes.add("import.note.long", value=(level_labels[0][0] if level_labels and level_labels[0] else "value"))
    hidden_r = [r for r in L.hidden_rows]
    hidden_c = [c for c in L.hidden_cols]
    if (hidden_r or hidden_c) and not ov.get("include_hidden"):
        notes.add("import.note.hidden", rows=_rows_label(hidden_r), cols=_cols_label(hidden_c))
    signs = (KK == SIGN)
    if signs.any():
        notes.add("import.note.signs", count=int(signs.sum()))
    if row_groups:
        first_parent = min(row_groups)
        label = " ".join(cells.text_at(first_parent, c) for c in L.stub_cols if cells.text_at(first_parent, c))
        notes.add("import.note.subtotals", count=len(row_groups), example=label or str(first_parent + 1))
    if L.more_below is not None:
        notes.add("import.note.more_below", row=L.more_below + 1)

    confidence = 0.95
    if not L.header_rows:
        confidence -= 0.3
    if not L.stub_cols:
        confidence -= 0.15
    if unreadable.any():
        confidence -= min(0.3, 0.05 + unreadable.mean())
    if L.more_below is not None:
        confidence -= 0.15
    if len(L.header_rows) > 5:
        confidence -= 0.1
    if ov:
        confidence = 1.0
    confidence = float(max(0.05, min(1.0, confidence)))

    layout = {
        "kind": kind,
        "title_rows": L.title_rows,
        "header_rows": L.header_rows,
        "data_rows": L.data_rows,
        "footer_rows": L.footer_rows,
        "stub_cols": L.stub_cols,
        "data_cols": L.data_cols,
        "total_rows": sorted(total_rows),
        "total_cols": sorted(total_cols),
        "hidden_rows": L.hidden_rows,
        "hidden_cols": L.hidden_cols,
        "spacer_rows": L.spacer_rows,
        "section_rows": L.section_rows,
        "caption_rows": [L.header_rows[i] for i in sorted(captions)],
        "level_rows": [L.header_rows[i] for i in levels if i >= 0],
        "code_cols": L.code_cols,
        "fill_down": sorted(fill),
        "row_groups": {str(k): v for k, v in sorted(row_groups.items())},
        "col_groups": {str(k): v for k, v in sorted(col_groups.items())},
        "flag_col": flag_col,
        "not_counts": not_counts[:50],
        "value_name": level_labels[0][0] if kind == "long" and level_labels and level_labels[0] else None,
        "row_offset": grid.row_offset,
        "col_offset": grid.col_offset,
        "messages": notes.keyed,
    }
    return TidyTable(
        name=grid.name,
        title=title,
        frame=df,
        dimensions=dimensions,
        layout=layout,
        confidence=confidence,
        notes=notes.texts,
    )


# Cells that look like figures but are not counts of persons: a percentage, a number in scientific or hexadecimal
# notation, NaN or infinity, a figure in parentheses or with a trailing minus. They are never read as persons.
_NOT_COUNT = re.compile(
    r"^(?:[+-]?\(?\s*\d[\d.,\s]*\)?\s*%|[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+|[+-]?0[xX][0-9a-fA-F]+|"
    r"[+-]?(?:nan|NaN|NAN|inf|Inf|INF|infinity|Infinity|INFINITY)|\(\s*\d[\d.,\s]*\)|\d[\d.,\s]*-)$"
)


def _not_counts(grid: Grid, cells: Cells, L: Layout, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, list]:
    """Cells of the data block (a mask) and of the rows around it that hold a figure that is not a count.

    Returns the mask over ``rows`` × ``cols`` and ``[[cell, text], …]`` for every such cell, the rows below the
    first data row that the layout left out (a row whose only figure is "inf" is not a data row) included.
    """
    mask = np.zeros((rows.size, cols.size), dtype=bool)
    found: list[list[str]] = []
    if rows.size == 0 or cols.size == 0:
        return mask, found
    data = {int(r): i for i, r in enumerate(rows)}
    first = int(rows.min())
    n_rows = cells.kind.shape[0]
    for j, c in enumerate(cols):
        texts = cells.text[int(c)]
        if texts is None:
            continue
        strings = texts.iloc[first:n_rows]
        hits = strings.str.fullmatch(_NOT_COUNT.pattern).fillna(False).to_numpy(dtype=bool)
        for k in np.flatnonzero(hits):
            r = first + int(k)
            if r in L.header_rows or r in L.title_rows:
                continue
            if r not in data and not any(cells.text_at(r, sc) for sc in L.stub_cols):
                continue
            found.append([f"{grid.name}!{column_letters(int(c) + grid.col_offset)}{r + 1 + grid.row_offset}",
                          cells.text_at(r, int(c))])
            if r in data:
                mask[data[r], j] = True
    return mask, found


def _str_from_codes(codes: np.ndarray, labels: list[str]) -> pd.Series:
    """A str Series of ``labels[codes]`` built without a Python loop."""
    return str_series(codes, labels)


def _cell_refs(grid: Grid, rows: np.ndarray, cols: np.ndarray) -> pd.Series:
    """"Sheet!C9" for every (row, col) of the data block, row-major."""
    import pyarrow as pa
    import pyarrow.compute as pc

    nr, nc = rows.size, cols.size
    letters = [f"{grid.name}!{column_letters(int(c) + grid.col_offset)}" for c in cols]
    nums = pc.cast(pa.array(np.repeat(rows.astype(np.int64) + 1 + grid.row_offset, nc)), pa.string())
    if nc == 1:
        joined = pc.binary_join_element_wise(letters[0], nums, "")
    else:
        prefix = pa.array(np.tile(np.asarray(letters, dtype=object), nr), type=pa.string())
        joined = pc.binary_join_element_wise(prefix, nums, "")
    return pd.Series(pd.array(joined, dtype=pd.StringDtype("pyarrow", na_value=np.nan)))


def _repeat(s: pd.Series, n: int) -> pd.Series:
    if n == 1:
        return s.reset_index(drop=True).astype("str")
    return s.repeat(n).reset_index(drop=True).astype("str")


def layout_summary(grid: Grid, cells: Cells, overrides: dict | None = None) -> dict:
    """The detected layout only (for the preview), without building the frame."""
    ov = check_overrides(overrides, *cells.kind.shape)
    L = detect(grid, cells, ov)
    return {
        "title_rows": L.title_rows,
        "header_rows": L.header_rows,
        "data_rows": L.data_rows,
        "footer_rows": L.footer_rows,
        "stub_cols": L.stub_cols,
        "data_cols": L.data_cols,
        "spacer_rows": L.spacer_rows,
        "section_rows": L.section_rows,
        "hidden_rows": L.hidden_rows,
        "hidden_cols": L.hidden_cols,
    }

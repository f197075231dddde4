"""SPSS ``.sav`` and Stata ``.dta`` tables (pyreadstat), value labels applied.

A statistical file holds a *table* when it has categorical columns (value
labels or strings) and one numeric count column: every record is one cell
(a long table). The count column is the one named like a count ("n",
"casos", "valor", "value", "total", "personas", "población", "frecuencia",
"count", "freq") or, failing that, the last numeric column without value
labels; other unlabelled integer columns with few distinct values (a year,
an age in single years) are dimensions. ``overrides={"value_col": name}``
chooses it explicitly. A column holding only flag letters (A/C/M/Z/E) gives
the flags.

Dimension names are the variables' labels ("Sexo") where they have one,
else the variable names. A file with no count column, or whose label
combinations repeat, is census *microdata*: the import refuses it and
points to tabulation instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from app.errors import ImportError_
from app.importers.base import FLAGS, ImportResult, SourceDimension, TidyTable
from app.importers.cells import column_letters, format_number
from app.importers.layout import _Notes, _unique_names
from app.importers.safety import ImportLimits

_COUNT_NAME = re.compile(
    r"^(n|nn|casos|caso|valor|value|values|total|personas|persons|poblaci[oó]n|population|pob|frecuencia|freq|"
    r"frequency|count|cuenta|conteo|cantidad|obs_value|v)$",
    re.IGNORECASE,
)
_FLAG_NAME = re.compile(r"^(flag|flags|bandera|marca|obs_status|status|estado)$", re.IGNORECASE)


def read_stat(path: Path, fmt: str, limits: ImportLimits, overrides: dict | None, progress=None) -> ImportResult:
    import pyreadstat

    reader = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    try:
        _, meta = reader(str(path), metadataonly=True)
    except Exception as exc:
        raise ImportError_("import.stat_unreadable", path=path.name, detail=str(exc)[:200]) from None
    n_rows = meta.number_rows or 0
    n_cols = meta.number_columns or len(meta.column_names)
    if n_rows * max(1, n_cols) > limits.max_cells:
        raise ImportError_("import.microdata", path=path.name, rows=int(n_rows))
    if progress:
        progress(0.2, path.name)
    try:
        df, meta = reader(str(path), apply_value_formats=True, formats_as_category=False)
    except Exception as exc:
        raise ImportError_("import.stat_unreadable", path=path.name, detail=str(exc)[:200]) from None
    if df.shape[0] == 0:
        raise ImportError_("import.no_rows", path=path.name, sheet=path.name)
    ov = dict(overrides or {})
    unknown = set(ov) - {"value_col", "dimension_names"}
    if unknown:
        raise ImportError_("import.bad_override", key=sorted(unknown)[0])
    labelled = set(meta.variable_value_labels or {})
    numeric = [c for c in df.columns if c not in labelled and pd.api.types.is_numeric_dtype(df[c].dtype)]
    flag_col = None
    for c in df.columns:
        if c in numeric or c in labelled:
            continue
        vals = set(df[c].dropna().astype(str).unique())
        if vals and vals <= set(FLAGS) | {""} and (_FLAG_NAME.match(c) or len(vals) <= 3):
            flag_col = c
            break
    value_col = ov.get("value_col")
    if value_col is not None and value_col not in df.columns:
        raise ImportError_("import.bad_override", key="value_col")
    if value_col is None:
        named = [c for c in numeric if _COUNT_NAME.match(c) or _COUNT_NAME.match(str(meta.column_names_to_labels.get(c) or ""))]
        if named:
            value_col = named[-1]
        elif numeric:
            value_col = numeric[-1]
    if value_col is None:
        raise ImportError_("import.microdata", path=path.name, rows=int(df.shape[0]))
    dims = [c for c in df.columns if c not in (value_col, flag_col)]
    if not dims:
        raise ImportError_("import.microdata", path=path.name, rows=int(df.shape[0]))
    if df.duplicated(subset=dims).any():
        raise ImportError_("import.microdata", path=path.name, rows=int(df.shape[0]))

    labels = meta.column_names_to_labels or {}
    names = _unique_names([str(labels.get(c) or c) for c in dims])
    renames = ov.get("dimension_names") or {}
    if renames:
        names = _unique_names([str(renames.get(n, n)) for n in names])
    frame = {}
    for c, name in zip(dims, names):
        col = df[c]
        if pd.api.types.is_numeric_dtype(col.dtype):
            frame[name] = pd.Series([format_number(float(x)) if x == x else "" for x in col], dtype="str")
        else:
            frame[name] = col.astype(object).where(col.notna(), "").astype(str).str.strip().astype("str")
    value = pd.to_numeric(df[value_col], errors="coerce").astype("float64").reset_index(drop=True)
    frame["value"] = value
    flags = np.where(value.isna(), "M", "A").astype(object)
    if flag_col is not None:
        given = df[flag_col].astype(object).where(df[flag_col].notna(), "").astype(str).to_numpy()
        flags = np.where(np.isin(given, list(FLAGS)), given, flags)
    frame["flag"] = pd.Series(flags, dtype="str")
    letter = column_letters(list(df.columns).index(value_col))
    frame["cell"] = pd.Series([f"{path.name}!{letter}{i + 2}" for i in range(df.shape[0])], dtype="str")
    out = pd.DataFrame(frame)
    dimensions = [SourceDimension(name=n, role="row", labels=[str(x) for x in pd.unique(out[n])]) for n in names]
    notes = _Notes()
    notes.add("import.note.stat", value=str(labels.get(value_col) or value_col), count=int(out.shape[0]))
    if meta.file_label:
        title = str(meta.file_label)
    else:
        title = ""
    layout = {
        "kind": "long",
        "title_rows": [],
        "header_rows": [0],
        "data_rows": list(range(1, df.shape[0] + 1)),
        "footer_rows": [],
        "stub_cols": [list(df.columns).index(c) for c in dims],
        "data_cols": [list(df.columns).index(value_col)],
        "total_rows": [],
        "total_cols": [],
        "hidden_rows": [],
        "hidden_cols": [],
        "value_name": str(value_col),
        "variables": {str(c): str(labels.get(c) or c) for c in df.columns},
        "messages": notes.keyed,
    }
    table = TidyTable(
        name=path.name,
        title=title,
        frame=out,
        dimensions=dimensions,
        layout=layout,
        confidence=0.9,
        notes=notes.texts,
    )
    settings = {"format": fmt, "sheet": None, "encoding": None, "delimiter": None, "decimal": None, "thousands": None,
                "overrides": ov or None}
    return ImportResult(path=str(path), format=fmt, settings=settings, tables=[table], sheets=[path.name], warnings=[])

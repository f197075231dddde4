"""Measures that are not counts of persons, recognised so that they are never stored or summed as persons.

Census tables publish ratios, indices, percentages, rates, means and medians
beside their counts ("Razón hombre-mujer", "Índice de masculinidad", "%",
"Distribución porcentual"). A row, column or block so labelled is set aside
on import, with a note that names it; the source file keeps it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# Measures that are not counts of persons: ratios, indices, percentages, rates, means and medians.
_MEASURE_RE = re.compile(
    r"\b(razon|razao|ratio|rapport|relacion de masculinidad|relacao de masculinidade|indice|index|indices|"
    r"porcentaje|porcentajes|porcentual|porcentagem|percentual|percent|percentage|percentages|pourcentage|pourcentages|"
    r"procent|procenten|percentage verdeling|tasa|tasas|taxa|taxas|taux|rate|rates|promedio|edad media|idade media|"
    r"mean|average|moyenne|"
    r"gemiddeld|gemiddelde|mediana|median|mediane|distribucion porcentual|distribuicao percentual|"
    r"estructura porcentual|composicion porcentual|per cent|pct)\b"
)


def is_measure_label(label) -> bool:
    """True for a label that names a measure, not a count of persons ("Razón hombre-mujer", "%", "Índice de masculinidad").

    Such columns or rows are set aside on import: never stored or summed as persons.
    """
    if label is None:
        return False
    text = str(label)
    if "%" in text or "‰" in text:
        return True
    return bool(_MEASURE_RE.search(_plain(text)))



def title_is_measure(title: str) -> bool:
    """True when a table's title says its figures are a measure ("Distribución porcentual de …", "Promedio de hijos …")."""
    return bool(title) and is_measure_label(title.splitlines()[0] if title else "")


def set_aside_measures(table):
    """``table`` without its measure rows, columns or blocks, and a note naming each (the table itself when it has none)."""
    frame = table.frame
    if frame is None or len(frame) == 0:
        return table
    mask = None
    found: list[tuple[str, str]] = []
    for dim in table.dimensions:
        measures = [label for label in dim.labels if is_measure_label(label)]
        if not measures:
            continue
        hit = frame[dim.name].astype(str).isin(measures)
        mask = hit if mask is None else (mask | hit)
        found.extend((dim.name, label) for label in measures)
    if mask is None or not mask.any():
        return table
    kept = frame[~mask].reset_index(drop=True)
    dims = []
    for dim in table.dimensions:
        present = set(kept[dim.name].astype(str)) if len(kept) else set()
        labels = [label for label in dim.labels if label in present]
        if labels:
            dims.append(replace(dim, labels=labels))
    dropped = [d.name for d in table.dimensions if d not in dims and all(x.name != d.name for x in dims)]
    if dropped:
        kept = kept.drop(columns=dropped)
    notes = list(table.notes)
    for source, label in found:
        notes.append(f"“{label}” ({source}) is a measure, not a count of persons: set aside, never stored or summed.")
    layout = dict(table.layout)
    layout["set_aside"] = [[source, label] for source, label in found]
    layout["set_aside_cells"] = int(mask.sum())
    if layout.get("not_counts") and "cell" in frame:
        aside = set(frame.loc[mask, "cell"].astype(str))
        layout["not_counts"] = [item for item in layout["not_counts"] if item[0] not in aside]
    return replace(table, frame=kept, dimensions=dims, notes=notes, layout=layout)

"""INDEC census 2022, Cuadros 2 and 3, read cell by cell into T00 and T01 observations.

A fixed reading of the two published workbooks (their layout is documented
in shared/realdata/README.md), so that the checks can be tested on real
figures independently of the importers and the mapping.
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl

REALDATA_CANDIDATES = (
    os.environ.get("IMILA_REALDATA", ""),
    str(Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "realdata"),
    str(Path(__file__).resolve().parents[3] / "shared" / "realdata"),
)

COB = {
    "Total": "_T", "AMÉRICA": "019", "Bolivia": "068", "Brasil": "076", "Chile": "152", "Paraguay": "600",
    "Uruguay": "858", "Colombia": "170", "Perú": "604", "Venezuela": "862", "Resto de América": "R019",
    "EUROPA": "150", "España": "724", "Italia": "380", "Resto de Europa": "R150", "ASIA": "142",
    "ÁFRICA": "002", "OCEANÍA": "009", "Ignorado(1)": "UNK",
}
NATIONAL = {
    "Países limítrofes": ["068", "076", "152", "600", "858"],
    "Países no limítrofes (América)": ["170", "604", "862", "R019"],
}
C3_AGES = ["_T", "00-14", "15-24", "25-64", "65+"]


def realdata(name: str) -> Path | None:
    for folder in REALDATA_CANDIDATES:
        if folder and (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


def _text(value) -> str:
    return " ".join(str(value or "").replace("\xa0", " ").split())


def cuadro3_rows(path: Path) -> list[dict]:
    """T01 (COB × SEX × AGE) from Cuadro 3, with its national subtotals."""
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True)["Cuadro 3"]
    rows = []
    for r, row in enumerate(sheet.iter_rows(min_row=6, max_row=26, values_only=True), start=6):
        label = _text(row[0])
        base = {"table_id": "T01"}
        if label in NATIONAL:
            base.update(COB=f"N:{label}", kind="national", members=NATIONAL[label])
        else:
            base["COB"] = COB[label]
        rows.append({**base, "SEX": "_T", "AGE": "_T", "value": row[1], "lineage": f"Cuadro 3!B{r}"})
        for sex, first in (("2", 2), ("1", 7)):
            for k, age in enumerate(C3_AGES):
                col = first + k
                rows.append({**base, "SEX": sex, "AGE": age, "value": row[col], "lineage": f"Cuadro 3!{chr(65 + col)}{r}"})
    return rows


def _age_code(label: str) -> str:
    if not label:
        return "_T"
    if label in ("85-89", "90 y más"):
        return "85+"
    lo, hi = label.split("-")
    return f"{int(lo):02d}-{int(hi):02d}"


def cuadro2_rows(path: Path) -> list[dict]:
    """T00 (NATIVITY × SEX × AGE) from Cuadro 2: native = this + other province, foreign = other country."""
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True)["Cuadro 2"]
    cells: dict[tuple, list] = {}
    sex = None
    for r, row in enumerate(sheet.iter_rows(min_row=5, max_row=64, values_only=True), start=5):
        head = _text(row[0])
        if head:
            sex = {"Total": "_T", "Mujer / Femenino": "2", "Varón / Masculino": "1"}[head]
        age = _age_code(_text(row[1]))
        for nativity, cols in (("_T", (2,)), ("N", (3, 4)), ("F", (5,))):
            key = (nativity, sex, age)
            total, lineage = cells.get(key, (0, []))
            cells[key] = (total + sum(row[c] for c in cols), lineage + [f"Cuadro 2!{chr(65 + c)}{r}" for c in cols])
    return [
        {"table_id": "T00", "NATIVITY": n, "SEX": s, "AGE": a, "value": v, "lineage": "+".join(lin)}
        for (n, s, a), (v, lin) in cells.items()
    ]

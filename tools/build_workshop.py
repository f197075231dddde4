"""Build the workshop exercises: their source files and their starting projects.

Each exercise lives in ``resources/workshop/<id>/exercise.json`` (texts in
four languages, the files it gives the trainee, how its starting project is
made, its checklist). This script

* ``--sources``: (re)writes the source tables the exercises use, from the
  fictional census of ``tools/make_demo_sources.py``: the corrected tables
  (``resources/workshop/census/``), the stacked-blocks sheet of the import
  exercise and the corrected Cuadro 1 the office "sends" in the additivity
  exercise. They are committed; the output is deterministic.
* ``--sources`` also writes the household file of the emigration exercise
  (the census's emigrant module, one row per member abroad) and its emigrant
  recipe, the same as the demo's.
* by default: builds each exercise's starting project
  ``resources/workshop/<id>/start.imila`` (build output, not committed) with
  ``app.workshop.build_start`` — the same function that builds a starting
  project on demand when the prebuilt one is missing.

    python tools/build_workshop.py             # build every start.imila (the set-up runs this)
    python tools/build_workshop.py --sources   # rewrite the exercise source tables, then build
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_demo_sources as demo  # noqa: E402

WORKSHOP = ROOT / "resources" / "workshop"
# Source tables the exercises use, relative to resources/workshop/.
CENSUS = "census"  # the corrected tables of the demo census, for the starting projects
# The import exercise: INDEC's Cuadro 2 layout, figures of the fictional census.
BLOCKS_FILE = "import_blocks/files/ejemplo_cuadro2_poblacion_por_sexo_y_edad.xlsx"
# The additivity exercise: the corrected Cuadro 1 the office sends back.
CORRECTED_C1 = "additivity/files/ejemplo_cuadro1_nacidos_en_otro_pais_v2.xlsx"

# The emigration exercise: the emigrant module (household members abroad) and its recipe, as in the demo.
HOUSEHOLDS_FILE = "emigrants/files/ejemplo_hogares_emigrantes.csv"
HOUSEHOLDS_RECIPE = "emigrants/files/receta_emigrantes.json"

INDEC_AGES = [f"{a}-{a + 4}" for a in range(0, 90, 5)] + ["90 y más"]


def _split_85(values):
    """Eighteen groups ending in "85 y más" → nineteen ending in 85-89 and "90 y más" (about 62 % / 38 %)."""
    out = [int(v) for v in values[:-1]]
    last = int(values[-1])
    first = int(round(last * 0.62))
    return out + [first, last - first]


def write_blocks_sheet(path: Path = WORKSHOP / BLOCKS_FILE) -> Path:
    """Population in private dwellings by place of birth, sex and five-year age, in three stacked sex blocks.

    As INDEC publishes its Cuadro 2: two title rows, a two-row header with
    "Lugar de nacimiento" merged over three columns, the sex label in a
    vertically merged first column, each block opening with its total row
    (age cell empty), ages up to "90 y más", notes and source below.
    """
    import numpy as np
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    cells = demo.foreign_born()
    native_profile = demo._age_profile(30) * 0.5 + np.linspace(1.4, 0.2, len(demo.AGES)) / np.linspace(
        1.4, 0.2, len(demo.AGES)).sum() * 0.5
    native = {"2": demo._split(2_310_450, native_profile), "1": demo._split(2_205_980, native_profile)}
    here_share = np.linspace(0.86, 0.70, len(demo.AGES))  # older people moved more often between provinces

    wb = Workbook()
    ws = wb.active
    ws.title = "Cuadro 2"
    ws["A1"] = "Censo Nacional de Población y Vivienda 2020"
    ws["A2"] = ("Cuadro 2. República de Ejemplo. Población en viviendas particulares por lugar de nacimiento, "
                "según sexo y grupo quinquenal de edad. Año 2020")
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    ws["A1"].font = Font(bold=True)
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Sexo", "Grupo quinquenal de edad", "Población en viviendas particulares", "Lugar de nacimiento"
    ws["D4"], ws["E4"], ws["F4"] = "En esta provincia", "En otra provincia", "Otro país"
    for merged in ("A3:A4", "B3:B4", "C3:C4", "D3:F3"):
        ws.merge_cells(merged)
    for row in ws["A3:F4"]:
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for sex_label, sexes in (("Total", ("1", "2")), ("Mujeres", ("2",)), ("Varones", ("1",))):
        foreign = _split_85(sum(cells["Total"][s] for s in sexes))
        nat = sum(native[s] for s in sexes)
        here = [int(round(n * h)) for n, h in zip(nat, here_share)]
        other = [int(n) - h for n, h in zip(nat, here)]
        here, other = _split_85(here), _split_85(other)
        start = r
        ws.cell(row=r, column=1, value=sex_label)
        ws.cell(row=r, column=2, value="")
        for c, value in enumerate((sum(here) + sum(other) + sum(foreign), sum(here), sum(other), sum(foreign)), start=3):
            ws.cell(row=r, column=c, value=value).number_format = "#,##0"
        r += 1
        for i, age in enumerate(INDEC_AGES):
            ws.cell(row=r, column=2, value=age)
            for c, value in enumerate((here[i] + other[i] + foreign[i], here[i], other[i], foreign[i]), start=3):
                ws.cell(row=r, column=c, value=value).number_format = "#,##0"
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="top")
    ws.cell(row=r, column=1, value="Nota: la población en situación de calle no está incluida.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r + 1, column=1, value="Fuente: Instituto Nacional de Estadística de la República de Ejemplo, Censo 2020.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    for col in "CDEF":
        ws.column_dimensions[col].width = 18
    path.parent.mkdir(parents=True, exist_ok=True)
    demo._save_reproducibly(wb, path)
    return path


def blocks_figures() -> dict[str, int]:
    """The figures the import exercise checks: foreign-born total and foreign-born aged 85+ (85-89 + 90 y más)."""
    cells = demo.foreign_born()
    total = cells["Total"]["1"] + cells["Total"]["2"]
    return {"foreign_total": int(total.sum()), "foreign_85_plus": int(total[-1])}


def write_sources(root: Path = WORKSHOP) -> list[Path]:
    """Every source table the exercises use (committed files), written under ``root``; returns their paths."""
    written = []
    with tempfile.TemporaryDirectory(prefix="imila-workshop-") as folder:
        corrected = demo.write_sources(Path(folder), seeded=False)
        (root / CENSUS).mkdir(parents=True, exist_ok=True)
        for path in corrected:
            target = root / CENSUS / path.name
            shutil.copyfile(path, target)
            written.append(target)
        target = root / CORRECTED_C1
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(folder) / "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx", target)
        written.append(target)
    written.append(write_blocks_sheet(root / BLOCKS_FILE))
    households = root / HOUSEHOLDS_FILE
    households.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="imila-workshop-") as folder:
        shutil.copyfile(demo.write_households(Path(folder)), households)
    written.append(households)
    recipe = root / HOUSEHOLDS_RECIPE
    shutil.copyfile(ROOT / "resources" / "demo" / "recipes" / demo.HOUSEHOLDS_FILE.replace(".csv", ".json"), recipe)
    written.append(recipe)
    return written


def build_all(out: Path | None = None) -> list[Path]:
    """Build every exercise's starting project (into ``out/<id>/start.imila`` when given)."""
    from app import workshop

    built = []
    for exercise in workshop.exercises():
        target = (out / exercise.id / "start.imila") if out else exercise.folder / "start.imila"
        workshop.build_start(exercise.id, target)
        built.append(target)
        state = workshop.checklist(target, exercise.id)
        done = sum(1 for _, ok in state if ok)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        print(f"{shown}: {len(state)} checklist items, {done} given")
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", action="store_true", help="rewrite the exercise source tables first")
    parser.add_argument("--output", type=Path, help="build the starting projects into this folder instead")
    args = parser.parse_args(argv)
    if args.sources:
        for path in write_sources():
            print(path.relative_to(ROOT), path.stat().st_size)
    build_all(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write the source tables of the demo census, "República de Ejemplo", 2020.

A small fictional census published the way statistics offices publish:
an Excel sheet of the foreign-born by country of birth, sex and five-year age
group (title rows, merged two-row header, continents, a national grouping,
residuals, footnotes), a Latin-1 semicolon CSV of the whole population by
nativity, sex and age (thousands written with dots), and an Excel sheet by
period of arrival. A few errors are seeded on purpose; resources/demo/README.md
lists them. The output is deterministic.

    python tools/make_demo_sources.py
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo"
YEAR = 2020
AGES = [f"{a}-{a + 4}" for a in range(0, 85, 5)] + ["85 y más"]

# (label, stock, share of women, mean age of the age profile)
COUNTRIES = [
    ("AMÉRICA", None, None, None),
    ("Países limítrofes", None, None, None),
    ("Bolivia (Estado Plurinacional de)", 61_240, 0.52, 34),
    ("Brasil", 18_430, 0.56, 38),
    ("Perú", 40_975, 0.55, 36),
    ("Países no limítrofes", None, None, None),
    ("Colombia", 22_410, 0.54, 31),
    ("Venezuela (República Bolivariana de)", 35_880, 0.51, 28),
    ("Haití", 9_870, 0.25, 30),
    ("EE.UU.", 4_120, 0.48, 45),
    ("Resto de América", 6_310, 0.53, 40),
    ("EUROPA", None, None, None),
    ("España", 12_250, 0.53, 58),
    ("Italia", 7_480, 0.55, 66),
    ("Resto de Europa", 3_190, 0.50, 52),
    ("ASIA", None, None, None),
    ("China", 460, 0.47, 35),
    ("Resto de Asia", 2_730, 0.45, 37),
    ("ÁFRICA", 950, 0.38, 33),
    ("OCEANÍA", 210, 0.50, 41),
    ("Ignorado", 3_870, 0.52, 38),
]
GROUPS = {
    "AMÉRICA": ["Bolivia (Estado Plurinacional de)", "Brasil", "Perú", "Colombia",
                "Venezuela (República Bolivariana de)", "Haití", "EE.UU.", "Resto de América"],
    "Países limítrofes": ["Bolivia (Estado Plurinacional de)", "Brasil", "Perú"],
    "Países no limítrofes": ["Colombia", "Venezuela (República Bolivariana de)", "Haití", "EE.UU.", "Resto de América"],
    "EUROPA": ["España", "Italia", "Resto de Europa"],
    "ASIA": ["China", "Resto de Asia"],
}
TOP_LEVEL = ["AMÉRICA", "EUROPA", "ASIA", "ÁFRICA", "OCEANÍA", "Ignorado"]


def _age_profile(mean_age: float) -> np.ndarray:
    mids = np.array([a + 2 for a in range(0, 85, 5)] + [88], dtype=float)
    weights = np.exp(-0.5 * ((mids - mean_age) / 16.0) ** 2) + 0.02
    return weights / weights.sum()


def _split(total: int, shares: np.ndarray) -> np.ndarray:
    raw = shares * total
    out = np.floor(raw).astype(int)
    remainder = total - out.sum()
    order = np.argsort(-(raw - out))
    out[order[:remainder]] += 1
    return out


def foreign_born() -> dict[str, dict[str, np.ndarray]]:
    """label → {"2": women by age, "1": men by age} for the leaf rows, consistent by construction."""
    cells = {}
    for label, stock, women_share, mean_age in COUNTRIES:
        if stock is None:
            continue
        women = int(round(stock * women_share))
        men = stock - women
        profile = _age_profile(mean_age)
        cells[label] = {"2": _split(women, profile), "1": _split(men, _age_profile(mean_age + 1))}
    for group, members in GROUPS.items():
        cells[group] = {s: sum(cells[m][s] for m in members) for s in ("1", "2")}
    cells["Total"] = {s: sum(cells[m][s] for m in TOP_LEVEL) for s in ("1", "2")}
    return cells


def cuadro1_rows(cells, seeded: bool = True) -> list[list]:
    """Rows of Cuadro 1 with the seeded errors applied (or, ``seeded=False``, as they should have been)."""
    order = ["Total"] + [label for label, *_ in COUNTRIES]
    rows = []
    for label in order:
        women, men = cells[label]["2"].copy(), cells[label]["1"].copy()
        women_total, men_total = int(women.sum()), int(men.sum())
        if seeded and label == "EUROPA":
            women_total += 1_200  # seeded: EUROPA women does not add up (error)
        if seeded and label == "Perú":
            men[5] += 27  # seeded: Peruvian men aged 25-29 typed 27 too high (warning)
        rows.append([label, women_total + men_total, women_total, *women.tolist(), men_total, *men.tolist()])
    return rows


def write_cuadro1(cells, out: Path = OUT, seeded: bool = True) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Cuadro 1"
    ws["A1"] = "Censo Nacional de Población y Vivienda 2020"
    ws["A2"] = ("Cuadro 1. República de Ejemplo. Población nacida en otro país por sexo y grupo quinquenal de edad, "
                "según país de nacimiento. Año 2020")
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "País de nacimiento"
    ws["B3"] = "Total"
    ws["C3"] = "Mujeres"
    ws.cell(row=3, column=3 + len(AGES) + 1, value="Hombres")
    ws["C4"] = "Total"
    for i, age in enumerate(AGES):
        ws.cell(row=4, column=4 + i, value=age)
    start_men = 3 + len(AGES) + 1
    ws.cell(row=4, column=start_men, value="Total")
    for i, age in enumerate(AGES):
        ws.cell(row=4, column=start_men + 1 + i, value=age)
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    ws.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=3 + len(AGES))
    ws.merge_cells(start_row=3, start_column=start_men, end_row=3, end_column=start_men + len(AGES))
    for cell in ws[3] + ws[4]:
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.font = Font(bold=True)
    for r, row in enumerate(cuadro1_rows(cells, seeded), start=5):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if c > 1:
                cell.number_format = "#,##0"
    footer = r + 2
    ws.cell(row=footer, column=1, value="Nota: la categoría Ignorado incluye a las personas nacidas en otro país que no declararon cuál.")
    ws.cell(row=footer + 1, column=1, value="Fuente: Instituto Nacional de Estadística de la República de Ejemplo, Censo 2020.")
    ws.cell(row=footer + 3, column=1, value="Signos convencionales:")
    ws.cell(row=footer + 4, column=1, value="-    Cero absoluto")
    ws.column_dimensions["A"].width = 38
    path = out / "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx"
    _save_reproducibly(wb, path)
    return path


def write_cuadro2(cells, out: Path = OUT) -> Path:
    """Whole population by nativity, sex and age: Latin-1, semicolons, thousands with dots."""
    rng = np.random.default_rng(2020)
    native_profile = _age_profile(30) * 0.5 + np.linspace(1.4, 0.2, len(AGES)) / np.linspace(1.4, 0.2, len(AGES)).sum() * 0.5
    native = {"2": _split(2_310_450, native_profile), "1": _split(2_205_980, native_profile)}
    unknown = {s: rng.integers(40, 400, len(AGES)) for s in ("1", "2")}

    def dots(n: int) -> str:
        return f"{int(n):,}".replace(",", ".")

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Cuadro 2. República de Ejemplo. Población total por lugar de nacimiento, según sexo y grupo de edad. Censo 2020"])
    writer.writerow([])
    writer.writerow(["Sexo", "Grupo de edad", "Total", "Nacidos en el país", "Nacidos en otro país", "Lugar de nacimiento ignorado"])
    for sex_label, sexes in (("Ambos sexos", ("1", "2")), ("Mujeres", ("2",)), ("Hombres", ("1",))):
        fb = sum(cells["Total"][s] for s in sexes)
        nat = sum(native[s] for s in sexes)
        unk = sum(unknown[s] for s in sexes)
        writer.writerow([sex_label, "Total", dots((fb + nat + unk).sum()), dots(nat.sum()), dots(fb.sum()), dots(unk.sum())])
        for i, age in enumerate(AGES):
            writer.writerow(["", age, dots(fb[i] + nat[i] + unk[i]), dots(nat[i]), dots(fb[i]), dots(unk[i])])
    writer.writerow([])
    writer.writerow(["Fuente: Instituto Nacional de Estadística, Censo 2020."])
    path = out / "ejemplo_cuadro2_poblacion_por_nacimiento.csv"
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def write_cuadro4(cells, out: Path = OUT, seeded: bool = True) -> Path:
    """Foreign-born by country of birth, sex and period of arrival (one band seeded to end after the census)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    periods = ["Antes de 1990", "1990-1999", "2000-2009", "2010-2015", "2016-2021" if seeded else "2016-2020", "Ignorado"]
    shares = np.array([0.10, 0.12, 0.19, 0.25, 0.31, 0.03])
    wb = Workbook()
    ws = wb.active
    ws.title = "Cuadro 4"
    ws["A1"] = "Cuadro 4. Población nacida en otro país por período de llegada, según país de nacimiento y sexo. Censo 2020"
    ws["A1"].font = Font(bold=True)
    header = ["País de nacimiento", "Sexo", "Total"] + periods
    for c, text in enumerate(header, start=1):
        ws.cell(row=3, column=c, value=text).font = Font(bold=True)
    r = 4
    labels = ["Total", "Bolivia (Estado Plurinacional de)", "Perú", "Venezuela (República Bolivariana de)", "Otros países"]

    def stock(label: str, sex: str) -> int:
        if label == "Otros países":
            return int(cells["Total"][sex].sum()) - sum(int(cells[m][sex].sum()) for m in labels[1:4])
        return int(cells[label][sex].sum())

    parts = {(label, sex): _split(stock(label, sex), shares) for label in labels[1:] for sex in ("1", "2")}
    for sex in ("1", "2"):
        parts[("Total", sex)] = sum(parts[(label, sex)] for label in labels[1:])
    for label in labels:
        women, men = parts[(label, "2")], parts[(label, "1")]
        for sex_label, values in (("Total", women + men), ("Mujeres", women), ("Hombres", men)):
            row = [label if sex_label == "Total" else "", sex_label, int(values.sum()), *values.tolist()]
            for c, value in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=value)
            r += 1
    # As offices print it, the country stands only on its block's first row.
    ws.cell(row=r + 1, column=1, value="Fuente: Instituto Nacional de Estadística, Censo 2020.")
    path = out / "ejemplo_cuadro4_periodo_de_llegada.xlsx"
    _save_reproducibly(wb, path)
    return path


def _save_reproducibly(wb, path: Path) -> None:
    from app.export.xlsx import reproducible_xlsx

    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(reproducible_xlsx(buffer.getvalue()))


def write_sources(out: Path = OUT, seeded: bool = True) -> list[Path]:
    """The three source tables, with the seeded errors (the demo) or corrected (what the office should publish)."""
    out.mkdir(parents=True, exist_ok=True)
    cells = foreign_born()
    return [write_cuadro1(cells, out, seeded), write_cuadro2(cells, out), write_cuadro4(cells, out, seeded)]


HOUSEHOLDS_FILE = "ejemplo_hogares_emigrantes.csv"
HOUSEHOLDS = 3000
EMIGRATION_SINCE = 2010


def write_households(out: Path = OUT) -> Path:
    """The census's emigrant module: one row per household member now living abroad (for T11).

    Semicolons, UTF-8, the destination as the enumerator wrote it ("EE.UU.",
    "ESPAÑA", "Ignorado"); members who left before 2010 are outside the
    question's reference period ("emigraron desde 2010"). From
    ``app.tabulate.synthetic.household_members``: deterministic.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from app.tabulate.synthetic import household_members

    out.mkdir(parents=True, exist_ok=True)
    members = household_members(HOUSEHOLDS, seed=2020, census_year=2020, since=EMIGRATION_SINCE)
    members = members.drop(columns=["PAIS_COD", "FACTOR_HOGAR", "EDAD_ACTUAL"])
    path = out / HOUSEHOLDS_FILE
    path.write_text(members.to_csv(index=False, sep=";", lineterminator="\n"), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Write the demo census source tables.")
    parser.add_argument("--corrected", type=Path, metavar="FOLDER",
                        help="write the corrected tables (no seeded errors) into FOLDER instead")
    args = parser.parse_args(argv)
    out, seeded = (args.corrected, False) if args.corrected else (OUT, True)
    for path in [*write_sources(out, seeded), write_households(out)]:
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()

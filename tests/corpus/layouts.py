"""A corpus of census-table layouts as the offices of the region publish them, each with its true IMILA cells.

Every ``Layout`` writes its file at test time (nothing binary is committed)
and carries ``truth``: {table id: {((IMILA dim, code), …): value}} — what a
careful person writes from that table (published totals as ``_T``, measure
columns left out, national rows as the total of a region dimension, finer age
groups folded into IMILA's five-year groups, "not yet born" outside T05).
``expect`` is "exact" where the table itself proves its reading, "ask" where
a person must decide (then ``truth`` may be empty: any write is wrong).

The conventions of each office (titles, header wordings, total labels, signs,
footnote marks, age wordings) follow the publication named in the comment
above its layouts. Figures are synthetic but additive, like a real table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cube import Cube, Dim, Item, group, measure, total, virtual
from .grid import (Grid, Style, render_blocks, render_long, render_nested, render_wide, write_csv,
                               write_html, write_ods, write_xlsx)


@dataclass
class Layout:
    id: str
    office: str
    country: str            # ISO alpha-3 of the census country (the project's)
    year: int
    lang: str               # es, pt, en, fr, nl
    classes: tuple          # what it exercises (see CLASSES)
    ext: str                # xlsx, csv, txt, html, ods
    write: Callable[[Path], None]
    truth: dict             # {table: {key: value}}
    expect: str = "exact"   # "exact" or "ask"
    why: str = ""           # for "ask": what a person must decide

    @property
    def filename(self) -> str:
        return f"{self.id}.{self.ext}"


CLASSES = {
    "code-name": "region code column beside a region name column (code 0 = the country)",
    "measure": "ratio, index, percentage or average columns/blocks beside the counts",
    "total-names": "totals named otherwise (Total País, Total nacional, Inmigrantes internacionales …)",
    "open-ages": "open-ended and Portuguese/English/Dutch/French age forms, single years, 'Menos de 1 año'",
    "t05-columns": "residence five years earlier across columns, with 'not yet born'",
    "transposed": "countries as columns, sex × age as rows",
    "several-tables": "one source feeding several IMILA tables",
    "long": "one row per cell",
    "wide": "a cross-tab with merged multi-row headers",
    "stacked": "stacked blocks (one per sex or per measure)",
    "nested-stub": "country headings with age rows below in one stub column",
    "footnotes": "footnote marks on labels and headers, notes below",
    "signs": "conventional signs (-, ..., x, ///, n.a.)",
    "region-sum": "a dimension IMILA lacks (region, area, size of locality) summed through its published total",
    "redatam": "REDATAM+SP output (AREA blocks, frequencies with %)",
    "encoding": "CSV in a legacy encoding, another delimiter, grouped digits",
    "ambiguous": "a table a careful tool must ask about",
}

LAYOUTS: list[Layout] = []


def add(layout: Layout) -> None:
    LAYOUTS.append(layout)


# --------------------------------------------------------------------------- shared vocabulary

def sex(total_label="Total", male="Hombres", female="Mujeres", name="Sexo", order="mf") -> Dim:
    m, f = Item(male, "1"), Item(female, "2")
    return Dim(name, [total(total_label), *((m, f) if order == "mf" else (f, m))], "SEX")


def ages(spec: list, total_label="Total", name="Edad", total_first=True, unknown: str | None = None) -> Dim:
    """``spec``: [(label, code)]; several labels with one code are folded into it."""
    items = [Item(label, code) for label, code in spec]
    if unknown:
        items.append(Item(unknown, "UNK"))
    tot = total(total_label)
    return Dim(name, [tot, *items] if total_first else [*items, tot], "AGE")


def countries(spec: list, total_label="Total", name="País de nacimiento", total_first=True, imila="COB") -> Dim:
    items = []
    for entry in spec:
        if isinstance(entry, Item):
            items.append(entry)
        else:
            items.append(Item(entry[0], entry[1]))
    tot = total(total_label)
    return Dim(name, [tot, *items] if total_first else [*items, tot], imila)


def truth_of(cube: Cube, *tables: str, hidden=()) -> dict:
    return {t: cube.truth(t, hidden=list(hidden)) for t in tables}


BROAD_ES = [("0-14", "00-14"), ("15-24", "15-24"), ("25-64", "25-64"), ("65 años y más", "65+")]
FIVE = [(f"{a}-{a + 4}", f"{a:02d}-{a + 4:02d}") for a in range(0, 85, 5)]


def five(fmt="{a}-{b}", top="85 y más", pad=False) -> list:
    out = []
    for a in range(0, 85, 5):
        lo, hi = (f"{a:02d}", f"{a + 4:02d}") if pad else (a, a + 4)
        out.append((fmt.format(a=lo, b=hi), f"{a:02d}-{a + 4:02d}"))
    out.append((top, "85+"))
    return out


def xlsx(*grids_fn, **kw):
    return lambda path: write_xlsx(path, [g() for g in grids_fn], **kw)


def csvw(grid_fn, **kw):
    return lambda path: write_csv(path, grid_fn(), **kw)


# =========================================================================== INDEC (Argentina)
# INDEC, Censo Nacional de Población, Hogares y Viviendas 2022, Resultados definitivos: cuadros de
# Migraciones (Cuadro 3: población nacida en el extranjero por lugar de nacimiento, sexo y grupo de edad;
# Cuadro 2: por lugar de nacimiento en tres bloques Total / Mujer / Varón); signs "///" (no corresponde)
# and "–" (dato igual a cero) as listed in "Indicadores demográficos, por sexo y edad" (2023).

def _indec():
    cob = countries([
        group("AMÉRICA", "019", "Bolivia", "Chile", "Paraguay", "Perú", "Venezuela", "Resto de América"),
        ("Bolivia", "068"), ("Chile", "152"), ("Paraguay", "600"), ("Perú", "604"), ("Venezuela", "862"),
        ("Resto de América", "R019"),
        group("EUROPA", "150", "España", "Italia", "Resto de Europa"),
        ("España", "724"), ("Italia", "380"), ("Resto de Europa", "R150"),
        ("ASIA", "142"), ("Ignorado(1)", "UNK"),
    ], name="Lugar de nacimiento")
    s = sex("Total", "Varón / Masculino", "Mujer / Femenino", order="fm")
    a = ages([("0-14", "00-14"), ("15-24", "15-24"), ("25-64", "25-64"), ("65 años y más", "65+")])
    cube = Cube([cob, s, a], seed="indec-c3", zeros=[{"Lugar de nacimiento": "ASIA", "Edad": "0-14"}])
    title = ["Cuadro 3. Total del país. Población nacida en el extranjero en viviendas particulares por sexo y grupo de edad, según lugar de nacimiento. Año 2022",
             ""]
    foot = ["(1) Incluye a las personas que no declararon su lugar de nacimiento.",
            "Nota: la población en situación de calle no está incluida.",
            "Signos convencionales:", "– Dato igual a cero", "/// Dato que no corresponde presentar",
            "Fuente: INDEC, Censo Nacional de Población, Hogares y Viviendas 2022."]
    st = Style(zero="–")
    add(Layout("ar_indec_c3_t01_wide", "INDEC", "ARG", 2022, "es",
               ("wide", "footnotes", "signs", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro 3", title=title, rows=["Lugar de nacimiento"],
                                        cols=["Sexo", "Edad"], stub=["Lugar de nacimiento"], footer=foot, style=st)),
               truth_of(cube, "T01")))

    # the same cube saved as the office's CSV (semicolon, Windows-1252, dotted thousands)
    add(Layout("ar_indec_c3_csv_cp1252", "INDEC", "ARG", 2022, "es", ("wide", "encoding", "signs"), "csv",
               csvw(lambda: render_wide(cube, name="c3", title=title, rows=["Lugar de nacimiento"], cols=["Sexo", "Edad"],
                                        stub=["Lugar de nacimiento"], footer=foot, style=Style(zero="-"), merge_headers=False),
                    encoding="cp1252", delimiter=";", thousands="."),
               truth_of(cube, "T01")))

    # Cuadro 2: three stacked blocks (Total, Mujer, Varón), sex in a merged first column; ages to "90 y más"
    place = Dim("Lugar de nacimiento", [total("Total"), Item("En esta provincia", "N"), Item("En otra provincia", "N"),
                                        Item("Otro país", "F")], "NATIVITY")
    s2 = sex("Total", "Varón", "Mujer", order="fm")
    a2 = ages(five("{a}-{b}", "85-89")[:-1] + [("85-89", "85+"), ("90 y más", "85+")], total_label="")
    # the blank age label of each block's first row is its total
    a2.items[0].label = ""
    cube2 = Cube([s2, a2, place], seed="indec-c2", scale=50000)
    add(Layout("ar_indec_c2_t00_blocks", "INDEC", "ARG", 2022, "es", ("stacked", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_blocks(cube2, name="Cuadro 2", block="Sexo", rows=["Edad"], cols=["Lugar de nacimiento"],
                                          stub=["Sexo", "Edad"], sex_column=True,
                                          title=["Cuadro 2. Total del país. Población en viviendas particulares por lugar de nacimiento, según sexo y grupo quinquenal de edad. Año 2022", ""],
                                          footer=["Fuente: INDEC, Censo Nacional de Población, Hogares y Viviendas 2022."])),
               truth_of(cube2, "T00")))

    # long CSV as the office's open-data portal gives it: one row per cell, tab-separated UTF-16 (Excel "Unicode text")
    cob3 = countries([("Bolivia", "068"), ("Paraguay", "600"), ("Perú", "604"), ("Venezuela", "862"), ("Otros países", "OTH")],
                     name="Lugar de nacimiento")
    s3 = sex("Total", "Varón", "Mujer")
    cube3 = Cube([cob3, s3], seed="indec-long")
    add(Layout("ar_indec_long_utf16_tab", "INDEC", "ARG", 2022, "es", ("long", "encoding"), "txt",
               csvw(lambda: render_long(cube3, name="x", columns=[("Lugar de nacimiento", "Lugar de nacimiento"), ("Sexo", "Sexo")],
                                        value_header="Población nacida en el extranjero"),
                    encoding="utf-16", delimiter="\t"),
               truth_of(cube3, "T01")))


# =========================================================================== INEGI (Mexico)
# INEGI, Censo de Población y Vivienda 2020, Tabulados del cuestionario básico, Migración (sheet 01:
# población total por tamaño de localidad y sexo según lugar de nacimiento, "Estados Unidos Mexicanos"
# national rows above the locality sizes, "Población total1" with a footnote mark glued; sheet 03: población
# de 5 años y más por lugar de residencia en marzo de 2015).

def _inegi():
    place = Dim("Lugar de nacimiento", [
        total("Población total1", {"T00": "_T", "T01": None}),
        Item("En la entidad", {"T00": "N", "T01": None}),
        Item("En otra entidad", {"T00": "N", "T01": None}),
        Item("En los Estados Unidos de América", {"T00": "F", "T01": "840"}),
        Item("En otro país", {"T00": "F", "T01": "OTH"}),
        Item("No especificado", {"T00": "UNK", "T01": None}),
    ], {"T00": "NATIVITY", "T01": "COB"})
    size = Dim("Tamaño de localidad", [total("Estados Unidos Mexicanos"), Item("Menos de 2 500 habitantes", "+"),
                                       Item("2 500-14 999 habitantes", "+"), Item("15 000-99 999 habitantes", "+"),
                                       Item("100 000 y más habitantes", "+")], None)
    s = sex("Total", "Hombres", "Mujeres")
    cube = Cube([size, s, place], seed="inegi-01", scale=900000)
    title = ["Población total por tamaño de localidad y sexo según lugar de nacimiento", "Estados Unidos Mexicanos", ""]
    foot = ["1 Incluye a la población que no especificó su lugar de nacimiento.",
            "Fuente: INEGI. Censo de Población y Vivienda 2020."]
    add(Layout("mx_inegi_01_t00_t01", "INEGI", "MEX", 2020, "es",
               ("several-tables", "region-sum", "footnotes", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube, name="01", title=title, rows=["Tamaño de localidad", "Sexo"],
                                        cols=["Lugar de nacimiento"], stub=["Tamaño de localidad", "Sexo"], footer=foot,
                                        stub_mode="first")),
               truth_of(cube, "T00", "T01")))

    # sheet 03-like: residence in March 2015 with nested headers and a top-level "No especificado"
    res = Dim("Lugar de residencia en marzo de 2015", [
        total("Total"),
        group("En la entidad", "NAT", "En el mismo municipio", "En otro municipio", "No especificado municipio"),
        Item("En el mismo municipio", None), Item("En otro municipio", None), Item("No especificado municipio", None),
        group("En otra entidad o país", None, "En otra entidad", "En los Estados Unidos de América", "En otro país"),
        Item("En otra entidad", "NAT"), Item("En los Estados Unidos de América", "840"), Item("En otro país", "OTH"),
        Item("No especificado", "UNK"),
    ], "RES5")
    s2 = sex("Total", "Hombres", "Mujeres")
    a2 = ages(five("{a}-{b} años", "85 años y más", pad=True)[1:], total_label="Total")
    cube2 = Cube([s2, a2, res], seed="inegi-03", scale=90000)
    def grid2():
        g = render_wide(cube2, name="03", title=["Población de 5 años y más por sexo y grupo quinquenal de edad según lugar de residencia en marzo de 2015", "Estados Unidos Mexicanos", ""],
                        rows=["Sexo", "Edad"], cols=["Lugar de residencia en marzo de 2015"],
                        stub=["Sexo", "Grupo quinquenal de edad"], stub_mode="first",
                        footer=["Fuente: INEGI. Censo de Población y Vivienda 2020."])
        # two header levels as published: the groups over their parts, "Total" under each group
        h = 3
        flat = g.rows[h]
        top = ["", "", "Total", "En la entidad", None, None, None, "En otra entidad o país", None, None, None, "No especificado"]
        low = list(flat)
        low[2], low[11] = None, None
        low[3], low[7] = "Total", "Total"
        g.rows[h:h + 1] = [top, low]
        g.merges += [(h, 3, h, 6), (h, 7, h, 10), (h, 2, h + 1, 2), (h, 11, h + 1, 11), (h, 0, h + 1, 0), (h, 1, h + 1, 1)]
        g.rows[h][0], g.rows[h][1] = low[0], low[1]
        low[0] = low[1] = None
        return g
    add(Layout("mx_inegi_03_t05_res2015", "INEGI", "MEX", 2020, "es", ("t05-columns", "wide", "open-ages"), "xlsx",
               xlsx(grid2), truth_of(cube2, "T05")))

    # long CSV of the data portal: entity code and name, UTF-8 with BOM
    ent = Dim("Entidad federativa", [total("Estados Unidos Mexicanos"), Item("Baja California", "+"),
                                     Item("Chiapas", "+"), Item("Jalisco", "+")], None)
    cob = countries([("Estados Unidos de América", "840"), ("Guatemala", "320"), ("Venezuela", "862"),
                     ("Colombia", "170"), ("Honduras", "340"), ("Otros países", "OTH")], name="País de nacimiento")
    s3 = sex("Total", "Hombres", "Mujeres")
    cube3 = Cube([ent, cob, s3], seed="inegi-long", scale=20000)

    def grid3():
        g = render_long(cube3, name="x", columns=[("nom_ent", "Entidad federativa"), ("pais_nac", "País de nacimiento"),
                                                  ("sexo", "Sexo")], value_header="poblacion")
        codes = {"Estados Unidos Mexicanos": "00", "Baja California": "02", "Chiapas": "07", "Jalisco": "14"}
        g.rows[0].insert(0, "cve_ent")
        for row in g.rows[1:]:
            row.insert(0, codes[row[0]])
        return g
    add(Layout("mx_inegi_long_bom_codes", "INEGI", "MEX", 2020, "es", ("long", "code-name", "region-sum", "encoding"), "csv",
               csvw(grid3, encoding="utf-8-sig"), truth_of(cube3, "T01")))


# =========================================================================== INE Chile
# INE Chile, Censo de Población y Vivienda 2017, "Características de la inmigración internacional en Chile"
# and the census tabulados by region: "Código región" / "Nombre región", "Total País", "Inmigrantes
# internacionales", "Razón hombre-mujer", "Índice de masculinidad"; comuna de residencia hace cinco años
# with "No había nacido".

def _ine_chile():
    region = Dim("Región", [total("Total País"), Item("Tarapacá", "+"), Item("Antofagasta", "+"),
                            Item("Metropolitana de Santiago", "+")], None)
    cob = countries([("Perú", "604"), ("Colombia", "170"), ("Venezuela", "862"), ("Bolivia", "068"),
                     ("Argentina", "032"), ("Haití", "332"), ("Otro país", "OTH")], total_label="Total",
                    name="País de nacimiento")
    s = Dim("Sexo", [total("Inmigrantes internacionales"), Item("Hombres", "1"), Item("Mujeres", "2"),
                     measure("Razón hombre-mujer", lambda get: 100 * get("Hombres") / max(get("Mujeres"), 1))], "SEX")
    cube = Cube([region, cob, s], seed="ine-cl", scale=30000)
    codes = {"Total País": 0, "Tarapacá": 1, "Antofagasta": 2, "Metropolitana de Santiago": 13}

    def grid():
        g = render_wide(cube, name="Cuadro", title=["Inmigrantes internacionales por sexo y razón hombre-mujer, según región y país de nacimiento. Censo 2017", ""],
                        rows=["Región", "País de nacimiento"], cols=["Sexo"], stub=["Nombre región", "País de nacimiento"],
                        stub_mode="repeat", footer=["Fuente: INE, Censo de Población y Vivienda 2017."])
        header = 2
        g.rows[header].insert(0, "Código región")
        for row in g.rows[header + 1: -1]:
            row.insert(0, codes[row[0]])
        return g
    add(Layout("cl_ine_region_code_name_ratio", "INE Chile", "CHL", 2017, "es",
               ("code-name", "measure", "total-names", "region-sum", "long"), "xlsx",
               xlsx(grid), truth_of(cube, "T01")))

    # five-year ages, "Total País" row, "Índice de masculinidad" and "%" columns
    cob2 = countries([("Perú", "604"), ("Colombia", "170"), ("Venezuela", "862"), ("Bolivia", "068"), ("Haití", "332"),
                      ("Otros", "OTH")], total_label="Total País", name="País de nacimiento")
    s2 = Dim("Sexo", [total("Total"), Item("Hombres", "1"), Item("Mujeres", "2"),
                      measure("Índice de masculinidad", lambda get: 100 * get("Hombres") / max(get("Mujeres"), 1))], "SEX")
    cube2 = Cube([cob2, s2], seed="ine-cl-im", scale=50000)
    add(Layout("cl_ine_indice_masculinidad", "INE Chile", "CHL", 2017, "es", ("measure", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube2, name="P", title=["Población inmigrante internacional por país de nacimiento, según sexo e índice de masculinidad"],
                                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"])),
               truth_of(cube2, "T01")))

    # T05 across columns: comuna de residencia hace cinco años, "No había nacido" (under 5) outside the universe
    res = Dim("Lugar de residencia habitual hace 5 años", [
        total("Total", None),
        virtual("_T", "En esta comuna", "En otra comuna", "En otro país", "Ignorado"),
        Item("En esta comuna", "NAT"), Item("En otra comuna", "NAT"), Item("En otro país", "OTH"),
        Item("Ignorado", "UNK"), Item("No había nacido", None)], "RES5")
    s3 = sex("Total", "Hombres", "Mujeres")
    cube3 = Cube([s3, res], seed="ine-cl-t05", scale=4000000)
    add(Layout("cl_ine_t05_no_habia_nacido", "INE Chile", "CHL", 2017, "es", ("t05-columns", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Residencia", title=["Población por lugar de residencia habitual hace cinco años (abril de 2012), según sexo. Total País"],
                                        rows=["Sexo"], cols=["Lugar de residencia habitual hace 5 años"], stub=["Sexo"],
                                        footer=["No había nacido: personas menores de 5 años."])),
               truth_of(cube3, "T05")))

    # the same Chile table saved as .ods
    add(Layout("cl_ine_ods_cob_sex", "INE Chile", "CHL", 2017, "es", ("wide",), "ods",
               lambda path: write_ods(path, [render_wide(cube2, name="Hoja1", title=["Población inmigrante internacional por país de nacimiento, según sexo"],
                                                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"],
                                                        only={"Sexo": ["Total", "Hombres", "Mujeres"]})]),
               truth_of(cube2, "T01")))

    # a table by nationality, not by country of birth: a careful tool asks
    nat = countries([("Peruana", None), ("Colombiana", None), ("Venezolana", None), ("Boliviana", None), ("Otra", None)],
                    name="Nacionalidad", imila=None)
    cube4 = Cube([nat, sex("Total", "Hombres", "Mujeres")], seed="ine-cl-nat")
    add(Layout("cl_ine_nacionalidad_ask", "INE Chile", "CHL", 2017, "es", ("ambiguous",), "xlsx",
               xlsx(lambda: render_wide(cube4, name="Nacionalidad", title=["Población extranjera residente por nacionalidad y sexo"],
                                        rows=["Nacionalidad"], cols=["Sexo"], stub=["Nacionalidad"])),
               {}, expect="ask", why="nationality is not country of birth: the table is not an IMILA table"))


# =========================================================================== DANE (Colombia)
# DANE, Censo Nacional de Población y Vivienda CNPV 2018, resultados por departamento: "Total nacional",
# "Cabecera municipal", "Centros poblados y rural disperso", department codes (05 Antioquia …), ages
# "De 0 a 4 años" … "De 100 años y más", "No informa".

def _dane():
    area = Dim("Área", [total("Total"), Item("Cabecera municipal", "+"), Item("Centros poblados y rural disperso", "+")], None)
    cob = countries([("Venezuela", "862"), ("Estados Unidos", "840"), ("Ecuador", "218"), ("España", "724"),
                     ("Perú", "604"), ("Otros países", "OTH"), ("No informa", "UNK")], total_label="Total nacional",
                    name="País de nacimiento")
    s = sex("Total", "Hombres", "Mujeres")
    cube = Cube([cob, area, s], seed="dane-area", scale=60000)
    add(Layout("co_dane_area_columns", "DANE", "COL", 2018, "es", ("region-sum", "wide", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro 1", title=["CNPV 2018. Población nacida en otro país por área y sexo, según país de nacimiento", "Total nacional", ""],
                                        rows=["País de nacimiento"], cols=["Área", "Sexo"], stub=["País de nacimiento"],
                                        footer=["Fuente: DANE, Censo Nacional de Población y Vivienda (CNPV) 2018."])),
               truth_of(cube, "T01")))

    # departments as code + name pairs, national row "Total nacional" with code blank
    dep = Dim("Departamento", [total("Total nacional"), Item("Antioquia", "+"), Item("Atlántico", "+"),
                               Item("Bogotá, D.C.", "+"), Item("Norte de Santander", "+")], None)
    cob2 = countries([("Venezuela", "862"), ("Ecuador", "218"), ("Estados Unidos", "840"), ("Otros países", "OTH")],
                     name="País de nacimiento")
    cube2 = Cube([dep, cob2, sex()], seed="dane-dep", scale=40000)
    dcodes = {"Total nacional": "", "Antioquia": "05", "Atlántico": "08", "Bogotá, D.C.": "11", "Norte de Santander": "54"}

    def grid2():
        g = render_wide(cube2, name="Departamentos", title=["Población nacida en otro país por sexo, según departamento y país de nacimiento"],
                        rows=["Departamento", "País de nacimiento"], cols=["Sexo"], stub=["Nombre departamento", "País de nacimiento"],
                        stub_mode="repeat")
        g.rows[1].insert(0, "Código departamento")
        for row in g.rows[2:]:
            row.insert(0, dcodes[row[0]])
        return g
    add(Layout("co_dane_dpto_code_name", "DANE", "COL", 2018, "es", ("code-name", "region-sum", "total-names"), "xlsx",
               xlsx(grid2), truth_of(cube2, "T01")))

    # T00 with "De 0 a 4 años" … "De 85 a 89", "De 90 a 94", "De 95 a 99", "De 100 años y más" folded into 85+
    nat = Dim("Lugar de nacimiento", [total("Total"), Item("En Colombia", "N"), Item("En otro país", "F"), Item("No informa", "UNK")], "NATIVITY")
    a = ages([(f"De {x} a {x + 4} años", f"{x:02d}-{x + 4:02d}") for x in range(0, 85, 5)]
             + [("De 85 a 89 años", "85+"), ("De 90 a 94 años", "85+"), ("De 95 a 99 años", "85+"), ("De 100 años y más", "85+")])
    cube3 = Cube([a, sex(), nat], seed="dane-t00", scale=300000)
    add(Layout("co_dane_t00_de_100_y_mas", "DANE", "COL", 2018, "es", ("open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Edad", title=["Población por grupos de edad, sexo y lugar de nacimiento. Total nacional"],
                                        rows=["Edad"], cols=["Sexo", "Lugar de nacimiento"], stub=["Grupos de edad"])),
               truth_of(cube3, "T00")))

    # one source, two tables: nativity rows with the countries of birth below "Nacidos en otro país"
    place = Dim("Lugar de nacimiento", [
        total("Total nacional", {"T00": "_T", "T01": None}),
        Item("Nacidos en Colombia", {"T00": "N", "T01": None}),
        group("Nacidos en otro país", {"T00": "F", "T01": "_T"}, "Venezuela", "Ecuador", "Estados Unidos", "Otros países"),
        Item("Venezuela", {"T00": None, "T01": "862"}), Item("Ecuador", {"T00": None, "T01": "218"}),
        Item("Estados Unidos", {"T00": None, "T01": "840"}), Item("Otros países", {"T00": None, "T01": "OTH"}),
        Item("No informa", {"T00": "UNK", "T01": None}),
    ], {"T00": "NATIVITY", "T01": "COB"})
    cube4 = Cube([place, sex()], seed="dane-2t", scale=500000)
    add(Layout("co_dane_nativity_and_cob", "DANE", "COL", 2018, "es", ("several-tables", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube4, name="Nacimiento", title=["Población por lugar de nacimiento y sexo. Total nacional"],
                                        rows=["Lugar de nacimiento"], cols=["Sexo"], stub=["Lugar de nacimiento"])),
               truth_of(cube4, "T00", "T01")))

    # departments without a national row: a careful tool asks before summing them into the country
    dep5 = Dim("Departamento", [Item("Arauca", "+"), Item("La Guajira", "+"), Item("Norte de Santander", "+")], None)
    cob5 = countries([("Venezuela", "862"), ("Ecuador", "218"), ("Otros países", "OTH")], name="País de nacimiento")
    cube5 = Cube([dep5, cob5, sex()], seed="dane-nonat")
    add(Layout("co_dane_fronterizos_ask", "DANE", "COL", 2018, "es", ("ambiguous", "region-sum"), "xlsx",
               xlsx(lambda: render_wide(cube5, name="Frontera", title=["Población nacida en otro país en departamentos fronterizos, por sexo"],
                                        rows=["Departamento", "País de nacimiento"], cols=["Sexo"],
                                        stub=["Departamento", "País de nacimiento"], stub_mode="first")),
               {}, expect="ask",
               why="three departments are not the country: their sum is not the national table"))


# =========================================================================== IBGE (Brazil), SIDRA exports
# IBGE, Censo Demográfico 2010, tables exported from SIDRA (CSV, ";"-separated, Latin-1; first line "Tabela N -
# título", "Variável - População residente (Pessoas)", a header with the classifications, "Fonte: IBGE - Censo
# Demográfico" below) and IBGE "Normas de apresentação tabular": "-" zero, ".." não se aplica, "..." não
# disponível, "X" omitido para evitar a individualização; ages "0 a 4 anos" … "100 anos ou mais", "Menos de 1 ano".

def _sidra():
    cob = countries([("Portugal", "620"), ("Japão", "392"), ("Paraguai", "600"), ("Bolívia", "068"), ("Itália", "380"),
                     ("Espanha", "724"), ("Argentina", "032"), ("Outros países", "OTH")], name="País de nascimento")
    s = sex("Total", "Homens", "Mulheres")
    cube = Cube([cob, s], seed="sidra-1", scale=90000, zeros=[{"País de nascimento": "Japão", "Sexo": "Mulheres"}])
    hidden = [{"País de nascimento": "Espanha", "Sexo": "Homens"}]

    def grid():
        g = render_wide(cube, name="t", title=["Tabela 631 - População residente nascida no exterior, por sexo e país de nascimento",
                                               "Variável - População residente (Pessoas)", "Ano - 2010"],
                        rows=["País de nascimento"], cols=["Sexo"], stub=["País de nascimento"],
                        style=Style(signs=[(hidden[0], "X")]),
                        footer=["Fonte: IBGE - Censo Demográfico", "Notas", "1 - Os dados são da amostra.",
                                "Símbolo - : Dado numérico igual a zero não resultante de arredondamento;",
                                "Símbolo X : Dado numérico omitido a fim de evitar a individualização da informação."])
        return g
    add(Layout("br_sidra_csv_latin1", "IBGE", "BRA", 2010, "pt", ("wide", "signs", "encoding", "footnotes"), "csv",
               csvw(grid, encoding="latin-1", delimiter=";", quote_all=True),
               truth_of(cube, "T01", hidden=hidden)))

    # sexo × grupo de idade in two header rows, xlsx as SIDRA saves it
    a = ages([("0 a 14 anos", "00-14"), ("15 a 24 anos", "15-24"), ("25 a 64 anos", "25-64"), ("65 anos ou mais", "65+")])
    cob2 = countries([("Portugal", "620"), ("Japão", "392"), ("Bolívia", "068"), ("Outros países", "OTH")], name="País de nascimento")
    cube2 = Cube([cob2, sex("Total", "Homens", "Mulheres"), a], seed="sidra-2", scale=30000)
    add(Layout("br_sidra_xlsx_sexo_idade", "IBGE", "BRA", 2010, "pt", ("wide", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube2, name="Tabela", title=["Tabela 632 - População residente nascida no exterior, por sexo, grupos de idade e país de nascimento",
                                                                     "Variável - População residente (Pessoas)", "Ano - 2010"],
                                        rows=["País de nascimento"], cols=["Sexo", "Edad"], stub=["País de nascimento"],
                                        footer=["Fonte: IBGE - Censo Demográfico"])),
               truth_of(cube2, "T01")))

    # "Nível";"Cód.";territory rows: Brasil (1) is the total of the UFs
    uf = Dim("Brasil e Unidade da Federação", [total("Brasil"), Item("São Paulo", "+"), Item("Rio de Janeiro", "+"),
                                               Item("Paraná", "+"), Item("Mato Grosso do Sul", "+")], None)
    cob3 = countries([("Portugal", "620"), ("Japão", "392"), ("Paraguai", "600"), ("Bolívia", "068"), ("Outros países", "OTH")],
                     name="País de nascimento")
    cube3 = Cube([uf, cob3], seed="sidra-uf", scale=40000)
    ucodes = {"Brasil": ("BR", "1"), "São Paulo": ("UF", "35"), "Rio de Janeiro": ("UF", "33"), "Paraná": ("UF", "41"),
              "Mato Grosso do Sul": ("UF", "50")}

    def grid3():
        g = render_wide(cube3, name="t", title=["Tabela 633 - População residente nascida no exterior, por país de nascimento",
                                                "Variável - População residente (Pessoas)", "Ano - 2010"],
                        rows=["Brasil e Unidade da Federação"], cols=["País de nascimento"],
                        stub=["Brasil e Unidade da Federação"], footer=["Fonte: IBGE - Censo Demográfico"])
        g.rows[3][:0] = ["Nível", "Cód."]
        for row in g.rows[4:-1]:
            row[:0] = list(ucodes[row[0]])
        return g
    add(Layout("br_sidra_nivel_cod_uf", "IBGE", "BRA", 2010, "pt", ("code-name", "region-sum", "transposed", "encoding"), "csv",
               csvw(grid3, encoding="latin-1", delimiter=";", quote_all=True), truth_of(cube3, "T01")))

    # the SIDRA "tabular" long export (as the API and its CSV give it)
    a4 = ages([("Menos de 1 ano", "00-04"), ("1 a 4 anos", "00-04")] + [(f"{x} a {x + 4} anos", f"{x:02d}-{x + 4:02d}") for x in range(5, 85, 5)]
              + [("85 a 89 anos", "85+"), ("90 a 94 anos", "85+"), ("95 a 99 anos", "85+"), ("100 anos ou mais", "85+")],
              name="Grupo de idade")
    s4 = sex("Total", "Homens", "Mulheres")
    cube4 = Cube([s4, a4], seed="sidra-long", scale=20000)

    def grid4():
        # the column order of the SIDRA API / "tabular" download: territory, unit, value, then each variable and
        # classification as a (code, name) pair
        g = Grid("t")
        g.add("Nível Territorial (Código)", "Nível Territorial", "Unidade de Medida (Código)", "Unidade de Medida", "Valor",
              "Brasil (Código)", "Brasil", "Variável (Código)", "Variável", "Ano (Código)", "Ano",
              "Sexo (Código)", "Sexo", "Grupo de idade (Código)", "Grupo de idade")
        sex_codes = {"Total": "6794", "Homens": "4", "Mulheres": "5"}
        for s_it in cube4.dims[0].items:
            for k, a_it in enumerate(cube4.dims[1].items):
                value = cube4.value({"Sexo": s_it.label, "Grupo de idade": a_it.label})
                g.add("1", "Brasil", "45", "Pessoas", value, "1", "Brasil", "1000614", "População residente nascida no exterior",
                      "2010", "2010", sex_codes[s_it.label], s_it.label, str(93070 + k), a_it.label)
        return g
    add(Layout("br_sidra_api_long", "IBGE", "BRA", 2010, "pt", ("long", "open-ages", "code-name"), "csv",
               csvw(grid4, encoding="utf-8"), {"T01": {k: v for k, v in cube4.truth("T01", extra_dims={"COB": "_T"}).items()}}))

    # nationality (brasileiro nato / naturalizado / estrangeiro) is not nativity: ask
    nac = Dim("Nacionalidade", [total("Total", None), Item("Brasileiro nato", None), Item("Naturalizado brasileiro", None),
                                Item("Estrangeiro", None)], None)
    cube5 = Cube([nac, sex("Total", "Homens", "Mulheres")], seed="sidra-nac", scale=900000)
    add(Layout("br_sidra_nacionalidade_ask", "IBGE", "BRA", 2010, "pt", ("ambiguous",), "csv",
               csvw(lambda: render_wide(cube5, name="t", title=["Tabela 617 - População residente, por nacionalidade e sexo",
                                                                 "Variável - População residente (Pessoas)", "Ano - 2010"],
                                        rows=["Nacionalidade"], cols=["Sexo"], stub=["Nacionalidade"],
                                        footer=["Fonte: IBGE - Censo Demográfico"]), encoding="latin-1", delimiter=";"),
               {}, expect="ask", why="'Brasileiro nato' includes people born abroad to Brazilian parents: not nativity"))

    # countries as columns, sex × age as rows (transposed), xlsx
    cob6 = countries([("Portugal", "620"), ("Japão", "392"), ("Bolívia", "068"), ("Outros países", "OTH")], name="País de nascimento")
    a6 = ages([("0 a 14 anos", "00-14"), ("15 a 64 anos", "15-64"), ("65 anos ou mais", "65+")], name="Grupos de idade")
    cube6 = Cube([sex("Total", "Homens", "Mulheres"), a6, cob6], seed="sidra-tr", scale=20000)
    add(Layout("br_sidra_transposed", "IBGE", "BRA", 2010, "pt", ("transposed", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube6, name="Tabela", title=["Tabela 634 - População residente nascida no exterior, por país de nascimento, segundo o sexo e os grupos de idade",
                                                                     "Variável - População residente (Pessoas)"],
                                        rows=["Sexo", "Grupos de idade"], cols=["País de nascimento"], stub=["Sexo", "Grupos de idade"],
                                        stub_mode="merge", footer=["Fonte: IBGE - Censo Demográfico"])),
               truth_of(cube6, "T01")))


# =========================================================================== INEI (Peru)
# INEI, Censos Nacionales 2017: XII de Población, Resultados definitivos (Tomos por departamento): "CUADRO Nº 1:
# POBLACIÓN CENSADA, POR ÁREA URBANA Y RURAL; Y SEXO, SEGÚN …", headings in capitals ("DEPARTAMENTO TUMBES")
# carrying their totals with the age rows below, "Menores de 1 año", "De 1 a 4 años", "De 65 y más años",
# thousands separated by a space.

def _inei():
    cob = Dim("País de nacimiento", [total("TOTAL"), Item("VENEZUELA", "862"), Item("COLOMBIA", "170"), Item("ARGENTINA", "032"),
                                     Item("BOLIVIA", "068"), Item("CHILE", "152"), Item("OTRO PAÍS", "OTH")], "COB")
    a = ages([("Menores de 1 año", "00-04"), ("De 1 a 4 años", "00-04")] + [(f"De {x} a {x + 4} años", f"{x:02d}-{x + 4:02d}") for x in range(5, 65, 5)]
             + [("De 65 y más años", "65+")])
    area = Dim("Área", [total("Total"), Item("Urbana", "+"), Item("Rural", "+")], None)
    cube = Cube([cob, a, area, sex("Total", "Hombres", "Mujeres")], seed="inei-1", scale=3000)
    title = ["CUADRO Nº 5: POBLACIÓN CENSADA NACIDA EN OTRO PAÍS, POR ÁREA URBANA Y RURAL; Y SEXO, SEGÚN PAÍS DE NACIMIENTO Y GRUPOS DE EDAD", ""]
    add(Layout("pe_inei_nested_area", "INEI", "PER", 2017, "es", ("nested-stub", "region-sum", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_nested(cube, name="C5", outer="País de nacimiento", inner="Edad", cols=["Área", "Sexo"],
                                          stub="País de nacimiento y grupos de edad", title=title,
                                          footer=["Fuente: INEI - Censos Nacionales 2017: XII de Población, VII de Vivienda y III de Comunidades Indígenas."])),
               truth_of(cube, "T01")))

    cob2 = Dim("País de nacimiento", [total("TOTAL"), Item("VENEZUELA", "862"), Item("COLOMBIA", "170"), Item("ARGENTINA", "032"),
                                      Item("OTRO PAÍS", "OTH")], "COB")
    cube2 = Cube([cob2, sex("Total", "Hombres", "Mujeres")], seed="inei-2", scale=90000)
    add(Layout("pe_inei_csv_space_thousands", "INEI", "PER", 2017, "es", ("encoding", "wide"), "csv",
               csvw(lambda: render_wide(cube2, name="c", title=["POBLACIÓN CENSADA NACIDA EN OTRO PAÍS, POR SEXO, SEGÚN PAÍS DE NACIMIENTO"],
                                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"]),
                    thousands=" ", delimiter=";", encoding="utf-8"),
               truth_of(cube2, "T01")))

    # single years of age 0 … 99 and "100 y más años": folded into five-year groups
    a3 = ages([("Menores de 1 año", "00-04")] + [(f"{x} año" if x == 1 else f"{x} años", f"{x - x % 5:02d}-{x - x % 5 + 4:02d}" if x < 85 else "85+") for x in range(1, 100)]
              + [("100 y más años", "85+")], name="Edades simples")
    cube3 = Cube([a3, sex("Total", "Hombres", "Mujeres")], seed="inei-3", scale=400)
    add(Layout("pe_inei_edades_simples", "INEI", "PER", 2017, "es", ("open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="C2", title=["CUADRO Nº 2: POBLACIÓN CENSADA NACIDA EN OTRO PAÍS, POR SEXO, SEGÚN EDADES SIMPLES"],
                                        rows=["Edades simples"], cols=["Sexo"], stub=["Edades simples"])),
               {"T01": cube3.truth("T01", extra_dims={"COB": "_T"})}))


# =========================================================================== INEC Costa Rica
# INEC Costa Rica, X Censo Nacional de Población y VI de Vivienda 2011, Resultados generales: "Población total
# por lugar de nacimiento, según provincia y sexo" ("Costa Rica" as the national row, "Nacido en Costa Rica" /
# "Nacido en el extranjero"), countries Nicaragua, Colombia, Estados Unidos, Panamá, El Salvador.

def _inec_cr():
    prov = Dim("Provincia", [total("Costa Rica"), Item("San José", "+"), Item("Alajuela", "+"), Item("Cartago", "+"),
                             Item("Heredia", "+"), Item("Guanacaste", "+"), Item("Puntarenas", "+"), Item("Limón", "+")], None)
    nat = Dim("Lugar de nacimiento", [total("Total"), Item("Nacido en Costa Rica", "N"), Item("Nacido en el extranjero", "F")], "NATIVITY")
    cube = Cube([prov, sex("Total", "Hombres", "Mujeres"), nat], seed="inec-cr-1", scale=300000)
    add(Layout("cr_inec_provincia_t00", "INEC Costa Rica", "CRI", 2011, "es", ("region-sum", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro 4", title=["Costa Rica: Población total por lugar de nacimiento, según provincia y sexo", "Censo 2011"],
                                        rows=["Provincia", "Sexo"], cols=["Lugar de nacimiento"], stub=["Provincia y sexo", ""],
                                        stub_mode="first", footer=["Fuente: INEC. X Censo Nacional de Población y VI de Vivienda 2011."])),
               truth_of(cube, "T00")))

    cob = countries([("Nicaragua", "558"), ("Colombia", "170"), ("Estados Unidos", "840"), ("Panamá", "591"),
                     ("El Salvador", "222"), ("Otros países", "OTH")], total_label="Total nacidos en el extranjero",
                    name="País de nacimiento")
    a = ages([("0 a 14", "00-14"), ("15 a 64", "15-64"), ("65 y más", "65+")], name="Grupos de edad")
    cube2 = Cube([cob, sex("Total", "Hombres", "Mujeres"), a], seed="inec-cr-2", scale=40000)
    add(Layout("cr_inec_cob_sex_age", "INEC Costa Rica", "CRI", 2011, "es", ("wide", "total-names", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube2, name="Cuadro 12", title=["Costa Rica: Población nacida en el extranjero por sexo y grupos de edad, según país de nacimiento"],
                                        rows=["País de nacimiento"], cols=["Sexo", "Grupos de edad"], stub=["País de nacimiento"])),
               truth_of(cube2, "T01")))

    add(Layout("cr_inec_html_cob", "INEC Costa Rica", "CRI", 2011, "es", ("wide",), "html",
               lambda path: write_html(path, [render_wide(cube2, name="Cuadro 12", title=["Costa Rica: Población nacida en el extranjero por sexo, según país de nacimiento"],
                                                         rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"],
                                                         only={"Grupos de edad": ["Total"]})], thousands=" "),
               {"T01": {k: v for k, v in cube2.truth("T01").items() if dict(k)["AGE"] == "_T"}}))


# =========================================================================== INEC Ecuador
# INEC Ecuador, Censo de Población y Vivienda 2010 (tabulados and the REDATAM online system): "Año de llegada
# al Ecuador", countries Colombia, Perú, Estados Unidos, España, Cuba; "No declarado".

def _inec_ec():
    cob = countries([("Colombia", "170"), ("Perú", "604"), ("Estados Unidos", "840"), ("España", "724"), ("Cuba", "192"),
                     ("Venezuela", "862"), ("Resto de países", "OTH")], name="País de nacimiento")
    arr = Dim("Año de llegada al Ecuador", [total("Total"), Item("Antes de 1990", "<1990"), Item("1990 - 1999", "1990-1999"),
                                            Item("2000 - 2005", "2000-2005"), Item("2006 - 2010", "2006-2010"),
                                            Item("No declarado", "UNK")], "ARRIVAL")
    cube = Cube([cob, sex("Total", "Hombre", "Mujer"), arr], seed="inec-ec-t04", scale=8000)
    add(Layout("ec_inec_t04_llegada", "INEC Ecuador", "ECU", 2010, "es", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube, name="Llegada", title=["Población nacida en otro país por año de llegada al Ecuador y sexo, según país de nacimiento"],
                                        rows=["País de nacimiento", "Sexo"], cols=["Año de llegada al Ecuador"],
                                        stub=["País de nacimiento", "Sexo"], stub_mode="first")),
               truth_of(cube, "T04")))

    # percentages only: nothing to write, a careful tool says so
    cube2 = Cube([countries([("Colombia", None), ("Perú", None), ("Estados Unidos", None), ("Otros", None)], imila=None),
                  sex("Total", "Hombre", "Mujer")], seed="inec-ec-pct")
    add(Layout("ec_inec_distribucion_porcentual_ask", "INEC Ecuador", "ECU", 2010, "es", ("ambiguous", "measure"), "xlsx",
               xlsx(lambda: _percent_grid(cube2, "Distribución porcentual de la población nacida en otro país por sexo, según país de nacimiento (%)")),
               {}, expect="ask", why="percentages only: no count of persons to write"))


def _percent_grid(cube: Cube, title: str) -> Grid:
    cob, sx = cube.dims
    g = Grid("Porcentajes")
    g.add(title)
    g.add(cob.name, *[it.label for it in sx.items])
    for it in cob.items:
        line = [it.label]
        for s_it in sx.items:
            line.append(round(100 * cube.value({cob.name: it.label, sx.name: s_it.label}) / cube.value({sx.name: s_it.label}), 1))
        g.add(*line)
    return g


# =========================================================================== ONE (Dominican Republic)
# ONE, IX Censo Nacional de Población y Vivienda 2010, Volumen VI "Migración, Fecundidad y Mortalidad" (2013):
# población nacida en el extranjero por país de nacimiento (Haití, Venezuela, Estados Unidos, España, Puerto
# Rico …), "Ambos sexos", absolute and relative (%) blocks; mujeres de 15 años y más por hijos nacidos vivos
# with "Promedio de hijos".

def _one():
    cob = countries([("Haití", "332"), ("Venezuela", "862"), ("Estados Unidos", "840"), ("Puerto Rico", "630"),
                     ("España", "724"), ("Cuba", "192"), ("Otros países", "OTH")], name="País de nacimiento")
    s = sex("Ambos sexos", "Hombres", "Mujeres")
    cube = Cube([cob, s], seed="one-1", scale=60000)

    def grid():
        g = render_wide(cube, name="Cuadro 6.1", title=["Cuadro 6.1 República Dominicana: Población nacida en el extranjero por sexo, según país de nacimiento, 2010", ""],
                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"])
        g.add("")
        g.add("Distribución porcentual (%)")
        tot = {sl.label: cube.value({"Sexo": sl.label}) for sl in s.items}
        for it in cob.items:
            g.add(it.label, *[round(100 * cube.value({"País de nacimiento": it.label, "Sexo": sl.label}) / tot[sl.label], 1) for sl in s.items])
        g.add("Fuente: ONE, IX Censo Nacional de Población y Vivienda 2010.")
        return g
    add(Layout("do_one_abs_and_percent_blocks", "ONE", "DOM", 2010, "es", ("measure", "stacked", "total-names"), "xlsx",
               xlsx(grid), truth_of(cube, "T01")))

    # T03: women 15+ by children ever born, "Promedio de hijos" measure column
    cob3 = countries([("Haití", "332"), ("Venezuela", "862"), ("Otros países", "OTH")], name="País de nacimiento")
    a3 = ages([("15-19", "15-19"), ("20-29", "20-29"), ("30-39", "30-39"), ("40-49", "40-49"), ("50 y más", "50+")], name="Grupos de edad")
    ceb = Dim("Hijos nacidos vivos", [total("Total"), Item("0", "0"), Item("1", "1"), Item("2", "2"), Item("3", "3"),
                                      Item("4 y más", None), Item("No declarado", "99"),
                                      measure("Promedio de hijos", lambda get: (get("1") + 2 * get("2") + 3 * get("3") + 4 * get("4 y más")) / max(get("Total"), 1))],
              "CEB")
    cube3 = Cube([cob3, a3, ceb], seed="one-t03", scale=2000)
    add(Layout("do_one_t03_promedio_ask", "ONE", "DOM", 2010, "es", ("measure", "wide", "ambiguous"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Cuadro 7.2", title=["Mujeres de 15 años y más nacidas en el extranjero por número de hijos nacidos vivos y promedio de hijos, según país de nacimiento y grupos de edad"],
                                        rows=["País de nacimiento", "Grupos de edad"], cols=["Hijos nacidos vivos"],
                                        stub=["País de nacimiento", "Grupos de edad"], stub_mode="first")),
               truth_of(cube3, "T03"), expect="ask",
               why="'4 y más' has no IMILA code (CEB goes 4, 5 … 10+): a person decides"))

    # the nationality-free "país de nacimiento" table saved as HTML by the office's web tabulator
    add(Layout("do_one_html", "ONE", "DOM", 2010, "es", ("wide",), "html",
               lambda path: write_html(path, [render_wide(cube, name="Cuadro", title=["Población nacida en el extranjero por sexo, según país de nacimiento"],
                                                         rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"])],
                                       thousands=","),
               truth_of(cube, "T01")))

    # five-year ages for the whole foreign-born population, "%" column beside each count
    a4 = ages(five("{a}-{b}", "85 y más"))
    cube4 = Cube([a4, sex("Ambos sexos", "Hombres", "Mujeres")], seed="one-pct", scale=5000)

    def grid4():
        g = render_wide(cube4, name="Cuadro 6.3", title=["Población nacida en el extranjero por sexo, según grupos quinquenales de edad"],
                        rows=["Edad"], cols=["Sexo"], stub=["Grupos de edad"])
        # a "%" column after each count column
        header = 1
        g.rows[header] = [g.rows[header][0]] + [x for lab in g.rows[header][1:] for x in (lab, "%")]
        tot = {sl.label: cube4.value({"Sexo": sl.label}) for sl in cube4.dims[1].items}
        for row in g.rows[header + 1:]:
            vals = row[1:]
            row[1:] = [x for v, sl in zip(vals, cube4.dims[1].items) for x in (v, round(100 * (v if isinstance(v, int) else 0) / tot[sl.label], 1))]
        return g
    add(Layout("do_one_pct_beside_counts", "ONE", "DOM", 2010, "es", ("measure", "open-ages", "wide"), "xlsx",
               xlsx(grid4), {"T01": cube4.truth("T01", extra_dims={"COB": "_T"})}))


# =========================================================================== INE Bolivia
# INE Bolivia, Censo de Población y Vivienda 2012, "Características de la Población" (2015) and the census
# tables "BOLIVIA: POBLACION POR SEXO Y AREA SEGÚN DEPARTAMENTO" (capitals, "BOLIVIA" as the national row,
# comma thousands); lugar de nacimiento "En el lugar donde vive", "En otro lugar del país", "En el exterior".

def _ine_bo():
    dep = Dim("Departamento", [total("BOLIVIA"), Item("Chuquisaca", "+"), Item("La Paz", "+"), Item("Cochabamba", "+"),
                               Item("Oruro", "+"), Item("Potosí", "+"), Item("Tarija", "+"), Item("Santa Cruz", "+"),
                               Item("Beni", "+"), Item("Pando", "+")], None)
    nat = Dim("Lugar de nacimiento", [total("TOTAL"), Item("En el lugar donde vive", "N"), Item("En otro lugar del país", "N"),
                                      Item("En el exterior", "F"), Item("Sin especificar", "UNK")], "NATIVITY")
    cube = Cube([dep, nat, sex("Total", "Hombre", "Mujer")], seed="ine-bo-1", scale=400000)
    add(Layout("bo_ine_dpto_nacimiento_t00", "INE Bolivia", "BOL", 2012, "es", ("region-sum", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro", title=["BOLIVIA: POBLACIÓN EMPADRONADA POR LUGAR DE NACIMIENTO Y SEXO, SEGÚN DEPARTAMENTO, CENSO 2012"],
                                        rows=["Departamento"], cols=["Lugar de nacimiento", "Sexo"], stub=["DEPARTAMENTO"],
                                        footer=["Fuente: INSTITUTO NACIONAL DE ESTADÍSTICA"])),
               truth_of(cube, "T00")))

    cob = countries([("Argentina", "032"), ("Brasil", "076"), ("Perú", "604"), ("España", "724"), ("Estados Unidos", "840"),
                     ("Chile", "152"), ("Otros países", "OTH")], total_label="TOTAL", name="PAÍS DE NACIMIENTO")
    cube2 = Cube([cob, sex("Total", "Hombre", "Mujer")], seed="ine-bo-2", scale=40000)
    add(Layout("bo_ine_csv_comma_thousands", "INE Bolivia", "BOL", 2012, "es", ("encoding", "wide"), "csv",
               csvw(lambda: render_wide(cube2, name="c", title=["BOLIVIA: POBLACIÓN EMPADRONADA NACIDA EN EL EXTERIOR POR SEXO, SEGÚN PAÍS DE NACIMIENTO, CENSO 2012"],
                                        rows=["PAÍS DE NACIMIENTO"], cols=["Sexo"], stub=["PAÍS DE NACIMIENTO"]),
                    thousands=",", encoding="cp1252"),
               truth_of(cube2, "T01")))

    ms = Dim("Estado civil o conyugal", [total("Total"), Item("Soltero(a)", "1"), Item("Casado(a)", "2"),
                                         Item("Conviviente o concubino(a)", "3"), Item("Separado(a)", "4"),
                                         Item("Divorciado(a)", "5"), Item("Viudo(a)", "6"), Item("Sin especificar", "9")], "MARST")
    cob3 = countries([("Argentina", "032"), ("Brasil", "076"), ("Perú", "604"), ("Otros países", "OTH")], name="País de nacimiento")
    cube3 = Cube([cob3, sex("Total", "Hombre", "Mujer"), ms], seed="ine-bo-t02", scale=3000)
    add(Layout("bo_ine_t02_estado_civil", "INE Bolivia", "BOL", 2012, "es", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Cuadro", title=["BOLIVIA: POBLACIÓN DE 15 AÑOS O MÁS DE EDAD NACIDA EN EL EXTERIOR, POR ESTADO CIVIL O CONYUGAL, SEGÚN PAÍS DE NACIMIENTO Y SEXO, CENSO 2012"],
                                        rows=["País de nacimiento", "Sexo"], cols=["Estado civil o conyugal"],
                                        stub=["País de nacimiento", "Sexo"], stub_mode="first")),
               truth_of(cube3, "T02")))


# =========================================================================== Dutch-speaking Caribbean
# CBS Aruba, Fifth Population and Housing Census 2010 ("The foreign-born population of Aruba": sex, age,
# country of birth, period of settlement), English tables; CBS Curaçao, Census 2011 ("Demography of Curaçao",
# press release "Senso ta konta": geboorteland, Nederland, Dominicaanse Republiek, Colombia), Dutch tables;
# ABS Suriname, "Demografische Data" (bilingual Dutch/English, "Verklaring van symbolen: - Nul / Nil, n.a.
# Niet beschikbaar / Not available") and the 2012 census (districts Paramaribo, Wanica …), ages "0-14 jaar".

def _dutch_caribbean():
    cob = countries([("Colombia", "170"), ("Venezuela", "862"), ("Netherlands", "528"), ("Dominican Republic", "214"),
                     ("Curaçao", "531"), ("Peru", "604"), ("Other countries", "OTH"), ("Not reported", "UNK")],
                    name="Country of birth")
    a = ages([("0-14", "00-14"), ("15-64", "15-64"), ("65+", "65+")], name="Age group")
    cube = Cube([cob, sex("Total", "Male", "Female", name="Sex"), a], seed="aw-1", scale=2000,
                zeros=[{"Country of birth": "Not reported", "Age group": "65+"}])
    add(Layout("aw_cbs_cob_sex_age_en", "CBS Aruba", "ABW", 2010, "en", ("wide", "signs", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Table 3.2", title=["Table 3.2: Foreign-born population by country of birth, sex and age group, Census 2010"],
                                        rows=["Country of birth"], cols=["Sex", "Age group"], stub=["Country of birth"],
                                        footer=["Source: CBS Aruba, Fifth Population and Housing Census 2010."])),
               truth_of(cube, "T01")))

    per = Dim("Period of settlement", [total("Total"), Item("Before 1980", "<1980"), Item("1980-1989", "1980-1989"),
                                       Item("1990-1999", "1990-1999"), Item("2000-2010", "2000-2010"), Item("Not reported", "UNK")], "ARRIVAL")
    cob2 = countries([("Colombia", "170"), ("Venezuela", "862"), ("Netherlands", "528"), ("Other countries", "OTH")], name="Country of birth")
    cube2 = Cube([cob2, per], seed="aw-t04", scale=3000)
    add(Layout("aw_cbs_t04_settlement", "CBS Aruba", "ABW", 2010, "en", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube2, name="Table 3.5", title=["Table 3.5: Foreign-born population by country of birth and period of settlement in Aruba"],
                                        rows=["Country of birth"], cols=["Period of settlement"], stub=["Country of birth"])),
               truth_of(cube2, "T04")))

    cob3 = countries([("Nederland", "528"), ("Dominicaanse Republiek", "214"), ("Colombia", "170"), ("Haïti", "332"),
                      ("Jamaica", "388"), ("Venezuela", "862"), ("Suriname", "740"), ("Overige landen", "OTH"),
                      ("Onbekend", "UNK")], total_label="Totaal", name="Geboorteland")
    a3 = ages([("0-14 jaar", "00-14"), ("15-64 jaar", "15-64"), ("65 jaar en ouder", "65+")], total_label="Totaal", name="Leeftijd")
    cube3 = Cube([cob3, sex("Totaal", "Mannen", "Vrouwen", name="Geslacht"), a3], seed="cw-1", scale=3000)
    add(Layout("cw_cbs_geboorteland_nl", "CBS Curaçao", "CUW", 2011, "nl", ("wide", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Tabel 2", title=["Tabel 2: Bevolking geboren buiten Curaçao naar geboorteland, geslacht en leeftijd, Census 2011"],
                                        rows=["Geboorteland"], cols=["Geslacht", "Leeftijd"], stub=["Geboorteland"],
                                        footer=["Bron: CBS Curaçao, Census 2011"])),
               truth_of(cube3, "T01")))

    add(Layout("cw_cbs_transposed_nl", "CBS Curaçao", "CUW", 2011, "nl", ("transposed", "wide"), "xlsx",
               xlsx(lambda: render_wide(Cube([sex("Totaal", "Mannen", "Vrouwen", name="Geslacht"), a3, cob3], seed="cw-1", scale=3000),
                                        name="Tabel 3", title=["Tabel 3: Bevolking geboren buiten Curaçao naar geslacht en leeftijd, per geboorteland"],
                                        rows=["Geslacht", "Leeftijd"], cols=["Geboorteland"], stub=["Geslacht", "Leeftijd"], stub_mode="first")),
               truth_of(Cube([sex("Totaal", "Mannen", "Vrouwen", name="Geslacht"), a3, cob3], seed="cw-1", scale=3000), "T01")))

    cob4 = countries([("Guyana", "328"), ("Brazilië / Brazil", "076"), ("Frans-Guyana / French Guiana", "254"),
                      ("Nederland / Netherlands", "528"), ("China", "156"), ("Overige / Other", "OTH")],
                     total_label="Totaal / Total", name="Geboorteland / Country of birth")
    s4 = sex("Totaal / Total", "Mannen / Males", "Vrouwen / Females", name="Geslacht / Sex")
    cube4 = Cube([cob4, s4], seed="sr-1", scale=9000)
    hidden = [{"Geboorteland / Country of birth": "China", "Geslacht / Sex": "Vrouwen / Females"}]
    add(Layout("sr_abs_bilingual_na", "ABS Suriname", "SUR", 2012, "nl", ("wide", "signs", "footnotes"), "xlsx",
               xlsx(lambda: render_wide(cube4, name="Tabel 5", title=["Tabel 5 / Table 5: In het buitenland geboren bevolking naar geboorteland en geslacht / Foreign-born population by country of birth and sex, 2012"],
                                        rows=["Geboorteland / Country of birth"], cols=["Geslacht / Sex"],
                                        stub=["Geboorteland / Country of birth"], style=Style(signs=[(hidden[0], "n.a.")]),
                                        footer=["Verklaring van symbolen / Explanation of symbols", "- Nul / Nil",
                                                "n.a. Niet beschikbaar / Not available", "Bron / Source: ABS, Achtste Algemene Volkstelling 2012"])),
               truth_of(cube4, "T01", hidden=hidden)))

    dis = Dim("District", [total("Totaal Suriname"), Item("Paramaribo", "+"), Item("Wanica", "+"), Item("Nickerie", "+"),
                           Item("Commewijne", "+"), Item("Marowijne", "+"), Item("Sipaliwini", "+")], None)
    nat = Dim("Geboorteplaats", [total("Totaal"), Item("Geboren in Suriname", "N"), Item("Geboren in het buitenland", "F"),
                                 Item("Onbekend", "UNK")], "NATIVITY")
    cube5 = Cube([dis, nat], seed="sr-dis", scale=90000)
    add(Layout("sr_abs_district_t00", "ABS Suriname", "SUR", 2012, "nl", ("region-sum", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube5, name="Tabel 1", title=["Tabel 1: Bevolking naar geboorteplaats en district, Census 2012"],
                                        rows=["District"], cols=["Geboorteplaats"], stub=["District"])),
               truth_of(cube5, "T00")))


# =========================================================================== English-speaking Caribbean
# STATIN, Population and Housing Census 2011 (de jure; "Both Sexes", "Male", "Female", "Not Stated", parishes
# Kingston, St. Andrew …, "JAMAICA" as the national row); CSO Trinidad and Tobago, 2011 Population and Housing
# Census Demographic Report (municipalities "City of Port of Spain", "Borough of Arima" …, "65+" age groups,
# "Not Stated"); Barbados Statistical Service, 2010 Population and Housing Census (country of birth tables,
# comma thousands).

def _english_caribbean():
    cob = countries([("United States of America", "840"), ("United Kingdom", "826"), ("Canada", "124"), ("Cuba", "192"),
                     ("Haiti", "332"), ("Trinidad and Tobago", "780"), ("Other Countries", "OTH"), ("Not Stated", "UNK")],
                    name="Country of Birth")
    a = ages(five("{a}-{b}", "85 & Over"), name="Age Group")
    cube = Cube([a, sex("Both Sexes", "Male", "Female", name="Sex"), cob], seed="jm-1", scale=300)
    add(Layout("jm_statin_age_rows_cob_cols", "STATIN", "JAM", 2011, "en", ("transposed", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Table 8.3", title=["Table 8.3: Foreign-born population by five-year age group and sex, by country of birth: 2011"],
                                        rows=["Sex", "Age Group"], cols=["Country of Birth"], stub=["Sex", "Age Group"], stub_mode="first",
                                        footer=["Source: STATIN, Population and Housing Census 2011"])),
               truth_of(cube, "T01")))

    par = Dim("Parish", [total("JAMAICA"), Item("Kingston", "+"), Item("St. Andrew", "+"), Item("St. Catherine", "+"),
                         Item("St. James", "+"), Item("Manchester", "+")], None)
    nat = Dim("Place of Birth", [total("Total"), Item("Born in Jamaica", "N"), Item("Born Abroad", "F"), Item("Not Stated", "UNK")], "NATIVITY")
    cube2 = Cube([par, nat, sex("Both Sexes", "Male", "Female", name="Sex")], seed="jm-par", scale=200000)
    pcodes = {"JAMAICA": "", "Kingston": "01", "St. Andrew": "02", "St. Catherine": "14", "St. James": "08", "Manchester": "12"}

    def grid2():
        g = render_wide(cube2, name="Table 2.1", title=["Table 2.1: Population by place of birth and sex, by parish: 2011"],
                        rows=["Parish"], cols=["Place of Birth", "Sex"], stub=["Parish"])
        g.rows[1].insert(0, "")
        g.rows[2].insert(0, "Parish Code")
        for row in g.rows[3:]:
            row.insert(0, pcodes[row[0]])
        # the header cells moved one column right: so do their merged ranges
        g.merges = [(r0, c0 + 1, r1, c1 + 1) if r0 >= 1 else (r0, c0, r1, c1 + 1) for r0, c0, r1, c1 in g.merges]
        return g
    add(Layout("jm_statin_parish_code_name", "STATIN", "JAM", 2011, "en", ("code-name", "region-sum", "total-names", "wide"), "xlsx",
               xlsx(grid2), truth_of(cube2, "T00")))

    cob3 = countries([("Grenada", "308"), ("St. Vincent and the Grenadines", "670"), ("Guyana", "328"), ("Venezuela", "862"),
                      ("United States", "840"), ("United Kingdom", "826"), ("Other Countries", "OTH"), ("Not Stated", "UNK")],
                     name="Country of Birth")
    a3 = ages([("0-14", "00-14"), ("15-64", "15-64"), ("65+", "65+"), ("Not Stated", "UNK")], name="Age Group")
    cube3 = Cube([a3, cob3], seed="tt-1", scale=4000)
    add(Layout("tt_cso_age_by_country_cols", "CSO Trinidad and Tobago", "TTO", 2011, "en", ("transposed", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Table 5.2", title=["Table 5.2: Foreign Born Population by Age Group and Country of Birth, 2011"],
                                        rows=["Age Group"], cols=["Country of Birth"], stub=["Age Group"])),
               truth_of(cube3, "T01")))

    mun = Dim("Municipality", [total("Trinidad and Tobago"), Item("City of Port of Spain", "+"), Item("City of San Fernando", "+"),
                               Item("Borough of Arima", "+"), Item("Borough of Chaguanas", "+"), Item("Tobago", "+")], None)
    cob4 = countries([("Grenada", "308"), ("Guyana", "328"), ("Venezuela", "862"), ("Other Countries", "OTH")], name="Country of Birth")
    cube4 = Cube([mun, cob4, sex("Total", "Male", "Female", name="Sex")], seed="tt-mun", scale=3000)
    add(Layout("tt_cso_municipality_blocks", "CSO Trinidad and Tobago", "TTO", 2011, "en", ("stacked", "region-sum", "total-names"), "xlsx",
               xlsx(lambda: render_blocks(cube4, name="Table 5.4", block="Municipality", rows=["Country of Birth"], cols=["Sex"],
                                          stub=["Country of Birth"], header_each=True,
                                          title=["Table 5.4: Foreign Born Population by Country of Birth and Sex, by Municipality, 2011"])),
               truth_of(cube4, "T01")))

    cob5 = countries([("Guyana", "328"), ("St. Lucia", "662"), ("St. Vincent and the Grenadines", "670"), ("Trinidad and Tobago", "780"),
                      ("United Kingdom", "826"), ("United States of America", "840"), ("Canada", "124"), ("Other", "OTH"),
                      ("Not Stated", "UNK")], name="Country of Birth", total_first=False)
    cube5 = Cube([cob5, sex("Total", "Male", "Female", name="Sex")], seed="bb-1", scale=9000)
    add(Layout("bb_bss_csv_total_last", "Barbados Statistical Service", "BRB", 2010, "en", ("encoding", "wide"), "csv",
               csvw(lambda: render_wide(cube5, name="c", title=["Table 4: Population born outside Barbados by country of birth and sex, 2010 Census"],
                                        rows=["Country of Birth"], cols=["Sex"], stub=["Country of Birth"]),
                    thousands=",", quote_all=True),
               truth_of(cube5, "T01")))

    act = Dim("Activity Status", [total("Total"), Item("Employed", "1"), Item("Unemployed", "2"),
                                  Item("Not in the Labour Force", "3"), Item("Not Stated", "9")], "ACT")
    cob6 = countries([("Guyana", "328"), ("St. Lucia", "662"), ("United Kingdom", "826"), ("Other", "OTH")], name="Country of Birth")
    cube6 = Cube([cob6, sex("Total", "Male", "Female", name="Sex"), act], seed="bb-t07", scale=2000)
    add(Layout("bb_bss_t07_activity", "Barbados Statistical Service", "BRB", 2010, "en", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube6, name="Table 9", title=["Table 9: Foreign-born population 15 years and over by activity status, country of birth and sex"],
                                        rows=["Country of Birth", "Sex"], cols=["Activity Status"], stub=["Country of Birth", "Sex"],
                                        stub_mode="first")),
               truth_of(cube6, "T07")))


# =========================================================================== IHSI (Haiti), French
# IHSI, 4e Recensement Général de la Population et de l'Habitat 2003: "Population née à l'étranger selon le
# pays de naissance et le sexe", "Ensemble", "Hommes", "Femmes", "Non déclaré", "65 ans et plus".

def _ihsi():
    cob = countries([("République Dominicaine", "214"), ("États-Unis", "840"), ("Canada", "124"), ("France", "250"),
                     ("Cuba", "192"), ("Autres pays", "OTH"), ("Non déclaré", "UNK")], total_label="Ensemble",
                    name="Pays de naissance")
    a = ages([("0-14 ans", "00-14"), ("15-64 ans", "15-64"), ("65 ans et plus", "65+")], total_label="Ensemble", name="Groupe d'âges")
    cube = Cube([cob, sex("Ensemble", "Hommes", "Femmes"), a], seed="ht-1", scale=3000)
    add(Layout("ht_ihsi_fr_cob_sex_age", "IHSI", "HTI", 2003, "fr", ("wide", "open-ages", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Tableau 6", title=["Tableau 6 : Population née à l'étranger selon le pays de naissance, le sexe et le groupe d'âges, RGPH 2003"],
                                        rows=["Pays de naissance"], cols=["Sexo", "Groupe d'âges"], stub=["Pays de naissance"],
                                        footer=["Source : IHSI, 4e RGPH 2003"])),
               truth_of(cube, "T01")))

    cube2 = Cube([sex("Ensemble", "Hommes", "Femmes"), cob], seed="ht-2", scale=3000)
    add(Layout("ht_ihsi_fr_csv_semicolon", "IHSI", "HTI", 2003, "fr", ("long", "encoding"), "csv",
               csvw(lambda: render_long(cube2, name="x", columns=[("Pays de naissance", "Pays de naissance"), ("Sexe", "Sexo")],
                                        value_header="Effectif"), delimiter=";", encoding="cp1252"),
               truth_of(cube2, "T01")))


# =========================================================================== REDATAM+SP outputs
# REDATAM+SP (CELADE) output as the census web engines and the desktop program save it: one block per area
# ("AREA # 02007  Almirante Brown"), frequencies with "Casos", "%", "Acumulado %", cross-tabs whose header ends
# in "Total", "RESUMEN" with all areas together, "Tabla vacía", "Procesado con Redatam+SP, CEPAL/CELADE" below.
# Used by INEI (Censos 2017 REDATAM), INEC Ecuador (Censo 2010), INE Chile, DANE and others.

def _redatam_freq(title: str, areas: list[tuple[str, str, dict]], var: str, cats: list[str], resumen: dict | None,
                  empty: list[tuple[str, str]] = ()) -> Grid:
    g = Grid("Redatam")
    g.add(title)
    g.add("")
    blocks = list(areas) + [(code, name, None) for code, name in empty]
    for code, name, counts in blocks:
        g.add(f"AREA # {code}", name)
        g.add("")
        if counts is None:
            g.add("Tabla vacía")
            g.add("")
            continue
        _freq_block(g, var, cats, counts)
    if resumen is not None:
        g.add("RESUMEN")
        g.add("")
        _freq_block(g, var, cats, resumen)
    g.add("Procesado con Redatam+SP, CEPAL/CELADE 2003-2020")
    return g


def _freq_block(g: Grid, var: str, cats: list[str], counts: dict) -> None:
    g.add(var)
    g.add("Categorías", "Casos", "%", "Acumulado %")
    tot = sum(counts.values())
    acc = 0.0
    for c in cats:
        pct = round(100 * counts[c] / tot, 2)
        acc = round(acc + pct, 2)
        g.add(c, counts[c], pct, acc)
    g.add("Total", tot, 100.0, 100.0)
    g.add("")


def _redatam_cross(title: str, blocks: list[tuple[str, str, Cube | None]], rowdim: str, coldim: str, resumen: Cube | None) -> Grid:
    g = Grid("Redatam")
    g.add(title)
    g.add("")
    for code, name, cube in blocks + ([("RESUMEN", "", resumen)] if resumen is not None else []):
        if code == "RESUMEN":
            g.add("RESUMEN")
        else:
            g.add(f"AREA # {code}", name)
        g.add("")
        if cube is None:
            g.add("Tabla vacía")
            g.add("")
            continue
        rd = next(d for d in cube.dims if d.name == rowdim)
        cd = next(d for d in cube.dims if d.name == coldim)
        cols = [it for it in cd.items if not getattr(it, "_total", False)] + [next(it for it in cd.items if getattr(it, "_total", False))]
        rows = [it for it in rd.items if not getattr(it, "_total", False)] + [next(it for it in rd.items if getattr(it, "_total", False))]
        g.add("", cd.name)
        g.add(rd.name, *[c.label for c in cols])
        for r in rows:
            g.add(r.label, *[cube.value({rd.name: r.label, cd.name: c.label}) for c in cols])
        g.add("")
    g.add("Procesado con Redatam+SP, CEPAL/CELADE 2003-2020")
    return g


def _redatam():
    # frequency of country of birth for the whole country (one area), with % and cumulative %
    cats = ["Colombia", "Perú", "Estados Unidos", "España", "Cuba", "Otro país"]
    codes = {"Colombia": "170", "Perú": "604", "Estados Unidos": "840", "España": "724", "Cuba": "192", "Otro país": "OTH"}
    counts = {c: 1000 + 7919 * (i + 1) % 9000 for i, c in enumerate(cats)}
    truth = {"T01": {(("COB", codes[c]), ("SEX", "_T"), ("AGE", "_T")): counts[c] for c in cats}}
    truth["T01"][(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T"))] = sum(counts.values())
    add(Layout("redatam_freq_pct_ecuador", "REDATAM+SP (INEC Ecuador)", "ECU", 2010, "es", ("redatam", "measure"), "xlsx",
               xlsx(lambda: _redatam_freq("Frecuencia de País de nacimiento (nacidos en otro país)", [("0", "ECUADOR", counts)],
                                          "País de nacimiento", cats, None)),
               truth))

    # cross-tab country of birth × sex in several department areas plus RESUMEN (the country)
    def dep_cube(seed):
        return Cube([countries([("Venezuela", "862"), ("Colombia", "170"), ("Argentina", "032"), ("Bolivia", "068")], name="País de nacimiento"),
                     sex("Total", "Hombre", "Mujer")], seed=seed, scale=5000)
    deps = [("15", "LIMA", dep_cube("r-lima")), ("04", "AREQUIPA", dep_cube("r-areq")), ("23", "TACNA", dep_cube("r-tacna"))]
    resumen = _sum_cubes([c for _a, _b, c in deps])
    add(Layout("redatam_cross_areas_resumen_peru", "REDATAM+SP (INEI)", "PER", 2017, "es", ("redatam", "region-sum"), "xlsx",
               xlsx(lambda: _redatam_cross("Cruce de País de nacimiento por Sexo", deps, "País de nacimiento", "Sexo", resumen)),
               {"T01": _truth_table(resumen, "T01")}))

    # the same without RESUMEN: three departments are not the country — ask
    add(Layout("redatam_cross_areas_no_resumen_ask", "REDATAM+SP (INE Bolivia)", "BOL", 2012, "es", ("redatam", "ambiguous", "region-sum"), "xlsx",
               xlsx(lambda: _redatam_cross("Cruce de País de nacimiento por Sexo", deps, "País de nacimiento", "Sexo", None)),
               {}, expect="ask",
               why="three departments without a RESUMEN are not the country: their sum is not the national table"))

    # frequencies per province with an empty area and a RESUMEN, saved as CSV by the web engine
    cats2 = ["Nicaragua", "Colombia", "Estados Unidos", "Otros países"]
    codes2 = {"Nicaragua": "558", "Colombia": "170", "Estados Unidos": "840", "Otros países": "OTH"}
    per_area = [("1", "San José", {c: 500 + 331 * (i + 3) for i, c in enumerate(cats2)}),
                ("2", "Alajuela", {c: 400 + 227 * (i + 5) for i, c in enumerate(cats2)})]
    res2 = {c: sum(a[2][c] for a in per_area) for c in cats2}
    truth2 = {"T01": {(("COB", codes2[c]), ("SEX", "_T"), ("AGE", "_T")): res2[c] for c in cats2}}
    truth2["T01"][(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T"))] = sum(res2.values())
    add(Layout("redatam_freq_areas_empty_resumen_csv", "REDATAM+SP (INEC Costa Rica)", "CRI", 2011, "es", ("redatam", "measure", "region-sum"), "csv",
               csvw(lambda: _redatam_freq("Frecuencia de País de nacimiento", per_area, "País de nacimiento", cats2, res2,
                                          empty=[("7", "Limón")]), encoding="cp1252", delimiter=";", decimal=","),
               truth2))

    # a single-area cross-tab age × sex of the foreign-born saved as HTML
    a = ages([("0 - 14", "00-14"), ("15 - 64", "15-64"), ("65 y más", "65+")])
    cubeh = Cube([a, sex("Total", "Hombre", "Mujer")], seed="r-html", scale=8000)
    add(Layout("redatam_cross_edad_sexo_html", "REDATAM+SP (ONE)", "DOM", 2010, "es", ("redatam", "open-ages"), "html",
               lambda path: write_html(path, [_redatam_cross("Cruce de Edad por Sexo. Filtro: nacidos en el extranjero",
                                                             [("0", "REPÚBLICA DOMINICANA", cubeh)], "Edad", "Sexo", None)],
                                       thousands=""),
               {"T01": cubeh.truth("T01", extra_dims={"COB": "_T"})}))

    # the Chile web engine: country of birth × sex, one area, CSV UTF-8
    cubec = Cube([countries([("Perú", "604"), ("Colombia", "170"), ("Venezuela", "862"), ("Haití", "332")], name="País de nacimiento"),
                  sex("Total", "Hombre", "Mujer")], seed="r-cl", scale=40000)
    add(Layout("redatam_cross_chile_csv", "REDATAM+SP (INE Chile)", "CHL", 2017, "es", ("redatam",), "csv",
               csvw(lambda: _redatam_cross("Cruce de País de nacimiento por Sexo", [("00", "TOTAL PAÍS", cubec)], "País de nacimiento", "Sexo", None)),
               {"T01": _truth_table(cubec, "T01")}))


def _sum_cubes(cubes: list[Cube]) -> Cube:
    """A cube whose leaves are the sums of the areas' leaves (the RESUMEN block)."""
    class Summed(Cube):
        def leaf_value(self, leaves):
            return sum(c.leaf_value(leaves) for c in cubes)
    return Summed(cubes[0].dims, seed="sum")


def _truth_table(cube: Cube, table: str) -> dict:
    return cube.truth(table)


# --------------------------------------------------------------------------- more shapes of the same offices

def _more():
    # INDEC: a "Países limítrofes" national grouping over its member countries (a national subtotal)
    cob = countries([
        group("Países limítrofes", "N:Países limítrofes", "Bolivia", "Brasil", "Chile", "Paraguay", "Uruguay"),
        ("Bolivia", "068"), ("Brasil", "076"), ("Chile", "152"), ("Paraguay", "600"), ("Uruguay", "858"),
        group("Países no limítrofes (América)", "N:Países no limítrofes (América)", "Perú", "Venezuela", "Colombia"),
        ("Perú", "604"), ("Venezuela", "862"), ("Colombia", "170"),
        ("Resto del mundo", "OTH"),
    ], name="Lugar de nacimiento")
    cube = Cube([cob, sex("Total", "Varón", "Mujer", order="fm")], seed="indec-lim", scale=90000)
    add(Layout("ar_indec_paises_limitrofes", "INDEC", "ARG", 2022, "es", ("wide", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro 4", title=["Cuadro 4. Total del país. Población nacida en el extranjero por sexo, según lugar de nacimiento. Año 2022"],
                                        rows=["Lugar de nacimiento"], cols=["Sexo"], stub=["Lugar de nacimiento"])),
               truth_of(cube, "T01")))

    # INE Chile: long table with region code and name, five-year ages, "Total País" rows with code 0
    region = Dim("Región", [total("Total País"), Item("Arica y Parinacota", "+"), Item("Tarapacá", "+"), Item("Antofagasta", "+")], None)
    a = ages(five("{a} a {b} años", "85 años o más"), name="Grupo de edad")
    cob2 = countries([("Perú", "604"), ("Bolivia", "068"), ("Colombia", "170")], name="País de nacimiento")
    cube2 = Cube([region, cob2, a], seed="ine-cl-long", scale=800)
    rcodes = {"Total País": 0, "Arica y Parinacota": 15, "Tarapacá": 1, "Antofagasta": 2}

    def grid2():
        g = render_long(cube2, name="x", columns=[("Nombre región", "Región"), ("País de nacimiento", "País de nacimiento"),
                                                  ("Grupo de edad", "Grupo de edad")], value_header="Inmigrantes internacionales")
        g.rows[0].insert(0, "Código región")
        for row in g.rows[1:]:
            row.insert(0, rcodes[row[0]])
        return g
    add(Layout("cl_ine_long_region_code_ages", "INE Chile", "CHL", 2017, "es", ("code-name", "long", "open-ages", "total-names", "region-sum"), "xlsx",
               xlsx(grid2), truth_of(cube2, "T01")))

    # DANE: countries as columns, sex × age rows, merged sex column
    cob3 = countries([("Venezuela", "862"), ("Ecuador", "218"), ("Estados Unidos", "840"), ("Otros países", "OTH")], name="País de nacimiento")
    a3 = ages([("De 0 a 14 años", "00-14"), ("De 15 a 64 años", "15-64"), ("De 65 años y más", "65+")], name="Grupos de edad")
    cube3 = Cube([sex("Total", "Hombres", "Mujeres"), a3, cob3], seed="dane-tr", scale=40000)
    add(Layout("co_dane_transposed_merged_sex", "DANE", "COL", 2018, "es", ("transposed", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube3, name="Cuadro 3", title=["Población nacida en otro país por país de nacimiento, según sexo y grupos de edad. Total nacional"],
                                        rows=["Sexo", "Grupos de edad"], cols=["País de nacimiento"], stub=["Sexo", "Grupos de edad"],
                                        stub_mode="merge")),
               truth_of(cube3, "T01")))

    # INEI: stacked blocks per sex, block titles "HOMBRES" / "MUJERES" in capitals
    cob4 = Dim("País de nacimiento", [total("TOTAL"), Item("VENEZUELA", "862"), Item("COLOMBIA", "170"), Item("BOLIVIA", "068"),
                                      Item("OTRO PAÍS", "OTH")], "COB")
    a4 = ages([("De 0 a 14 años", "00-14"), ("De 15 a 64 años", "15-64"), ("De 65 y más años", "65+")], name="Grandes grupos de edad")
    s4 = sex("TOTAL", "HOMBRES", "MUJERES")
    cube4 = Cube([s4, cob4, a4], seed="inei-blocks", scale=20000)
    add(Layout("pe_inei_blocks_by_sex", "INEI", "PER", 2017, "es", ("stacked", "open-ages"), "xlsx",
               xlsx(lambda: render_blocks(cube4, name="C8", block="Sexo", rows=["País de nacimiento"], cols=["Grandes grupos de edad"],
                                          stub=["País de nacimiento"],
                                          title=["CUADRO Nº 8: POBLACIÓN CENSADA NACIDA EN OTRO PAÍS, POR GRANDES GRUPOS DE EDAD, SEGÚN SEXO Y PAÍS DE NACIMIENTO"])),
               truth_of(cube4, "T01")))

    # SIDRA: sex in rows, countries in columns, with ".." (não se aplica) where a table has no data for a cell
    cob5 = countries([("Portugal", "620"), ("Japão", "392"), ("Outros países", "OTH")], name="País de nascimento")
    cube5 = Cube([sex("Total", "Homens", "Mulheres"), cob5], seed="sidra-dots", scale=80000)
    hidden5 = [{"Sexo": "Mulheres", "País de nascimento": "Japão"}]
    add(Layout("br_sidra_dots_sign", "IBGE", "BRA", 2010, "pt", ("signs", "transposed"), "csv",
               csvw(lambda: render_wide(cube5, name="t", title=["Tabela 635 - População residente nascida no exterior, por país de nascimento e sexo",
                                                                 "Variável - População residente (Pessoas)"],
                                        rows=["Sexo"], cols=["País de nascimento"], stub=["Sexo"], style=Style(signs=[(hidden5[0], "...")]),
                                        footer=["Fonte: IBGE - Censo Demográfico", "Símbolo ... : Dado numérico não disponível."]),
                    encoding="latin-1", delimiter=";"),
               truth_of(cube5, "T01", hidden=hidden5)))

    # STATIN: country rows with footnote marks "1/" and an "x" suppressed cell
    cob6 = countries([("United States of America 1/", "840"), ("United Kingdom", "826"), ("Canada", "124"), ("China 2/", "156"),
                      ("India", "356"), ("Other Countries", "OTH")], name="Country of Birth")
    cube6 = Cube([cob6, sex("Both Sexes", "Male", "Female", name="Sex")], seed="jm-fn", scale=5000)
    hidden6 = [{"Country of Birth": "India", "Sex": "Female"}]
    add(Layout("jm_statin_footnote_marks_x", "STATIN", "JAM", 2011, "en", ("footnotes", "signs"), "xlsx",
               xlsx(lambda: render_wide(cube6, name="Table 8.1", title=["Table 8.1: Foreign-born population by country of birth and sex: 2011"],
                                        rows=["Country of Birth"], cols=["Sex"], stub=["Country of Birth"], style=Style(signs=[(hidden6[0], "x")]),
                                        footer=["1/ Includes Puerto Rico and the US Virgin Islands.", "2/ Includes Hong Kong.",
                                                "x Suppressed to protect confidentiality."])),
               truth_of(cube6, "T01", hidden=hidden6)))

    # INEGI: countries with "Estados Unidos de América", sex columns, entidad blocks as title rows
    ent = Dim("Entidad federativa", [total("Estados Unidos Mexicanos"), Item("Baja California", "+"), Item("Chihuahua", "+"),
                                     Item("Jalisco", "+")], None)
    cob7 = countries([("Estados Unidos de América", "840"), ("Guatemala", "320"), ("España", "724"), ("Otros países", "OTH"),
                      ("No especificado", "UNK")], name="País de nacimiento")
    cube7 = Cube([ent, cob7, sex("Total", "Hombres", "Mujeres")], seed="inegi-blocks", scale=30000)
    add(Layout("mx_inegi_entidad_blocks", "INEGI", "MEX", 2020, "es", ("stacked", "region-sum", "total-names"), "xlsx",
               xlsx(lambda: render_blocks(cube7, name="05", block="Entidad federativa", rows=["País de nacimiento"], cols=["Sexo"],
                                          stub=["País de nacimiento"], title=["Población nacida en otro país por entidad federativa y país de nacimiento según sexo"])),
               truth_of(cube7, "T01")))

    # INEC Ecuador: the country heading rows with sex rows below (nested stub), ages as columns
    cob8 = countries([("COLOMBIA", "170"), ("PERÚ", "604"), ("ESTADOS UNIDOS", "840"), ("OTROS", "OTH")], total_label="TOTAL",
                     name="País de nacimiento")
    s8 = sex("Total", "Hombre", "Mujer")
    a8 = ages([("Menor de 1 año", "00-04"), ("De 1 a 4 años", "00-04"), ("De 5 a 14 años", "05-14"), ("De 15 a 64 años", "15-64"),
               ("De 65 años y más", "65+")], name="Grupos de edad")
    cube8 = Cube([cob8, s8, a8], seed="ec-nested", scale=6000)
    add(Layout("ec_inec_nested_sex_rows", "INEC Ecuador", "ECU", 2010, "es", ("nested-stub", "open-ages"), "xlsx",
               xlsx(lambda: render_nested(cube8, name="Cuadro", outer="País de nacimiento", inner="Sexo", cols=["Grupos de edad"],
                                          stub="País de nacimiento y sexo", title=["Población nacida en otro país por grupos de edad, según país de nacimiento y sexo"])),
               truth_of(cube8, "T01")))

    # ONE: T05 with "No había nacido" and the provinces of the country as separate columns
    res = Dim("Lugar de residencia hace 5 años", [
        total("Total", None),
        virtual("_T", "En la misma provincia", "En otra provincia", "En otro país", "No declarado"),
        Item("En la misma provincia", "NAT"), Item("En otra provincia", "NAT"), Item("En otro país", "OTH"),
        Item("No declarado", "UNK"), Item("No había nacido", None)], "RES5")
    a9 = ages([("0-4", None), ("5-14", "05-14"), ("15-64", "15-64"), ("65 y más", "65+")], name="Grupos de edad")
    cube9 = Cube([a9, res], seed="one-t05", scale=300000,
                 zeros=[{"Grupos de edad": "0-4", "Lugar de residencia hace 5 años": x} for x in
                        ("En la misma provincia", "En otra provincia", "En otro país", "No declarado")]
                 + [{"Grupos de edad": x, "Lugar de residencia hace 5 años": "No había nacido"} for x in ("5-14", "15-64", "65 y más")])
    t9 = cube9.truth("T05")
    # the total over ages of the aged-5+ universe excludes the under-5 row
    add(Layout("do_one_t05_no_habia_nacido_ages", "ONE", "DOM", 2010, "es", ("t05-columns", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube9, name="Cuadro 5.1", title=["Población por lugar de residencia hace cinco años, según grupos de edad, 2010"],
                                        rows=["Grupos de edad"], cols=["Lugar de residencia hace 5 años"], stub=["Grupos de edad"])),
               {"T05": t9}))

    # CBS Aruba: long CSV of the statistical database, English, semicolons
    cob10 = countries([("Colombia", "170"), ("Venezuela", "862"), ("Netherlands", "528"), ("Other countries", "OTH")], name="Country of birth")
    cube10 = Cube([cob10, sex("Total", "Male", "Female", name="Sex")], seed="aw-long", scale=6000)
    add(Layout("aw_cbs_long_csv", "CBS Aruba", "ABW", 2010, "en", ("long",), "csv",
               csvw(lambda: render_long(cube10, name="x", columns=[("Country of birth", "Country of birth"), ("Sex", "Sex")],
                                        value_header="Persons"), delimiter=";"),
               truth_of(cube10, "T01")))

    # ABS Suriname: Dutch five-year ages "0-4 jaar" … "85 jaar en ouder" for the foreign-born, T01 with COB total only
    a11 = ages(five("{a}-{b} jaar", "85 jaar en ouder"), total_label="Totaal", name="Leeftijdsgroep")
    cube11 = Cube([a11, sex("Totaal", "Mannen", "Vrouwen", name="Geslacht")], seed="sr-ages", scale=900)
    add(Layout("sr_abs_leeftijd_jaar_en_ouder", "ABS Suriname", "SUR", 2012, "nl", ("open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube11, name="Tabel 7", title=["Tabel 7: In het buitenland geboren bevolking naar leeftijdsgroep en geslacht, Census 2012"],
                                        rows=["Leeftijdsgroep"], cols=["Geslacht"], stub=["Leeftijdsgroep"])),
               {"T01": cube11.truth("T01", extra_dims={"COB": "_T"})}))

    # CSO Trinidad and Tobago: T05 "Usual residence five years ago" across columns, "Not born" column
    res12 = Dim("Usual Residence in 2006", [
        total("Total", None),
        virtual("_T", "Same Municipality", "Other Municipality", "Abroad", "Not Stated"),
        Item("Same Municipality", "NAT"), Item("Other Municipality", "NAT"), Item("Abroad", "OTH"), Item("Not Stated", "UNK"),
        Item("Not Born", None)], "RES5")
    cube12 = Cube([sex("Both Sexes", "Male", "Female", name="Sex"), res12], seed="tt-t05", scale=400000)
    add(Layout("tt_cso_t05_not_born", "CSO Trinidad and Tobago", "TTO", 2011, "en", ("t05-columns",), "xlsx",
               xlsx(lambda: render_wide(cube12, name="Table 7.1", title=["Table 7.1: Population by usual residence five years before the census (2006) and sex"],
                                        rows=["Sex"], cols=["Usual Residence in 2006"], stub=["Sex"])),
               truth_of(cube12, "T05")))

    # Barbados: several tables on one sheet (T00 nativity block above a T01 country block)
    place = Dim("Place of Birth", [
        total("Total Population", {"T00": "_T", "T01": None}),
        Item("Born in Barbados", {"T00": "N", "T01": None}),
        group("Born Outside Barbados", {"T00": "F", "T01": "_T"}, "Guyana", "St. Lucia", "United Kingdom", "Other"),
        Item("Guyana", {"T00": None, "T01": "328"}), Item("St. Lucia", {"T00": None, "T01": "662"}),
        Item("United Kingdom", {"T00": None, "T01": "826"}), Item("Other", {"T00": None, "T01": "OTH"}),
        Item("Not Stated", {"T00": "UNK", "T01": None})], {"T00": "NATIVITY", "T01": "COB"})
    cube13 = Cube([place, sex("Total", "Male", "Female", name="Sex")], seed="bb-2t", scale=120000)
    add(Layout("bb_bss_nativity_and_cob", "Barbados Statistical Service", "BRB", 2010, "en", ("several-tables", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube13, name="Table 2", title=["Table 2: Population by place of birth and sex, 2010"],
                                        rows=["Place of Birth"], cols=["Sex"], stub=["Place of Birth"])),
               truth_of(cube13, "T00", "T01")))

    # INE Bolivia: "Población empadronada" as the total of a T00 by age, "De 95 años o más"
    nat14 = Dim("Lugar de nacimiento", [total("Población empadronada"), Item("Nacidos en Bolivia", "N"), Item("Nacidos en el exterior", "F")], "NATIVITY")
    a14 = ages([(f"De {x} a {x + 4} años", f"{x:02d}-{x + 4:02d}") for x in range(0, 85, 5)] +
               [("De 85 a 89 años", "85+"), ("De 90 a 94 años", "85+"), ("De 95 años o más", "85+")], name="Grupo de edad")
    cube14 = Cube([a14, nat14], seed="bo-t00", scale=400000)
    add(Layout("bo_ine_poblacion_empadronada_t00", "INE Bolivia", "BOL", 2012, "es", ("total-names", "open-ages"), "xlsx",
               xlsx(lambda: render_wide(cube14, name="Cuadro 2", title=["BOLIVIA: POBLACIÓN EMPADRONADA POR LUGAR DE NACIMIENTO, SEGÚN GRUPO DE EDAD, CENSO 2012"],
                                        rows=["Grupo de edad"], cols=["Lugar de nacimiento"], stub=["GRUPO DE EDAD"])),
               truth_of(cube14, "T00")))

    # INEC Costa Rica: a table whose rows are numeric country codes only, no labels: ask
    cobc = Dim("País", [Item("558", None), Item("170", None), Item("840", None), Item("591", None)], None)
    cube15 = Cube([cobc, sex("Total", "Hombres", "Mujeres")], seed="cr-codes", scale=9000)
    add(Layout("cr_inec_codes_only_ask", "INEC Costa Rica", "CRI", 2011, "es", ("ambiguous",), "csv",
               csvw(lambda: render_wide(cube15, name="c", title=[], rows=["País"], cols=["Sexo"], stub=["País"])),
               {}, expect="ask", why="numeric codes of an unnamed national list: which country each stands for is for a person to say"))

    # IHSI: French open-ended ages "85 ans et plus" in five-year groups, T00
    nat16 = Dim("Lieu de naissance", [total("Ensemble"), Item("Né en Haïti", "N"), Item("Né à l'étranger", "F"), Item("Non déclaré", "UNK")], "NATIVITY")
    a16 = ages(five("{a}-{b} ans", "85 ans et plus"), total_label="Ensemble", name="Groupe d'âges")
    cube16 = Cube([a16, nat16], seed="ht-t00", scale=200000)
    add(Layout("ht_ihsi_t00_ans_et_plus", "IHSI", "HTI", 2003, "fr", ("open-ages", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube16, name="Tableau 2", title=["Tableau 2 : Population selon le groupe d'âges et le lieu de naissance"],
                                        rows=["Groupe d'âges"], cols=["Lieu de naissance"], stub=["Groupe d'âges"])),
               truth_of(cube16, "T00")))

    # DANE: T04 "Año de llegada" single years 2013 … 2018 with "Antes de 2013" and "No informa"
    arr = Dim("Año de llegada a Colombia", [total("Total"), Item("Antes de 2013", "<2013")] +
              [Item(str(y), f"{y}-{y}") for y in range(2013, 2019)] + [Item("No informa", "UNK")], "ARRIVAL")
    cob17 = countries([("Venezuela", "862"), ("Ecuador", "218"), ("Otros países", "OTH")], name="País de nacimiento")
    cube17 = Cube([cob17, arr], seed="dane-t04", scale=30000)
    add(Layout("co_dane_t04_anio_llegada", "DANE", "COL", 2018, "es", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube17, name="Llegada", title=["Población nacida en otro país por año de llegada a Colombia, según país de nacimiento"],
                                        rows=["País de nacimiento"], cols=["Año de llegada a Colombia"], stub=["País de nacimiento"])),
               truth_of(cube17, "T04")))

    # INE Chile: two tables side by side on one sheet (T01 by sex, then T04 by period) — one source, several tables
    cob18 = countries([("Perú", "604"), ("Colombia", "170"), ("Venezuela", "862")], name="País de nacimiento")
    per18 = Dim("Período de llegada", [total("Total"), Item("Antes de 1990", "<1990"), Item("1990-1999", "1990-1999"),
                                       Item("2000-2009", "2000-2009"), Item("2010-2017", "2010-2017"), Item("Ignorado", "UNK")], "ARRIVAL")
    cube18 = Cube([cob18, per18], seed="cl-t04", scale=20000)
    add(Layout("cl_ine_t04_periodo_llegada", "INE Chile", "CHL", 2017, "es", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube18, name="Llegada", title=["Inmigrantes internacionales por período de llegada a Chile, según país de nacimiento"],
                                        rows=["País de nacimiento"], cols=["Período de llegada"], stub=["País de nacimiento"])),
               truth_of(cube18, "T04")))


# --------------------------------------------------------------------------- thinner classes: more of each

def _more2():
    # INEGI: the workbook opens on an "Índice" sheet listing its tables; the table is on sheet "01"
    cob = countries([("Estados Unidos de América", "840"), ("Guatemala", "320"), ("Venezuela", "862"), ("Colombia", "170"),
                     ("Otros países", "OTH")], name="País de nacimiento")
    cube = Cube([cob, sex("Total", "Hombres", "Mujeres")], seed="inegi-idx", scale=90000)

    def index():
        g = Grid("Índice")
        g.extend(["Censo de Población y Vivienda 2020", "Tabulados del cuestionario básico", "Migración", "",
                  ["01", "Población nacida en otro país por país de nacimiento según sexo"],
                  ["", "Fuente: INEGI. Censo de Población y Vivienda 2020."]])
        return g
    add(Layout("mx_inegi_workbook_indice_sheet", "INEGI", "MEX", 2020, "es", ("wide", "several-tables"), "xlsx",
               xlsx(index, lambda: render_wide(cube, name="01", title=["Población nacida en otro país por país de nacimiento según sexo", "Estados Unidos Mexicanos", ""],
                                               rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"],
                                               footer=["Fuente: INEGI. Censo de Población y Vivienda 2020."])),
               truth_of(cube, "T01")))

    # STATIN: age rows, columns Total | Born in Jamaica | Born Abroad (Total, countries) | Not Stated → T00 and T01
    place = Dim("Place of Birth", [
        total("Total", {"T00": "_T", "T01": None}),
        Item("Born in Jamaica", {"T00": "N", "T01": None}),
        group("Born Abroad", {"T00": "F", "T01": "_T"}, "United States", "United Kingdom", "Canada", "Other Countries"),
        Item("United States", {"T00": None, "T01": "840"}), Item("United Kingdom", {"T00": None, "T01": "826"}),
        Item("Canada", {"T00": None, "T01": "124"}), Item("Other Countries", {"T00": None, "T01": "OTH"}),
        Item("Not Stated", {"T00": "UNK", "T01": None})], {"T00": "NATIVITY", "T01": "COB"})
    a = ages([("0-14", "00-14"), ("15-64", "15-64"), ("65 & Over", "65+")], name="Age Group")
    cube2 = Cube([a, place], seed="jm-2t", scale=90000)

    def grid2():
        g = render_wide(cube2, name="Table 8.2", title=["Table 8.2: Population by broad age group and place of birth: 2011"],
                        rows=["Age Group"], cols=["Place of Birth"], stub=["Age Group"],
                        footer=["Source: STATIN, Population and Housing Census 2011"])
        h = 1
        low = list(g.rows[h])
        top = ["", "Total", "Born in Jamaica", "Born Abroad", None, None, None, None, "Not Stated"]
        low[1] = low[2] = low[8] = None
        low[3] = "Total"
        g.rows[h:h + 1] = [top, low]
        g.rows[h][0], low[0] = "Age Group", None
        g.merges += [(h, 3, h, 7), (h, 0, h + 1, 0), (h, 1, h + 1, 1), (h, 2, h + 1, 2), (h, 8, h + 1, 8)]
        return g
    add(Layout("jm_statin_t00_t01_born_abroad_group", "STATIN", "JAM", 2011, "en", ("several-tables", "wide", "open-ages"), "xlsx",
               xlsx(grid2), truth_of(cube2, "T00", "T01")))

    # INEI: department headings ("DEPARTAMENTO LIMA") with the countries below, "TOTAL" heading the country
    dep = Dim("Departamento", [total("TOTAL"), Item("LIMA", "+"), Item("AREQUIPA", "+"), Item("TACNA", "+"), Item("TUMBES", "+")], None)
    cob3 = Dim("País de nacimiento", [total("Total"), Item("Venezuela", "862"), Item("Colombia", "170"), Item("Argentina", "032"),
                                      Item("Chile", "152"), Item("Otro país", "OTH")], "COB")
    cube3 = Cube([dep, cob3, sex("Total", "Hombres", "Mujeres")], seed="inei-dep", scale=20000)
    add(Layout("pe_inei_departamento_headings", "INEI", "PER", 2017, "es", ("nested-stub", "region-sum", "total-names"), "xlsx",
               xlsx(lambda: render_nested(cube3, name="C3", outer="Departamento", inner="País de nacimiento", cols=["Sexo"],
                                          stub="Departamento y país de nacimiento", outer_fmt="DEPARTAMENTO {}",
                                          title=["CUADRO Nº 3: POBLACIÓN CENSADA NACIDA EN OTRO PAÍS, POR SEXO, SEGÚN DEPARTAMENTO Y PAÍS DE NACIMIENTO"])),
               truth_of(cube3, "T01")))

    # INEI long CSV: two-digit department code ("00" TOTAL) beside the name
    dep4 = Dim("Departamento", [total("TOTAL"), Item("LIMA", "+"), Item("LA LIBERTAD", "+"), Item("PIURA", "+")], None)
    cob4 = countries([("Venezuela", "862"), ("Colombia", "170"), ("Otro país", "OTH")], name="País de nacimiento")
    cube4 = Cube([dep4, cob4, sex("Total", "Hombres", "Mujeres")], seed="inei-codes", scale=20000)
    dc = {"TOTAL": "00", "LIMA": "15", "LA LIBERTAD": "13", "PIURA": "20"}

    def grid4():
        g = render_long(cube4, name="x", columns=[("DEPARTAMENTO", "Departamento"), ("PAIS_NAC", "País de nacimiento"), ("SEXO", "Sexo")],
                        value_header="POBLACION")
        g.rows[0].insert(0, "CCDD")
        for row in g.rows[1:]:
            row.insert(0, dc[row[0]])
        return g
    add(Layout("pe_inei_long_ccdd_codes", "INEI", "PER", 2017, "es", ("code-name", "long", "region-sum"), "csv",
               csvw(grid4, delimiter=";"), truth_of(cube4, "T01")))

    # SIDRA: T05 "Lugar de residência em 31/07/2005" for the population aged 5 and over
    res = Dim("Lugar de residência em 31/07/2005", [total("Total"), Item("Mesmo município", "NAT"), Item("Outro município da mesma UF", "NAT"),
                                                   Item("Outra Unidade da Federação", "NAT"), Item("País estrangeiro", "OTH"),
                                                   Item("Sem declaração", "UNK")], "RES5")
    a5 = ages([(f"{x} a {x + 4} anos", f"{x:02d}-{x + 4:02d}") for x in range(5, 80, 5)] + [("80 anos ou mais", "80+")], name="Grupo de idade")
    cube5 = Cube([sex("Total", "Homens", "Mulheres"), a5, res], seed="sidra-t05", scale=400000)
    add(Layout("br_sidra_t05_residencia_2005", "IBGE", "BRA", 2010, "pt", ("t05-columns", "open-ages", "wide", "encoding"), "csv",
               csvw(lambda: render_wide(cube5, name="t", title=["Tabela 1505 - População residente de 5 anos ou mais de idade, por sexo, grupos de idade e lugar de residência em 31/07/2005",
                                                                 "Variável - População residente de 5 anos ou mais de idade (Pessoas)", "Ano - 2010"],
                                        rows=["Sexo", "Grupo de idade"], cols=["Lugar de residência em 31/07/2005"],
                                        stub=["Sexo", "Grupo de idade"], stub_mode="repeat", footer=["Fonte: IBGE - Censo Demográfico"]),
                    encoding="latin-1", delimiter=";", quote_all=True),
               truth_of(cube5, "T05")))

    # ABS Suriname: T05 in Dutch with "Nog niet geboren"
    res6 = Dim("Woonplaats 5 jaar geleden", [
        total("Totaal", None),
        virtual("_T", "Zelfde district", "Ander district", "Buitenland", "Onbekend"),
        Item("Zelfde district", "NAT"), Item("Ander district", "NAT"), Item("Buitenland", "OTH"), Item("Onbekend", "UNK"),
        Item("Nog niet geboren", None)], "RES5")
    cube6 = Cube([sex("Totaal", "Mannen", "Vrouwen", name="Geslacht"), res6], seed="sr-t05", scale=200000)
    add(Layout("sr_abs_t05_nog_niet_geboren", "ABS Suriname", "SUR", 2012, "nl", ("t05-columns",), "xlsx",
               xlsx(lambda: render_wide(cube6, name="Tabel 9", title=["Tabel 9: Bevolking naar woonplaats vijf jaar geleden (2007) en geslacht, Census 2012"],
                                        rows=["Geslacht"], cols=["Woonplaats 5 jaar geleden"], stub=["Geslacht"])),
               truth_of(cube6, "T05")))

    # CBS Curaçao: T04 in Dutch, "Jaar van vestiging op Curaçao"
    per = Dim("Jaar van vestiging", [total("Totaal"), Item("Voor 1990", "<1990"), Item("1990-1999", "1990-1999"),
                                     Item("2000-2011", "2000-2011"), Item("Onbekend", "UNK")], "ARRIVAL")
    cob7 = countries([("Nederland", "528"), ("Dominicaanse Republiek", "214"), ("Colombia", "170"), ("Overige landen", "OTH")],
                     total_label="Totaal", name="Geboorteland")
    cube7 = Cube([cob7, per], seed="cw-t04", scale=3000)
    add(Layout("cw_cbs_t04_jaar_van_vestiging", "CBS Curaçao", "CUW", 2011, "nl", ("wide",), "xlsx",
               xlsx(lambda: render_wide(cube7, name="Tabel 6", title=["Tabel 6: Bevolking geboren buiten Curaçao naar geboorteland en jaar van vestiging, Census 2011"],
                                        rows=["Geboorteland"], cols=["Jaar van vestiging"], stub=["Geboorteland"])),
               truth_of(cube7, "T04")))

    # IHSI: T04 in French, "Période d'arrivée en Haïti"
    per8 = Dim("Période d'arrivée", [total("Ensemble"), Item("Avant 1990", "<1990"), Item("1990-1999", "1990-1999"),
                                     Item("2000-2003", "2000-2003"), Item("Non déclaré", "UNK")], "ARRIVAL")
    cob8 = countries([("République Dominicaine", "214"), ("États-Unis", "840"), ("Autres pays", "OTH")], total_label="Ensemble",
                     name="Pays de naissance")
    cube8 = Cube([cob8, sex("Ensemble", "Hommes", "Femmes"), per8], seed="ht-t04", scale=2000)
    add(Layout("ht_ihsi_t04_periode_arrivee", "IHSI", "HTI", 2003, "fr", ("wide", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube8, name="Tableau 9", title=["Tableau 9 : Population née à l'étranger selon le pays de naissance, le sexe et la période d'arrivée en Haïti"],
                                        rows=["Pays de naissance", "Sexo"], cols=["Période d'arrivée"], stub=["Pays de naissance", "Sexe"],
                                        stub_mode="first")),
               truth_of(cube8, "T04")))

    # ONE: footnote marks on labels ("Haití a/", "Total 1/") and notes below
    cob9 = countries([("Haití a/", "332"), ("Venezuela", "862"), ("Estados Unidos b/", "840"), ("España", "724"), ("Otros países", "OTH")],
                     total_label="Total 1/", name="País de nacimiento")
    cube9 = Cube([cob9, sex("Ambos sexos", "Hombres", "Mujeres")], seed="one-fn", scale=90000)
    add(Layout("do_one_footnote_marks", "ONE", "DOM", 2010, "es", ("footnotes", "total-names"), "xlsx",
               xlsx(lambda: render_wide(cube9, name="Cuadro 6.2", title=["Cuadro 6.2 República Dominicana: Población nacida en el extranjero por sexo, según país de nacimiento, 2010"],
                                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"],
                                        footer=["1/ Excluye a las personas que no declararon su país de nacimiento.",
                                                "a/ Incluye a las personas nacidas en Haití residentes en bateyes.",
                                                "b/ Incluye Puerto Rico.", "Fuente: ONE, IX Censo Nacional de Población y Vivienda 2010."])),
               truth_of(cube9, "T01")))

    # REDATAM+SP in English (CSO Trinidad and Tobago's census engine): frequency with Cases / % / Accumulated %
    cats = ["Grenada", "St. Vincent and the Grenadines", "Guyana", "Venezuela", "Other"]
    codes = {"Grenada": "308", "St. Vincent and the Grenadines": "670", "Guyana": "328", "Venezuela": "862", "Other": "OTH"}
    counts = {c: 800 + 613 * (i + 2) for i, c in enumerate(cats)}

    def grid10():
        g = Grid("Redatam")
        g.add("Frequency of Country of Birth (foreign born)")
        g.add("")
        g.add("AREA # 00", "TRINIDAD AND TOBAGO")
        g.add("")
        g.add("Country of Birth")
        g.add("Categories", "Cases", "%", "Accumulated %")
        tot = sum(counts.values())
        acc = 0.0
        for c in cats:
            pct = round(100 * counts[c] / tot, 2)
            acc = round(acc + pct, 2)
            g.add(c, counts[c], pct, acc)
        g.add("Total", tot, 100.0, 100.0)
        g.add("")
        g.add("Processed with Redatam+SP, ECLAC/CELADE")
        return g
    truth10 = {"T01": {(("COB", codes[c]), ("SEX", "_T"), ("AGE", "_T")): counts[c] for c in cats}}
    truth10["T01"][(("COB", "_T"), ("SEX", "_T"), ("AGE", "_T"))] = sum(counts.values())
    add(Layout("redatam_freq_english_tt", "REDATAM+SP (CSO Trinidad and Tobago)", "TTO", 2011, "en", ("redatam", "measure"), "xlsx",
               xlsx(grid10), truth10))

    # REDATAM+SP cross-tab with three AREA blocks and RESUMEN, Portuguese-free but with age groups as rows
    def area_cube(seed):
        return Cube([ages([("0 - 14", "00-14"), ("15 - 64", "15-64"), ("65 y más", "65+")]), sex("Total", "Hombre", "Mujer")],
                    seed=seed, scale=3000)
    areas = [("01", "AZUAY", area_cube("r-az")), ("09", "GUAYAS", area_cube("r-gu")), ("17", "PICHINCHA", area_cube("r-pi"))]
    res11 = _sum_cubes([c for _a, _b, c in areas])
    add(Layout("redatam_cross_age_sex_provinces_resumen", "REDATAM+SP (INEC Ecuador)", "ECU", 2010, "es", ("redatam", "region-sum", "open-ages"), "xlsx",
               xlsx(lambda: _redatam_cross("Cruce de Edad por Sexo. Universo: población nacida en otro país", areas, "Edad", "Sexo", res11)),
               {"T01": res11.truth("T01", extra_dims={"COB": "_T"})}))


def _more3():
    # Wordings reported from published tables of the region (total and age forms, a median beside the counts) that
    # the layouts above do not carry yet: "Total nacidos fuera del país" and "Edad mediana" (INEC Ecuador's
    # tabulados by country of birth), "Población censada" and "65 años o más", "85 anos e mais", and a table of one
    # region's comunas closed by "Total Región" (INE Chile's regional tabulados), which is not the country.
    cob = countries([("Colombia", "170"), ("Perú", "604"), ("Venezuela", "862"), ("Estados Unidos", "840"),
                     ("Otros países", "OTH")], total_label="Total nacidos fuera del país", name="País de nacimiento")
    s = Dim("Sexo", [total("Total"), Item("Hombres", "1"), Item("Mujeres", "2"),
                     measure("Edad mediana", lambda get: 20 + (get("Total") % 230) / 10)], "SEX")
    cube = Cube([cob, s], seed="inec-ec-med", scale=60000)
    add(Layout("ec_inec_total_fuera_edad_mediana", "INEC Ecuador", "ECU", 2010, "es", ("measure", "total-names", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube, name="Cuadro 7", title=["Población nacida en otro país por sexo y edad mediana, según país de nacimiento"],
                                        rows=["País de nacimiento"], cols=["Sexo"], stub=["País de nacimiento"],
                                        footer=["Fuente: INEC, Censo de Población y Vivienda 2010."])),
               truth_of(cube, "T01")))

    nat = Dim("Lugar de nacimiento", [total("Población censada"), Item("Nacidos en el Perú", "N"),
                                      Item("Nacidos en otro país", "F")], "NATIVITY")
    a = ages([("Menos de 1 año", "00-00"), ("1 a 14 años", "01-14"), ("15 a 64 años", "15-64"), ("65 años o más", "65+")],
             total_label="Total", name="Grupos de edad")
    cube2 = Cube([a, nat], seed="inei-censada", scale=900000)
    add(Layout("pe_inei_poblacion_censada_65_o_mas", "INEI", "PER", 2017, "es", ("total-names", "open-ages", "wide"), "xlsx",
               xlsx(lambda: render_wide(cube2, name="C5", title=["POBLACIÓN CENSADA, POR LUGAR DE NACIMIENTO, SEGÚN GRUPOS DE EDAD"],
                                        rows=["Grupos de edad"], cols=["Lugar de nacimiento"], stub=["Grupos de edad"])),
               truth_of(cube2, "T00")))

    cob3 = countries([("Portugal", "620"), ("Japão", "392"), ("Paraguai", "600"), ("Outros países", "OTH")],
                     name="País de nascimento")
    a3 = ages([("0 a 14 anos", "00-14"), ("15 a 64 anos", "15-64"), ("65 a 84 anos", "65-84"), ("85 anos e mais", "85+")],
              name="Grupos de idade")
    cube3 = Cube([a3, cob3], seed="sidra-e-mais", scale=30000)
    add(Layout("br_sidra_85_anos_e_mais", "IBGE", "BRA", 2010, "pt", ("open-ages", "wide"), "csv",
               csvw(lambda: render_wide(cube3, name="t", title=["Tabela 631 - População residente nascida no exterior, por país de nascimento e grupos de idade",
                                                                 "Variável - População residente (Pessoas)", "Ano - 2010"],
                                        rows=["Grupos de idade"], cols=["País de nascimento"], stub=["Grupos de idade"],
                                        footer=["Fonte: IBGE - Censo Demográfico"]), encoding="latin-1", delimiter=";"),
               truth_of(cube3, "T01")))

    comuna = Dim("Comuna", [total("Total Región"), Item("Antofagasta", "+"), Item("Calama", "+"), Item("Tocopilla", "+")], None)
    cob4 = countries([("Bolivia", "068"), ("Perú", "604"), ("Colombia", "170"), ("Otro país", "OTH")], name="País de nacimiento")
    cube4 = Cube([comuna, cob4, sex("Total", "Hombres", "Mujeres")], seed="ine-cl-reg", scale=20000)
    add(Layout("cl_ine_total_region_ask", "INE Chile", "CHL", 2017, "es", ("ambiguous", "total-names", "region-sum"), "xlsx",
               xlsx(lambda: render_wide(cube4, name="Región de Antofagasta",
                                        title=["Región de Antofagasta: inmigrantes internacionales por sexo, según comuna y país de nacimiento"],
                                        rows=["Comuna", "País de nacimiento"], cols=["Sexo"], stub=["Comuna", "País de nacimiento"],
                                        stub_mode="first")),
               {}, expect="ask", why="the region's total is not the country's: nothing of it is a national IMILA cell"))


def build() -> list[Layout]:
    if not LAYOUTS:
        for part in (_indec, _inegi, _ine_chile, _dane, _sidra, _inei, _inec_cr, _inec_ec, _one, _ine_bo,
                     _dutch_caribbean, _english_caribbean, _ihsi, _redatam, _more, _more2, _more3):
            part()
    ids = [lay.id for lay in LAYOUTS]
    assert len(ids) == len(set(ids)), "layout ids must be unique"
    return LAYOUTS

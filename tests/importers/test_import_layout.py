"""Cell reading and layout detection on small synthetic grids."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from app.importers import Grid
from app.importers import table_from_grid
from app.importers.cells import (
    EMPTY,
    NUMBER,
    SIGN,
    TEXT,
    classify,
    column_letters,
    guess_number_format,
    normalise_label,
)
from app.importers.layout import _split_caption, is_total_label


def grid(rows, name="Hoja", merged=(), hidden_rows=(), decimal=None, thousands=None):
    width = max(len(r) for r in rows)
    data = [list(r) + [None] * (width - len(r)) for r in rows]
    df = pd.DataFrame(data, dtype=object)
    df.columns = list(range(width))
    return Grid(name=name, cells=df, merged=list(merged), hidden_rows=set(hidden_rows), decimal=decimal,
                thousands=thousands)


# --------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    "tokens, expected",
    [
        (["1.933.463", "872.042"], (",", ".")),
        (["1,933,463", "872,042"], (".", ",")),
        (["1 933 463", "872 042"], (".", " ")),
        (["1\u00a0933\u00a0463"], (".", " ")),
        (["1\u202f933\u202f463"], (".", " ")),
        (["12,5", "3,75"], (",", None)),
        (["12.5", "3.75"], (".", None)),
        (["1.234,5"], (",", ".")),
        (["1,234.5"], (".", ",")),
        (["1.234", "5.678"], (",", ".")),
        (["1,234", "5,678"], (".", ",")),
        (["100", "200"], (".", None)),
    ],
)
def test_guess_number_format(tokens, expected):
    assert guess_number_format(tokens) == expected


def test_ambiguous_marks_follow_the_delimiter():
    assert guess_number_format(["10", "20"], delimiter=";") == (",", None)


def test_normalise_label():
    assert normalise_label("Cuadro\u00a03.\u00a0Total\u202fdel  país \n") == "Cuadro 3. Total del país"
    assert normalise_label(1933463.0) == "1933463"
    assert normalise_label(12.5) == "12.5"
    assert normalise_label(None) == ""
    assert normalise_label(dt.datetime(2022, 5, 18)) == "2022-05-18"
    assert normalise_label("Población total1") == "Población total1"  # footnote marks kept as published


def test_classify_signs_numbers_and_codes():
    df = pd.DataFrame(
        [["-", "—", "*", "x", "..", "…", "///", "NSA", "n.d.", "N/D", "ND", "", "01", "068", "0", "12,5 %", "-15", "Total"]],
        dtype=object,
    ).T
    cells, dec, thou = classify(df, decimal=",", thousands=".")
    kind = cells.kind[:, 0].tolist()
    flags = [("A", "C", "M", "Z", "E")[f] for f in cells.flag[:, 0]]
    assert kind[:11] == [SIGN] * 11
    assert flags[:11] == ["A", "A", "C", "C", "C", "C", "Z", "Z", "M", "M", "M"]
    assert cells.value[0, 0] == 0 and cells.value[1, 0] == 0 and math.isnan(cells.value[2, 0])
    assert kind[11] == EMPTY
    assert kind[12:14] == [TEXT, TEXT]  # codes with a leading zero stay labels
    assert kind[14] == NUMBER and cells.value[14, 0] == 0
    assert kind[15] == NUMBER and cells.value[15, 0] == 12.5
    assert kind[16] == NUMBER and cells.value[16, 0] == -15
    assert kind[17] == TEXT
    assert cells.text[0].tolist()[12] == "01"


def test_column_letters():
    assert [column_letters(c) for c in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


def test_total_labels():
    for label in ("Total", "TOTAL", "Total general", "Ambos sexos", "Todos", "Total del país"):
        assert is_total_label(label), label
    for label in ("Totalmente", "Bolivia", "", "Subtotales de"):
        assert not is_total_label(label) or label == "Subtotales de", label


def test_split_caption():
    assert _split_caption("Sexo registrado al nacer y grupo de edad", 2) == ["Sexo registrado al nacer", "Grupo de edad"]
    assert _split_caption("Sexo, edad y estado civil", 3) == ["Sexo", "Edad", "Estado civil"]
    assert _split_caption("Lugar de residencia", 2) == ["Lugar de residencia (1)", "Lugar de residencia (2)"]


# --------------------------------------------------------------------------- layout


def test_title_header_data_footer():
    g = grid(
        [
            ["Cuadro 1. Población extranjera"],
            [],
            ["País", "Total", "Hombres", "Mujeres"],
            ["Total", 30, 14, 16],
            ["Chile", 10, 4, 6],
            ["Perú", 20, 10, 10],
            [],
            ["Fuente: censo."],
        ]
    )
    t = table_from_grid(g)
    lay = t.layout
    assert (lay["title_rows"], lay["header_rows"], lay["data_rows"], lay["footer_rows"]) == ([0], [2], [3, 4, 5], [7])
    assert lay["total_rows"] == [3] and lay["row_groups"] == {"3": [4, 5]}
    assert lay["total_cols"] == [1]
    assert t.frame["cell"].tolist()[:2] == ["Hoja!B4", "Hoja!C4"]
    assert t.notes[0] == "Fuente: censo."


def test_numeric_age_stub_is_a_label_column():
    rows = [["Edad", "Total", "Hombres", "Mujeres"]]
    for age in range(0, 10):
        rows.append([age, 100 + age, 50, 50 + age])
    t = table_from_grid(grid(rows))
    assert t.layout["stub_cols"] == [0] and t.layout["code_cols"] == [0]
    assert t.dimension("Edad").labels == [str(a) for a in range(10)]
    assert len(t.frame) == 30


def test_year_header_labels_are_text():
    rows = [["País", 2010, 2022], ["Chile", 5, 7], ["Perú", 3, 4]]
    t = table_from_grid(grid(rows))
    assert t.dimensions[1].labels == ["2010", "2022"]
    assert t.layout["header_rows"] == [0]


def test_vertical_header_without_merge_spans_levels():
    rows = [
        ["País", "Total", "Sexo", None],
        [None, None, "Hombres", "Mujeres"],
        ["Chile", 10, 4, 6],
        ["Perú", 20, 10, 10],
    ]
    t = table_from_grid(grid(rows))
    assert [d.name for d in t.dimensions] == ["País", "Sexo"]
    assert t.dimension("Sexo").labels == ["Total", "Hombres", "Mujeres"]


def test_two_levels_without_caption_are_numbered():
    rows = [
        ["País", "Hombres", None, "Mujeres", None],
        [None, "0-14", "15+", "0-14", "15+"],
        ["Chile", 1, 2, 3, 4],
        ["Perú", 5, 6, 7, 8],
    ]
    t = table_from_grid(grid(rows))
    assert [d.name for d in t.dimensions] == ["País", "Columna 1", "Columna 2"]
    f = t.frame
    assert f[(f["País"] == "Perú") & (f["Columna 1"] == "Mujeres") & (f["Columna 2"] == "15+")]["value"].tolist() == [8]


def test_total_column_left_blank_on_top_gets_its_text_on_every_level():
    rows = [
        ["País", None, "Sexo", None],
        [None, "Total", "Hombres", "Mujeres"],
        ["Chile", 10, 4, 6],
        ["Perú", 20, 10, 10],
    ]
    t = table_from_grid(grid(rows))
    assert t.dimension("Sexo").labels == ["Total", "Hombres", "Mujeres"]


def test_unique_names_and_reserved_words():
    rows = [["value", "País", "País", "Casos"], ["a", "Chile", "Chile", 1], ["b", "Perú", "Perú", 2]]
    t = table_from_grid(grid(rows), overrides={"kind": "table"})
    names = [d.name for d in t.dimensions]
    assert len(set(names)) == len(names)
    assert "value" not in names and all(names)
    assert {"value", "flag", "cell"} <= set(t.frame.columns)


def test_stub_fill_down_of_sparse_outer_column():
    rows = [
        ["Sexo", "Edad", "Casos", "Otros"],
        ["Hombres", "", 30, 1],
        [None, "0-14", 10, 0],
        [None, "15+", 20, 1],
        ["Mujeres", "", 40, 2],
        [None, "0-14", 15, 1],
        [None, "15+", 25, 1],
    ]
    t = table_from_grid(grid(rows))
    f = t.frame
    assert f[(f["Sexo"] == "Mujeres") & (f["Edad"] == "15+") & (f["Columna 1"] == "Casos")]["value"].tolist() == [25]
    assert t.dimension("Sexo").role == "block"
    assert {1, 4} <= set(t.layout["total_rows"])


def test_more_numbers_below_the_footer_are_reported():
    rows = [
        ["País", "Total"],
        ["Chile", 10],
        ["Perú", 20],
        ["Bolivia", 30],
        [],
        ["Nota: otro cuadro sigue."],
        ["País", "Total"],
        ["Cuba", 1],
    ]
    t = table_from_grid(grid(rows))
    assert t.layout["data_rows"] == [1, 2, 3]
    assert any("more figures below" in n for n in t.notes)
    assert t.confidence < 0.9


def test_unreadable_text_in_data_cells_is_missing():
    rows = [["País", "Total", "Hombres"], ["Chile", 10, "(e)"], ["Perú", 20, 9], ["Cuba", 5, 2]]
    t = table_from_grid(grid(rows))
    chile = t.frame[t.frame["País"] == "Chile"]
    assert chile["flag"].tolist() == ["A", "M"]
    assert any("(e)" in n for n in t.notes)


def test_strings_numbers_in_a_workbook_use_the_guessed_marks():
    rows = [["País", "Total"], ["Chile", "1.933.463"], ["Perú", "872.042"], ["Cuba", "12.345"]]
    t = table_from_grid(grid(rows))
    assert t.frame["value"].tolist() == [1933463, 872042, 12345]
    assert (t.layout["decimal"], t.layout["thousands"]) == (",", ".")


def test_merged_stub_labels_and_offsets():
    rows = [["Sexo", "Edad", "Casos"], ["Hombres", "0-14", 1], [None, "15+", 2], ["Mujeres", "0-14", 3], [None, "15+", 4]]
    g = grid(rows, merged=[(1, 0, 2, 0), (3, 0, 4, 0)])
    g.row_offset, g.col_offset = 10, 2
    t = table_from_grid(g)
    assert t.dimension("Sexo").labels == ["Hombres", "Mujeres"]
    assert t.frame["cell"].tolist() == ["Hoja!E12", "Hoja!E13", "Hoja!E14", "Hoja!E15"]


def test_lone_stub_label_above_the_column_headers_names_the_stub():
    rows = [
        ["Cuadro 8. Población extranjera por sexo"],
        ["País de nacimiento"],
        [None, "Total", "Hombres", "Mujeres"],
        ["Chile", 10, 4, 6],
        ["Perú", 20, 10, 10],
    ]
    t = table_from_grid(grid(rows))
    assert t.layout["title_rows"] == [0]
    assert t.layout["header_rows"] == [1, 2]
    assert [d.name for d in t.dimensions] == ["País de nacimiento", "Columna 1"]


def test_random_grids_give_a_table_or_an_import_error():
    import random

    from app.errors import ImportError_

    vocab = ["Total", "Hombres", "-", "///", "x", "", None, "Nota: algo", "AREA # 001", "Casos", "(1) nota",
             "1.234", "12,5", "01", "País", "Tabla vacía", "Cuadro 1. Población por sexo y edad, según país de nacimiento"]
    rnd = random.Random(7)
    for _ in range(300):
        n_rows, n_cols = rnd.randint(1, 10), rnd.randint(1, 6)
        rows = [[rnd.choice(vocab) if rnd.random() < 0.5 else (float(rnd.randint(0, 999)) if rnd.random() < 0.8 else None)
                 for _ in range(n_cols)] for _ in range(n_rows)]
        merged = []
        if rnd.random() < 0.3:
            r0, c0 = rnd.randrange(n_rows), rnd.randrange(n_cols)
            merged.append((r0, c0, rnd.randint(r0, n_rows - 1), rnd.randint(c0, n_cols - 1)))
        try:
            t = table_from_grid(grid(rows, merged=merged))
        except ImportError_:
            continue
        names = [d.name for d in t.dimensions]
        assert len(set(names)) == len(names) and all(names)
        assert list(t.frame.columns) == names + ["value", "flag", "cell"]
        assert set(t.frame["flag"]) <= {"A", "C", "M", "Z", "E"}

"""The long-CSV path (pyarrow, detection on a sample) gives exactly the table the generic grid path gives.

The path takes files of 8 MB and more and reads a 1 MiB sample; here both thresholds are lowered so that small
files exercise it, with what the sample does not show (a sign, a total, a flag, a ragged line, a figure that is
not a count) placed after the sample.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.errors import ImportError_
from app.importers import ReadOptions, _grid_reader, _open_text, longcsv, read_file
from app.importers.measures import set_aside_measures
from app.importers.safety import ImportLimits


@pytest.fixture(autouse=True)
def small_thresholds(monkeypatch):
    monkeypatch.setattr(longcsv, "MIN_BYTES", 0)
    monkeypatch.setattr(longcsv, "SAMPLE_BYTES", 16 * 1024)


def generic(path: Path, **kwargs):
    result = _grid_reader(_open_text)(path, ReadOptions(**kwargs))
    result.tables = [set_aside_measures(t) for t in result.tables]
    return result


def took_fast_path(path: Path, **kwargs) -> bool:
    return longcsv.read_long_csv(path, ReadOptions(**kwargs)) is not None


def assert_same(path: Path, **kwargs) -> None:
    a = read_file(path, **kwargs)
    b = generic(path, **kwargs)
    assert (a.format, a.settings, a.warnings, a.sheets) == (b.format, b.settings, b.warnings, b.sheets)
    assert len(a.tables) == len(b.tables)
    for x, y in zip(a.tables, b.tables):
        pd.testing.assert_frame_equal(x.frame, y.frame, check_exact=True)
        assert list(x.frame.dtypes) == list(y.frame.dtypes)
        assert x.dimensions == y.dimensions
        assert x.notes == y.notes
        lx = {k: list(v) if isinstance(v, range) else v for k, v in x.layout.items()}
        ly = {k: list(v) if isinstance(v, range) else v for k, v in y.layout.items()}
        assert lx == ly
        assert (x.name, x.title, x.confidence) == (y.name, y.title, y.confidence)


COUNTRIES = ["Argentina", "Bolivia", "Brasil", "Chile", "Paraguay", "Perú", "Uruguay", "Otros países"]
SEXES = ["Total", "Hombres", "Mujeres"]
AGES = ["Total", "0-14", "15-64", "65 y más"]


def lines(n: int, value=lambda i: str((i * 37) % 5000), extra=None, sep=",", header=None, year=False):
    head = header or ["pais", "sexo", "edad", "valor"] + (["flag"] if extra else [])
    if year:
        head = ["anio"] + head
    out = [sep.join(head)]
    i = 0
    while len(out) <= n:
        for c in COUNTRIES:
            for s in SEXES:
                for a in AGES:
                    row = [c, s, a, value(i)] + ([extra(i)] if extra else [])
                    if year:
                        row = ["2022"] + row
                    out.append(sep.join(row))
                    i += 1
    return out[: n + 1]


def write(tmp_path: Path, name: str, rows: list[str], *, newline="\n", encoding="utf-8", bom=False) -> Path:
    path = tmp_path / name
    data = (newline.join(rows) + newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def test_plain_long_csv(tmp_path):
    path = write(tmp_path, "long.csv", lines(3000))
    assert took_fast_path(path)
    assert_same(path)
    t = read_file(path).tables[0]
    assert t.layout["kind"] == "long" and len(t.frame) == 3000
    assert t.frame["cell"].iloc[0] == "long.csv!D2" and t.frame["cell"].iloc[-1] == "long.csv!D3001"
    assert list(t.layout["data_rows"]) == list(range(1, 3001))


@pytest.mark.parametrize("variant", ["crlf", "bom", "semicolon", "tab", "year", "flags"])
def test_variants(tmp_path, variant):
    kwargs = {}
    if variant == "crlf":
        path = write(tmp_path, "v.csv", lines(3000), newline="\r\n")
    elif variant == "bom":
        path = write(tmp_path, "v.csv", lines(3000), bom=True)
    elif variant == "semicolon":
        path = write(tmp_path, "v.csv", lines(3000, value=lambda i: f"{i * 13 % 9000},5" if i % 7 else "1.234,5",
                                             sep=";"), newline="\n")
    elif variant == "tab":
        path = write(tmp_path, "v.txt", lines(3000, sep="\t"))
    elif variant == "year":
        path = write(tmp_path, "v.csv", lines(3000, year=True))
    else:
        path = write(tmp_path, "v.csv", lines(3000, extra=lambda i: "E" if i % 11 == 0 else ("" if i % 3 else "A")))
    assert took_fast_path(path, **kwargs)
    assert_same(path, **kwargs)


def test_what_the_sample_does_not_show(tmp_path):
    # signs, a total label, labels to normalise and flags only after the sample
    rows = lines(4000, extra=lambda i: "A")
    tail = []
    for k, row in enumerate(rows[3000:]):
        parts = row.split(",")
        if k % 5 == 0:
            parts[3] = "-" if k % 2 else "x"
        if k % 7 == 0:
            parts[0] = "  Total   general "
        if k % 9 == 0:
            parts[4] = "C"
        if k % 13 == 0:
            parts[1] = "Mujeres\u00a0"
        tail.append(",".join(parts))
    path = write(tmp_path, "late.csv", rows[:3000] + tail)
    assert took_fast_path(path)
    assert_same(path)
    t = read_file(path).tables[0]
    assert t.layout["total_rows"] and "Total general" in t.dimensions[0].labels
    assert any(m["key"] == "import.note.signs" for m in t.layout["messages"])


@pytest.mark.parametrize("late", ["12%", "1e5", "inf", "(5)", "abc", "", "5-", "0x10"])
def test_a_late_odd_value_goes_the_generic_way(tmp_path, late):
    rows = lines(3000)
    parts = rows[2900].split(",")
    parts[3] = late
    rows[2900] = ",".join(parts)
    path = write(tmp_path, "odd.csv", rows)
    assert not took_fast_path(path)
    assert_same(path)


@pytest.mark.parametrize("change", ["ragged", "blank", "number_label", "bad_flag", "footer", "quoted_newline"])
def test_a_late_irregular_line_goes_the_generic_way(tmp_path, change):
    extra = (lambda i: "A") if change == "bad_flag" else None
    rows = lines(3000, extra=extra)
    if change == "ragged":
        rows[2900] += ",extra"
    elif change == "blank":
        rows.insert(2900, "")
    elif change == "number_label":
        parts = rows[2900].split(",")
        parts[0] = "123"
        rows[2900] = ",".join(parts)
    elif change == "bad_flag":
        rows[2900] = rows[2900][:-1] + "Q"
    elif change == "footer":
        rows.append("Fuente: censo,,,")
    else:
        rows[2900] = '"Chile\nnorte",Total,Total,5'
    path = write(tmp_path, "irregular.csv", rows)
    if change != "quoted_newline":  # a quoted line end within one record: both paths read the record
        assert not took_fast_path(path)
    assert_same(path)


def test_not_utf8_goes_the_generic_way(tmp_path):
    path = write(tmp_path, "latin.csv", lines(3000), encoding="latin-1")
    assert not took_fast_path(path)
    assert_same(path)
    # valid UTF-8 in the sample, Latin-1 further on
    rows = lines(3000)
    data = ("\n".join(rows[:2900]) + "\n").encode("utf-8") + ("\n".join(rows[2900:]) + "\n").encode("latin-1")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    assert not took_fast_path(path)
    assert_same(path)


def test_limits_hold(tmp_path):
    path = write(tmp_path, "long.csv", lines(3000))
    with pytest.raises(ImportError_) as exc:
        read_file(path, limits=ImportLimits(max_cells=3000))
    assert exc.value.key == "import.too_many_cells"
    rows = lines(3000)
    rows[2900] = "C" * 500 + rows[2900][rows[2900].index(","):]
    path = write(tmp_path, "wide.csv", rows)
    with pytest.raises(ImportError_) as exc:
        read_file(path, limits=ImportLimits(max_field_chars=400))
    assert exc.value.key == "import.field_too_large"


def test_cell_refs_match_the_grid_path():
    import numpy as np

    from app.importers.base import Grid
    from app.importers.layout import _cell_refs

    grid = Grid(name="x.csv", cells=pd.DataFrame())
    for first, count in [(2, 1), (2, 8), (9, 3), (99, 5), (2, 12000)]:
        ours = longcsv.cell_refs("x.csv!E", first, count).to_pylist()
        theirs = _cell_refs(grid, np.arange(first - 1, first - 1 + count), np.array([4])).tolist()
        assert ours == theirs


def test_overrides_and_sheet_take_the_generic_path(tmp_path):
    path = write(tmp_path, "long.csv", lines(3000))
    assert not took_fast_path(path, overrides={"kind": "long"})
    assert not took_fast_path(path, sheet=0)
    assert_same(path, overrides={"kind": "long"})

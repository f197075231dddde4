"""Layout corrections, settings replay, preview, progress and cancel."""

from __future__ import annotations

import pytest

from app.errors import Cancelled, ImportError_
from app.importers import preview_grid, read_file, replay

C3 = "ar_indec_c2022_tp_migraciones_c3.xlsx"
MX = "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"


def _same(a, b):
    assert list(a.frame.columns) == list(b.frame.columns)
    assert a.frame.equals(b.frame)
    assert [d.name for d in a.dimensions] == [d.name for d in b.dimensions]


def test_overrides_that_restate_the_detection_change_nothing(realdata):
    auto = read_file(realdata / C3).tables[0]
    overrides = {"title_rows": [0, 1], "header_rows": [2, 3, 4], "stub_cols": [0], "data_rows": list(range(5, 26))}
    fixed = read_file(realdata / C3, overrides=overrides)
    _same(auto, fixed.tables[0])
    assert fixed.settings["overrides"] == overrides
    assert fixed.tables[0].confidence == 1.0


def test_settings_round_trip_replays_the_import(realdata):
    overrides = {
        "data_rows": list(range(5, 18)),  # AMÉRICA only
        "footer_rows": list(range(18, 33)),
        "dimension_names": {"Sexo registrado al nacer": "Sexo", "Grupo de edad": "Edad"},
    }
    first = read_file(realdata / C3, overrides=overrides)
    t = first.tables[0]
    assert [d.name for d in t.dimensions] == ["Lugar de nacimiento", "Sexo", "Edad"]
    assert t.dimension("Lugar de nacimiento").labels[-1] == "Resto de América"
    assert len(t.frame) == 13 * 11
    again = replay(realdata / C3, first.settings)
    _same(t, again.tables[0])
    assert again.settings == first.settings
    # the settings are plain keyword arguments of read_file
    _same(t, read_file(realdata / C3, **first.settings).tables[0])


def test_csv_guesses_are_recorded_and_replayed(fixtures_dir):
    first = read_file(fixtures_dir / "latin1_semicolon.csv")
    again = read_file(fixtures_dir / "latin1_semicolon.csv", **first.settings)
    _same(first.tables[0], again.tables[0])


def test_csv_guesses_can_be_overridden(fixtures_dir):
    # the same file read with the marks given by hand: "." as decimal turns 1.933.463 into text
    result = read_file(fixtures_dir / "latin1_semicolon.csv", decimal=".", thousands=None)
    assert result.settings["decimal"] == "."
    t = result.tables[0]
    assert t.frame["value"].isna().sum() > 0
    # and with an explicit delimiter
    result = read_file(fixtures_dir / "pipe.txt", delimiter="|", encoding="utf-8")
    assert result.settings["delimiter"] == "|" and result.settings["encoding"] == "utf-8"


def test_header_rows_override_derives_the_data(fixtures_dir, pick):
    # read the multi-header table with only its last header row as header: levels become one
    t = read_file(fixtures_dir / "multiheader.xlsx", overrides={"header_rows": [4]}).tables[0]
    assert [d.role for d in t.dimensions] == ["row", "column"]
    assert t.layout["data_rows"][0] == 5


def test_level_names_and_fill_down_overrides(realdata):
    t = read_file(realdata / "ar_indec_c2022_tp_migraciones_c2.xlsx", overrides={"fill_down": []}).tables[0]
    assert t.layout["fill_down"] == []
    # the sex labels are merged down column A: the merge still labels every row of its block
    assert t.dimension("Sexo registrado al nacer").labels == ["Total", "Mujer / Femenino", "Varón / Masculino"]
    t = read_file(realdata / C3, overrides={"level_names": ["Sexo", "Edad"]}).tables[0]
    assert [d.name for d in t.dimensions] == ["Lugar de nacimiento", "Sexo", "Edad"]


def test_by_sheet_overrides(realdata):
    result = read_file(
        realdata / MX,
        sheet=["01", "09"],
        overrides={"by_sheet": {"09": {"dimension_names": {"Entidad federativa": "Entidad"}}}},
    )
    assert result.table("09").dimensions[0].name == "Entidad"
    assert result.table("01").dimensions[0].name == "Tamaño de localidad de residencia actual"


@pytest.mark.parametrize(
    "overrides",
    [{"header_row": [1]}, {"data_rows": [999]}, {"stub_cols": ["x"]}, {"kind": "pivot"}, {"data_cols": []}],
)
def test_bad_overrides(realdata, overrides):
    with pytest.raises(ImportError_) as err:
        read_file(realdata / C3, overrides=overrides)
    assert err.value.key == "import.bad_override"


def test_long_kind_forced(fixtures_dir):
    t = read_file(fixtures_dir / "pipe.txt", overrides={"kind": "table"}).tables[0]
    assert t.layout["kind"] == "table"


# --------------------------------------------------------------------------- preview


def test_preview_grid_fills_merged_cells(realdata):
    rows, layout = preview_grid(realdata / C3)
    assert layout["sheet"] == "Cuadro 3"
    assert layout["header_rows"] == [2, 3, 4]
    assert rows[0][0] == "Censo Nacional de Población, Hogares y Viviendas 2022"
    assert rows[2][2] == rows[2][11] == "Sexo registrado al nacer y grupo de edad"
    assert rows[3][7] == rows[3][11] == "Varón / Masculino"
    assert rows[4][0] == "Lugar de nacimiento"  # A3:A5 filled down
    assert rows[5][1] == "1933463"
    assert "Fuente" in rows[28][0]


def test_preview_grid_of_a_workbook_picks_the_first_table(realdata):
    rows, layout = preview_grid(realdata / MX)
    assert layout["sheet"] == "01"
    assert layout["sheets"][0] == "Índice"
    rows, layout = preview_grid(realdata / MX, "Índice")
    assert layout["error"] == "import.no_table"
    assert rows[1][1].startswith("INEGI")


def test_preview_grid_of_a_csv_and_a_sav(fixtures_dir):
    rows, layout = preview_grid(fixtures_dir / "latin1_semicolon.csv")
    assert rows[3][:2] == ["Total", "1.933.463"]  # published text as it is
    assert layout["data_rows"] == [3, 4, 5, 6, 7]
    rows, layout = preview_grid(fixtures_dir / "table.sav")
    assert rows[0][:2] == ["País de nacimiento", "Sexo"]


def test_preview_grid_limits_rows(realdata):
    rows, layout = preview_grid(realdata / MX, "03", max_rows=50)
    assert len(rows) == 50 and layout["truncated"]
    assert len(layout["data_rows"]) > 800  # the layout is that of the whole sheet


# --------------------------------------------------------------------------- long work


def test_progress_and_cancel(realdata):
    seen = []
    read_file(realdata / MX, sheet="*", progress=lambda f, text: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert len(seen) > 10
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        read_file(realdata / MX, sheet="*", cancelled=cancelled)


def test_settings_replay_on_the_next_file_of_the_same_shape(fixtures_dir, tmp_path):
    first = read_file(fixtures_dir / "latin1_semicolon.csv")
    assert first.settings["sheet"] is None  # single-sheet files do not pin a sheet name
    nxt = tmp_path / "censo_2032.csv"
    nxt.write_bytes((fixtures_dir / "latin1_semicolon.csv").read_bytes())
    again = replay(nxt, first.settings)
    assert again.tables[0].frame["value"].equals(first.tables[0].frame["value"])
    assert again.tables[0].frame["cell"].iloc[0] == "censo_2032.csv!B4"

"""What the import wizard asks of the core: a preview before anything is stored, and the user's read
settings carried into the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import workflow
from app.errors import ImportError_

ROOT = Path(__file__).resolve().parents[2]
REAL = Path("/work/shared/realdata")
FIXTURES = ROOT / "tests" / "fixtures" / "generated"
pytestmark = pytest.mark.usefixtures("fixtures_dir")  # generates the sample files in FIXTURES
INDEC_C3 = REAL / "ar_indec_c2022_tp_migraciones_c3.xlsx"
INEGI = REAL / "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"

needs_real = pytest.mark.skipif(not INDEC_C3.is_file(), reason="real census files not available")


@pytest.fixture
def project(tmp_path):
    p = workflow.new_project(tmp_path / "ARG-2022.imila", "ARG", 2022)
    yield p
    p.close()


@needs_real
def test_preview_shows_the_indec_grid_with_its_regions_and_merges():
    preview = workflow.preview_source(INDEC_C3)
    assert preview.format == "xlsx" and preview.sheet == "Cuadro 3" and preview.sheets == ["Cuadro 3"]
    assert preview.layout["header_rows"] == [2, 3, 4]
    assert preview.layout["data_rows"][0] == 5 and preview.layout["data_rows"][-1] == 25
    assert preview.rows[5][0] == "Total" and preview.rows[5][1] == "1933463"
    assert any(r0 == 2 and c0 == 2 for r0, c0, _r1, _c1 in preview.merged)  # the caption over the sex/age columns
    assert not preview.truncated and preview.hidden_sheets == []


@needs_real
def test_preview_preselects_the_sheet_holding_a_table_and_shows_any_other():
    preview = workflow.preview_source(INEGI)
    assert preview.sheets[0] == "Índice" and preview.sheet == "01"
    index = workflow.preview_source(INEGI, {"sheet": "Índice"})
    assert index.sheet == "Índice" and index.layout.get("error")


def test_preview_reports_text_settings_and_follows_the_users_choice():
    path = FIXTURES / "latin1_semicolon.csv"
    preview = workflow.preview_source(path)
    assert preview.format == "csv"
    assert preview.detected == {"encoding": "cp1252", "delimiter": ";", "decimal": ",", "thousands": "."}
    assert preview.rows[3][:2] == ["Total", "1.933.463"]
    forced = workflow.preview_source(path, {"delimiter": ",", "encoding": "latin-1"})
    assert forced.detected["delimiter"] == "," and forced.detected["encoding"] == "latin-1"
    assert len(forced.rows[3]) != len(preview.rows[3])


def test_preview_lists_hidden_sheets(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cuadro 1"
    for row in (["País", "Total", "Hombres", "Mujeres"], ["Total", 30, 14, 16], ["Bolivia", 10, 4, 6],
                ["Perú", 20, 10, 10]):
        sheet.append(row)
    helper = book.create_sheet("Cálculos")
    helper.append(["x", 1])
    helper.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    preview = workflow.preview_source(path)
    assert preview.sheets == ["Cuadro 1", "Cálculos"] and preview.hidden_sheets == ["Cálculos"]


def test_a_file_that_is_not_a_table_is_refused_before_anything_is_stored():
    with pytest.raises(ImportError_) as info:
        workflow.preview_source(FIXTURES / "image_renamed.csv")
    assert "image_renamed.csv" in info.value.message("en")


@needs_real
def test_import_carries_the_users_corrections_into_the_source_settings(project):
    # "Ignorado(1)" read as a note, as the wizard writes a correction: both lists the row moves between
    overrides = {"data_rows": list(range(5, 25)), "footer_rows": [25, 26, 27, 28, 30, 31, 32]}
    summary = workflow.import_file(project, INDEC_C3, settings={"overrides": overrides, "sheet": "Cuadro 3"})
    source = project.source(summary.source_id)
    assert source["settings"]["overrides"] == overrides and source["settings"]["sheet"] == "Cuadro 3"
    table = workflow.load_source_table(project, summary.source_id)
    assert "Ignorado(1)" not in table.dimensions[0].labels

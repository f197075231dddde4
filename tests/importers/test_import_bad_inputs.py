"""Bad and hostile files: a clear ImportError_ within seconds, nothing executed, nothing exhausted."""

from __future__ import annotations

import time

import pytest

from app.errors import ImportError_
from app.importers import DEFAULT_LIMITS, ImportLimits, preview_grid, read_file
from app.models.messages import catalogue

CASES = [
    ("empty.csv", "import.empty_file"),
    ("image_renamed.csv", "import.binary_file"),
    ("text_renamed.xlsx", "import.not_workbook"),
    ("corrupt.xlsx", "import.corrupt_archive"),
    ("encrypted.xlsx", "import.encrypted"),
    ("encrypted.xls", "import.encrypted"),
    ("zipbomb_ratio.xlsx", "import.zip_bomb"),
    ("zipbomb_declared.xlsx", "import.zip_bomb"),
    ("entity_bomb.xlsx", "import.xml_entities"),
    ("empty_sheet.xlsx", "import.no_rows"),
    ("text_only.xlsx", "import.no_table"),
    ("microdata.sav", "import.microdata"),
]


@pytest.mark.parametrize("name, key", CASES)
def test_bad_input_is_refused_quickly_with_a_clear_message(fixtures_dir, name, key):
    start = time.perf_counter()
    with pytest.raises(ImportError_) as err:
        read_file(fixtures_dir / name)
    assert time.perf_counter() - start < 5
    assert err.value.key == key
    for lang in ("es", "en", "pt", "fr"):
        text = err.value.message(lang)
        assert name in text  # says which file
        assert "{" not in text and not text.startswith("import.")


@pytest.mark.parametrize("name, key", [c for c in CASES if c[1] not in ("import.no_rows", "import.no_table", "import.microdata")])
def test_preview_refuses_the_same_files(fixtures_dir, name, key):
    with pytest.raises(ImportError_) as err:
        preview_grid(fixtures_dir / name)
    assert err.value.key == key


def test_size_limit(fixtures_dir):
    big = fixtures_dir / "big.csv"
    with pytest.raises(ImportError_) as err:
        read_file(big, limits=ImportLimits(max_file_bytes=1024 * 1024))
    assert err.value.key == "import.too_large"
    assert "2.0" in err.value.message("en") and "1.0" in err.value.message("en")
    # a 500 MB file is over the default limit
    assert DEFAULT_LIMITS.max_file_bytes < 500 * 1024 * 1024


def test_cell_limit(fixtures_dir):
    with pytest.raises(ImportError_) as err:
        read_file(fixtures_dir / "multiheader.xlsx", limits=ImportLimits(max_cells=20))
    assert err.value.key == "import.too_many_cells"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportError_) as err:
        read_file(tmp_path / "nope.csv")
    assert err.value.key == "import.not_found"
    with pytest.raises(ImportError_) as err:
        read_file(tmp_path)
    assert err.value.key == "import.not_a_file"


def test_unknown_format(tmp_path):
    f = tmp_path / "x.bin"
    f.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(ImportError_) as err:
        read_file(f)
    assert err.value.key == "import.binary_file"


def test_wrong_encoding_given(fixtures_dir):
    with pytest.raises(ImportError_) as err:
        read_file(fixtures_dir / "latin1_semicolon.csv", encoding="utf-8")
    assert err.value.key == "import.encoding_failed"


def test_text_read_as_csv_when_asked(fixtures_dir):
    result = read_file(fixtures_dir / "text_renamed.xlsx", format="csv")
    assert result.tables[0].frame["value"].tolist() == [100.0]


def test_html_without_table(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<html><body><p>Nada</p></body></html>", encoding="utf-8")
    with pytest.raises(ImportError_) as err:
        read_file(f)
    assert err.value.key == "import.html_no_table"


def test_sheet_not_found(fixtures_dir):
    with pytest.raises(ImportError_) as err:
        read_file(fixtures_dir / "multiheader.xlsx", sheet="Hoja 9")
    assert err.value.key == "import.sheet_not_found"
    assert "Cuadro 5" in err.value.message("en")
    with pytest.raises(ImportError_):
        read_file(fixtures_dir / "multiheader.xlsx", sheet=3)


def test_every_import_message_has_four_languages():
    keys = [k for k in catalogue() if k.startswith("import.")]
    assert len(keys) > 30
    for key in keys:
        assert set(catalogue()[key]) >= {"es", "en", "pt", "fr"}, key

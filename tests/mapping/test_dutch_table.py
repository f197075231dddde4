"""A Dutch-language table of the region (as Aruba's statistics office publishes them) maps automatically, end to
end through the import path: file → import --auto → T01 observations with the right codes and figures."""

from pathlib import Path

import pytest

from app.cli import main
from app.store.project import Project

openpyxl = pytest.importorskip("openpyxl")

ROWS = [  # geboorteland, mannen, vrouwen
    ("Colombia", 4_210, 5_873),
    ("Venezuela", 3_988, 5_102),
    ("Dominicaanse Republiek", 1_307, 2_411),
    ("Nederland", 1_512, 1_498),
    ("Verenigde Staten", 622, 587),
    ("Curaçao", 701, 844),
    ("Suriname", 318, 355),
    ("Haïti", 640, 397),
    ("Peru", 401, 563),
    ("China", 530, 488),
    ("Overige landen", 1_120, 1_245),
    ("Onbekend", 96, 81),
]


def _write_table(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel 3"
    ws.append(["Tabel 3. In het buitenland geboren bevolking naar geboorteland en geslacht, Census 2020"])
    ws.append([])
    ws.append(["Geboorteland", "Mannen", "Vrouwen", "Totaal"])
    men = sum(r[1] for r in ROWS)
    women = sum(r[2] for r in ROWS)
    ws.append(["Totaal", men, women, men + women])
    for name, m, w in ROWS:
        ws.append([name, m, w, m + w])
    ws.append([])
    ws.append(["Bron: Centraal Bureau voor de Statistiek, Census 2020"])
    wb.save(path)


def _value(project_path, table, **codes):
    with Project.open(project_path) as project:
        frame = project.observations(table)
    for dim, code in codes.items():
        frame = frame[frame[dim] == code]
    assert len(frame) == 1, (table, codes, len(frame))
    return int(frame["value"].iloc[0])


def test_dutch_table_maps_automatically_end_to_end(tmp_path, capsys):
    source = tmp_path / "census2020_tabel3.xlsx"
    _write_table(source)
    project = tmp_path / "ABW-2020.imila"
    assert main(["--lang", "en", "new", str(project), "--country", "ABW", "--year", "2020"]) == 0
    assert main(["--lang", "en", "import", str(project), str(source), "--auto"]) == 0, capsys.readouterr().out
    men = sum(r[1] for r in ROWS)
    women = sum(r[2] for r in ROWS)
    assert _value(project, "T01", COB="_T", SEX="_T", AGE="_T") == men + women
    assert _value(project, "T01", COB="_T", SEX="1", AGE="_T") == men
    assert _value(project, "T01", COB="_T", SEX="2", AGE="_T") == women
    assert _value(project, "T01", COB="170", SEX="2", AGE="_T") == 5_873
    assert _value(project, "T01", COB="862", SEX="_T", AGE="_T") == 3_988 + 5_102
    assert _value(project, "T01", COB="214", SEX="1", AGE="_T") == 1_307
    assert _value(project, "T01", COB="528", SEX="_T", AGE="_T") == 1_512 + 1_498
    assert _value(project, "T01", COB="840", SEX="1", AGE="_T") == 622
    assert _value(project, "T01", COB="531", SEX="2", AGE="_T") == 844
    assert _value(project, "T01", COB="740", SEX="_T", AGE="_T") == 318 + 355
    assert _value(project, "T01", COB="332", SEX="1", AGE="_T") == 640
    assert _value(project, "T01", COB="OTH", SEX="_T", AGE="_T") == 1_120 + 1_245
    assert _value(project, "T01", COB="UNK", SEX="2", AGE="_T") == 81
    with Project.open(project) as opened:
        cob = set(opened.observations("T01")["COB"])
    assert cob == {"_T", "170", "862", "214", "528", "840", "531", "740", "332", "604", "156", "OTH", "UNK"}

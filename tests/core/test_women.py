"""Women in migration on the Argentine census 2022 tables (figures of shared/realdata/README.md)."""

import json
from pathlib import Path

import pytest

from app import workflow
from app.cli import main
from app.women import format_share, headline_lines, women_overview, women_tables

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
C3 = REALDATA / "ar_indec_c2022_tp_migraciones_c3.xlsx"
C2 = REALDATA / "ar_indec_c2022_tp_migraciones_c2.xlsx"

pytestmark = pytest.mark.skipif(not C3.exists(), reason="shared/realdata is not beside the project")


@pytest.fixture(scope="module")
def argentina(tmp_path_factory):
    path = tmp_path_factory.mktemp("women") / "ARG-2022.imila"
    assert main(["--lang", "en", "new", str(path), "--country", "ARG", "--year", "2022"]) == 0
    assert main(["--lang", "en", "import", str(path), str(C3), "--auto"]) == 0
    assert main(["--lang", "en", "import", str(path), str(C2), "--auto"]) == 0
    return path


@pytest.fixture(scope="module")
def overview(argentina):
    with workflow.open_project(argentina) as project:
        return workflow.women_in_migration(project)


def test_headline_leads_with_the_published_totals(overview):
    head = overview["headline"]
    assert head["source"] == "T01"
    assert (head["total"], head["women"], head["men"]) == (1_933_463, 1_061_421, 872_042)
    assert head["women_pct"] == 54.9 and head["sex_ratio"] == 82.2
    # "Ignorado" on its own; residual rows and regions without their countries count as known
    assert head["not_stated"] == {"total": 179_239, "women": 97_275, "men": 81_964, "women_pct": 54.3, "sex_ratio": 84.3}
    assert (head["known"]["total"], head["known"]["women"], head["known"]["men"]) == (1_754_224, 964_146, 790_078)
    assert head["rows_total"] == head["known"]["total"]  # the rows add up to the known, nothing dropped


def test_headline_sentences(overview):
    lines = headline_lines(overview, "en")
    assert lines[0] == "1,061,421 of the 1,933,463 people born abroad are women (54.9 %); 82 men per 100 women."
    assert "1,754,224" in lines[2] and "179,239" in lines[3]
    assert headline_lines(overview, "es")[0].startswith("1.061.421 de las 1.933.463 personas")
    assert "(54,9 %)" in headline_lines(overview, "es")[0]
    assert format_share(55, "fr") == "55,0"


def test_countries_keep_residuals_and_regions(overview):
    rows = {r["COB"]: r for r in overview["countries"]}
    assert (rows["600"]["women"], rows["600"]["men"]) == (298_850, 223_748)
    assert (rows["068"]["women"], rows["068"]["men"]) == (177_186, 161_113)
    assert rows["862"]["total"] == 161_495 and rows["604"]["total"] == 156_251 and rows["380"]["total"] == 68_169
    assert rows["R019"]["kind"] == "residual" and rows["R150"]["kind"] == "residual"
    assert {c for c, r in rows.items() if r["kind"] == "region"} == {"142", "002", "009"}  # Asia, Africa, Oceania
    assert "019" not in rows and "150" not in rows  # AMÉRICA and EUROPA are broken down: their rows would double-count
    assert "UNK" not in rows and not any(c.startswith("N:") for c in rows)
    assert overview["countries"][0]["COB"] == "600"  # largest first


def test_pyramids_beside_the_natives(overview):
    populations = overview["pyramids"]["populations"]
    assert [(p["key"], p["COB"]) for p in populations] == [
        ("foreign", "_T"), ("country", "600"), ("country", "068"), ("country", "862"), ("native", None)]
    foreign = {r["AGE"]: r for r in populations[0]["ages"]}
    assert foreign["65+"]["women"] == 231_402
    common = {p["key"] + str(p["COB"]): {r["AGE"]: r for r in p["ages"]} for p in overview["pyramids"]["common"]}
    assert list(common["nativeNone"]) == ["00-14", "15-24", "25-64", "65+"]  # T00's five-year groups folded
    natives = common["nativeNone"]
    assert sum(r["women"] + r["men"] for r in natives.values()) == 45_618_787 - 1_933_463  # every native once
    assert natives["00-14"]["women"] == 4_903_951
    assert common["foreign_T"]["65+"]["women_pct"] == 58.6


def test_sections_without_their_tables(overview):
    assert overview["arrivals"] is None and overview["activity"] is None and overview["occupation"] is None
    keys = [t["key"] for t in women_tables(overview, "es")]
    assert keys == ["countries", "ages"]
    countries = women_tables(overview, "es")[0]
    assert countries["rows"][-2][0] == "No declarado" and countries["rows"][-1][1:3] == [1_061_421, 872_042]
    assert "Otros países de América (resto)" in [r[0] for r in countries["rows"]]


def test_arrivals_and_activity_from_the_demo():
    from app.resources import resource_path

    with workflow.open_project(resource_path("demo/demo.imila")) as project:
        overview = women_overview(project.observations())
    assert [r["code"] for r in overview["arrivals"]][:2] == ["<1990", "1990-1999"]
    assert overview["arrivals_trend"]["trend"] in ("same", "more_recent", "less_recent")
    assert len(headline_lines(overview, "pt")) == 5


def test_women_command(argentina, capsys):
    assert main(["--lang", "en", "women", str(argentina)]) == 0
    out = capsys.readouterr().out
    assert "1,061,421 of the 1,933,463 people born abroad are women (54.9 %)" in out
    assert "Not stated" in out and "Other countries of the Americas (residual)" in out
    assert main(["--lang", "en", "women", str(argentina), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"]["women"] == 1_061_421 and data["headline"]["total"] == 1_933_463


def _package(argentina, tmp_path, lang="es"):
    import zipfile

    out = tmp_path / lang
    assert main(["--lang", "en", "export", str(argentina), "--out", str(out), "--send-unexplained",
                 "--package-lang", lang]) == 0
    return zipfile.ZipFile(next(out.glob("*.zip")))


def test_the_workbook_carries_the_women_sheet(argentina, tmp_path):
    import io

    import openpyxl

    from app.export.package import exportable_frame
    from app.export.xlsx import tables_xlsx
    from app.models.schema import load_schema

    archive = _package(argentina, tmp_path, "es")
    book = openpyxl.load_workbook(io.BytesIO(archive.read("data/tables.xlsx")))
    assert book.sheetnames[-1] == "Mujeres en la migración"
    sheet = book["Mujeres en la migración"]
    cells = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert cells[1] == ["1.061.421 de las 1.933.463 personas nacidas en el extranjero son mujeres (54,9 %); "
                        "82 hombres por cada 100 mujeres."]
    assert ["Total publicado", 1_061_421, 872_042, 54.9, 82.2] in cells
    assert ["No declarado", 97_275, 81_964, 54.3, 84.3] in cells
    assert ["Paraguay", 298_850, 223_748, 57.2, 74.9] in cells
    schema = load_schema()
    with workflow.open_project(argentina) as project:
        frame = exportable_frame(project.observations(), schema)
    first = tables_xlsx(frame, ["T00", "T01"], schema, "en", {})
    assert first == tables_xlsx(frame, ["T00", "T01"], schema, "en", {})  # deterministic
    english = openpyxl.load_workbook(io.BytesIO(first))
    assert "Women in migration" in english.sheetnames


def test_the_report_carries_the_women_section(argentina, tmp_path):
    from app.export.package import exportable_frame
    from app.export.report import report_html
    from app.models.schema import load_schema

    text = _package(argentina, tmp_path, "es").read("quality/report.html").decode("utf-8")
    assert '<h2 id="women">Mujeres en la migración</h2>' in text
    assert "1.061.421 de las 1.933.463 personas nacidas en el extranjero son mujeres (54,9 %)" in text
    assert "País de nacimiento no declarado: 179.239" in text and "Nativos (T00)" in text and "<svg" in text
    english = _package(argentina, tmp_path, "en").read("quality/report.html").decode("utf-8")
    assert '<h2 id="women">Women in migration</h2>' in english
    assert "1,061,421 of the 1,933,463 people born abroad are women (54.9 %)" in english
    schema = load_schema()
    with workflow.open_project(argentina) as project:
        frame = exportable_frame(project.observations(), schema)
        meta = project.metadata()
    first = report_html(meta, frame, [], [], schema, "fr", created_at="2026-12-04")
    assert first == report_html(meta, frame, [], [], schema, "fr", created_at="2026-12-04")  # deterministic
    assert "Les femmes dans la migration" in first.decode("utf-8")

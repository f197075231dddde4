"""Workshop mode: every exercise starts, its checklist ticks as the trainee does the work, reset, progress; help; licences.

Each exercise is done for real through the core's functions (import, map,
re-import, explain, export and verify), as the GUI would call them.
"""

import csv
import json
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_workshop  # noqa: E402

from app import about, help as app_help, workshop  # noqa: E402
from app.mapping import set_label_code  # noqa: E402
from app.store.project import Project  # noqa: E402
from app.workflow import (  # noqa: E402
    check_project, export_package, import_file, map_source, recipe_for_source, reimport_file,
)

LANGS = ("es", "en", "pt", "fr")
IDS = [e.id for e in workshop.exercises()]
C1 = "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx"
C4 = "ejemplo_cuadro4_periodo_de_llegada.xlsx"


def ticks(project, exercise_id, **kwargs) -> dict[str, bool]:
    return {item.id: done for item, done in workshop.checklist(project, exercise_id, **kwargs)}


def source_id(project, name: str) -> int:
    return [s["id"] for s in project.sources() if s["name"] == name][-1]


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "workshop"


# -- definitions ------------------------------------------------------------------

def test_at_least_five_exercises_in_workshop_order():
    assert len(IDS) >= 5 and len(set(IDS)) == len(IDS)
    assert {"import_blocks", "fix_country", "additivity", "explain_warning", "export_verify"} <= set(IDS)
    assert [e.order for e in workshop.exercises()] == sorted(e.order for e in workshop.exercises())


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_text_exists_in_four_languages(exercise_id):
    item = workshop.exercise(exercise_id)
    for lang in LANGS:
        assert item.titles.get(lang, "").strip(), (lang, "title")
        assert item.summaries.get(lang, "").strip(), (lang, "summary")
        steps = item.instructions.get(lang)
        assert steps and all(s.strip() for s in steps), (lang, "instructions")
        assert len(steps) == len(item.instructions["en"]), (lang, "same number of steps")
        for entry in item.items:
            assert entry.labels.get(lang, "").strip(), (lang, entry.id)
    assert item.items and len({e.id for e in item.items}) == len(item.items)
    for entry in item.items:
        assert entry.condition["type"] in workshop.CONDITION_TYPES
    for path in item.file_paths():
        assert path.is_file(), path
    assert item.minutes > 0


def test_the_import_exercise_expects_the_figures_of_its_file():
    figures = build_workshop.blocks_figures()
    conditions = {e.id: e.condition for e in workshop.exercise("import_blocks").items}
    assert conditions["foreign_total"]["equals"] == figures["foreign_total"] == 230_375
    assert conditions["oldest"]["equals"] == figures["foreign_85_plus"]


def test_committed_exercise_sources_are_what_the_script_writes(tmp_path):
    for path in build_workshop.write_sources(tmp_path):
        committed = workshop.workshop_dir() / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), f"run tools/build_workshop.py --sources ({committed.name})"


def test_unknown_exercise_is_a_user_error(folder):
    with pytest.raises(workshop.WorkshopError) as err:
        workshop.start_exercise("no_such_thing", folder)
    assert "no_such_thing" in err.value.message("es")


# -- starting ----------------------------------------------------------------------

@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_starts_unticked_except_what_is_given(exercise_id, folder):
    path = workshop.start_exercise(exercise_id, folder)
    assert path == folder / exercise_id / f"{exercise_id}.imila" and path.is_file()
    assert (path.parent / workshop.MARKER).is_file()
    for source in workshop.exercise(exercise_id).file_paths():
        assert (path.parent / source.name).read_bytes() == source.read_bytes()
    assert workshop.exercise_for_project(path) == exercise_id
    for item, done in workshop.checklist(path, exercise_id):
        assert done == item.given, (exercise_id, item.id, done)


def test_a_starting_project_is_built_on_demand_when_none_is_prebuilt(folder, monkeypatch):
    monkeypatch.setattr(workshop, "prebuilt_start", lambda exercise_id: None)
    began = time.perf_counter()
    path = workshop.start_exercise("fix_country", folder)
    assert time.perf_counter() - began < 2.0
    with Project.open(path) as project:
        assert set(project.table_counts()) == {"T00", "T01", "T04"}
        assert project.metadata()["country_name"] == "República de Ejemplo"


def test_starting_again_carries_on_and_reset_starts_over(folder):
    path = workshop.start_exercise("explain_warning", folder)
    with Project.open(path) as project:
        haiti = [f for f in check_project(project) if f.rule == "PLA-001"][0]
        project.explain(haiti.key, "Mostly men who came to work, as the census team confirmed.", "Ana")
    (path.parent / "notes.txt").write_text("my notes")
    assert workshop.start_exercise("explain_warning", folder) == path
    assert all(ticks(path, "explain_warning").values())
    assert workshop.reset_exercise("explain_warning", folder) == path
    assert not any(ticks(path, "explain_warning").values())
    assert not (path.parent / "notes.txt").exists()  # the old attempt is gone
    with Project.open(path) as project:
        assert project.explanations() == []


def test_reset_refuses_a_folder_it_did_not_make(folder):
    stranger = folder / "fix_period"
    stranger.mkdir(parents=True)
    (stranger / "important.txt").write_text("keep me")
    with pytest.raises(workshop.WorkshopError):
        workshop.reset_exercise("fix_period", folder)
    assert (stranger / "important.txt").read_text() == "keep me"


def test_an_ordinary_project_is_no_exercise(tmp_path):
    assert workshop.exercise_for_project(tmp_path / "CHL-2017.imila") is None


# -- doing the exercises ---------------------------------------------------------

def test_import_blocks(folder):
    path = workshop.start_exercise("import_blocks", folder)
    sheet = path.parent / "ejemplo_cuadro2_poblacion_por_sexo_y_edad.xlsx"
    with Project.open(path) as project:
        assert not any(ticks(project, "import_blocks").values())  # an empty project passes no check
        stored = import_file(project, sheet, memory=False)  # stored, not mapped yet
        assert stored.source_id and not stored.tables
        assert ticks(project, "import_blocks") == {
            "imported": True, "t00": False, "foreign_total": False, "oldest": False, "no_error": False}
        project.delete_source(stored.source_id)
        summary = import_file(project, sheet, auto=True, memory=False)
        assert summary.tables.get("T00") and not summary.unresolved
        assert all(ticks(project, "import_blocks").values())


def test_fix_country(folder):
    path = workshop.start_exercise("fix_country", folder)
    with Project.open(path) as project:
        assert {f.rule for f in check_project(project) if f.severity == "error"} == {"ADD-002"}
        recipe = recipe_for_source(project, C1)
        assert set_label_code(recipe, "País de nacimiento", "Perú", "604") == "600"
        assert not any(ticks(project, "fix_country").values())  # an edit not applied changes nothing yet
        map_source(project, source_id(project, C1), recipe, remember=False)
        assert ticks(project, "fix_country") == {"label": True, "applied": True, "no_add002": True}


def test_fix_period(folder):
    path = workshop.start_exercise("fix_period", folder)
    with Project.open(path) as project:
        recipe = recipe_for_source(project, C4)
        set_label_code(recipe, "Columna 1", "2016-2021", "2016-2020")
        map_source(project, source_id(project, C4), recipe, remember=False)
        assert all(ticks(project, "fix_period").values())
        assert not [f for f in check_project(project) if f.severity == "error"]


def test_additivity_needs_the_corrected_file_in_place_of_the_old(folder):
    path = workshop.start_exercise("additivity", folder)
    corrected = path.parent / "ejemplo_cuadro1_nacidos_en_otro_pais_v2.xlsx"
    with Project.open(path) as project:
        europe = [f for f in check_project(project) if f.rule == "ADD-001" and f.severity == "error"
                  and any(c.get("COB") == "150" for c in f.cells)]
        assert europe
        summary = reimport_file(project, source_id(project, C1), corrected, memory=False)
        assert not summary.unresolved and summary.tables == {"T01": 858}
        assert all(ticks(project, "additivity").values())
        assert [f.rule for f in check_project(project) if f.severity != "info"] == ["PLA-001"]


def test_additivity_is_not_done_by_adding_the_corrected_file_beside_the_old(folder):
    path = workshop.start_exercise("additivity", folder)
    corrected = path.parent / "ejemplo_cuadro1_nacidos_en_otro_pais_v2.xlsx"
    with Project.open(path) as project:
        import_file(project, corrected, recipe=recipe_for_source(project, C1), memory=False)
        assert ticks(project, "additivity")["replaced"] is False


def test_explain_warning(folder):
    path = workshop.start_exercise("explain_warning", folder)
    with Project.open(path) as project:
        haiti = [f for f in check_project(project) if f.rule == "PLA-001" and any(c.get("COB") == "332" for c in f.cells)]
        assert len(haiti) == 1
        assert ticks(project, "explain_warning") == {"explained": False, "ready": False}
        project.explain(haiti[0].key, "Correct.", "Ana")  # enough for the export, too short to tell CELADE anything
        assert ticks(project, "explain_warning") == {"explained": False, "ready": True}
        project.explain(haiti[0].key, "Recent migration from Haiti is mostly men who come to work (census field report).", "Ana")
        assert ticks(project, "explain_warning") == {"explained": True, "ready": True}


def test_export_and_verify(folder):
    path = workshop.start_exercise("export_verify", folder)
    with Project.open(path) as project:
        package = export_package(project, path.parent, lang="es")
        assert ticks(project, "export_verify") == {"ready": True, "exported": True, "verified": True}
    # A package changed after the export no longer counts.
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr("extra.txt", "edited by hand")
    assert ticks(path, "export_verify") == {"ready": True, "exported": True, "verified": False}


def test_a_package_written_elsewhere_is_found_through_search(folder, tmp_path):
    path = workshop.start_exercise("export_verify", folder)
    elsewhere = tmp_path / "packages"
    with Project.open(path) as project:
        export_package(project, elsewhere, lang="en")
        assert ticks(project, "export_verify")["verified"] is False
        assert ticks(project, "export_verify", search=[elsewhere])["verified"] is True


# -- progress for the trainer ------------------------------------------------------

def test_progress_export_is_readable(folder, tmp_path):
    path = workshop.start_exercise("fix_period", folder)
    with Project.open(path) as project:
        recipe = recipe_for_source(project, C4)
        set_label_code(recipe, "Columna 1", "2016-2021", "2016-2020")
        map_source(project, source_id(project, C4), recipe, remember=False)
    workshop.start_exercise("explain_warning", folder)
    json_path, csv_path = workshop.export_progress(folder, tmp_path / "out" / "ana.json", "Ana Pérez", lang="es")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["participant"] == "Ana Pérez" and data["app_version"]
    rows = {r["exercise"]: r for r in data["exercises"]}
    assert set(rows) == set(IDS)
    assert rows["fix_period"]["complete"] and rows["fix_period"]["items_done"] == 2
    assert rows["fix_period"]["last_activity"] and rows["fix_period"]["started_at"]
    assert rows["explain_warning"]["started"] and rows["explain_warning"]["items_done"] == 0
    assert not rows["import_blocks"]["started"]
    assert rows["fix_period"]["title"] == "Corregir un período de llegada"
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == len(IDS) and table[0]["participant"] == "Ana Pérez"
    assert {r["exercise"]: r["complete"] for r in table}["fix_period"] == "1"


# -- help -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_every_help_page_exists_and_stays_inside_the_program(lang):
    style = None
    for page in app_help.PAGES:
        path = app_help.help_path(page, lang)
        assert path.parent.name == lang, (page, lang)  # no fallback needed
        html = app_help.help_html(page, lang)
        assert f'<html lang="{lang}">' in html and "<h1>" in html
        assert "<script" not in html.lower()
        assert not re.search(r"https?://", html, re.I) and not re.search(r"\b(href|src)\s*=", html, re.I)
        page_style = html[html.index("<style>"):html.index("</style>")]
        assert style is None or page_style == style  # one shared style
        style = page_style
        assert app_help.help_title(page, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_tour_walks_the_five_steps(lang):
    steps = app_help.tour_steps(lang)
    assert [s["page"] for s in steps] == [s["page"] for s in app_help.tour_steps("en")]
    assert {"project", "import", "map", "check", "export"} <= {s["page"] for s in steps}
    assert all(s["title"].strip() and s["text"].strip() for s in steps)


def test_help_falls_back_to_english():
    assert app_help.help_html("check", "de") == app_help.help_html("check", "en")
    assert app_help.tour_steps("de") == app_help.tour_steps("en")
    with pytest.raises(KeyError):
        app_help.help_html("nothing", "en")


# -- licences ----------------------------------------------------------------------

def test_licences_list_the_bundled_components_with_their_versions():
    rows = about.licences()
    names = " | ".join(r["name"] for r in rows)
    for expected in ("Python", "Qt", "PySide6", "pandas", "NumPy", "openpyxl", "python-calamine", "pyqtgraph",
                     "sqlite-utils", "pyreadstat", "DuckDB", "RapidFuzz", "Babel", "CLDR", "platformdirs",
                     "pyarrow", "odfpy", "defusedxml", "M49", "pycountry"):
        assert expected in names, expected
    by_name = {r["name"]: r for r in rows}
    import pandas

    assert by_name["pandas"]["version"] == pandas.__version__
    assert by_name["Qt"]["spdx"] == "LGPL-3.0-only"
    assert all(r["licence"] and r["notice"] and r["version"] for r in rows)
    assert [r["name"] for r in rows if not r["bundled"]] == ["ISO 3166 names via pycountry (Debian iso-codes)"]
    assert "Apache" in about.licences_text() and about.application_info()["version"]


# -- Qt-free --------------------------------------------------------------------------

def test_workshop_help_and_about_load_no_qt():
    code = ("import sys, app.workshop, app.help, app.about\n"
            "app.about.licences(); app.help.help_html('map', 'es'); app.workshop.exercises()\n"
            "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph', 'app.ui'))))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_the_emigration_exercise_ticks_when_t11_is_tabulated_with_its_period(folder):
    from app.workflow import tabulate_microdata

    path = workshop.start_exercise("emigrants", folder)
    assert not any(ticks(path, "emigrants").values())
    households = path.parent / "ejemplo_hogares_emigrantes.csv"
    recipe = json.loads((path.parent / "receta_emigrantes.json").read_text(encoding="utf-8"))
    without_period = {k: v for k, v in recipe.items() if k != "reference_period"}
    with Project.open(path) as project:
        # a period the question did not ask ("since 2005") counts members it should not: the total is off
        tabulate_microdata(project, households, {**without_period, "reference_period": {"from": 2005}})
        check_project(project)
    done = ticks(path, "emigrants")
    assert done["t11"] and not done["total"]
    with Project.open(path) as project:
        tabulate_microdata(project, households, recipe)  # the same file again: it replaces the first tabulation
        check_project(project)
        assert project.metadata()["t11_reference_period"]["from"] == 2010
    assert all(ticks(path, "emigrants").values())

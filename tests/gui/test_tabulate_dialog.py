"""The microdata dialog driven as a user would: open it from the Import page, choose the person file and
the recipe (or build one from the file's variables), tabulate on the worker, read the summary; a cancel or
a bad recipe leaves the project as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import workflow
from app.models.messages import message
from app.tabulate.synthetic import generate_persons, synthetic_recipe

N_RECORDS = 20_000
N_LARGE = 3_000_000  # big enough that the scan is still running when Cancel is clicked


@pytest.fixture(scope="module")
def microdata(tmp_path_factory):
    """The synthetic census person file as CSV and Parquet, and its recipe as a JSON file."""
    folder = tmp_path_factory.mktemp("microdata")
    files = {fmt: generate_persons(folder / f"personas.{fmt}", N_RECORDS, seed=11) for fmt in ("csv", "parquet")}
    files["recipe"] = workflow.save_tabulation_recipe(synthetic_recipe(), folder / "receta.json")
    return files


def foreign_born(path: Path) -> int:
    """Persons born abroad in a country that is stated, counted with pandas from the file itself."""
    frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    cob = frame["PAISNAC"]
    return int((cob.notna() & (cob != 152) & (cob != 999)).sum())


@pytest.fixture
def chl_window(qtbot, gui_app, tmp_path, monkeypatch):
    """The main window on an empty Chilean 2024 project."""
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    path = tmp_path / "CHL-2024.imila"
    workflow.new_project(path, "CHL", 2024).close()
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    finish(qtbot, win)
    win.close()


def finish(qtbot, win) -> None:
    dialog = win.pages["import"].tabulate_dialog
    if dialog is not None and dialog.job is not None:
        dialog.job.cancel()
    qtbot.waitUntil(lambda: win.job is None, timeout=60_000)


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(monkeypatch, *paths) -> None:
    """The next file dialogs answer ``paths``, one each."""
    answers = [str(p) for p in paths]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (answers.pop(0), ""))


def open_dialog(qtbot, win):
    page = win.pages["import"]
    win.show_page("import")
    click(qtbot, page.tabulate_button)
    dialog = page.tabulate_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def pick(qtbot, monkeypatch, dialog, person_file, recipe_file) -> None:
    choose(monkeypatch, person_file, recipe_file)
    click(qtbot, dialog.file_button)
    click(qtbot, dialog.recipe_button)


def run(qtbot, win, dialog, timeout: int = 60_000):
    click(qtbot, dialog.run_button)
    job = dialog.job
    assert job is not None and win.job is job and dialog.progress_row.isVisible()
    assert not dialog.run_button.isEnabled() and not dialog.file_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=timeout)
    return job


def t01_total(project) -> float:
    t01 = project.observations("T01")
    cell = t01[(t01["COB"] == "_T") & (t01["SEX"] == "_T") & (t01["AGE"] == "_T")]
    assert len(cell) == 1
    return float(cell["value"].iloc[0])


def no_message_box() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tabulate_from_the_import_page_fills_the_project(qtbot, chl_window, microdata, monkeypatch, fmt):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    assert not dialog.run_button.isEnabled()
    assert not dialog.summary.isVisible()
    pick(qtbot, monkeypatch, dialog, microdata[fmt], microdata["recipe"])
    assert dialog.recipe is not None and dialog.recipe.name == "Synthetic census, persons"
    assert "PAISNAC" in dialog.recipe_summary.text()
    generation = win.data_generation
    job = run(qtbot, win, dialog)
    assert job.state == "succeeded", dialog.message.text()

    # the project has the tables, and T01's grand total is every foreign-born person of the file
    project = win.project
    assert project.table_counts().get("T01", 0) > 0
    assert t01_total(project) == foreign_born(microdata[fmt])
    assert project.observation_count() == job.result.written
    (source,) = [s for s in project.sources() if s["name"] == microdata[fmt].name]
    assert source["format"] == f"microdata-{fmt}"
    assert source["settings"]["embedded"] is False  # the confidential records stay out of the project

    # the summary: the tables with their observations, what the data showed, the time taken
    assert dialog.summary.isVisible() and not dialog.message.isVisible()
    tables = [dialog.tables_view.item(r, 0).text() for r in range(dialog.tables_view.rowCount())]
    assert tables == sorted(job.result.tables) and "T01" in tables
    row = tables.index("T01")
    assert dialog.tables_view.item(row, 2).text() == win.format_number(project.table_counts()["T01"])
    assert dialog.tables_view.item(row, 3).text() == win.format_number(foreign_born(microdata[fmt]))
    assert "20" in dialog.headline.text() and microdata[fmt].name in dialog.headline.text()
    issues = [dialog.issues_view.item(i).text() for i in range(dialog.issues_view.count())]
    expected = [i.message("es") for i in job.result.issues]
    assert sorted(issues) == sorted(expected) and issues  # in the interface language (Spanish)
    assert any("UNK" in text for text in issues)  # ages of 999 and the like, counted as not stated

    # the pages follow and the checks run again on the new data
    assert win.data_generation > generation
    assert win.pages["import"].model.rowCount() == 1
    check = win.pages["check"]
    qtbot.waitUntil(lambda: check.checked_generation == win.data_generation and check.job is None, timeout=60_000)
    assert no_message_box()

    # the language follows: the issues are shown again in English
    win.set_language("en")
    try:
        english = sorted(i.message("en") for i in job.result.issues)
        qtbot.waitUntil(lambda: sorted(dialog.issues_view.item(i).text()
                                       for i in range(dialog.issues_view.count())) == english)
    finally:
        win.set_language("es")
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_keep_a_copy_of_the_person_file_when_asked(qtbot, chl_window, microdata, monkeypatch):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    pick(qtbot, monkeypatch, dialog, microdata["csv"], microdata["recipe"])
    assert not dialog.keep_copy_check.isChecked()
    click(qtbot, dialog.keep_copy_check)
    job = run(qtbot, win, dialog)
    assert job.state == "succeeded", dialog.message.text()
    (source,) = [s for s in win.project.sources() if s["name"] == microdata["csv"].name]
    assert source["settings"]["embedded"] is True
    assert win.project.source_content(source["id"]) == microdata["csv"].read_bytes()


def test_build_a_recipe_from_the_file_variables(qtbot, chl_window, microdata, monkeypatch, tmp_path):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    assert not dialog.build_button.isEnabled()  # no file yet
    choose(monkeypatch, microdata["parquet"])
    click(qtbot, dialog.file_button)
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.builder is not None and dialog.builder.isVisible(), timeout=20_000)
    builder = dialog.builder
    rows = builder.rows
    # the variables were suggested from their names, with their most frequent values beside them
    assert rows["country_of_birth"]["variable"].currentData() == "PAISNAC"
    assert rows["sex"]["variable"].currentData() == "SEXO" and rows["age"]["variable"].currentData() == "EDAD"
    assert rows["weight"]["variable"].currentData() == "FACTOR"
    assert rows["country_of_birth"]["samples"].text().startswith("152")
    assert builder.year_spin.value() == 2024  # the project's census

    # the user leaves the weight out, says how the file codes countries and activity, and what "not stated" is
    weight = rows["weight"]["variable"]
    weight.setCurrentIndex(weight.findData(""))
    kind = rows["country_of_birth"]["kind"]
    kind.setCurrentIndex(kind.findData({"codes": "m49"}))
    qtbot.keyClicks(rows["country_of_birth"]["not_stated"], "999")
    qtbot.keyClicks(rows["age"]["not_stated"], "999")
    qtbot.keyClicks(rows["activity"]["values"], "1=1, 2=1, 3=2, 4=3, 5=3, 6")  # a mistake first
    click(qtbot, builder.use_button)
    assert builder.isVisible() and builder.message.isVisible()  # the form says what is wrong
    rows["activity"]["values"].clear()
    qtbot.keyClicks(rows["activity"]["values"], "1=1, 2=1, 3=2, 4=3, 5=3, 6=3, 9=9")
    saved = tmp_path / "mi-receta.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved.with_suffix("")), ""))
    click(qtbot, builder.save_button)
    qtbot.waitUntil(lambda: dialog.builder is None)

    recipe = json.loads(saved.read_text(encoding="utf-8"))
    assert recipe["kind"] == "tabulation" and recipe["census_year"] == 2024
    assert "weight" not in recipe["variables"]
    assert recipe["variables"]["country_of_birth"] == {"variable": "PAISNAC", "codes": "m49", "not_stated": ["999"]}
    assert recipe["variables"]["activity"]["values"]["6"] == "3"
    assert dialog.recipe_path == saved and dialog.recipe_edit.text() == str(saved)

    job = run(qtbot, win, dialog)
    assert job.state == "succeeded", dialog.message.text()
    assert t01_total(win.project) == foreign_born(microdata["parquet"])
    assert win.project.table_counts().get("T07", 0) > 0  # activity status, through the value map
    t07 = win.project.observations("T07")
    assert set(t07["ACT"]) <= {"1", "2", "3", "9", "_T"}

    # building again starts from the recipe in use
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.builder is not None and dialog.builder.isVisible(), timeout=20_000)
    again = dialog.builder
    assert again.rows["weight"]["variable"].currentData() == ""
    assert again.rows["activity"]["values"].text() == "1=1, 2=1, 3=2, 4=3, 5=3, 6=3, 9=9"
    assert again.rows["country_of_birth"]["kind"].currentData() == {"codes": "m49"}
    click(qtbot, again.cancel_button)
    qtbot.waitUntil(lambda: dialog.builder is None)


def test_cancel_stops_the_scan_and_leaves_the_project_unchanged(qtbot, window, microdata, monkeypatch,
                                                                tmp_path_factory):
    large = generate_persons(tmp_path_factory.mktemp("large") / "censo.csv", N_LARGE, seed=5)
    win = window
    before = win.project.observation_count()
    sources = win.project.sources()
    assert before > 0
    dialog = open_dialog(qtbot, win)
    pick(qtbot, monkeypatch, dialog, large, microdata["recipe"])
    generation = win.data_generation
    click(qtbot, dialog.run_button)
    job = dialog.job
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=20_000)  # the scan is under way
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert job.state == "cancelled"
    assert win.project.observation_count() == before and win.project.sources() == sources
    assert win.data_generation == generation
    assert dialog.message.isVisible() and dialog.message.property("kind") == "warning"
    assert not dialog.summary.isVisible() and not dialog.progress_row.isVisible()
    assert dialog.run_button.isEnabled() and no_message_box()


def test_a_bad_recipe_shows_its_message_in_the_dialog(qtbot, chl_window, microdata, monkeypatch, tmp_path):
    win = chl_window
    dialog = open_dialog(qtbot, win)

    # a recipe that is not JSON: said at once, nothing can run
    broken = tmp_path / "rota.json"
    broken.write_text('{"kind": "tabulation", "variables": {', encoding="utf-8")
    pick(qtbot, monkeypatch, dialog, microdata["csv"], broken)
    assert dialog.recipe is None and not dialog.run_button.isEnabled()
    assert dialog.message.isVisible() and dialog.message.property("kind") == "error"
    assert dialog.message.text().startswith(message("tabulate.recipe.bad_json", "es", detail="").split("(")[0])

    # a recipe that names a variable the file lacks: the tabulation says so, the project stays empty
    recipe = synthetic_recipe()
    recipe["variables"]["country_of_birth"]["variable"] = "PAIS_NACIMIENTO"
    wrong = workflow.save_tabulation_recipe(recipe, tmp_path / "otra.json")
    choose(monkeypatch, wrong)
    click(qtbot, dialog.recipe_button)
    assert not dialog.message.isVisible() and dialog.run_button.isEnabled()
    job = run(qtbot, win, dialog)
    assert job.state == "failed" and job.error.key == "tabulate.recipe.missing_column"
    assert dialog.message.isVisible() and "PAIS_NACIMIENTO" in dialog.message.text()
    assert dialog.message.text() == job.error.message("es")
    assert no_message_box()  # in the dialog, not in a message box
    assert win.project.observation_count() == 0 and win.project.sources() == []
    assert not dialog.summary.isVisible()


def test_closing_while_running_cancels(qtbot, chl_window, microdata, monkeypatch):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    pick(qtbot, monkeypatch, dialog, microdata["csv"], microdata["recipe"])
    click(qtbot, dialog.run_button)
    job = dialog.job
    dialog.reject()  # Escape or the window's close button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert job.state in ("cancelled", "succeeded")  # it may have finished first; never half-written
    if job.state == "cancelled":
        assert win.project.observation_count() == 0


def test_opening_another_project_clears_the_result(qtbot, chl_window, microdata, monkeypatch, tmp_path):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    pick(qtbot, monkeypatch, dialog, microdata["parquet"], microdata["recipe"])
    assert run(qtbot, win, dialog).state == "succeeded"
    assert dialog.summary.isVisible()
    click(qtbot, dialog.close_button)
    other = tmp_path / "PER-2017.imila"
    workflow.new_project(other, "PER", 2017).close()
    assert win.open_project_path(other)
    dialog = open_dialog(qtbot, win)
    assert not dialog.summary.isVisible() and dialog.run_button.isEnabled()  # same file and recipe, new project


# -- T11: the emigrant module of a household file ----------------------------------------------------
@pytest.fixture(scope="module")
def households(tmp_path_factory):
    """The synthetic household file (one row per member abroad) and its emigrant recipe as a JSON file."""
    from app.tabulate.synthetic import generate_households, households_recipe

    folder = tmp_path_factory.mktemp("households")
    return {"csv": generate_households(folder / "hogares.csv", 4000, seed=3),
            "recipe": workflow.save_tabulation_recipe(households_recipe(), folder / "emigrantes.json")}


def t11_total(project) -> float:
    t11 = project.observations("T11")
    cell = t11[(t11[["COR", "SEX", "AGE", "DEPART"]] == "_T").all(axis=1)]
    assert len(cell) == 1
    return float(cell["value"].iloc[0])


def test_tabulate_t11_from_household_members_abroad(qtbot, chl_window, households, monkeypatch):
    from app.tabulate import tabulate_frame

    win = chl_window
    dialog = open_dialog(qtbot, win)
    pick(qtbot, monkeypatch, dialog, households["csv"], households["recipe"])
    assert dialog.recipe is not None and dialog.recipe.kind == "emigrants"
    summary = dialog.recipe_summary.text()
    assert "T11" in summary and "2012" in summary and "PAIS_RESIDE" in summary
    job = run(qtbot, win, dialog)
    assert job.state == "succeeded", dialog.message.text()
    project = win.project
    assert set(project.table_counts()) == {"T11"}
    expected = tabulate_frame(households["csv"], households["recipe"]).tables["T11"]
    assert t11_total(project) == pytest.approx(float(expected.query(
        "COR == '_T' and SEX == '_T' and AGE == '_T' and DEPART == '_T'")["value"].iloc[0]))
    assert project.metadata()["t11_reference_period"]["from"] == 2012
    tables = [dialog.tables_view.item(r, 0).text() for r in range(dialog.tables_view.rowCount())]
    assert tables == ["T11"]
    issues = [dialog.issues_view.item(i).text() for i in range(dialog.issues_view.count())]
    assert any("2012" in text for text in issues)  # the members who left before the reference period
    dialog.resize(980, 720)
    dialog.grab().save(str(Path(households["csv"]).with_name("tabulate_t11.png")))


def test_build_an_emigrant_recipe_from_the_household_file(qtbot, chl_window, households, monkeypatch):
    win = chl_window
    dialog = open_dialog(qtbot, win)
    choose(monkeypatch, households["csv"])
    click(qtbot, dialog.file_button)
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.builder is not None and dialog.builder.isVisible(), timeout=20_000)
    builder = dialog.builder
    # the variables look like members abroad: the form builds an emigrant recipe, its period shown
    assert builder.mode == "emigrants" and builder.period_row.isVisible()
    rows = builder.rows
    assert set(rows) == {"country_of_residence", "sex", "age", "departure", "household", "weight"}
    assert rows["country_of_residence"]["variable"].currentData() == "PAIS_RESIDE"
    assert rows["departure"]["variable"].currentData() == "ANIO_SALIDA"
    assert rows["age"]["variable"].currentData() == "EDAD_SALIDA"
    builder.since_spin.setValue(2015)
    qtbot.keyClicks(builder.period_label_edit, "salieron desde 2015")
    qtbot.keyClicks(rows["country_of_residence"]["not_stated"], "Ignorado")
    builder.resize(1000, 620)
    builder.grab().save(str(Path(households["csv"]).with_name("builder_t11.png")))
    # the other kind of file is one choice away, and back
    builder.set_mode("tabulation")
    assert "country_of_birth" in builder.rows and not builder.period_row.isVisible()
    builder.set_mode("emigrants")
    rows = builder.rows
    qtbot.keyClicks(rows["country_of_residence"]["not_stated"], "Ignorado")
    click(qtbot, builder.use_button)
    qtbot.waitUntil(lambda: dialog.builder is None)
    assert dialog.recipe.kind == "emigrants" and dialog.recipe.period.start == 2015
    assert dialog.recipe_data["reference_period"] == {"from": 2015, "to": 2024, "label": "salieron desde 2015"}
    job = run(qtbot, win, dialog)
    assert job.state == "succeeded", dialog.message.text()
    departures = set(win.project.observations("T11")["DEPART"])
    assert departures <= {"2015-2019", "2020-2024", "UNK", "_T"} and "2015-2019" in departures

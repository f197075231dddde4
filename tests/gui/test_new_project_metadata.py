"""The New Project dialog asks the submission metadata CELADE needs; the package language follows the country."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHOTS = Path(os.environ.get("IMILA_SHOTS", "")) if os.environ.get("IMILA_SHOTS") else None


@pytest.fixture
def dialog(qtbot, gui_app, tmp_path):
    from app.ui.dialogs import NewProjectDialog

    dialog = NewProjectDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    return dialog


def test_language_follows_the_country_until_chosen(dialog):
    dialog.set_country("ARG")
    assert dialog.language.currentData() == "es"
    dialog.set_country("BRA")
    assert dialog.language.currentData() == "pt"
    dialog.set_country("HTI")
    assert dialog.language.currentData() == "fr"
    dialog.set_country("SUR")
    assert dialog.language.currentData() == "nl"
    dialog.set_country("JAM")
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.language.activated.emit(dialog.language.currentIndex())  # the user's choice sticks
    dialog.set_country("BRA")
    assert dialog.language.currentData() == "es"


def test_round_follows_the_year_until_edited(dialog, qtbot):
    dialog.year.setValue(2022)
    assert dialog.census_round.text() == "2020"
    dialog.year.setValue(2017)
    assert dialog.census_round.text() == "2010"
    dialog.census_round.clear()
    qtbot.keyClicks(dialog.census_round, "2010 (ronda 2010)")
    dialog.year.setValue(2024)
    assert dialog.census_round.text() == "2010 (ronda 2010)"


def test_malformed_date_and_email_keep_the_dialog_open(dialog, qtbot):
    dialog.set_country("ARG")
    qtbot.keyClicks(dialog.reference_date, "18/05/2022")
    dialog.accept()
    assert dialog.result() == 0 and "AAAA-MM-DD" in dialog.problem.text()
    dialog.reference_date.setText("2022-05-18")
    dialog.contact_email.setText("ana at indec")
    dialog.accept()
    assert dialog.result() == 0 and "nombre@instituto.org" in dialog.problem.text()


def test_dialog_metadata_reaches_the_project_and_its_page(qtbot, window, tmp_path):
    from app.ui.dialogs import NewProjectDialog

    dialog = NewProjectDialog(window, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.set_country("ARG")
    dialog.year.setValue(2022)
    qtbot.keyClicks(dialog.nso, "INDEC")
    dialog.contact_name.setText("Ana Pérez")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.contact_email, "migracion@indec.gob.ar")
    qtbot.keyClicks(dialog.reference_date, "2022-05-18")
    dialog.enumeration_basis.setCurrentIndex(dialog.enumeration_basis.findData("de_facto"))
    dialog.licence.setCurrentIndex(dialog.licence.findData("CC0-1.0"))
    dialog.accept()
    assert dialog.result() == 1, dialog.problem.text()
    path, iso3, year = dialog.values()
    assert window.create_project(path, iso3, year, dialog.metadata())
    meta = window.project.metadata()
    assert (meta["nso"], meta["contact_name"], meta["contact_email"]) == ("INDEC", "Ana Pérez", "migracion@indec.gob.ar")
    assert (meta["reference_date"], meta["census_round"], meta["enumeration_basis"]) == ("2022-05-18", "2020", "de_facto")
    assert (meta["language"], meta["license"], meta["source_type"]) == ("es", "CC0-1.0", "full_count")
    page = window.pages["project"]
    assert page.nso.text() == "INDEC" and page.reference_date.text() == "2022-05-18"
    assert page.language.currentData() == "es" and page.license.currentData() == "CC0-1.0"
    assert page.changes() == {}
    page.license.setCurrentIndex(page.license.findData("CC-BY-4.0"))
    assert page.changes() == {"license": "CC-BY-4.0"}


def test_a_dutch_project_shows_its_language_on_the_project_page(qtbot, window, tmp_path):
    assert window.create_project(tmp_path / "SUR-2012.imila", "SUR", 2012)
    page = window.pages["project"]
    assert window.project.metadata()["language"] == "nl"
    assert page.language.currentData() == "nl" and page.changes() == {}
    assert page.language.currentText() == "Nederlands"
    if SHOTS is not None:
        window.show_page("project")
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "project_page_nl.png"))


@pytest.mark.parametrize("lang", ["es", "en", "pt", "fr"])
def test_dialog_in_every_language(qtbot, gui_app, tmp_path, lang):
    from app.ui.app import translations
    from app.ui.dialogs import NewProjectDialog

    translations().set_language(lang)
    try:
        dialog = NewProjectDialog(None, str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.set_country("ARG")
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = [label.text() for label in dialog.metadata_labels]
        expected = {"es": "Oficina de estadística:", "en": "Statistics office:", "pt": "Instituto de estatística:",
                    "fr": "Institut de statistique\u00a0:"}
        assert labels[0] == expected[lang], labels
        if lang != "en":
            assert dialog.later.text() and "CELADE needs" not in dialog.later.text()
        for label in dialog.metadata_labels:  # nothing clipped
            assert label.width() >= label.sizeHint().width(), label.text()
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / f"new_project_{lang}.png"))
    finally:
        translations().set_language("es")

"""The main window driven as a user would: navigator, metadata, language, import, checks, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import workflow
from gui_samples import write_long_csv

PAGES = ("project", "import", "map", "check", "export")


def click_page(qtbot, win, key: str) -> None:
    item = win._item(key)
    rect = win.navigator.visualItemRect(item)
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_idle(qtbot, win, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: win.job is None, timeout=timeout)


def finish_import_wizard(qtbot, page) -> None:
    """Step through the import wizard the Import page opened, then click Import."""
    from PySide6.QtWidgets import QWizard

    wizard = page.wizard
    assert wizard is not None
    while True:
        qtbot.waitUntil(lambda: wizard.job is None, timeout=15_000)
        if wizard.currentId() == wizard.CONFIRM:
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_every_page_opens_from_the_navigator(qtbot, window):
    assert window.central.currentWidget() is window.workspace
    assert window.windowTitle().startswith("CHL-2017.imila")
    for key in PAGES:
        click_page(qtbot, window, key)
        page = window.pages[key]
        assert window.page_stack.currentWidget() is page
        assert page.isVisible()
        assert page.title_label.text()
    wait_idle(qtbot, window)


def test_project_page_saves_metadata(qtbot, window):
    page = window.pages["project"]
    click_page(qtbot, window, "project")
    assert "CHL" in page.country.text()
    assert not page.save_button.isEnabled()
    page.census_name.clear()
    qtbot.keyClicks(page.census_name, "Censo de Poblacion y Vivienda 2017")  # QTest types ASCII only
    page.nso.clear()
    page.nso.insert("Instituto Nacional de Estadísticas")
    page.source_type.setCurrentIndex(page.source_type.findData("sample"))
    page.universe_notes.item(1, 2).setText("Edad mínima 12 años")
    assert page.save_button.isEnabled()
    assert page.state_label.text() == "Cambios sin guardar"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    meta = window.project.metadata()
    assert meta["census_name"] == "Censo de Poblacion y Vivienda 2017"
    assert meta["nso"] == "Instituto Nacional de Estadísticas"
    assert meta["source_type"] == "sample"
    table_id = page.universe_notes.item(1, 0).text()
    assert meta["universe_notes"] == {table_id: "Edad mínima 12 años"}
    assert not page.save_button.isEnabled()
    assert page.state_label.text() == "Todos los cambios están guardados"
    assert window.project.audit_log(1)[0]["action"] == "metadata.update"
    assert page.audit_model.rowCount() >= 1
    with workflow.open_project(window.project.path) as again:
        assert again.metadata()["nso"] == "Instituto Nacional de Estadísticas"


def test_project_page_refuses_a_bad_email(qtbot, window):
    page = window.pages["project"]
    qtbot.keyClicks(page.contact_email, "not an address")
    assert not page.save_button.isEnabled()
    assert "correo" in page.state_label.text().lower()
    page.contact_email.clear()
    qtbot.keyClicks(page.contact_email, "censo@ine.gob.cl")
    assert page.save_button.isEnabled()


@pytest.mark.parametrize("lang, save_text, menu_text, nav_check", [
    ("en", "Save changes", "&File", "Check"),
    ("fr", "Enregistrer", "&Fichier", "Contrôler"),
    ("pt", "Salvar alterações", "&Arquivo", "Validar"),
    ("es", "Guardar cambios", "&Archivo", "Validar"),
])
def test_language_switches_live(qtbot, window, lang, save_text, menu_text, nav_check):
    page = window.pages["project"]
    if lang == "es":
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: page.save_button.text() == "Save changes")
    window.language_actions[lang].trigger()
    qtbot.waitUntil(lambda: page.save_button.text() == save_text)
    assert window.file_menu.title() == menu_text
    assert window._item("check").text() == nav_check
    assert window.language_actions[lang].isChecked()
    assert QSettings().value("ui/language") == lang
    # Hidden pages and item models follow too.
    assert window.pages["import"].model.headerData(0, Qt.Orientation.Horizontal) == \
        {"en": "File", "fr": "Fichier", "pt": "Arquivo", "es": "Archivo"}[lang]
    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: page.save_button.text() == "Guardar cambios")


def test_numbers_follow_the_language(qtbot, window):
    from app.ui.models import format_number

    assert format_number(1933463) == "1.933.463"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.pages["project"].save_button.text() == "Save changes")
    assert format_number(1933463) == "1,933,463"


def test_check_page_runs_the_rules_when_shown(qtbot, gui_app, tmp_path, monkeypatch):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    path = tmp_path / "bad.imila"
    project = workflow.new_project(path, "CHL", 2017)
    workflow.import_tidy_csv(project, write_long_csv(tmp_path / "bad.csv", consistent=False))
    project.close()
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(path)
    win.show()
    page = win.pages["check"]
    click_page(qtbot, win, "check")
    qtbot.waitUntil(lambda: page.state == "done", timeout=20_000)
    counts = page.model.counts()
    assert counts["error"] >= 1
    assert page.model.data(page.model.index(0, 0)) == "Error"
    assert page.model.data(page.model.index(0, 3))  # the message, in Spanish
    badges = win._item("check").data(main_window.BadgeRole)
    assert badges[0] == (str(counts["error"]), "error")
    page.view.selectRow(0)
    assert page.details_frame.isVisibleTo(page)
    wait_idle(qtbot, win)
    win.close()


def test_import_through_the_file_dialog(qtbot, window, tmp_path, monkeypatch):
    csv = write_long_csv(tmp_path / "second.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(csv)], ""))
    click_page(qtbot, window, "import")
    page = window.pages["import"]
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    finish_import_wizard(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    wait_idle(qtbot, window)
    assert page.summary_frame.isVisible()
    assert "second.csv" in page.summary.text()
    assert window._item("import").data(Qt.ItemDataRole.UserRole + 1) == [("2", "neutral")]
    assert window.data_generation > window.opened_generation


def test_dropping_a_file_imports_it(qtbot, window, tmp_path):
    csv = write_long_csv(tmp_path / "dropped.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    pos = window.rect().center()
    enter = QDragEnterEvent(pos.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    page = window.pages["import"]
    finish_import_wizard(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    wait_idle(qtbot, window)
    assert window.current_page_key() == "import"


def test_map_page_lists_mappings(qtbot, window):
    page = window.pages["map"]
    click_page(qtbot, window, "map")
    assert page.stack.currentWidget() is page.empty
    window.project.save_mapping("INE Cuadro 1 → T01", {"table": "T01", "bindings": {}}, None)
    window.data_changed()
    assert page.stack.currentWidget() is page.view
    assert page.model.data(page.model.index(0, 0)) == "INE Cuadro 1 → T01"
    assert page.model.data(page.model.index(0, 1)) == "T01"


def test_register_page_replaces_a_page(qtbot, window):
    from app.ui.pages.base import Page

    class Editor(Page):
        key = "map"
        icon_name = "map"

        def nav_title(self):
            return "Editor"

    old = window.pages["map"]
    row = window.page_stack.indexOf(old)
    editor = window.register_page(Editor(window))
    assert window.pages["map"] is editor
    assert window.page_stack.indexOf(editor) == row
    assert window._item("map").text() == "Editor"
    assert window.navigator.count() == len(PAGES)


def test_welcome_state_without_a_project(qtbot, gui_app, monkeypatch):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    win.show()
    assert win.project is None
    assert win.central.currentWidget() is win.welcome
    assert win.welcome.new_button.text() == "Nuevo proyecto…"
    assert not win.save_as_action.isEnabled()


def test_last_project_and_page_are_restored(qtbot, window, project_file, monkeypatch):
    from app.ui import main_window

    click_page(qtbot, window, "export")
    window.close()
    assert QSettings().value("window/page") == "export"
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    assert win.project is not None and Path(win.project.path).resolve() == project_file.resolve()
    assert win.current_page_key() == "export"
    assert str(project_file.resolve()) in win.settings.recent_projects
    win.close()


def test_demo_project_opens_when_nothing_else(qtbot, gui_app, tmp_path, monkeypatch):
    from app.ui import main_window

    demo = main_window.demo_project_path()
    if demo is None:
        pytest.skip("the demo project is not built (tools/build_demo.py)")
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    assert win.project is not None
    assert Path(win.project.path) == demo
    win.close()


def test_new_project_dialog_and_creation(qtbot, window, tmp_path):
    from app.ui.dialogs import NewProjectDialog

    dialog = NewProjectDialog(window, str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.country.count() > 10
    dialog.set_country("ARG")
    dialog.year.setValue(2022)
    path, iso3, year = dialog.values()
    assert (iso3, year) == ("ARG", 2022)
    assert Path(path) == tmp_path / "ARG-2022.imila"
    assert "Argentina" in dialog.country.currentText()
    assert window.create_project(path, iso3, year)
    assert window.project.metadata()["country_iso3"] == "ARG"
    assert window.pages["import"].model.rowCount() == 0
    # An existing file is never overwritten: the dialog says so and stays open.
    again = NewProjectDialog(window, str(tmp_path))
    qtbot.addWidget(again)
    again.set_country("ARG")
    again.year.setValue(2022)
    again.accept()
    assert again.result() == 0
    assert again.problem.text()


def test_save_as_continues_in_the_copy(qtbot, window, tmp_path):
    target = tmp_path / "copia"
    assert window.save_as(target)
    assert Path(window.project.path).name == "copia.imila"
    assert window.project.observation_count() > 0
    assert "copia.imila" in window.windowTitle()


def test_about_shows_versions(qtbot, window):
    from app import __version__

    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    assert dialog.version_values["app"].text() == __version__
    dialog.close()


def test_export_and_verify_package(qtbot, window, tmp_path):
    if getattr(workflow, "export_package", None) is None or getattr(workflow, "verify_package", None) is None:
        pytest.skip("workflow.export_package / verify_package not available")
    page = window.pages["export"]
    click_page(qtbot, window, "export")
    page.folder.setText(str(tmp_path / "out"))
    page.labels_language.setCurrentIndex(page.labels_language.findData("es"))
    assert page.export_button.isEnabled()
    with qtbot.waitSignal(window.busy_changed, timeout=5_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    wait_idle(qtbot, window)
    package = page.last_package
    assert package is not None and package.is_file()
    assert package.name == "CHL_2017_IMILA_v1.zip"
    assert package.name in page.result.text()

    job = window.verify_package(package)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    dialog = window.verify_dialog
    assert dialog.isVisible()
    assert "válido" in dialog.summary.text()
    dialog.close()


def test_domain_errors_show_their_message(qtbot, window):
    from app.errors import StoreError
    from app.ui.app import show_error

    show_error(window, StoreError("store.locked", path="CHL.imila"))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "bloqueado" in boxes[-1].text()
    boxes[-1].close()


def test_bugs_are_logged_and_shown_with_copy_details(qtbot, window):
    from app.ui import app as ui_app
    from app.ui.dialogs import CrashDialog

    try:
        raise RuntimeError("something nobody expected")
    except RuntimeError as exc:
        ui_app._excepthook(type(exc), exc, exc.__traceback__)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert dialogs
    dialog = dialogs[-1]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "something nobody expected" in QApplication.clipboard().text()
    assert "Traceback" in QApplication.clipboard().text()
    assert "something nobody expected" in ui_app.log_file().read_text(encoding="utf-8")
    assert window.project is not None  # the project stays open
    dialog.close()


def test_a_failing_job_reports_a_domain_error(qtbot, window, tmp_path):
    bad = tmp_path / "cuadro.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    window.import_paths([bad])
    qtbot.waitUntil(lambda: window.job is None, timeout=15_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "cuadro.xlsx" in boxes[-1].text()
    boxes[-1].close()
    assert window.pages["import"].model.rowCount() == 1  # nothing half-imported


def test_a_published_table_is_kept_even_when_labels_need_a_person(qtbot, window, tmp_path):
    if getattr(workflow, "import_file", None) is None:
        pytest.skip("workflow.import_file not available")
    table = tmp_path / "cuadro1.csv"
    table.write_text("Cuadro 1. Población nacida en el extranjero por país de nacimiento y sexo\n\n"
                     "País de nacimiento,Total,Hombres,Mujeres\nTotal,600,300,300\nArgentina,200,100,100\n"
                     "Atlántida del Sur,400,200,200\n", encoding="utf-8")
    window.import_paths([table])
    page = window.pages["import"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    wait_idle(qtbot, window)
    assert page.model.data(page.model.index(1, 0)) == "cuadro1.csv"
    assert "Mapear" in page.summary.text()  # the label nobody knows waits on the Map page

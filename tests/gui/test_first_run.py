"""The first start: welcome page, guided tour, help on every page, About, portable settings, numbers by locale."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from app.help import help_title, tour_steps

PAGES = ("project", "import", "map", "check", "export")


@pytest.fixture(autouse=True)
def collect_windows_on_the_ui_thread():
    """Delete the closed windows and collect their Python cycles now, on the UI thread.

    Otherwise a garbage collection that a later test's worker thread happens
    to trigger may free them there, and Qt widgets must not be deleted off
    the UI thread.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def no_demo(monkeypatch):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)


def wait_idle(qtbot, win, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: win.job is None, timeout=timeout)


# -- welcome -------------------------------------------------------------------------
def test_first_start_shows_the_welcome_page_and_the_demo_button_opens_the_demo(qtbot, gui_app):
    from app.ui import main_window
    from app.ui.tour import current_tour

    demo = main_window.demo_project_path()
    if demo is None:
        pytest.skip("the demo project is not built (tools/build_demo.py)")
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    welcome = win.welcome
    assert win.central.currentWidget() is welcome
    assert QSettings().value("ui/first_run_done") in (True, "true")
    for button in (welcome.demo_button, welcome.new_button, welcome.open_button):
        assert button.isVisible() and button.text()
    assert not welcome.back_button.isVisible()  # the demo behind is what "Open the demo" returns to

    click(qtbot, welcome.demo_button)
    assert win.central.currentWidget() is win.workspace
    assert Path(win.project.path).resolve() == demo.resolve()
    # Leaving the welcome page after the first start offers the guided tour.
    qtbot.waitUntil(lambda: current_tour(win) is not None, timeout=3000)
    current_tour(win).close_tour()
    qtbot.waitUntil(lambda: current_tour(win) is None)
    win.close()


def test_second_start_goes_straight_to_the_project(qtbot, gui_app, project_file, no_demo):
    from app.ui import main_window

    settings = main_window.Settings()
    settings.first_run_done = True
    settings.last_project = str(project_file)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    assert win.central.currentWidget() is win.workspace
    win.close()


def test_welcome_new_button_opens_the_new_project_dialog(qtbot, gui_app, no_demo):
    from app.ui import main_window
    from app.ui.dialogs import NewProjectDialog

    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    win.show()
    qtbot.waitExposed(win)
    assert win.central.currentWidget() is win.welcome
    seen = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(200, close_dialog)
    click(qtbot, win.welcome.new_button)  # returns when the (modal) dialog was closed
    assert seen == [NewProjectDialog]
    assert win.project is None
    win.close()


def test_welcome_open_button_asks_for_a_file_and_opens_it(qtbot, gui_app, no_demo, project_file, monkeypatch):
    from app.ui import main_window

    asked = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return str(project_file), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open()
    win.show()
    click(qtbot, win.welcome.open_button)
    assert asked and "*.imila" in asked[0]
    assert Path(win.project.path).resolve() == project_file.resolve()
    assert win.central.currentWidget() is win.workspace
    # Help → Welcome shows the page again, with the way back and the project among the recent ones.
    win.welcome_action.trigger()
    assert win.central.currentWidget() is win.welcome
    assert win.welcome.recent.count() == 1
    assert win.welcome.back_button.isVisible()
    click(qtbot, win.welcome.back_button)
    assert win.central.currentWidget() is win.workspace
    win.close()


# -- guided tour ---------------------------------------------------------------------------
def test_tour_steps_through_every_step_and_closes(qtbot, window):
    from app.ui.tour import TourOverlay, current_tour

    window.tour_action.trigger()
    tour = current_tour(window)
    assert isinstance(tour, TourOverlay)
    steps = tour_steps("es")
    assert len(steps) >= 5
    panel = tour.panel
    visited = []
    for index, step in enumerate(steps):
        assert tour.index == index
        assert panel.title.text() == step["title"]
        assert panel.text.text() == step["text"]
        assert window.current_page_key() == step["page"]
        assert not tour.highlight_rect().isNull()
        assert tour.rect().contains(panel.geometry())
        visited.append(window.current_page_key())
        if index == 1:  # Back returns to the step before, Next comes back
            click(qtbot, panel.back_button)
            assert tour.index == 0
            click(qtbot, panel.next_button)
            assert tour.index == 1
        if index < len(steps) - 1:
            click(qtbot, panel.next_button)
    assert visited == [s["page"] for s in steps]
    assert not panel.back_button.isEnabled() or tour.index > 0
    click(qtbot, panel.next_button)  # "Done" on the last step
    qtbot.waitUntil(lambda: current_tour(window) is None)
    assert window.settings.offer_tour is False


def test_tour_closes_with_escape_and_remembers_dont_show_again(qtbot, window):
    from app.ui.tour import current_tour, start_tour

    window.settings.offer_tour = True
    tour = start_tour(window, offered=True)
    assert not tour.panel.dont_show.isChecked()
    qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert tour.index == 1
    click(qtbot, tour.panel.dont_show)
    assert window.settings.offer_tour is False
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: current_tour(window) is None)


def test_tour_follows_the_language(qtbot, window):
    from app.ui.app import set_language
    from app.ui.tour import start_tour

    tour = start_tour(window)
    try:
        set_language("fr")
        qtbot.waitUntil(lambda: tour.panel.title.text() == tour_steps("fr")[0]["title"])
    finally:
        set_language("es")
        tour.close_tour()


# -- help ----------------------------------------------------------------------------------
def test_help_button_on_every_page_opens_that_pages_help(qtbot, window):
    from app.ui.help_viewer import HelpViewer

    for key in PAGES:
        window.show_page(key)
        page = window.pages[key]
        button = page.help_button
        assert button.objectName() == "helpButton" and button.isVisible()
        click(qtbot, button)
        viewer = window.findChild(HelpViewer, "helpViewer")
        assert viewer is not None and viewer.isVisible()
        assert viewer.current_page == key
        assert viewer.page_title() == help_title(key, "es")
        assert help_title(key, "es") in viewer.windowTitle()
        assert help_title(key, "es") in viewer.browser.toPlainText()
        assert viewer.contents.currentItem().text() == help_title(key, "es")
    wait_idle(qtbot, window)


def test_help_links_contents_and_history(qtbot, window):
    from app.ui.help_viewer import open_help, page_for_link

    assert page_for_link(QUrl("check.html")) == ("check", "")
    assert page_for_link(QUrl("help:map")) == ("map", "")
    assert page_for_link(QUrl("../en/export.html#verify")) == ("export", "verify")
    assert page_for_link(QUrl("https://celade.cepal.org")) == (None, "")

    viewer = open_help(window, "import")
    viewer.browser.anchorClicked.emit(QUrl("check.html"))
    assert viewer.current_page == "check"
    viewer.browser.anchorClicked.emit(QUrl("help:export"))
    assert viewer.current_page == "export"
    click(qtbot, viewer.back_button)
    assert viewer.current_page == "check"
    click(qtbot, viewer.back_button)
    assert viewer.current_page == "import"
    assert not viewer.back_button.isEnabled()
    click(qtbot, viewer.forward_button)
    assert viewer.current_page == "check"
    # The list of contents opens a page too.
    row = next(r for r in range(viewer.contents.count()) if viewer.contents.item(r).data(Qt.ItemDataRole.UserRole) == "workshop")
    viewer.contents.setCurrentRow(row)
    assert viewer.current_page == "workshop"
    # Help → Help contents (F1) opens the help of the page shown.
    window.show_page("map")
    window.help_action.trigger()
    assert viewer.current_page == "map"


def test_help_follows_the_language(qtbot, window):
    from app.ui.app import set_language
    from app.ui.help_viewer import open_help

    viewer = open_help(window, "check")
    try:
        set_language("pt")
        assert viewer.page_title() == help_title("check", "pt")
        qtbot.waitUntil(lambda: help_title("check", "pt") in viewer.windowTitle())
    finally:
        set_language("es")


# -- about ---------------------------------------------------------------------------------
def test_about_lists_versions_and_licences_and_copies_them(qtbot, window, qtmodeltester):
    from app.ui.about_dialog import AboutDialog

    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    names = [dialog.model.raw(r, "name") for r in range(dialog.model.rowCount())]
    assert any("PySide6" in n for n in names)
    assert "pandas" in names
    import PySide6

    assert dialog.version_values["pyside"].text() == PySide6.__version__
    assert dialog.version_values["qt"].text()
    assert dialog.version_values["schema"].text()
    qtmodeltester.check(dialog.model)
    click(qtbot, dialog.copy_button)
    copied = QApplication.clipboard().text()
    assert "PySide6" in copied and "pandas" in copied and "IMILA schema" in copied
    dialog.close()


# -- portable mode, logs, numbers ----------------------------------------------------------------
def test_portable_home_keeps_settings_and_logs_beside_it(tmp_path, monkeypatch, gui_app):
    from app.ui import app as ui_app

    before = Path(QSettings().fileName()).parent.parent  # <path>/<organisation>/<application>.ini
    monkeypatch.setenv("IMILA_DESK_HOME", str(tmp_path / "stick"))
    try:
        folder = ui_app.configure_settings_storage()
        assert folder == tmp_path / "stick" / "settings"
        settings = QSettings()
        settings.setValue("probe", 1)
        settings.sync()
        assert Path(settings.fileName()).is_relative_to(folder)
        assert Path(settings.fileName()).is_file()
        assert ui_app.log_file().parent == tmp_path / "stick" / "logs"
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(before))


def test_without_a_home_folder_the_platform_keeps_the_settings(monkeypatch):
    from app import paths
    from app.ui import app as ui_app

    monkeypatch.delenv("IMILA_DESK_HOME", raising=False)
    monkeypatch.setattr(paths, "is_portable", lambda: False)
    assert ui_app.configure_settings_storage() is None


def test_a_portable_start_writes_its_settings_in_the_home_folder(tmp_path):
    """The real start-up path (``python -m app``) with a home folder: the INI file lands there."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IMILA_DESK_HOME=str(home))
    out = subprocess.run([sys.executable, "-m", "app", "--startup-bench"], cwd=root, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    ini = list((home / "settings").rglob("*.ini"))
    assert ini, list(home.rglob("*"))
    assert "first_run_done=true" in ini[0].read_text(encoding="utf-8")


def test_numbers_follow_the_interface_language(gui_app):
    from app.ui.app import set_language
    from app.ui.models import format_number

    try:
        assert format_number(1933463) == "1.933.463"
        assert format_number(8.95) == "8,95"
        set_language("en")
        assert format_number(1933463) == "1,933,463"
        set_language("fr")
        assert format_number(1933463).replace("\u202f", " ").replace("\xa0", " ") == "1 933 463"
        assert QLocale().decimalPoint() == ","
    finally:
        set_language("es")


def test_garbage_is_collected_on_the_ui_thread_only(gui_app):
    """Automatic collection could free Qt widgets on the worker thread (a crash): the UI thread's timer does it."""
    from app.ui.app import UiThreadGarbageCollector, collect_garbage_on_ui_thread

    collector = collect_garbage_on_ui_thread(gui_app)
    assert isinstance(collector, UiThreadGarbageCollector)
    assert collect_garbage_on_ui_thread(gui_app) is collector  # once per application
    assert not gc.isenabled()
    assert collector.timer.isActive()
    collector.check()


@pytest.mark.parametrize("system, expected", [("pt_BR", "pt"), ("fr_CA", "fr"), ("en_JM", "en"), ("es_CL", "es"),
                                              ("de_DE", "es"), ("nl_SR", "es")])
def test_first_language_follows_the_system(gui_app, monkeypatch, system, expected):
    from app.ui import i18n
    from app.ui.app import configure_application

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    QSettings().remove("ui/language")
    try:
        assert configure_application(gui_app) == expected
    finally:
        configure_application(gui_app, "es")

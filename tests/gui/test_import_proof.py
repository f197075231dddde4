"""What the import says it proved, refused or needs to ask, seen on the Import and Map pages and in the dialog.

Driven as a user would: the Import page's wizard, the main window's import
queue, the buttons of the question an import stops on. Real files: a layout
of the corpus that must be refused, and the real INDEC and INEGI tables.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "realdata"
INDEC_C3 = REAL / "ar_indec_c2022_tp_migraciones_c3.xlsx"
INEGI = REAL / "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"
needs_real = pytest.mark.skipif(not INDEC_C3.is_file() or not INEGI.is_file(), reason="real census files not available")
SHOTS = Path(os.environ["IMILA_SHOTS"]) if os.environ.get("IMILA_SHOTS") else None

sys.path.insert(0, str(ROOT))
from tests.corpus.layouts import build  # noqa: E402


def _layout(layout_id: str):
    return next(lay for lay in build() if lay.id == layout_id)


def _window(qtbot, monkeypatch, path: Path, lang: str = "es"):
    from app.ui import main_window
    from app.ui.app import set_language

    set_language(lang)
    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _idle(qtbot, win, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: win.job is None, timeout=timeout)


def _through_wizard(qtbot, win, path: Path, shot: str = "") -> str:
    """Step through the wizard to its last step, read what the automatic mapping concludes, click Import."""
    page = win.pages["import"]
    win.show_page("import")
    page.open_wizard([path])
    wizard = page.wizard
    assert wizard is not None
    while True:
        qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)
        if wizard.currentId() == wizard.CONFIRM:
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    confirm = wizard.confirm_page
    qtbot.waitUntil(lambda: confirm.reviews is not None, timeout=30_000)
    concluded = confirm.review_text.text()
    if shot:
        _shot(wizard, shot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.wizard is None, timeout=30_000)
    return concluded


def _shot(win, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        win.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_table_that_is_not_proven_is_kept_and_the_reasons_are_shown(qtbot, gui_app, tmp_path, monkeypatch, lang):
    layout = _layout("co_dane_fronterizos_ask")
    table = tmp_path / layout.filename
    layout.write(table)
    path = tmp_path / "COL.imila"
    workflow.new_project(path, layout.country, layout.year).close()
    win = _window(qtbot, monkeypatch, path, lang)
    try:
        concluded = _through_wizard(qtbot, win, table, shot=f"wizard_refused_{lang}")
        assert "Departamento" in concluded and "Map" in concluded  # the reason, and where the file will wait
        _idle(qtbot, win)
        page = win.pages["import"]
        text = page.summary.text()
        because = "It was not written automatically, because:" if lang == "en" else \
            "No se escribió automáticamente, porque:"
        assert because in text
        assert "Departamento" in text  # the dimension whose national total the source does not publish
        assert win.project.observation_count() == 0 and len(win.project.sources()) == 1
        _shot(win, f"import_refused_{lang}")

        mapping = win.pages["map"]
        win.show_page("map")
        mapping.open_source(win.project.sources()[0]["id"])
        qtbot.waitUntil(lambda: not mapping.loading and mapping.draft is not None, timeout=30_000)
        assert mapping.proof_bar.isVisible()
        assert "Departamento" in mapping.proof_bar.text.text()
        _shot(win, f"map_refused_{lang}")
    finally:
        from app.ui.app import set_language

        set_language("es")
        win.close()


@needs_real
def test_the_same_cells_again_ask_and_replace_keeps_one_source(qtbot, gui_app, tmp_path, monkeypatch):
    path = tmp_path / "ARG.imila"
    workflow.new_project(path, "ARG", 2022).close()
    win = _window(qtbot, monkeypatch, path)
    try:
        win.import_paths([INDEC_C3])
        _idle(qtbot, win)
        written = win.project.observation_count()
        assert written > 0 and "✓ T01" in win.pages["import"].summary.text()

        win.import_paths([INDEC_C3])
        qtbot.waitUntil(lambda: getattr(win, "held_dialog", None) is not None and win.held_dialog.isVisible(),
                        timeout=30_000)
        dialog = win.held_dialog
        body = dialog.findChild(QLabel, "heldText").text()
        assert "T01" in body and "ar_indec_c2022_tp_migraciones_c3.xlsx" in body  # which table, from which file
        assert set(dialog.buttons) == {"replace", "version", "keep", "cancel"}
        assert win.project.observation_count() == written and len(win.project.sources()) == 1  # nothing merged
        _shot(dialog, "held_conflicts_es")
        qtbot.mouseClick(dialog.buttons["replace"], Qt.MouseButton.LeftButton)
        _idle(qtbot, win)
        page = win.pages["import"]
        qtbot.waitUntil(lambda: bool(page._last_summary.conflicts and page._last_summary.tables), timeout=30_000)
        _idle(qtbot, win)
        assert page._last_summary.tables == {"T01": written}  # the earlier table gave way to the new one
        assert win.project.observation_count() == written and len(win.project.sources()) == 1
    finally:
        win.close()


@needs_real
def test_another_census_asks_and_keep_stores_the_file_unmapped(qtbot, gui_app, tmp_path, monkeypatch):
    path = tmp_path / "ARG.imila"
    workflow.new_project(path, "ARG", 2022).close()
    win = _window(qtbot, monkeypatch, path)
    try:
        win.import_paths([INEGI])
        qtbot.waitUntil(lambda: getattr(win, "held_dialog", None) is not None and win.held_dialog.isVisible(),
                        timeout=60_000)
        dialog = win.held_dialog
        assert set(dialog.buttons) == {"other_census", "keep", "cancel"}
        assert "2020" in dialog.findChild(QLabel, "heldText").text()  # the census year the title names
        assert win.project.sources() == []  # nothing stored before the answer
        _shot(dialog, "held_mismatch_es")
        qtbot.mouseClick(dialog.buttons["keep"], Qt.MouseButton.LeftButton)
        _idle(qtbot, win, 60_000)
        qtbot.waitUntil(lambda: len(win.project.sources()) == 1, timeout=30_000)
        assert win.project.observation_count() == 0
    finally:
        win.close()


@needs_real
@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_wizard_shows_what_proves_the_write_before_importing(qtbot, gui_app, tmp_path, monkeypatch, lang):
    path = tmp_path / "ARG.imila"
    workflow.new_project(path, "ARG", 2022).close()
    win = _window(qtbot, monkeypatch, path, lang)
    try:
        concluded = _through_wizard(qtbot, win, INDEC_C3, shot=f"wizard_proven_{lang}")
        assert "✓ T01" in concluded and "71" in concluded  # the table named, and the published totals reconciled
        _idle(qtbot, win)
        assert win.project.observation_count() == 231
    finally:
        from app.ui.app import set_language

        set_language("es")
        win.close()

"""The import wizard driven as a user would: choose or drop a file, check the detected regions, correct
one, look at the tidy result and import; cancelling or a bad file leaves the project as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "generated"
pytestmark = pytest.mark.usefixtures("fixtures_dir")  # generates the sample files in FIXTURES
REAL = Path("/work/shared/realdata")
INDEC_C3 = REAL / "ar_indec_c2022_tp_migraciones_c3.xlsx"
INEGI = REAL / "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"

needs_real = pytest.mark.skipif(not INDEC_C3.is_file(), reason="real census files not available")


@pytest.fixture
def arg_window(qtbot, gui_app, tmp_path, monkeypatch):
    """The main window on an empty Argentine 2022 project."""
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    path = tmp_path / "ARG-2022.imila"
    workflow.new_project(path, "ARG", 2022).close()
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.pages["import"].wizard is not None:
        win.pages["import"].wizard.reject()
    qtbot.waitUntil(lambda: win.job is None, timeout=15_000)
    win.close()


def idle(qtbot, wizard, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: wizard.job is None, timeout=timeout)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_step(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    idle(qtbot, wizard)


def open_from_button(qtbot, win, monkeypatch, path: Path):
    """Click "Import file…", choose ``path`` in the file dialog; returns the wizard once the file is read."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    page = win.pages["import"]
    win.show_page("import")
    click(qtbot, page.import_button)
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    idle(qtbot, wizard)
    return wizard


def select_rows(qtbot, view, rows) -> None:
    """Click the row numbers as a user does (Ctrl for more than one)."""
    header = view.verticalHeader()
    for i, row in enumerate(rows):
        view.scrollTo(view.model().index(row, 0))
        y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, modifier, QPoint(5, y))


def t01_total(project, source_id=None) -> float:
    obs = project.observations("T01")
    if source_id is not None:
        obs = obs[obs.source_id == source_id]
    return float(obs[(obs.COB == "_T") & (obs.SEX == "_T") & (obs.AGE == "_T")]["value"].sum())


# -- item models ---------------------------------------------------------------------
@needs_real
def test_preview_and_result_models_are_sound(qtmodeltester, gui_app):
    from app.ui.import_wizard import REGION_COLOURS, RegionRole, PreviewGridModel, TidyTableModel

    preview = workflow.preview_source(INDEC_C3)
    model = PreviewGridModel()
    model.set_grid(preview.rows, preview.layout)
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "A"
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"
    assert [model.data(model.index(r, 3), RegionRole) for r in (0, 2, 3, 4, 5, 8)] == \
        ["title", "header", "header", "header", "total", "data"]
    assert model.data(model.index(8, 1), RegionRole) == "total"  # column B: the published total
    assert model.data(model.index(8, 0), RegionRole) == "stub"
    assert model.data(model.index(27, 0), RegionRole) == "footer"
    assert model.data(model.index(2, 1), Qt.ItemDataRole.BackgroundRole) == QColor(REGION_COLOURS["header"][0])
    model.set_layout({**preview.layout, "header_rows": [3, 4], "title_rows": [0, 1, 2]})
    assert model.data(model.index(2, 1), RegionRole) == "title"
    qtmodeltester.check(model, force_py=True)

    result = workflow.read_source(INDEC_C3)
    tidy = TidyTableModel()
    tidy.set_table(result.tables[0])
    qtmodeltester.check(tidy, force_py=True)
    titles = [tidy.headerData(c, Qt.Orientation.Horizontal) for c in range(tidy.columnCount())]
    assert titles[:3] == ["Lugar de nacimiento", "Sexo registrado al nacer", "Grupo de edad"]
    assert tidy.total_rows() == 231
    assert tidy.data(tidy.index(0, 3)) == "1.933.463"  # Spanish digits


# -- the whole way --------------------------------------------------------------------
@needs_real
def test_indec_cuadro3_through_every_step(qtbot, arg_window, monkeypatch):
    from app.ui.import_wizard import REGION_COLOURS, RegionRole

    win = arg_window
    page = win.pages["import"]
    audit_before = len(win.project.audit_log(1000))
    wizard = open_from_button(qtbot, win, monkeypatch, INDEC_C3)
    assert wizard.currentId() == wizard.FILE
    assert "XLSX" in wizard.file_page.format_value.text()
    assert not wizard.file_page.combos["delimiter"].isVisible()  # a workbook has no delimiter
    assert win.project.sources() == []  # reading is not importing

    next_step(qtbot, wizard)  # one sheet: straight to the preview
    assert wizard.currentId() == wizard.PREVIEW
    preview_page = wizard.preview_page
    model, view = preview_page.model, preview_page.view
    for row in (2, 3, 4):  # spreadsheet rows 3-5
        assert model.data(model.index(row, 3), RegionRole) == "header"
        assert model.data(model.index(row, 3), Qt.ItemDataRole.BackgroundRole) == QColor(REGION_COLOURS["header"][0])
    for row in range(5, 26):
        assert model.data(model.index(row, 0), RegionRole) == "stub"
        assert model.data(model.index(row, 4), RegionRole) in ("data", "total")
    assert model.data(model.index(9, 4), Qt.ItemDataRole.BackgroundRole) == QColor(REGION_COLOURS["data"][0])
    assert model.data(model.index(5, 4), RegionRole) == "total"  # the published "Total" row
    assert model.row_role(26) == "footer"
    assert preview_page.legend.isVisible()
    assert "95" in preview_page.notes.text()

    # A footnote row marked as data: the detection runs again with the correction …
    select_rows(qtbot, view, [26])
    assert preview_page.row_buttons["data"].isEnabled()
    click(qtbot, preview_page.row_buttons["data"])
    assert wizard.job is not None  # on the worker
    idle(qtbot, wizard)
    assert model.row_role(26) == "data"
    assert 26 in wizard.overrides["Cuadro 3"]["data_rows"]
    assert 26 not in wizard.overrides["Cuadro 3"]["footer_rows"]
    assert model.data(model.index(26, 0), RegionRole) == "stub"
    assert preview_page.reset_button.isEnabled()

    # … and back: marked as footer again, no correction is left and the detection is the original one.
    select_rows(qtbot, view, [26])
    click(qtbot, preview_page.row_buttons["footer"])
    idle(qtbot, wizard)
    assert model.row_role(26) == "footer"
    assert "Cuadro 3" not in wizard.overrides
    assert wizard.preview.layout["confidence"] == pytest.approx(0.95)

    next_step(qtbot, wizard)
    assert wizard.currentId() == wizard.RESULT
    result_page = wizard.result_page
    assert result_page.model.total_rows() == 231
    assert result_page.model.headerData(0, Qt.Orientation.Horizontal) == "Lugar de nacimiento"
    assert "21" in result_page.dimensions.text() and "Grupo de edad" in result_page.dimensions.text()
    assert "[Cuadro 3] 231 " in result_page.understood.toPlainText()  # workflow.describe_import

    next_step(qtbot, wizard)
    assert wizard.currentId() == wizard.CONFIRM
    assert wizard.confirm_page.auto_map.isChecked()
    assert win.project.sources() == []  # still nothing stored
    assert len(win.project.audit_log(1000)) == audit_before
    with qtbot.waitSignal(wizard.imported, timeout=60_000) as imported:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    summary = imported.args[0][0]
    qtbot.waitUntil(lambda: page.wizard is None, timeout=5_000)
    assert summary.mapped and summary.tables == {"T01": 231}

    sources = win.project.sources()
    assert [s["name"] for s in sources] == [INDEC_C3.name]
    assert sources[0]["settings"]["table"] == "Cuadro 3"
    assert t01_total(win.project) == 1_933_463
    assert page.model.rowCount() == 1
    assert page.summary_frame.isVisible() and "T01" in page.summary.text()


def test_cancel_leaves_the_project_untouched(qtbot, window, monkeypatch):
    before = window.project.sources()
    audit = len(window.project.audit_log(1000))
    wizard = open_from_button(qtbot, window, monkeypatch, FIXTURES / "latin1_semicolon.csv")
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert wizard.currentId() == wizard.RESULT and wizard.result is not None
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: window.pages["import"].wizard is None, timeout=5_000)
    assert window.project.sources() == before
    assert len(window.project.audit_log(1000)) == audit


def test_cancel_while_reading(qtbot, window, tmp_path):
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("País;Total;Hombres;Mujeres\n")
        for i in range(300_000):
            fh.write(f"País {i};{3 * i};{i};{2 * i}\n")
    page = window.pages["import"]
    page.open_wizard([big])
    wizard = page.wizard
    panel = wizard.file_page.status.panel
    assert panel is not None and panel.isVisible()
    click(qtbot, panel.cancel_button)
    idle(qtbot, wizard)
    assert wizard.file_page.status.kind == "warning"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert window.project.sources()[-1]["name"] != "big.csv"


def test_a_bad_file_shows_its_message_in_the_wizard(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "cuadro.csv"
    shutil.copyfile(FIXTURES / "image_renamed.csv", bad)  # a PNG with a .csv name
    before = len(window.project.sources())
    wizard = open_from_button(qtbot, window, monkeypatch, bad)
    strip = wizard.file_page.status
    assert strip.kind == "error" and strip.message.isVisible()
    assert "cuadro.csv" in strip.message.text() and "PNG" in strip.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not boxes  # inside the step, not a dialog over it
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert len(window.project.sources()) == before


def test_text_settings_can_be_overridden(qtbot, window, monkeypatch):
    wizard = open_from_button(qtbot, window, monkeypatch, FIXTURES / "latin1_semicolon.csv")
    file_page = wizard.file_page
    delimiter = file_page.combos["delimiter"]
    assert delimiter.isVisible() and delimiter.currentData() == ";"
    assert file_page.combos["encoding"].currentData() == "cp1252"
    assert file_page.combos["decimal"].currentData() == ","
    columns = file_page.first_model.columnCount()
    delimiter.setFocus()
    index = delimiter.findData(",")
    while delimiter.currentIndex() != index:  # the arrow keys, as a user picks another delimiter
        qtbot.keyClick(delimiter, Qt.Key.Key_Up if delimiter.currentIndex() > index else Qt.Key.Key_Down)
    idle(qtbot, wizard)
    assert wizard.read_settings["delimiter"] == ","
    assert file_page.combos["delimiter"].currentData() == ","
    assert file_page.first_model.columnCount() != columns  # read again
    wizard.reject()


@needs_real
def test_sheets_step_lists_every_sheet_and_imports_the_checked_ones(qtbot, arg_window, monkeypatch):
    win = arg_window
    wizard = open_from_button(qtbot, win, monkeypatch, INEGI)
    next_step(qtbot, wizard)
    assert wizard.currentId() == wizard.SHEETS
    sheets = wizard.sheets_page
    names = [sheets.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(sheets.list.count())]
    assert names[:2] == ["Índice", "01"] and len(names) == 10
    assert sheets.checked() == ["01"]  # the first sheet holding a table
    found = QCoreApplication.translate("SheetsPage", "table found")
    assert sheets.peek_model.total_rows() > 0 and found in sheets.list.item(1).text()
    # a glance at the index sheet: no table there
    rect = sheets.list.visualItemRect(sheets.list.item(0))
    qtbot.mouseClick(sheets.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 10, rect.center().y()))
    idle(qtbot, wizard)
    assert QCoreApplication.translate("SheetsPage", "no table found") in sheets.list.item(0).text()
    item = sheets.list.item(2)
    item.setCheckState(Qt.CheckState.Checked)  # "02"
    assert sheets.checked() == ["01", "02"]

    next_step(qtbot, wizard)
    preview_page = wizard.preview_page
    assert preview_page.sheet_combo.isVisible() and preview_page.sheet_combo.count() == 2
    preview_page.sheet_combo.setFocus()
    qtbot.keyClick(preview_page.sheet_combo, Qt.Key.Key_Down)
    idle(qtbot, wizard)
    assert wizard.current_sheet == "02" and wizard.preview.sheet == "02"

    next_step(qtbot, wizard)
    assert [t.name for t in wizard.result.tables] == ["01", "02"]
    assert wizard.result_page.table_combo.count() == 2
    next_step(qtbot, wizard)
    wizard.confirm_page.auto_map.setChecked(False)
    with qtbot.waitSignal(wizard.imported, timeout=60_000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    sources = win.project.sources()
    assert [s["settings"]["sheet"] for s in sources] == ["01", "02"]
    assert "import.sheets" in [entry["action"] for entry in win.project.audit_log(10)]


@needs_real
def test_dropping_a_file_opens_the_wizard_with_it(qtbot, arg_window):
    win = arg_window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(INDEC_C3))])
    pos = win.rect().center().toPointF()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, drop)
    wizard = win.pages["import"].wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.path == INDEC_C3
    assert win.current_page_key() == "import"
    idle(qtbot, wizard)
    assert wizard.file_preview.sheet == "Cuadro 3"
    assert win.project.sources() == []


@needs_real
def test_reimport_replays_settings_and_recipe_on_a_corrected_file(qtbot, arg_window, tmp_path, monkeypatch):
    win = arg_window
    assert workflow.import_file(win.project, INDEC_C3, auto=True, memory=False).mapped
    win.data_changed()
    page = win.pages["import"]
    win.show_page("import")
    assert page.model.rowCount() == 1 and not page.reimport_button.isEnabled()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(0, 0)).center())
    assert page.reimport_button.isEnabled()
    corrected = tmp_path / "c3_corregido.xlsx"
    shutil.copyfile(INDEC_C3, corrected)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(corrected), ""))
    click(qtbot, page.reimport_button)
    qtbot.waitUntil(lambda: win.job is None, timeout=60_000)
    sources = win.project.sources()
    assert [s["name"] for s in sources] == ["c3_corregido.xlsx"]  # in place of the first edition
    assert "import.replace" in [entry["action"] for entry in win.project.audit_log(10)]
    assert t01_total(win.project) == 1_933_463
    assert page.summary_frame.isVisible() and "c3_corregido.xlsx" in page.summary.text()


def test_hidden_rows_and_notes_are_shown(qtbot, window):
    from app.ui.import_wizard import core_message

    page = window.pages["import"]
    page.open_wizard([FIXTURES / "multiheader.xlsx"])
    wizard = page.wizard
    idle(qtbot, wizard)
    next_step(qtbot, wizard)
    model = wizard.preview_page.model
    hidden = wizard.preview.layout["hidden_rows"]
    assert hidden == [8]
    assert model.data(model.index(8, 0), Qt.ItemDataRole.FontRole).italic()
    assert "oculta" in model.headerData(8, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) or \
        "hidden" in model.headerData(8, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    notes = wizard.preview_page.notes.text()
    hidden_note = next(m for m in wizard.preview.layout["messages"] if m["key"] == "import.note.hidden")
    assert core_message(hidden_note["key"], hidden_note["params"]).split("(")[0] in notes  # in Spanish
    assert "Fuente: Oficina Nacional de Estadística." in notes  # the table's own footnote
    wizard.reject()


@needs_real
def test_the_wizard_follows_a_language_switch(qtbot, arg_window, monkeypatch):
    win = arg_window
    wizard = open_from_button(qtbot, win, monkeypatch, INDEC_C3)
    next_step(qtbot, wizard)
    notes = wizard.preview_page.notes
    assert "Encabezado en filas 3–5" in notes.text()
    win.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: "Header in rows 3–5" in notes.text())
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert wizard.preview_page.legend_labels["header"].text() == "Header"
    win.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: "Encabezado en filas 3–5" in notes.text())
    wizard.reject()

"""The Map page driven as a user would, on INDEC's Cuadro 3 imported without mapping.

Figures are those of shared/realdata/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app import workflow

REAL = next((p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()), None)
pytestmark = pytest.mark.skipif(REAL is None, reason="shared/realdata not found")
C3 = "ar_indec_c2022_tp_migraciones_c3.xlsx"
MX = "mx_inegi_cpv2020_b_eum_04_migracion.xlsx"
COB = "Lugar de nacimiento"
AGE = "Grupo de edad"


# -- fixtures -----------------------------------------------------------------
@pytest.fixture(autouse=True)
def own_mapping_memory(tmp_path, monkeypatch):
    """Each test learns into its own mapping memory (Apply teaches the memory in the user data folder)."""
    monkeypatch.setenv("IMILA_DESK_HOME", str(tmp_path / "home"))


def _project(tmp_path: Path, *files: Path) -> Path:
    path = tmp_path / "ARG-2022.imila"
    project = workflow.new_project(path, "ARG", 2022)
    for file in files:
        summary = workflow.import_file(project, file)  # stored only: mapping is the Map page's job
        assert summary.source_id and not summary.mapped
    project.close()
    return path


def _open_window(qtbot, monkeypatch, path: Path):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.restore_and_open(path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow(), timeout=5000)
    return win


@pytest.fixture
def indec_window(qtbot, gui_app, tmp_path, monkeypatch):
    win = _open_window(qtbot, monkeypatch, _project(tmp_path, REAL / C3))
    yield win
    win.close()


# -- driving the page -------------------------------------------------------------
def click_page(qtbot, win, key: str) -> None:
    rect = win.navigator.visualItemRect(win._item(key))
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_row(qtbot, view, row: int, column: int = 0, double: bool = False) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_idle(qtbot, win, timeout: int = 15_000) -> None:
    page = win.pages["map"]
    qtbot.waitUntil(lambda: win.job is None and not page._jobs, timeout=timeout)


def open_first_source(qtbot, win):
    """Map page → the first source → its mapping editor, with the preview computed."""
    page = win.pages["map"]
    click_page(qtbot, win, "map")
    assert page.stack.currentWidget() is page.view
    click_row(qtbot, page.view, 0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.modes.currentWidget() is page.editor
    qtbot.waitUntil(lambda: page.draft is not None, timeout=20_000)
    wait_preview(qtbot, page)
    return page


def wait_preview(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page._preview_version == (id(page.draft), page.draft.version), timeout=15_000)


def label_row(page, label: str) -> int:
    """The grid row (in the view) showing ``label``."""
    proxy = page.labels_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, page.labels_model.LABEL).data() == label:
            return row
    raise AssertionError(f"{label} is not in the grid")


def code_of(page, label: str) -> str | None:
    from app.ui.mapping_models import CodeRole

    return page.labels_proxy.index(label_row(page, label), 0).data(CodeRole)


def status_of(page, row: int) -> str:
    from app.ui.mapping_models import StatusRole

    return page.labels_proxy.index(row, 0).data(StatusRole)


def preview_cell(page, row_code: str, col_code: str) -> str:
    model = page.preview_model
    row = model.rows.index(row_code)
    column = model.columns.index(col_code) + 1
    return model.data(model.index(row, column))


def observation(project, table_id: str, **codes) -> float:
    frame = project.observations(table_id)
    for dim, code in codes.items():
        frame = frame[frame[dim] == code]
    assert len(frame) == 1, (codes, len(frame))
    return float(frame["value"].iloc[0])


def pick_code(qtbot, page, typed: str, expected: str) -> None:
    """Through the code picker: type in its filter, check what it offers, press Enter."""
    qtbot.waitUntil(lambda: page.picker is not None and page.picker.isVisible(), timeout=5000)
    picker = page.picker
    qtbot.keyClicks(picker.filter, typed)
    assert picker.selected_code() == expected
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.picker is None, timeout=5000)
    # The window manager gives the window back its focus when a dialog closes; the offscreen platform does not.
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


# -- tests -----------------------------------------------------------------------
def test_map_indec_cuadro3_correct_undo_redo_and_apply(qtbot, indec_window):
    win = indec_window
    page = open_first_source(qtbot, win)
    assert page.table_combo.currentData() == "T01"
    assert "T01" in page.table_combo.currentText()
    assert preview_cell(page, "_T", "_T") == "1.933.463"  # Spanish interface, Spanish digits
    assert preview_cell(page, "_T", "2") == "1.061.421"
    # Suggestions wait for the user's review: Apply is blocked and says why.
    assert not page.apply_button.isEnabled()
    assert page.message.kind == "warning"

    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    assert {status_of(page, r) for r in range(page.labels_proxy.rowCount())} == {"accepted"}
    assert page.apply_button.isEnabled()
    assert code_of(page, "Italia") == "380"
    # National subtotals show their member countries.
    limitrofes = page.labels_proxy.index(label_row(page, "Países limítrofes"), page.labels_model.CODE).data()
    assert all(name in limitrofes for name in ("Bolivia", "Brasil", "Chile", "Paraguay", "Uruguay"))

    # Correct Italia to Spain through the picker (F2 on the row).
    click_row(qtbot, page.labels_view, label_row(page, "Italia"), page.labels_model.LABEL)
    qtbot.keyClick(page.labels_view, Qt.Key.Key_F2)
    pick_code(qtbot, page, "Espa", "724")
    assert code_of(page, "Italia") == "724"
    assert page.undo_action.isEnabled()

    view = page.labels_view
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Italia") == "380"
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Italia") == "724"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Italia") == "380"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Italia") == "724"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Italia") == "380"
    assert status_of(page, label_row(page, "Italia")) == "accepted"  # back to what "Accept all" made it

    # The preview follows the edits.
    wait_preview(qtbot, page)
    assert "380" in page.preview_model.rows
    assert preview_cell(page, "_T", "_T") == "1.933.463"

    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, win)
    project = win.project
    assert observation(project, "T01", COB="380", SEX="2", AGE="65+") == 36_317
    assert observation(project, "T01", COB="_T", SEX="_T", AGE="_T") == 1_933_463
    assert observation(project, "T01", COB="600", SEX="_T", AGE="_T") == 522_598
    assert page.message.kind == "ok"
    assert not page.apply_button.isEnabled()  # nothing new to apply
    assert "T01" in page.source_status.text()
    # The checks run again on the new data, so the Check page's counts follow.
    check = win.pages["check"]
    qtbot.waitUntil(lambda: check.checked_generation == win.data_generation, timeout=30_000)
    wait_idle(qtbot, win)

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.modes.currentWidget() is page.overview
    assert page.model.data(page.model.index(0, 1)) == "T01"


def _renamed_copy(tmp_path: Path, old: str, new: str) -> Path:
    import openpyxl

    book = openpyxl.load_workbook(REAL / C3)
    sheet = book.active
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == old:
                cell.value = new
    target = tmp_path / C3
    book.save(target)
    return target


def test_label_without_code_comes_first_and_blocks_apply(qtbot, gui_app, tmp_path, monkeypatch):
    win = _open_window(qtbot, monkeypatch, _project(tmp_path, _renamed_copy(tmp_path, "Italia", "Xqzlandia")))
    page = open_first_source(qtbot, win)
    assert page.labels_proxy.index(0, page.labels_model.LABEL).data() == "Xqzlandia"
    assert status_of(page, 0) == "unresolved"
    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    assert not page.apply_button.isEnabled()
    assert page.message.kind == "error"
    assert "Xqzlandia" in page.message.text.text()
    assert "Xqzlandia" in page.apply_button.toolTip()
    # The preview shows what there is, and says what it leaves out.
    wait_preview(qtbot, page)
    assert "Xqzlandia" in page.preview_note.text()
    assert preview_cell(page, "_T", "_T") == "1.933.463"

    # The user gives it Italy's code through the picker opened by a double-click; Apply is free.
    click_row(qtbot, page.labels_view, 0, page.labels_model.LABEL, double=True)
    pick_code(qtbot, page, "ital", "380")
    assert page.apply_button.isEnabled()
    # Leaving it out instead (Delete) is a choice too.
    click_row(qtbot, page.labels_view, 0, page.labels_model.LABEL)
    qtbot.keyClick(page.labels_view, Qt.Key.Key_Delete)
    assert code_of(page, "Xqzlandia") == "__drop__"
    assert page.apply_button.isEnabled()
    qtbot.keyClick(page.labels_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "Xqzlandia") == "380"
    wait_idle(qtbot, win)
    win.close()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, indec_window):
    from app.ui.mapping_models import CodeFilterModel, CodeListModel

    # One tester serves the test and follows the model checked last: models that change are checked last.
    for dimension, typed in (("COB", "reino unido"), ("AGE", "15-19")):
        codes = CodeListModel(dimension, "N:Países limítrofes" if dimension == "COB" else None)
        proxy = CodeFilterModel()
        proxy.setSourceModel(codes)
        codes.set_free_code(typed)
        proxy.set_text(typed)
        qtmodeltester.check(codes, force_py=True)
        qtmodeltester.check(proxy, force_py=True)
        offered = {proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())}
        assert ("826" if dimension == "COB" else "15-19") in offered
    page = open_first_source(qtbot, indec_window)
    wait_idle(qtbot, indec_window)
    for model in (page.model, page.tables_model, page.bindings_model, page.preview_model, page.labels_model,
                  page.labels_proxy):
        qtmodeltester.check(model, force_py=True)
    page.filter_edit.setText("am")  # the tester follows the rows the filter takes away and gives back
    page.attention_check.setChecked(True)
    assert 0 < page.labels_proxy.rowCount() < page.labels_model.rowCount()
    page.filter_edit.clear()
    page.attention_check.setChecked(False)
    assert page.labels_proxy.rowCount() == page.labels_model.rowCount()


def test_rebinding_a_dimension_is_undoable(qtbot, indec_window):
    page = open_first_source(qtbot, indec_window)
    assert any(r.dimension == "AGE" for r in page.draft.rows)
    age_row = [page.bindings_model.names.index(AGE)][0]
    combo = page.bindings_view.indexWidget(page.bindings_model.index(age_row, 1))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("__sum__"))
    combo.activated.emit(combo.currentIndex())  # what choosing the item in the open list does
    qtbot.waitUntil(lambda: page.draft.recipe["bindings"][AGE] == "__sum__", timeout=15_000)
    assert not any(r.dimension == "AGE" for r in page.draft.rows)
    assert not page.bindings_view.isColumnHidden(2)  # the total of a summed dimension shows
    wait_preview(qtbot, page)
    assert preview_cell(page, "_T", "_T") == "1.933.463"
    qtbot.keyClick(page.labels_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.draft.recipe["bindings"][AGE] == "AGE"
    assert sum(1 for r in page.draft.rows if r.dimension == "AGE") == 6
    assert page.bindings_view.isColumnHidden(2)
    wait_idle(qtbot, indec_window)


def test_recipe_saved_and_replayed_asks_only_new_labels(qtbot, indec_window, tmp_path):
    win = indec_window
    page = open_first_source(qtbot, win)
    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    saved = page.save_recipe(tmp_path / "cuadro3")
    recipe = json.loads(saved.read_text(encoding="utf-8"))
    assert saved.name == "cuadro3.json" and recipe["table"] == "T01"
    assert recipe["labels"][COB]["Italia"] == "380"
    # A colleague's recipe that never saw "Italia" and calls Spain 380 on purpose.
    del recipe["labels"][COB]["Italia"]
    recipe["labels"][COB]["España"] = "380"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(recipe, ensure_ascii=False), encoding="utf-8")
    page.apply_recipe_file(other)
    qtbot.waitUntil(lambda: any(r.new for r in page.draft.rows), timeout=15_000)
    new = [r for r in page.draft.rows if r.new]
    assert [(r.source, r.label) for r in new] == [(COB, "Italia")]
    assert code_of(page, "España") == "380"
    assert status_of(page, label_row(page, "España")) == "accepted"
    italia = label_row(page, "Italia")
    assert page.labels_proxy.index(italia, page.labels_model.LABEL).data(Qt.ItemDataRole.FontRole).bold()
    # Undo goes back to the mapping as it was before the recipe.
    qtbot.keyClick(page.labels_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code_of(page, "España") == "724"
    assert not any(r.new for r in page.draft.rows)
    wait_idle(qtbot, win)


def test_one_source_feeds_two_tables(qtbot, gui_app, tmp_path, monkeypatch):
    win = _open_window(qtbot, monkeypatch, _project(tmp_path, REAL / MX))
    page = open_first_source(qtbot, win)
    assert page.table_combo.currentData() == "T00"
    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, win)
    assert observation(win.project, "T00", NATIVITY="_T", SEX="_T", AGE="_T") == 126_014_024

    # The same sheet also feeds a partial T01: choose it in the table list.
    combo = page.table_combo
    combo.setCurrentIndex(page.tables_model.row_of("T01"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: page.draft is not None and page.draft.table_id == "T01", timeout=15_000)
    wait_preview(qtbot, page)
    if page.draft.rows_with("confirm"):
        for row in page.draft.rows_with("confirm"):
            page.labels_view.setCurrentIndex(page.labels_proxy.mapFromSource(
                page.labels_model.index(page.labels_model.view_row(row), 0)))
            qtbot.keyClick(page.labels_view, Qt.Key.Key_Space)
    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    assert page.apply_button.isEnabled(), page.message.text.text()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, win)
    assert observation(win.project, "T01", COB="840", SEX="_T", AGE="_T") == 797_266
    assert observation(win.project, "T00", NATIVITY="_T", SEX="_T", AGE="_T") == 126_014_024  # still there
    # The T00 draft is kept: back to it without asking the worker again.
    combo.setCurrentIndex(page.tables_model.row_of("T00"))
    combo.activated.emit(combo.currentIndex())
    assert page.draft.table_id == "T00"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    tables = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert tables == {"T00", "T01"}
    assert page.fed_tables(page.model.raw(0, "source_id")) == {"T00", "T01"}
    wait_idle(qtbot, win)
    win.close()


def test_mapping_memory_export_and_import(qtbot, indec_window, tmp_path):
    from app.mapping import MappingMemory

    win = indec_window
    page = open_first_source(qtbot, win)
    with MappingMemory() as memory:
        memory.remember("COB", "Italia", "380", "ARG-2022")
    target = tmp_path / "shared-memory.json"
    page.export_memory(target)
    wait_idle(qtbot, win)
    body = json.loads(target.read_text(encoding="utf-8"))
    assert body["format"] == "imila-desk-mapping-memory"
    assert [e["label"] for e in body["entries"]] == ["Italia"]
    body["entries"].append({"dimension": "COB", "label": "Tierra del Fuego del Norte", "code": "OTH"})
    target.write_text(json.dumps(body), encoding="utf-8")
    page.import_memory(target)
    wait_idle(qtbot, win)
    with MappingMemory() as memory:
        assert memory.lookup("COB", "Tierra del Fuego del Norte").code == "OTH"


def test_language_switch_keeps_the_editor(qtbot, indec_window):
    from app.ui.app import set_language

    page = open_first_source(qtbot, indec_window)
    set_language("en")
    try:
        assert page.labels_model.headerData(2, Qt.Orientation.Horizontal) == "Label in the source"
        assert preview_cell(page, "_T", "_T") == "1,933,463"
        assert "Foreign-born" in page.table_combo.currentText()
    finally:
        set_language("es")
    wait_idle(qtbot, indec_window)


def test_the_page_speaks_the_cores_markers():
    """The page repeats a few core constants so that opening the window does not load pandas."""
    import app.mapping as core
    from app.mapping.recipe import LEVEL_JOIN
    from app.ui import mapping_models as ui

    assert (ui.DROP, ui.SUM, ui.AUTO_ACCEPT, ui.LEVEL_JOIN) == (core.DROP, core.SUM, core.AUTO_ACCEPT, LEVEL_JOIN)


def _renamed_many(tmp_path: Path, renames: dict[str, str]) -> Path:
    import openpyxl

    book = openpyxl.load_workbook(REAL / C3)
    for row in book.active.iter_rows():
        for cell in row:
            if cell.value in renames:
                cell.value = renames[cell.value]
    target = tmp_path / C3
    book.save(target)
    return target


def test_questions_grouped_by_kind(qtbot, gui_app, tmp_path, monkeypatch):
    """Labels to answer come grouped by what they ask; the grouping filters the grid and follows the answers."""
    renames = {"ASIA": "Asia y Oceania", "Resto de Europa": "Resto de Europpa", "Italia": "Italla",
               "Brasil": "Xqzlandia", "Ignorado(1)": "Otros sin especificar"}
    win = _open_window(qtbot, monkeypatch, _project(tmp_path, _renamed_many(tmp_path, renames)))
    from app.ui.app import set_language

    set_language("en")
    try:
        _answer_grouped_questions(qtbot, win)
    finally:
        set_language("es")
    wait_idle(qtbot, win)
    win.close()


def _answer_grouped_questions(qtbot, win):
    page = open_first_source(qtbot, win)
    combo = page.question_filter
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["Questions (5)", "Total or aggregate? (1)", "Residual: others of a region? (1)",
                     "Which country? (1)", "No code offered (1)", "Not stated or another category? (1)"]
    # The grid asks first what has no code, then the codes to confirm in the order of the groups.
    first = [page.labels_proxy.index(row, page.labels_model.LABEL).data() for row in range(5)]
    assert first == ["Xqzlandia", "Asia y Oceania", "Resto de Europpa", "Italla", "Otros sin especificar"]

    # Only the countries to confirm: the typing slip, with its reason.
    combo.setCurrentIndex(combo.findData("country"))
    assert page.labels_proxy.rowCount() == 1
    assert page.labels_proxy.index(0, page.labels_model.REASON).data() == "typing slip? Italy"
    click_row(qtbot, page.labels_view, 0, page.labels_model.LABEL)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert code_of(page, "Italla") == "380"
    # Answered: the group is gone from the list and the grid shows every label again.
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Questions (4)" and not any(i.startswith("Which country?") for i in items)
    assert page.labels_proxy.rowCount() == page.labels_model.rowCount()

    # In Spanish the groups speak Spanish.
    from app.ui.app import set_language

    set_language("es")
    qtbot.waitUntil(lambda: combo.itemText(0) == "Preguntas (4)", timeout=5000)
    assert combo.itemText(combo.findData("aggregate")) == "¿Total o agregado? (1)"

"""Export page → "Save report as PDF…", driven as a user would, on INDEC's Cuadro 3; and the report's HTML
as Qt's rich text lays it out (what the PDF prints)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTextBrowser

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gui"))

from test_export_page import open_window, show_export  # noqa: E402,F401  (the fixture is used by name)

SHOTS = os.environ.get("IMILA_SCREENSHOTS")  # a folder to keep the screenshots in, for looking at them


@pytest.fixture
def argentina(realdata, tmp_path) -> Path:
    path = tmp_path / "ARG-2022.imila"
    project = workflow.new_project(path, "ARG", 2022, nso="INDEC", contact_name="Ana Pérez", reference_date="2022-05-18")
    workflow.import_file(project, realdata / "ar_indec_c2022_tp_migraciones_c3.xlsx", auto=True)
    workflow.check_project(project)
    project.close()
    return path


def test_save_report_as_pdf_from_the_export_page(qtbot, open_window, argentina, tmp_path, monkeypatch):  # noqa: F811
    pypdf = pytest.importorskip("pypdf")
    win = open_window(argentina)
    page = show_export(qtbot, win, tmp_path / "out")
    assert page.report_pdf_button.isVisible() and page.report_pdf_button.isEnabled()
    assert page.report_pdf_button.text() == "Guardar el informe en PDF…"
    page.labels_language.setCurrentIndex(page.labels_language.findData("en"))
    target = tmp_path / "informes" / "ARG_2022_report"
    asked = []

    def save_dialog(parent, title, start, filters):
        asked.append((title, start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(page.report_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_report is not None and win.job is None, timeout=30_000)
    assert asked and asked[0][1].endswith("ARG_2022_IMILA_report.pdf") and "*.pdf" in asked[0][2]
    pdf = target.with_suffix(".pdf")
    assert page.last_report == pdf and pdf.is_file()
    assert pdf.name in page.report_result.text() and "páginas" in page.report_result.text()
    assert page.report_result.toolTip() == str(pdf)
    reader = pypdf.PdfReader(str(pdf))
    # Compared without spaces: text extraction may split a word where the PDF positions its glyphs apart.
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    for words in ("IMILA quality report — Argentina 2022", "Summary of the checks", "De jure (usual residents)"):
        assert "".join(words.split()) in text, words
    assert "de_jure" not in text
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "export_page_report.png"))


def test_a_report_that_cannot_be_written_says_where_and_why(qtbot, open_window, argentina, tmp_path,  # noqa: F811
                                                            monkeypatch):
    from app.ui import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "message_box", lambda parent, kind, title, text, details="": shown.append((title, text)))
    win = open_window(argentina)
    page = show_export(qtbot, win, tmp_path / "out")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.save_report_pdf(str(blocker / "report.pdf"))
    qtbot.waitUntil(lambda: bool(shown) and win.job is None, timeout=30_000)
    title, text = shown[0]
    assert title == "Guardar el informe en PDF" and str(blocker / "report.pdf") in text
    assert page.last_report is None and not blocker.is_dir()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_report_as_qt_lays_it_out(qtbot, gui_app, argentina, lang, tmp_path):
    from app.ui.report_pdf import text_document

    with workflow.open_project(argentina) as project:
        document = workflow.report_document(project, lang)
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setDocument(text_document(document))
    browser.resize(960, 900)
    browser.show()
    qtbot.waitExposed(browser)
    doc = browser.document()
    assert set(document.images) == {"pyramid.svg", "countries.svg", "women_pyramids.svg"}
    for name in document.images:  # the charts are there as images, not as missing pictures
        assert not doc.resource(doc.ResourceType.ImageResource, name).isNull()
    words = doc.toPlainText()
    assert ("Resumen de las verificaciones" if lang == "es" else "Summary of the checks") in words
    assert "de_jure" not in words and not re.search(r"\b(report|meta|chart)\.[a-z_]+", words)  # no raw message key
    if SHOTS:
        browser.resize(960, min(int(doc.size().height()) + 20, 4000))
        browser.grab().save(str(Path(SHOTS) / f"report_html_{lang}.png"))

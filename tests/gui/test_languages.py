"""The interface in four languages: every screen a user can reach, visited in Spanish, Portuguese, French and
English, with no English text left where a translation is expected and no label or button cut short.

For each language the real main window opens on a copy of the demo census; the test walks every page of
the navigator and every tab inside them, opens every dialog the menus and pages lead to (new project,
About, help, verify report of a good and of a tampered package, workshop exercises and their progress
report, the import wizard step by step on a real workbook, the microdata dialog and its recipe form, the
mapping editor and its code picker, an explanation and its history, the guided tour, the welcome page,
the unexplained-warnings and unexpected-error dialogs, a workshop exercise with its checklist) and reads
what is visible: labels, buttons, group titles, tabs, menus, header sections, cells, combo items,
placeholders, tooltips and window titles. A text fails when it is English text of the interface (a source
of the .ts files, or an English plural form) or fills one of its templates ("{n} errors", "%n error(s)")
while a translation is expected; a single-line label, a button or a tab bar fails when its text is wider
than the room the widget gives it, at 1280×800 and again, page by page, at 1024×700. Numbers follow the
language's QLocale (1.933.463, 1,933,463, 1 933 463).

With ``IMILA_LANG_SHOTS=<folder>`` set, each page is saved there as ``lang_<language>_<page>.png``.
"""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QFileDialog, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QRadioButton, QStyle, QTabBar, QToolButton, QWidget,
)

from app import workflow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
DEMO = ROOT / "resources" / "demo" / "demo.imila"
WORKBOOK = ROOT / "resources" / "demo" / "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx"
SHOTS = os.environ.get("IMILA_LANG_SHOTS")

pytestmark = pytest.mark.skipif(not DEMO.is_file() or not WORKBOOK.is_file(),
                                reason="the demo project is built by tools/build_demo.py")

# Texts written the same in English and in the language: codes, names of formats and programs, and the
# few words the languages share. Anything else equal to its English source is an untranslated string.
SAME_EVERYWHERE = {
    "IMILA Desk", "SHA-256", "UTF-8", "UTF-16", "ISO-8859-1 (Latin-1)", "Mac OS Roman", "Parquet (*.parquet *.pq)",
    "SPSS (*.sav)", "SPSS (*.sav *.zsav)", "Stata (*.dta)", "Total", "…", "{minutes} min", "{file}, {size}",
    "Python:", "Qt:",
}
SAME_IN = {
    "es": {"Error", "%n error"},
    "pt": set(),
    "fr": {"Action", "Code", "Concept", "Format", "Licence", "Message", "Note", "Notes", "Notes ({n})", "%n note",
           "%n notes", "Observations", "Questions ({count})", "Version", "ISO alpha-2 (AR, CL, PE…)", "ISO alpha-3 (ARG, CHL, PER…)",
           "Point  1234.5", "Point  1.234.567", "Apostrophe  1'234'567"},
    "en": set(),
}
PARTS = re.compile(r"\s+·\s+|\n+|\s+▾$")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


# -- what the interface should say ---------------------------------------------------------------
def plain(text: str) -> str:
    """A widget's text as read: accelerator ampersands dropped, rich text as plain text, spaces trimmed."""
    text = text or ""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(.)", r"\1", text).strip()


def ts_texts(lang: str) -> list[tuple[str, list[str]]]:
    """(source, translations) of every message of ``app_<lang>.ts``; a plural message has one per form."""
    root = ET.parse(I18N / f"app_{lang}.ts").getroot()
    out = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out.append((plain(message.findtext("source") or ""), [plain(form) for form in forms]))
    return out


def english_texts() -> set[str]:
    """The English of the interface: the sources, and the English plural forms ("%n error", "%n errors")."""
    texts = set()
    for source, forms in ts_texts("en"):
        texts |= {source, *forms}
    return texts - {""}


def other_translations(lang: str) -> set[str]:
    """The translations into ``lang`` spelled differently from their own English source."""
    if lang == "en":
        return set()
    english = {source: set(forms) | {source} for source, forms in ts_texts("en")}
    texts = set()
    for source, forms in ts_texts(lang):
        texts |= {form for form in forms if form not in english.get(source, {source})}
    return texts - {""}


def template(text: str) -> str:
    """A regular expression for ``text`` with any value in its placeholders."""
    pieces = re.split(f"({PLACEHOLDER.pattern})", text)
    return "".join(".+?" if PLACEHOLDER.fullmatch(piece) else re.escape(piece) for piece in pieces if piece)


class Expected:
    """The English texts of the interface, and which of them may stay as they are in ``lang``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        allowed = {plain(t) for t in SAME_EVERYWHERE | SAME_IN[lang]}
        # A translation may be spelled like another English text ("Data" is Portuguese for "When"): it is not
        # English there. A translation spelled like its own source is allowed only through the lists above.
        self.english = english_texts() - allowed - other_translations(lang)
        templates = [template(text) for text in sorted(self.english)
                     if PLACEHOLDER.search(text) and len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", text))) >= 4]
        self.templates = re.compile("|".join(f"(?:{t})" for t in templates)) if templates else None

    def untranslated(self, text: str) -> str | None:
        """The English part of ``text``, or None when it reads as translated."""
        if self.lang == "en":
            return None
        for part in [text, *PARTS.split(text)]:
            part = part.strip()
            if len(re.findall(r"[A-Za-z]", part)) < 2:
                continue
            if part in self.english or (self.templates is not None and self.templates.fullmatch(part)):
                return part
        return None


def columns(model) -> int:
    """Column count of any model (a list model hides its columnCount)."""
    try:
        return model.columnCount(QModelIndex())
    except TypeError:
        return 1


# -- reading the screen ------------------------------------------------------------------------------
class Audit:
    """Reads every visible text of a window and notes what is untranslated or cut short."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.expected = Expected(lang)
        self.untranslated: dict[str, str] = {}  # text → where it was seen
        self.clipped: dict[str, str] = {}
        self.seen = 0

    # texts ------------------------------------------------------------------------------------
    def text(self, text: str, where: str) -> None:
        text = plain(text)
        if not text:
            return
        self.seen += 1
        english = self.expected.untranslated(text)
        if english is not None:
            self.untranslated.setdefault(english, where)

    def widget_texts(self, widget: QWidget, where: str) -> None:
        name = f"{where}: {type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel):
            self.text(widget.text(), name)
        elif isinstance(widget, QAbstractButton):
            self.text(widget.text(), name)
            menu = widget.menu() if isinstance(widget, (QPushButton, QToolButton)) else None
            if menu is not None:
                self.menu(menu, name)
        elif isinstance(widget, QGroupBox):
            self.text(widget.title(), name)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.text(widget.tabText(index), name)
                self.text(widget.tabToolTip(index), name)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                count = columns(model) if widget.orientation() == Qt.Orientation.Horizontal else 0
                for section in range(count):
                    if not widget.isSectionHidden(section):
                        self.text(str(model.headerData(section, widget.orientation()) or ""), name)
                        self.text(str(model.headerData(section, widget.orientation(),
                                                       Qt.ItemDataRole.ToolTipRole) or ""), name)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.text(widget.itemText(index), name)
        elif isinstance(widget, QLineEdit):
            self.text(widget.placeholderText(), name)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(min(columns(model), 8)):
                    index = model.index(row, column)
                    self.text(str(index.data() or ""), name)
                    self.text(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""), name)
        for action in widget.actions():
            self.text(action.text(), name)
            self.text(action.toolTip() if action.toolTip() != plain(action.text()) else "", name)
        self.text(widget.toolTip(), name)
        if widget.isWindow():
            self.text(widget.windowTitle(), name)

    def menu(self, menu: QMenu, where: str) -> None:
        self.text(menu.title(), where)
        menu.aboutToShow.emit()  # menus filled when they open (Open recent)
        for action in menu.actions():
            if action.isSeparator():
                continue
            self.text(action.text(), f"{where} › {plain(menu.title())}")
            if action.menu() is not None:
                self.menu(action.menu(), f"{where} › {plain(menu.title())}")

    # clipping ---------------------------------------------------------------------------------
    def clipping(self, widget: QWidget, where: str) -> None:
        name = f"{where}: {type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel):
            text = widget.text()
            if (not text or widget.wordWrap() or "\n" in text or "<br" in text
                    or type(widget).paintEvent is not QLabel.paintEvent  # draws (elides) its text itself
                    or widget.sizePolicy().horizontalPolicy() == widget.sizePolicy().Policy.Ignored):
                return
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if QtGui.Qt.mightBeRichText(text):
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setDocumentMargin(0)
                document.setHtml(text)
                need = document.idealWidth()
            else:
                need = widget.fontMetrics().horizontalAdvance(text)
            if need > room + 1:
                self.clipped.setdefault(f"{plain(text)!r} needs {need:.0f}px, has {room}px", name)
        elif isinstance(widget, QTabBar) and widget.elideMode() == Qt.TextElideMode.ElideNone and widget.count():
            need = sum(widget.tabSizeHint(index).width() for index in range(widget.count()))
            if need > widget.width() + 1:  # the last tabs scroll out of sight
                tabs = " | ".join(plain(widget.tabText(index)) for index in range(widget.count()))
                self.clipped.setdefault(f"tabs {tabs!r} need {need}px, have {widget.width()}px", name)
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            text = plain(widget.text())
            if not text or (isinstance(widget, QToolButton)
                            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
                return
            need = widget.fontMetrics().horizontalAdvance(text)
            if not widget.icon().isNull():
                need += widget.iconSize().width() + 4
            if isinstance(widget, (QCheckBox, QRadioButton)):
                need += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
            else:
                need += 8  # the frame and the least padding a style gives
            if widget.width() < widget.sizeHint().width() and need > widget.width():
                self.clipped.setdefault(f"{text!r} needs {need}px, has {widget.width()}px", name)

    def scan(self, root: QWidget, where: str) -> None:
        """Every visible widget of ``root``'s window part (``root`` included)."""
        QApplication.processEvents()
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and widget.window() is root.window():
                self.widget_texts(widget, where)
                self.clipping(widget, where)

    def report(self) -> str:
        lines = [f"{len(self.untranslated)} untranslated texts in {self.lang}:"]
        lines += [f"  {text!r}  ← {where}" for text, where in sorted(self.untranslated.items())]
        lines += [f"{len(self.clipped)} clipped texts in {self.lang}:"]
        lines += [f"  {text}  ← {where}" for text, where in sorted(self.clipped.items())]
        return "\n".join(lines)


# -- driving the application --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> tuple[Path, Path]:
    """A package that verifies and a tampered copy that does not, for the Verify report in each language."""
    from gui_samples import write_long_csv

    folder = tmp_path_factory.mktemp("packages")
    project = workflow.new_project(folder / "CHL-2017.imila", "CHL", 2017, nso="INE", census_name="Censo 2017")
    workflow.import_tidy_csv(project, write_long_csv(folder / "t01.csv"))
    good = workflow.export_package(project, folder / "out")
    project.close()
    bad = folder / "tampered.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data.replace(b",", b";", 3) if item.filename == "data/T01.csv" else data)
    return good, bad


@pytest.fixture(scope="module")
def person_file(tmp_path_factory) -> Path:
    from app.tabulate.synthetic import generate_persons

    return generate_persons(tmp_path_factory.mktemp("persons") / "personas.csv", 300, seed=3)


def open_window(qtbot, lang: str, tmp_path: Path, monkeypatch):
    from app.ui import main_window
    from app.ui.app import configure_application

    configure_application(QApplication.instance(), lang)
    path = tmp_path / "demo.imila"
    shutil.copyfile(DEMO, path)
    monkeypatch.setattr(main_window, "demo_project_path", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.settings.offer_tour = False
    win.settings.workshop_folder = str(tmp_path / "workshop")
    win.restore_and_open(path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def show_page(qtbot, win, key: str) -> None:
    # The window manager gives the window back its focus when a dialog closes; the offscreen platform does not.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    rect = win.navigator.visualItemRect(win._item(key))
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_page_key() == key


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def shot(widget: QWidget, lang: str, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"lang_{lang}_{name}.png"))


def idle(qtbot, win, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: win.job is None, timeout=timeout)


def visit_check_page(qtbot, win, audit: Audit, lang: str) -> None:
    show_page(qtbot, win, "check")
    page = win.pages["check"]
    qtbot.waitUntil(lambda: page.state == "done" and page.job is None, timeout=30_000)
    audit.scan(win, "Check")
    findings = page.model.findings
    for severity in ("error", "warning"):
        finding = next(f for f in findings if f.severity == severity)
        index = page.tree_model.index_of_key(finding.key, 1)
        page.view.scrollTo(index)
        with qtbot.waitSignal(page.cells_view.loaded, timeout=20_000):
            qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
        audit.scan(win, f"Check › {severity} {finding.rule}")
    shot(win, lang, "check")
    # The warning shown gets an explanation; its history opens from the History button.
    qtbot.mouseClick(page.explanation_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.explanation_text, "Published this way by the census office.")
    click(qtbot, page.save_explanation_button)
    qtbot.waitUntil(lambda: page.checked_generation == win.data_generation and page.job is None, timeout=30_000)
    audit.scan(win, "Check › explained warning")
    click(qtbot, page.history_button)
    assert page.history_dialog.isVisible()
    audit.scan(page.history_dialog, "Check › explanation history")
    page.history_dialog.close()
    click_tab(qtbot, page.tabs, 1)
    qtbot.waitUntil(lambda: page.overview is not None and page.overview_job is None, timeout=30_000)
    audit.scan(win, "Check › Women")
    shot(win, lang, "check_women")
    click_tab(qtbot, page.tabs, 2)
    qtbot.waitUntil(lambda: page.charts_view is not None, timeout=30_000)
    for index in range(page.charts_view.tabs.count()):
        click_tab(qtbot, page.charts_view.tabs, index)
        audit.scan(win, f"Check › Charts › {index}")
    shot(win, lang, "check_charts")
    click_tab(qtbot, page.tabs, 0)
    qtbot.waitUntil(lambda: page.job is None and page.overview_job is None and page.cells_view.job is None,
                    timeout=30_000)


def visit_map_page(qtbot, win, audit: Audit, lang: str) -> None:
    show_page(qtbot, win, "map")
    page = win.pages["map"]
    audit.scan(win, "Map")
    shot(win, lang, "map")
    view = page.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.draft is not None and win.job is None and not page._jobs, timeout=30_000)
    qtbot.waitUntil(lambda: page._preview_version == (id(page.draft), page.draft.version), timeout=15_000)
    # Numbers in the preview grid follow the language.
    model = page.preview_model
    locale = QLocale()
    cells = [model.data(model.index(row, column))
             for row in range(model.rowCount(QModelIndex())) for column in range(1, columns(model))]
    big = [cell for cell in cells if cell and len(cell) > 5]  # 230.375, 230,375, 230 375
    assert big and all(locale.toInt(c)[1] and locale.toString(locale.toInt(c)[0]) == c for c in big), big[:5]
    audit.scan(win, "Map › mapping")
    shot(win, lang, "map_editor")
    labels = page.labels_view
    index = labels.model().index(0, page.labels_model.LABEL)
    qtbot.mouseClick(labels.viewport(), Qt.MouseButton.LeftButton, pos=labels.visualRect(index).center())
    qtbot.keyClick(labels, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.picker is not None and page.picker.isVisible(), timeout=5000)
    audit.scan(page.picker, "Map › code picker")
    qtbot.keyClick(page.picker.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.picker is None, timeout=5000)
    click(qtbot, page.back_button)


def visit_import_page(qtbot, win, audit: Audit, lang: str, person_file: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWizard

    show_page(qtbot, win, "import")
    page = win.pages["import"]
    audit.scan(win, "Import")
    shot(win, lang, "import")
    page.open_wizard([WORKBOOK])
    wizard = page.wizard
    assert wizard is not None
    while True:
        qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)
        audit.scan(wizard, f"Import wizard › step {wizard.currentId()}")
        if wizard.currentId() == wizard.CONFIRM:
            break
        shot(wizard, lang, f"wizard_{wizard.currentId()}")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    shot(wizard, lang, "wizard_confirm")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: page.wizard is None, timeout=5000)

    click(qtbot, page.tabulate_button)
    dialog = page.tabulate_dialog
    assert dialog is not None and dialog.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(person_file), ""))
    click(qtbot, dialog.file_button)
    audit.scan(dialog, "Tabulate")
    shot(dialog, lang, "tabulate")
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.builder is not None and dialog.builder.isVisible(), timeout=20_000)
    audit.scan(dialog.builder, "Tabulate › recipe form")
    shot(dialog.builder, lang, "recipe_form")
    dialog.builder.reject()
    qtbot.waitUntil(lambda: dialog.builder is None, timeout=5000)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def visit_dialogs_from_menus(qtbot, win, audit: Audit, lang: str, packages) -> None:
    from app.ui.about_dialog import AboutDialog
    from app.ui.help_viewer import HelpViewer
    from app.ui.tour import current_tour
    from app.ui.workshop_dialog import WorkshopDialog

    for action in win.menuBar().actions():
        if action.menu() is not None:
            audit.menu(action.menu(), "Menus")

    seen: list[QWidget] = []

    def read_new_project_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            audit.scan(dialog, "New project")
            shot(dialog, lang, "new_project")
            dialog.reject()

    QTimer.singleShot(0, read_new_project_dialog)
    win.new_action.trigger()
    assert seen, "the New project dialog did not open"

    win.about_action.trigger()
    about = win.about_dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    qtbot.waitUntil(lambda: about.model.rowCount(QModelIndex()) > 0, timeout=10_000)
    audit.scan(about, "About")
    shot(about, lang, "about")
    about.close()

    win.help_action.trigger()
    viewer = win.findChild(HelpViewer, "helpViewer")
    assert viewer is not None and viewer.isVisible()
    audit.scan(viewer, "Help")
    viewer.close()

    win.workshop_action.trigger()
    workshop = win.findChild(WorkshopDialog, "workshopDialog")
    assert workshop is not None and workshop.isVisible()
    qtbot.waitUntil(lambda: workshop.status_job is None, timeout=30_000)
    audit.scan(workshop, "Workshop exercises")
    shot(workshop, lang, "workshop")
    click(qtbot, workshop.export_button)
    asking = workshop.export_dialog
    assert asking is not None and asking.isVisible()
    audit.scan(asking, "Workshop › export progress")
    asking.reject()
    workshop.close()

    for package in packages:
        job = win.verify_package(package)
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=30_000):
            pass
        report = win.verify_dialog
        assert report.isVisible()
        audit.scan(report, f"Verify › {package.name}")
        shot(report, lang, f"verify_{package.stem}")
        report.close()

    win.tour_action.trigger()
    tour = current_tour(win)
    assert tour is not None
    for step in range(len(tour.steps)):
        assert tour.index == step
        audit.scan(tour, f"Tour › step {step + 1}")
        if step < len(tour.steps) - 1:
            click(qtbot, tour.panel.next_button)
    shot(win, lang, "tour")
    click(qtbot, tour.panel.next_button)
    qtbot.waitUntil(lambda: current_tour(win) is None, timeout=5000)

    win.welcome_action.trigger()
    assert win.central.currentWidget() is win.welcome
    audit.scan(win, "Welcome")
    shot(win, lang, "welcome")
    click(qtbot, win.welcome.back_button)
    assert win.central.currentWidget() is win.workspace


def visit_other_dialogs(qtbot, win, audit: Audit, lang: str) -> None:
    """Dialogs that events open: warnings sent unexplained, an unexpected error; then a workshop exercise."""
    from app.ui.dialogs import CrashDialog
    from app.ui.pages.export_page import UnexplainedDialog
    from app.ui.workshop_dialog import WorkshopDialog

    warnings = [f for f in win.pages["check"].model.findings if f.severity == "warning"]
    dialog = UnexplainedDialog(win, warnings)
    dialog.show()
    qtbot.waitExposed(dialog)
    audit.scan(dialog, "Export › unexplained warnings")
    shot(dialog, lang, "unexplained")
    dialog.close()
    crash = CrashDialog(win, RuntimeError("probe"), "Traceback (most recent call last): …", "/tmp/imila-desk.log")
    crash.show()
    qtbot.waitExposed(crash)
    audit.scan(crash, "Unexpected error")
    shot(crash, lang, "crash")
    crash.close()

    win.workshop_action.trigger()
    workshop = win.findChild(WorkshopDialog, "workshopDialog")
    qtbot.waitUntil(lambda: workshop.status_job is None, timeout=30_000)
    workshop.select("explain_warning")
    click(qtbot, workshop.start_button)
    qtbot.waitUntil(lambda: win.workshop_dock.isVisible() and win.workshop_dock.panel.evaluated and win.job is None,
                    timeout=30_000)
    show_page(qtbot, win, "check")
    page = win.pages["check"]
    qtbot.waitUntil(lambda: page.state == "done" and page.job is None, timeout=30_000)
    audit.scan(win, "Workshop checklist beside the Check page")
    shot(win, lang, "workshop_checklist")


@pytest.mark.parametrize("lang", ["es", "pt", "fr", "en"])
def test_every_screen_speaks_the_language_and_nothing_is_cut(qtbot, gui_app, tmp_path, monkeypatch, lang,
                                                              packages, person_file):
    from app.ui.i18n import current_language

    monkeypatch.setenv("IMILA_DESK_HOME", str(tmp_path / "home"))  # a mapping memory of its own
    win = open_window(qtbot, lang, tmp_path, monkeypatch)
    try:
        assert current_language() == lang
        audit = Audit(lang)
        for key in ("project", "export"):
            show_page(qtbot, win, key)
            audit.scan(win, key.capitalize())
            shot(win, lang, key)
        visit_import_page(qtbot, win, audit, lang, person_file, monkeypatch)
        visit_map_page(qtbot, win, audit, lang)
        visit_check_page(qtbot, win, audit, lang)
        visit_dialogs_from_menus(qtbot, win, audit, lang, packages)
        visit_other_dialogs(qtbot, win, audit, lang)
        idle(qtbot, win)
        # The smallest window a workstation is likely to give: every page still fits its texts.
        win.workshop_dock.hide()
        win.resize(1024, 700)
        for key in ("project", "import", "map", "check", "export"):
            show_page(qtbot, win, key)
            idle(qtbot, win)
            audit.scan(win, f"{key.capitalize()} at 1024×700")
            shot(win, lang, f"{key}_1024")
        assert audit.seen > 500, audit.seen  # the walk read the screens
        assert not audit.untranslated and not audit.clipped, audit.report()
    finally:
        idle(qtbot, win)
        win.close()
        from app.ui.app import configure_application

        configure_application(QApplication.instance(), "es")


# -- numbers ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "pt", "fr", "en"])
def test_numbers_in_models_follow_the_language(qtmodeltester, gui_app, lang):
    from app.ui.app import configure_application
    from app.ui.i18n import QT_LOCALES
    from app.ui.models import SourcesModel

    try:
        configure_application(QApplication.instance(), lang)
        locale = QLocale(QT_LOCALES[lang])
        model = SourcesModel()
        model.set_records([{"name": "cuadro3.xlsx", "format": "xlsx", "size": 10466, "sha256": "ab" * 32,
                            "imported_at": "2025-11-27T23:49:00+00:00", "observations": 1933463}])
        qtmodeltester.check(model, force_py=True)
        shown = model.data(model.index(0, 5))
        assert shown == locale.toString(1933463)
        assert shown.replace(locale.groupSeparator(), "") == "1933463"
        assert shown.count(locale.groupSeparator()) == 2
        assert {"es": ".", "pt": ".", "en": ","}.get(lang, locale.groupSeparator()) == locale.groupSeparator()
        if lang == "fr":
            assert locale.groupSeparator().isspace() or locale.groupSeparator() in ("\u202f", "\xa0")
        # Four digits follow CLDR too: Spanish leaves 3999 ungrouped, English writes 3,999.
        from app.ui.models import format_number

        assert format_number(3999) == locale.toString(3999)
        assert format_number(8.95) == locale.toString(8.95, "f", 2)
    finally:
        configure_application(QApplication.instance(), "es")


def test_translations_keep_the_placeholders_of_their_source():
    import runpy

    tool = runpy.run_path(str(ROOT / "tools" / "i18n.py"), run_name="i18n_tool")
    assert tool["broken_placeholders"]() == {}


@pytest.mark.parametrize("lang, one, many", [("es", "1 error", "6 errores"), ("pt", "1 erro", "6 erros"),
                                             ("fr", "1 erreur", "6 erreurs"), ("en", "1 error", "6 errors")])
def test_counts_take_the_plural_form_of_the_language(gui_app, lang, one, many):
    from PySide6.QtCore import QCoreApplication

    from app.ui.app import configure_application

    try:
        configure_application(QApplication.instance(), lang)
        assert QCoreApplication.translate("CheckPage", "%n error(s)", "", 1) == one
        assert QCoreApplication.translate("CheckPage", "%n error(s)", "", 6) == many
        label = QCoreApplication.translate("MapPage", "%Ln label(s)", "", 12345)
        assert label.startswith(QLocale().toString(12345))  # %Ln: the count as the language writes it
    finally:
        configure_application(QApplication.instance(), "es")

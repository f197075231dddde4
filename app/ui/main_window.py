"""The main window: a navigator of the workflow's pages, menus, the status bar and the open project.

The window holds the project opened on the UI thread. Pages read from it
when ``refresh()`` is called and never keep their own copy. Long work runs
through ``start_job`` on the worker thread with its own connection; when a
job that changed the data finishes, ``data_changed()`` bumps
``data_generation`` and refreshes every page (the Check page re-runs the
rules when it is shown and its results are older than the data).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QStackedWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from app import APP_NAME
from app.errors import ImilaError
from app.ui.dialogs import HeldImportDialog, NewProjectDialog, message_box
from app.ui.i18n import LANGUAGES, current_language
from app.ui.icons import icon
from app.ui.models import format_number
from app.ui.pages.base import Page
from app.ui.settings import Settings
from app.ui.welcome import WelcomePage
from app.ui.worker import Job, JobPanel, run_job, wait_for_jobs

BadgeRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
BADGE_COLOURS = {"error": ("#c0392b", "#ffffff"), "warning": ("#e0a100", "#ffffff"), "neutral": ("#c9d4df", "#243447")}


def demo_project_path() -> Path | None:
    """A working copy of the bundled demo project in the user's data folder (the bundled file stays pristine)."""
    from app.resources import resource_path

    bundled = resource_path("demo/demo.imila")
    if not bundled.is_file():
        return None
    from app.paths import user_data_dir

    copy = user_data_dir() / "demo" / "demo.imila"
    try:
        if not copy.is_file() or copy.stat().st_mtime < bundled.stat().st_mtime:
            copy.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copyfile(bundled, copy)
    except OSError:
        return None
    return copy


class BadgeDelegate(QStyledItemDelegate):
    """Draws small count pills at the right of a navigator item (errors, warnings, files)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        badges = index.data(BadgeRole) or []
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        right = option.rect.right() - 8
        height = metrics.height() + 2
        top = option.rect.center().y() - height // 2 + 1
        for text, kind in reversed(badges):
            width = max(height, metrics.horizontalAdvance(text) + 12)
            rect = QRect(right - width, top, width, height)
            background, foreground = BADGE_COLOURS.get(kind, BADGE_COLOURS["neutral"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QPen(QColor(foreground)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24 * len(index.data(BadgeRole) or []), max(size.height(), 36))


class MainWindow(QMainWindow):
    """The application window."""

    project_changed = Signal()
    busy_changed = Signal(bool)  # a job started (True) or finished (False)
    data_refreshed = Signal()  # data_changed() has refreshed the pages

    def __init__(self) -> None:
        super().__init__()
        self.settings = Settings()
        self.project = None
        self.job: Job | None = None
        self.data_generation = 0
        self.opened_generation = 0  # data_generation when the current project was opened
        self.finding_counts: dict[str, int] = {}
        self.pages: dict[str, Page] = {}
        self._import_queue: list[Path] = []
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 640)

        self.welcome = WelcomePage(self)
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setIconSize(QSize(22, 22))
        self.navigator.setFixedWidth(216)
        self.navigator.setItemDelegate(BadgeDelegate(self.navigator))
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.currentRowChanged.connect(self._on_navigate)
        self.page_stack = QStackedWidget()
        layout.addWidget(self.navigator)
        layout.addWidget(self.page_stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self.project_label = QLabel()
        self.project_label.setObjectName("hint")
        self.job_panel = JobPanel()
        self.statusBar().addWidget(self.project_label, 1)
        self.statusBar().addPermanentWidget(self.job_panel)

        self._build_menus()
        from app.ui.pages.check_page import CheckPage
        from app.ui.pages.export_page import ExportPage
        from app.ui.pages.import_page import ImportPage
        from app.ui.pages.map_page import MapPage
        from app.ui.pages.project_page import ProjectPage

        for page_class in (ProjectPage, ImportPage, MapPage, CheckPage, ExportPage):
            self.register_page(page_class(self))
        from app.ui.workshop_panel import install_workshop_panel

        self.workshop_dock = install_workshop_panel(self)
        self.help_menu.insertAction(self.about_separator, self.workshop_dock.toggle_action)
        self.retranslateUi()
        self._show_workspace(False)

    # -- pages ---------------------------------------------------------------
    def register_page(self, page: Page, position: int | None = None) -> Page:
        """Add ``page`` to the navigator, replacing the page with the same key.

        This is how richer pages (the import wizard, the mapping editor) plug
        in: ``window.register_page(MappingEditorPage(window))``.
        """
        old = self.pages.get(page.key)
        item = None
        if old is not None:
            row = self.page_stack.indexOf(old)
            self.page_stack.removeWidget(old)
            old.deleteLater()
            self.page_stack.insertWidget(row, page)
            item = self.navigator.item(row)
        else:
            row = self.page_stack.count() if position is None else position
            self.page_stack.insertWidget(row, page)
            item = QListWidgetItem()
            item.setData(KeyRole, page.key)
            self.navigator.insertItem(row, item)
        self.pages[page.key] = page
        item.setIcon(icon(page.icon_name or page.key))
        item.setText(page.nav_title())
        if self.project is not None:
            page.refresh()
        if self.navigator.currentRow() == row:
            self.page_stack.setCurrentIndex(row)
        return page

    def update_navigator_item(self, page: Page) -> None:
        item = self._item(page.key)
        if item is not None:
            item.setText(page.nav_title())
            item.setToolTip(page.title())

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.navigator.count()):
            item = self.navigator.item(row)
            if item.data(KeyRole) == key:
                return item
        return None

    def set_badge(self, key: str, badges: list[tuple[str, str]]) -> None:
        """Pills beside a navigator item: ``[(text, "error" | "warning" | "neutral")]``."""
        item = self._item(key)
        if item is not None:
            item.setData(BadgeRole, badges)

    def set_finding_counts(self, counts: dict[str, int]) -> None:
        """Counts of the latest check run: the Check badge and the Export page's hint follow them."""
        self.finding_counts = dict(counts)
        badges = []
        if counts.get("error"):
            badges.append((format_number(counts["error"]), "error"))
        if counts.get("warning"):
            badges.append((format_number(counts["warning"]), "warning"))
        self.set_badge("check", badges)
        export = self.pages.get("export")
        if export is not None and hasattr(export, "_update_state"):
            export._update_state()

    def show_page(self, key: str) -> None:
        item = self._item(key)
        if item is not None:
            self.navigator.setCurrentItem(item)

    def current_page_key(self) -> str:
        item = self.navigator.currentItem()
        return item.data(KeyRole) if item is not None else ""

    def _on_navigate(self, row: int) -> None:
        if row >= 0:
            self.page_stack.setCurrentIndex(row)

    def refresh_pages(self) -> None:
        for page in self.pages.values():
            page.refresh()
        self._update_actions()

    def data_changed(self) -> None:
        """The project's data changed (import, mapping, metadata): every page re-reads it."""
        self.data_generation += 1
        self.refresh_pages()
        self.data_refreshed.emit()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_project_dialog)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_project_dialog)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_as_action = QAction(self, shortcut=QKeySequence.StandardKey.SaveAs, triggered=self.save_as_dialog)
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+I"), triggered=self._import_dialog)
        self.verify_action = QAction(self, triggered=self.verify_package_dialog)
        self.bank_action = QAction(self, triggered=self.show_bank)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addAction(self.bank_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.help_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=self.show_help)
        self.tour_action = QAction(self, triggered=self.start_tour)
        self.welcome_action = QAction(self, triggered=self.show_welcome)
        self.workshop_action = QAction(self, triggered=self.show_workshop)
        self.about_action = QAction(self, triggered=self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.help_action, self.tour_action, self.welcome_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.workshop_action)
        self.about_separator = self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslateUi(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New project…"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.import_action.setText(self.tr("&Import file…"))
        self.verify_action.setText(self.tr("&Verify package…"))
        self.bank_action.setText(self.tr("IMILA data &bank…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About IMILA Desk"))
        self.help_action.setText(self.tr("Help &contents"))
        self.tour_action.setText(self.tr("Guided &tour"))
        self.welcome_action.setText(self.tr("&Welcome page"))
        self.workshop_action.setText(self.tr("&Workshop exercises…"))
        for code, action in self.language_actions.items():
            action.setChecked(code == current_language())
        self._update_title()

    def show_bank(self) -> None:
        from app.ui.bank_window import BankWindow

        if getattr(self, "bank_window", None) is None:
            self.bank_window = BankWindow(self)
        self.bank_window.show()
        self.bank_window.raise_()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects
        for path in recent:
            action = self.recent_menu.addAction(f"{Path(path).name}  —  {Path(path).parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_project_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)

    def _update_actions(self) -> None:
        has_project = self.project is not None
        self.save_as_action.setEnabled(has_project)
        self.import_action.setEnabled(has_project)

    def _update_title(self) -> None:
        if self.project is not None:
            self.setWindowTitle(f"{Path(self.project.path).name} — {APP_NAME}")
            self.project_label.setText(self.tr("Project: {path}").format(path=self.project.path))
        else:
            self.setWindowTitle(APP_NAME)
            self.project_label.setText("")

    def set_language(self, lang: str) -> None:
        from app.ui.app import set_language

        set_language(lang)

    def about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def show_help(self) -> None:
        """Help on the page shown (the overview from the welcome page)."""
        from app.ui.help_viewer import open_help

        on_page = self.project is not None and self.central.currentWidget() is self.workspace
        open_help(self, self.current_page_key() if on_page else None)

    def start_tour(self) -> None:
        from app.ui.tour import start_tour

        start_tour(self)

    def show_welcome(self) -> None:
        from app.ui.welcome import show_welcome

        show_welcome(self)

    def show_workshop(self) -> None:
        from app.ui.workshop_dialog import open_workshop_dialog

        open_workshop_dialog(self)

    # -- projects ------------------------------------------------------------
    def restore_and_open(self, path: str | Path | None = None) -> None:
        """Restore the window as it was, then open ``path``, the last project or the demo."""
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)
            self.resize(min(1280, available.width()), min(800, available.height()))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        candidates = [str(path)] if path else [self.settings.last_project]
        for candidate in candidates:
            if candidate and self.open_project_path(candidate, quiet=not path):
                break
        else:
            demo = demo_project_path()
            if demo is None or not self.open_project_path(demo, quiet=True, remember=False):
                self.close_project()
        if self.project is not None:
            self.show_page(self.settings.last_page if self.settings.last_page in self.pages else "project")
        from app.ui.welcome import after_start

        after_start(self, explicit=bool(path))

    def open_project_path(self, path: str | Path, *, quiet: bool = False, remember: bool = True) -> bool:
        """Open the project at ``path`` instead of the current one; False (and a message unless quiet) on failure."""
        from app import workflow

        try:
            project = workflow.open_project(path)
        except ImilaError as exc:
            if not quiet:
                from app.ui.app import show_error

                show_error(self, exc)
            if remember and not Path(path).exists():
                self.settings.remove_recent_project(str(path))
            return False
        self.set_project(project)
        if remember:
            self.settings.last_project = str(Path(path).resolve())
            self.settings.add_recent_project(path)
        return True

    def set_project(self, project) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.project is not None and self.project is not project:
            self.project.close()
        self.project = project
        self.data_generation += 1
        self.opened_generation = self.data_generation
        self._import_queue.clear()
        self._show_workspace(project is not None)
        if project is not None:
            from app import workflow

            try:
                info = workflow.project_info(project)
                self.set_finding_counts(info.get("findings", {}))
            except ImilaError:
                self.set_finding_counts({})
        self.refresh_pages()
        self._update_title()
        self.project_changed.emit()

    def close_project(self) -> None:
        self.set_project(None)

    def _show_workspace(self, shown: bool) -> None:
        if shown:
            self.central.setCurrentWidget(self.workspace)
        else:
            self.welcome.refresh()
            self.central.setCurrentWidget(self.welcome)
        self._update_actions()

    def new_project_dialog(self) -> None:
        folder = self.settings.folder("open") or (str(Path(self.project.path).parent) if self.project else "")
        dialog = NewProjectDialog(self, folder)
        if self.project is not None:
            dialog.set_country(self.project.metadata().get("country_iso3", ""))
        if dialog.exec():
            path, iso3, year = dialog.values()
            self.create_project(path, iso3, year, dialog.metadata())

    def create_project(self, path: str | Path, iso3: str, year: int, metadata: dict | None = None) -> bool:
        from app import workflow

        try:
            project = workflow.new_project(path, iso3, year, **(metadata or {}))
        except ImilaError as exc:
            from app.ui.app import show_error

            show_error(self, exc)
            return False
        self.set_project(project)
        self.settings.last_project = str(Path(path).resolve())
        self.settings.add_recent_project(path)
        self.settings.set_folder("open", Path(path).parent)
        self.show_page("project")
        return True

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self.settings.folder("open"),
                                              self.tr("IMILA projects (*.imila);;All files (*)"))
        if path:
            self.settings.set_folder("open", Path(path).parent)
            self.open_project_path(path)

    def save_as_dialog(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), str(Path(self.project.path).parent),
                                              self.tr("IMILA projects (*.imila)"))
        if path:
            self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        """Copy the project to ``path`` and go on working in the copy."""
        path = Path(path)
        if path.suffix != ".imila":
            path = path.with_name(path.name + ".imila")
        if self.project is None or path.resolve() == Path(self.project.path).resolve():
            return False
        try:
            self.project.save_copy(path)
        except ImilaError as exc:
            from app.ui.app import show_error

            show_error(self, exc)
            return False
        return self.open_project_path(path)

    # -- jobs ----------------------------------------------------------------
    def start_job(self, fn: Callable, *args: Any, project_path=None, title: str = "", **kwargs: Any) -> Job | None:
        """Run ``fn`` on the worker thread with the progress panel; None while another job runs."""
        if self.job is not None:
            self.statusBar().showMessage(self.tr("Please wait: another task is running."), 4000)
            return None
        job = run_job(fn, *args, project_path=project_path, title=title, parent=self, **kwargs)
        self.job = job
        self.job_panel.attach(job)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(self._on_job_finished)
        job.finished.connect(job.deleteLater)
        self.busy_changed.emit(True)
        return job

    def _on_job_failed(self, exc: BaseException) -> None:
        from app.ui.app import show_error

        show_error(self, exc)

    def _on_job_finished(self) -> None:
        self.job = None
        self.busy_changed.emit(False)
        if self._import_queue:
            self._import_next()

    # -- import ----------------------------------------------------------------
    def _import_dialog(self) -> None:
        self.show_page("import")
        page = self.pages.get("import")
        if page is not None and hasattr(page, "choose_files"):
            page.choose_files()

    def import_paths(self, paths) -> None:
        """Import files one after the other on the worker thread."""
        if self.project is None:
            return
        paths = [Path(p) for p in paths]
        if paths:
            self.settings.set_folder("import", paths[0].parent)
        self._import_queue.extend(paths)
        self.show_page("import")
        if self.job is None:
            self._import_next()

    def _import_next(self) -> None:
        if not self._import_queue or self.project is None:
            return
        path = self._import_queue.pop(0)
        from app import workflow

        kwargs: dict[str, Any] = {}
        if getattr(workflow, "import_and_keep", None) is not None:
            function, kwargs = workflow.import_and_keep, {"lang": current_language()}
        elif path.suffix.lower() == ".csv":
            function = workflow.import_tidy_csv
        else:
            message_box(self, "info", APP_NAME, self.tr("This version can only import long CSV files of IMILA codes; "
                                                        "{file} was not imported.").format(file=path.name))
            self._import_next()
            return
        job = self.start_job(function, path, project_path=self.project.path,
                             title=self.tr("Importing {file}").format(file=path.name), **kwargs)
        if job is None:
            self._import_queue.insert(0, path)
            return
        job.succeeded.connect(self._on_imported)

    def _on_imported(self, summary) -> None:
        page = self.pages.get("import")
        if page is not None and hasattr(page, "show_summary"):
            page.show_summary(summary)
        self.data_changed()
        self.resolve_held([summary])

    def resolve_held(self, summaries) -> None:
        """Imports that stopped for an answer (another census named, cells already held): ask, then import again."""
        from app import workflow

        waiting = [s for s in summaries if workflow.held(s)]
        if not waiting or self.project is None:
            return
        if self.job is not None:  # the job that found them is still closing: ask once it has
            self.job.finished.connect(lambda s=waiting: self.resolve_held(s))
            return
        summary, rest = waiting[0], waiting[1:]
        self.held_dialog = HeldImportDialog(self, summary)
        self.held_dialog.chosen.connect(lambda choice, s=summary, r=rest: self._held_answered(s, choice, r))
        self.held_dialog.open()

    def _held_answered(self, summary, choice: str, rest) -> None:
        from app import workflow

        if choice == "cancel" or self.project is None:
            self.resolve_held(rest)
            return
        path = Path(summary.path)
        settings = dict(summary.settings or {})
        if choice == "keep":
            function, kwargs = workflow.import_file, {"lang": current_language(), "settings": settings}
        else:
            kwargs = {"lang": current_language(), "settings": settings,
                      "other_census": bool(summary.mismatch) or choice == "other_census"}
            if choice in ("replace", "version"):
                kwargs["on_existing"] = choice
            function = workflow.import_and_keep
        job = self.start_job(function, path, project_path=self.project.path,
                             title=self.tr("Importing {file}").format(file=path.name), **kwargs)
        if job is not None:
            job.succeeded.connect(lambda answer, r=rest: self._after_held(answer, r))
            job.failed.connect(lambda _exc, r=rest: self.resolve_held(r))

    def _after_held(self, summary, rest) -> None:
        page = self.pages.get("import")
        if page is not None and hasattr(page, "show_summary"):
            page.show_summary(summary)
        self.data_changed()
        self.resolve_held([summary, *rest])

    # -- verify ----------------------------------------------------------------
    def verify_package_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify package"), self.settings.folder("export"),
                                              self.tr("IMILA packages (*.zip)"))
        if path:
            self.verify_package(path)

    def verify_package(self, path: str | Path) -> Job | None:
        from app import workflow

        verify = getattr(workflow, "verify_package", None)
        if verify is None:
            message_box(self, "info", APP_NAME, self.tr("Package verification is not available in this version yet."))
            return None
        job = self.start_job(verify, path, title=self.tr("Verifying {file}").format(file=Path(path).name))
        if job is not None:
            job.succeeded.connect(lambda report: self._show_verify_report(path, report))
        return job

    def _show_verify_report(self, path, report) -> None:
        from app.ui.pages.export_page import show_verify_report

        self.verify_dialog = show_verify_report(self, path, report)

    # -- drag and drop ---------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.handle_dropped(paths)
        event.acceptProposedAction()

    def handle_dropped(self, paths: list[Path]) -> None:
        """A dropped project opens; dropped tables open the import wizard (one after the other)."""
        projects = [p for p in paths if p.suffix == ".imila"]
        if projects:
            self.open_project_path(projects[0])
            return
        files = [p for p in paths if p.is_file()]
        if files and self.project is not None:
            page = self.pages.get("import")
            if page is not None and hasattr(page, "open_wizard"):
                self.show_page("import")
                page.open_wizard(files)
            else:
                self.import_paths(files)

    # -- small utilities ---------------------------------------------------------
    @staticmethod
    def format_number(value) -> str:
        return format_number(value)

    def closeEvent(self, event) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        if self.project is not None:
            self.settings.last_page = self.current_page_key()
        wait_for_jobs(10000)
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)

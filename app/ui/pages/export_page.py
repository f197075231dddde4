"""Export page: write the submission package, list past packages, verify a package.

The export runs ``workflow.export_package`` on the worker thread. The core
decides whether the package may be written: open errors refuse it (the page
lists them, with a way to the Check page); unexplained warnings need the
user's confirmation, asked here and recorded with the export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.errors import ExportError
from app.ui.dialogs import VerifyReportDialog
from app.ui.i18n import LANGUAGES, current_language
from app.ui.icons import icon
from app.ui.models import ExportsModel
from app.ui.pages.base import Page, empty_label, table_view

VALID_COLOUR = "#1e7b34"
REJECTED_COLOUR = "#b3261e"


def _workflow(name: str):
    from app import workflow

    return getattr(workflow, name, None)


def findings_list(findings, lang: str) -> QTreeWidget:
    """A read-only list of findings: rule, table and message, each with its severity icon."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setColumnCount(3)
    fill_findings_list(tree, findings, lang)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def fill_findings_list(tree: QTreeWidget, findings, lang: str) -> None:
    tree.clear()
    for finding in findings:
        text = finding.message(lang)
        item = QTreeWidgetItem([finding.rule, finding.table_id or "", text])
        item.setIcon(0, icon(finding.severity))
        item.setToolTip(2, text)
        item.setData(0, Qt.ItemDataRole.UserRole, finding.key)
        tree.addTopLevelItem(item)


class UnexplainedDialog(QDialog):
    """Warnings without an explanation: send them as they are (recorded) or go and explain them."""

    def __init__(self, parent: QWidget, warnings) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Warnings without an explanation"))
        self.warnings = list(warnings)
        self.choice = "explain"
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("warning").pixmap(28, 28))
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        count = len(self.warnings)
        text = self.tr("1 warning has no explanation.") if count == 1 else \
            self.tr("{n} warnings have no explanation.").format(n=count)
        text += " " + self.tr("CELADE will read them in the quality report without your reasons. Send the package "
                              "anyway (your confirmation is recorded with it), or explain them first on the Check page.")
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        head.addWidget(self.intro, 1)
        layout.addLayout(head)
        self.list = findings_list(self.warnings, current_language())
        self.list.setObjectName("unexplainedList")
        self.list.setHeaderLabels([self.tr("Rule"), self.tr("Table"), self.tr("Warning")])
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Send without explanation"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendUnexplained")
        self.explain_button = buttons.addButton(self.tr("Explain them first"), QDialogButtonBox.ButtonRole.RejectRole)
        self.explain_button.setObjectName("explainFirst")
        self.send_button.setAutoDefault(False)
        self.explain_button.setDefault(True)  # the safer answer
        self.explain_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def accept(self) -> None:
        self.choice = "send"
        super().accept()


class PackageReportDialog(VerifyReportDialog):
    """The verification of a package: VALID or REJECTED in large letters, then every line of the report."""

    def __init__(self, parent: QWidget | None, package: str, report) -> None:
        lang = current_language()
        lines = list(report.lines(lang))
        verdict = lines.pop() if lines else ""
        super().__init__(parent, package, bool(report.ok), lines)
        self.setObjectName("packageReport")
        head, _sep, rest = verdict.partition(":")
        self.headline = QLabel(head.strip() or ("VALID" if report.ok else "REJECTED"))
        self.headline.setObjectName("verifyHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.headline.setFont(font)
        colour = VALID_COLOUR if report.ok else REJECTED_COLOUR
        self.headline.setStyleSheet(f"color: {colour};")
        self.verdict = QLabel(rest.strip())
        self.verdict.setObjectName("hint")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.layout()
        layout.insertWidget(0, self.headline)
        layout.insertWidget(1, self.verdict)
        layout.insertSpacing(2, 6)
        self.problems.setObjectName("verifyLines")
        self.resize(620, 420 if lines else self.sizeHint().height())


def show_verify_report(parent: QWidget, path, report) -> PackageReportDialog:
    """Show a package's verification report (also used by File → Verify package…)."""
    dialog = PackageReportDialog(parent, str(path), report)
    dialog.open()
    return dialog


class ExportPage(Page):
    key = "export"
    icon_name = "export"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.last_package: Path | None = None
        self.last_report: Path | None = None  # the quality report last saved as PDF
        self.unexplained_dialog: UnexplainedDialog | None = None
        self.blocking: list = []  # the open errors shown

        box = QFrame()
        box.setObjectName("card")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 12, 16, 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.labels_language = QComboBox()
        self.labels_language.setObjectName("exportLanguage")
        for code, name in LANGUAGES.items():
            self.labels_language.addItem(name, code)
        self.include_sources = QCheckBox()
        self.include_sources.setObjectName("includeSources")
        self.folder_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.language_label, self.labels_language)
        form.addRow("", self.include_sources)
        box_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(lambda: self.export())
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("openFolder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        buttons.addWidget(self.export_button)
        buttons.addSpacing(10)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.open_folder_button)
        box_layout.addLayout(buttons)
        self.body.addWidget(box)

        self.blockers = QFrame()
        self.blockers.setObjectName("card")
        blockers_layout = QVBoxLayout(self.blockers)
        blockers_layout.setContentsMargins(16, 10, 16, 12)
        blockers_head = QHBoxLayout()
        blocker_icon = QLabel()
        blocker_icon.setPixmap(icon("error").pixmap(20, 20))
        self.blockers_title = QLabel()
        self.blockers_title.setObjectName("sectionTitle")
        self.blockers_title.setWordWrap(True)
        self.go_check_button = QPushButton()
        self.go_check_button.setObjectName("goToCheck")
        self.go_check_button.clicked.connect(lambda: self.go_to_check())
        blockers_head.addWidget(blocker_icon)
        blockers_head.addWidget(self.blockers_title, 1)
        blockers_head.addWidget(self.go_check_button)
        blockers_layout.addLayout(blockers_head)
        self.blockers_list = findings_list([], current_language())
        self.blockers_list.setObjectName("openErrors")
        self.blockers_list.itemActivated.connect(
            lambda item, _column: self.go_to_check(item.data(0, Qt.ItemDataRole.UserRole)))
        blockers_layout.addWidget(self.blockers_list)
        self.blockers.hide()
        self.body.addWidget(self.blockers)

        history = QHBoxLayout()
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyPackage")
        self.verify_button.clicked.connect(self.main.verify_package_dialog)
        self.report_pdf_button = QPushButton()
        self.report_pdf_button.setObjectName("saveReportPdf")
        self.report_pdf_button.clicked.connect(lambda: self.save_report_pdf())
        self.report_result = QLabel()
        self.report_result.setObjectName("reportResult")
        self.report_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history.addWidget(self.history_title, 1)
        history.addWidget(self.report_result)
        history.addWidget(self.report_pdf_button)
        history.addWidget(self.verify_button)
        self.body.addLayout(history)
        self.model = ExportsModel(self)
        self.view = table_view(self.model, stretch_column=1)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.body.addWidget(self.stack, 1)
        main.busy_changed.connect(lambda _busy: self._update_state())
        main.project_changed.connect(self._forget_package)
        self.retranslateUi()

    def nav_title(self) -> str:
        return self.tr("Export")

    def title(self) -> str:
        return self.tr("Export the submission package")

    def description(self) -> str:
        return self.tr("With no open errors, write the package for CELADE: data, metadata, "
                       "quality report and mappings, with checksums.")

    def retranslate(self) -> None:
        self.folder_label.setText(self.tr("Output folder:"))
        self.language_label.setText(self.tr("Labels in:"))
        self.labels_language.setToolTip(self.tr("Language of the labels in the spreadsheet and the quality report"))
        self.browse_button.setText(self.tr("Browse…"))
        self.include_sources.setText(self.tr("Include the original source files"))
        self.include_sources.setToolTip(self.tr("The census tables as imported, unchanged, under sources/ in the package"))
        self.export_button.setText(self.tr("Export package"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.go_check_button.setText(self.tr("Go to the Check page"))
        self.blockers_list.setHeaderLabels([self.tr("Rule"), self.tr("Table"), self.tr("Error")])
        self.history_title.setText(self.tr("Packages written"))
        self.verify_button.setText(self.tr("Verify package…"))
        self.report_pdf_button.setText(self.tr("Save report as PDF…"))
        self.report_pdf_button.setToolTip(self.tr("The quality report of the data as they stand now, printable, "
                                                  "in the language of the labels"))
        self.empty.setText(self.tr("No package written yet."))
        self.model.retranslate()
        if self.blocking:
            self._show_blockers(self.blocking)
        if self.last_package is not None:
            self._show_written()
        self._update_state()

    def refresh(self) -> None:
        project = self.project
        exports = project.exports() if project else []
        self.model.set_records(list(reversed(exports)))
        self.stack.setCurrentWidget(self.view if exports else self.empty)
        if exports:
            self.view.resizeColumnsToContents()
        if project is not None:
            if not self.folder.text():
                self.folder.setText(self.main.settings.folder("export") or str(Path(project.path).parent))
            meta_lang = (project.metadata().get("language") or current_language())
            self.labels_language.setCurrentIndex(max(0, self.labels_language.findData(meta_lang)))
        if self.isVisible():
            self._show_stored_errors()
        self._update_state()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_stored_errors()

    def _update_state(self) -> None:
        if self.project is None:  # also spares loading the core before a project is open
            self.export_button.setEnabled(False)
            self.report_pdf_button.setEnabled(False)
            return
        self.export_button.setEnabled(self.main.job is None)
        self.report_pdf_button.setEnabled(self.main.job is None)
        if self.main.job is None and self.last_package is None and not self.blockers.isVisible():
            errors = self.main.finding_counts.get("error", 0)
            if errors == 1:
                text = self.tr("1 error must be corrected before the export (see the Check page).")
            elif errors:
                text = self.tr("{n} errors must be corrected before the export (see the Check page).").format(n=errors)
            else:
                text = ""
            self.result.setText(text)
        if self.isVisible() and bool(self.main.finding_counts.get("error")) != self.blockers.isVisible():
            self._show_stored_errors()

    def _forget_package(self) -> None:
        self.last_package = None
        self.blocking = []
        self.blockers.hide()
        self.result.setText("")
        self.open_folder_button.hide()
        self.last_report = None
        self.report_result.setText("")
        self.report_result.setToolTip("")
        self._update_state()

    # -- open errors ----------------------------------------------------------------
    def _stored_findings(self) -> list:
        from app.checks.findings import Finding

        try:
            return [Finding.from_dict(d) for d in self.project.stored_findings()]
        except (KeyError, TypeError, ValueError):
            return []

    def _show_stored_errors(self) -> None:
        """The errors of the last check run, so the user sees what blocks the export before trying."""
        if self.project is None:
            return
        self._show_blockers([f for f in self._stored_findings() if f.severity == "error"])

    def _show_blockers(self, errors) -> None:
        self.blocking = list(errors)
        if not self.blocking:
            self.blockers.hide()
            return
        count = len(self.blocking)
        self.blockers_title.setText(
            self.tr("The package cannot be written while 1 error is open:") if count == 1 else
            self.tr("The package cannot be written while {n} errors are open:").format(n=count))
        fill_findings_list(self.blockers_list, self.blocking, current_language())
        rows = self.blockers_list.sizeHintForRow(0) * min(count, 8) if count else 0
        self.blockers_list.setFixedHeight(self.blockers_list.header().sizeHint().height() + rows + 6)
        self.blockers.show()
        self.result.setText("")

    def go_to_check(self, key: str | None = None) -> None:
        """Show the Check page, with the finding ``key`` (or the first open error) selected."""
        key = key or (self.blocking[0].key if self.blocking else None)
        self.main.show_page("check")
        page = self.main.pages.get("check")
        if key and page is not None and hasattr(page, "select_finding"):
            page.select_finding(key)

    # -- export -------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save_report_pdf(self, target: str | None = None) -> None:
        """Ask where, compute the report on the worker thread, then print it to PDF (``app.ui.report_pdf``)."""
        report_document = _workflow("report_document")
        project = self.project
        if report_document is None or project is None:
            return
        if target is None:
            meta = project.metadata()
            name = f"{meta.get('country_iso3') or 'XXX'}_{meta.get('census_year') or ''}_IMILA_report.pdf"
            folder = self.folder.text().strip() or str(Path(project.path).parent)
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report as PDF"), str(Path(folder) / name),
                                                          self.tr("PDF documents (*.pdf)"))
            if not target:
                return
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
        job = self.main.start_job(report_document, project_path=project.path, title=self.tr("Writing the quality report"),
                                  lang=self.labels_language.currentData())
        if job is None:
            return
        self.report_result.setText(self.tr("Writing the quality report…"))
        job.succeeded.connect(lambda document: self._print_report(document, Path(target)))
        job.failed.connect(lambda _exc: self.report_result.setText(""))
        job.finished.connect(self._update_state)

    def _print_report(self, document, target: Path) -> None:
        from app.ui.dialogs import message_box
        from app.ui.report_pdf import write_pdf

        try:
            pages = write_pdf(document, target)
        except OSError as exc:
            self.report_result.setText("")
            message_box(self, "warning", self.tr("Save report as PDF"),
                        self.tr("The report cannot be written to {path} ({error}). Choose another place.").format(
                            path=str(target), error=exc.strerror or exc))
            return
        self.last_report = target
        self.report_result.setText(self.tr("Quality report saved: {name} ({pages} pages)").format(
            name=target.name, pages=pages))
        self.report_result.setToolTip(str(target))

    def export(self, confirm_unexplained: bool = False) -> None:
        """Write the package on the worker thread; the core refuses it while errors are open."""
        export_package = _workflow("export_package")
        project = self.project
        if export_package is None or project is None:
            return
        out_dir = self.folder.text().strip() or str(Path(project.path).parent)
        try:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from app.ui.dialogs import message_box

            message_box(self, "warning", self.tr("Export"),
                        self.tr("The folder {folder} cannot be used ({error}). Choose another one.").format(
                            folder=out_dir, error=exc.strerror or exc))
            return
        self.main.settings.set_folder("export", out_dir)
        job = self.main.start_job(export_package, out_dir, project_path=project.path,
                                  title=self.tr("Writing the package"), lang=self.labels_language.currentData(),
                                  confirm_unexplained=confirm_unexplained,
                                  include_sources=self.include_sources.isChecked())
        if job is None:
            return
        # This page explains the refusals itself (open errors, unexplained warnings).
        job.failed.disconnect(self.main._on_job_failed)
        job.failed.connect(self._on_export_failed)
        self.last_package = None
        self.open_folder_button.hide()
        self.result.setText(self.tr("Writing the package…"))
        self.export_button.setEnabled(False)
        job.succeeded.connect(self._on_exported)
        job.finished.connect(self._update_state)

    def _on_export_failed(self, exc: BaseException) -> None:
        self.result.setText("")
        if isinstance(exc, ExportError) and exc.key in ("export.open_errors", "export.unexplained") \
                and self.project is not None:
            findings = self._stored_findings()  # the export's own check run stored them
            errors, unexplained = _workflow("open_findings")(self.project, findings)
            self.main.set_finding_counts({s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")})
            if exc.key == "export.open_errors" and errors:
                self._show_blockers(errors)
                return
            if exc.key == "export.unexplained" and unexplained:
                self._show_blockers([])
                self._ask_unexplained(unexplained)
                return
        from app.ui.app import show_error

        show_error(self.main, exc)

    def _ask_unexplained(self, warnings) -> None:
        dialog = UnexplainedDialog(self, warnings)
        dialog.finished.connect(lambda _result, d=dialog: self._unexplained_answer(d))
        self.unexplained_dialog = dialog
        dialog.open()

    def _unexplained_answer(self, dialog: UnexplainedDialog) -> None:
        self.unexplained_dialog = None
        if dialog.choice == "send":
            self.export(confirm_unexplained=True)
        elif dialog.warnings:
            self.go_to_check(dialog.warnings[0].key)

    def _on_exported(self, path) -> None:
        self.last_package = Path(path)
        self.blocking = []
        self.blockers.hide()
        self._show_written()
        self.main.refresh_pages()

    def _show_written(self) -> None:
        package = self.last_package
        text = self.tr("Written: {name}\nin {folder}").format(name=package.name, folder=package.parent)
        summary = _workflow("export_summary")
        if summary is not None and self.project is not None:
            text += "\n" + "\n".join(summary(self.project, current_language()))
        self.result.setText(text)
        self.result.setToolTip(str(package))
        self.open_folder_button.show()

    def open_folder(self) -> None:
        if self.last_package is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_package.parent)))

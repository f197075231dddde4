"""Check page: the findings of every rule, errors first, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout

from app.ui.models import FindingsModel, describe_cells
from app.ui.pages.base import Page, empty_label, table_view


def _workflow_check():
    from app import workflow

    return getattr(workflow, "check_project", None)


class CheckPage(Page):
    key = "check"
    icon_name = "check"

    def __init__(self, main) -> None:
        super().__init__(main)
        self.checked_generation = -1  # data generation of the last run
        self.checked_at: QTime | None = None
        self.state = "idle"  # idle, running, done, unavailable
        self.job = None

        actions = QHBoxLayout()
        self.run_button = QPushButton()
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(self.run_checks)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        actions.addWidget(self.run_button)
        actions.addSpacing(10)
        actions.addWidget(self.summary, 1)
        self.body.addLayout(actions)

        self.model = FindingsModel(self)
        self.view = table_view(self.model, stretch_column=3)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.view.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.empty = empty_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.body.addWidget(self.stack, 1)

        self.details_frame = QFrame()
        self.details_frame.setObjectName("card")
        details_layout = QVBoxLayout(self.details_frame)
        details_layout.setContentsMargins(14, 10, 14, 12)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_layout.addWidget(self.details)
        self.details_frame.hide()
        self.body.addWidget(self.details_frame)
        self.retranslateUi()

    def nav_title(self) -> str:
        return self.tr("Check")

    def title(self) -> str:
        return self.tr("Check data quality")

    def description(self) -> str:
        return self.tr("Errors block the export; warnings need a written explanation that travels with the package; "
                       "notes are for information.")

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run checks"))
        self.model.retranslate()
        self._update_summary()
        self._update_empty()
        self._show_details()

    # -- running -----------------------------------------------------------
    def refresh(self) -> None:
        if self.project is None:
            self.model.set_findings([])
            self.checked_generation = -1
            self.checked_at = None
            self.state = "idle"
        elif self.main.opened_generation > self.checked_generation and self.state != "running":
            self._show_stored_findings()
        self.run_button.setEnabled(self.project is not None and self.state != "running")
        if self.isVisible() and self.checked_generation != self.main.data_generation:
            self.run_checks()
        self._update_summary()
        self._update_empty()

    def _show_stored_findings(self) -> None:
        """The findings of the last run saved in the project, until the rules run again."""
        try:
            from app.checks.findings import Finding

            stored = [Finding.from_dict(d) for d in self.project.stored_findings()]
        except (ImportError, KeyError, TypeError, ValueError):
            stored = []
        self.model.set_findings(stored)
        self.checked_at = None
        self.state = "idle"
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in (0, 1, 2):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(4, 220)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.project is not None and self.state != "running" and self.checked_generation != self.main.data_generation:
            self.run_checks()

    def run_checks(self) -> None:
        """Run every rule on the worker thread; the table fills when they are done."""
        check = _workflow_check()
        if self.project is None:
            return
        if check is None:
            self.state = "unavailable"
            self._update_empty()
            self._update_summary()
            return
        generation = self.main.data_generation
        job = self.main.start_job(check, project_path=self.project.path, title=self.tr("Running checks"))
        if job is None:
            return
        self.job = job
        self.state = "running"
        self.run_button.setEnabled(False)
        self._update_summary()
        self._update_empty()
        path = self.project.path
        job.succeeded.connect(lambda findings: self._on_findings(findings, generation, path))
        job.finished.connect(self._on_finished)

    def _on_findings(self, findings, generation: int, path) -> None:
        if self.project is None or self.project.path != path:  # another project was opened meanwhile
            return
        self.model.set_findings(findings or [])
        self.checked_generation = generation
        self.checked_at = QTime.currentTime()
        self.state = "done"
        self._fit_columns()
        counts = self.model.counts()
        self.main.set_finding_counts(counts)

    def _on_finished(self) -> None:
        self.job = None
        if self.state == "running":  # failed or cancelled: results are what they were
            self.state = "done" if self.checked_at else "idle"
        self.run_button.setEnabled(self.project is not None)
        self._update_summary()
        self._update_empty()
        self._show_details()

    # -- showing -----------------------------------------------------------
    def _sort_by(self, column: int) -> None:
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            order = Qt.SortOrder.DescendingOrder if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.model.sort(column, order)

    def _update_summary(self) -> None:
        if self.state == "running":
            self.summary.setText(self.tr("Checking…"))
            return
        if self.state == "unavailable":
            self.summary.setText("")
            return
        if self.checked_at is None:
            self.summary.setText(self.tr("The checks run when the data change.") if self.project else "")
            return
        counts = self.model.counts()
        parts = [
            self.tr("{n} errors").format(n=counts.get("error", 0)) if counts.get("error", 0) != 1 else self.tr("1 error"),
            self.tr("{n} warnings").format(n=counts.get("warning", 0)) if counts.get("warning", 0) != 1 else self.tr("1 warning"),
            self.tr("{n} notes").format(n=counts.get("info", 0)) if counts.get("info", 0) != 1 else self.tr("1 note"),
        ]
        when = self.checked_at.toString("HH:mm")
        self.summary.setText(self.tr("{summary} · checked at {time}").format(summary=", ".join(parts), time=when))

    def _update_empty(self) -> None:
        if self.model.total_rows():
            self.stack.setCurrentWidget(self.view)
            return
        if self.project is None:
            text = ""
        elif self.state == "unavailable":
            text = self.tr("The checks are not available in this version yet.")
        elif self.state == "running":
            text = self.tr("Running the checks…")
        elif self.checked_at is None:
            text = self.tr("The checks have not run yet.")
        else:
            text = self.tr("No findings: the data pass every check.")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _show_details(self, *_args) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.details_frame.hide()
            return
        row = index.row()
        finding = self.model.finding(row)
        cells = describe_cells(getattr(finding, "cells", None) or [], limit=12)
        severity = self.model.severity_text(getattr(finding, "severity", "info"))
        rule = getattr(finding, "rule", "")
        table = getattr(finding, "table_id", None) or ""
        lines = [f"<b>{severity} · {rule}{' · ' + table if table else ''}</b>", _escape(self.model.message(row))]
        if cells:
            lines.append(self.tr("Cells: {cells}").format(cells=_escape(cells)))
        self.details.setText("<br>".join(lines))
        self.details_frame.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Project page: the submission's metadata, saved in one action, and the audit log."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.store.metadata import package_language
from app.ui.dialogs import LICENCE_NAMES, PACKAGE_LANGUAGE_NAMES
from app.ui.i18n import current_language
from app.ui.models import AuditModel
from app.ui.pages.base import Page, table_view

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEXT_FIELDS = ("census_name", "reference_date", "census_round", "nso", "contact_name", "contact_email")


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def section_label() -> QLabel:
    label = QLabel()
    label.setObjectName("sectionTitle")
    return label


class ProjectPage(Page):
    key = "project"
    icon_name = "project"

    def __init__(self, main) -> None:
        super().__init__(main)
        self._loaded: dict[str, Any] = {}
        self._loading = False

        actions = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.refresh)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        self.body.addLayout(actions)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("workspace")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)

        # Census and submission, side by side.
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        census_card, census_layout = card()
        self.census_title = section_label()
        census_layout.addWidget(self.census_title)
        census_form = self._form()
        self.country = QLabel()
        self.country.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.census_name = QLineEdit()
        self.census_year = QSpinBox()
        self.census_year.setRange(1950, 2100)
        self.reference_date = QLineEdit()
        self.reference_date.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{4}-\d{2}-\d{2}")))
        self.census_round = QLineEdit()
        self.enumeration_basis = QComboBox()
        self.source_type = QComboBox()
        self.census_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.census_labels, (self.country, self.census_name, self.census_year,
                                                      self.reference_date, self.census_round,
                                                      self.enumeration_basis, self.source_type)):
            census_form.addRow(label, widget)
        census_layout.addLayout(census_form)
        census_layout.addStretch(1)

        submission_card, submission_layout = card()
        self.submission_title = section_label()
        submission_layout.addWidget(self.submission_title)
        submission_form = self._form()
        self.nso = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.submission_version = QSpinBox()
        self.submission_version.setRange(1, 999)
        for spin in (self.census_year, self.submission_version):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setMinimumWidth(110)
        self.language = QComboBox()
        for code, name in PACKAGE_LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.license = QComboBox()
        for code, name in LICENCE_NAMES.items():
            self.license.addItem(name, code)
        self.submission_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.submission_labels, (self.nso, self.contact_name, self.contact_email,
                                                          self.submission_version, self.language, self.license)):
            submission_form.addRow(label, widget)
        submission_layout.addLayout(submission_form)
        submission_layout.addStretch(1)
        self.cards_grid, self.cards = grid, (census_card, submission_card)
        self._side_by_side = None
        self._arrange_cards(True)
        column.addLayout(grid)

        notes_card, notes_layout = card()
        self.definitions_title = section_label()
        self.definitions_hint = QLabel()
        self.definitions_hint.setObjectName("hint")
        self.definitions_hint.setWordWrap(True)
        self.national_definitions = QPlainTextEdit()
        self.national_definitions.setFixedHeight(80)
        self.universe_title = section_label()
        self.universe_hint = QLabel()
        self.universe_hint.setObjectName("hint")
        self.universe_hint.setWordWrap(True)
        self.universe_notes = QTableWidget(0, 3)
        self.universe_notes.verticalHeader().setVisible(False)
        self.universe_notes.setAlternatingRowColors(True)
        self.universe_notes.setWordWrap(False)
        self.universe_notes.verticalHeader().setDefaultSectionSize(26)
        self.universe_notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.universe_notes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.definitions_title, self.definitions_hint, self.national_definitions,
                       self.universe_title, self.universe_hint, self.universe_notes):
            notes_layout.addWidget(widget)
        column.addWidget(notes_card)

        rounds_card, rounds_layout = card()
        self.rounds_title = section_label()
        rounds_layout.addWidget(self.rounds_title)
        rounds_row = QHBoxLayout()
        self.previous_label = QLabel()
        self.previous_label.setObjectName("previousRound")
        self.previous_label.setWordWrap(True)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("choosePrevious")
        self.previous_button.clicked.connect(self.choose_previous)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_previous)
        rounds_row.addWidget(self.previous_label, 1)
        rounds_row.addWidget(self.previous_button)
        rounds_row.addWidget(self.forget_button)
        rounds_layout.addLayout(rounds_row)
        self.rounds_layout = rounds_layout
        self.rounds_view = None  # made when there is a previous round (charts load pyqtgraph)
        column.addWidget(rounds_card)

        audit_card, audit_layout = card()
        self.audit_title = section_label()
        audit_layout.addWidget(self.audit_title)
        self.audit_model = AuditModel(self)
        self.audit_view = table_view(self.audit_model)
        self.audit_view.setMinimumHeight(200)
        audit_layout.addWidget(self.audit_view)
        column.addWidget(audit_card)

        for edit in (self.census_name, self.reference_date, self.census_round, self.nso, self.contact_name,
                     self.contact_email):
            edit.textChanged.connect(self._changed)
        for spin in (self.census_year, self.submission_version):
            spin.valueChanged.connect(self._changed)
        for combo in (self.enumeration_basis, self.source_type, self.language, self.license):
            combo.currentIndexChanged.connect(self._changed)
        self.national_definitions.textChanged.connect(self._changed)
        self.universe_notes.itemChanged.connect(self._changed)
        self.retranslateUi()

    def _arrange_cards(self, side_by_side: bool) -> None:
        """Census and submission side by side on wide windows, one above the other on narrow ones."""
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        census, submission = self.cards
        self.cards_grid.removeWidget(census)
        self.cards_grid.removeWidget(submission)
        self.cards_grid.addWidget(census, 0, 0)
        row, column = (0, 1) if side_by_side else (1, 0)
        self.cards_grid.addWidget(submission, row, column)
        self.cards_grid.setColumnStretch(0, 1)
        self.cards_grid.setColumnStretch(1, 1 if side_by_side else 0)

    def resizeEvent(self, event) -> None:
        self._arrange_cards(event.size().width() >= 1000)
        super().resizeEvent(event)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    # -- texts -----------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Project")

    def title(self) -> str:
        return self.tr("Project")

    def description(self) -> str:
        return self.tr("Describe the census and the submission. CELADE receives these details with the data.")

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save changes"))
        self.revert_button.setText(self.tr("Revert"))
        self.census_title.setText(self.tr("Census"))
        self.submission_title.setText(self.tr("Submission"))
        for label, text in zip(self.census_labels, (
            self.tr("Country:"), self.tr("Census name:"), self.tr("Census year:"), self.tr("Reference date:"),
            self.tr("Census round:"), self.tr("Enumeration basis:"), self.tr("Source type:"),
        )):
            label.setText(text)
        for label, text in zip(self.submission_labels, (
            self.tr("Statistics office:"), self.tr("Contact person:"), self.tr("Contact email:"),
            self.tr("Submission version:"), self.tr("Submission language:"), self.tr("Licence:"),
        )):
            label.setText(text)
        self.reference_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.census_round.setPlaceholderText(self.tr("e.g. 2020"))
        self.nso.setPlaceholderText(self.tr("e.g. Instituto Nacional de Estadísticas"))
        self.contact_email.setPlaceholderText(self.tr("name@institute.org"))
        self._fill_combo(self.enumeration_basis, [("de_jure", self.tr("De jure (usual residents)")),
                                                  ("de_facto", self.tr("De facto (persons present)"))])
        self._fill_combo(self.source_type, [("full_count", self.tr("Full count")),
                                            ("sample", self.tr("Sample (weighted)"))])
        self.definitions_title.setText(self.tr("National definitions"))
        self.definitions_hint.setText(self.tr("Where the census differs from the IMILA code lists "
                                              "(for example, a different definition of a category), say how."))
        self.universe_title.setText(self.tr("Universe notes"))
        self.universe_hint.setText(self.tr("For each table, who is counted when it differs from the standard universe "
                                           "(for example, a lower age limit of 10 instead of 15)."))
        self.universe_notes.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Title"), self.tr("Note")])
        self._fill_table_titles()
        self.rounds_title.setText(self.tr("Previous census round"))
        self.previous_button.setText(self.tr("Choose its package…"))
        self.forget_button.setText(self.tr("Forget"))
        self._show_previous()
        self.audit_title.setText(self.tr("Activity"))
        self.audit_model.retranslate()
        self._show_country()
        self._update_state()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        was_loading, self._loading = self._loading, True
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = was_loading

    def _schema_tables(self):
        try:
            from app.models.schema import load_schema

            return list(load_schema().tables.values())
        except (OSError, KeyError, ValueError):
            return []

    def _fill_table_titles(self) -> None:
        lang = current_language()
        was_loading, self._loading = self._loading, True
        for row in range(self.universe_notes.rowCount()):
            table_id = self.universe_notes.item(row, 0).text()
            for table in self._schema_tables():
                if table.id == table_id:
                    self.universe_notes.item(row, 1).setText(table.title(lang))
        self._loading = was_loading

    def _show_country(self) -> None:
        meta = self._loaded
        iso3 = meta.get("country_iso3") or ""
        name = meta.get("country_name") or ""
        if iso3:
            try:
                from app.workflow import country_by_iso3

                code = country_by_iso3(iso3)
                if code is not None:
                    name = code.label(current_language())
            except (OSError, KeyError, ValueError):
                pass
        self.country.setText(f"{name} ({iso3})" if iso3 else name)

    # -- data ------------------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        self._loading = True
        try:
            self._loaded = project.metadata() if project else {}
            meta = self._loaded
            for name in TEXT_FIELDS:
                getattr(self, name).setText(str(meta.get(name) or ""))
            self.census_year.setValue(int(meta.get("census_year") or 2020))
            self.submission_version.setValue(int(meta.get("submission_version") or 1))
            for combo, key, default in ((self.enumeration_basis, "enumeration_basis", "de_jure"),
                                        (self.source_type, "source_type", "full_count"),
                                        (self.language, "language", package_language(meta)),
                                        (self.license, "license", "CC-BY-4.0")):
                value = meta.get(key) or default
                if combo is self.license and combo.findData(value) < 0:
                    combo.addItem(str(value), value)  # the office's own terms, set from the command line
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.national_definitions.setPlainText(str(meta.get("national_definitions") or ""))
            notes = meta.get("universe_notes") or {}
            tables = self._schema_tables()
            self.universe_notes.setRowCount(len(tables))
            lang = current_language()
            for row, table in enumerate(tables):
                id_item = QTableWidgetItem(table.id)
                title_item = QTableWidgetItem(table.title(lang))
                title_item.setToolTip(table.title(lang))
                for item in (id_item, title_item):
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.universe_notes.setItem(row, 0, id_item)
                self.universe_notes.setItem(row, 1, title_item)
                self.universe_notes.setItem(row, 2, QTableWidgetItem(str(notes.get(table.id, "") if isinstance(notes, dict) else "")))
            frame = 2 * self.universe_notes.frameWidth()
            self.universe_notes.setFixedHeight(self.universe_notes.horizontalHeader().sizeHint().height()
                                               + self.universe_notes.verticalHeader().length() + frame)
            self._show_previous()
            records = project.audit_log() if project else []
            self.audit_model.set_records(records)
            self.audit_view.resizeColumnsToContents()
            self._show_country()
        finally:
            self._loading = False
        self._update_state()

    def values(self) -> dict[str, Any]:
        """The metadata as the form shows it."""
        values: dict[str, Any] = {name: getattr(self, name).text().strip() for name in TEXT_FIELDS}
        values["census_year"] = self.census_year.value()
        values["submission_version"] = self.submission_version.value()
        values["enumeration_basis"] = self.enumeration_basis.currentData()
        values["source_type"] = self.source_type.currentData()
        values["language"] = self.language.currentData()
        values["license"] = self.license.currentData()
        values["national_definitions"] = self.national_definitions.toPlainText().strip()
        notes = {}
        for row in range(self.universe_notes.rowCount()):
            text = (self.universe_notes.item(row, 2).text() if self.universe_notes.item(row, 2) else "").strip()
            if text:
                notes[self.universe_notes.item(row, 0).text()] = text
        values["universe_notes"] = notes
        return values

    def changes(self) -> dict[str, Any]:
        """Only what differs from the project."""
        changed = {}
        for key, value in self.values().items():
            old = self._loaded.get(key)
            if key == "universe_notes":
                old = old if isinstance(old, dict) else {}
            elif isinstance(value, int):
                try:
                    old = int(old) if old not in (None, "") else None
                except (TypeError, ValueError):
                    pass
            else:
                old = "" if old is None else str(old)
            if value != old:
                changed[key] = value
        return changed

    def problem(self) -> str:
        email = self.contact_email.text().strip()
        if email and not EMAIL.match(email):
            return self.tr("The contact email does not look like an address (name@institute.org).")
        date = self.reference_date.text().strip()
        if date and not self.reference_date.hasAcceptableInput():
            return self.tr("Write the reference date as YYYY-MM-DD.")
        return ""

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._update_state()

    def _update_state(self) -> None:
        has_project = self.project is not None
        dirty = has_project and bool(self.changes())
        problem = self.problem() if dirty else ""
        self.save_button.setEnabled(dirty and not problem)
        self.revert_button.setEnabled(dirty)
        if not has_project:
            self.state_label.setText("")
        elif problem:
            self.state_label.setText(problem)
        elif dirty:
            self.state_label.setText(self.tr("Unsaved changes"))
        else:
            self.state_label.setText(self.tr("All changes saved"))

    # -- previous round ------------------------------------------------------
    def _show_previous(self) -> None:
        """The previous round's package, and its stocks against this round's when there is one."""
        from app.rounds import previous_round, rounds_compared

        project = self.project
        record = previous_round(self._loaded) if project else None
        self.forget_button.setEnabled(record is not None)
        self.previous_button.setEnabled(project is not None)
        if record is None:
            self.previous_label.setText(self.tr(
                "None given. Choose the package of the last census (the .zip IMILA Desk exported for it): "
                "the previous-round rule (PLA-004) then compares each country of birth's stock with it."))
            if self.rounds_view is not None:
                self.rounds_view.hide()
            return
        self.previous_label.setText(self.tr("Census {year}: {file}, {count} cells by country of birth.").format(
            year=record.get("census_year", ""), file=record.get("file", ""), count=len(record["observations"])))
        if self.rounds_view is None:
            from app.ui.rounds_view import RoundsView

            self.rounds_view = RoundsView()
            self.rounds_layout.addWidget(self.rounds_view)
        self.rounds_view.show()
        self.rounds_view.set_result(rounds_compared(project), self._loaded.get("census_year"))

    def choose_previous(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("The previous round's package"), "",
                                              self.tr("IMILA packages (*.zip)"))
        if path:
            self.set_previous(path)

    def set_previous(self, path: str) -> bool:
        """Give the project the previous round's package; a package that cannot be used is said, nothing changes."""
        from app.rounds import set_previous_round

        project = self.project
        if project is None:
            return False
        try:
            set_previous_round(project, path)
        except Exception as exc:
            from app.ui.app import show_error

            show_error(self, exc)
            return False
        self.main.data_changed()
        self.refresh()
        return True

    def forget_previous(self) -> None:
        from app.rounds import clear_previous_round

        if self.project is not None and clear_previous_round(self.project):
            self.main.data_changed()
            self.refresh()

    def save(self) -> None:
        project = self.project
        changes = self.changes()
        if project is None or not changes or self.problem():
            return
        try:
            project.update_metadata(changes)
        except Exception as exc:  # a locked or full file: say so, keep the form as typed
            from app.ui.app import show_error

            show_error(self, exc)
            return
        self.main.data_changed()

"""Tabulate the IMILA tables straight from a census person file (microdata).

The dialog gathers three things — the person file, a tabulation recipe (a
JSON file, or one built here by binding each IMILA concept to a variable of
the file) and the disclosure option — and runs ``workflow.tabulate_microdata``
on the worker thread through the main window's job helper, with progress and
a Cancel that stops the scan at once. What the tabulation produced (tables,
observations, what the data showed, time taken) is shown in the dialog; a
domain error is shown there too. The project changes in one transaction or
not at all.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from app.errors import ImilaError
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.models import format_number
from app.ui.style import MUTED
from app.ui.worker import Job, run_job

MICRODATA_PATTERNS = "*.csv *.txt *.tsv *.dat *.parquet *.pq *.sav *.zsav *.dta"
DEFAULT_THRESHOLD = 3
SHOWN_BINDINGS = 4  # bindings the recipe line lists before "and N more"

DIALOG_STYLE = """
QLabel#tabulateMessage, QLabel#builderMessage { border-radius: 6px; padding: 8px 10px; }
QLabel#tabulateMessage[kind="error"], QLabel#builderMessage[kind="error"] {
    background: #fbe9e7; color: #8a1f12; border: 1px solid #f0c4bd; }
QLabel#tabulateMessage[kind="warning"] { background: #fff4dc; color: #6b4a00; border: 1px solid #f0dca8; }
QLabel#tabulateMessage[kind="info"] { background: #e8f1fa; color: #17324d; border: 1px solid #c8dbee; }
QLabel#stepNumber { background: #1f5f8b; color: white; border-radius: 11px; font-weight: 700; }
QLabel#conceptName[required="true"] { font-weight: 600; }
QLabel#headline { font-size: 11pt; font-weight: 600; color: #1d2b3a; }
QLabel#stepTitle { font-weight: 600; color: #1d2b3a; }
QListWidget#tabulationIssues { background: #ffffff; border: 1px solid #dde3ea; border-radius: 4px; }
QListWidget#tabulationIssues::item { padding: 4px 2px; border-bottom: 1px solid #eef2f6; }
"""

# The concepts of a tabulation recipe, in the order the form lists them (app/tabulate/recipe.py: CONCEPTS).
CONCEPT_ORDER = ("country_of_birth", "sex", "age", "arrival", "marital_status", "children_ever_born",
                 "residence_5y", "schooling", "activity", "industry", "occupation", "employment_status", "weight")
REQUIRED = ("country_of_birth",)
# The concepts of an emigrant recipe (household members abroad → T11; app/tabulate/emigrants.py).
EMIGRANT_ORDER = ("country_of_residence", "sex", "age", "departure", "household", "weight")
EMIGRANT_REQUIRED = ("country_of_residence", "sex", "age", "departure")
PERSONS, EMIGRANTS = "tabulation", "emigrants"
# Categorical concepts whose file values may need a map to the IMILA codes ("1=1, 2=1, 3=2").
VALUE_MAP_CONCEPTS = ("sex", "marital_status", "activity", "employment_status")
KIND_KEYS = ("kind", "codes", "digits")


# The context of the texts outside the dialog class, spelled out in each call so that lupdate finds them.
translate = QCoreApplication.translate


def microdata_filter() -> str:
    """The file dialog's filter for census person files."""
    return ";;".join((
        translate("TabulateDialog", "Census person files ({patterns})").format(patterns=MICRODATA_PATTERNS),
        translate("TabulateDialog", "Text files (*.csv *.txt *.tsv *.dat)"),
        translate("TabulateDialog", "Parquet (*.parquet *.pq)"),
        translate("TabulateDialog", "SPSS (*.sav *.zsav)"),
        translate("TabulateDialog", "Stata (*.dta)"),
        translate("TabulateDialog", "All files (*)"),
    ))


def recipe_filter() -> str:
    return ";;".join((translate("TabulateDialog", "Tabulation recipes (*.json)"),
                      translate("TabulateDialog", "All files (*)")))


def concept_name(concept: str, lang: str | None = None, mode: str = PERSONS) -> str:
    """A concept as the user knows it: the IMILA dimension's name, in the interface language."""
    from app import workflow
    from app.tabulate.recipe import CONCEPTS

    if mode == EMIGRANTS:
        if concept == "age":
            return translate("TabulateDialog", "Age at departure")
        if concept == "household":
            return translate("TabulateDialog", "Household")
        if concept == "weight":
            return translate("TabulateDialog", "Household weight (expansion factor)")
        dim = {"country_of_residence": "COR", "departure": "DEPART"}.get(concept)
        if dim:
            return workflow.dimension_name(dim, lang or current_language())
    dim = CONCEPTS.get(concept)
    if dim is None:
        return translate("TabulateDialog", "Weight (expansion factor)")
    return workflow.dimension_name(dim, lang or current_language())


def kind_options(concept: str, mode: str = PERSONS) -> list[tuple[dict, str]]:
    """How the file may code a concept: (recipe fields, text) pairs; empty when there is one way only."""
    if mode == EMIGRANTS:
        if concept == "age":
            return [({"kind": "at_departure"}, translate("TabulateDialog", "Age when they left")),
                    ({"kind": "current"}, translate("TabulateDialog", "Age now (the years since they left are "
                                                                      "subtracted)"))]
        if concept == "departure":
            return [({"kind": "year"}, translate("TabulateDialog", "Year of departure")),
                    ({"kind": "years_ago"}, translate("TabulateDialog", "Years since they left"))]
        if concept in ("household", "weight"):
            return []
    if concept in ("country_of_birth", "residence_5y", "country_of_residence"):
        return [({"codes": "auto"}, translate("TabulateDialog", "Detect: M49 numbers, ISO codes or names")),
                ({"codes": "m49"}, translate("TabulateDialog", "M49 numbers (32, 152, 604…)")),
                ({"codes": "iso3"}, translate("TabulateDialog", "ISO alpha-3 (ARG, CHL, PER…)")),
                ({"codes": "iso2"}, translate("TabulateDialog", "ISO alpha-2 (AR, CL, PE…)")),
                ({"codes": "labels"}, translate("TabulateDialog", "Country names or value labels"))]
    if concept == "arrival":
        return [({"kind": "year"}, translate("TabulateDialog", "Year of arrival")),
                ({"kind": "years_ago"}, translate("TabulateDialog", "Years lived in the country"))]
    if concept == "industry":
        return [({"kind": "isic4", "digits": 2}, translate("TabulateDialog", "ISIC Rev.4 divisions (2 digits)")),
                ({"kind": "isic4", "digits": 3}, translate("TabulateDialog", "ISIC Rev.4 groups (3 digits)")),
                ({"kind": "isic4", "digits": 4}, translate("TabulateDialog", "ISIC Rev.4 classes (4 digits)")),
                ({"kind": "section"}, translate("TabulateDialog", "ISIC Rev.4 sections (letters A–U)"))]
    if concept == "occupation":
        return [({"kind": "isco08", "digits": 4}, translate("TabulateDialog", "ISCO-08 unit groups (4 digits)")),
                ({"kind": "isco08", "digits": 3}, translate("TabulateDialog", "ISCO-08 minor groups (3 digits)")),
                ({"kind": "isco08", "digits": 2}, translate("TabulateDialog", "ISCO-08 sub-major groups (2 digits)")),
                ({"kind": "isco08", "digits": 1}, translate("TabulateDialog", "ISCO-08 major groups (1 digit)"))]
    return []


def parse_value_map(text: str) -> dict[str, str] | None:
    """``"1=1, 2=1; Hombre=1"`` → ``{"1": "1", "2": "1", "Hombre": "1"}``; None when an entry has no ``=``."""
    out: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        pieces = re.split(r"\s*(?:=|→|->)\s*", part, maxsplit=1)
        if len(pieces) != 2 or not pieces[0] or not pieces[1]:
            return None
        out[pieces[0]] = pieces[1]
    return out


def format_value_map(values: dict | None) -> str:
    return ", ".join(f"{k}={v}" for k, v in (values or {}).items())


def parse_values(text: str) -> list[str]:
    """``"99, 999"`` → ``["99", "999"]`` (commas, semicolons or blanks separate)."""
    return [v for v in re.split(r"[,;\s]+", text or "") if v]


def _card(name: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    if name:
        frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    return frame, layout


def _set_kind(label: QLabel, kind: str) -> None:
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text is wider than the room it has (the tooltip has it all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


# -- the recipe form ----------------------------------------------------------------
class RecipeBuilderDialog(QDialog):
    """Bind each IMILA concept to a variable of the person file; the result is a tabulation recipe.

    ``columns`` are ``workflow.MicrodataColumn``; ``start`` a recipe (dict) to
    edit, else the bindings guessed from the variables' names. ``recipe()``
    gives the checked recipe after ``accept``; ``saved_path`` where it was
    saved, if it was.
    """

    def __init__(self, parent: QWidget | None, file_name: str, columns: list, *, start: dict | None = None,
                 census_year: int | None = None, census_country: str | None = None, folder: str = "") -> None:
        super().__init__(parent)
        from app import workflow

        self.setObjectName("recipeBuilder")
        self.setStyleSheet(DIALOG_STYLE)
        self.file_name = file_name
        self.columns = {c.name: c for c in columns}
        self.folder = folder
        self.census_country = (start or {}).get("census_country") or census_country
        self._recipe: dict | None = None
        self.saved_path: Path | None = None
        self._start_bodies: dict[str, dict] = {}
        # what the file holds: one record per person (T00–T10) or household members abroad (T11)
        self._start_mode = EMIGRANTS if (start or {}).get("kind") == EMIGRANTS else PERSONS
        if start:
            for concept, body in (start.get("variables") or {}).items():
                self._start_bodies[concept] = {"variable": body} if isinstance(body, str) else dict(body)
            self.mode = self._start_mode
        else:
            self.mode = EMIGRANTS if workflow.looks_like_emigrant_module(columns) else PERSONS
        self._guesses = {PERSONS: workflow.guess_tabulation_variables(columns),
                         EMIGRANTS: workflow.guess_emigrant_variables(columns)}
        self.guessed = not start
        period = (start or {}).get("reference_period") or {}
        period = period if isinstance(period, dict) else {}

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        self.name_label = QLabel()
        self.name_edit = QLineEdit((start or {}).get("name") or Path(file_name).stem)
        self.name_edit.setObjectName("recipeName")
        self.year_label = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("censusYear")
        self.year_spin.setRange(1950, 2100)
        self.year_spin.setValue(int((start or {}).get("census_year") or census_year or 2020))
        top.addWidget(self.name_label)
        top.addWidget(self.name_edit, 1)
        top.addSpacing(16)
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        layout.addLayout(top)
        kind_row = QHBoxLayout()
        self.mode_label = QLabel()
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("recipeKind")
        self.mode_combo.addItem("", PERSONS)
        self.mode_combo.addItem("", EMIGRANTS)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(self.mode))
        kind_row.addWidget(self.mode_label)
        kind_row.addWidget(self.mode_combo, 1)
        layout.addLayout(kind_row)
        # the emigrant module's reference period: the census question ("left since 2012")
        self.period_row = QWidget()
        self.period_row.setObjectName("referencePeriod")
        period_layout = QHBoxLayout(self.period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        self.since_label = QLabel()
        self.since_spin = QSpinBox()
        self.since_spin.setObjectName("periodSince")
        self.since_spin.setRange(1950, 2100)
        year = self.year_spin.value()
        self.since_spin.setValue(int(period.get("from") or period.get("since") or year - 10))
        self.until_label = QLabel()
        self.until_spin = QSpinBox()
        self.until_spin.setObjectName("periodUntil")
        self.until_spin.setRange(1950, 2100)
        self.until_spin.setValue(int(period.get("to") or year))
        self.period_label_edit = QLineEdit(str(period.get("label") or ""))
        self.period_label_edit.setObjectName("periodLabel")
        for widget in (self.since_label, self.since_spin, self.until_label, self.until_spin):
            period_layout.addWidget(widget)
        period_layout.addSpacing(12)
        period_layout.addWidget(self.period_label_edit, 1)
        layout.addWidget(self.period_row)

        grid_host = QWidget()
        grid_host.setObjectName("bindingsGrid")
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.headers = [QLabel() for _ in range(5)]
        for col, header in enumerate(self.headers):
            header.setObjectName("sectionTitle")
            self.grid.addWidget(header, 0, col)
        self.rows: dict[str, dict[str, Any]] = {}
        self._fill_rows()
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 2)
        self.grid.setColumnStretch(4, 3)
        self.grid.setRowStretch(len(CONCEPT_ORDER) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        self.message = QLabel()
        self.message.setObjectName("builderMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("useRecipe")
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveRecipe")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.clicked.connect(self.use_recipe)
        self.save_button.clicked.connect(self.save_recipe)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.set_mode(self.mode_combo.currentData()))
        self.period_row.setVisible(self.mode == EMIGRANTS)
        self.retranslateUi()
        window = getattr(parent, "main", parent)  # the main window sets the room there is
        width = window.width() if window is not None else 1200
        self.resize(min(1120, max(860, width - 80)), 600)

    # -- building the form -------------------------------------------------------------
    def order(self) -> tuple[str, ...]:
        return EMIGRANT_ORDER if self.mode == EMIGRANTS else CONCEPT_ORDER

    def required(self) -> tuple[str, ...]:
        return EMIGRANT_REQUIRED if self.mode == EMIGRANTS else REQUIRED

    def _bodies(self) -> dict[str, dict]:
        """The starting recipe's variables, where it is of the kind the form now builds."""
        return self._start_bodies if self.mode == self._start_mode else {}

    def _fill_rows(self) -> None:
        """One row per concept of the recipe's kind (the rows of the other kind go)."""
        for row in self.rows.values():
            for key in ("name", "variable", "cell", "not_stated", "samples"):
                self.grid.removeWidget(row[key])
                row[key].deleteLater()
        self.rows = {}
        bodies = self._bodies()
        bindings = {c: b.get("variable", "") for c, b in bodies.items()} if bodies else self._guesses[self.mode]
        for index, concept in enumerate(self.order(), start=1):
            self._add_row(index, concept, bindings.get(concept, ""))

    def set_mode(self, mode: str) -> None:
        """Build a recipe for a person file (``tabulation``) or for household members abroad (``emigrants``)."""
        if mode not in (PERSONS, EMIGRANTS) or mode == self.mode:
            return
        self.mode = mode
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self._fill_rows()
        self.period_row.setVisible(mode == EMIGRANTS)
        self.message.hide()
        self.retranslateUi()

    def _add_row(self, row: int, concept: str, bound: str) -> None:
        name = QLabel()
        name.setObjectName("conceptName")
        name.setProperty("required", concept in self.required())
        combo = QComboBox()
        combo.setObjectName(f"variable_{concept}")
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem("", "")
        for column in self.columns.values():
            text = f"{column.name} — {column.label}" if column.label else column.name
            combo.addItem(text, column.name)
        index = combo.findData(bound) if bound in self.columns else 0
        combo.setCurrentIndex(max(0, index))
        kind = QComboBox()
        kind.setObjectName(f"kind_{concept}")
        self._fill_kinds(kind, concept)
        values = QLineEdit()
        values.setObjectName(f"values_{concept}")
        not_stated = QLineEdit()
        not_stated.setObjectName(f"notStated_{concept}")
        samples = ElidedLabel()
        samples.setObjectName(f"samples_{concept}")
        samples.setStyleSheet(f"color: {MUTED};")
        start = self._bodies().get(concept, {})
        if start.get("variable") == bound:
            values.setText(format_value_map(start.get("values")) if concept in VALUE_MAP_CONCEPTS else "")
            not_stated.setText(", ".join(str(v) for v in start.get("not_stated") or []))
        cell = QStackedWidget()  # how the values are coded: a kind, a value map, or nothing to say
        cell.addWidget(QWidget())
        cell.addWidget(kind)
        cell.addWidget(values)
        cell.setCurrentIndex(1 if kind.count() else 2 if concept in VALUE_MAP_CONCEPTS else 0)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        cell.setFixedHeight(max(kind.sizeHint().height(), values.sizeHint().height()))
        for col, widget in enumerate((name, combo, cell, not_stated, samples)):
            self.grid.addWidget(widget, row, col)
        self.rows[concept] = {"name": name, "variable": combo, "kind": kind, "values": values,
                              "not_stated": not_stated, "samples": samples, "cell": cell}
        not_stated.setVisible(concept not in ("weight", "household"))
        combo.currentIndexChanged.connect(lambda _i, c=concept: self._variable_changed(c))
        self._variable_changed(concept)

    def _fill_kinds(self, combo: QComboBox, concept: str) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        options = kind_options(concept, self.mode)
        for fields, text in options:
            combo.addItem(text, fields)
        start = self._bodies().get(concept)
        if start and options:
            wanted = {k: start[k] for k in KIND_KEYS if k in start}
            match = next((i for i, (fields, _t) in enumerate(options)
                          if all(wanted.get(k, fields.get(k)) == v for k, v in fields.items())
                          and set(wanted) <= set(fields)), None)
            if match is None and wanted:
                combo.addItem(translate("TabulateDialog", "As in the recipe: {kind}").format(
                    kind=", ".join(f"{k} {v}" for k, v in wanted.items())), wanted)
                match = combo.count() - 1
            if current < 0 and match is not None:
                current = match
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    def _variable_changed(self, concept: str) -> None:
        row = self.rows[concept]
        column = self.columns.get(row["variable"].currentData() or "")
        bound = column is not None
        for key in ("kind", "values", "not_stated"):
            row[key].setEnabled(bound)
        if column is None:
            row["samples"].setText("")
            row["samples"].setToolTip("")
            return
        shown = []
        for value in column.samples:
            label = column.value_labels.get(value)
            shown.append(f"{value} {label}" if label else value)
        text = ", ".join(shown)
        row["samples"].setText(text)
        labels = "\n".join(f"{v} = {label}" for v, label in column.value_labels.items())
        row["samples"].setToolTip(text + ("\n\n" + labels if labels else ""))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Build a tabulation recipe"))
        if self.mode == EMIGRANTS:
            intro = self.tr("Bind the questions on household members living abroad to the variables of {file}, "
                            "one record per member who left: country of residence, sex, age at departure and year "
                            "of departure are required; they make table T11. A file with numbered columns per "
                            "household (emig1_sex, emig2_sex…) needs a recipe file with \"layout\": \"wide\"."
                            ).format(file=self.file_name)
        else:
            intro = self.tr("Bind each IMILA concept to a variable of {file}. Country of birth is required; "
                            "sex and age are needed by almost every table. Leave a concept empty when the census "
                            "did not ask it: the tables that need it are not produced.").format(file=self.file_name)
        if self.guessed:
            intro += " " + self.tr("The variables were suggested from their names: check each one.")
        self.intro.setText(intro)
        self.name_label.setText(self.tr("Recipe name:"))
        self.year_label.setText(self.tr("Census year:"))
        self.mode_label.setText(self.tr("The file holds:"))
        self.mode_combo.setItemText(0, self.tr("One record per person (tables T00 to T10)"))
        self.mode_combo.setItemText(1, self.tr("Household members living abroad, one record per member (table T11)"))
        self.since_label.setText(self.tr("Reference period: left since"))
        self.until_label.setText(self.tr("up to"))
        self.period_label_edit.setPlaceholderText(self.tr("The question as the questionnaire asks it, e.g. "
                                                          "“salieron desde 2012”"))
        self.period_row.setToolTip(self.tr("The census asks about the members who left within this period; "
                                           "those who left before are not counted in T11"))
        for header, text in zip(self.headers, (self.tr("Concept"), self.tr("Variable of the file"),
                                               self.tr("How it is coded"), self.tr("Not stated values"),
                                               self.tr("Most frequent values"))):
            header.setText(text)
        lang = current_language()
        for concept, row in self.rows.items():
            text = concept_name(concept, lang, self.mode)
            row["name"].setText(text + (" *" if concept in self.required() else ""))
            row["variable"].setItemText(0, self.tr("(not in the file)"))
            row["variable"].setAccessibleName(text)
            self._fill_kinds(row["kind"], concept)
            row["not_stated"].setPlaceholderText(self.tr("e.g. 9, 99"))
            row["not_stated"].setToolTip(self.tr("Values that mean “not stated”, separated by commas"))
            if concept in VALUE_MAP_CONCEPTS:
                row["values"].setPlaceholderText(self.tr("values are IMILA codes"))
                row["values"].setToolTip(self._codes_hint(concept, lang))
        self.use_button.setText(self.tr("Use this recipe"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save the recipe as a JSON file, to use it again or with the "
                                            "command line, and use it"))

    def _codes_hint(self, concept: str, lang: str) -> str:
        from app.models.schema import load_schema
        from app.tabulate.recipe import CONCEPTS

        try:
            codes = [c for c in load_schema().codelist(CONCEPTS[concept]) if c.code != "_T"]
        except (OSError, KeyError, ValueError):
            codes = []
        listed = "\n".join(f"{c.code}  {c.label(lang)}" for c in codes)
        return self.tr("When the file's values are not the IMILA codes, map them: value=code, separated by "
                       "commas (e.g. 1=1, 2=1, 3=2). IMILA codes:") + "\n" + listed

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the recipe ---------------------------------------------------------------------
    def variables(self) -> dict[str, dict] | None:
        """The recipe's variables as the form says; None (and a message) when a value map is malformed."""
        out: dict[str, dict] = {}
        for concept, row in self.rows.items():
            column = row["variable"].currentData()
            if not column:
                continue
            start = self._bodies().get(concept, {})
            body = dict(start) if start.get("variable") == column else {}
            body["variable"] = column
            if row["kind"].count():  # the form says how it is coded
                for key in KIND_KEYS:
                    body.pop(key, None)
                body.update(row["kind"].currentData() or {})
            if concept in VALUE_MAP_CONCEPTS:
                values = parse_value_map(row["values"].text())
                if values is None:
                    self.show_message(self.tr("The values of “{concept}” must be written value=code, separated "
                                              "by commas (e.g. 1=1, 2=1, 3=2).").format(
                        concept=concept_name(concept, mode=self.mode)))
                    row["values"].setFocus()
                    return None
                body["values"] = values or None
            if concept not in ("weight", "household"):
                body["not_stated"] = parse_values(row["not_stated"].text()) or None
            out[concept] = body
        return out

    def build(self) -> dict | None:
        """The checked recipe, or None with the reason shown in the form."""
        from app import workflow

        variables = self.variables()
        if variables is None:
            return None
        try:
            if self.mode == EMIGRANTS:
                recipe = workflow.emigrant_recipe(variables, name=self.name_edit.text(),
                                                  census_year=self.year_spin.value(),
                                                  census_country=self.census_country,
                                                  since=self.since_spin.value(), until=self.until_spin.value(),
                                                  period_label=self.period_label_edit.text())
            else:
                recipe = workflow.tabulation_recipe(variables, name=self.name_edit.text(),
                                                    census_year=self.year_spin.value(),
                                                    census_country=self.census_country)
        except ImilaError as exc:
            self.show_message(exc.message(current_language()))
            return None
        self.message.hide()
        return recipe

    def show_message(self, text: str) -> None:
        _set_kind(self.message, "error")
        self.message.setText(text)
        self.message.show()

    def use_recipe(self) -> None:
        recipe = self.build()
        if recipe is not None:
            self._recipe = recipe
            self.accept()

    def save_recipe(self) -> None:
        from app import workflow

        recipe = self.build()
        if recipe is None:
            return
        suggested = str(Path(self.folder or Path.home()) / f"{Path(self.file_name).stem}-recipe.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the tabulation recipe"), suggested, recipe_filter())
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            self.saved_path = workflow.save_tabulation_recipe(recipe, path)
        except OSError as exc:
            self.show_message(self.tr("The recipe could not be saved in {path} ({error}). Choose another folder.")
                              .format(path=path, error=exc.strerror or exc))
            return
        self._recipe = recipe
        self.accept()

    def recipe(self) -> dict | None:
        return self._recipe


# -- the dialog ------------------------------------------------------------------------
class TabulateDialog(QDialog):
    """Choose a person file and a recipe, run the tabulation on the worker, show what it produced."""

    def __init__(self, main) -> None:
        super().__init__(main)
        self.main = main
        self.setObjectName("tabulateDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.job: Job | None = None
        self.columns_job: Job | None = None
        self.builder: RecipeBuilderDialog | None = None
        self.recipe = None  # the parsed Recipe in use
        self.recipe_data: dict | None = None  # its JSON
        self.recipe_path: Path | None = None  # the file it came from or was saved to
        self.result = None  # the last TabulationResult
        self.elapsed = 0.0
        self._message: tuple[str, str, dict] | None = None  # (key, kind, params) to retranslate
        self._started = 0.0
        self._run_file = ""  # the person file of the last run
        self._close_when_stopped = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        # the three choices, one card: 1 the person file, 2 the recipe, 3 disclosure control
        inputs, inputs_layout = _card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        inputs_layout.addLayout(grid)
        self.file_title = self._step(grid, 0, 1)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("microdataPath")
        self.file_edit.editingFinished.connect(self._file_edited)
        self.file_button = QPushButton()
        self.file_button.setObjectName("microdataBrowse")
        self.file_button.clicked.connect(self.choose_file)
        grid.addWidget(self.file_edit, 0, 2)
        grid.addWidget(self.file_button, 0, 3, Qt.AlignmentFlag.AlignLeft)
        self.file_hint = QLabel()
        self.file_hint.setObjectName("hint")
        grid.addWidget(self.file_hint, 1, 2, 1, 2)
        grid.setRowMinimumHeight(2, 8)

        self.recipe_title = self._step(grid, 3, 2)
        self.recipe_edit = QLineEdit()
        self.recipe_edit.setObjectName("recipePath")
        self.recipe_edit.editingFinished.connect(self._recipe_edited)
        self.recipe_button = QPushButton()
        self.recipe_button.setObjectName("recipeBrowse")
        self.recipe_button.clicked.connect(self.choose_recipe)
        self.build_button = QPushButton()
        self.build_button.setObjectName("buildRecipe")
        self.build_button.clicked.connect(self.build_recipe)
        recipe_buttons = QHBoxLayout()
        recipe_buttons.setSpacing(6)
        recipe_buttons.addWidget(self.recipe_button)
        recipe_buttons.addWidget(self.build_button)
        grid.addWidget(self.recipe_edit, 3, 2)
        grid.addLayout(recipe_buttons, 3, 3)
        self.recipe_summary = QLabel()
        self.recipe_summary.setObjectName("recipeSummary")
        self.recipe_summary.setWordWrap(True)
        self.recipe_summary.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.recipe_summary, 4, 2, 1, 2)
        grid.setRowMinimumHeight(5, 8)

        self.options_title = self._step(grid, 6, 3)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.disclosure_check = QCheckBox()
        self.disclosure_check.setObjectName("disclosureCheck")
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("disclosureThreshold")
        self.threshold_spin.setRange(1, 1000)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.threshold_spin.setEnabled(False)
        self.threshold_after = QLabel()
        self.disclosure_check.toggled.connect(self.threshold_spin.setEnabled)
        row.addWidget(self.disclosure_check)
        row.addWidget(self.threshold_spin)
        row.addWidget(self.threshold_after)
        row.addStretch(1)
        grid.addLayout(row, 6, 2, 1, 2)
        self.keep_copy_check = QCheckBox()
        self.keep_copy_check.setObjectName("keepCopyCheck")
        grid.addWidget(self.keep_copy_check, 7, 2, 1, 2)
        layout.addWidget(inputs)

        # message, progress
        self.message = QLabel()
        self.message.setObjectName("tabulateMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("tabulateProgress")
        self.progress_bar.setRange(0, 1000)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelTabulation")
        self.cancel_button.clicked.connect(self.cancel)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()
        layout.addWidget(self.progress_row)

        # the result
        result_card, result_layout = _card()
        self.result_title = QLabel()
        self.result_title.setObjectName("sectionTitle")
        result_layout.addWidget(self.result_title)
        self.result_stack = QStackedWidget()
        self.result_empty = QLabel()
        self.result_empty.setObjectName("emptyState")
        self.result_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_empty.setWordWrap(True)
        self.summary = QWidget()
        self.summary.setObjectName("tabulateSummary")
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.setSpacing(8)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.tables_view = QTableWidget(0, 4)
        self.tables_view.setObjectName("tabulatedTables")
        self.tables_view.verticalHeader().setVisible(False)
        self.tables_view.verticalHeader().setDefaultSectionSize(24)
        self.tables_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tables_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tables_view.setShowGrid(False)
        self.tables_view.setAlternatingRowColors(True)
        self.tables_view.setWordWrap(False)
        self.tables_view.setFrameShape(QFrame.Shape.NoFrame)
        head = self.tables_view.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.issues_view = QListWidget()
        self.issues_view.setObjectName("tabulationIssues")
        self.issues_view.setWordWrap(True)
        self.issues_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issues_view.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.issues_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.issues_view.setFrameShape(QFrame.Shape.NoFrame)
        self.issues_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("resultTabs")
        self.result_tabs.setDocumentMode(True)
        self.result_tabs.addTab(self.tables_view, "")
        self.result_tabs.addTab(self.issues_view, "")
        summary_layout.addWidget(self.headline)
        summary_layout.addWidget(self.result_tabs, 1)
        self.result_stack.addWidget(self.result_empty)
        self.result_stack.addWidget(self.summary)
        result_layout.addWidget(self.result_stack, 1)
        layout.addWidget(result_card, 1)

        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setObjectName("primary")
        self.run_button.setAccessibleName("runTabulation")
        self.run_button.clicked.connect(self.run)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeTabulation")
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        main.project_changed.connect(self._project_changed)
        self.retranslateUi()
        self._update_state()
        self.resize(min(980, max(760, main.width() - 120)), min(760, max(560, main.height() - 40)))

    @staticmethod
    def _step(grid: QGridLayout, row: int, number: int) -> QLabel:
        """A numbered step's badge and title at ``row`` of the inputs grid; returns the title."""
        badge = QLabel(str(number))
        badge.setObjectName("stepNumber")
        badge.setFixedSize(22, 22)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel()
        title.setObjectName("stepTitle")
        grid.addWidget(badge, row, 0)
        grid.addWidget(title, row, 1)
        return title

    # -- texts --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Tabulate microdata"))
        self.intro.setText(self.tr(
            "Tabulate the IMILA tables straight from the census person file: every table the recipe's variables "
            "allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household "
            "members living abroad), with an emigrant recipe. The file is read where it lies, however large; the "
            "project records its name, size and checksum, not the confidential records."))
        self.file_title.setText(self.tr("Person or household file"))
        self.file_edit.setPlaceholderText(self.tr("CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record "
                                                  "per person, or per household member abroad"))
        self.file_button.setText(self.tr("Browse…"))
        self.recipe_title.setText(self.tr("Recipe"))
        self.recipe_edit.setPlaceholderText(self.tr("A tabulation recipe (JSON) that binds the file's variables "
                                                    "to the IMILA concepts"))
        self.recipe_button.setText(self.tr("Open…"))
        self.build_button.setText(self.tr("Build a recipe…"))
        self.build_button.setToolTip(self.tr("Bind the file's variables to the IMILA concepts in a form"))
        self.options_title.setText(self.tr("Disclosure control"))
        self.disclosure_check.setText(self.tr("Flag cells of fewer than"))
        self.threshold_after.setText(self.tr("persons as confidential (C); totals are kept"))
        self.disclosure_check.setToolTip(self.tr("Flagged cells keep their value in the project but are not "
                                                 "exported"))
        self.keep_copy_check.setText(self.tr("Also keep a copy of the person file in the project (files up to "
                                             "64 MiB)"))
        self.keep_copy_check.setToolTip(self.tr("The person records are confidential and a project file is copied "
                                                "and sent: without a copy the project keeps the file's name, size "
                                                "and checksum only"))
        self.progress_label.setText(self.tr("Tabulating…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the tabulation; the project stays as it was"))
        self.result_title.setText(self.tr("Result"))
        self.tables_view.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Title"), self.tr("Observations"),
                                                    self.tr("Persons")])
        self.run_button.setText(self.tr("Tabulate"))
        self.close_button.setText(self.tr("Close"))
        self._show_file_hint()
        self._show_recipe_summary()
        if hasattr(self, "run_button"):
            self._update_state()
        if self.result is not None:
            self.show_result(self.result, self.elapsed)
        if self._message is not None:
            self._show_message(*self._message)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- messages ----------------------------------------------------------------------
    def _message_text(self, key: str, params: dict) -> str:
        if key == "core":
            exc = params["error"]
            return exc.message(current_language())
        texts = {
            "cancelled": self.tr("Cancelled: the project is as it was before."),
            "busy": self.tr("Another task is running: wait for it to finish, then tabulate."),
            "bug": self.tr("The tabulation stopped because of an unexpected error; the project is as it was "
                           "before and the details were logged."),
            "no_file": self.tr("Choose the person file first."),
            "reading": self.tr("Reading the variables of {file}…"),
            "stopping": self.tr("Stopping the tabulation…"),
        }
        return texts[key].format(**{k: v for k, v in params.items() if isinstance(v, (str, int, float))})

    def _show_message(self, key: str, kind: str, params: dict | None = None) -> None:
        params = params or {}
        self._message = (key, kind, params)
        _set_kind(self.message, kind)
        self.message.setText(self._message_text(key, params))
        self.message.show()

    def show_error(self, exc: BaseException) -> None:
        """A domain error in the dialog, in the interface language; a bug also to the crash dialog."""
        if isinstance(exc, ImilaError):
            self._show_message("core", "error", {"error": exc})
        else:
            from app.ui.app import show_error

            self._show_message("bug", "error")
            show_error(self, exc)

    def clear_message(self) -> None:
        self._message = None
        self.message.clear()
        self.message.hide()

    # -- the person file ---------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(Path(self.file_edit.text()).parent) if self.file_edit.text() else \
            self.main.settings.folder("microdata") or self.main.settings.folder("import")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Census person file"), folder, microdata_filter())
        if path:
            self.set_file(path)

    def set_file(self, path) -> None:
        self.file_edit.setText(str(path))
        self._file_edited()

    def _file_edited(self) -> None:
        path = self.file_path()
        if path is not None and path.is_file():
            self.main.settings.set_folder("microdata", path.parent)
        self.clear_message()
        self._show_file_hint()
        self._update_state()

    def file_path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text) if text else None

    def _show_file_hint(self) -> None:
        path = self.file_path()
        if path is None:
            self.file_hint.setText(self.tr("Census records stay on this computer; only the tables enter the "
                                           "submission."))
        elif not path.is_file():
            self.file_hint.setText(self.tr("No file at this path."))
        else:
            size = QLocale().formattedDataSize(path.stat().st_size)
            self.file_hint.setText(self.tr("{file}, {size}").format(file=path.name, size=size))

    # -- the recipe ----------------------------------------------------------------------
    def choose_recipe(self) -> None:
        folder = str(self.recipe_path.parent) if self.recipe_path else \
            self.main.settings.folder("recipes") or self.main.settings.folder("microdata")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tabulation recipe"), folder, recipe_filter())
        if path:
            self.set_recipe_file(path)

    def _recipe_edited(self) -> None:
        text = self.recipe_edit.text().strip()
        if not text:
            self._set_recipe(None, None, None)
        elif self.recipe_path is None or Path(text) != self.recipe_path:
            self.set_recipe_file(text)

    def set_recipe_file(self, path) -> bool:
        """Read and check the recipe at ``path``; its error is shown in the dialog."""
        from app.tabulate import load_recipe

        path = Path(path)
        self.recipe_edit.setText(str(path))
        try:
            recipe = load_recipe(str(path))
        except ImilaError as exc:
            self._set_recipe(None, None, path)
            self.show_error(exc)
            return False
        self.main.settings.set_folder("recipes", path.parent)
        self.clear_message()
        self._set_recipe(recipe, recipe.to_json(), path)
        return True

    def set_recipe_data(self, data: dict, path: Path | None = None) -> None:
        """Use a recipe built in the form (saved at ``path``, or only in memory)."""
        from app.tabulate import parse_recipe

        self.clear_message()
        self.recipe_edit.setText(str(path) if path else "")
        self._set_recipe(parse_recipe(data), data, path)

    def _set_recipe(self, recipe, data: dict | None, path: Path | None) -> None:
        self.recipe, self.recipe_data, self.recipe_path = recipe, data, path
        self._show_recipe_summary()
        self._update_state()

    def _show_recipe_summary(self) -> None:
        """The recipe in use in a line or two: its name, census and the first bindings (all in the tooltip)."""
        from html import escape

        recipe = self.recipe
        if recipe is None:
            self.recipe_summary.setText(f'<span style="color:{MUTED}">%s</span>' % escape(
                self.tr("No recipe yet: open one, or build one from the file's variables.")))
            self.recipe_summary.setToolTip("")
            return
        lang = current_language()
        emigrants = getattr(recipe, "kind", PERSONS) == EMIGRANTS
        mode = EMIGRANTS if emigrants else PERSONS
        order = EMIGRANT_ORDER if emigrants else CONCEPT_ORDER
        bound = [(concept_name(c, lang, mode), recipe.variables[c].variable) for c in order if c in recipe.variables]
        shown = ", ".join(f"{escape(name)} ← {escape(variable)}" for name, variable in bound[:SHOWN_BINDINGS])
        if len(bound) > SHOWN_BINDINGS:
            shown += " " + escape(self.tr("and {count} more").format(count=len(bound) - SHOWN_BINDINGS))
        head = f"<b>{escape(recipe.name)}</b>"
        if emigrants:
            head += " · " + escape(self.tr("household members abroad → T11"))
            period = recipe.period
            if period is not None:
                years = f"{period.start}–{period.end}" if period.end else str(period.start)
                text = self.tr("left {years}").format(years=years) if period.end else \
                    self.tr("left since {year}").format(year=period.start)
                head += " · " + escape(text)
            else:
                head += " · " + escape(self.tr("reference period of the project"))
            if recipe.layout == "wide":
                head += " · " + escape(self.tr("numbered columns per household"))
        if recipe.census_year:
            head += " · " + escape(self.tr("census {year}").format(year=recipe.census_year))
        if self.recipe_path is None:
            head += " · " + escape(self.tr("not saved"))
        self.recipe_summary.setText(f'{head} · <span style="color:{MUTED}">{shown}</span>')
        self.recipe_summary.setToolTip("\n".join(f"{name} ← {variable}" for name, variable in bound))

    def build_recipe(self) -> Job | None:
        """Read the file's variables on the worker, then open the form that binds them."""
        path = self.file_path()
        if path is None or not path.is_file():
            self._show_message("no_file", "warning")
            return None
        from app import workflow

        self._show_message("reading", "info", {"file": path.name})
        job = run_job(workflow.microdata_columns, path, parent=self)
        self.columns_job = job
        job.succeeded.connect(lambda columns, p=path: self._open_builder(p, columns))
        job.failed.connect(self.show_error)
        job.finished.connect(lambda j=job: self._columns_read(j))
        self._update_state()
        return job

    def _columns_read(self, job: Job) -> None:
        if self.columns_job is job:
            self.columns_job = None
        job.deleteLater()
        self._update_state()

    def _open_builder(self, path: Path, columns) -> None:
        self.clear_message()
        metadata = self.main.project.metadata() if self.main.project is not None else {}
        start = self.recipe_data if self.recipe is not None and all(
            s.variable in {c.name for c in columns} for s in self.recipe.variables.values()) else None
        self.builder = RecipeBuilderDialog(
            self, path.name, columns, start=start, census_year=metadata.get("census_year"),
            census_country=metadata.get("country_m49"),
            folder=self.main.settings.folder("recipes") or str(path.parent))
        self.builder.finished.connect(self._builder_closed)
        self.builder.open()

    def _builder_closed(self, result: int) -> None:
        builder, self.builder = self.builder, None
        if builder is None:
            return
        if result == QDialog.DialogCode.Accepted and builder.recipe() is not None:
            if builder.saved_path is not None:
                self.main.settings.set_folder("recipes", builder.saved_path.parent)
            self.set_recipe_data(builder.recipe(), builder.saved_path)
        builder.deleteLater()

    # -- running -----------------------------------------------------------------------
    def _update_state(self) -> None:
        running = self.job is not None
        reading = self.columns_job is not None
        path = self.file_path()
        ready = (path is not None and path.is_file() and self.recipe is not None
                 and self.main.project is not None)
        self.run_button.setEnabled(ready and not running and not reading)
        for widget in (self.file_edit, self.file_button, self.recipe_edit, self.recipe_button,
                       self.disclosure_check, self.keep_copy_check):
            widget.setEnabled(not running)
        self.threshold_spin.setEnabled(not running and self.disclosure_check.isChecked())
        self.build_button.setEnabled(not running and not reading and path is not None and path.is_file())
        self.progress_row.setVisible(running)
        if running:
            self.result_empty.setText(self.tr("Tabulating {file}…").format(file=self._run_file))
        elif ready:
            self.result_empty.setText(self.tr("Ready. Tabulate writes the tables into the project in one step; "
                                              "a cancel or an error leaves the project as it was."))
        else:
            self.result_empty.setText(self.tr("Choose the person file and a recipe, then Tabulate."))

    def disclosure_threshold(self) -> int | None:
        return self.threshold_spin.value() if self.disclosure_check.isChecked() else None

    def run(self) -> Job | None:
        """Tabulate on the worker thread; the dialog follows the job until it reports."""
        from app import workflow

        path = self.file_path()
        if self.job is not None or self.recipe is None or path is None or self.main.project is None:
            return None
        self.clear_message()
        job = self.main.start_job(workflow.tabulate_microdata, path, self.recipe,
                                  project_path=self.main.project.path,
                                  title=self.tr("Tabulating {file}").format(file=path.name),
                                  disclosure_threshold=self.disclosure_threshold(),
                                  keep_copy=self.keep_copy_check.isChecked())
        if job is None:
            self._show_message("busy", "warning")
            return None
        job.failed.disconnect(self.main._on_job_failed)  # the dialog shows its errors itself
        self.job = job
        self._run_file = path.name
        self.result = None  # the summary of an earlier run would read as this one's
        self.result_stack.setCurrentWidget(self.result_empty)
        self._started = time.monotonic()
        self.progress_bar.setValue(0)
        self.progress_bar.setToolTip("")
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self._update_state()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._show_message("stopping", "info")

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        # the core's step messages are short technical words (a file name, a table id)
        self.progress_bar.setToolTip(message)

    def _on_succeeded(self, result) -> None:
        self.elapsed = time.monotonic() - self._started
        self.result = result
        self.show_result(result, self.elapsed)
        self.main.data_changed()

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(exc)

    def _on_cancelled(self) -> None:
        self._show_message("cancelled", "warning")

    def _on_finished(self) -> None:
        self.job = None
        self._update_state()
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def reject(self) -> None:
        """Close; a running tabulation is cancelled first (the project stays as it was)."""
        if self.job is not None:
            self._close_when_stopped = True
            self.cancel()
            return
        if self.columns_job is not None:
            self.columns_job.cancel()
        super().reject()

    def _project_changed(self) -> None:
        """Another project was opened: what this dialog showed was about the one before."""
        if self.job is None:
            self.result = None
            self.result_stack.setCurrentWidget(self.result_empty)
            self.clear_message()
        self._update_state()

    # -- the result --------------------------------------------------------------------
    def show_result(self, result, elapsed: float) -> None:
        """Tables produced with their observations and persons, what the data showed, and the time taken."""
        from app.models.schema import load_schema

        lang = current_language()
        seconds = QLocale().toString(float(elapsed), "f", 1)
        records = format_number(result.records)
        observations = format_number(result.written or result.observation_count())
        file_name = self._run_file
        self.headline.setText(self.tr("{records} records of {file} tabulated in {seconds} s: {count} observations "
                                      "in {tables} tables.").format(records=records, file=file_name, seconds=seconds,
                                                                    count=observations, tables=len(result.tables)))
        try:
            schema = load_schema()
        except (OSError, KeyError, ValueError):
            schema = None
        ids = sorted(result.tables)
        self.tables_view.setRowCount(len(ids))
        for row, table_id in enumerate(ids):
            frame = result.tables[table_id]
            dims = [c for c in frame.columns if c not in ("value", "n", "flag")]
            total = frame.loc[(frame[dims] == "_T").all(axis=1), "value"] if dims else frame["value"]
            title = schema.table(table_id).title(lang) if schema is not None and table_id in schema.tables else ""
            cells = (table_id, title, format_number(len(frame)),
                     format_number(float(total.iloc[0])) if len(total) else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 1 else "")
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.tables_view.setItem(row, column, item)
        self.issues_view.clear()
        order = {"error": 0, "warning": 1, "info": 2}
        for issue in sorted(result.issues, key=lambda i: order.get(i.severity, 3)):
            item = QListWidgetItem(icon(issue.severity if issue.severity in order else "info"), issue.message(lang))
            item.setData(Qt.ItemDataRole.UserRole, issue.key)
            self.issues_view.addItem(item)
        if not result.issues:
            item = QListWidgetItem(icon("ok"), self.tr("Nothing to note: every value was understood."))
            self.issues_view.addItem(item)
        worst = min((order.get(i.severity, 3) for i in result.issues), default=3)
        self.result_tabs.setTabText(0, self.tr("Tables ({count})").format(count=len(ids)))
        self.result_tabs.setTabText(1, self.tr("Notes on the data ({count})").format(count=len(result.issues)))
        self.result_tabs.setTabIcon(1, icon({0: "error", 1: "warning"}.get(worst, "info")))
        self.result_stack.setCurrentWidget(self.summary)


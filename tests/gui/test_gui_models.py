"""Item models: correct for Qt (qtmodeltester), lazy for big tables, formatted for the language."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.ui.models import (
    AuditModel, Column, ColumnarTableModel, ExportsModel, FindingsModel, MappingsModel, SourcesModel, format_number,
)


class Finding:
    def __init__(self, rule, severity, table_id, cells=(), key=""):
        self.rule, self.severity, self.table_id, self.cells, self.key = rule, severity, table_id, list(cells), key
        self.params = {}

    def message(self, lang):
        return f"[{lang}] {self.rule} in {self.table_id}"


class BigModel(ColumnarTableModel):
    COLUMNS = (Column("code"), Column("value", "number"))


FINDINGS = [
    Finding("PLA-001", "warning", "T01", [{"table_id": "T01", "COB": "068", "lineage": "Cuadro 3!C9"}]),
    Finding("ADD-001", "error", "T04", [{"table_id": "T04", "COB": "_T", "SEX": "1"}]),
    Finding("DIS-001", "info", "T01"),
    Finding("ADD-001", "error", "T01", [{"table_id": "T01", "COB": "032", "lineage": f"C{i}"} for i in range(5)]),
]


def test_sources_model(qtmodeltester, gui_app):
    model = SourcesModel()
    model.set_records([
        {"name": "cuadro1.xlsx", "format": "xlsx", "size": 10466, "sha256": "ab" * 32,
         "imported_at": "2025-11-27T23:49:00+00:00", "observations": 1933463},
        {"name": "cuadro2.csv", "format": "csv", "size": 2229, "sha256": "cd" * 32,
         "imported_at": "2025-11-28T10:00:00+00:00", "observations": 0},
    ])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 1)) == "XLSX"
    assert model.data(model.index(0, 3)) == "ab" * 6
    assert model.data(model.index(0, 5)) == "1.933.463"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Archivo"
    assert model.data(model.index(0, 5), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_findings_model_sorted_by_severity_then_table(qtmodeltester, gui_app):
    model = FindingsModel()
    model.set_findings(FINDINGS)
    qtmodeltester.check(model, force_py=True)
    rows = [(model.raw(r, "severity"), model.raw(r, "table_id")) for r in range(model.rowCount())]
    assert rows == [("error", "T01"), ("error", "T04"), ("warning", "T01"), ("info", "T01")]
    assert model.data(model.index(0, 0)) == "Error"
    assert model.data(model.index(2, 0)) == "Advertencia"
    assert model.data(model.index(0, 3)) == "[es] ADD-001 in T01"
    assert model.data(model.index(0, 4)) == "C0; C1; C2 (+2)"
    assert not model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.counts() == {"error": 2, "warning": 1, "info": 1}
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.raw(0, "rule") == "PLA-001"
    qtmodeltester.check(model, force_py=True)


def test_other_models(qtmodeltester, gui_app):
    exports = ExportsModel()
    exports.set_records([{"version": 1, "filename": "CHL_2017_IMILA_v1.zip", "sha256": "e" * 64,
                          "created_at": "2025-11-27T23:49:00+00:00", "created_by": "ana"}])
    qtmodeltester.check(exports, force_py=True)
    audit = AuditModel()
    audit.set_records([{"at": "2025-11-27T23:49:00+00:00", "user": "ana", "action": "metadata.update",
                        "details": {"nso": "INE", "universe_notes": {"T01": "x" * 100}}}])
    qtmodeltester.check(audit, force_py=True)
    assert audit.data(audit.index(0, 3)).startswith("nso: INE, universe_notes: ")
    assert audit.data(audit.index(0, 3)).endswith("…")
    mappings = MappingsModel()
    mappings.set_mappings([{"id": 1, "name": "Cuadro 3", "source_id": 2, "recipe": {"table": "T01"},
                            "created_at": "2025-11-27T23:49:00+00:00", "created_by": "ana"}], {2: "cuadro3.xlsx"})
    qtmodeltester.check(mappings, force_py=True)
    assert mappings.data(mappings.index(0, 2)) == "cuadro3.xlsx"


def test_a_million_rows_fetch_on_demand(qtmodeltester, gui_app):
    model = BigModel()
    n = 1_000_000
    model.set_columns({"code": np.array([f"{i % 1000:03d}" for i in range(n)], dtype=object),
                       "value": np.arange(n, dtype=float)})
    assert model.rowCount() == model.BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * model.BATCH
    assert model.total_rows() == n
    assert model.data(model.index(3999, 1)) == "3.999"  # Spanish as the core writes it (es-AR)
    for _ in range(10):
        model.fetchMore(QModelIndex())
    assert model.data(model.index(12345, 1)) == "12.345"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "999.999"


def test_small_columnar_model_passes_the_tester(qtmodeltester, gui_app):
    model = BigModel()
    model.BATCH = 7
    model.set_columns({"code": ["b", "a", None, "c"] * 5, "value": [1.5, float("nan"), None, 3] * 5})
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    assert model.data(model.index(0, 1)) == "1,50"
    assert model.data(model.index(1, 1)) == ""
    model.sort(0)
    qtmodeltester.check(model, force_py=True)


def test_columns_must_have_one_length(gui_app):
    with pytest.raises(ValueError):
        BigModel().set_columns({"code": [1, 2], "value": [1]})


def test_format_number_blank_for_missing(gui_app):
    assert format_number(None) == ""
    assert format_number(float("nan")) == ""
    assert format_number(12.0) == "12"


def test_findings_follow_a_language_change(qtbot, gui_app):
    from app.ui.app import set_language

    model = FindingsModel()
    model.set_findings(FINDINGS)
    assert model.data(model.index(0, 3)) == "[es] ADD-001 in T01"
    with qtbot.waitSignal(model.dataChanged):
        set_language("fr")
        model.retranslate()
    assert model.data(model.index(0, 3)) == "[fr] ADD-001 in T01"
    assert model.data(model.index(0, 0)) == "Erreur"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Message"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Gravité"

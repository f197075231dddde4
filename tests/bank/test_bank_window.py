"""The Bank window drives the real bank: open, add packages, the four views, exports; in Spanish and English."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .test_bank import CURRENT, _tamper

SHOTS = Path(os.environ.get("IMILA_BANK_SHOTS", "")) if os.environ.get("IMILA_BANK_SHOTS") else None


@pytest.fixture
def window(qtbot, tmp_path):
    from app.ui.bank_window import BankWindow

    win = BankWindow(path=tmp_path / "IMILA.imilabank")
    qtbot.addWidget(win)
    win.resize(1100, 680)
    win.show()
    return win


@pytest.mark.parametrize("lang", ["es", "en"])
def test_bank_window_adds_and_answers(window, packages, lang, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.app import set_language

    from PySide6.QtWidgets import QApplication

    set_language(lang)
    QApplication.processEvents()
    try:
        results = window.add_packages([packages[k] for k in CURRENT])
        assert all(r.ok for r in results)
        assert window.list_table.rowCount() == 6
        window.tabs.setCurrentIndex(1)
        window.origin_edit.setText("PRY")
        result = window.show_emigrants()
        arg = next(r for r in result.records() if r["destination"] == "ARG")
        assert arg["value"] == 522_598 and arg["women"] == 298_850
        texts = [window.emigrants_table.item(i, 3).text() for i in range(window.emigrants_table.rowCount())]
        assert ("522.598" if lang == "es" else "522,598") in texts
        assert window.export("xlsx", str(tmp_path / "e.xlsx")).stat().st_size > 0
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            QApplication.processEvents()
            window.grab().save(str(SHOTS / f"bank_{lang}_emigrants.png"))
        window.tabs.setCurrentIndex(2)
        assert window.show_matrix().rows
        if SHOTS:
            QApplication.processEvents()
            window.grab().save(str(SHOTS / f"bank_{lang}_matrix.png"))
        window.tabs.setCurrentIndex(3)
        window.dest_edit.setText("CHL")
        assert window.show_rounds().rows
        window.tabs.setCurrentIndex(0)
        if SHOTS:
            QApplication.processEvents()
            window.grab().save(str(SHOTS / f"bank_{lang}_packages.png"))
        assert window.windowTitle() == ("Banco de datos IMILA" if lang == "es" else "IMILA data bank")
        shown = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
        bad = tmp_path / "bad.zip"
        _tamper(packages["ARG2022"], bad)
        assert not window.add_packages([bad])[0].ok
        assert shown and window.list_table.rowCount() == 6
    finally:
        set_language("es")

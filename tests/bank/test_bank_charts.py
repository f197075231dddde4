"""The Bank window's charts as a user meets them: bars by destination, the pyramid, the shaded matrix, rounds as
lines, each saved as a PNG; in Spanish and English."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .test_bank import CURRENT

SHOTS = Path(os.environ["IMILA_BANK_SHOTS"]) if os.environ.get("IMILA_BANK_SHOTS") else None


def _not_blank(path: Path) -> bool:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return len(colours) > 3


@pytest.fixture
def window(qtbot, tmp_path, packages):
    from app.ui.bank_window import BankWindow

    win = BankWindow(path=tmp_path / "IMILA.imilabank")
    qtbot.addWidget(win)
    win.resize(1100, 680)
    win.show()
    assert all(r.ok for r in win.add_packages([packages[k] for k in CURRENT + ("CHL2002",)]))
    return win


@pytest.mark.parametrize("lang", ["es", "en"])
def test_charts_of_the_bank(window, qtbot, lang, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.app import set_language

    set_language(lang)
    QApplication.processEvents()
    win = window
    try:
        win.tabs.setCurrentIndex(1)
        win.origin_edit.clear()
        qtbot.keyClicks(win.origin_edit, "PRY")
        qtbot.mouseClick(win.show_button, Qt.MouseButton.LeftButton)
        bars = win.destinations_chart
        first = bars.result.records()[0]
        assert (first["destination"], first["value"], first["women"]) == ("ARG", 522_598, 298_850)
        assert bars.labels[0] == "Argentina"
        assert any("522" in tip and "298" in tip for *_, tip in bars.tips)
        title = bars.plot.getPlotItem().titleLabel.text
        assert ("Emigrantes de Paraguay" if lang == "es" else "Emigrants of Paraguay") in title
        png = tmp_path / "bars.png"
        assert bars.save_png(png) and png.stat().st_size > 5_000 and _not_blank(png)
        from PySide6.QtGui import QImage

        image = QImage(str(png))
        assert (image.width(), image.height()) == (bars.plot.width() * bars.plot.devicePixelRatio(),
                                                   bars.plot.height() * bars.plot.devicePixelRatio())

        win.emigrants_views.setCurrentIndex(1)
        pyramid = win.pyramid_chart
        total = pyramid.result.totals[0]
        assert (total["men"], total["women"], total["value"]) == (262_499, 342_579, 605_078)
        assert [r["AGE"] for r in pyramid.result.records()] == ["00-14", "15-24", "25-64", "65+"]
        assert "Argentina" in pyramid.note.text()
        pyramid.destination.setCurrentIndex(pyramid.destination.findData("BRA"))
        assert pyramid.result.params["destination"] == "BRA" and len(pyramid.result.rows) == 18
        assert pyramid.result.totals[0]["value"] == 24_679
        png = tmp_path / "pyramid.png"
        assert pyramid.save_png(png) and _not_blank(png)

        win.tabs.setCurrentIndex(2)
        qtbot.mouseClick(win.matrix_button, Qt.MouseButton.LeftButton)
        chart = win.matrix_chart.chart
        rect = chart.cell_rect("PRY", "ARG")
        png = tmp_path / "matrix.png"
        assert win.matrix_chart.save_png(png)
        image = QImage(str(png))
        ratio = chart.devicePixelRatio()
        assert (image.width(), image.height()) == (chart.width() * ratio, chart.height() * ratio)
        pixel = image.pixelColor(int((rect.left() + 4) * ratio), int((rect.top() + 4) * ratio))
        from app.ui.bank_charts import SHADES

        assert pixel.name() == SHADES[-1] == chart.cell_colour("PRY", "ARG").name()  # the largest stock: darkest
        assert chart.cell_colour("ARG", "ARG").name() != SHADES[-1]
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, rect.center(), chart.mapToGlobal(rect.center())))
        tip = QToolTip.text()
        assert ("522.598" if lang == "es" else "522,598") in tip and ("298.850" if lang == "es" else "298,850") in tip
        assert ("74,9" if lang == "es" else "74.9") in tip and ("Paraguay" in tip and "Argentina" in tip)
        win.matrix_chart.share_box.setChecked(False)
        assert chart.row_h < rect.height()

        win.tabs.setCurrentIndex(3)
        win.dest_edit.setText("CHL")
        qtbot.mouseClick(win.rounds_button, Qt.MouseButton.LeftButton)
        lines = win.rounds_chart
        assert len(lines.shown) == 8 and len(lines.series) > 8
        assert all([p["round"] for p in s["points"]] == [2000, 2010] for s in lines.shown)
        lines.all_box.setChecked(True)
        assert len(lines.shown) == len(lines.series)
        png = tmp_path / "rounds.png"
        assert lines.save_png(png) and _not_blank(png)
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            for name, card in (("bars", bars), ("pyramid", pyramid), ("rounds", lines)):
                card.save_png(SHOTS / f"chart_{lang}_{name}.png")
            win.matrix_chart.share_box.setChecked(True)
            win.matrix_chart.save_png(SHOTS / f"chart_{lang}_matrix.png")
    finally:
        set_language("es")

"""The quality report printed to PDF with Qt's own printing (QtGui only).

The report is written by the core (``app.export.report``, no Qt); this module
lays its HTML out with ``QTextDocument`` on A4 pages of a ``QPdfWriter``, the
charts drawn from their SVG by ``QSvgRenderer``, and a footer with the title
and "page n of N" on every page. Neither QtWebEngine nor QtPdf is needed.

It is the only part of the report that needs Qt, so it lives with the
interface: the window loads it when the user saves the report as PDF, and the
``imila-desk report --pdf`` command gets it from the entry point
(``app/__main__.py``), which hands the CLI this module's :func:`write_pdf`; the
core, ``app.cli`` included, never imports Qt.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

# Points of the printed page (A4, margins in millimetres) and the base font size of the text.
MARGINS_MM = (16.0, 14.0, 16.0, 14.0)  # left, top, right, bottom
BASE_POINT_SIZE = 9.0
FOOTER_POINT_SIZE = 7.5
RESOLUTION = 300  # dots per inch of the layout; the PDF itself is vector


def _application():
    """A Qt application for text layout; offscreen when the machine has no screen (the CLI on a server).

    A widgets application (not only a ``QGuiApplication``), so that the window can still start in the same
    process after the CLI printed a report.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def _chart_image(svg: str, width: int, height: int, scale: float):
    """The chart as an image ``scale`` times its nominal size, so that it stays sharp on paper."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def text_document(document, *, dpi: float | None = None):
    """A ``QTextDocument`` holding the report, its charts as image resources.

    ``dpi`` is the resolution of the device it will be painted on; the charts
    keep their nominal size in CSS pixels (1/96 inch) whatever the device.
    """
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QTextDocument

    _application()
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINT_SIZE)
    doc.setDefaultFont(font)
    scale = (dpi or 96) / 96
    for name, (svg, width, height) in document.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), _chart_image(svg, width, height, 2 * scale))
    # <img width=… height=…> are CSS pixels (1/96 inch): Qt scales them to the resolution of the device.
    html = document.html(inline_images=False)
    doc.setHtml(html)
    return doc


def write_pdf(document, path: str | Path) -> int:
    """Print ``document`` (an ``app.export.report.ReportDocument``) to an A4 PDF at ``path``; the number of pages."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    _application()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("IMILA Desk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter))
    doc = text_document(document, dpi=RESOLUTION)
    doc.documentLayout().setPaintDevice(writer)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    footer_height = int(RESOLUTION * 0.22)  # a little more than a line of the footer, in device pixels
    body = QSizeF(page.width(), page.height() - footer_height)
    doc.setPageSize(body)
    doc.setDocumentMargin(0)
    pages = doc.pageCount()
    painter = QPainter(writer)
    if not painter.isActive():  # Qt does not raise: the file could not be opened for writing
        raise PermissionError(errno.EACCES, "cannot write the PDF", str(path))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setPen(QPen(QColor("#999999"), 1))
            line_y = body.height() + footer_height * 0.25
            painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            band = QRectF(0, line_y, body.width(), footer_height * 0.75)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), document.title)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             document.page_label.format(page=index + 1, pages=pages))
    finally:
        painter.end()
    return pages

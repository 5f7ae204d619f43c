"""Show a reportlab drawing (the same chart the PDF embeds) on screen, rendered from SVG
onto white at twice the resolution so it stays crisp."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel

from localplan.charts import to_svg

SCALE = 2
# Drawings are in points, made for the printed report (labels of 7.5 pt). On screen a point
# drawn as one pixel would be 5.6 pt: the chart is shown 1.6 times larger, so its smallest
# label is 12 px (9 pt at 96 dpi).
ZOOM = 1.6
CLIP = re.compile(rb"<clipPath.*?</clipPath>", re.S)


def screen_svg(drawing) -> bytes:
    """Qt renders SVG Tiny, which has no clipPath: reportlab's clip rectangle would be
    painted as a black box, so it is removed (the drawing stays inside its frame anyway)."""
    return CLIP.sub(b"", to_svg(drawing)).replace(b"clip-path: url(#clip)", b"")


class ChartWidget(QLabel):
    def __init__(self, drawing=None, parent=None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if drawing is not None:
            self.set_drawing(drawing)

    def set_drawing(self, drawing) -> None:
        size = QSize(round(drawing.width * ZOOM), round(drawing.height * ZOOM))
        renderer = QSvgRenderer(QByteArray(screen_svg(drawing)))
        image = QImage(size * SCALE, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(SCALE)
        self.setPixmap(pixmap)
        self.setFixedSize(size)

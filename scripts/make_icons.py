"""Render resources/icons/localplan.svg to the PNG and ICO the build and the window use.

Run: QT_QPA_PLATFORM=offscreen python scripts/make_icons.py (outputs are committed).
"""

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "localplan.svg")).render(painter)
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    render(256).save(str(ICONS / "localplan.png"))
    render(256).save(str(ICONS / "localplan.ico"))
    render(48).save(str(ICONS / "localplan-48.png"))

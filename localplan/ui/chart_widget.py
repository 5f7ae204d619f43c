"""Show a reportlab drawing (the same chart the PDF embeds) as SVG on screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtSvgWidgets import QSvgWidget

from localplan.charts import to_svg


class ChartWidget(QSvgWidget):
    def __init__(self, drawing=None, parent=None) -> None:
        super().__init__(parent)
        self._size = QSize(460, 200)
        if drawing is not None:
            self.set_drawing(drawing)

    def set_drawing(self, drawing) -> None:
        self._size = QSize(int(drawing.width), int(drawing.height))
        self.load(QByteArray(to_svg(drawing)))
        self.setFixedSize(self._size)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size

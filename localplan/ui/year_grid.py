"""The detail editor of a yearly-values field: one box per year of the plan period."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from localplan.forms.values import plain_number


class YearGrid(QWidget):
    """Years in a row, a number under each; leaving a box that changed reports all the boxes."""

    editing_finished = Signal()
    cancelled = Signal()  # Escape in a box

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.boxes: dict[str, QLineEdit] = {}

    def set_years(self, years: list[str]) -> None:
        if list(self.boxes) == years:
            return
        for box in self.boxes.values():
            box.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        for column, year in enumerate(years):
            label = QLabel(year)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box = QLineEdit()
            box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            box.setMinimumWidth(70)
            box.setAccessibleName(year)
            box.editingFinished.connect(lambda b=box: self._finished(b) if b.isModified() else None)
            box.installEventFilter(self)
            self.grid.addWidget(label, 0, column)
            self.grid.addWidget(box, 1, column)
            self.boxes[year] = box

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        return super().eventFilter(obj, event)

    def _finished(self, box: QLineEdit) -> None:
        box.setModified(False)
        self.editing_finished.emit()

    def set_value(self, value: dict | None, lang: str | None) -> None:
        value = value or {}
        for year, box in self.boxes.items():
            box.setText(plain_number(value[year], lang) if value.get(year) is not None else "")
            box.setModified(False)

    def raw(self) -> dict[str, str]:
        return {year: box.text() for year, box in self.boxes.items()}

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # noqa: N802 - Qt API
        """Focus the first year (QWidget.setFocus takes an optional reason: so does this)."""
        if self.boxes:
            next(iter(self.boxes.values())).setFocus(reason)

"""A checkable list for choosing several items (multi-choice fields and multi-links)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from localplan.i18n import tr
from localplan.reference.loader import fold


class ChoiceDialog(QDialog):
    def __init__(self, title: str, items: list[tuple[object, str]], selected: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 480)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(placeholderText=tr("Filter…"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def selected(self) -> list:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

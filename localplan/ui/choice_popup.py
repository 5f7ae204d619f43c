"""A checkable list for choosing several items (multi-choice fields and multi-links)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

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


class WordFilter(QSortFilterProxyModel):
    """Keeps the options whose label holds every typed word (any case, any accents, anywhere)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._folded: dict[int, str] = {}

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        label = self._folded.get(row)
        if label is None:
            label = self._folded[row] = fold(str(self.sourceModel().index(row, 0, parent).data() or ""))
        return all(w in label for w in self._words)


class ChoiceEditor(QComboBox):
    """A list cell: pick with the mouse or the arrows, or type any word of a label to filter."""

    def __init__(self, items: list[tuple[object, str]], parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("—", None)
        for code, label in items:
            self.addItem(label, code)
        self.filter = WordFilter(self)
        self.filter.setSourceModel(self.model())
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # Ask Qt for the line edit and the completer each time: a Python reference kept to either
        # crashed the process when the cell editor closed (PySide6, tests/test_editing_keyboard.py).
        line = self.lineEdit()
        if line is not None:  # setEditable(True) above made it
            line.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.filter.set_text(text)
        completer = self.completer()
        if completer is None:
            return
        if text.strip() and self.filter.rowCount():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    def take_highlighted(self) -> None:
        """Tab with the options open: the highlighted option is the choice."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is None:
            return
        index = popup.currentIndex()
        if index.isValid():
            self.setEditText(str(index.data()))
        popup.hide()

    def set_value(self, value) -> None:
        pos = self.findData(value) if value is not None else -1
        self.setCurrentIndex(max(pos, 0))
        if pos < 1:
            self.setEditText("")
        if (line := self.lineEdit()) is not None:
            line.selectAll()  # typing replaces, as in a spreadsheet

    def value(self):
        """The chosen code; the typed text when it names no option alone (parse then judges it)."""
        text = self.currentText().strip()
        if not text or text == "—":
            return None
        folded = fold(text)
        for i in range(1, self.count()):
            if fold(self.itemText(i)) == folded:
                return self.itemData(i)
        self.filter.set_text(text)
        if self.filter.rowCount() == 1:
            return self.filter.index(0, 0).data(Qt.ItemDataRole.UserRole)
        return text

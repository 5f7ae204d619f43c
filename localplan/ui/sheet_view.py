"""The table view of a section with the keys of a spreadsheet (LibreOffice Calc, Excel).

Enter moves down (Shift+Enter up), Tab / Shift+Tab move to the next / previous cell and wrap
rows, typing on a cell starts editing it, Delete/Backspace clear the selected cells. A text
refused when the focus left its cell is put back in the cell's editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

from localplan.forms.spec import LISTS
from localplan.ui.delegates import FieldDelegate
from localplan.ui.table_model import FieldRole


class SheetView(QTableView):
    clear_requested = Signal()

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.field_delegate = FieldDelegate(plan, self)
        self.setItemDelegate(self.field_delegate)
        self.field_delegate.move_after_enter.connect(self.move_rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def move_rows(self, step: int) -> None:
        """Enter: the cell below (Shift+Enter: above), same column."""
        index = self.currentIndex()
        if not index.isValid():
            return
        target = self.model().index(min(max(index.row() + step, 0), self.model().rowCount() - 1), index.column())
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def edit(self, index, trigger=None, event=None):
        if trigger is None:
            return super().edit(index)
        f = index.data(FieldRole) if index.isValid() else None
        if (f is not None and f.type in LISTS and index.flags() & Qt.ItemFlag.ItemIsEditable
                and trigger in (QAbstractItemView.EditTrigger.DoubleClicked, QAbstractItemView.EditTrigger.EditKeyPressed)):
            self.field_delegate.choose_many(index)  # the checklist; Tab and typing edit the text instead
            return False
        return super().edit(index, trigger, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.is_editing():
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_rows(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.clear_requested.emit()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt API
        rescue = self.field_delegate.rescue
        if rescue is not None:
            hint = FieldDelegate.EndEditHint.NoHint  # stay: the text goes back into its cell
        self.field_delegate.closing = editor  # its focus-out while it closes is no second commit
        try:
            super().closeEditor(editor, hint)
        finally:
            self.field_delegate.closing = None
        if rescue is not None:
            QTimer.singleShot(0, self, self._reopen)  # cancelled if the view goes first

    def _reopen(self) -> None:
        rescue = self.field_delegate.rescue
        if rescue is None or not rescue[0].isValid():
            self.field_delegate.rescue = None
            return
        index = self.model().index(rescue[0].row(), rescue[0].column())
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus()
        self.edit(index)
        if not self.is_editing():
            self.field_delegate.rescue = None

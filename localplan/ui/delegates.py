"""Editors for table cells, chosen by the field's type, with spreadsheet keys.

Tab / Shift+Tab save and move to the next / previous cell (wrapping rows), Enter saves and
moves down, Escape cancels. Text that cannot be saved stays in the editor with the reason
beside it: nothing typed is lost.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from localplan.errors import UserError
from localplan.forms import FieldType
from localplan.forms.values import ValueProblem, choice_items, parse
from localplan.i18n import language
from localplan.ui.choice_popup import ChoiceDialog, ChoiceEditor
from localplan.ui.table_model import NUMERIC, FieldRole, RowIdRole, ValueRole

LONG_EDITOR_HEIGHT = 120
CURRENT_CELL = QColor("#1F4E79")
Hint = QAbstractItemDelegate.EndEditHint


def link_items(plan, section_id: str) -> list[tuple[int, str]]:
    return [(r["id"], plan.link_label(section_id, r["id"])) for r in plan.rows(section_id)]


class FieldDelegate(QStyledItemDelegate):
    """Combo boxes for choices and links, a checklist dialog for several, a multi-line editor for
    long texts (Enter adds a line, Tab or a click elsewhere saves), right-aligned numbers."""

    refused = Signal(str)  # why the text in the editor cannot be saved (the editor stays open)
    move_after_enter = Signal(int)  # +1 (Enter) or -1 (Shift+Enter): the view moves the current cell

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._index: dict[int, QPersistentModelIndex] = {}
        self._parts: dict[int, ChoiceEditor] = {}  # the line edit and option list of a list cell → the cell's editor
        self._busy = False
        self.closing = None  # the editor the view is closing
        self.rescue: tuple[QPersistentModelIndex, str] | None = None  # text refused when focus left

    # --- editors --------------------------------------------------------------------
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        f = index.data(FieldRole)
        if f.type in (FieldType.CHOICE, FieldType.LINK):
            items = (choice_items(f.choices or "", self.plan.context(), language()) if f.type is FieldType.CHOICE
                     else link_items(self.plan, f.link or ""))
            editor = ChoiceEditor(items, parent)
            editor.completer().popup().setMinimumWidth(max(320, option.rect.width()))
            parts = [_key(editor.lineEdit()), _key(editor.completer().popup())]
            for part in (editor.lineEdit(), editor.completer().popup()):
                part.installEventFilter(self)
            for part in parts:
                self._parts[part] = editor
            editor.destroyed.connect(lambda *_a: [self._parts.pop(k, None) for k in parts])
        elif f.type is FieldType.LONGTEXT:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
        else:
            editor = super().createEditor(parent, option, index)
            if f.type in NUMERIC and isinstance(editor, QLineEdit):
                editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        key = _key(editor)
        self._index[key] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda *_a: self._index.pop(key, None))
        return editor

    def choose_many(self, index) -> None:
        """A list of several (F2 or a double click): a checklist dialog; typing edits "a; b" as text."""
        f = index.data(FieldRole)
        items = (choice_items(f.choices or "", self.plan.context(), language()) if f.type is FieldType.MULTICHOICE
                 else link_items(self.plan, f.link or ""))
        owner = self.parent()
        dialog = ChoiceDialog(f.label.get(), list(items), index.data(ValueRole) or [],
                              owner.window() if isinstance(owner, QWidget) else None)
        if dialog.exec():
            index.model().setData(index, dialog.selected() or None, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802 - Qt API
        if isinstance(editor, QPlainTextEdit):
            rect = QRect(option.rect)
            rect.setHeight(max(rect.height(), LONG_EDITOR_HEIGHT))
            rect.setWidth(max(rect.width(), 320))
            viewport = editor.parentWidget().rect() if editor.parentWidget() else rect
            if rect.bottom() > viewport.bottom():
                rect.moveBottom(viewport.bottom())
            if rect.right() > viewport.right():
                rect.moveRight(viewport.right())
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor, index):  # noqa: N802
        rescued = self._take_rescue(index)
        if isinstance(editor, QPlainTextEdit):
            if editor.property("lp_loaded"):
                return  # a repaint of the row must not overwrite what is being typed
            editor.setProperty("lp_loaded", True)
            editor.setPlainText(rescued if rescued is not None else index.data(Qt.ItemDataRole.EditRole) or "")
            return
        if isinstance(editor, ChoiceEditor):
            if editor.property("lp_loaded"):
                return
            editor.setProperty("lp_loaded", True)
            editor.set_value(index.data(ValueRole))
            if rescued is not None:
                editor.setEditText(rescued)
            return
        if isinstance(editor, QLineEdit) and editor.property("lp_loaded"):
            return
        editor.setProperty("lp_loaded", True)
        super().setEditorData(editor, index)
        if rescued is not None and isinstance(editor, QLineEdit):
            editor.setText(rescued)

    def setModelData(self, editor, model, index):  # noqa: N802
        raw = self.raw(editor)
        if raw is _NOTHING:
            super().setModelData(editor, model, index)
            return
        if not model.setData(index, raw, Qt.ItemDataRole.EditRole) and isinstance(raw, str):
            self.rescue = (QPersistentModelIndex(index), raw)  # the view reopens the editor with it

    def raw(self, editor):
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, ChoiceEditor):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return _NOTHING

    def _take_rescue(self, index) -> str | None:
        if self.rescue and self.rescue[0].isValid() and self.rescue[0] == QPersistentModelIndex(index):
            text = self.rescue[1]
            self.rescue = None
            return text
        return None

    # --- keys -----------------------------------------------------------------------
    def problem(self, editor) -> str | None:
        """Why the editor's text cannot be saved, or None (nothing is written here)."""
        index = self._index.get(_key(editor))
        raw = self.raw(editor)
        if index is None or not index.isValid() or raw is _NOTHING:
            return None
        f = index.data(FieldRole)
        try:
            parse(f, raw, self.plan.context(language()))
        except ValueProblem as exc:
            return f"{f.label.get()}: {exc}"
        except UserError as exc:
            return exc.message
        return None

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        editor = self._parts.get(_key(obj), obj)
        if event.type() == QEvent.Type.FocusOut and (self._busy or (self.closing is not None and _key(editor) == _key(self.closing))):
            return True  # the editor closing (or its options list) is not a second commit
        if event.type() == QEvent.Type.KeyPress and _key(editor) in self._index:
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if isinstance(editor, QPlainTextEdit) and enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return False  # a new line
            if isinstance(editor, ChoiceEditor) and editor.completer().popup().isVisible():
                if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    return False  # the list of options takes Enter, Escape and the arrows
                self._busy = True
                try:
                    editor.take_highlighted()
                finally:
                    self._busy = False
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or enter:
                message = self.problem(editor)
                if message:
                    self.show_problem(editor, message)
                    return True
                self.commitData.emit(editor)
                if enter:
                    self.closeEditor.emit(editor, Hint.NoHint)
                    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.move_after_enter.emit(-1 if shift else 1)
                else:
                    back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.closeEditor.emit(editor, Hint.EditPreviousItem if back else Hint.EditNextItem)
                return True
            if key == Qt.Key.Key_Escape:
                self.closeEditor.emit(editor, Hint.RevertModelCache)
                return True
        if obj is not editor or _key(editor) not in self._index:
            return False  # a part of a list cell (its line edit, its options), or no editor of ours
        return super().eventFilter(obj, event)

    def show_problem(self, editor, message: str) -> None:
        self.refused.emit(message)
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), message, editor)

    # --- painting -------------------------------------------------------------------
    def paint(self, painter, option, index):
        view = self.parent()
        current = view.currentIndex() if hasattr(view, "currentIndex") else None
        if not (current is not None and current.isValid() and current.row() == index.row()
                and current.column() == index.column()):
            super().paint(painter, option, index)
            return
        # The current cell stays visible inside a selection: unselected colours and a dark frame
        # (as the active cell of a spreadsheet).
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        painter.save()
        painter.fillRect(option.rect, option.palette.base())
        painter.restore()
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(CURRENT_CELL, 2))
        painter.drawRect(QRect(option.rect).adjusted(1, 1, -1, -1))
        painter.restore()

    def row_id(self, index) -> int:
        return index.data(RowIdRole)


_NOTHING = object()


def _key(widget) -> int:
    """The Qt object's address: Python wrappers of widgets made by Qt are not always the same object."""
    return shiboken6.getCppPointer(widget)[0]

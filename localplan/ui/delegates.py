"""Editors for table cells, chosen by the field's type."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyledItemDelegate

from localplan.forms import FieldType
from localplan.forms.values import choice_items
from localplan.i18n import language
from localplan.ui.choice_popup import ChoiceDialog
from localplan.ui.table_model import NUMERIC, FieldRole, RowIdRole, ValueRole

LONG_EDITOR_HEIGHT = 120


def link_items(plan, section_id: str) -> list[tuple[int, str]]:
    return [(r["id"], plan.link_label(section_id, r["id"])) for r in plan.rows(section_id)]


class FieldDelegate(QStyledItemDelegate):
    """Combo boxes for choices and links, a checklist dialog for several, a multi-line editor for
    long texts (Enter adds a line, Tab or a click elsewhere saves), right-aligned numbers."""

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        f = index.data(FieldRole)
        if f.type in (FieldType.CHOICE, FieldType.LINK):
            combo = QComboBox(parent)
            combo.addItem("—", None)
            items = (choice_items(f.choices or "", self.plan.context(), language()) if f.type is FieldType.CHOICE
                     else link_items(self.plan, f.link or ""))
            for code, label in items:
                combo.addItem(label, code)
            return combo
        if f.type in (FieldType.MULTICHOICE, FieldType.MULTILINK):
            items = (choice_items(f.choices or "", self.plan.context(), language()) if f.type is FieldType.MULTICHOICE
                     else link_items(self.plan, f.link or ""))
            dialog = ChoiceDialog(f.label.get(), items, index.data(ValueRole) or [], parent.window())
            if dialog.exec():
                index.model().setData(index, dialog.selected() or None, Qt.ItemDataRole.EditRole)
            return None
        if f.type is FieldType.LONGTEXT:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        editor = super().createEditor(parent, option, index)
        if f.type in NUMERIC and isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

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
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            return
        if isinstance(editor, QComboBox):
            value = index.data(ValueRole)
            pos = editor.findData(value)
            editor.setCurrentIndex(max(pos, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def row_id(self, index) -> int:
        return index.data(RowIdRole)

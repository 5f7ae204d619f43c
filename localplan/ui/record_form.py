"""A form of all the fields of one record, derived from the spec; every edit saved at once.

Used for single-record sections (the GAD profile) and as the detail editor of a table row.
Bad input shows a message under the field in the user's language and stays in the field
until it is corrected or cancelled (Escape): nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.forms import Field, FieldType, section
from localplan.forms.values import ValueProblem, choice_items, display, edit_text
from localplan.i18n import language, tr
from localplan.ui.choice_popup import ChoiceDialog
from localplan.ui.delegates import link_items
from localplan.ui.year_grid import YearGrid


class LongText(QPlainTextEdit):
    """A multi-line editor that reports when it loses focus (then the text is saved)."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.editing_finished.emit()


class ElidedButton(QPushButton):
    """A button whose (long) text is elided to its width instead of widening the form."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setStyleSheet("text-align: left; padding: 4px 8px;")

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 24, 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


def narrow_combo(combo: QComboBox) -> QComboBox:
    """Long option labels must not make the form wider than its column."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.view().setMinimumWidth(360)
    return combo


def dpa_combo(combo: QComboBox) -> QComboBox:
    """The 1,641 units of the DPA: type part of a name or a code to find one."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


class RecordForm(QWidget):
    def __init__(self, plan: Plan, section_id: str, row_id: int | None = 1, parent=None, *, compact: bool = False,
                 fields: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.section = section(section_id)
        self.fields = [f for f in self.section.fields if fields is None or f.id in fields]  # default: all of them
        self.row_id = row_id
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._combo_items: dict[str, list[tuple[Any, str]]] = {}
        self._refused: set[str] = set()  # fields whose typed text was refused and is kept on screen
        self._watched = {self.section.id} | {f.link for f in self.section.fields if f.link}
        if any(f.choices == "gad_parishes" for f in self.section.fields):
            self._watched.add("gad")
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for f in self.fields:
            editor = self._editor(f, compact)
            editor.setToolTip(f.help.get())
            editor.setEnabled(not plan.read_only)
            error = QLabel()
            error.setStyleSheet("color: #B00020;")
            error.setWordWrap(True)
            error.hide()
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            lay.addWidget(editor)
            lay.addWidget(error)
            if f.help.get() and not compact:
                hint = QLabel(f.help.get())
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #5f6b7a; font-size: 8.5pt;")
                lay.addWidget(hint)
            label = QLabel(f.label.get() + (" *" if f.required else ""))
            label.setBuddy(editor)
            self.form.addRow(label, box)
            self.editors[f.id] = editor
            self.errors[f.id] = error
            editor.installEventFilter(self)
        # the room left over stays below the rows, not between them (long texts do not grow into it)
        self.form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.load()
        plan.subscribe(self._on_changed)

    def detach(self) -> None:
        self.plan.unsubscribe(self._on_changed)

    def _on_changed(self, sections: set[str]) -> None:
        if self._watched & sections:
            self.load()

    # --- editors --------------------------------------------------------------------
    def _editor(self, f: Field, compact: bool) -> QWidget:
        t = f.type
        if t is FieldType.LONGTEXT:
            editor = LongText()
            editor.setPlaceholderText(f.placeholder.get())
            editor.setMinimumHeight(60 if compact else 80)
            editor.setMaximumHeight(110 if compact else 150)
            editor.setSizePolicy(editor.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)
            editor.setTabChangesFocus(True)
            editor.editing_finished.connect(lambda f=f, e=editor: self._commit(f, e.toPlainText()))
            return editor
        if t is FieldType.BOOL:
            check = QCheckBox()
            check.toggled.connect(lambda on, f=f: self._commit(f, 1 if on else 0))
            return check
        if t in (FieldType.CHOICE, FieldType.LINK):
            combo = narrow_combo(QComboBox())
            if f.choices == "dpa_units":
                dpa_combo(combo)
                typed = combo.lineEdit()  # dpa_combo made the combo editable
                if typed is not None:
                    typed.editingFinished.connect(lambda f=f, e=combo: self._commit_typed(f, e))
            combo.activated.connect(lambda _i, f=f, e=combo: self._commit(f, e.currentData()))
            return combo
        if t is FieldType.YEAR_VALUES:
            grid = YearGrid()
            grid.editing_finished.connect(lambda f=f, g=grid: self._commit(f, g.raw()))

            def cancelled(f: Field = f) -> None:
                if f.id in self._refused:
                    self.cancel(f.id)

            grid.cancelled.connect(cancelled)
            return grid
        if t in (FieldType.MULTICHOICE, FieldType.MULTILINK):
            button = ElidedButton()
            button.clicked.connect(lambda _=False, f=f: self._choose_many(f))
            return button
        line = QLineEdit()
        line.setPlaceholderText(f.placeholder.get())
        if t is FieldType.YEAR:
            line.setMaximumWidth(90)
        elif t is FieldType.DATE:
            line.setMaximumWidth(line.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        line.editingFinished.connect(lambda f=f, e=line: self._commit(f, e.text()))
        return line

    def _items(self, f: Field) -> list[tuple[Any, str]]:
        if f.type in (FieldType.LINK, FieldType.MULTILINK):
            return link_items(self.plan, f.link or "")
        return choice_items(f.choices or "", self.plan.context(), language())

    def _choose_many(self, f: Field) -> None:
        current = self._record().get(f.id) or []
        dialog = ChoiceDialog(f.label.get(), self._items(f), current, self.window())
        if dialog.exec():
            self._commit(f, dialog.selected() or None)

    # --- values ---------------------------------------------------------------------
    def _record(self) -> dict[str, Any]:
        if self.row_id is None:
            return {}
        if self.section.single:
            return self.plan.record(self.section.id)
        return self.plan.row(self.section.id, self.row_id) or {}

    def set_row(self, row_id: int | None) -> None:
        if row_id != self.row_id:
            self._refused.clear()
            for error in self.errors.values():
                error.hide()
        self.row_id = row_id
        self.load()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            field_id = next((k for k, e in self.editors.items() if e is obj), None)
            if field_id in self._refused:
                self.cancel(field_id)
                return True
        return super().eventFilter(obj, event)

    def cancel(self, field_id: str) -> None:
        """Escape in a field whose text was refused: back to the stored value."""
        self._refused.discard(field_id)
        self.errors[field_id].hide()
        self.load()

    def load(self) -> None:
        record = self._record()
        enabled = self.row_id is not None and not self.plan.read_only
        for f in self.fields:
            editor = self.editors[f.id]
            value = record.get(f.id)
            if f.id in self._refused and isinstance(editor, (QLineEdit, QPlainTextEdit, YearGrid)):
                continue  # the refused text stays until corrected or cancelled
            editor.blockSignals(True)
            if isinstance(editor, YearGrid):
                period = self.plan.context().period
                years = {str(y) for y in range(period[0], period[1] + 1)} if period and period[1] - period[0] <= 30 else set()
                editor.set_years(sorted(years | set(value or {})))
                editor.set_value(value, language())
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != (value or ""):
                    editor.setPlainText(value or "")
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                self._fill_combo(f, editor)
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QPushButton):
                text = display(f, value, language(), self.plan.link_label)
                editor.setText(text or tr("Choose…"))
            elif isinstance(editor, QLineEdit):
                editor.setText(edit_text(f, value, language()))
                editor.setCursorPosition(0)  # show a long text from its beginning
            editor.blockSignals(False)
            editor.setEnabled(enabled)

    def _fill_combo(self, f: Field, combo: QComboBox) -> None:
        """(Re)fill a combo only when its options changed: the DPA list alone has 1,641 units."""
        items = [(None, "—"), *self._items(f)]
        if self._combo_items.get(f.id) == items:
            return
        self._combo_items[f.id] = items
        combo.clear()
        for code, label in items:
            combo.addItem(label, code)

    def _commit_typed(self, f: Field, combo: QComboBox) -> None:
        """An editable combo (the DPA): the typed text is a label or a code, parsed like any input."""
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        self._commit(f, combo.itemData(index) if index >= 0 else (text or None))

    def _commit(self, f: Field, raw: Any) -> None:
        if self.row_id is None or self.plan.read_only:
            return
        error = self.errors[f.id]
        if isinstance(raw, str) and self._as_shown(f, raw):  # left as it was shown: not an edit (a stored
            self._refused.discard(f.id)                      # "Oficio 1 " is not trimmed by looking at it)
            error.hide()
            return
        keep = isinstance(self.editors[f.id], (QLineEdit, QPlainTextEdit, YearGrid))
        try:
            self.plan.set_value(self.section.id, self.row_id, f.id, raw, lang=language())
        except ValueProblem as exc:
            error.setText(str(exc) + (" " + tr("Correct it, or press Escape to cancel.") if keep else ""))
            error.show()
            if keep:
                self._refused.add(f.id)
            self.load()
            return
        except UserError as exc:
            error.setText(exc.message)
            error.show()
            self.load()
            return
        self._refused.discard(f.id)
        error.hide()

    def _as_shown(self, f: Field, text: str) -> bool:
        """Whether `text` is what the form shows for the stored value."""
        value = self._record().get(f.id)
        return text == edit_text(f, value, language()) or (isinstance(value, str) and text == value)

    def flush(self) -> None:
        """Save what the text fields show and the plan does not hold yet (the page is being hidden, or the plan
        closed, with the focus still in a field)."""
        if self.row_id is None or self.plan.read_only:
            return
        record = self._record()
        shown: dict[str, str] = {}
        for f in self.fields:
            editor = self.editors[f.id]
            if isinstance(editor, QPlainTextEdit) and editor.toPlainText() != (record.get(f.id) or ""):
                shown[f.id] = editor.toPlainText()
            elif isinstance(editor, QLineEdit) and editor.text() != edit_text(f, record.get(f.id), language()):
                shown[f.id] = editor.text()
        for field_id, text in shown.items():  # read first: each save reloads the form
            self._commit(self.section.field(field_id), text)

    def field_editor(self, field_id: str) -> QWidget:
        return self.editors[field_id]


class FormPage(QWidget):
    """A single-record section (e.g. the GAD profile) as a page."""

    def __init__(self, plan: Plan, section_id: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        sec = section(section_id)
        intro = QLabel(sec.help.get())
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #3c4650;")
        self.form = RecordForm(plan, section_id, 1, self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.form, 1)
        layout.addLayout(row, 1)

    def detach(self) -> None:
        self.form.detach()

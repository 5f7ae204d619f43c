"""The editor of one recorded approval step: date, outcome, reference, notes — each saved when changed.

No "save" button: a field is saved when it is left (focus out, Return, a date picked from the calendar,
an option chosen) or when the page is hidden; each saved field is one undo step, like a table cell.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from localplan.errors import UserError
from localplan.forms import section
from localplan.forms.values import ValueProblem, choice_items
from localplan.i18n import tr
from localplan.ui.ordinance_lists import CommitText

SECTION = "ordinance_steps"


class StepForm(QWidget):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.row_id: int | None = None
        self._loaded_date = QDate()
        sec = section(SECTION)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(tr("Select a recorded step to edit it; every change is saved as you make it."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("color: #5F6B7A;")
        form.addRow(self.heading)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumWidth(160)
        self.date.editingFinished.connect(self.commit_date)
        self.date.dateChanged.connect(lambda _d: None if self.date.hasFocus() else self.commit_date())  # the calendar
        self.outcome = QComboBox()
        self.outcome.addItem("—", None)
        for code, label in choice_items("ordinance_outcomes", None):
            self.outcome.addItem(label, code)
        self.outcome.setMaximumWidth(320)
        self.outcome.activated.connect(lambda _i: self.commit("outcome", self.outcome.currentData()))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(sec.field("reference").placeholder.get())
        self.reference.editingFinished.connect(lambda: self.commit("reference", self.reference.text()))
        self.notes = CommitText()
        self.notes.setMaximumHeight(80)
        self.notes.committed.connect(lambda text: self.commit("notes", text))
        for fid, w in (("date", self.date), ("outcome", self.outcome), ("reference", self.reference), ("notes", self.notes)):
            w.setToolTip(sec.field(fid).help.get())
            form.addRow(sec.field(fid).label.get(), w)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B00020;")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.load(None)

    def load(self, row_id: int | None) -> None:
        """Show a step (None: nothing selected). A field being typed into keeps its text for the same step."""
        same = row_id == self.row_id
        self.row_id = row_id
        row = self.plan.row(SECTION, row_id) if row_id else None
        editable = row is not None and not self.plan.read_only
        for w in (self.date, self.outcome, self.reference, self.notes):
            w.setEnabled(editable)
            if same and w.hasFocus():
                continue
            w.blockSignals(True)
            if w is self.date:
                day = QDate.fromString((row or {}).get("date") or "", "yyyy-MM-dd")
                self.date.setDate(day if day.isValid() else QDate.currentDate())
                self._loaded_date = self.date.date()  # a step with no date gets one only when one is typed
            elif w is self.outcome:
                self.outcome.setCurrentIndex(max(0, self.outcome.findData((row or {}).get("outcome"))))
            elif w is self.reference:
                self.reference.setText((row or {}).get("reference") or "")
            elif self.notes.toPlainText() != ((row or {}).get("notes") or ""):
                self.notes.setPlainText((row or {}).get("notes") or "")
            w.blockSignals(False)
        if not same:
            self.message.clear()

    def commit_date(self) -> None:
        if self.date.date() == self._loaded_date:
            return
        self._loaded_date = self.date.date()
        self.commit("date", self.date.date().toString("yyyy-MM-dd"))

    def commit(self, field_id: str, raw) -> None:
        row = self.plan.row(SECTION, self.row_id) if self.row_id else None
        if row is None or self.plan.read_only:
            return
        if isinstance(raw, str) and not raw.strip():
            raw = None
        if row.get(field_id) == raw:
            return  # nothing typed, nothing changed: no undo step (the plan skips a value that parses the same)
        try:
            self.plan.set_value(SECTION, self.row_id, field_id, raw)
            self.message.clear()
        except (ValueProblem, UserError) as exc:
            self.message.setText(str(exc))

    def flush(self) -> None:
        """Save what the fields show (the page is being hidden or closed)."""
        if self.row_id is None or not self.date.isEnabled():
            return
        shown = {"reference": self.reference.text(), "notes": self.notes.toPlainText()}
        self.commit_date()  # the texts were read first: each save refreshes the form
        for fid, value in shown.items():
            self.commit(fid, value)

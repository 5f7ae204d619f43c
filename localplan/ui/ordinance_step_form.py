"""The editor of one recorded approval step: the spec's form of `ordinance_steps` (date, outcome, reference,
notes), each field saved when it is left, like every form of the program.

The step itself is chosen when it is recorded (the level's procedure decides which can be), so the form
leaves it out. No "save" button: a field is saved when it is left (focus out, Tab, Return, an option
chosen) or when the page is hidden; each saved field is one undo step, like a table cell.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea

from localplan.i18n import tr
from localplan.ui.record_form import RecordForm

SECTION = "ordinance_steps"
FIELDS = ("date", "outcome", "reference", "notes")


class StepForm(RecordForm):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(plan, SECTION, None, parent, compact=True, fields=FIELDS)
        self.heading = QLabel(tr("Select a recorded step to edit it; every change is saved as you make it."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("color: #5F6B7A;")
        self.outer.insertWidget(0, self.heading)
        scroll = self.findChild(QScrollArea)  # four fields: shown whole, the approval page scrolls (not a box inside it)
        body = scroll.widget() if scroll is not None else None
        if scroll is not None and body is not None:
            scroll.setMinimumHeight(body.sizeHint().height())

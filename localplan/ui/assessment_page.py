"""Autoevaluación: the 20 criteria with automatic answers and reasons, user overrides, the index.

Answers and evidence are saved when changed (no "Save" button): a choice at once, evidence when
its field is left or Enter is pressed. The page rebuilds after each change and keeps what is
being typed elsewhere, the focus and the scroll position."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from localplan import formatting
from localplan.charts import index_by_dimension
from localplan.checks import assessment
from localplan.forms.values import choice_items, choice_label
from localplan.i18n import language, tr
from localplan.reference import choice_list
from localplan.ui.chart_widget import ChartWidget
from localplan.ui.pages_registry import register_step_page
from localplan.ui.views import TITLES, LiveView, title


class AssessmentPage(LiveView):
    def fill(self, layout, data) -> None:
        lang = language()
        overall, dims = assessment.index(data)
        self.overall_label = title(tr("Mainstreaming index: {index} of 100").format(index=formatting.number(overall, 0, lang)))
        layout.addWidget(self.overall_label)
        layout.addWidget(ChartWidget(index_by_dimension(dims, lang)))
        actions = assessment.next_actions(data, 5)
        if actions:
            layout.addWidget(title(tr("What would raise the index most")))
            for _code, gain, text in actions:
                suggestion = QLabel(f"• {text}  (+{formatting.number(gain, 1, lang)})")
                suggestion.setWordWrap(True)  # never wider than the page (small screens)
                layout.addWidget(suggestion)
        user_rows = {r.get("criterion"): r for r in data.rows("self_assessment")}
        self.rows: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLineEdit] = {}
        by_dim: dict[str, QVBoxLayout] = {}
        for d in choice_list("assessment_dimensions"):
            box = QGroupBox(d.label.get())
            by_dim[d.code] = QVBoxLayout(box)
            layout.addWidget(box)
        answers = [(None, tr("(automatic)"))] + choice_items("assessment_answers", None, lang)
        for r in assessment.evaluate(data):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            statement = QLabel(f"<b>{r.code}</b> {r.label}<br><span style='color:#5f6b7a'>"
                          + (choice_label("assessment_answers", r.answer) if r.answer else tr("unanswered"))
                          + f" · {r.reason}</span>")
            statement.setWordWrap(True)
            combo = QComboBox()
            for code, label in answers:
                combo.addItem(label, code)
            mine = user_rows.get(r.code)
            combo.setCurrentIndex(max(0, combo.findData(mine.get("answer") if mine else None)))
            combo.setEnabled(not self.plan.read_only)
            evidence = QLineEdit(mine.get("evidence") or "" if mine else "")
            evidence.setPlaceholderText(tr("Evidence or note"))
            evidence.setEnabled(not self.plan.read_only)
            combo.activated.connect(lambda _i, c=r.code, b=combo, e=evidence: self.answer(c, b.currentData(), e.text()))
            evidence.editingFinished.connect(
                lambda c=r.code, b=combo, e=evidence: self.answer(c, b.currentData(), e.text()) if e.isModified() else None)
            line.addWidget(statement, 3)
            line.addWidget(combo, 1)
            line.addWidget(evidence, 2)
            self.evidence[r.code] = evidence
            self.rows[r.code] = combo
            by_dim[r.dimension].addWidget(row)

    def rebuild(self) -> None:
        """Rebuild for the new index, keeping unsaved evidence, the focus and the scroll position."""
        old = getattr(self, "evidence", {})
        typed = {code: e.text() for code, e in old.items() if e.isModified()}
        focused = next((code for code, e in old.items() if e.hasFocus()), None)
        scroll = self.verticalScrollBar().value()
        super().rebuild()
        for code, text in typed.items():
            if code in self.evidence:
                self.evidence[code].setText(text)
                self.evidence[code].setModified(True)
        if focused in self.evidence:
            self.evidence[focused].setFocus()
        self.verticalScrollBar().setValue(scroll)

    def answer(self, code: str, answer: str | None, evidence: str) -> None:
        """Record (or remove, for "automatic") the user's answer to a criterion: one undo step."""
        existing = next((r for r in self.plan.rows("self_assessment") if r.get("criterion") == code), None)
        if answer is None:
            if evidence.strip() and code in self.evidence:  # kept on screen until an answer is chosen
                self.evidence[code].setModified(True)
                self.evidence[code].setToolTip(tr("Choose an answer to keep this evidence."))
            if existing:
                self.plan.delete_rows("self_assessment", [existing["id"]])
            return
        if existing:
            self.plan.set_values("self_assessment", existing["id"], {"answer": answer, "evidence": evidence or None})
        else:
            self.plan.insert_row("self_assessment", {"criterion": code, "answer": answer, "evidence": evidence or None},
                                 parsed=False)


register_step_page("assessment", lambda: tr(TITLES["assessment"]), AssessmentPage, first=True)

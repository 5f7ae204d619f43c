"""Autoevaluación: the 20 criteria with automatic answers and reasons, user overrides, the index."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from localplan import formatting
from localplan.charts import index_by_dimension
from localplan.checks import assessment
from localplan.forms.values import choice_items, choice_label
from localplan.i18n import language, tr
from localplan.reference import choice_list
from localplan.ui.chart_widget import ChartWidget
from localplan.ui.views import LiveView, title


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
            text = QLabel(f"<b>{r.code}</b> {r.label}<br><span style='color:#5f6b7a'>"
                          + (choice_label("assessment_answers", r.answer) if r.answer else tr("unanswered"))
                          + f" · {r.reason}</span>")
            text.setWordWrap(True)
            combo = QComboBox()
            for code, label in answers:
                combo.addItem(label, code)
            mine = user_rows.get(r.code)
            combo.setCurrentIndex(max(0, combo.findData(mine.get("answer") if mine else None)))
            combo.setEnabled(not self.plan.read_only)
            evidence = QLineEdit(mine.get("evidence") or "" if mine else "")
            evidence.setPlaceholderText(tr("Evidence or note"))
            evidence.setEnabled(not self.plan.read_only)
            save = QPushButton(tr("Save"))
            save.setEnabled(not self.plan.read_only)
            save.clicked.connect(lambda _=False, c=r.code, b=combo, e=evidence: self.answer(c, b.currentData(), e.text()))
            line.addWidget(text, 3)
            line.addWidget(combo, 1)
            line.addWidget(evidence, 2)
            line.addWidget(save)
            self.rows[r.code] = combo
            by_dim[r.dimension].addWidget(row)

    def answer(self, code: str, answer: str | None, evidence: str) -> None:
        """Record (or remove, for "automatic") the user's answer to a criterion: one undo step."""
        existing = next((r for r in self.plan.rows("self_assessment") if r.get("criterion") == code), None)
        if answer is None:
            if existing:
                self.plan.delete_rows("self_assessment", [existing["id"]])
            return
        if existing:
            self.plan.set_values("self_assessment", existing["id"], {"answer": answer, "evidence": evidence or None})
        else:
            self.plan.insert_row("self_assessment", {"criterion": code, "answer": answer, "evidence": evidence or None})

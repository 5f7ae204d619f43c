"""The home page of an open plan: completeness, index, key figures, GCM coverage, next actions."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from localplan import formatting
from localplan.checks import assessment
from localplan.checks.run import check
from localplan.domain import budget, completeness, profile_summary
from localplan.forms import STEPS
from localplan.forms import step as step_of
from localplan.guide import finding_step, next_step, split_findings
from localplan.i18n import language, tr
from localplan.reference import choice_list, provenance
from localplan.reference.loader import gcm_national_plan
from localplan.ui.views import LiveView, title


def card(value: str, label: str) -> QFrame:
    frame = QFrame()
    frame.setStyleSheet("QFrame { background: white; border: 1px solid #D9E1EA; border-radius: 6px; }")
    layout = QVBoxLayout(frame)
    big = QLabel(value)
    big.setStyleSheet("font-size: 17pt; font-weight: 700; color: #1F4E79; border: none;")
    small = QLabel(label)
    small.setWordWrap(True)
    small.setStyleSheet("color: #5f6b7a; border: none;")
    layout.addWidget(big)
    layout.addWidget(small)
    return frame


class Dashboard(LiveView):
    def fill(self, layout, data) -> None:
        lang = language()
        overall, _ = assessment.index(data)
        counts = data.counts()
        findings = check(data)
        errors = sum(1 for f in findings if f.severity.value == "error")
        cards = QGridLayout()
        figures = profile_summary.key_figures(data)  # the same figures as the report: residents, transit, emigrants apart

        def persons(s) -> str:
            return formatting.number(s, 0, lang) if s is not None else tr("no data yet")

        mobility = [(persons(figures.residents), tr("people in mobility living in the territory (each counted once)"))]
        if figures.transit is not None:
            mobility.append((persons(figures.transit.persons),
                             tr("people in transit, per period recorded ({year}; not added)").format(year=figures.transit.year)))
        if figures.emigrants is not None:
            mobility.append((persons(figures.emigrants.persons),
                             tr("emigrants living abroad ({year}; not added)").format(year=figures.emigrants.year)))
        for n, (value, label) in enumerate((
            *mobility,
            (formatting.number(overall, 0, lang), tr("mainstreaming index (0–100)")),
            (str(counts.get("goals", 0)), tr("goals")),
            (str(counts.get("projects", 0)), tr("projects")),
            (formatting.money(budget.grand_total(data), lang), tr("budget for mobility")),
            (str(errors), tr("checker errors")),
        )):
            cards.addWidget(card(value, label), n // 3, n % 3)
        layout.addWidget(title(data.gad_title()))
        self._next_step(layout, data)
        layout.addLayout(cards)
        layout.addWidget(title(tr("Completeness of each step")))
        grid = QGridLayout()
        for n, step in enumerate(s for s in STEPS if s.id != "export"):
            share = completeness.step_completeness(data, step.id)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round((share or 0) * 100))
            grid.addWidget(QLabel(step.title.get()), n, 0)
            grid.addWidget(bar, n, 1)
        layout.addLayout(grid)
        heading = title(tr("GCM objectives: addressed by the proposal, and those of the national implementation plan"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        proposed = {c for s in ("objectives", "goals", "projects") for r in data.rows(s) for c in (r.get("gcm") or [])}
        national = set(gcm_national_plan())
        gcm_grid = QGridLayout()
        for n, objective in enumerate(choice_list("gcm_objectives")):
            cell = QLabel(objective.label.get())
            cell.setWordWrap(True)
            colour = "#4E937A" if objective.code in proposed else "#F3F6F9"
            text = "white" if objective.code in proposed else "#1F2D3A"
            border = "2px solid #F2A541" if objective.code in national else "1px solid #D9E1EA"
            cell.setStyleSheet(f"background: {colour}; color: {text}; border: {border}; border-radius: 4px; padding: 4px;")
            cell.setToolTip(objective.get("title_es" if lang == "es" else "title_en") or "")
            gcm_grid.addWidget(cell, n // 4, n % 4)
        layout.addLayout(gcm_grid)
        layout.addWidget(QLabel(tr("Green: addressed by the plan ({count} of 23). Orange frame: prioritised by the national "
                                   "implementation plan.").format(count=len(proposed))))
        verify = QLabel(provenance.with_source(provenance.gcm_national_plan()))  # the prioritised list rests on a secondary source
        verify.setWordWrap(True)
        verify.setStyleSheet("color: #8A5A00;")
        layout.addWidget(verify)
        layout.addWidget(title(tr("Suggested next actions")))
        now, later = split_findings(data, [f for f in findings if f.severity.value == "error"])
        lines: list[str] = []
        for f in now:
            text = f"{f.location()}: {f.fix}"
            if text not in lines and len(lines) < 3:
                lines.append(text)
        for _, _, text in assessment.next_actions(data, 8):
            if text not in lines and len(lines) < 5:
                lines.append(text)
        for text in lines:
            bullet = QLabel(f"• {text}")
            bullet.setWordWrap(True)
            layout.addWidget(bullet)
        if later:
            steps = []
            for f in later:
                name = step_of(finding_step(f)).title.get()
                if name not in steps:
                    steps.append(name)
            text = (tr("{n} point about later steps ({steps}) can wait until you reach them.") if len(later) == 1 else
                    tr("{n} points about later steps ({steps}) can wait until you reach them."))
            quiet = QLabel(text.format(n=len(later), steps=", ".join(steps)))
            quiet.setObjectName("laterFindings")
            quiet.setWordWrap(True)
            quiet.setStyleSheet("color: #7a8794;")
            layout.addWidget(quiet)

    def _next_step(self, layout, data) -> None:
        """The first incomplete step of the guided path, with a button that goes there."""
        target = next_step(data)
        box = QFrame()
        box.setObjectName("nextStep")
        box.setStyleSheet("QFrame#nextStep { background: #E8F1FB; border: 1px solid #9DBFE3; border-radius: 6px; }")
        row = QHBoxLayout(box)
        if target is None:
            text = tr("Every step has its required content. Check the plan and export the submission.")
            target = "export"
        else:
            text = tr("Next step: {step}. Its required content is not complete yet.").format(step=step_of(target).title.get())
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("border: none; font-weight: 600; color: #1F4E79;")
        row.addWidget(label, 1)
        go = QPushButton(tr("Go to this step"))
        go.setObjectName("goNextStep")
        go.clicked.connect(lambda: self.go_to_step(target))
        row.addWidget(go)
        layout.addWidget(box)

    def go_to_step(self, step_id: str) -> None:
        view = self.parent()
        while view is not None and not hasattr(view, "show_step"):
            view = view.parent()
        if view is not None:
            view.show_step(step_id)

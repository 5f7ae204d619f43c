"""Guidance text for each step, in both languages (resources/guide/{es,en}/<step>.html)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from localplan import paths
from localplan.i18n import language

if TYPE_CHECKING:
    from localplan.checks.findings import Finding
    from localplan.domain.data import PlanData


def guidance(step_id: str, lang: str | None = None) -> str:
    lang = lang or language()
    for candidate in (lang, "es", "en"):
        path = paths.resource("guide", candidate, f"{step_id}.html")
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


def next_step(data: PlanData) -> str | None:
    """The first step, in the order of the guided path, whose required content is missing
    (None when every step with required content is complete)."""
    from localplan.domain import completeness
    from localplan.forms import STEPS

    for st in STEPS:
        share = completeness.step_completeness(data, st.id)
        if share is not None and share < 0.999:
            return st.id
    return None


def step_order(step_id: str) -> int:
    from localplan.forms import STEPS

    return next((n for n, st in enumerate(STEPS) if st.id == step_id), len(STEPS))


def finding_step(finding: Finding) -> str:
    """The step a finding is about: named by its code ("ordinance_…"), else its section's step."""
    from localplan.forms import STEPS, section

    for st in STEPS:
        if finding.code.startswith(st.id + "_"):
            return st.id
    return section(finding.section).step


def split_findings(data: PlanData, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Findings about the steps up to the next one (to act on now), and those about later
    steps (grouped and quieter until their step is reached). Repeated advice is shown once."""
    current = step_order(next_step(data) or "export")
    now: list[Finding] = []
    later: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for f in findings:
        key = (f.section, f.fix)
        if key in seen:
            continue
        seen.add(key)
        (now if step_order(finding_step(f)) <= current else later).append(f)
    return now, later

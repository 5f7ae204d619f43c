"""How complete each section and step is, from the specs' required fields (no Qt)."""

from __future__ import annotations

from localplan.domain.data import PlanData
from localplan.forms import STEPS, Section, sections_of_step


def _filled(value: object) -> bool:
    return value not in (None, "", [], {})


def section_completeness(data: PlanData, sec: Section) -> float:
    """0..1: the share of required values filled (a table with no rows is 0)."""
    required = [f.id for f in sec.fields if f.required] or [f.id for f in sec.fields[:1]]
    rows = [data.record(sec.id)] if sec.single else data.rows(sec.id)
    if not rows:
        return 0.0
    total = sum(sum(1 for f in required if _filled(r.get(f))) for r in rows)
    return total / (len(required) * len(rows))


def step_completeness(data: PlanData, step_id: str) -> float | None:
    """0..1 averaged over the step's sections; None for steps without sections."""
    secs = sections_of_step(step_id)
    if not secs:
        return None
    return sum(section_completeness(data, s) for s in secs) / len(secs)


def all_steps(data: PlanData) -> dict[str, float | None]:
    return {s.id: step_completeness(data, s.id) for s in STEPS}

"""Trainers: reset an exercise plan to a chosen step (later steps emptied, one undo step)."""

from __future__ import annotations

from localplan.domain.changes import Command, DeleteRow, Operation
from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.forms import SECTIONS, STEPS
from localplan.i18n import tr


def sections_after(step_id: str) -> list[str]:
    order = [s.id for s in STEPS]
    if step_id not in order:
        raise UserError(tr("“{step}” is not a step; use one of: {steps}.").format(step=step_id, steps=", ".join(order)))
    later = set(order[order.index(step_id) + 1:])
    return [s.id for s in SECTIONS if s.step in later and not s.single]


def reset_to_step(plan: Plan, step_id: str) -> int:
    """Delete every row of the sections of the steps after `step_id`; return how many."""
    ops: list[Operation] = []
    for section_id in sections_after(step_id):
        rows = plan.rows(section_id)
        for index in range(len(rows) - 1, -1, -1):
            row = rows[index]
            ops.append(DeleteRow(section_id, row["id"], {k: v for k, v in row.items() if k != "id"}, index))
    plan.execute(Command(tr("Reset to {step}").format(step=step_id), ops))
    return len(ops)

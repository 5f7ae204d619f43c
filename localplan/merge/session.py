"""Open the other copy, compare it with mine, apply the result (with a backup first)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.errors import UserError
from localplan.i18n import tr
from localplan.merge import engine
from localplan.merge.apply import Applied, command_for
from localplan.merge.state import Side, read_side
from localplan.store import planfile

if TYPE_CHECKING:
    from localplan.domain.plan import Plan

TAKE = ("mine", "theirs")


class NotSameFamily(UserError):
    """The two files are not copies of one plan."""


def read_file(path: str | os.PathLike[str]) -> Side:
    """Read another copy without writing to it (it may be open elsewhere, or older)."""
    opened = planfile.open_plan(Path(path), read_only=True)
    try:
        return read_side(opened.conn, Path(path).name)
    finally:
        opened.close()


def compare(mine: Side, theirs: Side) -> engine.MergePlan:
    if not mine.plan_id or mine.plan_id != theirs.plan_id:
        raise NotSameFamily(tr("“{theirs}” is not a copy of the same plan as “{mine}”: only copies made from one "
                               "plan (with “Give a copy to a colleague” or by copying the file) can be combined.").format(
            theirs=theirs.name, mine=mine.name))
    return engine.classify(mine, theirs)


def choices_for(plan: engine.MergePlan, take: str | None = None, chosen: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every conflict's choice: one given by key, else `take` for all; missing ones stay unresolved."""
    out: dict[str, Any] = {}
    for c in plan.conflicts:
        if chosen and c.key in chosen:
            out[c.key] = chosen[c.key]
        elif take in TAKE:
            out[c.key] = take
    return out


def unresolved(plan: engine.MergePlan, choices: dict[str, Any]) -> list[engine.Conflict]:
    return [c for c in plan.conflicts if c.key not in choices]


def apply(target_plan: Plan, mplan: engine.MergePlan, choices: dict[str, Any], label: str | None = None,
          backup: bool = True) -> Applied:
    """Apply to an open `Plan` as one undoable step, after a backup copy of it."""
    from localplan.store import backups

    if unresolved(mplan, choices):
        raise UserError(tr("Some conflicts have not been resolved; nothing was changed."))
    target = engine.build(mplan, choices)
    applied = command_for(target_plan.conn, mplan, target,
                          label or tr("Combine with “{name}”").format(name=mplan.theirs.name))
    if applied.command.ops:
        if backup and not target_plan.read_only:
            backups.backup_copy(target_plan.conn, target_plan.path, "merge")
        target_plan.execute(applied.command)
    return applied

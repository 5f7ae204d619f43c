"""Earlier versions of a plan (its backups): what they hold, how they differ from the plan,
and restoring one as a single undoable step, after a backup of the current state. No Qt."""

from __future__ import annotations

from pathlib import Path

from localplan.domain.changes import Command, DeleteRow, InsertRow, SetValue
from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.forms import SECTIONS, STEPS
from localplan.i18n import tr


def rows_per_step(data: PlanData) -> dict[str, int]:
    """Rows of the table sections of each step (steps without tables are left out)."""
    out: dict[str, int] = {}
    for sec in SECTIONS:
        if not sec.single:
            out[sec.step] = out.get(sec.step, 0) + len(data.rows(sec.id))
    return {st.id: out[st.id] for st in STEPS if st.id in out}


def _values(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "id"}


def differences(current: PlanData, other: PlanData) -> dict[str, int]:
    """Per section, how many rows differ (added, removed or changed; for a single record,
    how many fields). Sections that are the same are left out."""
    out: dict[str, int] = {}
    for sec in SECTIONS:
        if sec.single:
            a, b = current.record(sec.id), other.record(sec.id)
            n = sum(1 for f in sec.fields if a.get(f.id) != b.get(f.id))
        else:
            a_rows, b_rows = current.by_id(sec.id), other.by_id(sec.id)
            n = sum(1 for i in set(a_rows) | set(b_rows) if a_rows.get(i) != b_rows.get(i))
        if n:
            out[sec.id] = n
    return out


def restore_command(current: PlanData, other: PlanData, label: str) -> Command:
    """The command that makes the plan hold exactly `other`'s content."""
    ops = []
    for sec in SECTIONS:
        if sec.single:
            a, b = current.record(sec.id), other.record(sec.id)
            ops += [SetValue(sec.id, 1, f.id, a.get(f.id), b.get(f.id)) for f in sec.fields if a.get(f.id) != b.get(f.id)]
            continue
        now, then = current.rows(sec.id), other.rows(sec.id)
        if now == then:
            continue
        for index in range(len(now) - 1, -1, -1):
            ops.append(DeleteRow(sec.id, now[index]["id"], _values(now[index]), index))
        for index, row in enumerate(then):
            ops.append(InsertRow(sec.id, row["id"], _values(row), index))
    return Command(label, ops)


def read_version(path: Path) -> PlanData:
    from localplan.domain.read import read_plan

    return read_plan(str(path))


def restore(plan, version: Path, label: str | None = None) -> Path | None:
    """Make `plan` hold the content of `version` (one undoable step), after a backup of its
    current state; return that backup."""
    from localplan.store import backups

    if plan.read_only:
        raise UserError(plan.read_only_reason or tr("This plan is open read-only."))
    other = read_version(version)
    kept = backups.backup_copy(plan.conn, plan.path, "restore")
    if kept is None:
        raise UserError(tr("No backup of the current state could be written, so nothing was restored."))
    plan.execute(restore_command(plan.snapshot(), other, label or tr("Restore an earlier version")))
    return kept

"""Earlier versions of a plan — its backups and the named versions of its ordinance — what
they hold, how they differ from the plan, and restoring one as a single undoable step, after
a backup of the current state. No Qt."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.domain.changes import Command, DeleteRow, InsertRow, Operation, SetValue
from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.forms import SECTIONS, STEPS
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.domain.plan import Plan


def rows_per_step(data: PlanData) -> dict[str, int]:
    """Rows of the table sections of each step (steps without tables are left out)."""
    out: dict[str, int] = {}
    for sec in SECTIONS:
        if not sec.single:
            out[sec.step] = out.get(sec.step, 0) + len(data.rows(sec.id))
    return {st.id: out[st.id] for st in STEPS if st.id in out}


def _values(row: dict[str, Any]) -> dict[str, Any]:
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
    ops: list[Operation] = []
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


def restore(plan: Plan, version: Path, label: str | None = None) -> Path | None:
    """Make `plan` hold the content of `version` (one undoable step), after a backup of its
    current state; return that backup."""
    if plan.read_only:
        raise UserError(plan.read_only_reason or tr("This plan is open read-only."))
    return restore_data(plan, read_version(version), label)


def restore_data(plan: Plan, other: PlanData, label: str | None = None) -> Path | None:
    """Make `plan` hold `other`'s content (one undoable step), after a backup of its current state."""
    from localplan.store import backups

    if plan.read_only:
        raise UserError(plan.read_only_reason or tr("This plan is open read-only."))
    kept = backups.backup_copy(plan.conn, plan.path, "restore")
    if kept is None:
        raise UserError(tr("No backup of the current state could be written, so nothing was restored."))
    plan.execute(restore_command(plan.snapshot(), other, label or tr("Restore an earlier version")))
    return kept


# --- named versions (the ordinance's, kept inside the plan) ----------------------------
NAMED_SECTION = "ordinance_versions"


@dataclass(frozen=True)
class NamedVersion:
    """A version of the ordinance the team saved under a name (a row of `ordinance_versions`):
    it holds the ordinance's text sections as they were on `day`."""

    row_id: int
    name: str
    day: _dt.date | None
    note: str | None
    snapshot: str | None

    @property
    def size(self) -> int:
        return len((self.snapshot or "").encode("utf-8"))


def text_sections() -> tuple[str, ...]:
    """What a named version brings back: the ordinance's text (not the GAD profile its heading was read from)."""
    from localplan.domain.snapshots import FROZEN

    return tuple(s for s in FROZEN if s != "gad")


def named_versions(data: PlanData) -> list[NamedVersion]:
    """The plan's named versions, newest first."""
    out = []
    for row in data.rows(NAMED_SECTION):
        day = row.get("date")
        if isinstance(day, str):
            try:
                day = _dt.date.fromisoformat(day)
            except ValueError:
                day = None
        out.append(NamedVersion(row["id"], row.get("name") or "", day if isinstance(day, _dt.date) else None,
                                row.get("note"), row.get("snapshot")))
    return sorted(out, key=lambda v: (v.day or _dt.date.min, v.row_id), reverse=True)


def with_named(current: PlanData, version: NamedVersion) -> PlanData:
    """The plan as it would be with the ordinance text of `version` (everything else as now).
    A damaged snapshot raises UserError."""
    from localplan.domain.snapshots import thaw

    frozen, text = thaw(version.snapshot), set(text_sections())
    return PlanData({sec.id: [dict(r) for r in (frozen.rows(sec.id) if sec.id in text else current.rows(sec.id))]
                     for sec in SECTIONS}, dict(current.meta))


def named_rows_per_step(version: NamedVersion) -> dict[str, int]:
    from localplan.domain.snapshots import thaw

    frozen = thaw(version.snapshot)
    counts = rows_per_step(PlanData({sid: frozen.rows(sid) for sid in text_sections()}))
    return {"ordinance": counts.get("ordinance", 0)}  # what it holds: the ordinance's text


def write_named_copy(plan: Plan, version: NamedVersion, target: Path) -> Path:
    """A copy of the plan at `target` that holds `version`'s ordinance text (to open read-only)."""
    from localplan.store.planfile import save_copy

    command = restore_command(plan.snapshot(), with_named(plan.snapshot(), version), "")

    def prepare(conn: sqlite3.Connection) -> None:
        for op in command.ops:
            op.apply(conn)

    return save_copy(plan.conn, target, prepare=prepare)

"""What each participant's copy changed, row by row, matched as combining matches rows.

Workshop files are usually copies of one plan (handed out with "Give a copy to a
colleague"). Two copies both give "id 4" to different new rows, so rows are matched by
their stable uid (store/identity.py) and classified by the combining's engine
(merge/engine.py) against the first copy of the same plan: rows new in the participant's
copy, rows whose values they changed, rows they deleted. Files of different plans, JSON
files and packages have no such family and are left out of this part of the comparison.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from localplan.forms import SECTIONS

if TYPE_CHECKING:
    from localplan.merge.state import Side


@dataclass
class RowChanges:
    new: int = 0
    changed: int = 0
    deleted: int = 0


@dataclass
class CopyDifference:
    source: str
    against: str  # the first copy of the same plan among the files compared
    sections: dict[str, RowChanges] = field(default_factory=dict)  # only sections with a difference

    def total(self) -> RowChanges:
        out = RowChanges()
        for c in self.sections.values():
            out.new, out.changed, out.deleted = out.new + c.new, out.changed + c.changed, out.deleted + c.deleted
        return out


def differences(paths: Iterable[str | os.PathLike[str]]) -> list[CopyDifference]:
    """For every plan file that is a copy of an earlier one in `paths`: its rows against that one."""
    from localplan.merge import engine
    from localplan.merge.session import read_file

    first: dict[str, Side] = {}
    out: list[CopyDifference] = []
    for path in paths:
        if Path(path).suffix.lower() != ".lplan" or not Path(path).is_file():
            continue
        try:
            side = read_file(path)
        except Exception:  # noqa: BLE001 - an unreadable file is reported by the comparison itself
            continue
        if not side.plan_id:
            continue
        reference = first.setdefault(side.plan_id, side)
        if reference is side:
            continue
        mplan = engine.classify(reference, side)
        diff = CopyDifference(str(path), reference.name)
        for sec in SECTIONS:
            sp = mplan.sections[sec.id]
            changed = set(sp.take) | {c.uid for c in sp.conflicts if c.kind in (engine.BOTH, engine.MINE_DELETED)}
            deleted = set(sp.delete) | {c.uid for c in sp.conflicts if c.kind == engine.THEIRS_DELETED}
            new = set(sp.add)
            if changed or deleted or new:
                diff.sections[sec.id] = RowChanges(len(new), len(changed), len(deleted))
        out.append(diff)
    return out

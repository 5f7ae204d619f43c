"""Read a plan file into plain data (`PlanData`) without opening it for editing.

The read used by everything that only looks at a plan: the commands (info, check,
export), the roll-up, saved versions and the window's example check. No lock is taken and
no backup written; the file passes the same checks as when it is opened for editing.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from localplan.domain.data import PlanData
from localplan.errors import Problem
from localplan.forms import SECTIONS
from localplan.i18n import tr
from localplan.store import planfile, rows


def _stderr(text: str) -> None:
    try:
        print(text, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def read_plan(path: str | os.PathLike[str], warn: Callable[[str], None] = _stderr) -> PlanData:
    """Open a plan read-only (no lock, no backup) and return its data. Values a field cannot
    hold read as empty; `warn` hears how many and where (the standard error by default)."""
    path = Path(path)
    opened = planfile.open_plan(path, read_only=True)
    try:
        problems: list[Problem] = []
        meta = planfile.read_meta(opened.conn)
        meta.setdefault("last_edit", file_time(path))
        data = PlanData({s.id: rows.read_rows(opened.conn, s, problems) for s in SECTIONS}, meta)
    finally:
        opened.close()
    if problems:
        warn(tr("Warning: the plan holds {count} value(s) LocalPlan cannot use; they are left empty:").format(count=len(problems)))
        for problem in problems[:20]:
            warn("  - " + problem.located())
    return data


def file_time(path: Path) -> str:
    """The plan file's modification time (every edit is written to it at once): its last edit."""
    try:
        return _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).replace(microsecond=0).isoformat()
    except OSError:
        return ""

"""Shared bits of the commands: opening plans, printing to the console."""

from __future__ import annotations

import sys
from pathlib import Path

from localplan.domain.data import PlanData
from localplan.store import planfile, rows


def read_plan(path: str) -> PlanData:
    """Open a plan read-only (no lock, no backup) and return its data."""
    opened = planfile.open_plan(Path(path), read_only=True)
    try:
        from localplan.forms import SECTIONS

        problems: list = []
        data = PlanData({s.id: rows.read_rows(opened.conn, s, problems) for s in SECTIONS}, planfile.read_meta(opened.conn))
    finally:
        opened.close()
    if problems:  # values a field cannot hold read as empty; say where they are
        from localplan.i18n import tr

        warn(tr("Warning: the plan holds {count} value(s) LocalPlan cannot use; they are left empty:").format(count=len(problems)))
        for problem in problems[:20]:
            warn("  - " + problem.located())
    return data


def warn(text: str) -> None:
    try:
        print(text, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def say(text: str) -> None:
    print(text, flush=True)


def progress_printer(quiet: bool = False):
    last = {"msg": None}

    def progress(done: int, total: int, message: str) -> None:
        if quiet or not sys.stderr.isatty():
            return
        if message != last["msg"] or done == total:
            print(f"  {message} {done}/{total}", file=sys.stderr, flush=True)
            last["msg"] = message

    return progress

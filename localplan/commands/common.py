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

        meta = planfile.read_meta(opened.conn)
        meta.setdefault("last_edit", _file_time(Path(path)))
        return PlanData({s.id: rows.read_rows(opened.conn, s) for s in SECTIONS}, meta)
    finally:
        opened.close()


def _file_time(path: Path) -> str:
    """The plan file's modification time (every edit is written to it at once): its last edit."""
    import datetime as _dt

    try:
        return _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).replace(microsecond=0).isoformat()
    except OSError:
        return ""


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

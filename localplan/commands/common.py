"""Shared bits of the commands: opening plans, printing to the console."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from localplan.domain.data import PlanData
from localplan.store import planfile, rows


def read_plan(path: str) -> PlanData:
    """Open a plan read-only (no lock, no backup) and return its data."""
    opened = planfile.open_plan(Path(path), read_only=True)
    try:
        from localplan.forms import SECTIONS

        problems: list = []
        meta = planfile.read_meta(opened.conn)
        meta.setdefault("last_edit", _file_time(Path(path)))
        data = PlanData({s.id: rows.read_rows(opened.conn, s, problems) for s in SECTIONS}, meta)
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


def _file_time(path: Path) -> str:
    """The plan file's modification time (every edit is written to it at once): its last edit."""
    import datetime as _dt

    try:
        return _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).replace(microsecond=0).isoformat()
    except OSError:
        return ""


_closed = {"stdout": False}


def say(text: str) -> None:
    """Print a line; when the reader went away (`| head`), the rest is dropped quietly and the command goes on."""
    if _closed["stdout"]:
        return
    try:
        print(text, flush=True)
    except BrokenPipeError:
        stdout_closed()


def stdout_closed() -> None:
    """Stop writing to a closed stdout: point it at the null device, so no flush at exit fails either."""
    import os

    _closed["stdout"] = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def plural(count: int, one: str, other: str, **values: object) -> str:
    """The singular or plural form of a translated message, with {count} (and `values`) filled in.

    Spanish and English have two forms (one / other); callers pass both through tr() so lupdate sees them."""
    return (one if count == 1 else other).format(count=count, **values)


def file_size(size: int) -> str:
    """A file size as a person reads it: «245,6 KB»."""
    from localplan.formatting import number

    if size < 1024:
        return f"{size} B"
    for unit, scale in (("KB", 1024), ("MB", 1024 ** 2), ("GB", 1024 ** 3)):
        if size < scale * 1024 or unit == "GB":
            return f"{number(size / scale, 1)} {unit}"
    return str(size)


def progress_printer(quiet: bool = False) -> Callable[[int, int, str], None]:
    last: dict[str, str | None] = {"msg": None}

    def progress(done: int, total: int, message: str) -> None:
        if quiet or not sys.stderr.isatty():
            return
        if message != last["msg"] or done == total:
            print(f"  {message} {done}/{total}", file=sys.stderr, flush=True)
            last["msg"] = message

    return progress

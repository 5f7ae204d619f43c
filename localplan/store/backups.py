"""Rotating automatic backups in the user data folder.

A copy is taken with SQLite's backup API (consistent even while the plan is open) when a
plan is opened for writing, before any migration, and before a plan file is replaced or
restored. It is written under a temporary `.partial` name and renamed when complete
(`files.replacing`), so a crash never leaves a broken backup in the list. The newest KEEP copies per plan name are kept.
"""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from localplan import files, paths

KEEP = 10
_NAME = re.compile(r"-(\d{8})-(\d{6})-(\d{6})-([\w]+)\.lplan$")


def _stem(plan: Path) -> str:
    return re.sub(r"[^\w.-]+", "_", plan.stem, flags=re.UNICODE)[:60] or "plan"


def _target(plan: Path, reason: str) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    reason = re.sub(r"\W+", "", reason) or "copy"
    return paths.backups_dir() / f"{_stem(plan)}-{stamp}-{reason}.lplan"


def backup_copy(conn: sqlite3.Connection, plan: Path, reason: str = "open") -> Path | None:
    """Copy the open database to the backups folder; return the copy (None if impossible)."""
    target = _target(plan, reason)
    try:
        paths.ensure_dir(target.parent)
        with files.replacing(target, suffix=".partial") as partial:  # not listed until complete
            dest = sqlite3.connect(partial)
            try:
                conn.backup(dest)
            finally:
                dest.close()
    except (OSError, sqlite3.Error):
        return None
    rotate(plan)
    return target


def backup_file(plan: Path, reason: str = "replaced") -> Path | None:
    """Copy a plan file that is not open (before it is replaced) byte for byte; None if impossible."""
    plan = Path(plan)
    target = _target(plan, reason)
    try:
        paths.ensure_dir(target.parent)
        with files.replacing(target, suffix=".partial") as partial:
            shutil.copyfile(plan, partial)
    except OSError:
        return None
    rotate(plan)
    return target


def backups_of(plan: Path) -> list[Path]:
    """The backups of `plan`, oldest first (only its own: "plan-2" is not a backup of "plan")."""
    folder = paths.backups_dir()
    if not folder.is_dir():
        return []
    prefix = _stem(plan)
    return sorted((p for p in folder.glob("*.lplan")
                   if p.name.startswith(prefix + "-") and (m := _NAME.search(p.name)) and p.name[:m.start()] == prefix),
                  key=lambda p: _parts(p.name)[:3])


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: _dt.datetime
    reason: str  # open, v3 (before an upgrade), replaced, restore, saveas…
    size: int


def list_backups(plan: Path) -> list[BackupInfo]:
    """The backups of `plan`, newest first, with their date, reason and size."""
    out = []
    for path in backups_of(plan):
        day, clock, micro, reason = _parts(path.name)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        when = _dt.datetime.strptime(day + clock + micro, "%Y%m%d%H%M%S%f")
        out.append(BackupInfo(path, when, reason, size))
    return sorted(out, key=lambda b: b.when, reverse=True)



def _parts(name: str) -> tuple[str, ...]:
    """(day, clock, microseconds, reason) of a backup's file name (backups_of lists only names that have them)."""
    m = _NAME.search(name)
    if m is None:
        raise ValueError(f"not a backup's name: {name}")
    return m.groups()


def rotate(plan: Path, keep: int | None = None) -> None:
    for old in backups_of(plan)[: -(keep or KEEP)]:
        try:
            old.unlink()
        except OSError:
            pass

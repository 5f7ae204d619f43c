"""Rotating automatic backups in the user data folder.

A copy is taken with SQLite's backup API (consistent even while the plan is open) when a
plan is opened for writing, and before any migration. It is written under a `.partial`
name and renamed when complete, so a crash never leaves a broken backup in the list.
The newest KEEP copies per plan name are kept.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
from pathlib import Path

from localplan import paths

KEEP = 10


def _stem(plan: Path) -> str:
    return re.sub(r"[^\w.-]+", "_", plan.stem, flags=re.UNICODE)[:60] or "plan"


def backup_copy(conn: sqlite3.Connection, plan: Path, reason: str = "open") -> Path | None:
    """Copy the open database to the backups folder; return the copy (None if impossible)."""
    folder = paths.backups_dir()
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{_stem(plan)}-{stamp}-{reason}.lplan"
    partial = target.with_name(target.name + ".partial")  # not listed until complete
    try:
        paths.ensure_dir(folder)
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error):
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return None
    rotate(plan)
    return target


def backups_of(plan: Path) -> list[Path]:
    folder = paths.backups_dir()
    if not folder.is_dir():
        return []
    prefix = _stem(plan) + "-"
    return sorted((p for p in folder.glob("*.lplan") if p.name.startswith(prefix)), key=lambda p: p.name)


def rotate(plan: Path, keep: int | None = None) -> None:
    for old in backups_of(plan)[: -(keep or KEEP)]:
        try:
            old.unlink()
        except OSError:
            pass

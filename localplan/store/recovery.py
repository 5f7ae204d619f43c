"""Files that may lie beside a plan: a hot rollback journal or a write-ahead log.

A crash in the middle of an edit leaves `PLAN.lplan-journal` ("hot"); SQLite rolls it back
on the next read-write open, which is how no half-done edit survives a crash. But the
journal is a file we did not check: rolled back blindly it could put anything into the
plan (a trigger, a view). So a hot journal is first rolled back on a *private copy* in a
temporary folder; only if that copy passes every check of `planfile.inspect` is the real
plan rolled back in place (when we hold its lock) — otherwise the plan and its journal are
left exactly as they were. A read-only open never touches the file: it reads the copy.

LocalPlan never writes in WAL mode (`journal_mode=DELETE`, see planfile). A file in WAL
mode was last saved by another program; opening it read-only in place would leave
`-wal`/`-shm` files beside it, so it too is read from a private copy.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SIDE_SUFFIXES = ("-journal", "-wal")


def side_file(plan: Path, suffix: str) -> Path:
    return plan.with_name(plan.name + suffix)


def is_wal(header: bytes) -> bool:
    """True when the database header says write-ahead-log mode (bytes 18-19 are 2)."""
    return len(header) >= 20 and (header[18] == 2 or header[19] == 2)


def has_hot_journal(plan: Path) -> bool:
    """A journal SQLite would roll back (asked of SQLite itself, on a read-only connection)."""
    journal = side_file(plan, "-journal")
    try:
        if journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(plan.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return False
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()


def settle(path: Path) -> None:
    """Open read-write so SQLite rolls back a hot journal / folds a WAL into the file, then
    leave it in journal mode DELETE. Reads only the header: no SQL stored in the file runs."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA user_version").fetchone()
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()


@contextmanager
def private_copy(plan: Path) -> Iterator[Path]:
    """A settled copy of `plan` (with its journal or WAL) in a temporary folder, removed after.

    Raises sqlite3.Error or OSError when the copy cannot be settled.
    """
    folder = Path(tempfile.mkdtemp(prefix="localplan-check-"))
    try:
        copy = folder / "plan.lplan"
        shutil.copyfile(plan, copy)
        for suffix in SIDE_SUFFIXES:
            side = side_file(plan, suffix)
            if side.is_file():
                shutil.copyfile(side, side_file(copy, suffix))
        settle(copy)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def memory_copy(path: Path) -> sqlite3.Connection:
    """The content of a (checked) plan file in an in-memory database."""
    src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        src.backup(memory)
    finally:
        src.close()
    memory.execute("PRAGMA trusted_schema = OFF")
    return memory


def roll_back_in_place(plan: Path) -> None:
    settle(plan)

"""Open, create and copy plan files, treating every file as untrusted until checked.

Opening is one road (`open_plan`): check the file, take the lock, settle a crash journal
(store/recovery.py), inspect (store/inspection.py: header, size, ids, the exact schema,
`integrity_check`, all on a read-only connection that runs no SQL stored in the file),
upgrade after a backup (store/backups.py, store/schema.py), connect. The lock is held by one
context manager for the whole road, so every exit releases it in one place.

Journal mode DELETE with synchronous=FULL: each committed edit is on disk when the call
returns, the plan stays one file (no -wal beside it to lose when copying to a stick),
and a crash mid-transaction is rolled back by the journal on the next open.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localplan import __version__, files
from localplan.errors import PlanFileError
from localplan.i18n import tr
from localplan.store import backups, recovery, regular, schema
from localplan.store.inspection import MAX_PLAN_BYTES as MAX_PLAN_BYTES  # callers and tests read it here
from localplan.store.inspection import check_file, connect_ro, inspect, text_of, values_reason
from localplan.store.lock import PlanLock

EXTENSION = ".lplan"


@dataclass
class OpenedPlan:
    path: Path
    conn: sqlite3.Connection
    version: int  # the version the file had on disk
    read_only: bool
    reason: str | None  # why it is read-only, in the user's language
    migrated_from: int | None = None
    backup: Path | None = None
    lock: PlanLock | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # read and checked while opening

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _connect_rw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.text_factory = text_of
    return conn


def _take_lock(path: Path) -> tuple[PlanLock | None, str | None]:
    """The plan's lock, or None and why not. A lock taken on a file that cannot be written is
    returned with its reason (the plan opens read-only; `_Opening` drops the lock)."""
    lock = PlanLock(path)
    try:
        if not lock.acquire():
            return None, tr("This plan is open in another window or program; it is shown read-only.")
    except OSError:
        return None, tr("The folder of this plan cannot be written to; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.")
    if not os.access(path, os.W_OK):
        return lock, tr("The file is read-only; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.")
    return lock, None


class _Opening:
    """The plan's lock while `open_plan` runs, as a context manager.

    Taken on entry (unless read-only was asked for). Every way out of the open — a refusal,
    an error, an interruption, a read-only result — passes through `__exit__`, the one place
    the lock is dropped (discarded: lock files this open created go too). Only a plan opened
    for writing takes the lock with it (`hand_over`).
    """

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        self.ask_read_only = read_only
        self.lock: PlanLock | None = None
        self.reason: str | None = None  # why the plan opens read-only (None: it need not)

    def __enter__(self) -> _Opening:
        if not self.ask_read_only:
            self.lock, self.reason = _take_lock(self.path)
        return self

    def __exit__(self, *exc: object) -> None:
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.discard()

    @property
    def writable(self) -> bool:
        return self.lock is not None and self.reason is None

    def read_only_because(self, reason: str) -> None:
        self.reason = reason

    def hand_over(self) -> PlanLock | None:
        lock, self.lock = self.lock, None
        return lock


@dataclass
class _Copy:
    """A plan read from a checked private copy (never written)."""
    conn: sqlite3.Connection
    version: int
    newer: bool


def open_plan(path: str | os.PathLike[str], read_only: bool = False) -> OpenedPlan:
    """Open a plan for work. Older files are upgraded after a backup; newer ones, a plan held
    elsewhere or holding values it cannot hold, open read-only with the reason.

    One sequence: check the file, take the lock, settle a crash journal, inspect, upgrade,
    connect. The lock lives in `_Opening`, so every exit releases it in one place.
    """
    path = Path(path)
    header = check_file(path, whole=False)  # before the lock: nothing is made beside a file that is no plan
    with _Opening(path, read_only) as opening:
        copy = _settle_journal(path, header, opening)
        version, newer = (copy.version, copy.newer) if copy is not None else inspect(path)
        if newer:
            opening.read_only_because(_newer_reason())
        if not opening.writable:
            return _read_only(path, copy.conn if copy is not None else connect_ro(path), version, newer, opening.reason)
        return _for_writing(path, version, opening)


def _newer_reason() -> str:
    return tr("This plan was made by a newer version of LocalPlan; it is shown read-only.")


def _settle_journal(path: Path, header: bytes, opening: _Opening) -> _Copy | None:
    """Deal with a hot journal or a WAL beside the plan (see store/recovery.py).

    Both are settled on a private copy and checked there first. A journal is then rolled
    back in place when we hold the lock (None: open the plan itself); otherwise the plan is
    read from that checked copy, read-only.
    """
    wal = recovery.is_wal(header)
    if not wal and not recovery.has_hot_journal(path):
        return None
    try:
        with recovery.private_copy(path) as private:
            version, newer = inspect(private, path.name)
            if not wal and opening.lock is not None:
                recovery.roll_back_in_place(path)
                return None
            conn = recovery.memory_copy(private)
    except sqlite3.Error:
        raise PlanFileError(tr("The plan “{name}” is damaged or is not a LocalPlan plan.").format(name=path.name)) from None
    except OSError as exc:
        raise PlanFileError(tr("The file “{name}” cannot be read ({reason}).").format(name=path.name, reason=exc.strerror or exc)) from None
    if wal:
        opening.read_only_because(tr("This plan was last saved by another program in a way LocalPlan does not use; it is shown read-only. "
                                     "Use “Save a copy as…” to keep working on a copy."))
    return _Copy(conn, version, newer)


def _read_only(path: Path, conn: sqlite3.Connection, version: int, newer: bool, reason: str | None) -> OpenedPlan:
    """A plan shown read-only; an older one is upgraded in memory, never on disk."""
    migrated = None
    if not newer and version < schema.CURRENT_VERSION:
        conn = _upgraded_in_memory(conn, version)
        migrated = version
    return OpenedPlan(path, conn, version, True, reason or tr("Opened read-only."), migrated_from=migrated)


def _for_writing(path: Path, version: int, opening: _Opening) -> OpenedPlan:
    """Back up, upgrade (one transaction) and connect; the lock goes with the plan only when it
    opens for writing. Every connection this opens is closed on the way out unless returned."""
    older = version < schema.CURRENT_VERSION
    with ExitStack() as closing:
        try:
            conn = _connect_rw(path)
            closing.callback(conn.close)
            backup = backups.backup_copy(conn, path, f"v{version}" if older else "open")
            if older and backup is None:
                return _read_only(path, connect_ro(path), version, False, tr(
                    "This plan comes from an older version and no backup could be written before upgrading it; it is shown read-only."))
            if older:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    schema.upgrade_to(conn, version)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            migrated_from = version if older else None
            rows: dict[str, list[dict[str, Any]]] = {}
            odd = values_reason(conn, rows)
            if odd is not None:  # nothing is written into a plan whose values are not understood
                return OpenedPlan(path, connect_ro(path), version, True, odd, migrated_from, backup)
        except sqlite3.Error as exc:
            raise PlanFileError(tr("The plan “{name}” could not be opened for writing ({reason}).").format(name=path.name, reason=exc)) from None
        closing.pop_all()
    return OpenedPlan(path, conn, version, False, None, migrated_from, backup, opening.hand_over(), rows)


def _upgraded_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
        memory.execute("BEGIN")
        schema.upgrade_to(memory, version)
        memory.execute("COMMIT")
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory


def create_plan(path: str | os.PathLike[str], gad: dict[str, Any], *, example: bool = False, overwrite: bool = False,
                sections: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    """Write a new plan file atomically (temp file + rename); return its path.

    `gad` holds stored values of the gad section, `sections` the rows (with their ids) of
    table sections. Everything is written in one transaction; nothing is left on failure.
    """
    path = Path(path)
    if regular.exists(path) and not overwrite:
        raise PlanFileError(tr("“{name}” already exists.").format(name=path.name))
    held = _hold_for_replace(path)
    try:
        return _create_plan(path, gad, example=example, sections=sections)
    finally:
        if held is not None:
            held.release()


def _hold_for_replace(path: Path) -> PlanLock | None:
    """The lock of a plan about to be replaced: refused while another window or program holds it."""
    if not regular.exists(path):
        return None
    if path.is_dir():
        raise PlanFileError(tr("“{name}” is a folder, not a plan file.").format(name=path.name))
    lock = PlanLock(path)
    try:
        taken = lock.acquire()
    except OSError:
        return None  # the folder cannot be written: the write below says so
    if not taken:
        raise PlanFileError(tr("“{name}” is open in another window or program; it was not replaced.").format(name=path.name))
    return lock


def _create_plan(path: Path, gad: dict[str, Any], *, example: bool, sections: dict[str, list[dict[str, Any]]] | None) -> Path:
    with _written(path) as tmp:
        conn = _connect_rw(tmp)
        try:
            conn.execute("BEGIN IMMEDIATE")
            schema.create_version_1(conn)
            schema.upgrade_to(conn, 1)
            write_meta(conn, example=example)
            from localplan.forms import section
            from localplan.store.rows import insert_rows, insert_single

            insert_single(conn, "gad", gad)
            for section_id, rows in (sections or {}).items():
                insert_rows(conn, section(section_id), [(row.get("id"), row) for row in rows], first_pos=0)
            conn.execute("COMMIT")
        finally:
            conn.close()
    return path


@contextmanager
def _written(path: Path) -> Iterator[Path]:
    """`files.replacing` with the plan file's messages: a temporary file that becomes `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        with files.replacing(path) as tmp:
            yield tmp
    except files.FolderNotWritable as exc:
        raise PlanFileError(tr("Cannot write in the folder “{folder}” ({reason}).").format(folder=folder, reason=regular.fault_reason(exc))) from None
    except (OSError, sqlite3.Error) as exc:
        raise PlanFileError(tr("Cannot write “{name}” ({reason}).").format(name=path.name, reason=regular.fault_reason(exc))) from None


def write_meta(conn: sqlite3.Connection, *, example: bool = False) -> None:
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    for key, value in (("format", "localplan"), ("created", now), ("created_by", f"LocalPlan {__version__}"),
                       ("example", "1" if example else "0")):
        conn.execute('INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', (key, value))


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute('SELECT "key", "value" FROM "meta"')}


def save_copy(conn: sqlite3.Connection, target: str | os.PathLike[str],
              prepare: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    """Write a consistent copy of an open plan (backup API) to `target`, atomically. `prepare`
    may change the copy (in its own transaction) before it is put in place (a fork marks itself)."""
    target = Path(target)
    with _written(target) as tmp:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if prepare is not None:
                dest.execute("BEGIN IMMEDIATE")
                prepare(dest)
                dest.execute("COMMIT")
        finally:
            dest.close()
    return target

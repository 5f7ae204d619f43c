"""Open and create plan files, treating every file as untrusted until checked.

Before a file is used: it must start with SQLite's header, be whole pages and under
MAX_PLAN_BYTES, carry our application_id and a known user_version, hold exactly the
schema of its version (no extra table, view, trigger or index; compared as text *before*
`integrity_check`, which would evaluate a generated column), then pass `integrity_check`.
Checks run on a read-only connection with `trusted_schema=OFF` and CHECKs ignored, so a
refused file is never written and no SQL stored in it runs. A hot journal or a WAL beside
the plan is settled on a private copy first (store/recovery.py).

Journal mode DELETE with synchronous=FULL: each committed edit is on disk when the call
returns, the plan stays one file (no -wal beside it to lose when copying to a stick),
and a crash mid-transaction is rolled back by the journal on the next open.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from localplan import __version__, files
from localplan.errors import PlanFileError
from localplan.i18n import tr
from localplan.store import backups, recovery, regular, schema
from localplan.store.lock import PlanLock

SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".lplan"
MAX_PLAN_BYTES = 256 * 1024 * 1024  # a real plan is a few MB; beyond this, refuse before reading
MAX_TABLE_ROWS = 50_000  # per table; a metropolitan plan has a few hundred rows per section


def _text(raw: bytes) -> str:
    """Text columns as str; invalid UTF-8 kept as surrogates, which the value checks refuse."""
    return raw.decode("utf-8", "surrogateescape")


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

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")  # never evaluate a CHECK stored in the file
    conn.text_factory = _text
    return conn


def _connect_rw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.text_factory = _text
    return conn


def _check_file(path: Path, whole: bool = True) -> bytes:
    """Checks that need no SQLite: the file exists, is not huge, starts like a database and
    (`whole`) is not cut short — which is only judged once a crash journal is rolled back:
    mid-commit the header may already count pages the file does not hold yet."""
    name = path.name
    if not regular.exists(path):
        raise PlanFileError(tr("The file “{name}” does not exist.").format(name=name))
    if path.is_dir():
        raise PlanFileError(tr("“{name}” is a folder, not a plan file.").format(name=name))
    try:
        with regular.open_regular(path, name) as fh:  # a FIFO or a device is refused, never waited on
            size = os.fstat(fh.fileno()).st_size
            header = fh.read(100)
    except regular.NotRegularFile as exc:
        raise PlanFileError(exc.message) from None
    except OSError as exc:
        raise PlanFileError(tr("The file “{name}” cannot be read ({reason}).").format(name=name, reason=exc.strerror or exc)) from None
    if not header:
        raise PlanFileError(tr("The file “{name}” is empty: it is not a LocalPlan plan.").format(name=name))
    if not header.startswith(SQLITE_HEADER):
        raise PlanFileError(tr("The file “{name}” is not a LocalPlan plan.").format(name=name))
    if size > MAX_PLAN_BYTES:
        raise PlanFileError(tr("The file “{name}” is too large ({size} MB) to be a LocalPlan plan.").format(
            name=name, size=size // (1024 * 1024)))
    if whole and _truncated(header, size):
        raise PlanFileError(tr("The plan “{name}” is damaged. Open one of its automatic backups instead.").format(name=name))
    return header


def _truncated(header: bytes, size: int) -> bool:
    """A database file is whole pages; its header may also say how many (SQLite reads the
    missing tail of a cut file as zeros without complaint, so we look ourselves)."""
    if len(header) < 100:
        return True
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return True
    if size % page:
        return True
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96] and not recovery.is_wal(header)
    return header_size_valid and pages * page > size


def inspect(path: Path, name: str | None = None) -> tuple[int, bool]:
    """Check a file without writing to it. Return (schema version, newer than this program).

    Raises PlanFileError with a message in the user's language.
    """
    _check_file(path)
    name = name or path.name
    try:
        conn = _connect_ro(path)
    except sqlite3.Error:
        raise PlanFileError(tr("The file “{name}” cannot be opened as a plan.").format(name=name)) from None
    try:
        return _inspect_conn(conn, name)
    except sqlite3.DatabaseError:
        raise PlanFileError(tr("The plan “{name}” is damaged or is not a LocalPlan plan.").format(name=name)) from None
    finally:
        conn.close()


def _inspect_conn(conn: sqlite3.Connection, name: str) -> tuple[int, bool]:
    # Order matters: the schema is compared as text before anything (integrity_check
    # included) could evaluate an expression stored in it (generated column, index).
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        raise PlanFileError(tr("“{name}” is a database of another program, not a LocalPlan plan.").format(name=name))
    if version < schema.MIN_VERSION:
        raise PlanFileError(tr("“{name}” was made by a version of LocalPlan too old to open.").format(name=name))
    newer = version > schema.CURRENT_VERSION
    if not newer:
        if schema.master(conn) != schema.expected_master(version):
            raise PlanFileError(tr("The plan “{name}” has been altered outside LocalPlan (unknown tables, views or triggers) and will not be opened.").format(name=name))
    elif not _readable_newer(conn):
        raise PlanFileError(tr("The plan “{name}” was made by a newer LocalPlan in a form this version cannot read.").format(name=name))
    _check_rows(conn, version, name)
    check = conn.execute("PRAGMA integrity_check").fetchall()
    if check != [("ok",)]:
        raise PlanFileError(tr("The plan “{name}” is damaged. Open one of its automatic backups instead.").format(name=name))
    return version, newer


def _check_rows(conn: sqlite3.Connection, version: int, name: str) -> None:
    """Refuse a plan holding far more rows than any plan, before anything reads them."""
    tables = [t for kind, t, _, _ in schema.expected_master(min(version, schema.CURRENT_VERSION)) if kind == "table"]
    for table in tables:
        if not table.isidentifier():
            continue
        rows = conn.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT {MAX_TABLE_ROWS + 1})').fetchone()[0]
        if rows > MAX_TABLE_ROWS:
            raise PlanFileError(tr("The plan “{name}” holds more than {limit} rows in one table, far more than any plan; "
                                   "it will not be opened.").format(name=name, limit=MAX_TABLE_ROWS))


def _values_reason(conn: sqlite3.Connection) -> str | None:
    """Why a plan holding values its fields cannot hold is shown read-only (None when every value is fine)."""
    from localplan.store.rows import value_problems

    problems = value_problems(conn)
    if not problems:
        return None
    return tr("This plan holds values LocalPlan cannot use ({count} found), so it is shown read-only and they are left "
              "empty in views and exports. First: {where}").format(
        count=len(problems) if len(problems) < 50 else "50+", where=problems[0].located())


def _readable_newer(conn: sqlite3.Connection) -> bool:
    """A newer file is read (never written) if our tables are plain tables holding at least
    our columns, and nothing in it is code that reading or checking would evaluate."""
    kinds = {}
    for kind, obj, sql in conn.execute("SELECT type, name, COALESCE(sql, '') FROM sqlite_master"):
        kinds[obj] = kind
        if kind == "table" and sql.lstrip().upper().startswith("CREATE VIRTUAL"):
            return False
    for obj, kind in kinds.items():
        if kind == "table" and any(r[6] for r in conn.execute(f'PRAGMA table_xinfo("{obj}")')):
            return False  # a generated column: integrity_check would compute it
        if kind == "index":
            if any(r[1] == -2 for r in conn.execute(f'PRAGMA index_xinfo("{obj}")')):
                return False  # an expression index
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'").fetchone()[0]:
        return False  # a partial index
    known = _memory(schema.CURRENT_VERSION)
    for kind, table, _, _ in schema.expected_master(schema.CURRENT_VERSION):
        if kind == "table":
            if kinds.get(table) != "table" or not set(schema.columns(conn, table)) >= set(schema.columns(known, table)):
                return False
    return True


_memory_cache: dict[int, sqlite3.Connection] = {}


def _memory(version: int) -> sqlite3.Connection:
    if version not in _memory_cache:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        schema.create_version_1(conn)
        schema.upgrade_to(conn, 1, version)
        _memory_cache[version] = conn
    return _memory_cache[version]


def _take_lock(path: Path) -> tuple[PlanLock | None, str | None]:
    lock = PlanLock(path)
    try:
        if not lock.acquire():
            return None, tr("This plan is open in another window or program; it is shown read-only.")
    except OSError:
        return None, tr("The folder of this plan cannot be written to; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.")
    if not os.access(path, os.W_OK):
        lock.discard()
        return None, tr("The file is read-only; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.")
    return lock, None


def _settle_side_files(path: Path, header: bytes, lock: PlanLock | None, reason: str | None) -> OpenedPlan | None:
    """Deal with a hot journal or a WAL beside the plan (see store/recovery.py).

    Returns a read-only plan read from a checked private copy, or None when the plan
    itself is now ready to be opened (nothing beside it, or its journal rolled back).
    """
    wal = recovery.is_wal(header)
    if not wal and not recovery.has_hot_journal(path):
        return None
    try:
        with recovery.private_copy(path) as copy:
            version, newer = inspect(copy, path.name)
            if not wal and lock is not None:
                recovery.roll_back_in_place(path)
                return None
            conn = recovery.memory_copy(copy)
    except sqlite3.Error:
        raise PlanFileError(tr("The plan “{name}” is damaged or is not a LocalPlan plan.").format(name=path.name)) from None
    except OSError as exc:
        raise PlanFileError(tr("The file “{name}” cannot be read ({reason}).").format(name=path.name, reason=exc.strerror or exc)) from None
    if lock is not None:
        lock.discard()
    if wal:
        reason = tr("This plan was last saved by another program in a way LocalPlan does not use; it is shown read-only. "
                    "Use “Save a copy as…” to keep working on a copy.")
    migrated = None
    if newer:
        reason = tr("This plan was made by a newer version of LocalPlan; it is shown read-only.")
    elif version < schema.CURRENT_VERSION:
        conn = _upgraded_in_memory(conn, version)
        migrated = version
    return OpenedPlan(path, conn, version, True, reason or tr("Opened read-only."), migrated_from=migrated)


def open_plan(path: str | os.PathLike[str], read_only: bool = False) -> OpenedPlan:
    """Open a plan for work. Older files are upgraded after a backup; newer ones open read-only."""
    path = Path(path)
    header = _check_file(path, whole=False)
    lock: PlanLock | None = None
    reason: str | None = None
    if not read_only:
        lock, reason = _take_lock(path)
    try:
        settled = _settle_side_files(path, header, lock, reason)
        if settled is not None:
            return settled
        version, newer = inspect(path)
    except BaseException:
        if lock is not None:
            lock.discard()
        raise
    if newer:
        if lock is not None:
            lock.discard()
        return OpenedPlan(path, _connect_ro(path), version, True,
                          tr("This plan was made by a newer version of LocalPlan; it is shown read-only."))
    writable = lock is not None
    if not writable:
        conn = _connect_ro(path)
        migrated = None
        if version < schema.CURRENT_VERSION:
            conn = _upgraded_in_memory(conn, version)
            migrated = version
        return OpenedPlan(path, conn, version, True, reason or tr("Opened read-only."), migrated_from=migrated)
    try:
        conn = _connect_rw(path)
        backup = backups.backup_copy(conn, path, f"v{version}" if version < schema.CURRENT_VERSION else "open")
        migrated_from = None
        if version < schema.CURRENT_VERSION:
            if backup is None:
                conn.close()
                lock.discard()
                conn = _upgraded_in_memory(_connect_ro(path), version)
                return OpenedPlan(path, conn, version, True, tr(
                    "This plan comes from an older version and no backup could be written before upgrading it; it is shown read-only."),
                    migrated_from=version)
            conn.execute("BEGIN IMMEDIATE")
            try:
                schema.upgrade_to(conn, version)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            migrated_from = version
        values_reason = _values_reason(conn)
        if values_reason is not None:  # nothing is written into a plan whose values are not understood
            conn.close()
            lock.discard()
            return OpenedPlan(path, _connect_ro(path), version, True, values_reason, migrated_from, backup)
        return OpenedPlan(path, conn, version, False, None, migrated_from, backup, lock)
    except sqlite3.Error as exc:
        lock.discard()
        raise PlanFileError(tr("The plan “{name}” could not be opened for writing ({reason}).").format(name=path.name, reason=exc)) from None


def _upgraded_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.backup(memory)
    conn.close()
    memory.execute("BEGIN")
    schema.upgrade_to(memory, version)
    memory.execute("COMMIT")
    return memory


def create_plan(path: str | os.PathLike[str], gad: dict, *, example: bool = False, overwrite: bool = False,
                sections: dict[str, list[dict]] | None = None) -> Path:
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


def _create_plan(path: Path, gad: dict, *, example: bool, sections: dict[str, list[dict]] | None) -> Path:
    with _written(path) as tmp:
        conn = _connect_rw(tmp)
        try:
            conn.execute("BEGIN IMMEDIATE")
            schema.create_version_1(conn)
            schema.upgrade_to(conn, 1)
            write_meta(conn, example=example)
            from localplan.forms import section
            from localplan.store.rows import insert_row, insert_single

            insert_single(conn, "gad", gad)
            for section_id, rows in (sections or {}).items():
                sec = section(section_id)
                for pos, row in enumerate(rows):
                    insert_row(conn, sec, {k: v for k, v in row.items() if k != "id"}, row_id=row.get("id"), pos=pos)
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

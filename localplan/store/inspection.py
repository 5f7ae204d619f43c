"""Is a file a plan we can trust? The checks of `store/planfile.py`, which never write.

Before a file is used: it must start with SQLite's header, be whole pages and under
MAX_PLAN_BYTES, carry our application_id and a known user_version, hold exactly the
schema of its version (no extra table, view, trigger or index; compared as text *before*
`integrity_check`, which would evaluate a generated column), then pass `integrity_check`.
Checks run on a read-only connection with `trusted_schema=OFF` and CHECKs ignored, so a
refused file is never written and no SQL stored in it runs.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from localplan.errors import PlanFileError
from localplan.i18n import tr
from localplan.store import recovery, regular, schema

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_PLAN_BYTES = 256 * 1024 * 1024  # a real plan is a few MB; beyond this, refuse before reading
MAX_TABLE_ROWS = 50_000  # per table; a metropolitan plan has a few hundred rows per section


def text_of(raw: bytes) -> str:
    """Text columns as str; invalid UTF-8 kept as surrogates, which the value checks refuse."""
    return raw.decode("utf-8", "surrogateescape")


def connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")  # never evaluate a CHECK stored in the file
    conn.text_factory = text_of
    return conn


def check_file(path: Path, whole: bool = True) -> bytes:
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
    check_file(path)
    name = name or path.name
    try:
        conn = connect_ro(path)
    except (sqlite3.Error, UnicodeDecodeError):
        raise PlanFileError(tr("The file “{name}” cannot be opened as a plan.").format(name=name)) from None
    try:
        return _inspect_conn(conn, name)
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # SQLite's own message may quote bytes that are not UTF-8
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


def values_reason(conn: sqlite3.Connection, rows: dict[str, list[dict[str, Any]]] | None = None) -> str | None:
    """Why a plan holding values its fields cannot hold is shown read-only (None when every value is fine).
    The rows read on the way go into `rows` (by section), so the plan need not read them again."""
    from localplan.store.rows import value_problems

    problems = value_problems(conn, rows=rows)
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

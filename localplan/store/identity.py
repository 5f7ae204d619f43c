"""Stable identities: of a plan's family, and of each row, that survive copying the file.

A row's local integer id is what links and the windows use; two copies of a plan both
give "id 41" to different new rows. So every row also carries a `uid` (a column of every
section table, schema version 4): random for new rows, derived from the plan identity,
the section and the local id for rows that existed when a version-3 file was upgraded,
so two copies of one old file upgraded apart still agree on their rows. A single-record
section's row has its section id as uid. The plan identity (meta `plan_id`) is shared by
every copy of a plan; each copy edits as its own *replica* (store/history.py).

The history tables are created here too (see store/history.py for their meaning).
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from typing import Any

from localplan.forms import SECTIONS, Section

UID = "uid"  # the column
UID_KEY = "_uid"  # the key that carries a row's uid in InsertRow/DeleteRow values (undo keeps it)
IDENTITY_VERSION = 4  # tables created by later versions get the column in their CREATE TABLE

HISTORY_DDL = (
    # every replica (a copy's editing identity) this plan knows, with the last change seen from it
    'CREATE TABLE "lp_replica" ("n" INTEGER PRIMARY KEY, "id" TEXT NOT NULL, "seq" INTEGER NOT NULL)',
    # the change that last set each cell ("field" '' is the row's creation, '-' its deletion,
    # uid '#section' field 'order' the last reordering of a section), packed per uid (store/stamps.py)
    'CREATE TABLE "lp_field" ("n" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)',
    'CREATE TABLE "lp_stamp" ("uid" TEXT PRIMARY KEY, "cells" BLOB NOT NULL) WITHOUT ROWID',
    # who made a change and when (compacted: the latest few hundred)
    'CREATE TABLE "lp_change" ("replica" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "at" TEXT, "author" TEXT, '
    '"label" TEXT, PRIMARY KEY ("replica", "seq")) WITHOUT ROWID',
)
HISTORY_TABLES = ("lp_replica", "lp_field", "lp_stamp", "lp_change")


def new_uid() -> str:
    return secrets.token_hex(8)


def derived_uid(plan_id: str, section_id: str, row_id: int) -> str:
    return hashlib.sha1(f"{plan_id}/{section_id}/{row_id}".encode()).hexdigest()[:16]


def plan_id_of(conn: sqlite3.Connection) -> str:
    row = conn.execute('SELECT "value" FROM "meta" WHERE "key" = ?', ("plan_id",)).fetchone()
    return row[0] if row else ""


def derive_plan_id(conn: sqlite3.Connection) -> str:
    """The same for two copies of one file (from its creation record), random otherwise."""
    meta = dict(conn.execute('SELECT "key", "value" FROM "meta"').fetchall())
    seed = meta.get("created")
    if not seed:
        return secrets.token_hex(16)
    return hashlib.sha1(f"localplan-plan/{seed}/{meta.get('created_by', '')}".encode()).hexdigest()[:32]


def order_key(section_id: str) -> str:
    return f"#{section_id}"


def add_identity(conn: sqlite3.Connection, version: int) -> None:
    """The schema step: a uid column on every section table that exists at `version`,
    the history tables, a plan identity, and a uid for every row already there."""
    for sec in SECTIONS:
        if sec.since <= version:
            conn.execute(f'ALTER TABLE "{sec.table}" ADD COLUMN "{UID}" TEXT')
    for ddl in HISTORY_DDL:
        conn.execute(ddl)
    if not conn.execute('SELECT 1 FROM sqlite_master WHERE name = ?', ("meta",)).fetchone():
        return
    plan_id = derive_plan_id(conn)
    conn.execute('INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', ("plan_id", plan_id))
    for sec in SECTIONS:
        if sec.since > version:
            continue
        ids = [r[0] for r in conn.execute(f'SELECT "id" FROM "{sec.table}"')]
        conn.executemany(f'UPDATE "{sec.table}" SET "{UID}" = ? WHERE "id" = ?',
                         [(sec.id if sec.single else derived_uid(plan_id, sec.id, i), i) for i in ids])


def ensure_plan_id(conn: sqlite3.Connection) -> str:
    """A plan created new (its v4 step ran before its meta existed) gets its identity here."""
    plan_id = plan_id_of(conn)
    if not plan_id:
        plan_id = secrets.token_hex(16)
        conn.execute('INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', ("plan_id", plan_id))
    return plan_id


def has_uids(conn: sqlite3.Connection) -> bool:
    """Whether the file's tables have the uid column (older versions are written by tests and tools)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) >= IDENTITY_VERSION


def uid_for_insert(sec: Section, values: dict[str, Any]) -> str:
    if sec.single:
        return sec.id
    return values.get(UID_KEY) or new_uid()


def uid_of(conn: sqlite3.Connection, sec: Section, row_id: int) -> str | None:
    if sec.single:
        return sec.id
    if not has_uids(conn):
        return None
    row = conn.execute(f'SELECT "{UID}" FROM "{sec.table}" WHERE "id" = ?', (row_id,)).fetchone()
    return row[0] if row else None


def uids(conn: sqlite3.Connection, sec: Section) -> dict[int, str]:
    """Local id → uid of every row of a section."""
    if sec.single:
        return {r[0]: sec.id for r in conn.execute(f'SELECT "id" FROM "{sec.table}"')}
    return {r[0]: r[1] for r in conn.execute(f'SELECT "id", "{UID}" FROM "{sec.table}"')}

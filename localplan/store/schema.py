"""The plan file's schema, derived from the form specs, and its numbered upgrades.

Version 1 is the first released schema. Each later version is one registered step that
runs inside the caller's transaction. A new file is created at version 1 and upgraded
through the same steps as an old one, so old and new files cannot drift apart; the
expected schema of any version is what those steps produce in an empty database.

A step adds tables and columns with plain SQL (`create_section_tables`). A step that changes
a column's type or constraints, renames or drops a column rebuilds the table with
`store.tables.transform` (sqlite-utils' transform, SQLite's twelve-step recipe) inside the
same transaction; a new plan runs that step too, so its schema stays identical.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

from localplan.forms import SECTIONS, Section
from localplan.store import guide_v4, identity

APPLICATION_ID = 0x4C506C6E  # "LPln"
MIN_VERSION = 1
CURRENT_VERSION = 4

META_DDL = 'CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT)'

Step = Callable[[sqlite3.Connection], None]
_STEPS: dict[int, Step] = {}


def upgrade(version: int) -> Callable[[Step], Step]:
    """Register the step that upgrades a file from `version - 1` to `version`."""

    def register(fn: Step) -> Step:
        if version in _STEPS:
            raise ValueError(f"two upgrades to version {version}")
        _STEPS[version] = fn
        return fn

    return register


def steps() -> dict[int, Step]:
    return dict(_STEPS)


def table_ddl(section: Section, version: int) -> str:
    cols = ['"id" INTEGER PRIMARY KEY', '"pos" INTEGER NOT NULL DEFAULT 0']
    cols += [f'"{f.id}" {f.sql_type}' for f in section.fields if f.since <= version]
    if version > identity.IDENTITY_VERSION:  # earlier tables got it in the version-4 step
        cols.append(f'"{identity.UID}" TEXT')
    return f'CREATE TABLE "{section.table}" ({", ".join(cols)})'


def create_section_tables(conn: sqlite3.Connection, version: int) -> None:
    """Create the tables of the sections introduced by `version`, and add fields new in it."""
    for section in SECTIONS:
        if section.since == version:
            conn.execute(table_ddl(section, version))
        elif section.since < version:
            for f in section.fields:
                if f.since == version:
                    conn.execute(f'ALTER TABLE "{section.table}" ADD COLUMN "{f.id}" {f.sql_type}')


def create_version_1(conn: sqlite3.Connection) -> None:
    conn.execute(META_DDL)
    create_section_tables(conn, 1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")


def upgrade_to(conn: sqlite3.Connection, start: int, target: int = CURRENT_VERSION) -> None:
    """Run steps start+1 .. target on `conn` (the caller owns the transaction)."""
    for version in range(start + 1, target + 1):
        _STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")


def master(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master").fetchall()
    return {(t, n, tb, " ".join(sql.split())) for t, n, tb, sql in rows}


@cache
def expected_master(version: int) -> frozenset[tuple[str, str, str, str]]:
    """The exact sqlite_master of a file at `version`, made by the real steps in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        create_version_1(conn)
        upgrade_to(conn, 1, version)
        conn.execute("COMMIT")
        return frozenset(master(conn))
    finally:
        conn.close()


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


@upgrade(2)
def _v2_diagnosis_proposal_management(conn: sqlite3.Connection) -> None:
    """Diagnosis, proposal, management-model and self-assessment sections."""
    create_section_tables(conn, 2)


@upgrade(3)
def _v3_ordinance(conn: sqlite3.Connection) -> None:
    """The ordinance: heading and motives, recitals, articles, dispositions, approval steps, versions."""
    create_section_tables(conn, 3)


@upgrade(4)
def _v4_levels_guide_and_identity(conn: sqlite3.Connection) -> None:
    """Levels of government and the planning guide's structure (sections and fields new in 4)."""
    create_section_tables(conn, 4)
    guide_v4.retype_protection_boards(conn)  # the JCPD gets its own actor type, apart from the CCPD
    identity.add_identity(conn, 4)  # row uids, plan identity, history tables (docs/TEAMWORK.md)

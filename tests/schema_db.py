"""An empty plan database in memory, made by the real schema steps up to a version."""

from __future__ import annotations

import sqlite3

from localplan.store import schema


def empty_db(version: int = schema.CURRENT_VERSION) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    schema.create_version_1(conn)
    schema.upgrade_to(conn, 1, version)
    conn.execute("COMMIT")
    return conn

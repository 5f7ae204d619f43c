"""sqlite-utils over the plan's own connection, where it is the better tool than hand-written SQL.

A schema step that changes a column's type or constraints, renames or drops a column, or
reorders columns must rebuild the table: SQLite's ALTER TABLE cannot (its "twelve-step"
recipe: create the new table, copy the rows, drop the old, rename the new). sqlite-utils'
`Table.transform()` implements that recipe; `transform` here runs it inside the step's
transaction, where sqlite-utils works in a savepoint — it issues no BEGIN or COMMIT of its
own, so the upgrade stays one transaction and a crash or failure rolls all of it back.

Why this holds for our plans:
- `PRAGMA foreign_keys` is off on our connections (the schema declares no foreign keys), so
  transform neither toggles it nor refuses (it only does either when it is on);
- the exact-schema check still holds: a new plan is created at version 1 and runs the same
  steps, so it gets the very table text a rebuilt old plan gets (store/schema.py);
- the connection keeps `trusted_schema=OFF`; sqlite-utils is told not to touch
  `recursive_triggers` and not to load plugins.

Bulk inserts do not go through sqlite-utils: `insert_all` converts every value in Python and
measured slower than one prepared statement per section (bench/test_store_bench.py), so
`store.rows.insert_rows` uses `executemany`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils view of an open plan connection (no PRAGMA changed, no plugin run)."""
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def transform(conn: sqlite3.Connection, table: str, *, types: dict[str, Any] | None = None,
              rename: dict[str, str] | None = None, drop: Iterable[str] | None = None,
              not_null: Iterable[str] | None = None, defaults: dict[str, Any] | None = None,
              column_order: list[str] | None = None) -> None:
    """Rebuild `table` with its columns changed (see the module's docstring), inside the
    caller's transaction. Only rowid tables (every section table): sqlite-utils would turn a
    WITHOUT ROWID table into a rowid one."""
    if not conn.in_transaction:
        raise RuntimeError("a table is rebuilt inside the schema step's transaction")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if sql is None:
        raise ValueError(f"no table {table!r}")
    if "WITHOUT ROWID" in " ".join(sql[0].upper().split()):
        raise ValueError(f"{table!r} is a WITHOUT ROWID table; rebuild it by hand")
    keep = {"pos": 0}  # as written by schema.table_ddl (sqlite-utils would quote a kept default: '0')
    names = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    database(conn).table(table).transform(
        types=types, rename=rename, drop=drop, not_null=not_null, column_order=column_order,
        defaults={**{k: v for k, v in keep.items() if k in names}, **(defaults or {})})

"""One write transaction on a plan file: every edit of `domain.Plan` runs in one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT around the block; on any failure (the COMMIT's too) the
    transaction is rolled back and the error goes on. A transaction a failed rollback left
    open is closed first."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolls back itself (or from the journal on the next open)
        raise

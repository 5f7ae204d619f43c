"""Give a copy to a colleague: a copy of the plan that edits as its own replica and
remembers where it came from (the fork point), written atomically (temp file + rename)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from localplan.errors import PlanFileError
from localplan.i18n import tr
from localplan.store import history, identity, planfile


def fork_conn(conn: sqlite3.Connection, target: str | os.PathLike[str], note: str = "") -> Path:
    """Copy the open plan `conn` to `target` as a new member of its family."""
    return planfile.save_copy(conn, target, prepare=lambda dest: mark_fork(dest, Path(target), note))


def mark_fork(conn: sqlite3.Connection, target: Path, note: str = "") -> None:
    """Inside a transaction on the new copy: its own replica, and the fork point."""
    identity.ensure_plan_id(conn)
    parent = conn.execute('SELECT "value" FROM "meta" WHERE "key" = ?', ("replica",)).fetchone()
    point = history.knowledge(conn)
    history.new_replica(conn, history.location_key(target))
    for key, value in (("forked_from", parent[0] if parent else ""), ("forked_at", history.now()),
                       ("fork_point", json.dumps(point, sort_keys=True)), ("fork_note", note[:200])):
        conn.execute('INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', (key, value))
    history.compact(conn)


def fork_file(source: str | os.PathLike[str], target: str | os.PathLike[str], note: str = "") -> Path:
    """`localplan fork`: read the plan (it may be open elsewhere) and write the copy."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise PlanFileError(tr("“{name}” already exists.").format(name=target.name))
    opened = planfile.open_plan(source, read_only=True)
    try:
        return fork_conn(opened.conn, target, note)
    finally:
        opened.close()

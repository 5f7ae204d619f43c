"""The change history kept in the plan file, so that two copies can be combined.

Each copy edits as its own *replica* (a random id; a copy that finds itself at another
path or on another computer than it last edited at takes a new one, so a file copied by
hand never shares a replica with its original). Every command a replica commits gets the
next sequence number; its stamp (replica, seq) is written, in the same transaction as the
edit, for each cell it set (`lp_stamp`), each row it created (field '') or deleted ('-')
and each section it reordered (uid '#section', field 'order'). `lp_replica` holds, for
every replica the plan has heard of, the last sequence number it has seen: the plan's
knowledge (a version vector). A copy *knows* a stamp when its knowledge of the stamp's
replica reaches the stamp's number; sequence 0 (everything before the identity existed)
is known by all. That is the whole common ancestor the combining needs
(localplan/merge/engine.py): a cell changed on one side carries a stamp the other side
does not know.

Compaction keeps it small: only the latest stamp of a cell is kept, stamps of rows
deleted long ago are dropped, and `lp_change` (who and when) keeps only the latest
few hundred changes.
"""

from __future__ import annotations

import datetime as _dt
import functools
import getpass
import hashlib
import os
import socket
import sqlite3
from pathlib import Path
from typing import Any

from localplan.forms import SECTIONS, section
from localplan.store import identity
from localplan.store import stamps as packed

COMPACT_EVERY = 256  # commands
KEEP_LOG = 300  # the newest changes whose author and time are kept (older conflicts show no author)
KEEP_TOMBSTONES = 600  # commands (beyond the undo limit): stamps of a deleted row live this long
ORIGIN = ("", 0)

Stamp = tuple[str, int]  # (replica id, seq)


@functools.lru_cache(maxsize=64)
def location_key(path: Path) -> str:
    """Where a file is being edited (this computer and the file's full path), as a short hash."""
    try:
        where = str(Path(path).resolve())
    except OSError:
        where = str(path)
    return hashlib.sha1(f"{socket.gethostname()}\n{where}".encode()).hexdigest()[:16]


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute('SELECT "value" FROM "meta" WHERE "key" = ?', (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute('INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', (key, value))


def replica_number(conn: sqlite3.Connection, replica_id: str) -> int:
    row = conn.execute('SELECT "n" FROM "lp_replica" WHERE "id" = ?', (replica_id,)).fetchone()
    if row:
        return int(row[0])
    n: int = conn.execute('SELECT COALESCE(MAX("n"), 0) + 1 FROM "lp_replica"').fetchone()[0]
    conn.execute('INSERT INTO "lp_replica" ("n", "id", "seq") VALUES (?, ?, 0)', (n, replica_id))
    return n


def new_replica(conn: sqlite3.Connection, where: str) -> int:
    """Start editing as a new replica (inside the caller's transaction)."""
    identity.ensure_plan_id(conn)
    rid = identity.new_uid()
    _set_meta(conn, "replica", rid)
    _set_meta(conn, "replica_at", where)
    return replica_number(conn, rid)


def my_replica(conn: sqlite3.Connection, path: Path | None) -> int:
    """This copy's replica number; a new one when the file was copied elsewhere."""
    rid = _meta(conn, "replica")
    where = location_key(path) if path is not None else (_meta(conn, "replica_at") or "")
    if not rid or (_meta(conn, "replica_at") or "") != where:
        return new_replica(conn, where)
    return replica_number(conn, rid)


def author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service account): say nothing
        return ""


def now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


def record(conn: sqlite3.Connection, path: Path | None, command: Any) -> None:
    """Stamp what `command` (already applied, transaction still open) changed."""
    if not identity.has_uids(conn):
        return
    stamps: list[tuple[str, str]] = []
    created: list[str] = []
    deleted: list[str] = []
    row_uids: dict[tuple[str, int], str | None] = {}  # a paste sets many cells of each row: look its uid up once
    for op in command.ops:
        if getattr(op, "stamped", False):  # combining writes the stamps it brings itself
            continue
        kind = type(op).__name__
        if kind == "SetValue":
            key = (op.section, op.row_id)
            if key not in row_uids:
                row_uids[key] = identity.uid_of(conn, section(op.section), op.row_id)
            uid = row_uids[key]
            if uid:
                stamps.append((uid, op.field))
        elif kind == "InsertRow":
            uid = identity.uid_of(conn, section(op.section), op.row_id)
            if uid:
                created.append(uid)
        elif kind == "DeleteRow":
            uid = op.values.get(identity.UID_KEY)
            if uid:
                deleted.append(uid)
        elif kind == "Reorder":
            stamps.append((identity.order_key(op.section), "order"))
    if not (stamps or created or deleted):
        return
    n = my_replica(conn, path)
    seq = conn.execute('SELECT "seq" FROM "lp_replica" WHERE "n" = ?', (n,)).fetchone()[0] + 1
    conn.execute('UPDATE "lp_replica" SET "seq" = ? WHERE "n" = ?', (seq, n))
    # a row brought back by undo keeps its creation stamp (and the stamps of its cells)
    packed.update(conn, [(u, f, n, seq, False) for u, f in stamps] + [(u, "", n, seq, True) for u in created]
                  + [(u, "-", None, 0, False) for u in created] + [(u, "-", n, seq, False) for u in deleted])
    label = getattr(command, "label", "") or ""
    conn.execute('INSERT OR REPLACE INTO "lp_change" ("replica", "seq", "at", "author", "label") VALUES (?, ?, ?, ?, ?)',
                 (n, seq, now(), author(), label[:80]))
    if seq % COMPACT_EVERY == 0:
        compact(conn)


def present_uids(conn: sqlite3.Connection) -> set[str]:
    out: set[str] = set()
    for sec in SECTIONS:
        out.update(identity.uids(conn, sec).values())
        out.add(identity.order_key(sec.id))
    return out


def compact(conn: sqlite3.Connection) -> None:
    """Drop what no combining can need (inside the caller's transaction)."""
    present = present_uids(conn)
    me = _meta(conn, "replica")
    mine = conn.execute('SELECT "n", "seq" FROM "lp_replica" WHERE "id" = ?', (me,)).fetchone() if me else None
    gone_field = packed.field_numbers(conn).get("-")
    absent = []
    for uid, blob in conn.execute('SELECT "uid", "cells" FROM "lp_stamp"').fetchall():
        if uid in present:
            continue
        tomb = packed.decode(blob).get(gone_field) if gone_field else None
        if mine and tomb and tomb[0] == mine[0] and tomb[1] > mine[1] - KEEP_TOMBSTONES:
            continue  # deleted here recently: undo may bring the row back with its stamps
        absent.append((uid,))
    conn.executemany('DELETE FROM "lp_stamp" WHERE "uid" = ?', absent)
    conn.execute('DELETE FROM "lp_change" WHERE ("replica", "seq") NOT IN (SELECT "replica", "seq" FROM "lp_change" '
                 'ORDER BY "at" DESC, "seq" DESC LIMIT ?)', (KEEP_LOG,))


def knowledge(conn: sqlite3.Connection) -> dict[str, int]:
    return {rid: seq for rid, seq in conn.execute('SELECT "id", "seq" FROM "lp_replica"')}


def replicas(conn: sqlite3.Connection) -> dict[int, str]:
    return {n: rid for n, rid in conn.execute('SELECT "n", "id" FROM "lp_replica"')}


def stamps(conn: sqlite3.Connection) -> dict[tuple[str, str], Stamp]:
    names = replicas(conn)
    return {key: (names.get(n, ""), s) for key, (n, s) in packed.read_all(conn).items()}


def changes(conn: sqlite3.Connection) -> dict[Stamp, tuple[str, str, str]]:
    names = replicas(conn)
    return {(names.get(n, ""), s): (at or "", who or "", label or "")
            for n, s, at, who, label in conn.execute('SELECT "replica", "seq", "at", "author", "label" FROM "lp_change"')}


def knows(vv: dict[str, int], stamp: Stamp) -> bool:
    return stamp[1] <= 0 or vv.get(stamp[0], 0) >= stamp[1]


def history_bytes(conn: sqlite3.Connection) -> int:
    """The bytes the history takes in the file (for the benchmark), from SQLite's own page counts."""
    try:
        rows = conn.execute('SELECT SUM("pgsize") FROM "dbstat" WHERE "name" IN (?, ?, ?) OR "name" LIKE ?',
                            (*identity.HISTORY_TABLES, "sqlite_autoindex_lp_%")).fetchone()
        return int(rows[0] or 0)
    except sqlite3.Error:
        return -1


def uid_bytes(conn: sqlite3.Connection) -> int:
    """The bytes the uid column takes (about 17 per row)."""
    return sum(17 * len(identity.uids(conn, s)) for s in SECTIONS if not s.single)


def location_of(path: str | os.PathLike[str]) -> str:
    return location_key(Path(path))

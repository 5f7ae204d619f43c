"""The stamps of a plan file, packed: one row per row uid holding, for each of its stamped
cells, (field number, replica number, sequence) as varints. Field names are numbered once
per file in `lp_field`. A stamp then costs about 5 bytes instead of about 40 as a row of
its own (measured by bench/merge_bench.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

Cells = dict[int, tuple[int, int]]  # field number → (replica number, seq)
CHUNK = 500  # uids per SELECT (SQLite's limit on parameters is 999 in old builds)


def _varints(data: bytes) -> list[int]:
    out, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            out.append(value)
            value, shift = 0, 0
    return out


def _pack(values: Iterable[int]) -> bytes:
    out = bytearray()
    for v in values:
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
    return bytes(out)


def decode(blob: bytes) -> Cells:
    nums = _varints(blob or b"")
    return {nums[i]: (nums[i + 1], nums[i + 2]) for i in range(0, len(nums) - 2, 3)}


def encode(cells: Cells) -> bytes:
    return _pack(v for f in sorted(cells) for v in (f, *cells[f]))


def field_numbers(conn: sqlite3.Connection) -> dict[str, int]:
    return {name: n for n, name in conn.execute('SELECT "n", "name" FROM "lp_field"')}


def field_number(conn: sqlite3.Connection, name: str, cache: dict[str, int] | None = None) -> int:
    if cache is not None and name in cache:
        return cache[name]
    row = conn.execute('SELECT "n" FROM "lp_field" WHERE "name" = ?', (name,)).fetchone()
    n: int
    if row is None:
        n = conn.execute('SELECT COALESCE(MAX("n"), 0) + 1 FROM "lp_field"').fetchone()[0]
        conn.execute('INSERT INTO "lp_field" ("n", "name") VALUES (?, ?)', (n, name))
    else:
        n = row[0]
    if cache is not None:
        cache[name] = n
    return n


def update(conn: sqlite3.Connection, changes: Iterable[tuple[str, str, int | None, int, bool]]) -> None:
    """Apply (uid, field, replica number or None to remove, seq, only_if_absent) changes."""
    by_uid: dict[str, list[tuple[str, int | None, int, bool]]] = {}
    for uid, field, n, seq, keep in changes:
        by_uid.setdefault(uid, []).append((field, n, seq, keep))
    cache: dict[str, int] = {}
    uids = list(by_uid)
    stored: dict[str, bytes] = {}  # read in chunks, written in one statement each: a paste of 5,000 rows stays fast
    for i in range(0, len(uids), CHUNK):
        part = uids[i:i + CHUNK]
        stored.update(conn.execute(f'SELECT "uid", "cells" FROM "lp_stamp" WHERE "uid" IN ({",".join("?" * len(part))})',
                                   part).fetchall())
    writes: list[tuple[str, bytes]] = []
    removed: list[tuple[str]] = []
    for uid, items in by_uid.items():
        cells = decode(stored[uid]) if uid in stored else {}
        for field, n, seq, keep in items:
            f = field_number(conn, field, cache)
            if n is None:
                cells.pop(f, None)
            elif not (keep and f in cells):
                cells[f] = (n, seq)
        if cells:
            writes.append((uid, encode(cells)))
        elif uid in stored:
            removed.append((uid,))
    conn.executemany('INSERT OR REPLACE INTO "lp_stamp" ("uid", "cells") VALUES (?, ?)', writes)
    conn.executemany('DELETE FROM "lp_stamp" WHERE "uid" = ?', removed)


def read_all(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int]]:
    """(uid, field) → (replica number, seq) of every stamp."""
    names = {n: name for name, n in field_numbers(conn).items()}
    out = {}
    for uid, blob in conn.execute('SELECT "uid", "cells" FROM "lp_stamp"'):
        for f, stamp in decode(blob).items():
            out[(uid, names.get(f, ""))] = stamp
    return out

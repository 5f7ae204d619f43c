"""Row-level reads and writes of section tables (no undo, no transaction of their own).

The plan object wraps these in transactions with undo; importers and the example-plan
builder use them directly inside one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from localplan.errors import Problem
from localplan.forms import Section, section
from localplan.forms.values import to_sql
from localplan.store import identity
from localplan.store.validate import BadValue, Checker


def read_rows(conn: sqlite3.Connection, sec: Section, problems: list[Problem] | None = None,
              checker: Checker | None = None) -> list[dict[str, Any]]:
    """The rows of a section, each value checked against its field (store/validate.py).

    A value its field cannot hold reads as None; when `problems` is given, a located
    Problem (section, row, field) is appended for it.
    """
    fields = sec.fields
    checker = checker or Checker()
    cols = ", ".join(f'"{f.id}"' for f in fields)
    out = []
    for n, row in enumerate(conn.execute(f'SELECT "id", {cols} FROM "{sec.table}" ORDER BY "pos", "id"'), start=1):
        record = {"id": row[0]}
        for f, value in zip(fields, row[1:]):
            try:
                record[f.id] = checker.value(f, value)
            except BadValue as exc:
                record[f.id] = None
                if problems is not None:
                    problems.append(Problem(str(exc), sec.title.get(), None if sec.single else n, f.label.get()))
        out.append(record)
    return out


def value_problems(conn: sqlite3.Connection, limit: int = 50,
                   rows: dict[str, list[dict[str, Any]]] | None = None) -> list[Problem]:
    """Located problems of every value in the plan its field cannot hold (at most `limit`). When there are
    none, `rows` (if given) receives every section's rows as they were read (what read_rows gives)."""
    from localplan.forms import SECTIONS

    problems: list[Problem] = []
    gad = conn.execute(f'SELECT "gad_code" FROM "{section("gad").table}" LIMIT 1').fetchone()
    checker = Checker(gad[0] if gad and isinstance(gad[0], str) else None)
    read: dict[str, list[dict[str, Any]]] = {}
    for sec in SECTIONS:
        read[sec.id] = read_rows(conn, sec, problems, checker)
        if len(problems) >= limit:
            break
    if rows is not None and not problems:
        rows.update(read)
    return problems[:limit]


def read_single(conn: sqlite3.Connection, sec: Section) -> dict[str, Any]:
    rows = read_rows(conn, sec)
    return rows[0] if rows else {"id": 1, **{f.id: None for f in sec.fields}}


def insert_row(conn: sqlite3.Connection, sec: Section, values: dict[str, Any], row_id: int | None = None,
               pos: int | None = None) -> int:
    if pos is None:
        pos = (conn.execute(f'SELECT COALESCE(MAX("pos"), -1) + 1 FROM "{sec.table}"').fetchone()[0])
    names = ["pos"] + [f.id for f in sec.fields if f.id in values]
    params: list[Any] = [pos] + [to_sql(sec.field(n), values[n]) for n in names[1:]]
    if identity.has_uids(conn):  # a stable identity that survives copying (kept by undo of a delete)
        names.append(identity.UID)
        params.append(identity.uid_for_insert(sec, values))
    if row_id is not None:
        names.insert(0, "id")
        params.insert(0, row_id)
    cols = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    cur = conn.execute(f'INSERT INTO "{sec.table}" ({cols}) VALUES ({marks})', params)
    if row_id is not None:
        return int(row_id)
    assert cur.lastrowid is not None  # an INSERT into a table with rowids always sets it
    return cur.lastrowid


def insert_rows(conn: sqlite3.Connection, sec: Section, rows: Sequence[tuple[int | None, dict[str, Any]]],
                first_pos: int | None = None) -> None:
    """Insert many rows of one section, (row id or None, values) each, at positions from
    `first_pos` on (after the last row when None): one prepared statement run for every row
    (`executemany`), the same rows `insert_row` would write one by one. A field missing from
    the values is NULL, as `insert_row` leaves it; a field no row has is not named."""
    if not rows:
        return
    if first_pos is None:
        first_pos = conn.execute(f'SELECT COALESCE(MAX("pos"), -1) + 1 FROM "{sec.table}"').fetchone()[0]
    fields = [f for f in sec.fields if any(f.id in values for _id, values in rows)]
    with_uid = identity.has_uids(conn)
    names = ["id", "pos"] + [f.id for f in fields] + ([identity.UID] if with_uid else [])
    params = []
    for offset, (row_id, values) in enumerate(rows):
        row = [row_id, first_pos + offset] + [to_sql(f, values.get(f.id)) for f in fields]
        if with_uid:
            row.append(identity.uid_for_insert(sec, values))
        params.append(row)
    cols = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    conn.executemany(f'INSERT INTO "{sec.table}" ({cols}) VALUES ({marks})', params)


def insert_single(conn: sqlite3.Connection, section_id: str, values: dict[str, Any]) -> None:
    insert_row(conn, section(section_id), values, row_id=1, pos=0)


def update_value(conn: sqlite3.Connection, sec: Section, row_id: int, field_id: str, value: Any) -> None:
    f = sec.field(field_id)
    if sec.single:  # a single record added by a later schema version is created on its first edit
        conn.execute(f'INSERT OR IGNORE INTO "{sec.table}" ("id", "pos") VALUES (1, 0)')
    conn.execute(f'UPDATE "{sec.table}" SET "{f.id}" = ? WHERE "id" = ?', (to_sql(f, value), row_id))


def delete_row(conn: sqlite3.Connection, sec: Section, row_id: int) -> None:
    conn.execute(f'DELETE FROM "{sec.table}" WHERE "id" = ?', (row_id,))


def set_order(conn: sqlite3.Connection, sec: Section, ids: Iterable[int]) -> None:
    conn.executemany(f'UPDATE "{sec.table}" SET "pos" = ? WHERE "id" = ?', [(i, rid) for i, rid in enumerate(ids)])


def row_ids(conn: sqlite3.Connection, sec: Section) -> list[int]:
    return [r[0] for r in conn.execute(f'SELECT "id" FROM "{sec.table}" ORDER BY "pos", "id"')]


def max_id(conn: sqlite3.Connection, sec: Section) -> int:
    """The highest row id a section's table holds (0 when empty)."""
    return int(conn.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{sec.table}"').fetchone()[0])


def next_pos(conn: sqlite3.Connection, sec: Section) -> int:
    """The position after a section's last row (0 when empty)."""
    return int(conn.execute(f'SELECT COALESCE(MAX("pos"), -1) + 1 FROM "{sec.table}"').fetchone()[0])


def count(conn: sqlite3.Connection, sec: Section) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{sec.table}"').fetchone()[0])

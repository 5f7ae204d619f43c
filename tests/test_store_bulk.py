"""Bulk writes of the store: `insert_rows` writes what `insert_row` writes row by row."""

from __future__ import annotations

import sqlite3

import pytest
from schema_db import empty_db

from localplan import synthetic
from localplan.forms import SECTIONS, section
from localplan.store import identity, rows, schema


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {sec.table: conn.execute(f'SELECT * FROM "{sec.table}" ORDER BY "id"').fetchall()
            for sec in SECTIONS if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (sec.table,)).fetchone()}


@pytest.mark.parametrize("version", [3, schema.CURRENT_VERSION])  # without and with the uid column
def test_insert_rows_writes_what_insert_row_writes(version):
    data = synthetic.generate("small", seed=3)
    batches = []
    for sid, sec_rows in data.sections.items():
        sec = section(sid)
        if sec.single or sec.since > version:
            continue
        batch = []
        for n, row in enumerate(sec_rows):
            known = {f.id for f in sec.fields if f.since <= version}
            values = {k: v for k, v in row.items() if k in known and (n % 3 or k != "name")}  # some fields missing
            values[identity.UID_KEY] = f"u-{sid}-{n}"
            batch.append((row["id"] if n % 2 else None, values))  # some rows without an id
        batches.append((sec, batch))
    one_by_one, bulk = empty_db(version), empty_db(version)
    for sec, batch in batches:
        for pos, (row_id, values) in enumerate(batch, start=5):
            rows.insert_row(one_by_one, sec, values, row_id=row_id, pos=pos)
        rows.insert_rows(bulk, sec, batch, first_pos=5)
    assert sum(len(b) for _s, b in batches) > 50
    assert _dump(bulk) == _dump(one_by_one)


def test_insert_rows_appends_after_the_last_row():
    conn = empty_db()
    sec = section("actors")
    rows.insert_rows(conn, sec, [(None, {"name": "A"}), (None, {"name": "B"})])
    rows.insert_rows(conn, sec, [(None, {"name": "C"})])
    rows.insert_rows(conn, sec, [])
    assert conn.execute('SELECT "name", "pos" FROM "s_actors" ORDER BY "id"').fetchall() == [("A", 0), ("B", 1), ("C", 2)]
    assert all(uid for (uid,) in conn.execute('SELECT "uid" FROM "s_actors"'))

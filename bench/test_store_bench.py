"""Bulk insert of a whole plan's rows (what a JSON import, the synthetic plan and a paste of
thousands write), three ways in the same run:

- ours: `store.rows.insert_rows`, one prepared statement per section (`executemany`);
- baseline: `store.rows.insert_row` once per row (the path imports took before);
- sqlite-utils: `Table.insert_all` (multi-row VALUES built in Python).

LOCALPLAN_BENCH_SIZE picks the synthetic plan (default "large"; "small" for a quick look).
Measured while writing it (large plan, 2,421 rows, loaded 2-core machine): per row 184-222 ms,
executemany 141-171 ms, insert_all 220-227 ms. Most of the time is the values' conversion
(to_sql), shared by all three; insert_all adds a Python pass over every value, which is why
the store does not use it.
"""

from __future__ import annotations

import os
import sqlite3
import time

from localplan import synthetic
from localplan.forms import section
from localplan.forms.values import to_sql
from localplan.store import identity, rows, schema

SIZE = os.environ.get("LOCALPLAN_BENCH_SIZE", "large")


def _empty() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    schema.create_version_1(conn)
    schema.upgrade_to(conn, 1)
    conn.execute("COMMIT")
    return conn


def _tables(data) -> list:
    return [(section(sid), [(r.get("id"), r) for r in rs]) for sid, rs in data.sections.items() if not section(sid).single]


def _per_row(conn, tables) -> None:
    for sec, batch in tables:
        for pos, (row_id, values) in enumerate(batch):
            rows.insert_row(conn, sec, values, row_id=row_id, pos=pos)


def _executemany(conn, tables) -> None:
    for sec, batch in tables:
        rows.insert_rows(conn, sec, batch, first_pos=0)


def _insert_all(conn, tables) -> None:
    from sqlite_utils import Database

    db = Database(conn, recursive_triggers=False, execute_plugins=False)
    for sec, batch in tables:
        names = ["id", "pos"] + [f.id for f in sec.fields] + [identity.UID]
        db.table(sec.table).insert_all([names] + [
            [row_id, pos] + [to_sql(f, values.get(f.id)) for f in sec.fields] + [identity.uid_for_insert(sec, values)]
            for pos, (row_id, values) in enumerate(batch)])


def _timed(fill, tables, repeat: int = 5) -> float:
    """The best of `repeat` fills of an empty plan database (made outside the timing)."""
    best = float("inf")
    for _ in range(repeat):
        conn = _empty()
        start = time.perf_counter()
        conn.execute("BEGIN")
        fill(conn, tables)
        conn.execute("COMMIT")
        best = min(best, time.perf_counter() - start)
        conn.close()
    return best


def test_bulk_insert_of_a_plan(benchmark):
    tables = _tables(synthetic.generate(SIZE, seed=0))
    count = sum(len(b) for _s, b in tables)
    per_row, many, insert_all = (_timed(fill, tables) for fill in (_per_row, _executemany, _insert_all))
    benchmark.extra_info.update(figure="bulk_insert", role="ours", rows=count, per_row_s=round(per_row, 4),
                                executemany_s=round(many, 4), insert_all_s=round(insert_all, 4),
                                per_row_over_ours=round(per_row / many, 2), insert_all_over_ours=round(insert_all / many, 2))
    print(f"\n{count} rows: per row {per_row * 1000:.1f} ms, executemany {many * 1000:.1f} ms, "
          f"sqlite-utils insert_all {insert_all * 1000:.1f} ms (per row / ours {per_row / many:.2f}×, "
          f"insert_all / ours {insert_all / many:.2f}×)")
    benchmark.pedantic(_executemany, setup=lambda: ((_empty(), tables), {}), rounds=3, iterations=1)

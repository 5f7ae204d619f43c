"""Rebuilding a table in a schema step with sqlite-utils' transform (store/tables.py).

No released step needs it yet (versions 2-4 only add tables and columns); these tests register
a hypothetical version 5 that retypes, renames and drops columns of a section table, and check
what the plan file relies on: an upgraded plan gets exactly the schema a new plan gets, the
rows survive, the step stays one transaction (a failure or a kill leaves the file as it was),
and the connection's safety settings are untouched.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from schema_db import empty_db

from localplan import synthetic
from localplan.domain.plan import Plan
from localplan.store import inspection, planfile, schema, tables

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
V5 = schema.CURRENT_VERSION + 1


def _v5(conn: sqlite3.Connection) -> None:
    tables.transform(conn, "s_actors", types={"interest": float}, rename={"commitments": "agreements"}, drop=["contact"])


@pytest.fixture
def step_5(monkeypatch):
    monkeypatch.setitem(schema._STEPS, V5, _v5)




def _actors(conn: sqlite3.Connection, columns: str) -> list[tuple]:
    return conn.execute(f'SELECT {columns} FROM "s_actors" ORDER BY "id"').fetchall()


def _v4_plan(tmp_path: Path) -> Path:
    return synthetic.write_plan(tmp_path / "v4.lplan", "small", seed=1)


@pytest.mark.parametrize("start", [1, 2, 3, 4])
def test_an_upgraded_plan_gets_exactly_the_schema_of_a_new_one(tmp_path, step_5, start):
    path = tmp_path / "plan.lplan"
    if start == schema.CURRENT_VERSION:
        path = _v4_plan(tmp_path)
    else:
        shutil.copyfile(FIXTURES / f"plan_v{start}.lplan", path)
    conn = planfile._connect_rw(path)
    has_actors = start >= 2
    before = _actors(conn, '"id", "name", "interest", "commitments"') if has_actors else []
    conn.execute("BEGIN IMMEDIATE")
    schema.upgrade_to(conn, start, V5)
    conn.execute("COMMIT")
    assert schema.master(conn) == schema.master(empty_db(V5))
    assert not any("_new_" in name for _t, name, _tb, _sql in schema.master(conn))
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    after = _actors(conn, '"id", "name", "interest", "agreements"')
    assert after == before and (not has_actors or len(after) > 0)
    assert all(isinstance(interest, float) for _i, _n, interest, _c in after if interest is not None)
    columns = tables.database(conn).table("s_actors").columns_dict  # sqlite-utils' introspection
    assert columns["interest"] is float and "agreements" in columns and "contact" not in columns
    assert [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("trusted_schema", "foreign_keys", "recursive_triggers")] == [0, 0, 0]
    conn.close()


def test_a_failing_step_leaves_the_plan_as_it_was(tmp_path, step_5):
    path = _v4_plan(tmp_path)
    before = path.read_bytes()
    conn = planfile._connect_rw(path)
    conn.execute("BEGIN IMMEDIATE")
    _v5(conn)
    assert "agreements" in schema.columns(conn, "s_actors")
    conn.execute("ROLLBACK")  # what open_plan does when a later step fails
    assert "commitments" in schema.columns(conn, "s_actors") and schema.master(conn) == schema.expected_master(schema.CURRENT_VERSION)
    conn.close()
    assert path.read_bytes() == before


KILLED_CHILD = """
import os, signal, sys
from localplan.store import planfile, tables
conn = planfile._connect_rw(sys.argv[1])
conn.execute("BEGIN IMMEDIATE")
tables.transform(conn, "s_actors", types={"interest": float}, drop=["contact"])
conn.execute('UPDATE "s_gad" SET "team" = ?', ("half-done",))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL")
def test_a_kill_in_the_middle_of_a_rebuild_is_rolled_back(tmp_path):
    path = _v4_plan(tmp_path)
    conn = inspection.connect_ro(path)
    actors = _actors(conn, "*")
    conn.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", KILLED_CHILD, str(path)], env=env, cwd=str(ROOT), timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert Path(str(path) + "-journal").exists()  # the rebuild had reached the file
    plan = Plan.open(path)
    try:
        assert not plan.read_only
        assert plan.record("gad")["team"] != "half-done"
        assert _actors(plan.conn, "*") == actors
        assert schema.master(plan.conn) == schema.expected_master(schema.CURRENT_VERSION)
    finally:
        plan.close()


def test_only_inside_a_transaction_and_only_rowid_tables():
    conn = empty_db(schema.CURRENT_VERSION)
    with pytest.raises(RuntimeError):
        tables.transform(conn, "s_actors", types={"interest": float})
    conn.execute("BEGIN")
    with pytest.raises(ValueError, match="WITHOUT ROWID"):
        tables.transform(conn, "lp_stamp", types={"cells": str})
    conn.execute("ROLLBACK")

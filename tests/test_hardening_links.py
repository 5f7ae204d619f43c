"""One writer per plan, whatever the path: a plan held by one process, every command tried
through a symlink and a hard link. Nothing may write into it or replace it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from localplan.cli import main
from localplan.domain.plan import Plan

HOLD = """
import sys
from localplan.domain.plan import Plan
plan = Plan.open(sys.argv[1])
print("held" if not plan.read_only else "not-held", flush=True)
sys.stdin.read()
plan.set_value("gad", 1, "authority", "Still mine")
print("wrote", flush=True)
plan.close()
"""


@pytest.fixture
def held_plan(tmp_path, user_home):
    plan = tmp_path / "plan.lplan"
    assert main(["demo", str(plan)]) == 0
    assert main(["export", str(plan), "--json", str(tmp_path / "plan.json"), "--xlsx", str(tmp_path / "plan.xlsx")]) == 0
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(plan)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=env)
    assert holder.stdout.readline().strip() == "held"
    try:
        yield plan
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def _links(tmp_path, plan):
    sym = tmp_path / "through a symlink.lplan"
    sym.symlink_to(plan)
    other = tmp_path / "elsewhere"
    other.mkdir()
    hard = other / "hard link.lplan"
    os.link(plan, hard)
    return [sym, hard]


def test_every_command_through_a_link_leaves_a_held_plan_alone(tmp_path, held_plan, capsys):
    before = held_plan.read_bytes()
    json_doc, workbook = tmp_path / "plan.json", tmp_path / "plan.xlsx"
    for link in _links(tmp_path, held_plan):
        name = str(link)
        refused = [
            ["reset", name, "--to-step", "diagnosis", "--yes"],
            ["import", str(workbook), "--into", name, "--yes"],
            ["new", name, "--gad", "0401", "--force"],
            ["demo", name, "--force"],
            ["import", str(json_doc), "-o", name, "--force"],
            ["export", name, "--json", name],
            ["export", name, "--json", name, "--force"],
            ["export", str(held_plan), "--xlsx", name, "--force"],
            ["consolidate", name, "-o", name, "--force"],
            ["compare", name, "-o", name, "--force"],
            ["template", "--xlsx", name, "--force"],
        ]
        for args in refused:
            capsys.readouterr()
            assert main(args) == 2, args
            err = capsys.readouterr().err
            assert err.startswith("localplan: ") and "Traceback" not in err, (args, err)
        assert main(["info", name]) == 0
        assert main(["check", name]) in (0, 1)
        assert main(["export", name, "--json", str(tmp_path / f"{link.stem}.json")]) == 0
        plan = Plan.open(link)
        try:
            assert plan.read_only and "otra ventana" in plan.read_only_reason
        finally:
            plan.close()
    assert held_plan.read_bytes() == before


def test_reset_through_a_link_names_the_other_window(tmp_path, held_plan, capsys):
    sym, hard = _links(tmp_path, held_plan)
    for link in (sym, hard):
        assert main(["reset", str(link), "--to-step", "diagnosis", "--yes"]) == 2
        assert "otra ventana" in capsys.readouterr().err


def test_the_holder_still_writes_after_the_attempts(tmp_path, user_home):
    plan = tmp_path / "plan.lplan"
    assert main(["demo", str(plan)]) == 0
    hard = tmp_path / "hard.lplan"
    os.link(plan, hard)
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(plan)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=env)
    assert holder.stdout.readline().strip() == "held"
    assert main(["reset", str(hard), "--to-step", "diagnosis", "--yes"]) == 2
    holder.stdin.close()
    assert holder.stdout.readline().strip() == "wrote"
    holder.wait(timeout=60)
    again = Plan.open(plan)
    try:
        assert again.record("gad")["authority"] == "Still mine"
        assert again.rows("goals")  # nothing was reset
    finally:
        again.close()


def test_lock_files_are_kept_and_retaken(tmp_path, new_plan):
    from localplan.store.lock import PlanLock, identity_lock_path, lock_path

    path = new_plan.path
    new_plan.close()
    assert lock_path(path).is_file() and identity_lock_path(path).is_file()
    lock = PlanLock(path)
    assert lock.acquire()
    second = PlanLock(tmp_path / "tulcan.lplan")
    assert not second.acquire()
    lock.release()
    assert second.acquire()
    second.release()


def test_a_fifo_in_place_of_the_lock_file_is_not_waited_on(tmp_path, new_plan):
    from localplan.store.lock import lock_path

    path = new_plan.path
    new_plan.close()
    lock_path(path).unlink()
    os.mkfifo(lock_path(path))
    plan = Plan.open(path)
    try:
        assert plan.read_only
    finally:
        plan.close()

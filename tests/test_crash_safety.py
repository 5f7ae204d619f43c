"""Crash safety, the short version of bench/kill_harness.py (100 rounds there).

A child process edits a plan through Plan (set_value, insert_rows, delete_rows with
links, move_row, undo) and is killed with SIGKILL at random moments; the plan must then
open, pass integrity_check, hold every reported edit and no half of a multi-row edit.
The same for kills during the upgrade of a v1 file and during "Save a copy as".
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")]

_spec = importlib.util.spec_from_file_location("kill_harness", Path(__file__).parent.parent / "bench" / "kill_harness.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)


@pytest.mark.parametrize("kind", ["edits", "migration", "save_copy"])
def test_kills_lose_no_reported_edit_and_leave_nothing_half_done(kind, monkeypatch, user_home):
    monkeypatch.setenv("LOCALPLAN_HOME", str(user_home))
    results = harness.run(6, seed=20250101, kinds=(kind,), log=lambda _: None)
    assert len(results[kind]) == 6


def test_the_harness_catches_an_edit_committed_in_pieces(monkeypatch, user_home):
    """The same harness against a Plan that commits each operation separately must fail."""
    monkeypatch.setenv("KILL_HARNESS_BREAK", "1")
    with pytest.raises(AssertionError, match="matches neither"):
        harness.run(40, seed=3, kinds=("edits",), log=lambda _: None)

"""Crash safety of combining, the short version of bench/kill_merge.py: killed at any
moment, the plan is either as before or fully combined, never in between."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")]

_spec = importlib.util.spec_from_file_location("kill_merge", Path(__file__).parent.parent / "bench" / "kill_merge.py")
kill_merge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kill_merge)


@pytest.mark.parametrize("how", ["cli", "plan"])
def test_a_killed_combining_leaves_the_plan_as_before_or_fully_combined(how, monkeypatch, user_home):
    monkeypatch.setenv("LOCALPLAN_HOME", str(user_home))
    results = kill_merge.run(8, seed=20250101, hows=(how,), log=lambda _: None)  # killed in 8 slices of the run
    assert len(results[how]) == 8 and set(results[how]) <= {"as before", "fully combined"}


def test_the_kill_test_catches_a_combining_committed_in_pieces(monkeypatch, user_home):
    monkeypatch.setenv("KILL_HARNESS_BREAK", "1")
    with pytest.raises(AssertionError, match="neither as before nor fully combined"):
        kill_merge.run(12, seed=3, hows=("plan",), log=lambda _: None)

"""Kill test of combining: a child combines a copy into a plan and is killed with SIGKILL
at a random moment; the plan must then open, pass integrity_check and be either exactly
as before or fully combined (content and knowledge), never in between.

    python bench/kill_merge.py --rounds 50

Two ways are tested: `localplan merge MINE THEIRS --take theirs` (in place: the work is
done on a temporary copy and renamed over MINE) and the window's way, `merge.session.apply`
on the open plan (one transaction). Uses the child/parent machinery of kill_harness.py.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import kill_harness as harness  # noqa: E402


class Child(harness.Child):
    """kill_harness's child, running this file's child instead."""

    def __init__(self, args: list[str], home: Path) -> None:
        import os
        import subprocess
        import threading

        env = dict(os.environ, LOCALPLAN_HOME=str(home), PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "child", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
        self.lines = []
        self.event = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()


def state_digest(path: Path) -> str:
    harness.integrity(path)
    conn = sqlite3.connect(path)
    try:
        known = sorted(conn.execute('SELECT "id", "seq" FROM "lp_replica"').fetchall())
    finally:
        conn.close()
    return f"{harness.file_digest(path)} {known}"


def make_pair(folder: Path) -> tuple[Path, Path]:
    from localplan.domain.plan import Plan
    from localplan.store.fork import fork_file

    base = harness.make_base(folder / "base.lplan", big_text=20_000)
    mine = fork_file(base, folder / "mía.lplan")
    theirs = fork_file(base, folder / "de ellos.lplan")
    rnd = random.Random(5)
    for path in (mine, theirs):
        plan = Plan.open(path)
        plan.conn.execute("PRAGMA synchronous = OFF")
        for _ in range(150):
            try:
                harness.edit(plan, rnd)
            except ValueError:  # a value the spec refuses (too long): skip it
                pass
        plan.close()
    return mine, theirs


def child_merge(mine: Path, theirs: Path, how: str) -> None:
    import os
    import time

    from localplan.cli import main
    from localplan.domain.plan import Plan
    from localplan.merge import session

    print("start", flush=True)
    start = time.perf_counter()
    if how == "cli":
        code = main(["merge", str(mine), str(theirs), "--take", "theirs"])
        print(f"done {time.perf_counter() - start:.4f} {code}", flush=True)
        return
    plan = Plan.open(mine)
    if os.environ.get("KILL_HARNESS_BREAK"):  # prove the test can fail: one commit per operation
        harness._break_atomicity(plan)
    mplan = session.compare(session.read_side(plan.conn, mine.name), session.read_file(theirs))
    session.apply(plan, mplan, session.choices_for(mplan, "theirs"))
    plan.close()
    print(f"done {time.perf_counter() - start:.4f} 0", flush=True)


def run(rounds: int, seed: int = 1, hows: tuple[str, ...] = ("cli", "plan"), log=print) -> dict[str, list[str]]:
    import os

    from localplan.i18n import set_language

    set_language("es")
    rnd = random.Random(seed)
    results: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="localplan-kill-merge-") as name:
        tmp = Path(name)
        os.environ["LOCALPLAN_HOME"] = str(tmp / "home")
        mine, theirs = make_pair(tmp)
        before = state_digest(mine)
        for how in hows:
            probe = tmp / "probe.lplan"
            shutil.copy(mine, probe)
            child = Child(["merge", str(probe), str(theirs), how], tmp / "home")
            child.wait_for("done")
            child.finish()
            took = float(next(line for line in child.lines if line.startswith("done")).split()[1])
            after = state_digest(probe)
            assert after != before, "the combining changed nothing: the test would prove nothing"
            results[how] = []
            for r in range(rounds):
                work = tmp / "ronda.lplan"
                shutil.copy(mine, work)
                for side in tmp.glob(".~ronda*"):
                    side.unlink()
                child = Child(["merge", str(work), str(theirs), how], tmp / "home")
                child.wait_for("start")
                # round r is killed within the r-th slice of the run (and a little past its end), so
                # even a few rounds spread over reading, comparing, writing and committing
                child.kill_after(took * 1.5 * (r + rnd.random()) / rounds)
                got = state_digest(work)
                if got == before:
                    outcome = "as before"
                elif got == after:
                    outcome = "fully combined"
                else:
                    raise AssertionError(f"{how} round {r}: the plan is neither as before nor fully combined")
                for stale in tmp.glob(".merge-*"):  # an unfinished work copy, never the plan
                    stale.unlink()
                results[how].append(outcome)
                log(f"{how} {r + 1}/{rounds}: ok, {outcome}")
    return results


def main(argv: list[str]) -> int:
    if argv and argv[0] == "child":
        child_merge(Path(argv[2]), Path(argv[3]), argv[4])
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=50)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    results = run(args.rounds, args.seed)
    for how, outcomes in results.items():
        print(f"{how}: {len(outcomes)}/{args.rounds} ok ({outcomes.count('as before')} as before, "
              f"{outcomes.count('fully combined')} fully combined)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Kill test: a child process edits a plan through localplan.domain.plan.Plan (the path the
windows use) and is killed with SIGKILL at random moments; after every kill the plan must
open, pass integrity_check, hold every edit the child reported, and no multi-row edit may
be half done.

    python bench/kill_harness.py --rounds 100            # edits, migration, save-a-copy
    python bench/kill_harness.py --rounds 100 --kind edits --seed 7

How it is verified: after each committed edit the child prints "ok K DIGEST", where
DIGEST is the SHA-1 of the whole plan as the JSON interchange document. After the kill
the parent opens the plan (which rolls back a hot journal), computes the same digest and
requires it to equal the last reported one, or — the kill fell between COMMIT and the
print — the digest of edit K+1, which it gets by replaying the same seeded sequence on a
copy of the round's starting file. Anything else (a lost edit, half of a multi-row edit,
damage) fails the round. Rounds are chained: each starts from the file the previous kill left.

Also: kills while an old (schema v1) file is upgraded on open — afterwards the file is
either still v1 and byte-identical to the original, or fully upgraded with the same data;
and kills during "Save a copy as" — the source is intact and the target absent or complete.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

V1_FIXTURE = ROOT / "tests" / "fixtures" / "plan_v1.lplan"
GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}


# --- shared -------------------------------------------------------------------------
def digest_of(data) -> str:
    from localplan.exports import json_doc

    return hashlib.sha1(json_doc.dumps(data).encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    from localplan.domain.read import read_plan

    return digest_of(read_plan(str(path)))


def make_base(path: Path, big_text: int = 0) -> Path:
    """A plan with objectives, goals (with yearly targets) and monitoring rows linked to goals."""
    from localplan.domain.plan import Plan

    plan = Plan.create(path, GAD)
    try:
        plan.insert_rows("objectives", [{"name": f"Objetivo {i}"} for i in range(1, 3)])
        plan.insert_rows("goals", [_goal(random.Random(i), [1, 2]) for i in range(4)])
        plan.insert_rows("monitoring", [{"goal": g, "responsible": "Planificación"} for g in (1, 2, 3)])
        plan.insert_rows("projects", [{"name": "Casa de acogida", "goals": [1, 2, 3]}])
        if big_text:
            rnd = random.Random(1)
            plan.insert_rows("problems", [{"title": f"Problema {i}", "description": _text(rnd, big_text)} for i in range(40)])
    finally:
        plan.close()
    return path


def _text(rnd: random.Random, size: int) -> str:
    words = ["movilidad", "humana", "cantón", "niñez", "acogida", "refugio", "integración", "año", "señal"]
    return " ".join(rnd.choice(words) for _ in range(max(1, size // 8)))


def _goal(rnd: random.Random, objectives: list[int]) -> dict:
    return {"statement": f"Meta {rnd.randrange(1000)}", "objective": rnd.choice(objectives) if objectives else None,
            "indicator": "personas atendidas", "baseline_value": float(rnd.randrange(100)), "baseline_year": 2022,
            "yearly_targets": {str(y): float(rnd.randrange(500)) for y in range(2024, 2024 + rnd.randrange(1, 5))}}


def edit(plan, rnd: random.Random) -> str:
    """One edit the windows could make, chosen by `rnd` and the plan's state (deterministic)."""
    goals = [r["id"] for r in plan.rows("goals")]
    objectives = [r["id"] for r in plan.rows("objectives")]
    kind = rnd.choice(["text", "goal", "insert_goals", "insert_monitoring", "delete_goals", "delete_goals",
                       "move", "move", "undo", "objective"])
    if kind == "text":
        plan.set_value("gad", 1, "team", _text(rnd, rnd.randrange(10, 40_000)))
    elif kind == "goal" and goals:
        g = _goal(rnd, objectives)
        plan.set_values("goals", rnd.choice(goals), {k: g[k] for k in ("statement", "baseline_value", "yearly_targets")})
    elif kind == "insert_goals":
        plan.insert_rows("goals", [_goal(rnd, objectives) for _ in range(rnd.randrange(1, 5))], rnd.randrange(len(goals) + 1))
    elif kind == "insert_monitoring" and goals:
        plan.insert_rows("monitoring", [{"goal": rnd.choice(goals), "responsible": "Seguimiento",
                                         "notes": _text(rnd, rnd.randrange(10, 5000))} for _ in range(rnd.randrange(1, 4))])
    elif kind == "delete_goals" and goals:
        plan.delete_rows("goals", rnd.sample(goals, min(len(goals), rnd.randrange(1, 4))))
    elif kind == "move" and len(goals) > 1:
        plan.move_row("goals", rnd.choice(goals), rnd.randrange(len(goals)))
    elif kind == "undo" and plan.can_undo:
        plan.undo()
    elif kind == "objective":
        plan.insert_rows("objectives", [{"name": f"Objetivo {rnd.randrange(1000)}"}])
    else:
        kind = "text"
        plan.set_value("gad", 1, "contact", f"plan{rnd.randrange(10**6)}@gad.gob.ec")
    return kind


# --- children -------------------------------------------------------------------------
def child_edits(path: Path, seed: int) -> None:
    from localplan.domain.plan import Plan

    plan = Plan.open(path)
    assert not plan.read_only, plan.read_only_reason
    if os.environ.get("KILL_HARNESS_BREAK"):  # prove the harness can fail: one commit per operation
        _break_atomicity(plan)
    print("ready", flush=True)
    rnd = random.Random(seed)
    for k in range(1, 100_000):
        kind = edit(plan, rnd)
        print(f"ok {k} {digest_of(plan.snapshot())} {kind}", flush=True)


def _break_atomicity(plan) -> None:
    from localplan.domain.changes import Command

    run = plan._run

    def split(command: Command) -> None:
        for op in command.ops:
            run(Command(command.label, [op]))
            time.sleep(0.02)  # a wide window between the pieces

    plan._run = split


def child_open(path: Path) -> None:
    from localplan.domain.plan import Plan

    start = time.perf_counter()
    print("start", flush=True)
    plan = Plan.open(path)
    print(f"done {time.perf_counter() - start:.4f} {plan.migrated_from}", flush=True)
    plan.close()


def child_save_copy(path: Path, target: Path) -> None:
    from localplan.domain.plan import Plan

    plan = Plan.open(path)
    print("start", flush=True)
    start = time.perf_counter()
    plan.save_copy(target)
    print(f"done {time.perf_counter() - start:.4f}", flush=True)
    plan.close()


# --- parent ---------------------------------------------------------------------------
class Child:
    """A child process whose stdout lines are collected by a thread (the pipe never fills)."""

    def __init__(self, args: list[str], home: Path) -> None:
        env = dict(os.environ, LOCALPLAN_HOME=str(home), PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "child", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
        self.lines: list[str] = []
        self.event = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill is not a report
                self.lines.append(raw.decode().strip())
                self.event.set()

    def wait_for(self, word: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not any(line.startswith(word) for line in self.lines):
            if self.proc.poll() is not None and not self.thread.is_alive():
                raise RuntimeError(f"child ended before '{word}': {self.proc.stderr.read().decode()[-2000:]}")
            self.event.wait(0.005)
            self.event.clear()
            if time.monotonic() > deadline:
                raise RuntimeError(f"child never said '{word}'")

    def kill_after(self, delay: float) -> None:
        time.sleep(delay)
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self) -> None:
        self.proc.wait()
        self.thread.join()
        self.proc.stderr.close()
        self.proc.stdout.close()


def integrity(path: Path) -> None:
    """Open as a user would (this rolls back a crash journal); the file must be sound."""
    from localplan.domain.plan import Plan

    plan = Plan.open(path)
    try:
        assert not plan.read_only, plan.read_only_reason
        assert plan.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        goals = {r["id"] for r in plan.rows("goals")}
        assert all(r["goal"] in goals for r in plan.rows("monitoring") if r["goal"] is not None), "dangling link"
        assert all(set(r["goals"] or []) <= goals for r in plan.rows("projects")), "dangling link"
    finally:
        plan.close()


def replay(base: Path, seed: int, upto: int, work_dir: Path) -> list[str]:
    """Digests after edits 1..upto of the seeded sequence, run on a copy of `base`."""
    from localplan.domain.plan import Plan

    copy = work_dir / "replay.lplan"
    shutil.copyfile(base, copy)
    plan = Plan.open(copy)
    plan.conn.execute("PRAGMA synchronous = OFF")  # speed only: nothing is killed here
    rnd = random.Random(seed)
    out = []
    try:
        for _ in range(upto):
            edit(plan, rnd)
            out.append(digest_of(plan.snapshot()))
    finally:
        plan.close()
    return out


def round_edits(work: Path, seed: int, delay: float, tmp: Path) -> str:
    base = tmp / "round-base.lplan"
    shutil.copyfile(work, base)
    base_digest = file_digest(base)
    child = Child(["edits", str(work), str(seed)], tmp / "home")
    child.wait_for("ready")
    child.kill_after(delay)
    reports = [line.split() for line in child.lines if line.startswith("ok ")]
    integrity(work)
    got = file_digest(work)
    last = reports[-1][2] if reports else base_digest
    if got == last:
        return f"at edit {len(reports)}"
    replayed = replay(base, seed, len(reports) + 1, tmp)
    assert replayed[: len(reports)] == [r[2] for r in reports], "the edit sequence is not deterministic"
    if got == replayed[-1]:
        return f"at edit {len(reports) + 1} (committed, not yet reported)"
    raise AssertionError(f"after {len(reports)} reported edits the plan matches neither edit {len(reports)} nor {len(reports) + 1}")


def round_migration(work: Path, delay: float, tmp: Path, v1_digest: str) -> str:
    from localplan.store import planfile, recovery, schema

    original = V1_FIXTURE.read_bytes()
    work.write_bytes(original)
    child = Child(["open", str(work)], tmp / "home")
    child.wait_for("start")
    child.kill_after(delay)
    with recovery.private_copy(work) as settled:
        version, _ = planfile.inspect(settled)
        if version == 1:
            assert settled.read_bytes() == original, "still v1 but not intact"
            state = "still v1, intact"
        else:
            assert version == schema.CURRENT_VERSION
            state = "upgraded"
    integrity(work)
    assert file_digest(work) == v1_digest, "data changed by an interrupted upgrade"
    return state


def round_save_copy(source: Path, delay: float, tmp: Path, source_digest: str) -> str:
    from localplan.store import planfile

    target = tmp / "copia de trabajo ñ.lplan"
    target.unlink(missing_ok=True)
    child = Child(["save_copy", str(source), str(target)], tmp / "home")
    child.wait_for("start")
    child.kill_after(delay)
    for stale in tmp.glob(".copy-*"):  # the unfinished temporary file, never the target
        stale.unlink()
    integrity(source)
    assert file_digest(source) == source_digest, "source changed"
    if not target.exists():
        return "target absent"
    planfile.inspect(target)
    assert file_digest(target) == source_digest, "incomplete copy"
    return "target complete"


def calibrate(args: list[str], home: Path) -> float:
    child = Child(args, home)
    child.wait_for("done")
    child.finish()
    return float(next(line for line in child.lines if line.startswith("done")).split()[1])


def run(rounds: int, seed: int = 1, kinds: tuple[str, ...] = ("edits", "migration", "save_copy"),
        log=print) -> dict[str, list[str]]:
    """Run `rounds` kill rounds of each kind; return the outcome of every round (raises on failure)."""
    from localplan.i18n import set_language

    set_language("es")
    rnd = random.Random(seed)
    results: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="localplan-kill-") as name:
        tmp = Path(name)
        os.environ["LOCALPLAN_HOME"] = str(tmp / "home")
        if "edits" in kinds:
            work = make_base(tmp / "plan de edición ñ.lplan")
            results["edits"] = []
            for r in range(rounds):
                outcome = round_edits(work, seed * 100_000 + r, rnd.uniform(0.0, 0.5), tmp)
                results["edits"].append(outcome)
                log(f"edits {r + 1}/{rounds}: ok, {outcome}")
        if "migration" in kinds:
            probe = tmp / "probe.lplan"
            probe.write_bytes(V1_FIXTURE.read_bytes())
            took = calibrate(["open", str(probe)], tmp / "home")
            v1_digest = file_digest(probe)
            results["migration"] = []
            for r in range(rounds):
                outcome = round_migration(tmp / "old v1.lplan", rnd.uniform(0.0, took * 1.3), tmp, v1_digest)
                results["migration"].append(outcome)
                log(f"migration {r + 1}/{rounds}: ok, {outcome}")
        if "save_copy" in kinds:
            source = make_base(tmp / "grande.lplan", big_text=60_000)
            took = calibrate(["save_copy", str(source), str(tmp / "calibration.lplan")], tmp / "home")
            source_digest = file_digest(source)
            results["save_copy"] = []
            for r in range(rounds):
                outcome = round_save_copy(source, rnd.uniform(0.0, took * 1.3), tmp, source_digest)
                results["save_copy"].append(outcome)
                log(f"save_copy {r + 1}/{rounds}: ok, {outcome}")
    return results


def main(argv: list[str]) -> int:
    if argv and argv[0] == "child":
        kind, *rest = argv[1:]
        if kind == "edits":
            child_edits(Path(rest[0]), int(rest[1]))
        elif kind == "open":
            child_open(Path(rest[0]))
        elif kind == "save_copy":
            child_save_copy(Path(rest[0]), Path(rest[1]))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kind", choices=["edits", "migration", "save_copy"], action="append")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    kinds = tuple(args.kind or ("edits", "migration", "save_copy"))
    start = time.perf_counter()
    results = run(args.rounds, args.seed, kinds, log=(lambda _: None) if args.quiet else print)
    for kind, outcomes in results.items():
        tally: dict[str, int] = {}
        for o in outcomes:
            key = o.split(" (")[0] if kind != "edits" else ("committed, not yet reported" if "not yet" in o else "at last reported edit")
            tally[key] = tally.get(key, 0) + 1
        print(f"{kind}: {len(outcomes)}/{args.rounds} rounds ok ({', '.join(f'{v} {k}' for k, v in sorted(tally.items()))})")
    print(f"{sum(len(o) for o in results.values())}/{args.rounds * len(kinds)} rounds ok in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

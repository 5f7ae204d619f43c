"""Benchmark of combining copies (issue 22), two figures:

1. Combining two copies of the large synthetic plan, each with 1,000 edits since the fork
   (read both, classify, build, apply as one command): budget 2 s.
2. The history's share of the file of a plan edited for a year (20,000 edits through
   Plan, then compaction): budget 20 %. Sizes are of the file after VACUUM, with and
   without the history tables (and, separately, without the row uids too).

    python bench/merge_bench.py                       # the real sizes (minutes)
    python bench/merge_bench.py --size small --edits 200 --year 2000   # a quick look
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def random_edit(plan, rng: random.Random) -> None:
    from localplan import synthetic
    from localplan.forms import SECTIONS
    from localplan.forms.values import Context

    tables = [s for s in SECTIONS if not s.single and s.id != "ordinance_versions"]
    sec = rng.choice(tables)
    rows = plan.rows(sec.id)
    ids = {s.id: [r["id"] for r in plan.rows(s.id)] for s in tables}
    ctx = Context(gad_code=plan.record("gad").get("gad_code"), period=(2023, 2027))
    years = list(range(2023, 2028))
    kind = rng.random()
    if kind < 0.8 and rows:
        f = rng.choice(sec.fields)
        value = synthetic._value(rng, f, ctx, ids, years)
        plan.set_value(sec.id, rng.choice(rows)["id"], f.id, value, parsed=True)
    elif kind < 0.88 or not rows:
        plan.insert_rows(sec.id, [synthetic._row(rng, sec, ctx, ids, years)], rng.randrange(len(rows) + 1))
    elif kind < 0.94:
        plan.delete_rows(sec.id, [rng.choice(rows)["id"]])
    else:
        plan.move_row(sec.id, rng.choice(rows)["id"], rng.randrange(len(rows)))


def edit_file(path: Path, count: int, seed: int) -> None:
    from localplan.domain.plan import Plan

    plan = Plan.open(path)
    plan.conn.execute("PRAGMA synchronous = OFF")  # speed only: nothing is killed here
    rng = random.Random(seed)
    try:
        done = 0
        while done < count:
            try:
                random_edit(plan, rng)
                done += 1
            except ValueError:
                pass  # a drawn value the spec refuses
    finally:
        plan.close()


def bench_combine(folder: Path, size: str, edits: int) -> dict[str, float]:
    from localplan import synthetic
    from localplan.domain.plan import Plan
    from localplan.merge import engine, session
    from localplan.merge.apply import command_for
    from localplan.store.fork import fork_file

    base = synthetic.write_plan(folder / "base.lplan", size, seed=0)
    mine = fork_file(base, folder / "mine.lplan")
    theirs = fork_file(base, folder / "theirs.lplan")
    edit_file(mine, edits, 1)
    edit_file(theirs, edits, 2)
    baseline = _baseline(mine, folder)
    plan = Plan.open(mine)
    start, cpu = time.perf_counter(), time.process_time()
    mplan = session.compare(session.read_side(plan.conn, "mine"), session.read_file(theirs))
    read = time.perf_counter()
    choices = session.choices_for(mplan, "theirs")
    target = engine.build(mplan, choices)
    applied = command_for(plan.conn, mplan, target, "bench")
    plan.execute(applied.command)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    plan.close()
    return {"combine_s": total, "combine_cpu_s": cpu, "read_and_classify_s": read - start, "ops": len(applied.command.ops),
            "conflicts": len(mplan.conflicts), **baseline}


def _baseline(path: Path, folder: Path) -> dict[str, float]:
    """Work measured in the same run, so a figure on a loaded machine reads as a ratio: copying
    the plan file (what a colleague does by hand) and opening it and reading every section."""
    from localplan.domain.plan import Plan
    from localplan.forms import SECTIONS

    start = time.perf_counter()
    shutil.copy(path, folder / "baseline-copy.lplan")
    copied, cpu = time.perf_counter(), time.process_time()
    plan = Plan.open(folder / "baseline-copy.lplan", read_only=True)
    for sec in SECTIONS:
        plan.rows(sec.id)
    plan.close()
    return {"copy_s": copied - start, "open_and_read_s": time.perf_counter() - copied,
            "open_and_read_cpu_s": time.process_time() - cpu}


def _vacuumed_size(path: Path, drop_history: bool, drop_uids: bool) -> int:
    from localplan.forms import SECTIONS
    from localplan.store.identity import HISTORY_TABLES

    copy = path.with_name(path.stem + f"-{int(drop_history)}{int(drop_uids)}.lplan")
    copy.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("VACUUM INTO ?", (str(copy),))
    conn.close()
    conn = sqlite3.connect(copy)
    if drop_history:
        for table in HISTORY_TABLES:
            conn.execute(f'DROP TABLE "{table}"')
    if drop_uids:
        for sec in SECTIONS:
            conn.execute(f'UPDATE "{sec.table}" SET "uid" = NULL')
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return copy.stat().st_size


def bench_history(folder: Path, size: str, edits: int) -> dict[str, float]:
    from localplan import synthetic
    from localplan.domain.plan import Plan
    from localplan.store import history

    path = synthetic.write_plan(folder / "year.lplan", size, seed=3)
    start = time.perf_counter()
    edit_file(path, edits, 4)
    editing = time.perf_counter() - start
    plan = Plan.open(path)
    plan.conn.execute("BEGIN IMMEDIATE")
    history.compact(plan.conn)
    plan.conn.execute("COMMIT")
    counts = {t: plan.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("lp_stamp", "lp_change")}
    plan.close()
    full = _vacuumed_size(path, False, False)
    without_history = _vacuumed_size(path, True, False)
    without_identity = _vacuumed_size(path, True, True)
    return {"file_bytes": full, "history_share": (full - without_history) / without_history,
            "history_and_uids_share": (full - without_identity) / without_identity, "editing_s": editing, **counts}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", default="large", choices=["small", "medium", "large"])
    p.add_argument("--edits", type=int, default=1000, help="edits on each copy before combining")
    p.add_argument("--year", type=int, default=20_000, help="edits of the year-long plan (0: skip that part)")
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="localplan-merge-bench-"))
    os.environ.setdefault("LOCALPLAN_HOME", str(folder / "home"))
    try:
        c = bench_combine(folder, args.size, args.edits)
        print(f"Combine two {args.size} copies with {args.edits} edits each: {c['combine_s']:.2f} s "
              f"(read + classify {c['read_and_classify_s']:.2f} s; {c['ops']} operations, {c['conflicts']} conflicts) "
              f"— budget 2 s: {'pass' if c['combine_s'] < 2 else 'FAIL'}")
        print(f"  baseline in the same run: copying the plan file {c['copy_s']:.3f} s, opening it and reading every "
              f"section {c['open_and_read_s']:.2f} s; combining = {c['combine_s'] / c['open_and_read_s']:.1f}× "
              f"opening and reading one copy. CPU time of this process (what a loaded machine does not inflate): "
              f"combining {c['combine_cpu_s']:.2f} s, opening and reading {c['open_and_read_cpu_s']:.2f} s")
        if not args.year:
            return 0
        h = bench_history(folder, args.size, args.year)
        print(f"History after {args.year} edits and compaction: {h['history_share']:.1%} of the file "
              f"({h['file_bytes'] / 1e6:.2f} MB; {h['lp_stamp']} stamps, {h['lp_change']} log entries); "
              f"with the row uids {h['history_and_uids_share']:.1%} — budget 20 %: "
              f"{'pass' if h['history_share'] < 0.2 else 'FAIL'} ({h['editing_s']:.0f} s of editing)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

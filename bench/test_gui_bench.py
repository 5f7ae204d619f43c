"""Start-up, steps, memory and responsiveness, each in a fresh child process."""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROBE = Path(__file__).with_name("gui_probe.py")


def probe(*args) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROBE.parent.parent))
    out = subprocess.run([sys.executable, str(PROBE), *map(str, args)], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return [float(x) for x in out.stdout.split()]


def launch_to_shown(kind: str) -> float:
    """Seconds from launching the process to its window shown (the probe prints the wall
    clock at that moment); the process's exit is not counted."""
    launched = time.time()
    return probe(kind)[1] - launched


def startup(benchmark, kind: str, role: str) -> None:
    times: list[float] = []
    benchmark.pedantic(lambda: times.append(launch_to_shown(kind)), rounds=9, iterations=1)
    benchmark.extra_info.update(figure="startup", role=role, value=statistics.median(times))


def test_startup_ours(benchmark):
    startup(benchmark, "start", "ours")


def test_startup_baseline(benchmark):
    startup(benchmark, "bare", "baseline")


def test_open_and_show_every_step(benchmark, large_plan):
    result = {}
    benchmark.pedantic(lambda: result.update(zip(("worst", "rss", "tab"), probe("steps", large_plan))), rounds=1, iterations=1)
    benchmark.extra_info.update(figure="open_steps", role="ours", value=result["worst"])
    benchmark.extra_info.update(memory_rss_mb=round(result["rss"] / 2**20), worst_other_tab=result["tab"])


def test_event_loop_stall_during_export(benchmark, large_plan, tmp_path):
    result = []
    benchmark.pedantic(lambda: result.append(probe("stall", large_plan, tmp_path)[0]), rounds=1, iterations=1)
    benchmark.extra_info.update(figure="stall", role="ours", value=result[0])

"""Run the whole benchmark suite and print the performance table.

    python bench/run.py            # everything (generates 1,800 plans: a few minutes)
    python bench/run.py -k edit    # a subset, pytest -k syntax

Writes bench/results/latest.json (pytest-benchmark) and bench/results/latest.md (the table
with the machine it ran on). Baselines are measured in the same run.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from figures import FIGURES  # noqa: E402


def machine() -> str:
    import os

    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            mem = f", {int(fh.readline().split()[1]) // 1024 // 1024} GiB"
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}"


def table(results: dict) -> str:
    by_figure: dict[str, dict[str, dict]] = {}
    for bench in results["benchmarks"]:
        info = bench.get("extra_info", {})
        if "figure" in info:
            by_figure.setdefault(info["figure"], {})[info.get("role", "ours")] = bench
    lines = ["| figure | ours | baseline | ratio | budget | result |", "|---|---|---|---|---|---|"]
    for fid, (title, kind, budget) in FIGURES.items():
        runs = by_figure.get(fid)
        if not runs or "ours" not in runs:
            lines.append(f"| {title} | not measured | | | {budget or ''} | — |")
            continue
        stat = "median" if fid == "edit" else "mean"
        ours = runs["ours"]["stats"][stat]
        extra = runs["ours"].get("extra_info", {})
        if "value" in extra:  # benchmarks that measure something other than time (e.g. the worst step)
            ours = extra["value"]
        base = runs.get("baseline", {}).get("stats", {}).get(stat)
        if "value" in runs.get("baseline", {}).get("extra_info", {}):
            base = runs["baseline"]["extra_info"]["value"]
        ratio = ours / base if base else None
        if kind == "ratio":
            ok = ratio is not None and ratio <= budget
            budget_text = f"≤ {budget}×"
        elif budget is None:
            ok = None  # judged by the growth row below
            budget_text = "linear"
        else:
            ok = ours <= budget
            budget_text = f"≤ {budget * 1000:g} ms" if budget < 1 else f"≤ {budget:g} s"
        fmt = (lambda s: f"{s * 1000:.1f} ms") if ours < 1 else (lambda s: f"{s:.2f} s")
        lines.append(f"| {title} | {fmt(ours)} | {fmt(base) if base else '—'} | "
                     f"{f'{ratio:.2f}×' if ratio else '—'} | {budget_text} | {'—' if ok is None else 'pass' if ok else 'FAIL'} |")
    steps = by_figure.get("open_steps", {}).get("ours", {}).get("extra_info", {})
    if "memory_rss_mb" in steps:
        ok = steps["memory_rss_mb"] <= 300
        lines.append(f"| Memory with the large plan open, every step visited (peak RSS) | {steps['memory_rss_mb']} MB | | | ≤ 300 MB | "
                     f"{'pass' if ok else 'FAIL'} |")
    xlsx = by_figure.get("xlsx", {})
    if "ours" in xlsx and "baseline" in xlsx:
        ours_peak = xlsx["ours"]["extra_info"].get("peak_bytes", 0)
        base_peak = xlsx["baseline"]["extra_info"].get("peak_bytes", 1)
        ratio = ours_peak / base_peak
        lines.append(f"| Workbook of the large plan: peak Python memory | {ours_peak / 2**20:.0f} MB | {base_peak / 2**20:.0f} MB | "
                     f"{ratio:.2f}× | ≤ 1.5× | {'pass' if ratio <= 1.5 else 'FAIL'} |")
    c = {n: by_figure.get(f"consolidate_{n}", {}).get("ours", {}).get("stats", {}).get("mean") for n in (100, 450, 1800)}
    if all(c.values()):
        growth = (c[1800] / 1800) / (c[100] / 100)
        lines.append(f"| Consolidation growth: time per plan at 1,800 over time per plan at 100 | {growth:.2f}× | | | ≤ 1.5× (linear) | "
                     f"{'pass' if growth <= 1.5 else 'FAIL'} |")
    peak = by_figure.get("consolidate_1800", {}).get("ours", {}).get("extra_info", {}).get("peak_mb")
    if peak is not None:
        lines.append(f"| Consolidation of 1,800 plans: peak memory (parent + workers) | {peak} MB | | | ≤ 500 MB | "
                     f"{'pass' if peak <= 500 else 'FAIL'} |")
    if all(c.values()):
        lines.append("")
        lines.append(f"Consolidation per plan: {c[100] / 100 * 1000:.1f} ms (100), {c[450] / 450 * 1000:.1f} ms (450), "
                     f"{c[1800] / 1800 * 1000:.1f} ms (1,800).")
    return "\n".join(lines)


def main() -> int:
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    raw = out / "latest.json"
    args = [sys.executable, "-m", "pytest", str(HERE), "-q", "-p", "no:cacheprovider", "--benchmark-only",
            f"--benchmark-json={raw}", "-o", "python_files=test_*.py", *sys.argv[1:]]
    code = subprocess.call(args, cwd=HERE.parent)
    if not raw.exists():
        return code or 1
    text = f"Machine: {machine()}\n\n" + table(json.loads(raw.read_text()))
    (out / "latest.md").write_text(text + "\n", encoding="utf-8")
    print()
    print(text)
    return code


if __name__ == "__main__":
    sys.exit(main())

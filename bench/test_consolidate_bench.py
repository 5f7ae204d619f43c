"""Consolidation of 100 / 450 / 1,800 generated plans, the whole job as the command runs it
(read every file in worker processes, write the national workbook): growth must be linear,
1,800 plans within 60 s and 500 MB."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from localplan.consolidate.collect import expand

JOB = """
import resource, sys
from localplan.consolidate.collect import collect
from localplan.consolidate.workbook import write_national
files = sys.argv[2:]
write_national(collect(files), sys.argv[1])
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(me * 1024, child * 1024)
"""


@pytest.mark.parametrize("count", [100, 450, 1800])
def test_consolidate(benchmark, national_folder, count, tmp_path):
    files = [str(f) for f in expand([national_folder])[:count]]
    out = tmp_path / "nacional.xlsx"
    memory = {}

    def job():
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
        r = subprocess.run([sys.executable, "-c", JOB, str(out), *files], capture_output=True, text=True, env=env, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        me, child = (int(x) for x in r.stdout.split()[-2:])
        memory.update(parent=me, worker=child)

    benchmark.pedantic(job, rounds=1, iterations=1)
    workers = min(os.cpu_count() or 1, 4)
    # the parent's peak plus every worker at the largest worker's peak: an upper bound of the whole job
    benchmark.extra_info.update(figure=f"consolidate_{count}", role="ours", plans=count,
                                peak_mb=round((memory["parent"] + workers * memory["worker"]) / 2**20))
    assert out.stat().st_size > 0

"""The peak memory of this process since it started running its program."""

from __future__ import annotations

import resource


def peak_bytes() -> int:
    """VmHWM, the high-water mark of the process's resident memory, where Linux reports it. Not ru_maxrss:
    Linux keeps in it the pages of the parent a child was forked from before it ran its program (a probe
    started by the benchmark process after the large plan's benchmarks reported 347 MB, whatever it did)."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) * 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux

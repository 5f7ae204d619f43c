"""One writer per plan: an OS lock on a small file beside the plan.

The operating system releases the lock when the process dies, so a crash never leaves a
plan locked. A second window or process that cannot take the lock opens the plan
read-only and says why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def lock_path(plan: Path) -> Path:
    return plan.with_name(f".~{plan.name}.lock")


class PlanLock:
    def __init__(self, plan: Path) -> None:
        self.path = lock_path(plan)
        self._fh = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it. Raises OSError if it cannot be created."""
        fh = open(self.path, "a+b")
        try:
            if sys.platform.startswith("win"):
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            self._fh.close()  # closing drops the lock
        finally:
            self._fh = None
            try:
                os.remove(self.path)
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fh is not None

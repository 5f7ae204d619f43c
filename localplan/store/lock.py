"""One writer per plan, whatever the path: OS locks on small files, keyed by the file.

Two locks are taken, both non-blocking:

- the *identity* lock, in the user's data folder, named after the plan file's identity
  (device and inode; the resolved path where the system gives none), so a symlink or a
  hard link to a plan finds the lock its other names took;
- the *folder* lock, `.~NAME.lock` beside the plan's resolved path, which another computer
  opening the plan over a shared folder also sees.

The operating system releases a lock when the process dies, so a crash never leaves a
plan locked. A second window or process that cannot take the lock opens the plan
read-only and says why. Lock files are not deleted on release: removing one would let a
process that had just opened it lock a file nobody else finds any more (the unlink race).
Only an open that is refused removes the lock files it created itself (`discard`), and a
lock is only counted as taken once the locked file is checked to still be the one in place.
Lock files are opened without following symlinks and without blocking, and must be
regular files.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path


def _resolved(plan: Path) -> Path:
    try:
        return plan.resolve()
    except (OSError, RuntimeError):  # a symlink loop: keep the name given
        return plan.absolute()


def lock_path(plan: Path) -> Path:
    """The folder lock of a plan: beside the file the path finally names."""
    real = _resolved(Path(plan))
    return real.with_name(f".~{real.name}.lock")


def identity(plan: Path) -> str:
    """What names the plan file whatever path reaches it: device and inode, or the resolved path."""
    try:
        st = os.stat(plan)
    except OSError:
        st = None
    if st is not None and st.st_ino:
        return f"{st.st_dev:x}-{st.st_ino:x}"
    key = os.path.normcase(str(_resolved(Path(plan))))
    return "p-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def identity_lock_path(plan: Path) -> Path:
    from localplan.paths import user_data_dir

    return user_data_dir() / "locks" / f"{identity(plan)}.lock"


def _open_lock_file(path: Path) -> int:
    """A descriptor of a regular lock file (created when missing); never follows a symlink, never blocks."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform.startswith("win"):
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd` (not removed or replaced meanwhile)."""
    held = os.fstat(fd)
    try:
        now = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return not held.st_ino or (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _take(path: Path) -> tuple[int | None, bool]:
    """Lock the lock file at `path`: (descriptor, whether this call created the file), or
    (None, False) when another process holds it. A lock file removed between our open and
    our lock (a refused open discards the files it made) locks nothing any more: the file now
    in its place is taken instead, so two openers never hold two different files."""
    for _attempt in range(5):
        fresh = not os.path.lexists(path)
        fd = _open_lock_file(path)
        if not _try_lock(fd):
            os.close(fd)
            return None, False
        if _same_file(fd, path):
            return fd, fresh
        os.close(fd)
    raise OSError(f"{path} keeps being replaced")


class PlanLock:
    def __init__(self, plan: Path) -> None:
        self.plan = Path(plan)
        self.path = lock_path(self.plan)
        self._fds: list[int] = []
        self._created: list[Path] = []  # lock files this acquire made (see discard)

    def acquire(self) -> bool:
        """Take the lock; False when another process (or window) holds it.

        Raises OSError when the folder lock cannot be created (a folder that cannot be written).
        """
        fds: list[int] = []
        ok = False
        try:
            try:
                ident = identity_lock_path(self.plan)
                ident.parent.mkdir(parents=True, exist_ok=True)
                fd, fresh = _take(ident)
            except OSError:
                pass  # no private folder to lock in: the folder lock alone still guards the usual path
            else:
                if fd is None:
                    return False
                fds.append(fd)
                if fresh:
                    self._created.append(ident)
            fd, fresh = _take(self.path)
            if fd is None:
                return False
            fds.append(fd)
            if fresh:
                self._created.append(self.path)
            ok = True
        finally:
            if not ok:
                self._close(fds)
        self._fds = fds
        return True

    @staticmethod
    def _close(fds: list[int]) -> None:
        for fd in fds:
            try:
                os.close(fd)  # closing drops the lock
            except OSError:
                pass
        fds.clear()

    def discard(self) -> None:
        """Drop the lock after a refused open, removing the lock files this open created, so
        a file that is not a plan is left with nothing beside it. (Removed while still held:
        a process that opened one meanwhile was opening the same refused file.)"""
        if self._fds:
            for path in self._created:
                try:
                    os.remove(path)
                except OSError:
                    pass
        self._created.clear()
        self.release()

    def release(self) -> None:
        """Drop the lock. The lock files stay (see the module's docstring)."""
        self._close(self._fds)

    @property
    def held(self) -> bool:
        return bool(self._fds)

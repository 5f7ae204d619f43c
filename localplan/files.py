"""Write a file so that a crash, a full disk or a killed process never leaves half of it.

The one way every file of LocalPlan is written (plan files, copies, backups, settings,
exports): a temporary file beside the target is written, flushed to disk (fsync), given
the permissions a normally created file gets, and renamed over the target; the folder is
then flushed too where the system allows it, so the rename itself survives a power cut.
A failed write leaves the old file (or nothing) and no temporary file; the temporary file
of a killed process (named `.tmp-localplan-…`, never the target's name) is removed by the
next write into that folder once it is old.

This module knows nothing of plans or exports: callers turn `OSError` into the message a
person reads (`FolderNotWritable` says the temporary file could not even be made).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_PREFIX = ".tmp-localplan-"
STALE_AFTER = 6 * 3600  # a temporary file this old was left by a killed process: removed by the next write


class FolderNotWritable(OSError):
    """The temporary file could not be made in the target's folder."""


def default_mode() -> int:
    """Permissions a normally created file gets (mkstemp makes temporary files private)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk; a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep(folder: Path) -> None:
    """Remove temporary files a killed process left in `folder` (only ours, only old ones)."""
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(TEMP_PREFIX) and entry.is_file(follow_symlinks=False):
                    if now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                        os.unlink(entry.path)
    except OSError:
        pass


def temp_beside(target: str | os.PathLike[str], suffix: str | None = None) -> Path:
    """A new empty temporary file in `target`'s folder (`FolderNotWritable` if it cannot be made).
    The caller writes it, then calls `put_in_place` — or removes it."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=target.suffix[:16] if suffix is None else suffix)
        os.close(fd)
    except OSError as exc:
        raise FolderNotWritable(exc.errno, exc.strerror, str(folder)) from exc
    sweep(folder)
    return Path(name)


def put_in_place(tmp: Path, target: str | os.PathLike[str]) -> None:
    """Flush `tmp` to disk, give it normal permissions, rename it over `target`, flush the folder."""
    target = Path(target)
    with open(tmp, "rb+") as fh:  # on disk before it takes the target's name
        os.fsync(fh.fileno())
    os.chmod(tmp, default_mode())
    os.replace(tmp, target)
    fsync_folder(target.parent if str(target.parent) else Path("."))


@contextmanager
def replacing(target: str | os.PathLike[str], suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write; when the block succeeds it is put in
    place (`put_in_place`). On any failure the temporary file is removed and the exception goes
    on unchanged (`FolderNotWritable` when it could not be made)."""
    tmp = temp_beside(target, suffix)
    try:
        yield tmp
        put_in_place(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    with replacing(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)

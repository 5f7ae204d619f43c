"""Write export files atomically, and never over what must not be lost.

Every output is written to a temporary file beside the target, flushed to disk (fsync),
then renamed over the target: a failed export leaves the old file (or nothing) and no
temporary file; the temporary file of a killed export (named `.tmp-localplan-…`, never
the target's name) is removed by the next export into that folder. An export never replaces a plan file, and the commands
(`guard_outputs`) also refuse to write over one of their own inputs, or over an existing
file unless `--force` is given (the window asks before it calls the writers).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from localplan.errors import UserError
from localplan.i18n import translate
from localplan.store.regular import exists, fault_reason  # noqa: F401 - fault_reason is used by the writers too

SQLITE_HEADER = b"SQLite format 3\x00"
TEMP_PREFIX = ".tmp-localplan-"
STALE_AFTER = 6 * 3600  # a temporary file this old was left by a killed export: removed by the next one


def is_plan_file(path: Path) -> bool:
    """True when `path` is (or links to) a file that starts like a plan (an SQLite database)."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        try:
            return a.resolve() == b.resolve()
        except (OSError, RuntimeError):
            return False


def guard_outputs(outputs: Iterable[Path], inputs: Iterable[Path] = (), force: bool = False) -> None:
    """Refuse, before anything is written, an output that is a plan file, an input of the same
    command, another output of it, or an existing file when `force` is not given."""
    inputs = [Path(p) for p in inputs]
    seen: list[Path] = []
    for out in (Path(p) for p in outputs):
        name = out.name or str(out)
        present = exists(out)  # a name the system cannot look up (too long) is refused here, with its reason
        if any(same_file(out, i) for i in inputs):
            raise UserError(translate("Export", "“{name}” is an input of this command; it was not overwritten.").format(name=name))
        if any(same_file(out, o) for o in seen):
            raise UserError(translate("Export", "“{name}” is named for two outputs.").format(name=name))
        seen.append(out)
        if present and is_plan_file(out):
            raise UserError(translate("Export", "“{name}” is a plan file; an export never overwrites a plan.").format(name=name))
        if present and out.is_dir():
            if out.suffix:
                raise UserError(translate("Export", "“{name}” is a folder.").format(name=name))
            continue
        if (present or out.is_symlink()) and not force:
            raise UserError(translate("Export", "“{name}” already exists; add --force to replace it.").format(name=name))


def _sweep(folder: Path) -> None:
    """Remove temporary files a killed export left in `folder` (only ours, only old ones)."""
    import time

    now = time.time()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(TEMP_PREFIX) and entry.is_file(follow_symlinks=False):
                    if now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                        os.unlink(entry.path)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
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


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path to write; it replaces `target` only if the block succeeds.

    A plan file is never replaced (an export named after a plan is refused)."""
    target = Path(target)
    if is_plan_file(target):
        raise UserError(translate("Export", "“{name}” is a plan file; an export never overwrites a plan.").format(name=target.name))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=target.suffix[:16])
        os.close(fd)
        _sweep(folder)
    except OSError as exc:
        raise UserError(translate("Export", "Cannot write in the folder “{folder}” ({reason}).").format(
            folder=folder, reason=fault_reason(exc))) from None
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:  # on disk before it takes the target's name
            os.fsync(fh.fileno())
        os.chmod(tmp, default_mode())
        os.replace(tmp, target)
        _fsync_folder(folder)
    except OSError as exc:
        raise UserError(translate("Export", "Cannot write “{name}” ({reason}).").format(
            name=target.name, reason=fault_reason(exc))) from None
    finally:
        tmp.unlink(missing_ok=True)


def default_mode() -> int:
    """Permissions a normally created file gets (mkstemp makes temp files private)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_text(target: Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target

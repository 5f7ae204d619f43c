"""Write export files atomically, and never over what must not be lost.

Every output is written through `localplan.files.replacing` (temporary file beside the
target, fsync, rename): a failed export leaves the old file (or nothing) and no temporary
file. An export never replaces a plan file, and the commands
(`guard_outputs`) also refuse to write over one of their own inputs, or over an existing
file unless `--force` is given (the window asks before it calls the writers).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from localplan import files
from localplan.errors import UserError
from localplan.i18n import translate
from localplan.store.regular import exists, fault_reason  # noqa: F401 - fault_reason is used by the writers too

SQLITE_HEADER = b"SQLite format 3\x00"


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


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path to write; it replaces `target` only if the block succeeds (`files.replacing`).

    A plan file is never replaced (an export named after a plan is refused)."""
    target = Path(target)
    if is_plan_file(target):
        raise UserError(translate("Export", "“{name}” is a plan file; an export never overwrites a plan.").format(name=target.name))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with files.replacing(target) as tmp:
            yield tmp
    except OSError as exc:
        if isinstance(exc, files.FolderNotWritable) or not folder.is_dir():
            raise UserError(translate("Export", "Cannot write in the folder “{folder}” ({reason}).").format(
                folder=folder, reason=fault_reason(exc))) from None
        raise UserError(translate("Export", "Cannot write “{name}” ({reason}).").format(
            name=target.name, reason=fault_reason(exc))) from None


def write_text(target: Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target

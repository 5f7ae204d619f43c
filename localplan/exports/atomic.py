"""Write export files atomically: a temp file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from localplan.errors import UserError
from localplan.i18n import translate


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path to write; it replaces `target` only if the block succeeds."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=target.suffix)
        os.close(fd)
    except OSError as exc:
        raise UserError(translate("Export", "Cannot write in the folder “{folder}” ({reason}).").format(
            folder=folder, reason=exc.strerror or exc)) from None
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, default_mode())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(translate("Export", "Cannot write “{name}” ({reason}).").format(
            name=target.name, reason=exc.strerror or exc)) from None
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

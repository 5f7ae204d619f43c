"""Open only regular files, never block, read within a limit.

A name may lead to a named pipe (FIFO), a device or a socket — directly or through a
symlink. Opening a FIFO for reading blocks until a writer comes, and a device such as
/dev/zero never ends, so every input is opened without blocking and judged on the open
handle (`fstat`), not on its name (which may change between a check and an open).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from localplan.errors import UserError
from localplan.i18n import QT_TR_NOOP, tr

KINDS = {
    stat.S_IFDIR: QT_TR_NOOP("“{name}” is a folder, not a file."),
    stat.S_IFIFO: QT_TR_NOOP("“{name}” is a named pipe (FIFO), not a file; it was not read."),
    stat.S_IFCHR: QT_TR_NOOP("“{name}” is a device, not a file; it was not read."),
    stat.S_IFBLK: QT_TR_NOOP("“{name}” is a device, not a file; it was not read."),
    stat.S_IFSOCK: QT_TR_NOOP("“{name}” is a socket, not a file; it was not read."),
}


class NotRegularFile(UserError):
    """The name leads to something that is not a regular file (or cannot be opened)."""


def _refuse(mode: int, name: str) -> None:
    template = KINDS.get(stat.S_IFMT(mode), QT_TR_NOOP("“{name}” is not a regular file; it was not read."))
    raise NotRegularFile(tr(template).format(name=name))


def open_regular(path: str | os.PathLike[str], name: str | None = None) -> BinaryIO:
    """A binary file object of a regular file, opened without blocking; checked on the handle."""
    path = Path(path)
    name = name or path.name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotRegularFile(tr(KINDS[stat.S_IFDIR]).format(name=name)) from None
    except FileNotFoundError:
        raise NotRegularFile(tr("The file “{name}” does not exist.").format(name=name)) from None
    except OSError as exc:
        raise NotRegularFile(tr("Cannot read “{name}” ({reason}).").format(name=name, reason=exc.strerror or exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            _refuse(mode, name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_regular(path: str | os.PathLike[str], name: str | None = None) -> int:
    """Refuse anything but a regular file (checked on an open handle); return its size."""
    with open_regular(path, name) as fh:
        return os.fstat(fh.fileno()).st_size


def read_limited(path: str | os.PathLike[str], limit: int, too_large: str, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `too_large` (translated, with
    {name}, {size} and {limit} in MB) is raised otherwise — also when the file grows while read."""
    path = Path(path)
    name = name or path.name
    with open_regular(path, name) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise NotRegularFile(too_large.format(name=name, size=size // 2**20, limit=limit // 2**20))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise NotRegularFile(tr("Cannot read “{name}” ({reason}).").format(name=name, reason=exc.strerror or exc)) from None
    if len(data) > limit:
        raise NotRegularFile(too_large.format(name=name, size=len(data) // 2**20, limit=limit // 2**20))
    return data

"""Open only regular files, never block, read within a limit.

A name may lead to a named pipe (FIFO), a device or a socket — directly or through a
symlink. Opening a FIFO for reading blocks until a writer comes, and a device such as
/dev/zero never ends, so every input is opened without blocking and judged on the open
handle (`fstat`), not on its name (which may change between a check and an open).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from typing import BinaryIO

from localplan.errors import UserError, ValidationError  # noqa: F401
from localplan.i18n import QT_TR_NOOP, tr, translate

KINDS = {
    stat.S_IFDIR: QT_TR_NOOP("“{name}” is a folder, not a file."),
    stat.S_IFIFO: QT_TR_NOOP("“{name}” is a named pipe (FIFO), not a file; it was not read."),
    stat.S_IFCHR: QT_TR_NOOP("“{name}” is a device, not a file; it was not read."),
    stat.S_IFBLK: QT_TR_NOOP("“{name}” is a device, not a file; it was not read."),
    stat.S_IFSOCK: QT_TR_NOOP("“{name}” is a socket, not a file; it was not read."),
}


class NotRegularFile(ValidationError):
    """The name leads to something that is not a regular file (or cannot be opened)."""


def fault_reason(exc: BaseException) -> str:
    """Why the disk refused, in the user's language (the system's own text is English)."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_FULL":
            return translate("Export", "the disk is full")
        if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN"):
            return translate("Export", "the folder cannot be written")
        return str(exc)
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return translate("Export", "the disk is full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("Export", "the folder cannot be written")
    if code == errno.ENAMETOOLONG:
        return translate("Export", "the name is too long for the file system")
    if code == errno.ENOENT:
        return translate("Export", "the folder does not exist")
    if code == errno.EISDIR:
        return translate("Export", "a folder has that name")
    if code == errno.ELOOP:
        return translate("Export", "the name is a loop of symbolic links")
    return getattr(exc, "strerror", None) or str(exc)


def exists(path: str | os.PathLike[str]) -> bool:
    """Whether a name leads to something; a name the system cannot even look up is refused with its reason."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return True  # something is there (a symlink loop); opening it will say so
        raise NotRegularFile(tr("Cannot use “{name}” ({reason}).").format(name=Path(path).name[:80] or str(path)[:80],
                                                                           reason=fault_reason(exc))) from None
    return True


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
        raise NotRegularFile(tr("Cannot read “{name}” ({reason}).").format(name=name[:80], reason=fault_reason(exc))) from None
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

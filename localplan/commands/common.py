"""Shared bits of the commands: printing to the console (plans are read by `domain.read.read_plan`)."""

from __future__ import annotations

import sys
from collections.abc import Callable


def warn(text: str) -> None:
    try:
        print(text, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


_closed = {"stdout": False}


def say(text: str) -> None:
    """Print a line; when the reader went away (`| head`), the rest is dropped quietly and the command goes on."""
    if _closed["stdout"]:
        return
    try:
        print(text, flush=True)
    except BrokenPipeError:
        stdout_closed()


def stdout_closed() -> None:
    """Stop writing to a closed stdout: point it at the null device, so no flush at exit fails either."""
    import os

    _closed["stdout"] = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def plural(count: int, one: str, other: str, **values: object) -> str:
    """The singular or plural form of a translated message, with {count} (and `values`) filled in.

    Spanish and English have two forms (one / other); callers pass both through tr() so lupdate sees them."""
    return (one if count == 1 else other).format(count=count, **values)


def file_size(size: int) -> str:
    """A file size as a person reads it: «245,6 KB»."""
    from localplan.formatting import number

    if size < 1024:
        return f"{size} B"
    for unit, scale in (("KB", 1024), ("MB", 1024 ** 2), ("GB", 1024 ** 3)):
        if size < scale * 1024 or unit == "GB":
            return f"{number(size / scale, 1)} {unit}"
    return str(size)


def progress_printer(quiet: bool = False) -> Callable[[int, int, str], None]:
    last: dict[str, str | None] = {"msg": None}

    def progress(done: int, total: int, message: str) -> None:
        if quiet or not sys.stderr.isatty():
            return
        if message != last["msg"] or done == total:
            print(f"  {message} {done}/{total}", file=sys.stderr, flush=True)
            last["msg"] = message

    return progress

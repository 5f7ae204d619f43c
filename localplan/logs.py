"""Rotating log file in the user data folder: tracebacks go here, never to the user."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from localplan import paths

_configured: Path | None = None
log = logging.getLogger("localplan")
MAX_BYTES = 1_000_000
BACKUPS = 3


class RotatingLog(logging.FileHandler):
    """A log file that moves aside (".1" … ".3") when it passes `max_bytes`.

    The standard library's RotatingFileHandler does the same, but importing
    `logging.handlers` pulls in sockets, pickle and queues: a tenth of the program's
    start-up, for a class of twenty lines."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full():
                self._rotate()
        except OSError:
            pass  # a log that cannot rotate keeps growing rather than losing the message
        super().emit(record)

    def _full(self) -> bool:
        if self.stream is not None:
            return self.stream.tell() >= self.max_bytes
        return os.path.exists(self.baseFilename) and os.path.getsize(self.baseFilename) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for n in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def log_file() -> Path:
    return paths.logs_dir() / "localplan.log"


def setup() -> Path | None:
    """Configure the rotating log once; return its path (None if it cannot be written)."""
    global _configured
    if _configured is not None:
        return _configured
    target = log_file()
    try:
        paths.ensure_dir(target.parent)
        handler = RotatingLog(target)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _configured = target
    return target


def log_exception(message: str) -> Path | None:
    """Log the current exception with its traceback; return the log's path."""
    path = setup()
    log.exception(message)
    return path

"""Rotating log file in the user data folder: tracebacks go here, never to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from localplan import paths

_configured: Path | None = None
log = logging.getLogger("localplan")


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
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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

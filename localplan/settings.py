"""User settings kept as a small JSON file in the user data folder (no Qt).

Language and recent files must be readable by the command line too, so they do not live
in QSettings. Writes are atomic (`files.replacing`); a broken file is treated as empty.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from localplan import files, paths

MAX_RECENT = 10
LANGUAGES = ("es", "en")


def _file() -> Path:
    return paths.user_data_dir() / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(_read_small(_file()).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_small(path: Path, limit: int = 1 << 20) -> bytes:
    """A regular file of at most `limit` bytes (a FIFO or a device in its place is never waited on)."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValueError("settings too large")
    return data


def save(data: dict[str, Any]) -> None:
    target = _file()
    try:
        paths.ensure_dir(target.parent)
        files.write_bytes(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError:
        # Settings are a convenience: a read-only profile must not stop the work.
        pass


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def set_value(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    save(data)


def get_bytes(key: str) -> bytes | None:
    """Binary window state (geometry, splitters), kept here rather than in QSettings so that
    it follows LOCALPLAN_HOME and portable mode like everything else."""
    import base64
    import binascii

    text = get(key)
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None


def set_bytes(key: str, value: bytes) -> None:
    import base64

    set_value(key, base64.b64encode(value).decode("ascii"))


def language() -> str:
    env = os.environ.get("LOCALPLAN_LANG")
    if env in LANGUAGES:
        return env
    lang = get("language", "es")
    return lang if lang in LANGUAGES else "es"


def recent_files() -> list[str]:
    items = get("recent_files", [])
    return [str(p) for p in items if isinstance(p, str)][:MAX_RECENT]


def add_recent_file(path: str | os.PathLike[str]) -> None:
    text = str(Path(path).resolve())
    items = [p for p in recent_files() if p != text]
    set_value("recent_files", [text, *items][:MAX_RECENT])


def remove_recent_file(path: str) -> None:
    set_value("recent_files", [p for p in recent_files() if p != path])

"""Where things live: bundled resources, the user data folder, portable mode.

No Qt here. The user data folder holds settings, recent files, backups and logs.
`LOCALPLAN_HOME` overrides it (tests, trainers); a file named `portable.txt` beside the
program (or the frozen executable) keeps everything in a `LocalPlanData` folder beside it.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

PORTABLE_MARKER = "portable.txt"


def resources_dir() -> Path:
    """The folder holding reference data, fonts, translations and guidance.

    Inside a frozen build it is `resources/` in the bundle (build.spec puts it there).
    Installed (a wheel in any prefix, `--user`, `--target`, or editable), it is the package
    `localplan._resources`, which setup.py makes of the repository's top-level resources/
    folder, found with importlib.resources. A checkout run without installing falls back to
    that folder beside the package."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    try:
        root = importlib.resources.files("localplan._resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
    # Installed as plain files (never zipped: the wheel is not zip-safe, PyInstaller unpacks)
    return Path(str(root))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir() -> Path | None:
    base = program_dir()
    if (base / PORTABLE_MARKER).exists():
        return base / "LocalPlanData"
    return None


def user_data_dir() -> Path:
    override = os.environ.get("LOCALPLAN_HOME")
    if override:
        path = Path(override)
    elif (portable := portable_data_dir()) is not None:
        path = portable
    elif sys.platform.startswith("win"):
        path = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "LocalPlan"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / "LocalPlan"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "localplan"
    return path


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def logs_dir() -> Path:
    return user_data_dir() / "logs"

"""The tests never touch the developer's own profile.

conftest.py points HOME, the XDG folders and the Windows profile folders at a private
folder for the whole session (before anything reads them: Qt, settings, logs, the default
export folder), and at the end compares LocalPlan's places in the real profile with what
they were when the session began. A difference fails the session.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

REAL_HOME_VAR = "LOCALPLAN_TEST_REAL_HOME"  # set once by the first conftest (xdist workers inherit it)
PROFILE_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA")


def places(home: Path, env: Mapping[str, str]) -> list[Path]:
    """Where LocalPlan (or Qt on its behalf) could write in the profile of `home`. Qt's own
    QtProject.conf (file dialog history) is not watched: every Qt program the developer runs
    meanwhile writes it; the private HOME keeps the tests away from it all the same."""
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    cache = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    state = Path(env.get("XDG_STATE_HOME") or home / ".local" / "state")
    roaming = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
    found = [config / "LocalPlan", config / "localplan", config / "LocalPlan.conf",
             data / "LocalPlan", data / "localplan", cache / "LocalPlan", cache / "localplan",
             state / "LocalPlan", state / "localplan", roaming / "LocalPlan", local / "LocalPlan",
             home / "Library" / "Application Support" / "LocalPlan", home / "Library" / "Preferences" / "LocalPlan",
             home / "Documents" / "LocalPlan", home / "LocalPlan"]
    return list(dict.fromkeys(found))


def state(where: list[Path], limit: int = 20_000) -> dict[str, tuple[int, int] | None]:
    """Every file under each place, with its size and modification time (None: missing)."""
    out: dict[str, tuple[int, int] | None] = {}
    for place in where:
        if not place.exists():
            out[str(place)] = None
            continue
        files = [place] if not place.is_dir() else [p for p in place.rglob("*") if not p.is_dir()][:limit]
        out[str(place)] = (len(files), 0)
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            out[str(f)] = (st.st_size, st.st_mtime_ns)
    return out


def changes(before: dict, after: dict) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def redirect(env: os._Environ | dict) -> tuple[Path, Path, bool]:
    """Point the profile variables of `env` at a private folder. Returns (real home, private
    home, whether this call made it): a process that inherits a redirected environment
    (an xdist worker, a subprocess) keeps its parent's private folder."""
    if env.get(REAL_HOME_VAR):
        return Path(env[REAL_HOME_VAR]), Path(env["HOME"]), False
    real = Path(os.path.expanduser("~"))
    private = Path(tempfile.mkdtemp(prefix="localplan-tests-home-"))
    env[REAL_HOME_VAR] = str(real)
    env["HOME"] = env["USERPROFILE"] = str(private)
    env["XDG_CONFIG_HOME"] = str(private / ".config")
    env["XDG_DATA_HOME"] = str(private / ".local" / "share")
    env["XDG_CACHE_HOME"] = str(private / ".cache")
    env["XDG_STATE_HOME"] = str(private / ".local" / "state")
    env["APPDATA"] = str(private / "AppData" / "Roaming")
    env["LOCALAPPDATA"] = str(private / "AppData" / "Local")
    return real, private, True

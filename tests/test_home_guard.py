"""One settings store, and the tests never touch the developer's profile.

Window geometry and splitter state live in settings.json with the other settings (which
follows LOCALPLAN_HOME and portable mode); nothing uses a default QSettings (which wrote
~/.config/LocalPlan/LocalPlan.conf, ignoring both). conftest gives the session a private
HOME; tests/home_guard.py checks at the end that the real profile is unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import home_guard

ROOT = Path(__file__).resolve().parent.parent


def test_the_session_runs_with_a_private_home():
    real = Path(os.environ[home_guard.REAL_HOME_VAR])
    home = Path.home()
    assert home != real and home.name.startswith("localplan-tests-home-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        assert Path(os.environ[var]).is_relative_to(home), var


def test_qt_writes_its_files_under_the_private_home(qapp):
    from PySide6.QtCore import QStandardPaths

    for kind in (QStandardPaths.StandardLocation.ConfigLocation, QStandardPaths.StandardLocation.GenericConfigLocation,
                 QStandardPaths.StandardLocation.AppDataLocation, QStandardPaths.StandardLocation.CacheLocation):
        assert Path(QStandardPaths.writableLocation(kind)).is_relative_to(Path.home()), kind


def test_the_guard_sees_a_profile_created_or_changed(tmp_path):
    home = tmp_path / "someone"
    (home / ".local" / "share" / "localplan").mkdir(parents=True)
    (home / ".local" / "share" / "localplan" / "settings.json").write_text("{}")
    where = home_guard.places(home, {})
    before = home_guard.state(where)
    assert not home_guard.changes(before, home_guard.state(where))
    (home / ".config" / "LocalPlan").mkdir(parents=True)
    (home / ".config" / "LocalPlan" / "LocalPlan.conf").write_text("[General]\n")
    os.utime(home / ".local" / "share" / "localplan" / "settings.json", ns=(1, 1))
    changed = home_guard.changes(before, home_guard.state(where))
    assert str(home / ".config" / "LocalPlan" / "LocalPlan.conf") in changed
    assert str(home / ".local" / "share" / "localplan" / "settings.json") in changed


def test_window_state_is_kept_in_settings_json(qtbot, user_home, new_plan):
    from localplan import settings
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_plan(new_plan)
    window.resize(784, 500)  # the offscreen screen is 800 wide; a fresh window is 560 high
    assert window.close()
    stored = json.loads((user_home / "settings.json").read_text(encoding="utf-8"))
    assert settings.get_bytes("main_window_geometry") and "plan_view_splitter" in stored
    assert not (Path.home() / ".config" / "LocalPlan").exists()
    assert not (Path.home() / ".config" / "LocalPlan.conf").exists()
    again = MainWindow()  # the next window takes its size from there
    qtbot.addWidget(again)
    assert again.height() == 500


def test_nothing_uses_a_default_qsettings():
    users = [str(p.relative_to(ROOT)) for p in (ROOT / "localplan").rglob("*.py")
             if "QSettings(" in p.read_text(encoding="utf-8") or "import QSettings" in p.read_text(encoding="utf-8")]
    assert not users

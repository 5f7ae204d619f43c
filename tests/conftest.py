"""Shared fixtures. Qt runs offscreen; every test gets its own user data folder; the whole
session runs with a private HOME (and XDG/AppData folders), and fails if the developer's
real profile changed (tests/home_guard.py)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

sys.path.insert(0, os.path.dirname(__file__))
import home_guard  # noqa: E402

_REAL_PLACES = home_guard.places(Path(os.path.expanduser("~")), dict(os.environ))
REAL_HOME, SESSION_HOME, OWNS_HOME = home_guard.redirect(os.environ)  # before Qt, settings or logs read them
if OWNS_HOME:
    _REAL_BEFORE = home_guard.state(_REAL_PLACES)

import pytest  # noqa: E402


def pytest_sessionfinish(session, exitstatus):
    """The real profile is as it was: a test that wrote there fails the session."""
    if not OWNS_HOME:
        return
    changed = home_guard.changes(_REAL_BEFORE, home_guard.state(_REAL_PLACES))
    shutil.rmtree(SESSION_HOME, ignore_errors=True)
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "the tests changed the real profile in " + str(REAL_HOME) + ":\n  " + "\n  ".join(changed[:20])
        if reporter is not None:
            reporter.write_line("FAILED (home guard): " + message, red=True)
        else:
            print(message, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory, monkeypatch):
    """A private user data folder (settings, backups, logs) and Spanish by default."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LOCALPLAN_HOME", str(home))
    monkeypatch.delenv("LOCALPLAN_LANG", raising=False)
    from localplan import i18n

    i18n.set_language("es")
    yield home
    i18n.set_language("es")


@pytest.fixture
def example(tmp_path):
    """The example plan, open for editing."""
    from localplan.demo import build_example
    from localplan.domain.plan import Plan

    plan = Plan.open(build_example(tmp_path / "ejemplo.lplan"))
    yield plan
    plan.close()


@pytest.fixture
def new_plan(tmp_path):
    """A fresh, empty plan for Tulcán, open for writing."""
    from localplan.domain.plan import Plan

    plan = Plan.create(tmp_path / "tulcan.lplan", {
        "gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal",
        "period_start": 2023, "period_end": 2027,
    })
    yield plan
    plan.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Background work a test started never outlives it: before pytest-qt closes the test's
    windows (which would ask, in a modal box, whether to wait for that work), it is stopped and
    waited for. Without this, work left by one test made a later test's teardown wait forever."""
    yield
    import sys

    worker = sys.modules.get("localplan.ui.worker")
    if worker is not None and worker.running():
        worker.stop_all()
        worker.wait_all(30_000)

"""Shared fixtures. Qt runs offscreen; every test gets its own user data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402


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

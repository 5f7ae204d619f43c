"""Benchmark fixtures: synthetic plans generated once per run from the specs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def bench_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    os.environ["LOCALPLAN_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def large_plan(tmp_path_factory, bench_home) -> Path:
    from localplan import synthetic

    return synthetic.write_plan(tmp_path_factory.mktemp("large") / "metropolitano.lplan", "large", seed=0)


@pytest.fixture(scope="session")
def large_data(large_plan):
    from localplan.commands.common import read_plan

    return read_plan(str(large_plan))


@pytest.fixture(scope="session")
def national_folder(tmp_path_factory, bench_home) -> Path:
    """1,800 small plans (every canton several times over, like every GAD of the country)."""
    from localplan import synthetic
    from localplan.reference import dpa

    folder = tmp_path_factory.mktemp("national")
    codes = [u.code for u in dpa().level_units("canton")] + [u.code for u in dpa().level_units("parish")]
    for n, code in enumerate(codes[:1800]):
        synthetic.write_plan(folder / f"{n:04d}_{code}.lplan", "small", seed=n, gad_code=code)
    return folder

"""Benchmark fixtures: synthetic plans generated once per run from the specs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session):
    """Byte-compile the program first, as pip and the desktop build do: a machine with
    PYTHONDONTWRITEBYTECODE set (this one) would otherwise compile every module of ours on
    every start, which no user's installation does, while the libraries' are compiled."""
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "localplan"), quiet=1)


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
    from localplan.domain.read import read_plan

    return read_plan(str(large_plan))


@pytest.fixture(scope="session")
def national_folder(tmp_path_factory, bench_home) -> Path:
    """1,800 small plans: every province, canton and parish (1,641 GADs) plus 159 re-submissions."""
    from localplan import synthetic
    from localplan.reference import dpa

    folder = tmp_path_factory.mktemp("national")
    codes = [u.code for level in ("province", "canton", "parish") for u in dpa().level_units(level)]
    codes += codes[: 1800 - len(codes)]
    for n, code in enumerate(codes):
        synthetic.write_plan(folder / f"{n:04d}_{code}.lplan", "small", seed=n, gad_code=code)
    return folder

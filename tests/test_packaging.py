"""Everything the program reads at run time ships in a wheel and in the frozen build."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_resource_file_is_in_the_wheel_data_files():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = [g for patterns in config["tool"]["setuptools"]["data-files"].values() for g in patterns]
    shipped = {p for g in globs for p in ROOT.glob(g) if p.is_file()}
    present = {p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert present - shipped == set(), "add these to [tool.setuptools.data-files]"


def test_build_spec_ships_the_resources_folder():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert "collect_submodules(\"localplan\")" in spec

"""Everything the program reads at run time ships in a wheel and in the frozen build."""

import tomllib
from pathlib import Path

import pytest

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


def test_every_code_folder_is_a_regular_package():
    """Without __init__.py a folder is a namespace package: setuptools' find_packages leaves it
    out of the wheel and PyInstaller's collect_submodules skips it (the frozen build once lost
    the ordinance pages that way)."""
    folders = {p.parent for p in (ROOT / "localplan").rglob("*.py")}
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert missing == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # setuptools' own import
def test_the_wheel_finds_every_package():
    """setuptools' package discovery, as pyproject.toml configures it, sees every code folder."""
    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = set(find_packages(str(ROOT), include=config["tool"]["setuptools"]["packages"]["find"]["include"]))
    folders = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "localplan").rglob("*.py")}
    assert folders - found == set()

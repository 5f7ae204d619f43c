"""Everything the program reads at run time ships in a wheel and in the frozen build."""

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_resource_file_is_in_the_package_data():
    """resources/ is installed as the package localplan._resources (setup.py) with all its files."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-data"]["localplan._resources"] == ["**/*"]
    assert "data-files" not in config["tool"]["setuptools"]  # never again under <prefix>/share
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"localplan._resources"' in setup and 'package_dir={"localplan._resources": "resources"}' in setup


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


def _install_into(tmp_path: Path) -> Path:
    """Build and install the project (no dependencies, no build isolation: offline) into a
    private folder with `pip install --target`, from a copy of the sources (the checkout's
    build/ folder is left alone)."""
    import shutil
    import subprocess
    import sys

    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "localplan", source / "localplan", ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "resources", ignore=ignore)
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                        "--no-index", "--target", str(target), str(source)], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    return target


READ_BACK = """
import json, sys
from pathlib import Path
import localplan
from localplan import paths
from localplan.reference import loader
assert Path(localplan.__file__).is_relative_to(Path(sys.argv[1])), localplan.__file__
print(json.dumps({"resources": str(paths.resources_dir()), "provinces": len(loader.dpa().level_units("province")),
                  "fonts": sorted(p.name for p in paths.resource("fonts").iterdir())}))
"""


@pytest.mark.slow
def test_the_installed_package_reads_its_resources(tmp_path):
    """A wheel installed anywhere (here with --target, like --user or another prefix) carries
    resources/ inside the package and reads it with importlib.resources; nothing lands in
    <prefix>/share. Every code folder of the checkout is in the installed package too."""
    import json
    import os
    import subprocess
    import sys

    target = _install_into(tmp_path)
    assert not (target / "share").exists()
    shipped = {p.relative_to(target / "localplan" / "_resources") for p in (target / "localplan" / "_resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    present = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert present - shipped == set()
    folders = {p.parent.relative_to(ROOT) for p in (ROOT / "localplan").rglob("*.py")}
    assert {f for f in folders if not (target / f / "__init__.py").is_file()} == set()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    elsewhere = tmp_path / "elsewhere"  # not the checkout: its localplan/ must not be found
    elsewhere.mkdir()
    r = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, sys.argv[1]);" + READ_BACK.replace(
        "import json, sys", "import json"), str(target)], capture_output=True, text=True, env=env, cwd=elsewhere,
        timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert Path(got["resources"]) == target / "localplan" / "_resources"
    assert got["provinces"] == 24 and "DejaVuSans.ttf" in got["fonts"]

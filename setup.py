"""The package layout pyproject.toml alone cannot say: the top-level resources/ folder is
installed as the package `localplan._resources`, so every install form (a wheel, `pip
install --user`, `--prefix`, `--target`, an editable install) carries it beside the code
and `localplan.paths` reads it with importlib.resources. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["localplan", "localplan.*"]), "localplan._resources"],
    package_dir={"localplan._resources": "resources"},
)

"""The type check's to-do list (pyproject.toml [tool.mypy]) names modules that exist, so it stays honest."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _overrides() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True and config["python_version"] == "3.11"
    return config["overrides"]


def test_relaxed_modules_exist_and_are_listed_one_by_one():
    relaxed = [o for o in _overrides() if o.get("ignore_errors") or o.get("disallow_untyped_defs") is False]
    assert relaxed
    for override in relaxed:
        for module in override["module"]:
            if module == "localplan.ui.*":  # the window: the default level, by design
                continue
            assert "*" not in module, f"{module}: list relaxed modules one by one"
            path = ROOT / module.replace(".", "/")
            assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), f"{module} does not exist"


def test_missing_imports_are_ignored_only_for_untyped_libraries():
    ignored = [m for o in _overrides() if o.get("ignore_missing_imports") for m in o["module"]]
    assert ignored and not [m for m in ignored if m.startswith(("localplan", "PySide6"))]


# What is still relaxed, each with the change it waits for. The list may only shrink: a module
# added to a to-do list fails here (fix its types instead); one that is clean comes off both.
STILL_RELAXED: dict[str, str] = {}


def _relaxed() -> set[str]:
    return {m for o in _overrides() if o.get("ignore_errors") or o.get("disallow_untyped_defs") is False
            for m in o["module"]} - {"localplan.ui.*"}


def test_the_type_check_to_do_lists_only_shrink():
    grown = _relaxed() - set(STILL_RELAXED)
    assert not grown, f"relaxed again (fix their types instead): {sorted(grown)}"


def test_no_module_is_skipped_but_the_named_ones():
    ignored = {m for o in _overrides() if o.get("ignore_errors") for m in o["module"]}
    assert "localplan.ui.*" not in ignored  # the window is checked (at the default level), never skipped
    assert ignored <= set(STILL_RELAXED)

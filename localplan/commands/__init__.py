"""Headless sub-commands. Each module has `add(subparsers)` and `run(args) -> int`; none imports Qt."""

COMMANDS = ("new", "info", "export", "import")


def module(name: str):
    import importlib

    return importlib.import_module(f"localplan.commands.{name}_cmd")

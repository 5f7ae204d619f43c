"""Headless sub-commands. Each module has `add(subparsers)` and `run(args) -> int`; none imports Qt."""

COMMANDS = ("new", "info", "check", "export", "import", "verify", "template", "demo", "reset", "compare", "consolidate",
            "fork", "merge")


def module(name: str):
    import importlib

    return importlib.import_module(f"localplan.commands.{name}_cmd")

"""Headless sub-commands. Each module has `add(subparsers)` and `run(args) -> int`; none imports Qt."""

from types import ModuleType

COMMANDS = ("new", "info", "check", "export", "import", "verify", "template", "demo", "reset", "compare", "consolidate",
            "fork", "merge")


def module(name: str) -> ModuleType:
    # Looked up by name on purpose: the command line imports only the one sub-command it runs
    # (each pulls in reportlab, openpyxl or the store), and COMMANDS above lists every module,
    # which tests/test_cli.py imports one by one, so a broken module fails a test.
    import importlib

    return importlib.import_module(f"localplan.commands.{name}_cmd")

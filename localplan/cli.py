"""Entry point: the GUI by default, headless sub-commands otherwise (those import no Qt).

Exit codes: 0 success; 1 the checker found errors; 2 bad input or usage (one line on
stderr in the user's language, nothing left behind); 3 an unexpected fault (the traceback
goes to the log file, whose path the message gives).
"""

from __future__ import annotations

import argparse
import re
import sys

from localplan import __version__, i18n, logs, settings
from localplan.commands import COMMANDS, module
from localplan.errors import UserError
from localplan.i18n import QT_TR_NOOP, tr


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors said in the user's language, on one line."""

    PATTERNS = [
        (r"the following arguments are required: (.*)", "missing: {0}"),
        (r"unrecognized arguments: (.*)", "unknown option: {0}"),
        (r"argument (\S+): invalid choice: '?([^' ]*)'?.*", "invalid value for {0}: {1}"),
        (r"argument (\S+): expected one argument", "{0} needs a value"),
        (r"invalid choice: '?([^' ]*)'?.*", "unknown command: {0}"),
    ]

    def error(self, message: str) -> None:  # type: ignore[override]
        detail = message
        for pattern, template in self.PATTERNS:
            m = re.match(pattern, message)
            if m:
                detail = tr(template).format(*m.groups())
                break
        sys.stderr.write(tr("localplan: {detail} (see “localplan --help”)").format(detail=detail) + "\n")
        sys.exit(2)


# argparse's own messages, said again in the user's language
QT_TR_NOOP("missing: {0}")
QT_TR_NOOP("unknown option: {0}")
QT_TR_NOOP("invalid value for {0}: {1}")
QT_TR_NOOP("{0} needs a value")
QT_TR_NOOP("unknown command: {0}")


def _language(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in settings.LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in settings.LANGUAGES:
            return arg.split("=", 1)[1]
    return settings.language()


def _first_word(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def gui_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="localplan", description=tr(
        "LocalPlan: human mobility in the development and land-use plan (PDOT). "
        "Without a command it opens the window. Commands: {commands}.").format(commands=", ".join(COMMANDS)))
    p.add_argument("plan", nargs="?", metavar="PLAN.lplan", help=tr("a plan file to open"))
    p.add_argument("--lang", choices=settings.LANGUAGES, help=tr("language of the interface (es or en)"))
    p.add_argument("--smoke", action="store_true", help=tr("show the main window once and exit (checks an installation)"))
    p.add_argument("--screenshots", metavar="FOLDER", help=tr(
        "draw the windows offscreen into FOLDER as PNG files and exit (compares a build with an installation)"))
    p.add_argument("--version", action="version", version=f"LocalPlan {__version__}")
    return p


def command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="localplan")
    p.add_argument("--lang", choices=settings.LANGUAGES, help=tr("language of messages (es or en)"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS:
        module(name).add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language(argv))
    is_command = _first_word(argv) in COMMANDS
    try:
        if not is_command:
            args = gui_parser().parse_args(argv)
            from localplan.app import run_gui  # Qt is imported only here

            return run_gui(args)
        args = command_parser().parse_args(argv)
        return int(module(args.command).run(args) or 0)
    except UserError as exc:
        sys.stderr.write(f"localplan: {exc.message}\n")
        for line in exc.details[:50]:
            sys.stderr.write(f"  - {line}\n")
        if len(exc.details) > 50:
            sys.stderr.write("  " + tr("… and {count} more.").format(count=len(exc.details) - 50) + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - the last line of defence: log it, say where
        where = logs.log_exception("unexpected error in command line")
        sys.stderr.write(tr("localplan: an unexpected error occurred; the details are in {log}").format(
            log=where or tr("(no log file could be written)")) + "\n")
        return 3

"""Entry point: the GUI by default, headless sub-commands otherwise (those import no Qt).

Exit codes: 0 success; 1 the checker found errors; 2 bad input or usage (one line on
stderr in the user's language, nothing left behind); 3 an unexpected fault (the traceback
goes to the log file, whose path the message gives).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from localplan import __version__, i18n, logs, settings
from localplan.commands import COMMANDS, module
from localplan.errors import UserError
from localplan.i18n import QT_TRANSLATE_NOOP, tr, translate

# argparse's own messages, through its translation hooks (the `_` and `ngettext` it calls):
# the help's headings and every usage error are said in the user's language.
ARGPARSE_MESSAGES = [
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
]


def _gettext(message: str) -> str:
    return translate("argparse", message) if isinstance(message, str) and message else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def hook_argparse() -> None:
    """Route argparse's gettext calls to our catalogue (argparse binds `_` and `ngettext` at import)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one line (argparse's own words, translated through hook_argparse)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(tr("localplan: {detail} (see “localplan --help”)").format(detail=message) + "\n")
        sys.exit(2)


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
    p.add_argument("--version", action="version", version=f"LocalPlan {__version__}", help=tr("show the program's version and exit"))
    return p


def command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="localplan")
    p.add_argument("--lang", choices=settings.LANGUAGES, help=tr("language of messages (es or en)"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS:
        module(name).add(sub)
    return p


def _console() -> None:
    """A console that cannot show a character (a GAD name in a cp1252 or ASCII console) shows "?" instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if isinstance(stream, io.TextIOWrapper):  # not so when there is no console (None) or it was replaced
                stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language(argv))
    hook_argparse()
    _console()
    is_command = _first_word(argv) in COMMANDS
    try:
        try:
            if not is_command:
                parser = gui_parser()
                args = parser.parse_args(argv)
                word = args.plan
                if word and not word.lower().endswith(".lplan") and not Path(word).exists():  # a mistyped command
                    parser.error(tr("“{word}” is neither a command ({commands}) nor a plan file").format(
                        word=word, commands=", ".join(COMMANDS)))
                from localplan.app import run_gui  # Qt is imported only here

                return run_gui(args)
            args = command_parser().parse_args(argv)
            code = int(module(args.command).run(args) or 0)
            sys.stdout.flush()
            return code
        except SystemExit as exc:  # --help, --version, usage errors: flush now, while a closed pipe can be caught
            sys.stdout.flush()
            raise exc
    except BrokenPipeError:
        from localplan.commands.common import stdout_closed

        stdout_closed()
        return 0
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

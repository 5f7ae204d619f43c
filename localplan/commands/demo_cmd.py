"""localplan demo OUT.lplan [--force]: write the example plan."""

from __future__ import annotations

import argparse

from localplan.commands.common import say
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help=tr("write the example plan"),
                       description=tr("Write the example plan: a fictitious canton, complete in every step."))
    p.add_argument("plan", metavar="OUT.lplan")
    p.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))


def run(args: argparse.Namespace) -> int:
    from localplan.demo import build_example

    path = build_example(args.plan, overwrite=args.force)
    say(tr("Wrote the example plan to {path}.").format(path=path))
    return 0

"""localplan fork PLAN -o COPY: give a copy to a colleague (it remembers its fork point)."""

from __future__ import annotations

import argparse

from localplan.commands.common import say
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("fork", help=tr("give a copy of a plan to a colleague"), description=tr(
        "Write a copy of the plan that can later be combined with it (localplan merge)."))
    p.add_argument("plan", metavar="PLAN.lplan")
    p.add_argument("-o", "--output", required=True, metavar="COPY.lplan")
    p.add_argument("--note", default="", help=tr("who the copy is for (shown when combining)"))


def run(args: argparse.Namespace) -> int:
    from localplan.store.fork import fork_file

    target = fork_file(args.plan, args.output, args.note)
    say(tr("Copy written: {path}. Combine it back with “localplan merge {plan} {path}”.").format(
        path=target, plan=args.plan))
    return 0

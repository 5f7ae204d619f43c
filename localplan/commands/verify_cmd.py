"""localplan verify DIR: check a ministry package against its manifest."""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import say
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", help=tr("check a ministry package"),
                       description=tr("Recompute the hashes and the fingerprint of a package and say what differs."))
    p.add_argument("folder", metavar="DIR")


def run(args: argparse.Namespace) -> int:
    from localplan.imports.package_verify import verify

    problems = verify(Path(args.folder))
    if not problems:
        say(tr("The package is complete and every file matches its manifest."))
        return 0
    for problem in problems:
        say("  - " + problem)
    return 1

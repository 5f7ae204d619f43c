"""localplan export PLAN --json OUT.json [--pdf OUT.pdf] [...]: one flag per export format.

A plan the checker finds errors in is still exported (drafts go to workshops), with a
warning line on stderr; `--strict` refuses it instead (exit 1, nothing written). Each file
written is listed with its size (a package: every file in it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from localplan.commands.common import file_size, plural, progress_printer, say
from localplan.domain.read import read_plan
from localplan.errors import UserError
from localplan.exports.registry import EXPORTERS
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.domain.data import PlanData


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help=tr("write the submission files"), description=tr("Export a plan to one or more files."))
    p.add_argument("plan", metavar="PLAN.lplan")
    for e in EXPORTERS:
        p.add_argument(f"--{e.id}", metavar=("DIR" if not e.suffix else f"OUT{e.suffix}"), help=e.title)
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))
    p.add_argument("--strict", action="store_true",
                   help=tr("write nothing and exit with code 1 when the checker finds errors in the plan"))


def _errors(data: PlanData) -> int:
    from localplan.checks.run import check

    return sum(1 for f in check(data) if f.severity.value == "error")


def run(args: argparse.Namespace) -> int:
    wanted = [(e, getattr(args, e.id.replace("-", "_"))) for e in EXPORTERS if getattr(args, e.id.replace("-", "_"), None)]
    if not wanted:
        raise UserError(tr("Say what to export, e.g. --json OUT.json (see “localplan export --help”)."))
    from localplan.exports.atomic import guard_outputs

    guard_outputs([Path(t) for _, t in wanted], [Path(args.plan)], force=getattr(args, "force", False))
    data = read_plan(args.plan)
    errors = _errors(data)
    if errors:
        line = plural(errors, tr("the checker finds {count} error in this plan (see “localplan check”)"),
                      tr("the checker finds {count} errors in this plan (see “localplan check”)"))
        if getattr(args, "strict", False):
            sys.stderr.write("localplan: " + line + "; " + tr("nothing was written (--strict).") + "\n")
            return 1
        sys.stderr.write(tr("localplan: warning: {problem}; the files are written all the same (a package records it).").format(problem=line) + "\n")
    progress = progress_printer()
    for e, target in wanted:
        out = Path(e.write(data, Path(target), progress))
        if out.is_dir():
            from localplan.exports.package import files_written

            say(tr("Wrote the package {path}:").format(path=out))
            for name, size in files_written(out):
                say(f"  {out / name} ({file_size(size)})")
        else:
            say(tr("Wrote {path} ({size})").format(path=out, size=file_size(out.stat().st_size)))
    return 0

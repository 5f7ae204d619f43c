"""localplan export PLAN --json OUT.json [--pdf OUT.pdf] [...]: one flag per export format."""

from __future__ import annotations

from pathlib import Path

from localplan.commands.common import progress_printer, read_plan, say
from localplan.errors import UserError
from localplan.exports.registry import EXPORTERS
from localplan.i18n import tr


def add(sub) -> None:
    p = sub.add_parser("export", help=tr("write the submission files"), description=tr("Export a plan to one or more files."))
    p.add_argument("plan", metavar="PLAN.lplan")
    for e in EXPORTERS:
        p.add_argument(f"--{e.id}", metavar=("DIR" if not e.suffix else f"OUT{e.suffix}"), help=e.title)
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))


def run(args) -> int:
    wanted = [(e, getattr(args, e.id.replace("-", "_"))) for e in EXPORTERS if getattr(args, e.id.replace("-", "_"), None)]
    if not wanted:
        raise UserError(tr("Say what to export, e.g. --json OUT.json (see “localplan export --help”)."))
    from localplan.exports.atomic import guard_outputs

    guard_outputs([Path(t) for _, t in wanted], [Path(args.plan)], force=getattr(args, "force", False))
    data = read_plan(args.plan)
    progress = progress_printer()
    for e, target in wanted:
        out = e.write(data, Path(target), progress)
        say(tr("Wrote {path}").format(path=out))
    return 0

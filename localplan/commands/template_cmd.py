"""localplan template --xlsx OUT.xlsx: a blank workbook to fill offline and import back."""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("template", help=tr("write blank templates for participants"),
                       description=tr("Blank matrices to fill without a laptop; the workbook imports back into a plan."))
    p.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("a blank workbook"))
    p.add_argument("--pdf", metavar="OUT.pdf", help=tr("printable blank forms"))
    p.add_argument("--gad", metavar="CODE", help=tr("INEC code, so parish lists fit the GAD"))
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))


def run(args: argparse.Namespace) -> int:
    from localplan.domain.data import PlanData
    from localplan.exports.workbook.write import write_workbook

    if not args.xlsx and not args.pdf:
        raise UserError(tr("Say what to write, e.g. --xlsx OUT.xlsx or --pdf OUT.pdf."))
    from localplan.exports.atomic import guard_outputs

    guard_outputs([Path(p) for p in (args.xlsx, args.pdf) if p], force=args.force)
    from localplan.exports.blank_forms import TEMPLATE_PERIOD

    if args.xlsx:
        gad = {"id": 1, "gad_code": args.gad, "period_start": TEMPLATE_PERIOD[0], "period_end": TEMPLATE_PERIOD[1]}
        write_workbook(PlanData({"gad": [gad]}), Path(args.xlsx), blank=True)
        say(tr("Wrote {path}").format(path=args.xlsx))
    if args.pdf:
        from localplan.exports.blank_forms import write_blank_forms

        write_blank_forms(Path(args.pdf))
        say(tr("Wrote {path}").format(path=args.pdf))
    return 0

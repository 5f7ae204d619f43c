"""`localplan import WORKBOOK.xlsx --into PLAN.lplan [--yes]`: report, then write on consent."""

from __future__ import annotations

import argparse
import sys

from localplan.commands.common import plural, say
from localplan.errors import UserError
from localplan.i18n import tr


def run(args: argparse.Namespace) -> int:
    from localplan.domain.plan import Plan
    from localplan.imports.workbook import apply, command, read_workbook

    if not args.into:
        raise UserError(tr("Say which plan the workbook goes into with --into PLAN.lplan."))
    plan = Plan.open(args.into)
    try:
        if plan.read_only:
            raise UserError(plan.read_only_reason or tr("This plan is open read-only."))
        report = read_workbook(args.source, plan, as_new_rows=getattr(args, "as_new_rows", False))
        changes = len(command(plan, report).ops)
        say(tr("Accepted: {rows} ({changes}); refused: {refused}.").format(
            rows=plural(report.count(), tr("{count} row"), tr("{count} rows")),
            changes=plural(changes, tr("{count} change"), tr("{count} changes")),
            refused=plural(report.refused_rows, tr("{count} row"), tr("{count} rows"))))
        for problem in report.problems[:200]:
            say("  - " + problem.located())
        if not changes:
            say(tr("Nothing to change in the plan."))
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(tr("Nothing was written; add --yes to accept the valid rows."))
            answer = input(tr("Write these changes into the plan? [y/N] ")).strip().casefold()
            if answer not in ("y", "yes", "s", "si", "sí"):
                say(tr("Nothing was written."))
                return 0
        written = apply(plan, report)
        say(plural(written, tr("{count} change written into {plan} (one step of undo)."),
                   tr("{count} changes written into {plan} (one step of undo)."), plan=args.into))
    finally:
        plan.close()
    return 0

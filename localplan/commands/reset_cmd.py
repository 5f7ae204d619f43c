"""localplan reset PLAN --to-step diagnosis --yes: empty the steps after the chosen one."""

from __future__ import annotations

import argparse

from localplan.commands.common import plural, say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reset", help=tr("reset an exercise plan to a step"),
                       description=tr("Empty every section of the steps after the chosen one (for workshops)."))
    p.add_argument("plan", metavar="PLAN.lplan")
    p.add_argument("--to-step", required=True, metavar="STEP")
    p.add_argument("--yes", action="store_true", help=tr("confirm: the later steps are emptied"))


def run(args: argparse.Namespace) -> int:
    from localplan.demo.reset import reset_to_step, sections_after
    from localplan.domain.plan import Plan

    sections_after(args.to_step)  # a bad step name is refused before anything opens
    if not args.yes:
        raise UserError(tr("This empties every step after “{step}”; add --yes to confirm.").format(step=args.to_step))
    plan = Plan.open(args.plan)
    try:
        if plan.read_only:
            raise UserError(plan.read_only_reason or tr("This plan is open read-only."))
        count = reset_to_step(plan, args.to_step)
    finally:
        plan.close()
    say(plural(count, tr("{count} row removed; the plan now ends at the step “{step}”."),
               tr("{count} rows removed; the plan now ends at the step “{step}”."), step=args.to_step))
    return 0

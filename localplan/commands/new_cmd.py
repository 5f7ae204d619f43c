"""localplan new PLAN.lplan --gad CODE [--period 2023-2027]"""

from __future__ import annotations

import argparse
import re

from localplan.commands.common import say
from localplan.domain.gad import gad_defaults
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help=tr("create a new plan file"), description=tr("Create a new plan file for a GAD."))
    p.add_argument("plan", metavar="PLAN.lplan", help=tr("the plan file to create"))
    p.add_argument("--gad", required=True, metavar="CODE", help=tr("INEC code of the province (2 digits), canton (4) or parish (6)"))
    p.add_argument("--period", metavar="2023-2027", help=tr("first and last year of the plan"))
    p.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))


def parse_period(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-–/]\s*(\d{4})\s*", text)
    if not m or int(m.group(1)) > int(m.group(2)) or not 1990 <= int(m.group(1)) <= 2100:
        raise UserError(tr("The period “{period}” is not valid; write it as 2023-2027.").format(period=text))
    return int(m.group(1)), int(m.group(2))


def run(args: argparse.Namespace) -> int:
    from localplan.domain.plan import Plan

    values = gad_defaults(args.gad)
    period = parse_period(args.period)
    if period:
        values["period_start"], values["period_end"] = period
    plan = Plan.create(args.plan, values, overwrite=args.force)
    plan.close()
    say(tr("Created {path} for {name}.").format(path=args.plan, name=values["name"]))
    return 0

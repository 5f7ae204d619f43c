"""localplan info PLAN.lplan"""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import plural, say
from localplan.domain.read import read_plan
from localplan.exports.report.text import level_label
from localplan.forms import SECTIONS
from localplan.i18n import tr
from localplan.store import inspection


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("info", help=tr("describe a plan file"), description=tr("Show the GAD, period, schema version and rows per section."))
    p.add_argument("plan", metavar="PLAN.lplan")


def run(args: argparse.Namespace) -> int:
    version, newer = inspection.inspect(Path(args.plan))
    data = read_plan(args.plan)
    gad = data.gad
    say(tr("GAD: {name} ({code})").format(name=data.gad_title(), code=gad.get("gad_code") or "—"))
    say(tr("Level: {level}").format(level=level_label(data) or "—"))
    period = data.period
    say(tr("Period: {period}").format(period=f"{period[0]}–{period[1]}" if period else "—"))
    say(tr("Schema version: {version}").format(version=version) + (" " + tr("(newer than this program)") if newer else ""))
    if data.is_example:
        say(tr("This is an example plan."))
    say(tr("Rows per section:"))
    for sec in SECTIONS:
        if not sec.single:
            count = len(data.rows(sec.id))
            say("  " + tr("{section}: {rows}").format(
                section=sec.title.get(), rows=plural(count, tr("{count} row"), tr("{count} rows"))))
    return 0

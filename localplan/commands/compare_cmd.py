"""localplan compare PLANS... [-o comparison.xlsx]"""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import plural, say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compare", help=tr("compare workshop exercises side by side"),
                       description=tr("Completeness, index, counts and checker findings of several plans, side by side."))
    p.add_argument("items", nargs="+", metavar="PLAN")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help=tr("also write the comparison as a workbook"))
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))


def run(args: argparse.Namespace) -> int:
    from localplan.consolidate.compare import compare

    if args.output:
        from localplan.exports.atomic import guard_outputs

        guard_outputs([Path(args.output)], [Path(i) for i in args.items], force=args.force)
    good, broken = compare(args.items)
    if not good and not broken:
        raise UserError(tr("No plan files were found."))
    for s in good:
        done = [v for k, v in s.completeness.items() if v is not None]
        share = round(100 * sum(done) / len(done)) if done else 0
        index = "—" if s.index is None else f"{s.index:g}"
        goals, projects = s.counts.get("goals", 0), s.counts.get("projects", 0)
        say(tr("{file}: {gad} — {share} % complete, index {index}, {goals}, {projects}").format(
            file=Path(s.source).name, gad=s.gad_name, share=share, index=index,
            goals=plural(goals, tr("{count} goal"), tr("{count} goals")),
            projects=plural(projects, tr("{count} project"), tr("{count} projects"))))
    for b in broken:
        say("  " + tr("Could not read {file}: {reason}").format(file=b.source, reason=b.reason))
    if args.output:
        from localplan.consolidate.workbook import write_comparison

        write_comparison(good, broken, args.output)
        say(tr("Wrote {path}").format(path=args.output))
    return 0

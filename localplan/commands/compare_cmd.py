"""localplan compare PLANS... [-o comparison.xlsx]"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from localplan.commands.common import plural, say
from localplan.errors import UserError
from localplan.forms import section
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.consolidate.rowdiff import CopyDifference


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compare", help=tr("compare workshop exercises side by side"),
                       description=tr("Completeness, index, counts and checker findings of several plans, side by side."))
    p.add_argument("items", nargs="+", metavar="PLAN")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help=tr("also write the comparison as a workbook"))
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))


def _rows_line(d: CopyDifference) -> str:
    t = d.total()
    return tr("{file} against {first} (rows matched as when combining): {new}, {changed}, {deleted}").format(
        file=Path(d.source).name, first=d.against,
        new=plural(t.new, tr("{count} new row"), tr("{count} new rows")),
        changed=plural(t.changed, tr("{count} row changed"), tr("{count} rows changed")),
        deleted=plural(t.deleted, tr("{count} row deleted"), tr("{count} rows deleted")))


def run(args: argparse.Namespace) -> int:
    from localplan.consolidate.collect import expand
    from localplan.consolidate.compare import compare
    from localplan.consolidate.rowdiff import differences

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
    diffs = differences(expand(args.items))
    for d in diffs:
        say(_rows_line(d))
        for sid, c in d.sections.items():
            say("  " + tr("{section}: {new} new, {changed} changed, {deleted} deleted").format(
                section=section(sid).title.get(), new=c.new, changed=c.changed, deleted=c.deleted))
    if args.output:
        from localplan.consolidate.workbook import write_comparison

        write_comparison(good, broken, args.output, diffs)
        say(tr("Wrote {path}").format(path=args.output))
    return 0

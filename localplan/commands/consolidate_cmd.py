"""localplan consolidate FILES_OR_PACKAGES... -o national.xlsx"""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import plural, progress_printer, say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from localplan.consolidate.collect import MAX_DEPTH, MAX_FILES

    p = sub.add_parser("consolidate", help=tr("roll many plans up into one national workbook"),
                       description=tr("Read plan files, JSON files and ministry packages (or folders of them, searched {depth} "
                                      "levels deep, at most {files} files, symbolic links not followed) and write one "
                                      "workbook with a row per GAD, sheets by GCM objective and by province (each GAD level "
                                      "apart), and notes on broken, duplicated and example files.").format(
                                          depth=MAX_DEPTH, files=MAX_FILES))
    p.add_argument("items", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))
    p.add_argument("--include-examples", action="store_true",
                   help=tr("count example plans in the totals (marked); by default they are listed apart"))


def run(args: argparse.Namespace) -> int:

    from localplan.consolidate.collect import collect
    from localplan.consolidate.workbook import write_national
    from localplan.exports.atomic import guard_outputs

    guard_outputs([Path(args.output)], [Path(i) for i in args.items], force=args.force)
    collection = collect(args.items, progress_printer(), include_examples=args.include_examples)
    if not collection.kept and not collection.broken and not collection.examples:
        raise UserError(tr("No plan files, JSON files or packages were found."))
    write_national(collection, args.output)
    say(plural(len(collection.kept), tr("{count} GAD consolidated into {path}."), tr("{count} GADs consolidated into {path}."),
               path=args.output))
    for left in collection.replaced:
        say("  " + tr("Same GAD twice: left out {file} ({reason}).").format(file=left.summary.source, reason=left.reason))
    for s in collection.examples:
        say("  " + tr("Example plan left out of the totals: {file}").format(file=s.source))
    for s in collection.kept:
        if s.example:
            say("  " + tr("Example plan included in the totals: {file}").format(file=s.source))
        if s.package_verified is False:
            say("  " + tr("Package that does not verify: {file}").format(file=Path(s.source)))
    for b in collection.broken:
        say("  " + tr("Could not read {file}: {reason}").format(file=b.source, reason=b.reason))
    for b in collection.skipped:
        say("  " + tr("Not read: {file}: {reason}").format(file=b.source, reason=b.reason))
    return 0

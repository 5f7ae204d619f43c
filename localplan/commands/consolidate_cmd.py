"""localplan consolidate FILES_OR_PACKAGES... -o national.xlsx"""

from __future__ import annotations

from localplan.commands.common import progress_printer, say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub) -> None:
    p = sub.add_parser("consolidate", help=tr("roll many plans up into one national workbook"),
                       description=tr("Read plan files, JSON files and ministry packages (or folders of them) and write one "
                                      "workbook with a row per GAD, sheets by GCM objective and by province, and notes on "
                                      "broken and duplicated files."))
    p.add_argument("items", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help=tr("replace output files that exist (never a plan or an input)"))


def run(args) -> int:
    from pathlib import Path

    from localplan.consolidate.collect import collect
    from localplan.consolidate.workbook import write_national
    from localplan.exports.atomic import guard_outputs

    guard_outputs([Path(args.output)], [Path(i) for i in args.items], force=args.force)
    collection = collect(args.items, progress_printer())
    if not collection.kept and not collection.broken:
        raise UserError(tr("No plan files, JSON files or packages were found."))
    write_national(collection, args.output)
    say(tr("{count} GADs consolidated into {path}.").format(count=len(collection.kept), path=args.output))
    for old, new in collection.replaced:
        say("  " + tr("Same GAD twice: kept {new}, left out {old}.").format(new=new.source, old=old.source))
    for b in collection.broken:
        say("  " + tr("Could not read {file}: {reason}").format(file=b.source, reason=b.reason))
    return 0

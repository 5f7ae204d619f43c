"""localplan import IN.json -o PLAN.lplan (and, for workbooks, --into PLAN.lplan)."""

from __future__ import annotations

import argparse
from pathlib import Path

from localplan.commands.common import say
from localplan.errors import UserError
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help=tr("create or fill a plan from a file"),
                       description=tr("Create a plan from a JSON interchange file, or import a workbook into a plan."))
    p.add_argument("source", metavar="FILE", help=tr("a .json interchange file or an .xlsx workbook"))
    p.add_argument("-o", "--output", metavar="PLAN.lplan", help=tr("the plan file to create from a JSON file"))
    p.add_argument("--into", metavar="PLAN.lplan", help=tr("the existing plan a workbook is imported into"))
    p.add_argument("--force", action="store_true", help=tr("replace the output file if it exists"))
    p.add_argument("--yes", action="store_true", help=tr("accept the valid rows of a workbook without asking"))
    p.add_argument("--as-new-rows", action="store_true",
                   help=tr("add the rows of a workbook from another plan as new rows (its GAD profile is left out)"))


def run(args: argparse.Namespace) -> int:
    source = Path(args.source)
    if source.suffix.lower() == ".xlsx":
        from localplan.commands import workbook_import

        return workbook_import.run(args)
    if not args.output:
        raise UserError(tr("Say which plan file to create with -o PLAN.lplan."))
    from localplan.exports.atomic import same_file
    from localplan.imports.json_import import create_from, read_file

    if same_file(Path(args.output), source):
        raise UserError(tr("“{name}” is the file being imported; choose another name for the plan.").format(name=source.name))

    data = read_file(source)
    create_from(data, args.output, overwrite=args.force)
    say(tr("Created {path} from {source}.").format(path=args.output, source=source.name))
    return 0

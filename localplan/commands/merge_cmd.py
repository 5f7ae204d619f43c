"""localplan merge MINE THEIRS… [-o OUT] [--report R.json] [--take mine|theirs] [--resolve R.json]

Combines one or more copies of a plan into mine (or into OUT). The work is done on a
temporary copy beside the result and put in place with one rename, after a backup of
MINE: killed at any moment, the result is either as before or fully combined. While any
conflict is unresolved nothing is written but the report, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan import files
from localplan.commands.common import say
from localplan.errors import UserError
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.domain.plan import Plan
    from localplan.merge.engine import MergePlan


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("merge", help=tr("combine copies of a plan made apart"), description=tr(
        "Combine the copies THEIRS (one or more, e.g. the participants of a workshop) into MINE, or into OUT. "
        "Exit 1 with a report when some changes conflict."))
    p.add_argument("mine", metavar="MINE.lplan")
    p.add_argument("theirs", nargs="+", metavar="THEIRS.lplan")
    p.add_argument("-o", "--output", metavar="OUT.lplan", help=tr("write the result here; MINE is left as it is"))
    p.add_argument("--report", metavar="R.json", help=tr("write what comes in and every conflict to this JSON file"))
    p.add_argument("--take", choices=["mine", "theirs"], help=tr("resolve every conflict this way"))
    p.add_argument("--resolve", metavar="R.json", help=tr(
        "a report whose conflicts carry a choice (mine, theirs, or value with the value to keep)"))


def _chosen(path: str | None) -> list[dict[str, Any]]:
    """Per file: conflict key → "mine", "theirs" or ("typed", text as a person writes it)."""
    if not path:
        return []
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        return [{c["key"]: c["choice"] if c.get("choice") in ("mine", "theirs") else ("typed", str(c.get("value") or ""))
                 for c in f.get("conflicts", []) if c.get("choice") in ("mine", "theirs", "value")}
                for f in doc.get("files", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise UserError(tr("“{name}” is not a merge report.").format(name=Path(path).name)) from None


def _typed(plan: Plan, mplan: MergePlan, chosen: dict[str, Any]) -> dict[str, Any]:
    """Values written in the report, read as the window reads them (in uid space)."""
    from localplan.forms import FieldType, section
    from localplan.forms.values import ValueProblem
    from localplan.merge import engine
    from localplan.merge.state import to_neutral

    out = dict(chosen)
    for c in mplan.conflicts:
        choice = chosen.get(c.key)
        if not isinstance(choice, tuple):
            continue
        sec = section(c.section)
        if c.kind != engine.BOTH or sec.field(c.field).type in (FieldType.LINK, FieldType.MULTILINK):
            raise UserError(tr("Conflict {key}: a value can be written only for a field changed in both copies "
                               "(not for a link or a deleted row); choose mine or theirs.").format(key=c.key))
        try:
            value = plan.parse(c.section, c.field, choice[1])
        except ValueProblem as exc:
            raise UserError(tr("Conflict {key}: {problem}").format(key=c.key, problem=exc)) from None
        uids = {sid: {r["id"]: r["uid"] for r in rows} for sid, rows in mplan.mine.rows.items()}
        out[c.key] = ("value", to_neutral(sec, {c.field: value}, uids)[c.field])
    return out


def _work_copy(conn: sqlite3.Connection, folder: Path) -> Path:
    name = files.temp_beside(folder / "merge.lplan")
    try:
        dest = sqlite3.connect(name)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except BaseException:
        name.unlink(missing_ok=True)
        raise
    return name


def _open_work(path: Path) -> Plan:
    from localplan.domain.plan import Plan
    from localplan.store import planfile, schema

    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA synchronous = FULL")
    return Plan(planfile.OpenedPlan(path, conn, schema.CURRENT_VERSION, False, None))


def run(args: argparse.Namespace) -> int:
    from localplan.domain.plan import Plan
    from localplan.merge import report, session, state
    from localplan.store import backups

    mine_path = Path(args.mine)
    out = Path(args.output) if args.output else mine_path
    in_place = not args.output or (out.exists() and mine_path.exists() and os.path.samefile(out, mine_path))
    if not in_place and out.exists():
        raise UserError(tr("“{name}” already exists.").format(name=out.name))
    chosen = _chosen(args.resolve)
    theirs = [session.read_file(t) for t in args.theirs]  # refused files stop everything before any writing
    mine = Plan.open(mine_path, read_only=not in_place)
    work: Path | None = None
    try:
        if in_place and mine.read_only:
            raise UserError(mine.read_only_reason or tr("This plan is open read-only."))
        folder = out.parent if str(out.parent) else Path(".")
        work = _work_copy(mine.conn, folder)
        plan = _open_work(work)
        plans, pending = [], 0
        try:
            for i, side in enumerate(theirs):
                mplan = session.compare(state.read_side(plan.conn, mine_path.name), side)
                choices = session.choices_for(mplan, args.take, _typed(plan, mplan, chosen[i]) if i < len(chosen) else None)
                pending += len(session.unresolved(mplan, choices))
                provisional = {c.key: choices.get(c.key, "mine") for c in mplan.conflicts}
                plans.append(mplan)
                session.apply(plan, mplan, provisional, backup=False)
        finally:
            plan.close()
        if args.report:
            from localplan.exports.atomic import atomic_path

            with atomic_path(Path(args.report)) as tmp:
                Path(tmp).write_text(json.dumps(report.report(plans, mine_path.name, not pending), ensure_ascii=False,
                                                indent=2), encoding="utf-8")
        for mplan in plans:
            say(tr("From “{name}”:").format(name=mplan.theirs.name))
            lines = [line for _, group in report.summary_lines(mplan) for line in group]
            for line in lines or [tr("nothing new")]:
                say(f"  {line}")
        if pending:
            say(tr("{count} conflicts to resolve: nothing was written. See the report (--report), then run again "
                   "with --resolve or --take mine|theirs.").format(count=pending))
            return 1
        if all(p.empty for p in plans):
            say(tr("Nothing to combine: {path} already holds everything.").format(path=mine_path))
            if in_place or out == mine_path:
                return 0
        if in_place:
            backups.backup_copy(mine.conn, mine.path, "merge")
            mine.conn.close()  # the lock stays held until the new file is in place
        files.put_in_place(work, out)
        work = None
        say(tr("Combined into {path}.").format(path=out))
        return 0
    finally:
        if work is not None:
            work.unlink(missing_ok=True)
        mine.close()

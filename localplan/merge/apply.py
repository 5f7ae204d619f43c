"""Turn a combined result into one command on my plan (one transaction, one undo step)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from localplan.domain.changes import Command, SetValue
from localplan.forms import SECTIONS
from localplan.merge.engine import MergePlan, Target
from localplan.merge.ops import Learn, MergedDelete, MergedInsert, MergedReorder, MergedSet, SetStamps
from localplan.merge.state import ARTICLES, REF, TEXTS, Side, to_local
from localplan.store import identity


@dataclass
class Applied:
    command: Command
    dropped_links: dict[str, int] = field(default_factory=dict)  # section → links to rows no longer there


def _local_rows(side: Side, sid: str) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """My rows as stored (local ids), in order, and their uids, from what was read for the comparison."""
    raw = side.raw[sid]
    rows = [{k: v for k, v in raw[r["uid"]].items() if k != "uid"} for r in side.rows[sid]]
    return rows, {r["id"]: r["uid"] for r in side.rows[sid]}


def command_for(conn: sqlite3.Connection, plan: MergePlan, target: Target, label: str) -> Applied:
    """The operations that make the plan on `conn` (my copy, as read into `plan.mine` just before) the target."""
    local = {s.id: _local_rows(plan.mine, s.id) for s in SECTIONS}
    ids: dict[str, dict[str, int]] = {}
    new_ids: dict[str, dict[str, int]] = {}
    for sec in SECTIONS:
        rows, table = local[sec.id]
        result = {uid for uid, _ in target.rows[sec.id]}
        ids[sec.id] = {uid: rid for rid, uid in table.items() if uid in result}  # a link to a row going goes
        top = conn.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{sec.table}"').fetchone()[0]
        if sec.id == ARTICLES:  # a reference left to a deleted article must not come to name a new one
            top = max([top, *_refs(local)])
        fresh = {}
        for uid, _ in target.rows[sec.id]:
            if uid not in ids[sec.id]:
                top += 1
                fresh[uid] = top
        new_ids[sec.id] = fresh
        ids[sec.id].update(fresh)
    ops: list[Any] = []
    typed: list[Any] = []
    applied = Applied(Command(label))
    touched: list[str] = []
    for sec in SECTIONS:
        rows, table = local[sec.id]
        wanted = target.rows[sec.id]
        keep = {uid for uid, _ in wanted}
        before = len(ops)
        order = [r["id"] for r in rows]
        if not sec.single:
            for index in sorted((i for i, r in enumerate(rows) if table.get(r["id"]) not in keep), reverse=True):
                r = rows[index]
                values = {k: v for k, v in r.items() if k != "id"}
                values[identity.UID_KEY] = table.get(r["id"])
                ops.append(MergedDelete(sec.id, r["id"], values, index))
                order.remove(r["id"])
        by_id = {r["id"]: r for r in rows}
        for uid, values in wanted:
            local_values, dropped = to_local(sec, {k: v for k, v in values.items() if k not in ("id", "uid")}, ids)
            if dropped:
                applied.dropped_links[sec.id] = applied.dropped_links.get(sec.id, 0) + dropped
            if uid in new_ids[sec.id]:
                rid = new_ids[sec.id][uid]
                clean = {k: v for k, v in local_values.items() if v is not None}
                clean[identity.UID_KEY] = uid
                ops.append(MergedInsert(sec.id, rid, clean, len(order)))
                order.append(rid)
                continue
            rid = ids[sec.id][uid]
            current = by_id.get(rid, {})
            before_values = plan.mine.by_uid[sec.id].get(uid, {})
            for f in sec.fields:
                new = local_values.get(f.id)
                if current.get(f.id) == new:
                    continue
                if f.type in TEXTS and values.get(f.id) == before_values.get(f.id):
                    continue  # a reference to an article deleted now stays as a deletion here leaves it
                if (sec.id, uid, f.id) in target.typed:
                    typed.append(SetValue(sec.id, rid, f.id, current.get(f.id), new))
                else:
                    ops.append(MergedSet(sec.id, rid, f.id, current.get(f.id), new))
        final = [ids[sec.id][uid] for uid, _ in wanted]
        if not sec.single and final != order:
            ops.append(MergedReorder(sec.id, tuple(order), tuple(final)))
        if len(ops) > before:
            touched.append(sec.id)
    where = (touched or [s.id for s in SECTIONS])[0]
    mine = plan.mine
    changes = tuple((uid, fid, mine.stamps.get((uid, fid)), new) for (uid, fid), new in sorted(
        target.stamps.items(), key=lambda kv: kv[0]) if mine.stamps.get((uid, fid)) != new)
    if changes:
        ops.append(SetStamps(where, changes))
    learned = _learn(plan, target, where)
    if learned is not None:
        ops.append(learned)
    applied.command.ops = ops + typed
    return applied


def _learn(plan: MergePlan, target: Target, where: str) -> Learn | None:
    mine, theirs = plan.mine, plan.theirs
    knowledge = tuple((rid, mine.vv.get(rid), seq) for rid, seq in sorted(theirs.vv.items())
                      if seq > mine.vv.get(rid, 0) or rid not in mine.vv)
    wanted = {s for s in target.stamps.values() if s is not None}
    log = tuple((rid, seq, *theirs.log[(rid, seq)]) for rid, seq in sorted(wanted)
                if (rid, seq) in theirs.log and (rid, seq) not in mine.log)
    if not knowledge and not log:
        return None
    return Learn(where, knowledge, log)



def _refs(local: dict[str, tuple[list[dict[str, Any]], dict[int, str]]]) -> list[int]:
    """Article ids cited as {{art:N}} in my stored texts (a deleted one may be cited still)."""
    out = []
    for sec in SECTIONS:
        texts = [f.id for f in sec.fields if f.type in TEXTS]
        for row in local[sec.id][0]:
            for fid in texts:
                value = row.get(fid)
                if value and "{{art:" in value:
                    out += [int(n) for n in REF.findall(value) if n.isdigit()]
    return out

"""Three-way combining of two copies of a plan, row by row and field by field.

The common ancestor is not a third file: each copy's stamps and knowledge (store/history.py)
say, for every cell, whether the other copy has seen its last change. For a row both
copies hold, each field whose values differ is
  - taken from theirs when only they changed it (they know my stamp, I do not know theirs),
  - kept when only I changed it,
  - a conflict when both changed it (neither knows the other's stamp).
Equal values need nothing (changed the same way on both sides is taken once). A row only
one copy holds is new there (the other has never seen its creation) or was deleted by the
other: deleted if the holder did not edit it since, else a conflict (edit against delete),
unless the holder had already seen that deletion (a restored row). A link that differs while
both copies hold the same stamp for it was changed by deletions only (a linked row deleted
on one side, another on the other: domain/changes.Unlink is not stamped): the result names
the rows either copy names that are still in the result, never a conflict. Rows come in at the place
they had among their neighbours; when both sides inserted after the same row, the runs are
ordered by their creation stamps, so combining A with B or B with A gives the same plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from localplan.forms import SECTIONS, FieldType, Section
from localplan.merge.state import ARTICLES, REF, TEXTS, Side
from localplan.store.history import Stamp

# Sections whose rows name what they are about: two rows made apart for the same key are one.
NATURAL_KEYS = {"self_assessment": "criterion"}  # (a spec attribute would be better; see docs/TEAMWORK.md)

LINKS = (FieldType.LINK, FieldType.MULTILINK)
BOTH = "both"  # changed differently on both sides
MINE_DELETED = "mine_deleted"  # I deleted the row, they edited it
THEIRS_DELETED = "theirs_deleted"  # they deleted the row, I edited it


@dataclass
class Conflict:
    section: str
    uid: str
    field: str  # "" for a whole row (edit against delete)
    kind: str
    mine: Any
    theirs: Any
    mine_stamp: Stamp | None
    theirs_stamp: Stamp | None

    @property
    def key(self) -> str:
        return f"{self.section}/{self.uid}/{self.field or '*'}"


@dataclass
class SectionPlan:
    take: dict[str, dict[str, tuple[Any, Stamp]]] = field(default_factory=dict)  # uid → field → (value, stamp)
    add: list[str] = field(default_factory=list)  # rows new in theirs
    delete: list[str] = field(default_factory=list)  # my rows they deleted (I did not edit them)
    conflicts: list[Conflict] = field(default_factory=list)
    relink: dict[str, dict[str, Any]] = field(default_factory=dict)  # uid → link field → theirs (same stamp)


@dataclass
class MergePlan:
    mine: Side
    theirs: Side
    sections: dict[str, SectionPlan]

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for sp in self.sections.values() for c in sp.conflicts]

    @property
    def empty(self) -> bool:
        return all(not (sp.take or sp.add or sp.delete or sp.conflicts) for sp in self.sections.values()) \
            and not self.order_changes() and not self.relinks()

    def relinks(self) -> list[tuple[str, str, str]]:
        """Links that the result names differently from mine though neither copy edited them."""
        present = {sid: (set(self.mine.by_uid[sid]) - set(sp.delete)) | set(sp.add) for sid, sp in self.sections.items()}
        out = []
        for sec in SECTIONS:
            for uid, cells in self.sections[sec.id].relink.items():
                for fid, theirs in cells.items():
                    link = sec.field(fid).link or ""
                    mine = self.mine.by_uid[sec.id][uid].get(fid)
                    if _joined(mine, theirs, present[link], {}) != _kept(mine, present[link]):
                        out.append((sec.id, uid, fid))
        return out

    def order_changes(self) -> list[str]:
        return [sid for sid in self.sections if order_winner(self.mine, self.theirs, sid) == "theirs"]


def _cell_values_differ(a: Any, b: Any) -> bool:
    return bool(a != b)


def order_winner(mine: Side, theirs: Side, sid: str) -> str:
    om, ot = mine.order(sid), theirs.order(sid)
    if om == ot:
        return "mine"
    m_new, t_new = not theirs.knows(om), not mine.knows(ot)
    if t_new and not m_new:
        return "theirs"
    if m_new and not t_new:
        return "mine"
    return "theirs" if ot > om else "mine"  # both reordered: the same answer whichever side is "mine"


def classify(mine: Side, theirs: Side) -> MergePlan:
    plan = MergePlan(mine, theirs, {})
    for sec in SECTIONS:
        plan.sections[sec.id] = _classify_section(sec, mine, theirs)
    return plan


def _classify_section(sec: Section, mine: Side, theirs: Side) -> SectionPlan:
    out = SectionPlan()
    m_rows, t_rows = mine.by_uid[sec.id], theirs.by_uid[sec.id]
    for uid, mrow in m_rows.items():
        trow = t_rows.get(uid)
        if trow is None:
            _only_mine(sec, uid, mrow, mine, theirs, out)
            continue
        for f in sec.fields:
            a, b = mrow.get(f.id), trow.get(f.id)
            if not _cell_values_differ(a, b):
                continue
            sm, st = mine.cell(uid, f.id), theirs.cell(uid, f.id)
            if sm == st and mine.raw[sec.id][uid].get(f.id) == theirs.raw[sec.id][uid].get(f.id):
                continue  # the same stored text, read apart (a reference to an article deleted on one side)
            if sm == st and f.type in LINKS:
                out.relink.setdefault(uid, {})[f.id] = b  # changed by deletions only, on either side
                continue
            m_new, t_new = not theirs.knows(sm), not mine.knows(st)
            if t_new and not m_new:
                out.take.setdefault(uid, {})[f.id] = (b, st)
            elif m_new and not t_new:
                continue
            else:
                out.conflicts.append(Conflict(sec.id, uid, f.id, BOTH, a, b, sm, st))
    paired = _pairs(sec, mine, theirs)
    for uid, trow in t_rows.items():
        if uid in paired:
            _paired(sec, paired[uid], uid, mine, theirs, out)
        elif uid not in m_rows:
            _only_theirs(sec, uid, trow, mine, theirs, out)
    return out


def _pairs(sec: Section, mine: Side, theirs: Side) -> dict[str, str]:
    """Rows both copies created for the same thing (one answer per criterion): their uid → mine."""
    key = NATURAL_KEYS.get(sec.id)
    if key is None:
        return {}
    m_rows, t_rows = mine.by_uid[sec.id], theirs.by_uid[sec.id]
    mine_new = {r[key]: uid for uid, r in m_rows.items()
                if r.get(key) is not None and uid not in t_rows and not theirs.knows(mine.created(uid))}
    return {uid: mine_new[r[key]] for uid, r in t_rows.items()
            if r.get(key) in mine_new and uid not in m_rows and not mine.knows(theirs.created(uid))}


def _paired(sec: Section, m_uid: str, t_uid: str, mine: Side, theirs: Side, out: SectionPlan) -> None:
    mrow, trow = mine.by_uid[sec.id][m_uid], theirs.by_uid[sec.id][t_uid]
    for f in sec.fields:
        if mrow.get(f.id) != trow.get(f.id):
            out.conflicts.append(Conflict(sec.id, m_uid, f.id, BOTH, mrow.get(f.id), trow.get(f.id),
                                          mine.cell(m_uid, f.id), theirs.cell(t_uid, f.id)))


def _unseen(holder: Side, other: Side, sec: Section, uid: str) -> list[Stamp]:
    """Stamps of the holder's row that the other copy has not seen."""
    return [s for s in holder.row_stamps(sec, uid) if not other.knows(s)]


def _only_mine(sec: Section, uid: str, row: dict[str, Any], mine: Side, theirs: Side, out: SectionPlan) -> None:
    if not theirs.knows(mine.created(uid)):
        return  # new in my copy: kept
    unseen = _unseen(mine, theirs, sec, uid)
    gone = theirs.deleted(uid)
    if not unseen:
        out.delete.append(uid)
    elif gone is not None and mine.knows(gone):
        return  # I had seen their deletion and brought the row back: kept
    else:
        out.conflicts.append(Conflict(sec.id, uid, "", THEIRS_DELETED, row, None, max(unseen), gone))


def _only_theirs(sec: Section, uid: str, row: dict[str, Any], mine: Side, theirs: Side, out: SectionPlan) -> None:
    if not mine.knows(theirs.created(uid)):
        out.add.append(uid)
        return
    unseen = _unseen(theirs, mine, sec, uid)
    if not unseen:
        return  # I deleted it and they did not touch it: stays deleted
    gone = mine.deleted(uid)
    if gone is not None and theirs.knows(gone):
        out.add.append(uid)  # they had seen my deletion and brought the row back
        return
    out.conflicts.append(Conflict(sec.id, uid, "", MINE_DELETED, None, row, gone, max(unseen)))


# --- the result -----------------------------------------------------------------------
@dataclass
class Target:
    rows: dict[str, list[tuple[str, dict[str, Any]]]]  # section → [(uid, values in uid space)] in order
    stamps: dict[tuple[str, str], Stamp | None]  # stamps the result must carry (None: remove)
    typed: dict[tuple[str, str, str], Any]  # (section, uid, field) → a value the person typed
    from_theirs: set[str]  # uids of rows whose values come from theirs


def build(plan: MergePlan, choices: dict[str, Any] | None = None) -> Target:
    """The combined plan. `choices`: conflict key → "mine" | "theirs" | ("value", v); a conflict
    without a choice keeps mine (a provisional result, for previews and chained merges)."""
    choices = choices or {}
    mine, theirs = plan.mine, plan.theirs
    target = Target({}, {}, {}, set())
    for sec in SECTIONS:
        sp = plan.sections[sec.id]
        values = {uid: dict(r) for uid, r in mine.by_uid[sec.id].items()}
        for uid, cells in sp.take.items():
            for fid, (value, stamp) in cells.items():
                values[uid][fid] = value
                target.stamps[(uid, fid)] = stamp
        for uid in sp.delete:
            values.pop(uid, None)
            if theirs.deleted(uid):
                target.stamps[(uid, "-")] = theirs.deleted(uid)
        added = list(sp.add)
        for c in sp.conflicts:
            choice = choices.get(c.key, "mine")
            if c.kind == BOTH:
                if choice == "theirs":
                    values[c.uid][c.field] = c.theirs
                    target.stamps[(c.uid, c.field)] = c.theirs_stamp
                elif isinstance(choice, tuple):
                    values[c.uid][c.field] = choice[1]
                    target.typed[(sec.id, c.uid, c.field)] = choice[1]
            elif c.kind == MINE_DELETED and choice == "theirs":
                added.append(c.uid)
            elif c.kind == THEIRS_DELETED and choice == "theirs":
                values.pop(c.uid, None)
                if c.theirs_stamp:
                    target.stamps[(c.uid, "-")] = c.theirs_stamp
        for uid in added:
            values[uid] = dict(theirs.by_uid[sec.id][uid])
            target.from_theirs.add(uid)
            for (u, fid), stamp in theirs.stamps.items():
                if u == uid:
                    target.stamps[(u, fid)] = stamp
            target.stamps[(uid, "-")] = None
        order = _order(sec.id, mine, theirs, set(values))
        if order_winner(mine, theirs, sec.id) == "theirs":
            target.stamps[(f"#{sec.id}", "order")] = theirs.order(sec.id)
        target.rows[sec.id] = [(uid, values[uid]) for uid in order]
    _relink(plan, target)
    _repoint_references(plan, target)
    return target


def _relink(plan: MergePlan, target: Target) -> None:
    """Links neither copy edited but deletions changed: the rows either names that the result keeps."""
    kept = {sid: {uid for uid, _ in rows} for sid, rows in target.rows.items()}
    for sec in SECTIONS:
        relink = plan.sections[sec.id].relink
        if not relink:
            continue
        for uid, values in target.rows[sec.id]:
            for fid, theirs in relink.get(uid, {}).items():
                link = sec.field(fid).link or ""
                rank = {u: n for n, (u, _) in enumerate(target.rows[link])}
                values[fid] = _joined(plan.mine.by_uid[sec.id][uid].get(fid), theirs, kept[link], rank)


def _kept(value: Any, present: set[str]) -> Any:
    if isinstance(value, list):
        return [u for u in value if u in present] or None
    return value if value in present else None


def _joined(mine: Any, theirs: Any, present: set[str], rank: dict[str, int]) -> Any:
    """Two values of one link, each the same value with some rows taken out (or put back): the
    rows either names, kept in the result, in their order (ties: the result's row order, so
    it does not matter which copy is mine)."""
    if not isinstance(mine, list) and not isinstance(theirs, list):
        return _kept(mine, present) or _kept(theirs, present)
    a: list[str] = mine or []
    b: list[str] = theirs or []
    a_set, b_set = set(a), set(b)
    out: list[str] = []
    i = j = 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] == b[j]):
            take_a = True
        elif i == len(a):
            take_a = False
        elif (a[i] in b_set) != (b[j] in a_set):
            take_a = a[i] not in b_set  # a row only one names comes before the next both name
        else:
            take_a = (rank.get(a[i], len(rank)), a[i]) <= (rank.get(b[j], len(rank)), b[j])
        if take_a:
            if j < len(b) and a[i] == b[j]:
                j += 1
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    seen: set[str] = set()
    result: list[str] = []
    for u in out:
        if u in present and u not in seen:
            seen.add(u)
            result.append(u)
    return result or None


def _repoint_references(plan: MergePlan, target: Target) -> None:
    """A text neither copy changed since they parted reads "{{art:0}}" in a copy that deleted the
    article it cites, and "{{art:@uid}}" in the other: the deletion is not an edit of the text.
    When the result keeps that article, the text cites it again (else it stays missing)."""
    mine, theirs = plan.mine, plan.theirs
    kept = {uid for uid, _ in target.rows[ARTICLES]}
    for sec in SECTIONS:
        texts = [f.id for f in sec.fields if f.type in TEXTS]
        if not texts:
            continue
        for uid, values in target.rows[sec.id]:
            mraw, traw = mine.raw[sec.id].get(uid), theirs.raw[sec.id].get(uid)
            if mraw is None or traw is None:
                continue
            for fid in texts:
                value = values.get(fid)
                if not value or "{{art:0}}" not in value:
                    continue
                if mraw.get(fid) != traw.get(fid) or mine.cell(uid, fid) != theirs.cell(uid, fid):
                    continue  # the text itself was changed: its value stands as chosen
                for other in (mine.by_uid[sec.id][uid].get(fid), theirs.by_uid[sec.id][uid].get(fid)):
                    if other and other != value:
                        value = _fill_missing(value, other, kept)
                values[fid] = value


def _fill_missing(value: str, other: str, kept: set[str]) -> str:
    """`value` with each "{{art:0}}" replaced by the article `other` cites at the same place, if kept."""
    cited = [m.group(1) for m in REF.finditer(other)]
    if len(cited) != len(REF.findall(value)):
        return value
    places = iter(cited)

    def one(m: re.Match[str]) -> str:
        there = next(places)
        if m.group(1) == "0" and there.startswith("@") and there[1:] in kept:
            return f"{{{{art:{there}}}}}"
        return m.group(0)

    return REF.sub(one, value)


def _order(sid: str, mine: Side, theirs: Side, keep: set[str]) -> list[str]:
    m_list = [r["uid"] for r in mine.rows[sid]]
    t_list = [r["uid"] for r in theirs.rows[sid]]
    t_set, m_set = set(t_list), set(m_list)
    common = [u for u in (t_list if order_winner(mine, theirs, sid) == "theirs" else m_list)
              if u in keep and u in m_set and u in t_set]
    common_set = set(common)
    runs: dict[str | None, list[tuple[tuple[Stamp, str], list[str]]]] = {}
    for side, lst in ((mine, m_list), (theirs, t_list)):
        anchor: str | None = None
        current: list[str] = []
        for u in lst + [None]:
            if u is not None and u not in keep:
                continue
            if u is None or u in common_set:
                if current:
                    first = side.created(current[0])
                    runs.setdefault(anchor, []).append(((first, current[0]), current))
                    current = []
                anchor = u
            else:
                current.append(u)
    out: list[str] = []
    seen: set[str] = set()
    for anchor in [None, *common]:
        if anchor is not None:
            out.append(anchor)
            seen.add(anchor)
        for _, run in sorted(runs.get(anchor, []), key=lambda item: item[0]):
            for u in run:
                if u not in seen:
                    out.append(u)
                    seen.add(u)
    return out


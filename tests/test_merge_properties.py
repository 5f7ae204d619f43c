"""Property tests of combining (hypothesis): two copies forked from one plan receive random
edit sequences through Plan (values drawn from the form specs); combining them keeps every
edit made on one side only, reports exactly the fields edited differently on both sides
(and edit-against-delete rows), never breaks a link or an article reference, is
idempotent, combining a copy with itself changes nothing, and the result does not
depend on which copy is "mine".

The oracle is independent of the history tables: it diffs each copy's stored values, row
uid by row uid, before and after every command to learn which cells each side touched.
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_strategies import stored_value

from localplan.domain.plan import Plan
from localplan.forms import FieldType, section
from localplan.merge import session
from localplan.merge.state import read_side
from localplan.store.fork import fork_file

GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}
SECTIONS_USED = ["gad", "objectives", "goals", "projects", "ordinance_articles", "actors"]
FIELDS = {"gad": ["team", "contact", "authority"], "objectives": ["name", "description", "problems"],
          "goals": ["statement", "objective", "baseline_value", "yearly_targets"],
          "projects": ["name", "goals", "objectives", "partners"], "ordinance_articles": ["heading", "text", "kind"],
          "actors": ["name"]}
BOUNDED = settings(max_examples=int(os.environ.get("MERGE_EXAMPLES", "25")), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.function_scoped_fixture])


def _base(folder: Path) -> Path:
    plan = Plan.create(folder / "base.lplan", GAD)
    plan.insert_rows("objectives", [{"name": "Acogida"}, {"name": "Integración"}, {"name": "Retorno"}])
    plan.insert_rows("goals", [{"statement": f"Meta {i}", "objective": 1 + i % 3} for i in range(4)])
    plan.insert_rows("actors", [{"name": "ACNUR"}, {"name": "Cruz Roja"}])
    plan.insert_rows("projects", [{"name": "Casa", "goals": [1, 2], "objectives": [1], "partners": [1, 2]}])
    plan.insert_rows("ordinance_articles", [{"kind": "article", "heading": f"Art {i}", "text": f"Ver {{{{art:{1 + i % 3}}}}}"}
                                            for i in range(4)])
    plan.close()
    return folder / "base.lplan"


def _state(plan: Plan) -> dict[str, dict[str, dict[str, Any]]]:
    side = read_side(plan.conn, "x")
    return {sid: {r["uid"]: {k: v for k, v in r.items() if k not in ("id", "uid")} for r in side.rows[sid]}
            for sid in side.rows}


def _stored(plan: Plan) -> dict[str, dict[str, dict[str, Any]]]:
    """Stored values by row uid (a reference left dangling by a deletion is not an edit)."""
    return read_side(plan.conn, "x").raw


def _value(data, plan: Plan, sid: str, fid: str):
    f = section(sid).field(fid)
    ids = {s: [r["id"] for r in plan.rows(s)] for s in ("objectives", "goals", "actors", "problems")}
    if sid == "ordinance_articles" and fid == "text":
        arts = [r["id"] for r in plan.rows("ordinance_articles")]
        return f"Según el {{{{art:{data.draw(st.sampled_from(arts))}}}}}" if arts else "Sin referencia"
    if f.type is FieldType.TEXT:
        return data.draw(st.sampled_from(["uno", "dos", "tres", "cuatro", None]))
    return data.draw(stored_value(f, ids, "0401"))


LINKS = (FieldType.LINK, FieldType.MULTILINK)


def _edit(data, plan: Plan) -> None:
    """One random edit through Plan, as the windows make them."""
    sid = data.draw(st.sampled_from(SECTIONS_USED))
    sec = section(sid)
    rows = plan.rows(sid)
    kind = data.draw(st.sampled_from(["set", "set", "set", "insert", "delete", "move", "undo"]))
    if sec.single:
        kind = "set" if kind != "undo" else kind
    if kind == "set" and (rows or sec.single):
        rid = 1 if sec.single else data.draw(st.sampled_from([r["id"] for r in rows]))
        fid = data.draw(st.sampled_from(FIELDS[sid]))
        value = _value(data, plan, sid, fid)
        if value is None and sec.field(fid).required:
            return
        plan.set_value(sid, rid, fid, value, parsed=True)
    elif kind == "insert":
        values = {fid: _value(data, plan, sid, fid) for fid in FIELDS[sid][:2]}
        plan.insert_rows(sid, [{k: v for k, v in values.items() if v is not None}],
                         data.draw(st.integers(0, len(rows))))
    elif kind == "delete" and rows:
        plan.delete_rows(sid, [data.draw(st.sampled_from([r["id"] for r in rows]))])
    elif kind == "move" and len(rows) > 1:
        plan.move_row(sid, data.draw(st.sampled_from([r["id"] for r in rows])), data.draw(st.integers(0, len(rows) - 1)))
    elif kind == "undo" and plan.can_undo:
        plan.undo()


def _edit_side(data, path: Path) -> tuple[dict, dict[str, set[tuple[str, str]]]]:
    """Random edits on one copy; returns its final content and the cells each edit touched. A
    link changed by a command that deleted (or brought back) rows was not touched: the
    deletion changed it, not the person."""
    plan = Plan.open(path)
    touched: dict[str, set[tuple[str, str]]] = {}
    try:
        for _ in range(data.draw(st.integers(0, 6))):
            before = _stored(plan)
            _edit(data, plan)
            after = _stored(plan)
            rows_changed = any(set(before[sid]) != set(after[sid]) for sid in after)
            for sid in after:
                links = {f.id for f in section(sid).fields if f.type in LINKS}
                for uid, row in after[sid].items():
                    old = before[sid].get(uid)
                    if old is not None:
                        for fid, value in row.items():
                            if old.get(fid) != value and not (rows_changed and fid in links):
                                touched.setdefault(sid, set()).add((uid, fid))
        return _state(plan), touched
    finally:
        plan.close()


def _expected(base, a, b, ta, tb, choice: str):
    """The combined content and the conflict keys, worked out from contents and touched cells.
    A link neither side touched but deletions changed names the rows either side names (a set)."""
    conflicts, out, joined = set(), {}, set()
    for sid in a:
        links = {f.id for f in section(sid).fields if f.type in LINKS}
        rows: dict[str, dict] = {}
        for uid in set(a[sid]) | set(b[sid]):
            in_base = uid in base[sid]
            ra, rb = a[sid].get(uid), b[sid].get(uid)
            touched_a = {f for u, f in ta.get(sid, ()) if u == uid}
            touched_b = {f for u, f in tb.get(sid, ()) if u == uid}
            if ra is not None and rb is not None:
                row = dict(base[sid][uid]) if in_base else dict(ra)
                for fid in row:
                    if fid in touched_a and fid in touched_b and ra[fid] != rb[fid]:
                        conflicts.add(f"{sid}/{uid}/{fid}")
                        row[fid] = ra[fid] if choice == "mine" else rb[fid]
                    elif fid in touched_b and fid not in touched_a:
                        row[fid] = rb[fid]
                    elif fid in links and fid not in touched_a and ra[fid] != rb[fid]:
                        joined.add((sid, uid, fid))
                        row[fid] = _as_set(ra[fid]) | _as_set(rb[fid])
                    else:
                        row[fid] = ra[fid]
                rows[uid] = row
            elif ra is not None:
                if not in_base:
                    rows[uid] = ra
                elif touched_a:
                    conflicts.add(f"{sid}/{uid}/*")
                    if choice == "mine":
                        rows[uid] = ra
            else:
                if not in_base:
                    rows[uid] = rb
                elif touched_b:
                    conflicts.add(f"{sid}/{uid}/*")
                    if choice == "theirs":
                        rows[uid] = rb
        out[sid] = rows
    return _drop_dangling(out, joined), conflicts, joined


def _as_set(value) -> set:
    return set(value) if isinstance(value, list) else ({value} if value is not None else set())


def _as_joined(state, joined):
    """`state` with the joined links read as sets (their order is the engine's to choose)."""
    for sid, uid, fid in joined:
        row = state.get(sid, {}).get(uid)
        if row is not None:
            row[fid] = _as_set(row[fid]) or None
    return state


def _drop_dangling(state, joined):
    import re

    for sid, rows in state.items():
        for f in section(sid).fields:
            for uid, row in rows.items():
                v = row.get(f.id)
                if v is None:
                    continue
                if (sid, uid, f.id) in joined:
                    row[f.id] = {x for x in v if x in state.get(f.link, {})} or None
                    continue
                if f.type is FieldType.LINK and v not in state.get(f.link, {}):
                    row[f.id] = None
                elif f.type is FieldType.MULTILINK:
                    row[f.id] = [x for x in v if x in state.get(f.link, {})] or None
                elif f.type in (FieldType.TEXT, FieldType.LONGTEXT) and "{{art:@" in v:
                    row[f.id] = re.sub(r"\{\{art:@([0-9a-f]+)\}\}", lambda m: m.group(0) if m.group(1) in
                                       state["ordinance_articles"] else "{{art:0}}", v)
    return state


def _combine(mine: Path, theirs: Path, take: str) -> tuple[dict, set[str], Plan]:
    plan = Plan.open(mine)
    mplan = session.compare(read_side(plan.conn, mine.name), session.read_file(theirs))
    session.apply(plan, mplan, session.choices_for(mplan, take))
    return _state(plan), {c.key for c in mplan.conflicts}, plan


def _orders(plan: Plan) -> dict[str, list[str]]:
    side = read_side(plan.conn, "x")
    return {sid: [r["uid"] for r in side.rows[sid]] for sid in SECTIONS_USED}


@BOUNDED
@given(st.data(), st.sampled_from(["mine", "theirs"]))
def test_combining_two_forks_keeps_one_side_edits_reports_conflicts_and_is_symmetric(user_home, data, take):
    folder = Path(tempfile.mkdtemp(prefix="merge-prop-"))
    try:
        base_path = _base(folder)
        base_plan = Plan.open(base_path, read_only=True)
        base = _state(base_plan)
        base_plan.close()
        a_path = fork_file(base_path, folder / "a.lplan")
        b_path = fork_file(base_path, folder / "b.lplan")
        a, ta = _edit_side(data, a_path)
        b, tb = _edit_side(data, b_path)
        expected, conflicts, joined = _expected(base, a, b, ta, tb, take)
        shutil.copy(a_path, folder / "ab.lplan")
        shutil.copy(b_path, folder / "ba.lplan")
        got, reported, ab = _combine(folder / "ab.lplan", b_path, take)
        assert reported == conflicts
        assert _as_joined(copy.deepcopy(got), joined) == expected
        again = session.compare(read_side(ab.conn, "ab"), session.read_file(b_path))
        assert again.empty, "combining again must change nothing"
        other = "theirs" if take == "mine" else "mine"
        got_ba, reported_ba, ba = _combine(folder / "ba.lplan", a_path, other)
        assert got_ba == got
        assert _orders(ba) == _orders(ab), "the order of rows must not depend on which copy is mine"
        ab.close()
        ba.close()
        shutil.copy(a_path, folder / "self.lplan")
        plan = Plan.open(a_path)
        assert session.compare(read_side(plan.conn, "a"), session.read_file(folder / "self.lplan")).empty
        plan.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.get("LOCALPLAN_HOME")


@settings(BOUNDED, max_examples=10)
@given(st.data())
def test_the_order_of_non_conflicting_edits_does_not_matter(user_home, data):
    """The same edits of distinct cells, made in two orders on two copies, combine into the same plan."""
    folder = Path(tempfile.mkdtemp(prefix="merge-order-"))
    try:
        base_path = _base(folder)
        a_path = fork_file(base_path, folder / "a.lplan")
        a = Plan.open(a_path)
        a.set_value("gad", 1, "team", "Equipo A", parsed=True)  # an edit of mine, apart from theirs
        a.set_value("projects", 1, "name", "Casa de acogida", parsed=True)
        a.close()
        plan = Plan.open(base_path, read_only=True)
        cells = sorted({(sid, r["id"], fid) for sid in ("goals", "objectives", "actors") for r in plan.rows(sid)
                        for fid in FIELDS[sid][:1]})
        plan.close()
        chosen = data.draw(st.lists(st.sampled_from(cells), min_size=1, max_size=6, unique=True))
        edits = [(sid, rid, fid, f"valor {n}") for n, (sid, rid, fid) in enumerate(chosen)]
        results = []
        for name, ordered in (("b1", edits), ("b2", data.draw(st.permutations(edits)))):
            b = fork_file(base_path, folder / f"{name}.lplan")
            p = Plan.open(b)
            for sid, rid, fid, value in ordered:
                p.set_value(sid, rid, fid, value, parsed=True)
            p.close()
            shutil.copy(a_path, folder / f"a-{name}.lplan")
            got, conflicts, merged = _combine(folder / f"a-{name}.lplan", b, "theirs")
            merged.close()
            assert not conflicts
            results.append(got)
        assert results[0] == results[1]
        assert any(r["team"] == "Equipo A" for r in results[0]["gad"].values())
    finally:
        shutil.rmtree(folder, ignore_errors=True)

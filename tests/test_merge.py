"""Copies that know their family, and combining them (docs/TEAMWORK.md)."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from localplan.cli import main
from localplan.domain.plan import Plan
from localplan.merge import session
from localplan.store import identity, planfile
from localplan.store.fork import fork_file

FIXTURES = Path(__file__).parent / "fixtures"
GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}


def _uids(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT "id", "uid" FROM "{t}" ORDER BY "id"').fetchall()
                for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 's_%'")}
    finally:
        conn.close()


def test_upgrading_a_v3_plan_gives_every_row_an_identity_and_two_copies_agree(tmp_path):
    a, b = tmp_path / "a.lplan", tmp_path / "b.lplan"
    shutil.copy(FIXTURES / "plan_v3.lplan", a)
    shutil.copy(FIXTURES / "plan_v3.lplan", b)
    for p in (a, b):
        Plan.open(p).close()
    ua, ub = _uids(a), _uids(b)
    assert ua == ub
    rows = [r for table in ua.values() for r in table]
    assert len(rows) > 50 and all(uid for _, uid in rows)
    assert len({uid for _, uid in rows}) == len(rows)  # unique across sections (single records named by section)
    conn = sqlite3.connect(a)
    plan_id = identity.plan_id_of(conn)
    conn.close()
    assert plan_id and session.read_file(b).plan_id == plan_id


def test_new_rows_get_identities_that_survive_a_copy_and_the_undo_of_a_delete(new_plan, tmp_path):
    ids = new_plan.insert_rows("actors", [{"name": "ACNUR"}, {"name": "Cruz Roja"}])
    before = _uids(new_plan.path)["s_actors"]
    assert all(uid for _, uid in before)
    new_plan.delete_rows("actors", [ids[0]])
    new_plan.undo()
    assert _uids(new_plan.path)["s_actors"] == before
    copy = fork_file(new_plan.path, tmp_path / "copia.lplan", "para Ana")
    assert _uids(copy)["s_actors"] == before
    conn = sqlite3.connect(copy)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert meta["fork_note"] == "para Ana" and json.loads(meta["fork_point"]) and meta["forked_at"]
    assert meta["replica"] != planfile.read_meta(new_plan.conn).get("replica")
    assert planfile.inspect(copy) == (4, False)  # the exact-schema check holds


@pytest.fixture
def family(tmp_path, user_home):
    base = Plan.create(tmp_path / "base.lplan", GAD)
    base.insert_rows("objectives", [{"name": "Acogida"}, {"name": "Integración"}])
    base.insert_rows("goals", [{"statement": "Meta 1", "objective": 1}, {"statement": "Meta 2", "objective": 2}])
    base.insert_rows("ordinance_articles", [{"kind": "article", "heading": f"Art {i}", "text": f"Texto {i}"}
                                            for i in range(1, 4)])
    base.close()
    mine = fork_file(tmp_path / "base.lplan", tmp_path / "mine.lplan")
    theirs = fork_file(tmp_path / "base.lplan", tmp_path / "theirs.lplan")
    return mine, theirs


def _merge(mine: Plan, theirs_path, take=None):
    mplan = session.compare(session.read_side(mine.conn, "mine"), session.read_file(theirs_path))
    return mplan, session.apply(mine, mplan, session.choices_for(mplan, take)) if (take or not mplan.conflicts) else None


def test_one_side_edits_come_in_links_are_remapped_and_combining_again_changes_nothing(family):
    mine_path, theirs_path = family
    t = Plan.open(theirs_path)
    t.set_value("goals", 2, "statement", "Meta 2 (de ellos)")
    obj = t.insert_row("objectives", {"name": "Retorno"})
    art = t.insert_row("ordinance_articles", {"kind": "article", "heading": "Nuevo", "text": "Véase {{art:1}}"})
    t.insert_row("goals", {"statement": "Meta de retorno", "objective": obj})
    t.set_value("ordinance_articles", 2, "text", f"Según el {{{{art:{art}}}}}")
    t.close()
    m = Plan.open(mine_path)
    mine_obj = m.insert_row("objectives", {"name": "Mía"})  # takes the same local id as theirs' new objective
    m.set_value("goals", 1, "statement", "Meta 1 (mía)")
    mplan, applied = _merge(m, theirs_path)
    assert not mplan.conflicts and applied.command.ops
    objectives = {r["id"]: r["name"] for r in m.rows("objectives")}
    goals = {r["statement"]: r for r in m.rows("goals")}
    assert goals["Meta 1 (mía)"] and goals["Meta 2 (de ellos)"]
    assert objectives[goals["Meta de retorno"]["objective"]] == "Retorno"
    assert objectives[mine_obj] == "Mía"
    articles = {r["heading"]: r for r in m.rows("ordinance_articles")}
    assert articles["Art 2"]["text"] == f"Según el {{{{art:{articles['Nuevo']['id']}}}}}"
    assert articles["Nuevo"]["text"] == f"Véase {{{{art:{articles['Art 1']['id']}}}}}"
    again, _ = _merge(m, theirs_path)
    assert again.empty
    snapshot = m.snapshot().sections
    m.undo()
    assert {r["statement"] for r in m.rows("goals")} == {"Meta 1 (mía)", "Meta 2"}
    again, _ = _merge(m, theirs_path)  # undo forgot what was learnt: the same changes come in again
    assert m.snapshot().sections == snapshot
    m.close()


def test_conflicts_both_changed_and_edit_against_delete(family):
    mine_path, theirs_path = family
    t = Plan.open(theirs_path)
    t.set_value("goals", 1, "statement", "Suya")
    t.set_value("objectives", 2, "name", "Integración (editada)")
    t.close()
    m = Plan.open(mine_path)
    m.set_value("goals", 1, "statement", "Mía")
    m.delete_rows("objectives", [2])
    mplan, applied = _merge(m, theirs_path)
    assert applied is None
    kinds = sorted((c.section, c.field, c.kind) for c in mplan.conflicts)
    assert kinds == [("goals", "statement", "both"), ("objectives", "", "mine_deleted")]
    session.apply(m, mplan, session.choices_for(mplan, "theirs"))
    assert [r["statement"] for r in m.rows("goals")][0] == "Suya"
    assert "Integración (editada)" in {r["name"] for r in m.rows("objectives")}
    restored = {r["name"]: r["id"] for r in m.rows("objectives")}["Integración (editada)"]
    assert m.rows("goals")[1]["objective"] == restored  # the goal names the objective brought back again
    assert _merge(m, theirs_path)[0].empty
    m.close()


def test_each_copy_deleting_another_linked_row_is_no_conflict_and_breaks_no_link(family):
    """A project names goals 1 and 2; one copy deletes goal 1, the other goal 2: the project's
    link changed by deletions only, on both sides, so it is not a conflict (issue #22)."""
    mine_path, theirs_path = family
    base = Plan.open(mine_path)
    base.insert_rows("projects", [{"name": "Casa", "goals": [1, 2], "objectives": [1, 2]}])
    base.close()
    shutil.copy(mine_path, theirs_path)
    for path, goal, objective in ((mine_path, 1, None), (theirs_path, 2, 2)):
        p = Plan.open(path)
        p.delete_rows("goals", [goal])
        if objective:
            p.delete_rows("objectives", [objective])
        p.close()
    m = Plan.open(mine_path)
    mplan, applied = _merge(m, theirs_path)
    assert not mplan.conflicts and applied is not None
    assert m.rows("goals") == []
    project = m.rows("projects")[0]
    assert project["goals"] is None and project["objectives"] == [1]
    assert _merge(m, theirs_path)[0].empty
    m.close()
    t = Plan.open(theirs_path)  # the other way round: the same plan
    mplan, _ = _merge(t, mine_path)
    assert not mplan.conflicts and t.rows("goals") == [] and t.rows("projects")[0]["goals"] is None
    assert [r["name"] for r in t.rows("objectives")] == ["Acogida"] and t.rows("projects")[0]["objectives"] == [1]
    t.close()


def test_cli_reports_conflicts_with_exit_1_and_writes_nothing_until_resolved(family, tmp_path, capsys):
    mine_path, theirs_path = family
    for path, text in ((mine_path, "A"), (theirs_path, "B")):
        p = Plan.open(path)
        p.set_value("gad", 1, "team", f"Equipo {text}")
        p.close()
    before = mine_path.read_bytes()
    report = tmp_path / "r.json"
    assert main(["merge", str(mine_path), str(theirs_path), "--report", str(report)]) == 1
    assert mine_path.read_bytes() == before
    doc = json.loads(report.read_text(encoding="utf-8"))
    (conflict,) = doc["files"][0]["conflicts"]
    assert (conflict["mine"], conflict["theirs"], conflict["field"]) == ("Equipo A", "Equipo B", "team")
    conflict["choice"] = "theirs"
    report.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out.lplan"
    assert main(["merge", str(mine_path), str(theirs_path), "--resolve", str(report), "-o", str(out)]) == 0
    assert mine_path.read_bytes() == before
    assert Plan.open(out, read_only=True).record("gad")["team"] == "Equipo B"
    conflict["choice"], conflict["value"] = "value", "Equipo conjunto"  # the third choice: a value written here
    report.write_text(json.dumps(doc), encoding="utf-8")
    typed = tmp_path / "typed.lplan"
    assert main(["merge", str(mine_path), str(theirs_path), "--resolve", str(report), "-o", str(typed)]) == 0
    combined = Plan.open(typed, read_only=True)
    assert combined.record("gad")["team"] == "Equipo conjunto"
    assert session.compare(session.read_side(combined.conn, "t"), session.read_file(theirs_path)).empty
    combined.close()
    assert main(["merge", str(mine_path), str(theirs_path), "--take", "mine"]) == 0
    assert Plan.open(mine_path, read_only=True).record("gad")["team"] == "Equipo A"
    assert not list(tmp_path.glob(".merge-*"))


def test_cli_a_value_written_for_a_link_or_a_bad_value_is_refused(family, tmp_path, capsys):
    mine_path, theirs_path = family
    for path, objective, year in ((mine_path, None, "2024"), (theirs_path, 2, "2025")):
        p = Plan.open(path)
        p.set_value("goals", 1, "objective", objective)
        p.set_value("gad", 1, "period_start", int(year))
        p.close()
    before = mine_path.read_bytes()
    report = tmp_path / "r.json"
    assert main(["merge", str(mine_path), str(theirs_path), "--report", str(report)]) == 1
    doc = json.loads(report.read_text(encoding="utf-8"))
    by_field = {c["field"]: c for c in doc["files"][0]["conflicts"]}
    by_field["objective"]["choice"], by_field["objective"]["value"] = "value", "Acogida"
    by_field["period_start"]["choice"] = "mine"
    report.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["merge", str(mine_path), str(theirs_path), "--resolve", str(report)]) == 2
    assert "solo" in capsys.readouterr().err
    by_field["objective"]["choice"] = "theirs"
    by_field["period_start"]["choice"], by_field["period_start"]["value"] = "value", "dos mil"
    report.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["merge", str(mine_path), str(theirs_path), "--resolve", str(report)]) == 2
    assert capsys.readouterr().err
    assert mine_path.read_bytes() == before


def test_cli_refuses_a_plan_of_another_family(family, tmp_path, capsys):
    mine_path, _ = family
    Plan.create(tmp_path / "other.lplan", GAD).close()
    before = mine_path.read_bytes()
    assert main(["merge", str(mine_path), str(tmp_path / "other.lplan")]) == 2
    assert "no es una copia" in capsys.readouterr().err
    assert mine_path.read_bytes() == before


def test_a_workshop_combines_several_copies_in_one_run(family, tmp_path):
    mine_path, theirs_path = family
    copies = [fork_file(mine_path, tmp_path / f"participante {i}.lplan") for i in range(3)]
    for i, path in enumerate(copies):
        p = Plan.open(path)
        p.insert_rows("problems", [{"title": f"Problema del participante {i}"}])
        p.close()
    assert main(["merge", str(mine_path), *map(str, copies), "-o", str(tmp_path / "taller.lplan")]) == 0
    titles = [r["title"] for r in Plan.open(tmp_path / "taller.lplan", read_only=True).rows("problems")]
    assert sorted(titles) == [f"Problema del participante {i}" for i in range(3)]


def test_two_answers_to_one_criterion_made_apart_are_one_row(family):
    from localplan.forms.values import choice_codes

    mine_path, theirs_path = family
    criterion = sorted(choice_codes("assessment_criteria", None))[0]
    answers = sorted(choice_codes("assessment_answers", None))
    for path, answer, note in ((mine_path, answers[0], "Nota común"), (theirs_path, answers[1], "Nota común")):
        p = Plan.open(path)
        p.insert_rows("self_assessment", [{"criterion": criterion, "answer": answer, "note": note}])
        p.close()
    m = Plan.open(mine_path)
    mplan, _ = _merge(m, theirs_path)
    assert [(c.section, c.field) for c in mplan.conflicts] == [("self_assessment", "answer")]
    session.apply(m, mplan, session.choices_for(mplan, "theirs"))
    rows = m.rows("self_assessment")
    assert [(r["criterion"], r["answer"], r["note"]) for r in rows] == [(criterion, answers[1], "Nota común")]
    assert _merge(m, theirs_path)[0].empty
    m.close()


def test_a_reference_to_an_article_deleted_on_one_side_points_at_the_article_kept_by_the_conflict(tmp_path):
    """One copy renames article 1, the other deletes it; article 4 cites {{art:1}} and nobody touched
    its text. Keeping the article (edit against delete) must leave article 4 citing it, whichever
    copy is "mine": the deletion made the reference read "missing" there, it did not edit the text."""
    base = Plan.create(tmp_path / "base.lplan", GAD)
    base.insert_rows("ordinance_articles", [{"kind": "article", "heading": f"Art {i}", "text": f"Ver {{{{art:{1 + i % 3}}}}}"}
                                            for i in range(4)])
    base.close()
    editor = fork_file(tmp_path / "base.lplan", tmp_path / "editor.lplan")
    deleter = fork_file(tmp_path / "base.lplan", tmp_path / "deleter.lplan")
    p = Plan.open(editor)
    p.set_value("ordinance_articles", 1, "heading", "Nuevo", parsed=True)
    p.close()
    p = Plan.open(deleter)
    p.delete_rows("ordinance_articles", [1])
    p.close()
    for mine_path, other, take in ((deleter, editor, "theirs"), (editor, deleter, "mine")):
        shutil.copy(mine_path, tmp_path / "result.lplan")
        plan = Plan.open(tmp_path / "result.lplan")
        try:
            mplan, _ = _merge(plan, other, take)
            assert [c.field for c in mplan.conflicts] == [""]
            rows = {r["heading"]: r for r in plan.rows("ordinance_articles")}
            kept = rows["Nuevo"]["id"]
            assert rows["Art 3"]["text"] == f"Ver {{{{art:{kept}}}}}"
            assert rows["Nuevo"]["text"] == f"Ver {{{{art:{kept}}}}}"
            assert session.compare(session.read_side(plan.conn, "r"), session.read_file(editor)).empty
        finally:
            plan.close()
    # the deletion kept: the reference shows as missing, as before
    shutil.copy(deleter, tmp_path / "result.lplan")
    plan = Plan.open(tmp_path / "result.lplan")
    try:
        _merge(plan, editor, "mine")
        side = session.read_side(plan.conn, "r")
        texts = {r["heading"]: r["text"] for r in side.rows["ordinance_articles"]}
        assert "Nuevo" not in texts and texts["Art 3"] == "Ver {{art:0}}"
    finally:
        plan.close()

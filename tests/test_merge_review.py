"""The review of a combining (File › Combine with another copy…), driven with the keyboard."""

import pytest
from PySide6.QtCore import Qt

from localplan.domain.plan import Plan
from localplan.merge import session
from localplan.store.fork import fork_file
from localplan.ui.merge_review import MergeReview

GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}


@pytest.fixture
def two_conflicts(tmp_path, user_home):
    base = Plan.create(tmp_path / "base.lplan", GAD)
    base.insert_rows("goals", [{"statement": "Meta común"}])
    base.close()
    mine = fork_file(tmp_path / "base.lplan", tmp_path / "mía.lplan")
    theirs = fork_file(tmp_path / "base.lplan", tmp_path / "de Ana.lplan")
    t = Plan.open(theirs)
    t.set_value("gad", 1, "team", "Equipo de Ana")
    t.set_value("goals", 1, "statement", "Meta según Ana")
    t.insert_rows("actors", [{"name": "ACNUR"}])
    t.close()
    plan = Plan.open(mine)
    plan.set_value("gad", 1, "team", "Equipo de planificación")
    plan.set_value("goals", 1, "statement", "Meta según planificación")
    yield plan, theirs
    plan.close()


def _review(qtbot, plan, theirs):
    mplan = session.compare(session.read_side(plan.conn, plan.path.name), session.read_file(theirs))
    dialog = MergeReview(plan, mplan)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_conflicts_resolved_each_way_then_undo(qtbot, two_conflicts):
    plan, theirs = two_conflicts
    before = plan.snapshot().sections
    dialog = _review(qtbot, plan, theirs)
    assert "Actores: 1 nuevo" in dialog.summary.text() and "Perfil del GAD: 1 conflicto" in dialog.summary.text()
    assert dialog.table.rowCount() == 2
    texts = [dialog.table.item(r, c).text() for r in range(2) for c in range(4)]
    assert any("Equipo de Ana" in t for t in texts) and any("Meta según planificación" in t for t in texts)
    assert not dialog.apply_button.isEnabled()
    keys = [c.key for c in dialog.mplan.conflicts]
    gad_row = keys.index("gad/gad/team")
    goal_row = 1 - gad_row
    gad_combo, goal_combo = dialog.combos[gad_row], dialog.combos[goal_row]
    gad_combo.setFocus()
    qtbot.keyClick(gad_combo, Qt.Key.Key_Down)  # Keep mine
    assert not dialog.apply_button.isEnabled()
    goal_combo.setFocus()
    qtbot.keyClick(goal_combo, Qt.Key.Key_Down)
    qtbot.keyClick(goal_combo, Qt.Key.Key_Down)  # Take theirs
    assert dialog.apply_button.isEnabled()
    assert plan.snapshot().sections == before  # nothing is written before Combine
    dialog.apply_button.setFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert plan.record("gad")["team"] == "Equipo de planificación"
    assert plan.rows("goals")[0]["statement"] == "Meta según Ana"
    assert [r["name"] for r in plan.rows("actors")] == ["ACNUR"]
    after = plan.snapshot().sections
    assert plan.undo()
    assert plan.snapshot().sections == before  # one undo step takes the whole combining back
    assert plan.redo()
    assert plan.snapshot().sections == after


def test_a_typed_value_and_a_cancelled_review(qtbot, two_conflicts):
    plan, theirs = two_conflicts
    before_bytes = plan.path.read_bytes()
    dialog = _review(qtbot, plan, theirs)
    dialog.reject()
    assert plan.path.read_bytes() == before_bytes  # cancelled: nothing written
    dialog = _review(qtbot, plan, theirs)
    keys = [c.key for c in dialog.mplan.conflicts]
    row = keys.index("gad/gad/team")
    dialog.combos[row].setCurrentIndex(3)
    dialog.edits[row].setText("Equipo conjunto de Tulcán")
    dialog.combos[1 - row].setCurrentIndex(1)
    dialog.grab().save(str(plan.path.parent / "review.png"))
    dialog.apply_button.click()
    assert plan.record("gad")["team"] == "Equipo conjunto de Tulcán"
    again = session.compare(session.read_side(plan.conn, "mía"), session.read_file(theirs))
    assert again.empty  # the typed value is newer than both sides


def test_the_file_menu_gives_a_copy_and_combines_it_back(qtbot, two_conflicts, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from localplan.ui import merge_review
    from localplan.ui.main_window import MainWindow

    plan, _ = two_conflicts
    window = MainWindow()
    qtbot.addWidget(window)
    give, combine = window.teamwork_actions
    assert not give.isEnabled() and not combine.isEnabled()
    window.set_plan(plan)
    assert give.isEnabled() and combine.isEnabled()
    copy = tmp_path / "para Luis.lplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    give.trigger()
    other = Plan.open(copy)
    other.insert_rows("problems", [{"title": "Falta de albergues"}])
    other.close()
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(merge_review.MergeReview, "exec", lambda self: shown.append(self) or self.apply() or 1)
    combine.trigger()  # read and compared off the UI thread, then the review
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    (dialog,) = shown
    assert "Diagnóstico" in dialog.summary.text() and not dialog.mplan.conflicts
    assert [r["title"] for r in plan.rows("problems")] == ["Falta de albergues"]


def test_a_value_typed_with_the_keyboard_then_undo(qtbot, two_conflicts):
    """The third choice of a conflict: a value written in the review (issue #22, "mine, theirs, or edit")."""
    plan, theirs = two_conflicts
    before = plan.snapshot().sections
    dialog = _review(qtbot, plan, theirs)
    keys = [c.key for c in dialog.mplan.conflicts]
    gad_row = keys.index("gad/gad/team")
    combo, edit = dialog.combos[gad_row], dialog.edits[gad_row]
    assert combo.count() == 4 and not edit.isEnabled()
    combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Choose… → Keep mine → Take theirs → Write another value
    assert edit.isEnabled()
    edit.setFocus()
    qtbot.keyClicks(edit, "Equipo conjunto")
    other = dialog.combos[1 - gad_row]
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Down)  # Keep mine
    assert dialog.apply_button.isEnabled()
    assert plan.snapshot().sections == before
    dialog.apply_button.setFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert plan.record("gad")["team"] == "Equipo conjunto"
    assert plan.rows("goals")[0]["statement"] == "Meta según planificación"
    assert [r["name"] for r in plan.rows("actors")] == ["ACNUR"]
    assert plan.undo()
    assert plan.snapshot().sections == before  # the typed value and the rest of the combining: one undo step
    again = session.compare(session.read_side(plan.conn, "mía"), session.read_file(theirs))
    assert {c.key for c in again.conflicts} == set(keys)  # undone: the same conflicts come back


def test_a_link_conflict_offers_mine_or_theirs(qtbot, tmp_path, user_home):
    base = Plan.create(tmp_path / "base.lplan", GAD)
    base.insert_rows("objectives", [{"name": "Acogida"}, {"name": "Retorno"}])
    base.insert_rows("goals", [{"statement": "Meta común", "objective": 1}])
    base.close()
    mine = fork_file(tmp_path / "base.lplan", tmp_path / "mía.lplan")
    theirs = fork_file(tmp_path / "base.lplan", tmp_path / "de Ana.lplan")
    t = Plan.open(theirs)
    t.set_value("goals", 1, "objective", 2)
    t.close()
    plan = Plan.open(mine)
    plan.set_value("goals", 1, "objective", None)
    dialog = _review(qtbot, plan, theirs)
    [conflict] = dialog.mplan.conflicts
    assert conflict.field == "objective" and dialog.combos[0].count() == 3  # no free text for a link
    assert "Retorno" in dialog.table.item(0, 3).text()
    dialog.combos[0].setCurrentIndex(2)
    dialog.apply_button.click()
    assert plan.rows("goals")[0]["objective"] == 2
    plan.close()

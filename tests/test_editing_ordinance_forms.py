"""The ordinance pages save on change (issue 16, item 6): every form field typed into is in the plan
file after switching step, with no button pressed; each edit is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from windows import show_active

from localplan.domain.plan import Plan
from localplan.ui.ordinance_page import OrdinancePage


@pytest.fixture
def window(qtbot, new_plan, user_home):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    new_plan.insert_rows("ordinance_articles", [{"kind": "article", "text": "Objeto."}])
    new_plan.insert_rows("ordinance_recitals", [{"reference": "Const., art. 40", "text": "Que..."}])
    new_plan.insert_rows("ordinance_dispositions", [{"kind": "general", "text": "Primera."}])
    w.set_plan(new_plan)
    yield show_active(qtbot, w, 1280, 860)
    w.close_plan()


def type_into(qtbot, widget, text: str) -> None:
    """Focus a field and type ASCII text at its end with the keyboard (no button, no Return)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_every_ordinance_field_is_saved_when_left_without_a_button(qtbot, window):
    plan = window.plan
    path = plan.path
    step = window.view.show_step("ordinance")
    [page] = step.findChildren(OrdinancePage)
    before_undo = plan.undo_text

    motives = page.motives.editors
    type_into(qtbot, motives["title"], "Ordenanza de movilidad humana")
    type_into(qtbot, motives["motives_situation"], "En el canton viven 1200 personas migrantes.")
    type_into(qtbot, motives["place"], "Tulcan")
    combo = motives["executive_form"]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # chosen with the keyboard: saved at once

    page.tabs.setCurrentIndex(1)  # recitals: the tab switch leaves the last field
    page.recitals.list.setCurrentRow(0)
    type_into(qtbot, page.recitals.editors["reference"], ", num. 2")
    page.tabs.setCurrentIndex(2)
    page.articles.list.setCurrentRow(0)
    type_into(qtbot, page.articles.editors["heading"], "Objeto")
    type_into(qtbot, page.articles.editors["text"], " Regula la proteccion.")
    page.tabs.setCurrentIndex(3)
    page.dispositions.list.setCurrentRow(0)
    type_into(qtbot, page.dispositions.editors["text"], " Vigencia.")

    page.tabs.setCurrentIndex(4)
    approval = page.approval
    approval.step.setCurrentIndex(approval.step.findData("first_debate"))
    approval.record_step()  # recording a step is an act; its fields are then a form that saves on change
    form = approval.form
    date, reference, notes = (form.editors[f] for f in ("date", "reference", "notes"))
    assert form.row_id is not None and date.isEnabled()
    assert "step" not in form.editors, "the step is chosen when it is recorded"
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    QTest.keyClicks(date, "14/03/2025")  # typed as every date of the program
    type_into(qtbot, reference, "Acta 7")
    type_into(qtbot, notes, "Aprobada por unanimidad.")  # still focused when the step changes
    assert QApplication.focusWidget() is notes

    window.view.show_step("diagnosis")  # switch step: no button pressed

    expected_record = {"title": "Ordenanza de movilidad humana", "motives_situation": "En el canton viven 1200 personas migrantes.",
                       "place": "Tulcan", "executive_form": combo.itemData(1)}
    step_row = {"step": "first_debate", "date": "2025-03-14", "reference": "Acta 7", "notes": "Aprobada por unanimidad."}

    def check(p: Plan) -> None:
        record = p.record("ordinance")
        assert {k: record.get(k) for k in expected_record} == expected_record
        assert p.rows("ordinance_recitals")[0]["reference"] == "Const., art. 40, num. 2"
        article = p.rows("ordinance_articles")[0]
        assert (article["heading"], article["text"]) == ("Objeto", "Objeto. Regula la proteccion.")
        assert p.rows("ordinance_dispositions")[0]["text"] == "Primera. Vigencia."
        [row] = p.rows("ordinance_steps")
        assert {k: row.get(k) for k in step_row} == step_row

    check(plan)
    # one undo step per field: the last one (the notes) goes back alone, then comes back
    assert plan.undo_text != before_undo
    plan.undo()
    assert plan.rows("ordinance_steps")[0].get("notes") is None
    assert plan.rows("ordinance_steps")[0]["reference"] == "Acta 7"
    plan.undo()
    assert plan.rows("ordinance_steps")[0].get("reference") is None
    assert plan.rows("ordinance_steps")[0]["date"] == "2025-03-14"
    plan.redo()
    plan.redo()
    check(plan)

    window.close_plan()
    reopened = Plan.open(path)
    try:
        check(reopened)  # on disk
    finally:
        reopened.close()


def test_closing_the_plan_saves_the_field_being_typed(qtbot, window):
    plan = window.plan
    path = plan.path
    step = window.view.show_step("ordinance")
    [page] = step.findChildren(OrdinancePage)
    type_into(qtbot, page.motives.editors["subject"], "Proteccion de derechos")
    window.close_plan()  # the field still has the focus
    reopened = Plan.open(path)
    try:
        assert reopened.record("ordinance").get("subject") == "Proteccion de derechos"
    finally:
        reopened.close()


def test_looking_at_a_step_changes_nothing(qtbot, window):
    plan = window.plan
    [row_id] = plan.insert_rows("ordinance_steps", [{"step": "filed", "reference": "Oficio 1 "}])  # no date yet
    before = [dict(r) for r in plan.rows("ordinance_steps")]
    undo = plan.undo_text
    step = window.view.show_step("ordinance")
    [page] = step.findChildren(OrdinancePage)
    page.tabs.setCurrentIndex(4)
    page.approval.select(row_id)
    form = page.approval.form
    assert form.row_id == row_id
    for w in (form.editors["date"], form.editors["reference"], form.editors["notes"]):
        w.setFocus()
        qtbot.waitUntil(w.hasFocus)
    window.view.show_step("diagnosis")  # the fields are left and the page is hidden: nothing was typed
    assert [dict(r) for r in plan.rows("ordinance_steps")] == before and plan.undo_text == undo


def test_tab_leaves_a_multi_line_field_and_saves_it(qtbot, window):
    """Tab in a notes or article text moves to the next field (it used to type a tab character and stay)."""
    plan = window.plan
    [row_id] = plan.insert_rows("ordinance_steps", [{"step": "filed", "date": "2025-03-03"}])
    step = window.view.show_step("ordinance")
    [page] = step.findChildren(OrdinancePage)
    page.tabs.setCurrentIndex(4)
    page.approval.select(row_id)
    notes = page.approval.form.editors["notes"]
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "Primera nota")
    QTest.keyClick(notes, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not notes.hasFocus())
    assert plan.row("ordinance_steps", row_id)["notes"] == "Primera nota"
    plan.undo()
    assert plan.row("ordinance_steps", row_id)["notes"] is None

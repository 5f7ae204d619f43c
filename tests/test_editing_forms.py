"""Forms save on change and keep what was typed when it is refused (issue 16, item 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from windows import show_active

from localplan.ui.assessment_page import AssessmentPage
from localplan.ui.record_form import RecordForm


def show(qtbot, widget):
    return show_active(qtbot, widget, 1100, 800)


def test_refused_text_stays_in_the_detail_editor_until_corrected_or_cancelled(qtbot, new_plan):
    rid = new_plan.insert_row("mobility_profile", {"category": "immigrant", "value": 5})
    form = show(qtbot, RecordForm(new_plan, "mobility_profile", rid))
    before = [dict(r) for r in new_plan.rows("mobility_profile")]
    value = form.field_editor("value")
    value.setFocus()
    value.setText("unos cuantos")
    QTest.keyClick(value, Qt.Key.Key_Return)
    assert value.text() == "unos cuantos" and "no es un número" in form.errors["value"].text()
    new_plan.set_value("mobility_profile", rid, "year", 2024)  # a change elsewhere reloads the form
    assert value.text() == "unos cuantos"
    QTest.keyClick(value, Qt.Key.Key_Escape)
    assert value.text() == "5" and not form.errors["value"].isVisibleTo(form)
    value.setText("8")
    QTest.keyClick(value, Qt.Key.Key_Return)
    after = [dict(r) for r in new_plan.rows("mobility_profile")]
    before[0].update(value=8, year=2024)
    assert after == before
    form.detach()
    pid = new_plan.insert_row("problems", {})
    form = show(qtbot, RecordForm(new_plan, "problems", pid))
    title = form.field_editor("title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    typed = "Título " + "x" * 1932  # 1,939 characters in a 200-character field
    title.setText(typed)
    QTest.keyClick(title, Qt.Key.Key_Tab)  # the focus leaves: refused, kept
    assert title.text() == typed and "largo" in form.errors["title"].text()
    assert new_plan.rows("problems")[0].get("title") is None
    form.detach()


def test_self_assessment_answers_and_evidence_save_on_change(qtbot, new_plan):
    page = show(qtbot, AssessmentPage(new_plan))
    code = next(iter(page.rows))
    combo = page.rows[code]
    combo.setFocus()
    yes = combo.findData("yes")
    combo.setCurrentIndex(yes)
    combo.activated.emit(yes)  # what choosing with the keyboard or the mouse emits
    row = next(r for r in new_plan.rows("self_assessment") if r["criterion"] == code)
    assert row["answer"] == "yes" and row["evidence"] is None
    evidence = page.evidence[code]
    evidence.setFocus()
    for ch in "Acta 12":
        QTest.keyClick(QApplication.focusWidget(), ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving the field saves it: no button
    row = next(r for r in new_plan.rows("self_assessment") if r["criterion"] == code)
    assert row["evidence"] == "Acta 12"
    other = list(page.evidence)[1]
    page.evidence[other].setFocus()
    page.evidence[other].setText("a medias")
    page.evidence[other].setModified(True)
    page.rebuild()  # a rebuild (after any change) keeps what is being typed
    assert page.evidence[other].text() == "a medias"
    new_plan.undo()
    assert next(r for r in new_plan.rows("self_assessment") if r["criterion"] == code)["evidence"] is None
    page.detach()


def test_tabbing_through_a_form_changes_nothing(qtbot, new_plan):
    """Moving through every field of a row's form with Tab, typing nothing, leaves the plan as it was:
    a stored "Oficio 1 " (imported with its space) is not trimmed, a date is not rewritten, and the
    form saves what it holds when it is flushed only where it differs."""
    rid = new_plan.insert_row("problems", {"title": "Xenofobia ", "description": "Texto\ncon líneas "})
    before = [dict(r) for r in new_plan.rows("problems")]
    undo = new_plan.undo_text
    form = show(qtbot, RecordForm(new_plan, "problems", rid))
    first = form.field_editor(form.fields[0].id)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for _ in range(2 * len(form.fields)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    form.flush()
    assert [dict(r) for r in new_plan.rows("problems")] == before and new_plan.undo_text == undo
    title = form.field_editor("title")
    title.setText("Xenofobia en la escuela")  # typed, not yet left
    form.flush()
    assert new_plan.row("problems", rid)["title"] == "Xenofobia en la escuela"
    form.detach()

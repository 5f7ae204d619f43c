"""The table page driven with the keyboard as a spreadsheet user does (issue 16).

Each test compares the whole section before and after: an edit changes its cells and nothing
else; the cursor stays where the keys put it.
"""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from windows import show_table

from localplan.ui.choice_popup import ChoiceEditor
from localplan.ui.table_page import TablePage

SECTION = "mobility_profile"


def rows(plan, section=SECTION):
    return copy.deepcopy([dict(r) for r in plan.rows(section)])


def focus():
    return QApplication.focusWidget()


def type_text(text: str) -> None:
    """ASCII only, one key at a time to whatever has the focus (as a person types)."""
    for ch in text:
        assert focus() is not None  # a key with nowhere to go aborts Qt
        QTest.keyClick(focus(), ch)


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    assert focus() is not None
    QTest.keyClick(focus(), key, modifier)


def open_page(qtbot, plan, section=SECTION):
    """A shown, focused table page of six rows (keys go where a person's would)."""
    if section == SECTION:
        plan.insert_rows(SECTION, [{"category": "immigrant", "year": 2020 + n, "value": 100 * n} for n in range(6)])
    return show_table(qtbot, TablePage(plan, section), 1200, 700)


@pytest.fixture
def page(qtbot, new_plan):
    p = open_page(qtbot, new_plan)
    yield p
    p.detach()


def cell(page, row: int, field: str):
    return page.proxy.index(row, page.model.column_of(field))


def current(page) -> tuple[int, str]:
    index = page.view.currentIndex()
    return index.row(), page.model.columns[page.proxy.mapToSource(index).column()].id


def test_tab_and_enter_keep_the_cursor_on_the_edited_row(page, new_plan):
    before = rows(new_plan)
    page.view.setCurrentIndex(cell(page, 2, "nationality"))
    type_text("Colombia")  # typing on a selected cell starts editing it
    assert page.view.is_editing()
    press(Qt.Key.Key_Tab)
    assert current(page) == (2, "sex") and page.view.is_editing()
    assert isinstance(focus(), ChoiceEditor) or isinstance(focus().parentWidget(), ChoiceEditor)
    type_text("muj")  # a list cell filters by any part of a label
    press(Qt.Key.Key_Tab)
    assert current(page) == (2, "age_group")
    type_text("adultas mayores")
    popup = focus().completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 1  # only "Personas adultas mayores (65+)"
    QTest.keyClick(popup, Qt.Key.Key_Tab)  # with the options open, the keys go to the list
    assert not popup.isVisible()
    assert current(page) == (2, "disability")
    press(Qt.Key.Key_Escape)
    assert not page.view.is_editing() and current(page) == (2, "disability")
    for field in ("ethnicity", "migratory_status", "sogi", "parish"):
        press(Qt.Key.Key_Tab)
        assert current(page) == (2, field)
    press(Qt.Key.Key_Tab)
    assert current(page) == (2, "value")
    type_text("1500000")
    press(Qt.Key.Key_Return)  # Enter saves and moves down
    assert current(page) == (3, "value") and not page.view.is_editing()
    type_text("7")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # Shift+Tab: previous cell
    assert current(page) == (3, "parish")
    press(Qt.Key.Key_Escape)
    after = rows(new_plan)
    expected = copy.deepcopy(before)
    expected[2].update(nationality="Colombia", sex="female", age_group="65+", value=1500000)
    expected[3].update(value=7)
    assert after == expected
    assert page.model.data(cell(page, 2, "value")) == "1.500.000"


def test_tab_wraps_to_the_next_row_and_shift_tab_back(page, new_plan):
    last = page.model.columns[-1].id
    page.view.setCurrentIndex(cell(page, 1, last))
    type_text("Alta")
    press(Qt.Key.Key_Tab)
    assert current(page) == (2, page.model.columns[0].id)
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Backtab)
    assert current(page) == (1, last)
    assert new_plan.rows(SECTION)[1]["reliability"] == "high"


def test_an_unchanged_editor_writes_nothing_and_adds_no_undo_step(page, new_plan):
    new_plan.set_value(SECTION, new_plan.rows(SECTION)[0]["id"], "value", 123456)
    steps = new_plan.undo_text
    before = rows(new_plan)
    page.view.setCurrentIndex(cell(page, 0, "value"))
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Escape)
    assert rows(new_plan) == before and new_plan.undo_text == steps
    new_plan.undo()
    assert new_plan.rows(SECTION)[0]["value"] == 0


def test_refused_text_stays_in_the_editor_with_the_reason(page, new_plan):
    before = rows(new_plan)
    page.view.setCurrentIndex(cell(page, 4, "value"))
    type_text("muchos")
    press(Qt.Key.Key_Tab)
    assert page.view.is_editing() and current(page) == (4, "value")
    assert focus().text() == "muchos"
    assert "no es un número" in page.message.text() and page.message.isVisibleTo(page)
    press(Qt.Key.Key_Return)
    assert page.view.is_editing() and focus().text() == "muchos"
    focus().setText("12")
    press(Qt.Key.Key_Return)
    assert current(page) == (5, "value")
    expected = copy.deepcopy(before)
    expected[4]["value"] = 12
    assert rows(new_plan) == expected


def test_over_long_text_is_not_thrown_away_when_the_focus_leaves(qtbot, page, new_plan):
    limit = page.section.field("nationality").max_length
    long_text = "x" * (limit + 50)
    page.view.setCurrentIndex(cell(page, 1, "nationality"))
    press(Qt.Key.Key_F2)
    focus().setText(long_text)
    page.view.setCurrentIndex(cell(page, 3, "year"))  # a click elsewhere commits (and is refused)
    qtbot.waitUntil(lambda: page.view.is_editing())
    assert current(page) == (1, "nationality") and focus().text() == long_text
    assert "largo" in page.message.text()
    press(Qt.Key.Key_Escape)  # cancel: the stored value stays
    assert new_plan.rows(SECTION)[1].get("nationality") is None

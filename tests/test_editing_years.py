"""Yearly values as one column per year of the plan period, in the table and the detail editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_editing_keyboard import focus, open_page, press, type_text


def test_yearly_values_are_a_grid_of_years_in_the_table(qtbot, new_plan):
    new_plan.insert_rows("goals", [{"statement": "Meta A"}, {"statement": "Meta B"}])
    page = open_page(qtbot, new_plan, "goals")
    ids = [c.id for c in page.model.columns]
    assert [i for i in ids if i.startswith("yearly_targets")] == [f"yearly_targets:{y}" for y in range(2023, 2028)]
    assert page.model.headerData(page.model.column_of("yearly_targets:2024"), Qt.Orientation.Horizontal).startswith("2024")
    other = dict(new_plan.rows("goals")[0])
    page.view.setCurrentIndex(page.proxy.index(1, page.model.column_of("yearly_targets:2024")))
    type_text("123456,78")
    press(Qt.Key.Key_Tab)
    type_text("1500000")
    press(Qt.Key.Key_Return)
    assert new_plan.rows("goals")[1]["yearly_targets"] == {"2024": 123456.78, "2025": 1500000.0}
    assert dict(new_plan.rows("goals")[0]) == other
    assert page.model.data(page.proxy.index(1, page.model.column_of("yearly_targets:2025"))) == "1.500.000,00"
    steps = new_plan.undo_text
    page.view.setCurrentIndex(page.proxy.index(1, page.model.column_of("yearly_targets:2024")))
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Tab)  # re-committing the shown text changes nothing
    press(Qt.Key.Key_Escape)
    assert new_plan.undo_text == steps
    assert new_plan.rows("goals")[1]["yearly_targets"] == {"2024": 123456.78, "2025": 1500000.0}
    # the detail editor shows the same years, one box each
    grid = page.detail.field_editor("yearly_targets")
    assert list(grid.boxes) == [str(y) for y in range(2023, 2028)]
    assert grid.boxes["2024"].text() == "123456,78" and grid.boxes["2025"].text() == "1500000"
    grid.boxes["2026"].setText("27000")
    grid.boxes["2026"].setModified(True)
    grid.boxes["2026"].editingFinished.emit()
    assert new_plan.rows("goals")[1]["yearly_targets"] == {"2024": 123456.78, "2025": 1500000.0, "2026": 27000.0}
    new_plan.undo()
    new_plan.undo()
    assert new_plan.rows("goals")[1]["yearly_targets"] == {"2024": 123456.78}
    # a longer period gives another column
    new_plan.set_value("gad", 1, "period_end", 2028)
    assert page.model.column_of("yearly_targets:2028") is not None
    page.detach()


def test_yearly_columns_paste_clear_and_copy(qtbot, new_plan):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    new_plan.insert_rows("projects", [{"name": "Casa de acogida"}, {"name": "Ferias"}])
    page = open_page(qtbot, new_plan, "projects")
    first = page.model.column_of("budget_by_year:2024")
    page.view.setCurrentIndex(page.proxy.index(0, first))
    page.paste("18000\t27000,5\n1.500.000\t\n")
    assert [r["budget_by_year"] for r in new_plan.rows("projects")] == [{"2024": 18000.0, "2025": 27000.5},
                                                                        {"2024": 1500000.0}]
    a, b = page.proxy.index(0, first), page.proxy.index(1, first + 1)
    page.view.selectionModel().select(QItemSelection(a, b), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    text = page.copy()
    assert text.splitlines()[1:] == ["18000\t27000,5", "1500000\t"]
    page.view.setFocus()
    press(Qt.Key.Key_Delete)
    assert [r["budget_by_year"] for r in new_plan.rows("projects")] == [None, None]
    new_plan.undo()
    assert new_plan.rows("projects")[1]["budget_by_year"] == {"2024": 1500000.0}
    assert focus() is not None
    page.detach()


def test_a_refused_year_stays_in_its_box_until_escape(qtbot, new_plan):
    from PySide6.QtTest import QTest

    from localplan.ui.record_form import RecordForm

    rid = new_plan.insert_row("goals", {"statement": "Meta", "yearly_targets": {"2024": 10.0}})
    form = RecordForm(new_plan, "goals", rid)
    qtbot.addWidget(form)
    grid = form.field_editor("yearly_targets")
    box = grid.boxes["2025"]
    box.setText("veinte")
    box.setModified(True)
    box.editingFinished.emit()
    assert box.text() == "veinte" and "no es un número" in form.errors["yearly_targets"].text()
    assert new_plan.rows("goals")[0]["yearly_targets"] == {"2024": 10.0}
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and grid.boxes["2024"].text() == "10"
    form.detach()

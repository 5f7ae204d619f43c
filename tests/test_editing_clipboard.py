"""Copy, paste over a selection, fill down, clear and delete rows, each one undo step (issue 16)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from test_editing_keyboard import SECTION, cell, open_page, press, rows

from localplan.imports.paste import read_grid, write_grid


@pytest.fixture
def sheet(qtbot, new_plan):
    p = open_page(qtbot, new_plan)
    yield p
    p.detach()


def select(page, top: int, left: str, bottom: int, right: str) -> None:
    page.view.setCurrentIndex(cell(page, top, left))
    selection = QItemSelection(cell(page, top, left), cell(page, bottom, right))
    page.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_a_quoted_cell_with_a_line_break_is_one_cell():
    assert read_grid('"Junta de\nprotección"\t"a\tb"\t3\nx\ty\t\n') == [["Junta de\nprotección", "a\tb", "3"], ["x", "y", ""]]


def test_cells_written_for_the_clipboard_read_back_the_same():
    grid = [["a\nb", 'say "hi"', "x\ty"], ["", "2", ""]]
    assert read_grid(write_grid(grid)) == grid


def test_paste_over_a_selection_fills_cells_and_adds_rows_only_past_the_last(sheet, new_plan):
    page = sheet
    before = rows(new_plan)
    page.view.setCurrentIndex(cell(page, 4, "nationality"))
    report = page.paste('"Perú\nnorte"\tMUJERES\n"Chile"\tmale\nArgentina\tMarcianas\n')
    expected = copy.deepcopy(before)
    expected[4].update(nationality="Perú norte", sex="female")  # one cell; a one-line field joins its lines
    expected[5].update(nationality="Chile", sex="male")
    after = rows(new_plan)
    assert after[:6] == expected and len(after) == 7
    assert after[6]["nationality"] == "Argentina" and after[6].get("sex") is None
    cells = [report.table.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["7", "Sexo", "Marcianas"] and "Mujeres" in cells[3]
    report.close()
    new_plan.undo()
    assert rows(new_plan) == before


def test_one_copied_cell_fills_every_selected_cell(sheet, new_plan):
    page = sheet
    before = rows(new_plan)
    select(page, 1, "value", 3, "value")
    assert page.paste("42") is None
    expected = copy.deepcopy(before)
    for n in (1, 2, 3):
        expected[n]["value"] = 42
    assert rows(new_plan) == expected
    new_plan.undo()
    assert rows(new_plan) == before


def test_copy_puts_a_header_row_and_pastes_back_to_the_same_values(sheet, new_plan):
    page = sheet
    new_plan.set_values(SECTION, new_plan.rows(SECTION)[1]["id"], {"nationality": "Junta de protección", "sex": "female"},
                        parsed=True)
    select(page, 1, "category", 2, "value")
    text = page.copy()
    assert QApplication.clipboard().text() == text
    grid = read_grid(text)
    assert grid[0][:3] == ["Categoría", "Nacionalidad / país", "Sexo"]
    assert grid[1][:3] == ["Personas inmigrantes", "Junta de protección", "Mujeres"] and grid[1][-1] == "100"
    before = rows(new_plan)
    page.view.setCurrentIndex(cell(page, 4, "category"))
    page.paste(text)  # the header row is recognised: the cells go back to their columns
    after = rows(new_plan)
    for src, dst in ((1, 4), (2, 5)):
        for key in ("category", "nationality", "sex", "age_group", "parish", "value"):
            assert after[dst].get(key) == before[src].get(key)
    assert after[:4] == before[:4]


def test_delete_clears_the_selected_cells_and_fill_down_copies_the_top_row(sheet, new_plan):
    page = sheet
    before = rows(new_plan)
    select(page, 0, "value", 2, "year")
    page.view.setFocus()
    press(Qt.Key.Key_Delete)
    after = rows(new_plan)
    assert len(after) == len(before)
    for n in range(3):
        assert after[n]["value"] is None and after[n]["year"] is None and after[n]["category"] == "immigrant"
    assert after[3:] == before[3:]
    new_plan.undo()
    assert rows(new_plan) == before
    select(page, 3, "value", 5, "value")
    page.fill_down()
    assert [r["value"] for r in rows(new_plan)] == [0, 100, 200, 300, 300, 300]
    new_plan.undo()
    assert rows(new_plan) == before


def test_deleting_rows_names_how_many_and_is_undoable(sheet, new_plan):
    page = sheet
    before = rows(new_plan)
    select(page, 1, "category", 3, "nationality")
    assert page.delete_button.text() == "Eliminar 3 filas"
    page.delete_rows()
    assert [r["id"] for r in rows(new_plan)] == [before[0]["id"], *[r["id"] for r in before[4:]]]
    assert "3 filas eliminadas" in page.message.text()
    new_plan.undo()
    assert rows(new_plan) == before

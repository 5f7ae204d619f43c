"""Table model and page: add, edit, refused input, undo, paste; big models don't crash."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from localplan.imports.paste import parse_paste
from localplan.ui.table_model import SectionTableModel
from localplan.ui.table_page import TablePage


def test_model_edit_refuse_and_undo(qtbot, new_plan):
    model = SectionTableModel(new_plan, "mobility_profile")
    rid = new_plan.insert_row("mobility_profile", {"category": "immigrant"})
    assert model.rowCount() == 1
    value_col = model.column_of("value")
    messages = []
    model.edit_refused.connect(messages.append)
    assert model.setData(model.index(0, value_col), "1.234", Qt.ItemDataRole.EditRole)
    assert new_plan.row("mobility_profile", rid)["value"] == 1234
    assert model.data(model.index(0, value_col)) == "1.234"
    assert not model.setData(model.index(0, value_col), "muchos", Qt.ItemDataRole.EditRole)
    assert messages and "no es un número" in messages[-1]
    assert new_plan.row("mobility_profile", rid)["value"] == 1234
    cat_col = model.column_of("category")
    assert model.data(model.index(0, cat_col)) == "Personas inmigrantes"
    new_plan.undo()
    assert model.data(model.index(0, value_col)) == ""
    model.detach()


def test_page_add_delete_and_undo(qtbot, new_plan):
    page = TablePage(new_plan, "actors")
    qtbot.addWidget(page)
    page.add_row()
    assert page.model.rowCount() == 1 and page.current_row_id() is not None
    page.detail.field_editor("name").setText("Mesa cantonal de movilidad")
    page.detail.field_editor("name").editingFinished.emit()
    assert page.model.data(page.model.index(0, page.model.column_of("name"))) == "Mesa cantonal de movilidad"
    page.view.selectRow(0)
    page.delete_rows()
    assert page.model.rowCount() == 0
    new_plan.undo()
    assert page.model.rowCount() == 1
    page.detach()


def test_paste_reports_refused_cells_and_keeps_the_rest_of_their_rows(qtbot, new_plan):
    page = TablePage(new_plan, "mobility_profile")
    qtbot.addWidget(page)
    text = ("Categoría\tPersonas\tAño\tTipo de fuente\n"
            "Personas inmigrantes\t1.500\t2024\tPlataforma interagencial\n"
            "Personas emigrantes\tmuchas\t2024\tCenso de población\n"
            "returnee\t200\t2023\tcensus\n"
            "Marcianos\t7\t2022\t\n")
    report = page.paste(text)
    assert report is not None
    assert "4 filas agregadas" in report.summary.text() and "2 celdas rechazadas" in report.summary.text()
    assert report.table.rowCount() == 2
    cells = [[report.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert cells[0][:3] == ["2", "Personas", "muchas"] and "no es un número" in cells[0][3]
    assert cells[1][:3] == ["4", "Categoría", "Marcianos"]
    assert "Opciones válidas" in cells[1][3] and "Personas inmigrantes" in cells[1][3]
    rows = new_plan.rows("mobility_profile")
    assert [r["category"] for r in rows] == ["immigrant", "emigrant", "returnee", None]
    assert rows[1]["value"] is None and rows[1]["year"] == 2024 and rows[3]["value"] == 7
    assert new_plan.undo_text.startswith("Pegar 4")
    new_plan.undo()  # one undo step for the whole paste
    assert page.model.rowCount() == 0
    report.close()
    page.detach()


def test_huge_paste_is_capped_with_a_message(new_plan):
    from localplan.forms import section

    sec = section("actors")
    text = "\n".join(f"Actor {n}\tAcademia" for n in range(50_000))
    result = parse_paste(text, sec, [sec.field("name"), sec.field("type")], new_plan.context())
    assert len(result.rows) == 5000 and result.truncated == 45_000


def test_ten_thousand_rows_twice_do_not_crash(qapp):
    """DESIGN trap: PySide6 6.12 on Python 3.11 aborts after a few thousand appendRow calls."""
    for _ in range(2):
        model = QStandardItemModel()
        for n in range(10_000):
            model.appendRow([QStandardItem(str(n)), QStandardItem("x")])
        assert model.rowCount() == 10_000

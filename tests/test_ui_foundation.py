"""UI foundation details: step path, custom pages, cell editors, DPA combo, big pastes, start-up."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStyleOptionViewItem, QWidget

from localplan.ui.table_model import SectionTableModel


def test_step_path_shows_title_and_completeness(qtbot, new_plan):
    from localplan.ui.plan_view import PlanView

    view = PlanView(new_plan)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    row = view.nav.row_of("profile")
    assert view.nav.item(row).text().startswith("Perfil") and "%" in view.nav.item(row).text()
    before = view.nav.item(row).text()
    new_plan.set_value("gad", 1, "authority", "Ñusta Quishpe")
    view.refresh_completeness()
    assert view.nav.item(row).text() != before
    assert not view.nav.grab().isNull()  # the delegate paints
    view.detach()


def test_a_step_without_tables_shows_its_guidance_once(qtbot, new_plan):
    from localplan.ui.plan_view import PlanView

    view = PlanView(new_plan)
    qtbot.addWidget(view)
    view.resize(1600, 900)  # a large screen: on a small one the panel folds away (test_small_screens)
    view.show()
    view.set_guidance_visible(True)
    page = view.show_step("profile")
    assert view.guide.isVisible() and not page.shows_guidance
    page = view.show_step("ordinance")
    assert not page.shows_guidance and view.guide.isVisible()
    view.detach()


def test_a_section_can_get_a_custom_page(qtbot, new_plan, monkeypatch):
    from localplan.ui import pages_registry
    from localplan.ui.step_page import StepPage

    class Custom(QLabel):
        def __init__(self, plan, parent=None):
            super().__init__("custom", parent)

    monkeypatch.setitem(pages_registry.SECTION_PAGES, "actors", Custom)
    page = StepPage(new_plan, "diagnosis")
    qtbot.addWidget(page)
    assert isinstance(page.show_section("actors"), Custom)
    page.detach()


def test_long_text_cells_get_a_multi_line_editor(qtbot, new_plan):
    from localplan.forms import FieldType, section
    from localplan.ui.delegates import FieldDelegate

    sec = next(s for s in __import__("localplan.forms", fromlist=["SECTIONS"]).SECTIONS
               if not s.single and any(f.type is FieldType.LONGTEXT and f.in_table for f in s.fields))
    new_plan.insert_row(sec.id, {})
    model = SectionTableModel(new_plan, sec.id)
    col = next(n for n, f in enumerate(model.columns) if f.type is FieldType.LONGTEXT)
    parent = QWidget()
    qtbot.addWidget(parent)
    delegate = FieldDelegate(new_plan, parent)
    index = model.index(0, col)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("Primera línea\nSegunda línea")
    delegate.setModelData(editor, model, index)
    assert new_plan.rows(sec.id)[0][model.columns[col].id] == "Primera línea\nSegunda línea"
    assert section(sec.id).id == sec.id
    model.detach()


def test_dpa_combo_accepts_a_typed_code_and_refuses_nonsense(qtbot, new_plan):
    from localplan.ui.record_form import RecordForm

    form = RecordForm(new_plan, "gad", 1)
    qtbot.addWidget(form)
    combo = form.field_editor("gad_code")
    assert combo.count() > 1600
    combo.lineEdit().setText("0402")
    combo.lineEdit().editingFinished.emit()
    assert new_plan.record("gad")["gad_code"] == "0402"
    combo.lineEdit().setText("Narnia")
    combo.lineEdit().editingFinished.emit()
    assert "no es una de las opciones" in form.errors["gad_code"].text()
    assert new_plan.record("gad")["gad_code"] == "0402"
    form.detach()


def test_fifty_thousand_row_paste_is_capped_in_one_undo_step(qtbot, new_plan):
    from localplan.ui.table_page import TablePage

    page = TablePage(new_plan, "actors")
    qtbot.addWidget(page)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    columns = "\t".join(f.label.get() for f in page.model.columns[:1])
    text = columns + "\n" + "\n".join(f"Actor {n}" for n in range(50_000))
    report = page.paste(text)
    assert page.model.rowCount() == 5000
    assert "45000" in report.summary.text() or "45.000" in report.summary.text()
    assert "5000 filas agregadas" in report.summary.text()
    new_plan.undo()
    assert page.model.rowCount() == 0
    report.close()
    page.detach()


def test_section_model_survives_ten_thousand_rows_twice(qapp, new_plan):
    """DESIGN trap (PySide6 6.12 on 3.11 drops None references): our own model, filled twice."""
    rows = [{"name": f"Actor {n}"} for n in range(10_000)]
    model = SectionTableModel(new_plan, "actors")
    for _ in range(2):
        new_plan.insert_rows("actors", rows)
        for r in range(0, model.rowCount(), 97):
            model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole)
            model.headerData(0, Qt.Orientation.Horizontal)
    assert model.rowCount() == 20_000
    model.detach()


def test_start_up_does_not_load_heavy_libraries(tmp_path):
    code = ("import sys; from localplan.app import make_app; make_app(lang='es'); "
            "from localplan.ui.main_window import MainWindow; w = MainWindow(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl', 'docx')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOCALPLAN_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                       cwd=os.path.dirname(os.path.dirname(__file__)))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_new_plan_dialog_names_the_kind_of_unit(qtbot):
    from localplan.ui.new_plan_dialog import NewPlanDialog, unit_kind

    assert [unit_kind(c) for c in ("04", "0401", "040102", "040150", "040151")] == [
        "Province", "Canton", "Urban parish", "Cantonal seat", "Rural parish"]
    dialog = NewPlanDialog()
    qtbot.addWidget(dialog)
    dialog.choose("040150")  # the cantonal seat has no GAD: refused, naming the canton to choose
    assert "no tiene gad propio" in dialog.error.text().lower() and "(0401)" in dialog.error.text()
    assert dialog.code is None
    dialog.choose("040151")
    assert dialog.code == "040151" and not dialog.error.text()

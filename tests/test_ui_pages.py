"""The pages on top of the tables: Problems panel, dashboard, assessment, export, import."""

from pathlib import Path

import pytest

from localplan.demo import build_example
from localplan.domain.plan import Plan


@pytest.fixture
def window(qtbot, tmp_path):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    plan = Plan.open(build_example(tmp_path / "ejemplo.lplan"))
    w.set_plan(plan)
    yield w
    w.close_plan()


def test_clicking_a_finding_lands_on_its_row_and_field(window, qtbot):
    plan = window.plan
    plan.set_value("goals", 4, "baseline_value", None)
    panel = window.view.problems
    panel.refresh()
    item = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if "línea base" in panel.tree.topLevelItem(i).text(2))
    panel._activated(item)
    page = window.view.pages["proposal"].show_section("goals")
    assert window.view.current_step() == "proposal"
    assert page.current_row_id() == 4
    column = page.model.columns[page.proxy.mapToSource(page.view.currentIndex()).column()]
    assert column.id == "baseline_value"


def test_dashboard_shows_the_plan(window):
    window.view.show_step("home")
    texts = [label.text() for label in window.view.dashboard.findChildren(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)]
    assert any("San Rafael" in t for t in texts)
    assert any("$445.000,00" in t for t in texts)


def test_assessment_override_writes_a_row_and_moves_the_index(window):
    from localplan.checks.assessment import index

    page = window.view.show_step("assessment").page_at(0)
    before = index(window.plan.snapshot())[0]
    page.answer("R2", "yes", "Proyectos 5 y 6")
    row = next(r for r in window.plan.rows("self_assessment") if r["criterion"] == "R2")
    assert row["answer"] == "yes" and row["evidence"] == "Proyectos 5 y 6"
    assert index(window.plan.snapshot())[0] > before
    page.answer("R2", None, "")
    assert not any(r["criterion"] == "R2" for r in window.plan.rows("self_assessment"))


def test_export_runs_in_the_background_and_writes_files(window, qtbot, tmp_path):
    page = window.view.show_step("export").page_at(0)
    page.folder.setText(str(tmp_path / "salida"))
    for key, check in page.checks.items():
        check.setChecked(key in ("pdf", "xlsx"))
    page.start()
    assert not page.export_button.isEnabled()  # the window stays responsive; work happens in the worker
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60_000)
    assert page.progress.value() == 100
    assert sorted(p.name for p in Path(tmp_path / "salida").iterdir()) == ["informe.pdf", "libro.xlsx"]


def test_import_dialog_reports_and_writes_one_undo_step(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    from localplan.exports.workbook.write import write_workbook
    from localplan.ui.import_dialog import ImportDialog

    path = write_workbook(window.plan.snapshot(), tmp_path / "libro.xlsx")
    wb = load_workbook(path)
    ws = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == "id@risks")
    ws.cell(ws.max_row + 1, 2, "Paro de transporte en la frontera")
    wb.save(path)
    dialog = ImportDialog(window.plan, window)
    qtbot.addWidget(dialog)
    dialog.load(str(path))
    qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=30_000)
    assert "(1 cambio)" in dialog.summary.text()  # the singular (it said «1 cambios»)
    count = len(window.plan.rows("risks"))
    dialog._write()
    assert len(window.plan.rows("risks")) == count + 1
    window.plan.undo()
    assert len(window.plan.rows("risks")) == count


def test_traceability_view_marks_gaps(window):
    from localplan.ui.views import Traceability

    view = Traceability(window.plan)
    assert view.tree.topLevelItemCount() == len(window.plan.rows("problems"))
    window.plan.set_value("projects", 1, "goals", None)  # goal 1 loses its project
    view.rebuild()
    gaps = []

    def walk(item):
        if item.text(1):
            gaps.append(item.text(0) + " | " + item.text(1))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(view.tree.topLevelItemCount()):
        walk(view.tree.topLevelItem(i))
    assert any("Meta #1" in g and "sin un proyecto" in g for g in gaps)
    view.detach()


def test_budget_view_shows_the_total_and_four_charts(window):
    from localplan.ui.chart_widget import ChartWidget
    from localplan.ui.views import BudgetSummary

    view = BudgetSummary(window.plan)
    assert "$445.000,00" in view.widget().findChildren(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)[0].text()
    assert len(view.widget().findChildren(ChartWidget)) == 4
    view.detach()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_step_fits_a_small_laptop_screen(window, size):
    from localplan.forms import STEPS

    window.resize(*size)
    for step_id in ["home", *[s.id for s in STEPS]]:
        page = window.view.show_step(step_id)
        tabs = getattr(page, "tabs", None)
        for n in range(tabs.count() if tabs else 0):
            page.page_at(n)
        assert window.minimumSizeHint().width() <= size[0], step_id
        assert window.view.minimumSizeHint().width() <= size[0], step_id

"""The window shows the guide's new parts: sections as tabs, the facts to verify on the dashboard,
and COOTAD art. 249's floor beside the priority-group budget."""

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

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


def test_the_new_sections_are_tabs_of_their_steps(window):
    proposal = window.view.show_step("proposal")
    titles = [proposal.tabs.tabText(i) for i in range(proposal.tabs.count())]
    assert titles[:6] == ["Visión", "Objetivos estratégicos", "Políticas locales", "Estrategias", "Metas e indicadores",
                          "Programas y proyectos"]
    management = window.view.show_step("management")
    titles = [management.tabs.tabText(i) for i in range(management.tabs.count())]
    assert titles[:6] == ["Articulación y coordinación", "Reducción progresiva de los factores de riesgo",
                          "Seguimiento y evaluación", "Promoción y difusión", "Participación", "Riesgos para la ejecución del plan"]
    page = management.show_section("risk_reduction")
    assert page.model.rowCount() == len(window.plan.rows("risk_reduction"))


def test_dashboard_marks_the_prioritised_gcm_objectives_as_to_verify(window):
    window.view.show_step("home")
    texts = [label.text() for label in window.view.dashboard.findChildren(QLabel)]
    [verify] = [t for t in texts if "por verificar:" in t]
    assert "15 objetivos del PMM" in verify and "fuentes secundarias" in verify


def test_budget_view_shows_the_cootad_249_floor(window):
    step = window.view.show_step("proposal")
    index = next(i for i in range(step.tabs.count()) if step.tabs.tabText(i) == "Resumen del presupuesto")
    page = step.page_at(index)
    tables = page.findChildren(QTableWidget)
    floor = next(t for t in tables if t.horizontalHeaderItem(1).text() == "Mínimo (10 %)")
    assert floor.item(0, 0).text() == "2024" and floor.item(0, 1).text() == "$285.000,00"
    assert floor.item(0, 2).text() == "$352.000,00" and floor.item(0, 4).text() == "Sí"

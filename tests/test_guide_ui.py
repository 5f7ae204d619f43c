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
    assert titles[:6] == ["Visión", "Objetivos", "Políticas", "Estrategias", "Metas e indicadores", "Programas y proyectos"]
    management = window.view.show_step("management")
    titles = [management.tabs.tabText(i) for i in range(management.tabs.count())]
    # short titles on the tab bar (six fit at 1280 pixels without scroll arrows), the full ones on hover
    assert titles[:6] == ["Articulación", "Reducción de riesgos", "Seguimiento", "Difusión", "Participación", "Riesgos"]
    tips = [management.tabs.tabToolTip(i) for i in range(6)]
    assert tips == ["Articulación y coordinación", "Reducción progresiva de los factores de riesgo",
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


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_steps_tabs_fit_a_1280_pixel_window_without_scroll_arrows(qtbot, tmp_path, lang):
    """At 1280×720 every step's tab titles show whole side by side: the long section titles of the
    diagnosis, the proposal and the management model needed the tab bar's scroll arrows in Spanish."""
    from windows import show_active

    from localplan.app import make_app
    from localplan.forms import STEPS

    make_app(lang=lang)
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    plan = Plan.open(build_example(tmp_path / "ejemplo.lplan"))
    w.set_plan(plan)
    try:
        show_active(qtbot, w, 1280, 720)
        checked = 0
        for st in STEPS:
            page = w.view.show_step(st.id)
            if getattr(page, "tabs", None) is None:
                continue
            bar = page.tabs.tabBar()
            qtbot.waitUntil(bar.isVisible)
            needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
            assert needed <= bar.width(), (st.id, needed, bar.width(), [bar.tabText(i) for i in range(bar.count())])
            checked += 1
        assert checked >= 3
    finally:
        w.close_plan()
        make_app(lang="es")

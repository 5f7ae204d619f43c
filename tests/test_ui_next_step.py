"""What next: the "Next step" action and the home page point to the first incomplete step;
findings about later steps wait quietly; suggested actions are distinct."""

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from localplan.forms import STEPS
from localplan.guide import next_step


@pytest.fixture
def window(qtbot):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_plan()


def test_next_step_lands_on_the_first_incomplete_step_of_a_fresh_plan(window, new_plan):
    window.set_plan(new_plan)
    assert next_step(new_plan.snapshot()) == STEPS[0].id
    window.next_step_action.trigger()
    assert window.view.current_step() == STEPS[0].id


def test_next_step_of_the_complete_example_is_the_export(window):
    window.open_example()
    assert window.go_next_step() == (next_step(window.plan.snapshot()) or "export")


def test_home_page_points_to_the_next_step_and_quiets_later_findings(window, new_plan, qtbot):
    window.set_plan(new_plan)
    window.view.show_step("home")
    dash = window.view.dashboard
    texts = [label.text() for label in dash.findChildren(QLabel)]
    bullets = [t for t in texts if t.startswith("• ")]
    assert bullets and len(bullets) == len(set(bullets))  # no repeated line
    assert not any("Complete la ordenanza" in t for t in bullets)  # the ordinance (step 5) waits
    later = dash.findChild(QLabel, "laterFindings")
    assert later is not None and "Ordenanza" in later.text()
    assert any(STEPS[0].title.get() in t for t in texts)
    dash.findChild(QPushButton, "goNextStep").click()
    assert window.view.current_step() == STEPS[0].id

"""Small screens: at 1366×768 and 1280×720 every step and tab fits — no page scrolls
sideways, no widget reaches outside the window — and the first window fits the screen."""

import pytest
from PySide6.QtWidgets import QApplication

from localplan.ui.screenshots import each_page, layout_problems, settle


@pytest.fixture
def example_window(qtbot, tmp_path):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.demo import build_example
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_plan_path(build_example(tmp_path / "ejemplo.lplan"))
    yield w
    w.close_plan()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_step_and_tab_fits(example_window, size, tmp_path):
    app = QApplication.instance()
    example_window.resize(*size)
    found = {}
    for name in each_page(example_window):
        settle(app)
        problems = layout_problems(example_window)
        if problems:
            found[name] = problems
            example_window.grab().save(str(tmp_path / f"{name}.png"))
    assert not found, found


def test_the_check_can_fail(example_window):
    from PySide6.QtWidgets import QLabel

    example_window.resize(1280, 720)
    wide = QLabel("x" * 10, example_window)
    wide.setGeometry(1200, 10, 400, 20)
    wide.show()
    assert any("outside the window" in p for p in layout_problems(example_window))


def test_the_first_window_fits_the_screen(qtbot):
    from PySide6.QtGui import QGuiApplication

    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert w.width() <= area.width() - 16 and w.height() <= area.height() - 40
    assert area.contains(w.frameGeometry().topLeft())


def test_screenshots_at_both_sizes_name_their_size(tmp_path, qapp):
    from localplan.ui.screenshots import SIZES, take

    written = take(tmp_path, None, langs=("es",), sizes=SIZES, every_tab=False)
    names = {p.name for p in written}
    assert {"es_1366x768_home.png", "es_1280x720_home.png", "es_1280x720_4_ordinance.png"} <= names


def test_side_panels_fold_away_on_a_small_screen_and_come_back(example_window, qtbot):
    w = example_window
    w.resize(1280, 720)
    settle(QApplication.instance())
    page = w.view.show_step("diagnosis")
    settle(QApplication.instance())
    assert w.view.compact and not w.view.guide.isVisible() and not w.view.problems.tree.isVisible()
    table = page.page_at(0).view
    settle(QApplication.instance())
    rows = table.viewport().height() // table.rowHeight(0)
    assert rows >= 11  # was 8 with the three panels open
    w.guide_action.trigger()  # F1 brings the guidance back
    assert w.view.guide.isVisible()
    w.problems_action.trigger()  # F8 the findings
    assert w.view.problems.tree.isVisible()
    w.resize(1700, 950)
    settle(QApplication.instance())
    assert not w.view.compact and w.view.problems.tree.isVisible()


def test_chart_labels_are_at_least_9_pt_on_screen():
    from localplan.charts.base import LABEL_SIZE
    from localplan.ui.chart_widget import ZOOM

    assert LABEL_SIZE * ZOOM * 72 / 96 >= 9  # points of the drawing → pixels → points at 96 dpi

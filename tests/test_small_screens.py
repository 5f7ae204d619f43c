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
    assert rows >= 15  # was 8 with the three panels open
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


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1366, 698)])  # the last: maximised under a title and task bar
def test_tables_show_15_rows_and_6_columns(example_window, size):
    from localplan.ui.screenshots import table_room

    app = QApplication.instance()
    example_window.resize(*size)
    short, seen = {}, 0
    for name in each_page(example_window):
        settle(app)
        for section_id, rows, whole, columns in table_room(example_window):
            seen += 1
            if rows < 15 or whole < min(6, columns):
                short[f"{name}/{section_id}"] = (round(rows, 1), whole, columns)
    assert seen >= 12 and not short, short



def test_date_columns_show_a_whole_date_at_1280x720(example_window):
    """A date column is never narrowed below a date's width (it was cut to "31/12/20…")."""
    from localplan.forms import FieldType
    from localplan.ui.table_page import TablePage

    app = QApplication.instance()
    example_window.resize(1280, 720)
    checked = 0
    for _name in each_page(example_window):
        settle(app)
        for page in example_window.findChildren(TablePage):
            if not page.isVisible():
                continue
            header, need = page.view.horizontalHeader(), page.view.fontMetrics().horizontalAdvance("31/12/2027") + 8
            for col, f in enumerate(page.model.columns):
                if getattr(f, "type", None) is FieldType.DATE and not header.isSectionHidden(col):
                    checked += 1
                    assert header.sectionSize(col) >= need, (page.section_id if hasattr(page, "section_id") else page, f.id)
    assert checked >= 2


SCALED = r"""
import json, sys
from localplan.app import make_app
from PySide6.QtGui import QGuiApplication
from localplan.ui.screenshots import each_page, layout_problems, settle, table_room
app = make_app(lang="es")
from localplan.demo import build_example
from localplan.ui.main_window import MainWindow
w = MainWindow()
w.show()
area = QGuiApplication.primaryScreen().availableGeometry()
result = {"area": [area.width(), area.height()], "first": [w.width(), w.height()]}
w.open_plan_path(build_example(sys.argv[1]))
w.resize(area.width(), area.height())  # maximised (offscreen has no frame)
rooms, problems = [], {}
for name in each_page(w):
    settle(app)
    rooms += [[name, *room] for room in table_room(w)]
    if layout_problems(w):
        problems[name] = layout_problems(w)
result.update(rooms=rooms, problems=problems)
w.close_plan()
print(json.dumps(result))
"""


def test_at_125_percent_on_1366x768_tables_keep_15_rows_and_6_columns(tmp_path, user_home):
    """QT_SCALE_FACTOR=1.25 on a 1366×768 screen leaves 1093×614 logical pixels: the step list
    drops its percentages and narrows, the row editor folds behind its button."""
    import json
    import os
    import subprocess
    import sys

    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run([sys.executable, "-c", SCALED, str(tmp_path / "ejemplo.lplan")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["area"] == [1093, 614]
    assert result["first"][0] <= 1093 - 16 and result["first"][1] <= 614 - 40
    short = [r for r in result["rooms"] if r[2] < 15 or r[3] < min(6, r[4])]
    assert len(result["rooms"]) >= 12 and not short, short
    assert not result["problems"], result["problems"]


def test_on_a_short_window_the_row_editor_folds_behind_its_button_and_comes_back(example_window, qtbot):
    from localplan.ui.screenshots import table_room

    w, app = example_window, QApplication.instance()
    w.resize(1093, 558)  # 1366×768 at 125 %, under a title and task bar
    settle(app)
    page = w.view.show_step("diagnosis").page_at(0)
    settle(app)
    assert w.view.nav.itemDelegate().narrow and page.detail.isHidden() and page.editor_button.isVisible()
    (_, rows, whole, _), = table_room(w)
    assert rows >= 13 and whole >= 6  # what 558 logical pixels allow (15 rows from 1366×698 up)
    page.editor_button.click()  # the person wants the form below the table
    settle(app)
    assert not page.detail.isHidden() and page.detail.height() >= page.EDITOR_MIN
    page.editor_button.click()
    settle(app)
    assert page.detail.isHidden()
    w.resize(1366, 768)
    settle(app)
    assert not w.view.nav.itemDelegate().narrow and not page.detail.isHidden() and not page.editor_button.isVisible()
    (_, rows, whole, _), = table_room(w)
    assert rows >= 15 and whole >= 6

"""Screenshots drawn offscreen, and the comparison the desktop build's smoke test runs."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import compare_shots  # noqa: E402


def test_screenshots_of_every_step_and_their_comparison(qtbot, user_home, tmp_path):
    from PySide6.QtGui import QColor, QImage, QPainter

    from localplan.forms import STEPS
    from localplan.ui.screenshots import example_plan, take

    plan = example_plan(tmp_path)
    written = take(tmp_path / "a", plan, langs=("es",), size=(1280, 720), every_tab=False)
    names = {p.stem for p in written}
    assert {"es_start", "es_new_plan", "es_home"} | {f"es_{n}_{s.id}" for n, s in enumerate(STEPS)} == names
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 1280 and image.height() >= 700 or path.stem == "es_new_plan", path
        assert not image.isNull()

    assert compare_shots.compare(tmp_path / "a", tmp_path / "a") == []
    # a second folder with one picture changed in a corner and one missing
    (tmp_path / "b").mkdir()
    for path in written[1:]:
        (tmp_path / "b" / path.name).write_bytes(path.read_bytes())
    changed = QImage(str(written[1]))
    painter = QPainter(changed)
    painter.fillRect(0, 0, changed.width() // 4, changed.height() // 4, QColor("red"))
    painter.end()
    changed.save(str(tmp_path / "b" / written[1].name))
    problems = compare_shots.compare(tmp_path / "a", tmp_path / "b")
    assert any(written[0].name in p and "only in" in p for p in problems)
    assert any(written[1].name in p and "differ" in p for p in problems)
    assert len(problems) == 2


def test_the_screenshot_command_draws_every_step_and_tab_at_both_sizes_in_both_languages(qtbot, user_home, tmp_path):
    """What `localplan --screenshots` writes: es and en, 1366×768 and 1280×720, every tab; and not one
    picture with a page scrolling sideways, a widget outside the window or a label cut."""
    from localplan.forms import STEPS
    from localplan.ui.screenshots import SIZES, example_plan, take

    problems: dict[str, list[str]] = {}
    written = take(tmp_path / "shots", example_plan(tmp_path), langs=("es", "en"), sizes=SIZES, problems=problems)
    names = {p.stem for p in written}
    for lang in ("es", "en"):
        for width, height in SIZES:
            prefix = f"{lang}_{width}x{height}"
            assert {f"{prefix}_start", f"{prefix}_new_plan", f"{prefix}_home"} <= names
            assert {f"{prefix}_{n}_{s.id}" for n, s in enumerate(STEPS)} <= names
            assert {f"{prefix}_1_diagnosis_tab3", f"{prefix}_3_management_tab5"} <= names  # the tabs too
    assert len(names) == len(written) >= 4 * (3 + len(STEPS) + 15)
    assert not problems, problems


def test_the_layout_check_finds_a_cut_label(qtbot, user_home):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from localplan.ui.screenshots import layout_problems

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    QVBoxLayout(window)
    label = QLabel("Una etiqueta con un texto bastante largo que no cabe", window)
    label.setGeometry(10, 10, 80, 20)
    wrapped = QLabel("Un texto que se parte en varias líneas y necesita más alto del que tiene " * 3, window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(10, 40, 200, 20)
    button = QPushButton("Un botón con un texto largo", window)
    button.setGeometry(10, 70, 40, 24)
    from PySide6.QtWidgets import QLineEdit

    squashed = QLineEdit("2850000", window)
    squashed.setGeometry(10, 100, 120, 10)
    window.show()
    found = layout_problems(window)
    assert any("too narrow" in p and "Una etiqueta" in p for p in found), found
    assert any("too short" in p and "Un texto" in p for p in found), found
    assert any("QPushButton" in p and "Un botón" in p for p in found), found
    assert any("squashed" in p for p in found), found
    label.setGeometry(10, 10, 380, 20)
    wrapped.setGeometry(10, 40, 380, 200)
    button.setGeometry(10, 250, 300, 30)
    squashed.setGeometry(10, 100, 120, 26)
    assert not layout_problems(window)

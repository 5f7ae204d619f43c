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

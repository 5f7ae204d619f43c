"""Screenshots of every window and step, in Spanish and English, at laptop sizes.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [PLAN.lplan] [--size 1280x720]

Writes shots/*.png (git-ignored). Without a plan it builds the example plan when
available, else a synthetic one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOCALPLAN_HOME", tempfile.mkdtemp(prefix="lp-shots-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from localplan.app import install_language, make_app  # noqa: E402
from localplan.forms import STEPS  # noqa: E402

OUT = ROOT / "shots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def example_plan() -> Path:
    target = Path(tempfile.mkdtemp()) / "ejemplo.lplan"
    try:
        from localplan.demo import build_example

        return build_example(target)
    except ImportError:
        from localplan import synthetic

        return synthetic.write_plan(target, "small", seed=1, gad_code="0401")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    size = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--size=")), "1280x720")
    width, height = (int(x) for x in size.split("x"))
    OUT.mkdir(exist_ok=True)
    app = make_app(lang="es")
    from localplan.ui.main_window import MainWindow
    from localplan.ui.new_plan_dialog import NewPlanDialog

    plan_path = Path(args[0]) if args else example_plan()
    for lang in ("es", "en"):
        install_language(app, lang)
        window = MainWindow()
        window.resize(width, height)
        window.show()
        settle(app)
        window.grab().save(str(OUT / f"{lang}_start.png"))
        dialog = NewPlanDialog(window)
        dialog.search.setText("tulcan")
        dialog.choose("0401")
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / f"{lang}_new_plan.png"))
        dialog.close()
        window.open_plan_path(plan_path)
        window.view.show_step("home")
        settle(app)
        window.grab().save(str(OUT / f"{lang}_home.png"))
        for n, st in enumerate(STEPS):
            page = window.view.show_step(st.id)
            settle(app)
            window.grab().save(str(OUT / f"{lang}_{n}_{st.id}.png"))
            tabs = getattr(page, "tabs", None)
            for t in range(1, tabs.count() if tabs else 0):
                tabs.setCurrentIndex(t)
                settle(app)
                window.grab().save(str(OUT / f"{lang}_{n}_{st.id}_tab{t}.png"))
        window.close()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()

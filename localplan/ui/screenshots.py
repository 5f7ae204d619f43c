"""Screenshots of the program's windows, drawn offscreen: the start page, the new-plan
dialog, the plan's home and every step (with every tab, unless asked for first tabs only).

Used for the documentation (`scripts/screenshots.py`) and to check that the desktop build
draws what the installed program draws (`LocalPlan --screenshots DIR`, compared by
`scripts/compare_shots.py`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from localplan.forms import STEPS


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def example_plan(folder: Path | None = None) -> Path:
    """The example plan (or a small synthetic one when the example is not shipped)."""
    target = Path(folder or tempfile.mkdtemp(prefix="lp-shots-")) / "ejemplo.lplan"
    try:
        from localplan.demo import build_example

        return build_example(target)
    except ImportError:
        from localplan import synthetic

        return synthetic.write_plan(target, "small", seed=1, gad_code="0401")


def take(out: Path, plan: Path | None = None, langs: tuple[str, ...] = ("es", "en"), size: tuple[int, int] = (1280, 720),
         every_tab: bool = True) -> list[Path]:
    """Write the screenshots to `out` as PNG files and return their paths."""
    from localplan.app import install_language, make_app
    from localplan.ui.main_window import MainWindow
    from localplan.ui.new_plan_dialog import NewPlanDialog

    out.mkdir(parents=True, exist_ok=True)
    app = make_app(lang=langs[0])
    plan = plan or example_plan()
    written: list[Path] = []

    def shot(widget, name: str) -> None:
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    for lang in langs:
        install_language(app, lang)
        window = MainWindow()
        window.resize(*size)
        window.show()
        shot(window, f"{lang}_start")
        dialog = NewPlanDialog(window)
        dialog.search.setText("tulcan")
        dialog.choose("0401")
        dialog.show()
        shot(dialog, f"{lang}_new_plan")
        dialog.close()
        window.open_plan_path(str(plan))
        window.view.show_step("home")
        shot(window, f"{lang}_home")
        for n, st in enumerate(STEPS):
            page = window.view.show_step(st.id)
            shot(window, f"{lang}_{n}_{st.id}")
            tabs = getattr(page, "tabs", None)
            for t in range(1, tabs.count() if tabs is not None and every_tab else 0):
                tabs.setCurrentIndex(t)
                shot(window, f"{lang}_{n}_{st.id}_tab{t}")
        window.close_plan()
        window.close()
    return written

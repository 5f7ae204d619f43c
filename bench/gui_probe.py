"""Run in a child process by the GUI benchmarks (so each measurement starts cold).

    python gui_probe.py bare                 # baseline: a bare PySide6 window with a menu bar and a table
    python gui_probe.py start                # LocalPlan up to the shown start page
                                             # (both print seconds since the script began, and the wall clock when shown)
    python gui_probe.py steps PLAN           # open PLAN, show every step; print the worst step in seconds and RSS
    python gui_probe.py stall PLAN OUTDIR    # export in the window; print the longest event-loop stall in seconds
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T0 = time.perf_counter()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication([])
    w = QMainWindow()
    w.menuBar().addMenu("File")
    w.setCentralWidget(QTableWidget(10, 5))
    w.show()
    app.processEvents()
    print(time.perf_counter() - T0, time.time())


def start() -> None:
    from localplan.app import start as start_app

    app, _window = start_app()  # what `localplan` runs: log, fonts, translators, main window
    app.processEvents()
    print(time.perf_counter() - T0, time.time())


def steps(plan: str) -> None:
    from localplan.app import make_app
    from localplan.forms import STEPS
    from localplan.ui.main_window import MainWindow

    app = make_app()
    w = MainWindow()
    w.show()
    t = time.perf_counter()
    w.open_plan_path(plan)
    app.processEvents()
    worst = time.perf_counter() - t
    worst_tab = 0.0
    for st in ["home", *[s.id for s in STEPS]]:
        t = time.perf_counter()
        page = w.view.show_step(st)  # a step is shown with its first tab
        app.processEvents()
        worst = max(worst, time.perf_counter() - t)
        tabs = getattr(page, "tabs", None)
        for n in range(1, tabs.count() if tabs else 0):  # every other tab too, for the memory figure
            t = time.perf_counter()
            tabs.setCurrentIndex(n)
            app.processEvents()
            worst_tab = max(worst_tab, time.perf_counter() - t)
    from peak import peak_bytes

    print(worst, peak_bytes(), worst_tab)


def stall(plan: str, out: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from localplan.app import make_app
    from localplan.domain.plan import Plan
    from localplan.ui.export_page import ExportPage

    app = make_app()
    # opened for work, as a user opens it: its rows are read and checked while it opens (the window's dashboard
    # reads them all too), so starting the export copies them; opened read-only, the start read them cold
    page = ExportPage(Plan.open(plan))
    page.folder.setText(out)
    for key, check in page.checks.items():
        check.setChecked(key in ("pdf", "xlsx"))
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "worst": 0}

    def tick() -> None:
        now = clock.elapsed()
        state["worst"] = max(state["worst"], now - state["last"])
        state["last"] = now
        if page.export_button.isEnabled() and now > 500:
            app.quit()

    timer = QTimer(interval=10, timeout=tick)
    timer.start()
    QTimer.singleShot(100, page.start)
    app.exec()
    print(state["worst"] / 1000)


if __name__ == "__main__":
    {"bare": bare, "start": start, "steps": steps, "stall": stall}[sys.argv[1]](*sys.argv[2:])

"""Start the window: error hook, main window, screenshots and the smoke run.

The QApplication itself (fonts, language, translators) is set up by `ui.application`,
beneath the windows that switch its language."""

from __future__ import annotations

import argparse
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from localplan import APP_NAME, __version__, i18n, logs
from localplan.i18n import tr  # the bare name: lupdate files `i18n.tr(…)` under a context of its own
from localplan.ui.application import make_app

if TYPE_CHECKING:
    from localplan.ui.main_window import MainWindow

_showing_error = False


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; show a short message in the user's language, one at a time."""
    global _showing_error
    where = logs.setup()
    import traceback

    from PySide6.QtWidgets import QMessageBox  # imported when first needed: start-up time

    logs.log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if _showing_error or QApplication.instance() is None:
        return  # an error while the message is open is logged, not stacked as another box
    from localplan.errors import UserError

    _showing_error = True
    try:
        if isinstance(value, UserError):
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, value.message)
            return
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, tr(
            "Something went wrong, but your plan is safe: every change was saved when you made it.\n\n"
            "The details are in {log}.").format(log=where or tr("(no log file could be written)")))
    finally:
        _showing_error = False


def _shut_down_work() -> None:
    """No thread is destroyed while it runs: work still going at quit is stopped and awaited."""
    if "localplan.ui.worker" in sys.modules:
        sys.modules["localplan.ui.worker"].shut_down()


def start(lang: str | None = None, plan: str | None = None) -> tuple[QApplication, MainWindow]:
    """Everything between launching and the shown start page (or `plan`); the start-up
    benchmark measures exactly this."""
    logs.setup()
    app = make_app(lang=lang)
    sys.excepthook = _excepthook
    app.aboutToQuit.connect(_shut_down_work)
    from localplan.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if plan:
        window.open_plan_path(plan)
    return app, window


def run_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshots", None):
        import os
        from pathlib import Path

        from localplan.ui.screenshots import SIZES, take

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawn, never shown
        logs.setup()
        plan = getattr(args, "plan", None)
        lang = i18n.language()
        problems: dict[str, list[str]] = {}
        written = take(Path(args.screenshots), Path(plan) if plan else None, sizes=SIZES, problems=problems)
        i18n.set_language(getattr(args, "lang", None) or lang)  # the shots end in English; the message is in the user's
        print(tr("{count} screenshots in {folder}").format(count=len(written), folder=args.screenshots))
        for name, found in problems.items():  # a page cut or scrolling sideways (the test fails on these too)
            print(f"{name}: " + "; ".join(found), file=sys.stderr)
        return 0
    app, window = start(getattr(args, "lang", None), getattr(args, "plan", None))
    if getattr(args, "smoke", False):
        shown: list[bool] = []

        def check_and_quit() -> None:
            shown.append(window.isVisible() and window.centralWidget() is not None)
            app.quit()

        QTimer.singleShot(300, check_and_quit)
        app.exec()
        ok = bool(shown and shown[0])
        window.close_plan()
        print(f"{APP_NAME} {__version__}: " + ("window shown" if ok else "window NOT shown"))
        return 0 if ok else 1
    return app.exec()

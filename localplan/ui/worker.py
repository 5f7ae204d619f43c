"""The one way to run long work off the UI thread: progress, then success or failure on
the UI thread. Errors meant for people (UserError) come back with their message; anything
else is logged and reported with a friendly message naming the log file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from localplan import logs
from localplan.errors import UserError
from localplan.i18n import tr


class _Job(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[int, int, str], None]], Any]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn(lambda d, t, m: self.progress.emit(d, t, m))
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:  # noqa: BLE001 - reported to the user, traceback to the log
            where = logs.log_exception("background work failed")
            self.failed.emit(tr("Something went wrong; the details are in {log}.").format(log=where or "—"))
        else:
            self.done.emit(result)


_running: set[QThread] = set()


def run_in_background(parent: QObject, fn, on_done=None, on_error=None, on_progress=None) -> QThread:
    thread = QThread(parent)
    job = _Job(fn)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    if on_progress:
        job.progress.connect(on_progress)
    if on_done:
        job.done.connect(on_done)
    if on_error:
        job.failed.connect(on_error)
    job.done.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.finished.connect(job.deleteLater)
    thread.job = job  # keep the job alive as long as the thread
    _running.add(thread)
    thread.start()
    return thread

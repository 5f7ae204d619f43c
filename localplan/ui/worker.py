"""The one way the window runs long work: progress, then success, failure or "stopped" on
the UI thread. Errors meant for people (UserError) come back with their message; anything
else is logged (traceback to the log file) and reported with a translated message naming
the log file.

Two roads, one mechanism (every job is a thread known here):
- `run_in_background(fn)`: `fn(progress)` runs in a worker thread (reading a workbook,
  comparing, consolidating, combining copies, writing a comparison workbook). The
  consolidation's own process pool lives inside its job, not in the window.
- `run_exports_in_background(data, jobs)`: every export (report, workbook, JSON, package,
  the ordinance's Word and PDF) is written in the export child process
  (`exports/runner.py`); the worker thread only relays the child's progress. A long layout
  never stalls the window, and the child never sees the window's state.

Every running job is known here (`running()`), can be asked to stop (`stop_all()`: the
job's progress callback raises, and work that polls `stop.is_set` — the export's child
process — ends early) and waited for (`wait_all()`), so quitting never destroys a thread
that is still running. Threads have no Qt parent: closing a page or a plan does not
delete a thread under the work."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal

from localplan import logs
from localplan.errors import UserError
from localplan.exports.runner import run_exports
from localplan.i18n import tr


class Stopped(Exception):
    """Raised inside a job whose stop was asked for."""


class _Job(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int, str], None]], Any], stop: threading.Event) -> None:
        super().__init__()
        self.fn = fn
        self.stop = stop

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.stop.is_set():
            raise Stopped
        self.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Stopped:
            self.stopped.emit()
        except UserError as exc:
            (self.stopped.emit() if self.stop.is_set() else self.failed.emit(exc.message))
        except Exception:  # noqa: BLE001 - reported to the user, traceback to the log
            if self.stop.is_set():
                self.stopped.emit()
                return
            where = logs.log_exception("background work failed")
            self.failed.emit(tr("Something went wrong; the details are in {log}.").format(log=where or "—"))
        else:
            self.stopped.emit() if self.stop.is_set() else self.done.emit(result)


class JobThread(QThread):
    """The thread of one background job: it keeps the job alive as long as itself, and its stop event."""

    def __init__(self, job: _Job) -> None:
        super().__init__()  # no parent: see the module's docstring
        self.job = job
        self.stop = job.stop


_running: dict[JobThread, str] = {}


def run_in_background(parent: QObject, fn, on_done=None, on_error=None, on_progress=None, *, label: str | None = None,
                      stop: threading.Event | None = None, on_stopped=None) -> QThread:
    """Run `fn(progress)` in a thread. `label` names the work when quitting asks about it;
    `stop` is the event set by `stop_all()` (pass it on to work that can poll it)."""
    job = _Job(fn, stop or threading.Event())
    thread = JobThread(job)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    if on_progress:
        job.progress.connect(on_progress)
    if on_done:
        job.done.connect(on_done)
    if on_error:
        job.failed.connect(on_error)
    if on_stopped:
        job.stopped.connect(on_stopped)
    for signal in (job.done, job.failed, job.stopped):
        signal.connect(thread.quit)
    thread.finished.connect(lambda: _running.pop(thread, None))
    thread.finished.connect(job.deleteLater)
    thread.finished.connect(thread.deleteLater)
    _running[thread] = label or tr("a task")
    thread.start()
    return thread


def run_exports_in_background(parent: QObject, data, jobs: list[tuple[str, Path]], on_done=None, on_error=None,
                              on_progress=None, *, label: str, on_stopped=None) -> QThread:
    """Write each (exporter id, target) from the plan data `data` in the export child
    process; `on_done` gets the written paths. Stopping ends the child and removes what
    it left half-written."""
    stop = threading.Event()

    def work(progress):
        return run_exports(data, jobs, progress, should_stop=stop.is_set)

    return run_in_background(parent, work, on_done, on_error, on_progress, label=label, stop=stop,
                             on_stopped=on_stopped)


def running() -> list[str]:
    """What is running now, as people name it."""
    return [label for thread, label in list(_running.items()) if thread.isRunning()]


def stop_all() -> None:
    for thread in list(_running):
        thread.stop.set()


def wait_all(timeout_ms: int | None = None) -> bool:
    """Wait (the event loop keeps turning) until every job has ended; False on time-out."""
    import time

    deadline = None if timeout_ms is None else time.monotonic() + timeout_ms / 1000
    app = QCoreApplication.instance()
    while any(t.isRunning() for t in list(_running)):
        if deadline is not None and time.monotonic() > deadline:
            return False
        for thread in list(_running):
            thread.wait(20)
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if app is not None:
        app.processEvents()  # deliver the last results and deletions
    return True


def shut_down() -> None:
    """At quit (QApplication.aboutToQuit): stop what still runs and wait for it, so no
    running thread is ever destroyed."""
    stop_all()
    wait_all()

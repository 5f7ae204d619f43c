"""Run exports in a child process, so a long layout never stalls the window's event loop
(a Python thread shares the interpreter lock and the garbage collector with the UI).
Progress and the result come back over a queue. No Qt here."""

from __future__ import annotations

import multiprocessing as mp
import queue as _queue
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.i18n import tr
from localplan.progress import Progress, no_progress

if TYPE_CHECKING:
    from multiprocessing.queues import Queue


def _child(data: PlanData, jobs: list[tuple[str, str]], lang: str, home: str | None, out: Queue[tuple[Any, ...]]) -> None:
    import os

    from localplan import i18n
    from localplan.exports.registry import exporter

    if home:
        os.environ["LOCALPLAN_HOME"] = home
    i18n.set_language(lang)
    _exit_on_terminate()
    try:
        paths = []
        for n, (export_id, target) in enumerate(jobs):
            def progress(done: int, total: int, message: str, n: int = n) -> None:
                out.put(("progress", n * 100 + 100 * done // max(total, 1), len(jobs) * 100, message))

            paths.append(str(exporter(export_id).write(data, Path(target), progress)))
        out.put(("done", paths))
    except UserError as exc:
        out.put(("error", exc.message))
    except Exception:  # noqa: BLE001 - reported to the parent, traceback to the log
        from localplan.logs import log_exception

        where = log_exception("export failed in the child process")
        out.put(("error", tr("The export failed; the details are in {log}.").format(log=where or "—")))


def _exit_on_terminate() -> None:
    """A stopped export (SIGTERM) unwinds, so every temporary file is removed on the way out."""
    import signal
    import sys

    if hasattr(signal, "SIGTERM") and not sys.platform.startswith("win"):
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))


def _sweep(folders: set[Path], before: set[Path]) -> None:
    """Remove the temporary files a terminated child left (Windows cannot unwind it)."""
    import shutil

    for folder in folders:
        for leftover in folder.glob(".tmp-*") if folder.is_dir() else ():
            if leftover not in before:
                shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)


def run_exports(data: PlanData, jobs: list[tuple[str, Path]], progress: Progress = no_progress,
                should_stop: Callable[[], bool] | None = None) -> list[Path]:
    """Write each (exporter id, target) in a child process; raise UserError on failure.
    `should_stop()` is polled twice a second: when true, the child is terminated and the
    call raises UserError."""
    import os

    from localplan import i18n

    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(data, [(e, str(t)) for e, t in jobs], i18n.language(),
                                             os.environ.get("LOCALPLAN_HOME"), out), daemon=True)
    folders = {Path(t).parent for _, t in jobs} | {Path(t) for _, t in jobs}
    before = {p for f in folders if f.is_dir() for p in f.glob(".tmp-*")}
    child.start()
    answered = False  # the child said "done" or "error": it ends by itself
    try:
        while True:
            try:
                message = out.get(timeout=0.5)
            except _queue.Empty:
                if should_stop is not None and should_stop():
                    raise UserError(tr("The export was stopped.")) from None
                if not child.is_alive():
                    raise UserError(tr("The export stopped unexpectedly.")) from None
                continue
            if should_stop is not None and should_stop():
                raise UserError(tr("The export was stopped.")) from None
            if message[0] == "progress":
                progress(*message[1:])  # may raise (the window's worker stops this way)
            elif message[0] == "done":
                answered = True
                return [Path(p) for p in message[1]]
            else:
                answered = True
                raise UserError(message[1])
    finally:
        # Every other way out (stopped, the progress callback raised, the child died) ends
        # the child here and removes what it left half-written.
        if not answered and child.is_alive():
            child.terminate()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join(timeout=5)
        if not answered:
            _sweep(folders, before)

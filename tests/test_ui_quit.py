"""Quitting while long work runs: the window asks to wait or stop, a stopped export ends its
child process and leaves nothing half-written, and the process never aborts ("QThread:
Destroyed while thread is still running", exit 134)."""

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

SCRIPT = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


    def main():
        from PySide6.QtCore import QTimer
        from localplan.app import start
        from localplan.demo import build_example

        out, choice, task = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
        plan = build_example(out / "ejemplo.lplan")
        app, window = start("es", str(plan))
        asked = []
        window.ask_running_work = lambda busy: asked.append(busy) or choice
        started = []

        def quit_when_started(value):
            if value and not started:
                started.append(value)
                QTimer.singleShot(0, lambda: (window.close(), app.quit()))

        if task == "export":
            page = window.view.show_step("export").page_at(0)
            page.folder.setText(str(out / "entrega"))
            page.progress.valueChanged.connect(quit_when_started)
            page.start()
        else:  # an ordinance export: quit once the child reports progress
            from localplan.ui.ordinance_page import OrdinancePage

            page = window.view.show_step("ordinance").page_at(0)
            assert isinstance(page, OrdinancePage), page
            (out / "entrega").mkdir()
            page.export_to(task, out / "entrega" / ("ordenanza" + (".docx" if task.endswith("docx") else ".pdf")))
            page.progress.valueChanged.connect(quit_when_started)
        QTimer.singleShot(120000, app.quit)  # never hang the test
        app.exec()
        print(json.dumps({"asked": asked, "started": bool(started)}))


    if __name__ == "__main__":  # the export's child process imports this file again
        main()
""")


def _run(tmp_path, user_home, choice, task="export"):
    script = tmp_path / "quit.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "LOCALPLAN_HOME": str(user_home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(script), str(tmp_path), choice, task], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.mark.parametrize("choice", ["stop", "wait"])
def test_quit_during_an_export(tmp_path, user_home, choice):
    r = _run(tmp_path, user_home, choice)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "QThread" not in r.stderr and "Abort" not in r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    assert result["started"] and result["asked"] and "exportación" in result["asked"][0][0]
    folder = tmp_path / "entrega"
    left = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    assert not [n for n in left if n.startswith(".tmp-")], left  # nothing half-written
    if choice == "wait":
        assert (folder / "paquete" / "manifest.json").exists(), left
    elif (folder / "paquete").exists():
        assert (folder / "paquete" / "manifest.json").exists(), left  # a package is complete or absent


@pytest.mark.parametrize("task,choice", [("ordinance-docx", "stop"), ("ordinance-docx", "wait"),
                                         ("ordinance-pdf", "wait")])
def test_quit_during_an_ordinance_export(tmp_path, user_home, task, choice):
    """The ordinance's Word and PDF are written in the export child process like every export."""
    r = _run(tmp_path, user_home, choice, task)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "QThread" not in r.stderr and "Abort" not in r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    assert result["started"] and result["asked"] == [["la exportación de la ordenanza"]]
    folder = tmp_path / "entrega"
    left = sorted(p.name for p in folder.iterdir())
    assert not [n for n in left if n.startswith(".tmp-")], left  # nothing half-written
    target = folder / ("ordenanza.docx" if task.endswith("docx") else "ordenanza.pdf")
    if choice == "wait":
        assert target.exists(), left
    if target.exists():  # complete, as the recipient opens it
        if target.suffix == ".docx":
            import docx

            assert any("ORDENANZA" in p.text.upper() for p in docx.Document(str(target)).paragraphs)
        else:
            from pypdf import PdfReader

            assert "ORDENANZA" in "".join(page.extract_text() for page in PdfReader(str(target)).pages).upper()


@pytest.fixture
def window(qtbot):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_plan()


def test_quit_while_a_workbook_is_read_waits_for_it(window, new_plan, monkeypatch, tmp_path):
    from localplan.ui import import_dialog, worker

    def slow(*_args):
        time.sleep(1.0)
        raise import_dialog.UserError("leído")

    monkeypatch.setattr(import_dialog, "read_workbook", slow)
    dialog = import_dialog.ImportDialog(new_plan, window)
    dialog.load(str(tmp_path / "x.xlsx"))
    assert worker.running()
    asked = []
    window.ask_running_work = lambda busy: asked.append(busy) or "stop"
    assert window.close()
    assert asked and not worker.running()


def test_quit_while_plans_are_compared_and_cancel_keeps_the_window(window, qtbot, monkeypatch):
    from localplan.ui import worker
    from localplan.ui.rollup_dialogs import CompareDialog

    dialog = CompareDialog(window)
    qtbot.addWidget(dialog)

    def slow(items, progress):
        for n in range(40):
            progress(n, 40, "…")
            time.sleep(0.05)
        return None

    monkeypatch.setattr(dialog.rollup, "read", slow)
    dialog.load(["a", "b"])
    window.ask_running_work = lambda busy: None
    assert not window.close() and window.isVisible() and worker.running()
    window.ask_running_work = lambda busy: "stop"
    assert window.close()
    assert not worker.running()


def test_closing_the_plan_during_work_does_not_destroy_the_thread(window, new_plan, monkeypatch):
    from localplan.ui import worker

    window.set_plan(new_plan)
    done = []
    worker.run_in_background(window.view, lambda progress: time.sleep(0.5) or 1, done.append)
    window.close_plan()  # the view (the work's parent) is deleted
    assert worker.wait_all(10000)


def _slow(progress, steps=60):
    for n in range(steps):
        progress(n, steps, "…")
        time.sleep(0.05)


def test_quit_during_a_consolidation_stops_it(window, qtbot, monkeypatch):
    from localplan.consolidate import collect
    from localplan.ui import worker
    from localplan.ui.rollup_dialogs import ConsolidateDialog

    reached = []

    def slow_collect(items, progress):
        _slow(progress)
        reached.append("end")

    monkeypatch.setattr(collect, "collect", slow_collect)
    dialog = ConsolidateDialog(window)
    qtbot.addWidget(dialog)
    dialog.load(["a"])
    qtbot.waitUntil(lambda: dialog.progress.value() > 0)
    asked = []
    window.ask_running_work = lambda busy: asked.append(busy) or "stop"
    assert window.close()
    assert asked == [["la lectura de los planes"]] and not worker.running() and not reached


def test_quit_while_the_consolidation_workbook_is_written_waits_for_it(window, qtbot, monkeypatch, tmp_path):
    from localplan.ui import worker
    from localplan.ui.rollup_dialogs import ConsolidateDialog

    dialog = ConsolidateDialog(window)
    qtbot.addWidget(dialog)
    dialog.outcome = object()
    monkeypatch.setattr(dialog.rollup, "save", lambda result, path: time.sleep(0.8) or path.write_text("x"))
    dialog.write(tmp_path / "nacional.xlsx")
    asked = []
    window.ask_running_work = lambda busy: asked.append(busy) or "wait"
    assert window.close()
    assert asked == [["la escritura del libro"]] and not worker.running()
    assert (tmp_path / "nacional.xlsx").read_text() == "x"  # waited for, not cut off


def test_quit_while_copies_are_combined(window, new_plan, qtbot, monkeypatch, tmp_path):
    from localplan.merge import session
    from localplan.ui import merge_review, worker

    window.set_plan(new_plan)
    read = session.read_file

    def slow_read(path):
        time.sleep(0.8)
        return read(path)

    monkeypatch.setattr(session, "read_file", slow_read)
    merge_review.start_combining(window, str(new_plan.path))
    asked = []
    window.ask_running_work = lambda busy: asked.append(busy) or "stop"
    assert window.close()
    assert asked == [["la combinación de las copias"]] and not worker.running()

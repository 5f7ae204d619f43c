"""Typing into and pasting into a big table, through the real table page (issue 16).

Budgets: one committed cell under 10 ms in a 5,000-row table; 5,000 pasted rows under 1 s.
LOCALPLAN_BENCH_ROWS sets the table size (default 5,000; a smaller one for a quick look).
"""

from __future__ import annotations

import os
import shutil
import statistics
import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from localplan.domain.plan import Plan
from localplan.ui.table_page import TablePage

ROWS = int(os.environ.get("LOCALPLAN_BENCH_ROWS", "5000"))
SECTION = "actors"


@pytest.fixture
def big_table(qtbot, large_plan, tmp_path):
    """The large synthetic plan with its actors table grown to ROWS rows, shown in its page."""
    path = shutil.copy(large_plan, tmp_path / "big.lplan")
    plan = Plan.open(path)
    missing = ROWS - len(plan.rows(SECTION))
    if missing > 0:
        plan.insert_rows(SECTION, [{"name": f"Actor {n}", "type": "academia", "interest": n % 5 + 1} for n in range(missing)])
    page = TablePage(plan, SECTION)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    yield plan, page
    page.detach()
    plan.close()


def test_typing_one_cell(benchmark, big_table):
    """Type a name into a cell and press Tab: the committed edit, the repaint, the next editor."""
    plan, page = big_table
    column = page.model.column_of("name")
    rows = iter(range(10**6))
    times: list[float] = []
    disk: list[float] = []  # the plan's own transaction (synchronous=FULL: a disk flush per edit)
    run = plan._run

    def timed_run(command) -> None:
        start = time.perf_counter()
        run(command)
        disk.append(time.perf_counter() - start)

    plan._run = timed_run

    def type_cell() -> None:
        row = next(rows) * 7 % page.proxy.rowCount()
        page.view.setCurrentIndex(page.proxy.index(row, column))
        for ch in f"Mesa {row}":
            QTest.keyClick(QApplication.focusWidget(), ch)
        start = time.perf_counter()  # the committed cell: Tab saves it, repaints, opens the next editor
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        times.append(time.perf_counter() - start)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    benchmark.pedantic(type_cell, rounds=60, iterations=1)
    assert plan.rows(SECTION)[0]["name"] == "Mesa 0"
    benchmark.extra_info.update(figure="table_typing", role="ours", value=statistics.median(times), rows=ROWS,
                                transaction_median=statistics.median(disk),
                                without_transaction_median=statistics.median(t - d for t, d in zip(times, disk)))


def test_pasting_rows(benchmark, big_table):
    """Paste ROWS new rows after the last one (one undo step), undone between rounds."""
    plan, page = big_table
    text = "\n".join(f"Actor pegado {n}\tAcademia\tCantonal\t\t{n % 5 + 1}\t{5 - n % 5}\tcorreo{n}@gad.ec"
                     for n in range(ROWS))
    before = len(plan.rows(SECTION))

    def setup():
        if len(plan.rows(SECTION)) > before:
            plan.undo()
        page.view.selectionModel().clearSelection()
        page.view.setCurrentIndex(QModelIndex())

    benchmark.pedantic(lambda: page.paste(text), setup=setup, rounds=3, iterations=1)
    assert len(plan.rows(SECTION)) == before + ROWS
    benchmark.extra_info.update(figure="table_paste", role="ours", rows=ROWS)


def _bare_db(tmp_path):
    """A bare sqlite file with a ROWS-row table and the plan file's own settings (localplan/store/planfile.py):
    journal_mode=DELETE, synchronous=FULL (the journal and the file flushed to disk at each commit)."""
    import sqlite3

    con = sqlite3.connect(tmp_path / "bare.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, type TEXT, interest INTEGER, pos INTEGER)")
    con.execute("BEGIN")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [(n, f"Actor {n}", "academia", n % 5, n) for n in range(1, ROWS + 1)])
    con.execute("COMMIT")
    return con


def test_baseline_bare_sqlite_update(benchmark, tmp_path):
    """Baseline for typing: one UPDATE in its own fsynced transaction, nothing else."""
    con = _bare_db(tmp_path)
    n = iter(range(10**6))

    def one() -> None:
        i = next(n)
        con.execute("BEGIN")
        con.execute("UPDATE t SET name = ? WHERE id = ?", (f"Mesa {i}", i * 7 % ROWS + 1))
        con.execute("COMMIT")

    benchmark.pedantic(one, rounds=60, iterations=1)
    benchmark.extra_info.update(figure="table_typing", role="baseline", rows=ROWS)
    con.close()


def test_baseline_bare_sqlite_bulk_insert(benchmark, tmp_path):
    """Baseline for pasting: ROWS rows by executemany in one fsynced transaction."""
    con = _bare_db(tmp_path)
    rows = [(ROWS + n + 1, f"Actor pegado {n}", "academia", n % 5, ROWS + n) for n in range(ROWS)]

    def setup():
        con.execute("DELETE FROM t WHERE id > ?", (ROWS,))

    def one() -> None:
        con.execute("BEGIN")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")

    benchmark.pedantic(one, setup=setup, rounds=3, iterations=1)
    benchmark.extra_info.update(figure="table_paste", role="baseline", rows=ROWS)
    con.close()


def test_pasting_over_rows(benchmark, big_table):
    """Paste ROWS rows over the existing ones from the first cell (every cell set: one undo step), undone between rounds."""
    plan, page = big_table
    text = "\n".join(f"Actor cambiado {n}\tAcademia\tCantonal\t\t{n % 5 + 1}\t{5 - n % 5}\tnuevo{n}@gad.ec"
                     for n in range(ROWS))
    before = [dict(r) for r in plan.rows(SECTION)]

    def setup():
        if plan.rows(SECTION)[0]["name"] != before[0]["name"]:
            plan.undo()
        page.view.selectionModel().clearSelection()
        page.view.setCurrentIndex(page.proxy.index(0, 0))

    benchmark.pedantic(lambda: page.paste(text), setup=setup, rounds=3, iterations=1)
    assert len(plan.rows(SECTION)) == len(before) and plan.rows(SECTION)[0]["name"] == "Actor cambiado 0"
    benchmark.extra_info.update(figure="table_paste_over", role="ours", rows=ROWS)

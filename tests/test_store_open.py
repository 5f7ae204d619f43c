"""The road through `open_plan`: every way out — a refusal at any stage, an unexpected error,
an interruption, a read-only result — leaves the plan unlocked, with no lock file this open
made left behind, and the plan file as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from localplan.domain.plan import Plan
from localplan.errors import PlanFileError
from localplan.store import backups, inspection, lock, planfile, recovery, schema

FIXTURES = Path(__file__).parent / "fixtures"
GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}


def _boom(exc: BaseException):
    def raiser(*_a, **_kw):
        raise exc
    return raiser


def _journal_copy_fails(monkeypatch):
    monkeypatch.setattr(recovery, "has_hot_journal", lambda _p: True)
    monkeypatch.setattr(recovery, "private_copy", _boom(OSError(5, "Input/output error")))


def _journal_copy_is_refused(monkeypatch):
    monkeypatch.setattr(recovery, "has_hot_journal", lambda _p: True)
    monkeypatch.setattr(planfile, "inspect", _boom(PlanFileError("refused copy")))


# stage → (old fixture?, injection, what the caller sees)
FAILURES = {
    "settle: the private copy cannot be made": (False, _journal_copy_fails, PlanFileError),
    "settle: the private copy is refused": (False, _journal_copy_is_refused, PlanFileError),
    "inspect: the file is refused": (False, lambda mp: mp.setattr(planfile, "inspect", _boom(PlanFileError("refused"))), PlanFileError),
    "inspect: interrupted": (False, lambda mp: mp.setattr(inspection, "_inspect_conn", _boom(KeyboardInterrupt())), KeyboardInterrupt),
    "connect: SQLite refuses": (False, lambda mp: mp.setattr(planfile, "_connect_rw", _boom(sqlite3.OperationalError("disk I/O error"))), PlanFileError),
    "backup: an unexpected error": (False, lambda mp: mp.setattr(backups, "backup_copy", _boom(RuntimeError("bug"))), RuntimeError),
    "upgrade: a step fails": (True, lambda mp: mp.setattr(schema, "upgrade_to", _boom(sqlite3.OperationalError("no such table"))), PlanFileError),
    "upgrade: interrupted": (True, lambda mp: mp.setattr(schema, "upgrade_to", _boom(KeyboardInterrupt())), KeyboardInterrupt),
    "values: the check breaks": (False, lambda mp: mp.setattr(planfile, "values_reason", _boom(MemoryError())), MemoryError),
}


def _plan(tmp_path: Path, old: bool) -> Path:
    path = tmp_path / "plan.lplan"
    if old:
        shutil.copyfile(FIXTURES / "plan_v3.lplan", path)
    else:
        planfile.create_plan(path, GAD)
    return path


def _lock_files(path: Path) -> list[Path]:
    return [p for p in (lock.lock_path(path), lock.identity_lock_path(path)) if p.exists()]


def _assert_free(path: Path) -> None:
    probe = lock.PlanLock(path)
    assert probe.acquire(), "the failed open kept the plan locked"
    probe.release()
    plan = Plan.open(path)
    try:
        assert not plan.read_only, plan.read_only_reason
    finally:
        plan.close()


@pytest.mark.parametrize("stage", FAILURES)
def test_every_failure_of_open_releases_the_lock(tmp_path, monkeypatch, stage):
    old, inject, error = FAILURES[stage]
    path = _plan(tmp_path, old)
    before = path.read_bytes()
    with monkeypatch.context() as mp:
        inject(mp)
        with pytest.raises(error):
            planfile.open_plan(path)
    assert path.read_bytes() == before  # an upgrade that failed was rolled back
    assert _lock_files(path) == []  # the lock files this open made went with it
    _assert_free(path)


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.close()


def _odd_value(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE s_gad SET period_start = 'not a year'")
    conn.commit()
    conn.close()


def _wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def _no_backup(monkeypatch) -> None:
    monkeypatch.setattr(backups, "backup_copy", lambda *_a, **_kw: None)


READ_ONLY = {  # outcomes that are not failures but still end without the lock
    "newer": (False, _newer, None, "más reciente"),
    "values it cannot hold": (False, _odd_value, None, "valores"),
    "saved in WAL mode": (False, _wal, None, "otro programa"),
    "older, no backup possible": (True, None, _no_backup, "copia de seguridad"),
}


@pytest.mark.parametrize("case", READ_ONLY)
def test_every_read_only_outcome_drops_the_lock(tmp_path, monkeypatch, case):
    old, prepare, inject, words = READ_ONLY[case]
    path = _plan(tmp_path, old)
    if prepare is not None:
        prepare(path)
    with monkeypatch.context() as mp:
        if inject is not None:
            inject(mp)
        opened = planfile.open_plan(path)
    try:
        assert opened.read_only and opened.lock is None and words in opened.reason
        probe = lock.PlanLock(path)
        assert probe.acquire()
        probe.release()
    finally:
        opened.close()


def test_a_plan_open_for_writing_keeps_the_lock_until_closed(tmp_path):
    path = _plan(tmp_path, True)
    opened = planfile.open_plan(path)
    assert not opened.read_only and opened.migrated_from == 3 and opened.lock is not None and opened.lock.held
    probe = lock.PlanLock(path)
    assert not probe.acquire()
    opened.close()
    assert probe.acquire()
    probe.release()
    assert _lock_files(path) == [lock.lock_path(path), lock.identity_lock_path(path)]  # kept (see store/lock.py)


def test_a_lock_file_removed_before_it_is_locked_is_not_counted(tmp_path, monkeypatch):
    """The unlink race: another process's refused open removes the lock file it made between
    our open and our lock. Locking that orphan would let a third opener lock the new file
    too; the lock taken must be the file in place."""
    path = _plan(tmp_path, False)
    folder_lock = lock.lock_path(path)
    real_try = lock._try_lock
    removed = []

    def removed_first(fd):
        if not removed and folder_lock.exists() and os.fstat(fd).st_ino == folder_lock.stat().st_ino:
            folder_lock.unlink()  # what `discard` of the other process does
            removed.append(True)
        return real_try(fd)

    monkeypatch.setattr(lock, "_try_lock", removed_first)
    mine = lock.PlanLock(path)
    assert mine.acquire()
    monkeypatch.undo()
    try:
        assert removed and folder_lock.exists()
        assert os.fstat(mine._fds[-1]).st_ino == folder_lock.stat().st_ino
        third = lock.PlanLock(path)
        assert not third.acquire()
    finally:
        mine.release()


def test_a_schema_whose_damage_sqlite_reports_in_bytes_that_are_not_utf8_is_refused(tmp_path):
    """A flipped byte in sqlite_master can make SQLite's own message quote bytes that are not UTF-8:
    Python then raises UnicodeDecodeError, not a database error. The file is refused with a message."""
    path = _plan(tmp_path, old=False)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = CAST(X'435245415445205441424c4520742861ff2c2062ff29' AS TEXT), "
                 "name = CAST(X'74ff' AS TEXT) WHERE name = 'meta'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="damaged|dañado"):
        inspection.inspect(path)
    with pytest.raises(PlanFileError):
        Plan.open(path)
    assert path.read_bytes() == before
    assert not _lock_files(path) or lock.PlanLock(path).acquire()

"""The plan file: create, reopen, refuse, read-only, second writer, backups, migration."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from localplan.domain.plan import Plan
from localplan.errors import PlanFileError, ReadOnlyError
from localplan.store import backups, planfile, schema
from localplan.store.lock import lock_path

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_file_is_ours(new_plan):
    conn = sqlite3.connect(new_plan.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_edit_is_on_disk_without_saving(new_plan):
    new_plan.set_value("gad", 1, "authority", "Ana Pérez")
    conn = sqlite3.connect(new_plan.path)  # a separate connection sees the committed edit
    assert conn.execute('SELECT authority FROM s_gad').fetchone()[0] == "Ana Pérez"
    conn.close()


def test_reopen_keeps_everything(new_plan, tmp_path):
    new_plan.set_value("gad", 1, "team", "Ñusta Quishpe — planificadora")
    path = new_plan.path
    new_plan.close()
    again = Plan.open(path)
    assert again.record("gad")["team"] == "Ñusta Quishpe — planificadora"
    again.close()


def test_second_writer_gets_read_only_with_a_reason(new_plan):
    other = Plan.open(new_plan.path)
    try:
        assert other.read_only
        assert "otra ventana" in other.read_only_reason
        with pytest.raises(ReadOnlyError):
            other.set_value("gad", 1, "authority", "X")
    finally:
        other.close()
    assert not new_plan.read_only


def test_lock_is_released_on_close(new_plan):
    path = new_plan.path
    assert lock_path(path).exists()
    new_plan.close()
    assert lock_path(path).exists()  # kept on purpose: deleting it on release races with a second opener
    again = Plan.open(path)
    assert not again.read_only
    again.close()


def test_read_only_file_opens_read_only(new_plan):
    path = new_plan.path
    new_plan.close()
    path.chmod(0o444)
    try:
        plan = Plan.open(path)
        if plan.read_only:  # root ignores file modes; the check still must not crash
            assert "solo lectura" in plan.read_only_reason
        plan.close()
    finally:
        path.chmod(0o644)


def test_backups_rotate(new_plan, monkeypatch):
    path = new_plan.path
    new_plan.close()
    monkeypatch.setattr(backups, "KEEP", 3)
    for _ in range(5):
        Plan.open(path).close()
    copies = backups.backups_of(path)
    assert 1 <= len(copies) <= 3
    version, newer = planfile.inspect(copies[-1])
    assert version == schema.CURRENT_VERSION and not newer


@pytest.mark.parametrize("content,words", [
    (b"", "vacío"),
    (b"hello, I am text\n", "no es un plan"),
    (b"PK\x03\x04" + b"\0" * 100, "no es un plan"),
])
def test_non_plans_are_refused_and_left_untouched(tmp_path, content, words):
    path = tmp_path / "bad.lplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=words):
        Plan.open(path)
    assert path.read_bytes() == content
    assert not lock_path(path).exists()


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.lplan"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="otro programa"):
        Plan.open(path)
    assert path.read_bytes() == before


def test_altered_plan_is_refused_and_its_trigger_never_runs(new_plan):
    path = new_plan.path
    new_plan.close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE evil (x)")
    conn.execute("CREATE TRIGGER t AFTER UPDATE ON s_gad BEGIN INSERT INTO evil VALUES (1); END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="modificado fuera"):
        Plan.open(path)
    assert path.read_bytes() == before


def test_newer_file_opens_read_only(new_plan):
    path = new_plan.path
    new_plan.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    plan = Plan.open(path)
    assert plan.read_only and "más reciente" in plan.read_only_reason
    assert plan.record("gad")["gad_code"] == "0401"
    plan.close()


def test_truncated_file_is_refused(new_plan):
    new_plan.set_value("gad", 1, "team", "x" * 5000)
    path = new_plan.path
    new_plan.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PlanFileError):
        Plan.open(path)


def test_expected_schema_is_derived_from_specs():
    tables = {name for kind, name, _, _ in schema.expected_master(schema.CURRENT_VERSION) if kind == "table"}
    from localplan.forms import SECTIONS
    from localplan.store.identity import HISTORY_TABLES

    assert tables == {"meta"} | {s.table for s in SECTIONS} | set(HISTORY_TABLES)


def test_every_upgrade_step_has_a_fixture_and_a_test():
    """Like Picard's meta-test: an upgrade without a fixture file of its source version fails."""
    for version in range(schema.MIN_VERSION, schema.CURRENT_VERSION):
        assert (FIXTURES / f"plan_v{version}.lplan").exists(), f"add tests/fixtures/plan_v{version}.lplan"
    assert sorted(schema.steps()) == list(range(2, schema.CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", range(schema.MIN_VERSION, schema.CURRENT_VERSION))
def test_old_fixture_migrates_after_a_backup(tmp_path, version):
    path = tmp_path / f"old v{version}.lplan"
    shutil.copy(FIXTURES / f"plan_v{version}.lplan", path)
    plan = Plan.open(path)
    try:
        assert not plan.read_only
        assert plan.migrated_from == version
        assert plan.backup is not None and planfile.inspect(plan.backup) == (version, False)
        assert plan.record("gad")["gad_code"]
        conn = sqlite3.connect(path)
        assert schema.master(conn) == schema.expected_master(schema.CURRENT_VERSION)
        conn.close()
    finally:
        plan.close()


@pytest.mark.parametrize("version", range(schema.MIN_VERSION, schema.CURRENT_VERSION))
def test_old_fixture_in_read_only_folder_is_upgraded_in_memory(tmp_path, version):
    path = tmp_path / "old.lplan"
    shutil.copy(FIXTURES / f"plan_v{version}.lplan", path)
    before = path.read_bytes()
    plan = Plan.open(path, read_only=True)
    assert plan.read_only and plan.migrated_from == version
    assert plan.rows("gad")
    plan.close()
    assert path.read_bytes() == before


def test_save_copy_is_a_valid_plan(new_plan, tmp_path):
    new_plan.set_value("gad", 1, "authority", "Copia")
    target = tmp_path / "copia con espacios y ñ.lplan"
    new_plan.save_copy(target)
    other = Plan.open(target)
    assert other.record("gad")["authority"] == "Copia"
    other.close()

"""Files we did not make: every file of tests/fixtures/corpus gets its expected outcome.

The corpus is written by scripts/make_corpus.py. Outcomes: refused (PlanFileError with a
Spanish message, file and side files byte-identical, nothing created beside them),
read-only (opens, cannot be changed, file byte-identical, "Save a copy as" works),
migrated (upgraded after a backup), opened (a plan we made; a crash journal is rolled back).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from localplan.domain.plan import Plan
from localplan.errors import PlanFileError, ReadOnlyError
from localplan.store import planfile, schema

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
SIDE = ("-journal", "-wal")

EXPECTED: dict[str, tuple[str, str]] = {
    "empty.lplan": ("refused", "vacío"),
    "truncated-10-bytes.lplan": ("refused", "no es un plan"),
    "truncated-100-bytes.lplan": ("refused", "dañado"),
    "truncated-first-page.lplan": ("refused", "dañado"),
    "truncated-half.lplan": ("refused", "dañado"),
    "truncated-last-byte.lplan": ("refused", "dañado"),
    "random-bytes.lplan": ("refused", "no es un plan"),
    "random-after-header.lplan": ("refused", "dañado"),
    "text-file.lplan": ("refused", "no es un plan"),
    "zip-renamed.lplan": ("refused", "no es un plan"),
    "other-program.lplan": ("refused", "otro programa"),
    "no-application-id.lplan": ("refused", "otro programa"),
    "version-zero.lplan": ("refused", "demasiado antigua"),
    "extra-table.lplan": ("refused", "modificado fuera"),
    "extra-view.lplan": ("refused", "modificado fuera"),
    "extra-trigger.lplan": ("refused", "modificado fuera"),
    "extra-index.lplan": ("refused", "modificado fuera"),
    "default-function.lplan": ("refused", "modificado fuera"),
    # "modificado", not "dañado": had SQLite evaluated the stored expression, it would have
    # failed with "integer overflow" and been reported as damage.
    "check-constraint.lplan": ("refused", "modificado fuera"),
    "generated-column.lplan": ("refused", "modificado fuera"),
    "corrupt-page.lplan": ("refused", "dañado"),
    "hostile-journal.lplan": ("refused", "modificado fuera"),
    "future-version.lplan": ("read-only", "más reciente"),
    "future-version-missing-column.lplan": ("refused", "más reciente"),
    "future-version-view.lplan": ("refused", "más reciente"),
    "future-version-generated.lplan": ("refused", "más reciente"),
    "wal-mode.lplan": ("read-only", "otro programa"),
    "current.lplan": ("opened", ""),
    "crashed-edit.lplan": ("opened", ""),
    "crashed-growing-edit.lplan": ("opened", ""),
    "garbage-journal.lplan": ("opened", ""),
    **{f"past-v{v}.lplan": ("migrated", "") for v in range(schema.MIN_VERSION, schema.CURRENT_VERSION)},
}


def _copy(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *SIDE):
        src = CORPUS / (name + suffix)
        if src.exists():
            shutil.copyfile(src, folder / (name + suffix))
    return folder / name


def _state(folder: Path) -> dict[str, bytes]:
    """Every file in the folder with its bytes (a lock file or -wal/-shm would show up)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_every_corpus_file_has_an_expected_outcome():
    names = {p.name for p in CORPUS.glob("*.lplan")}
    assert names == set(EXPECTED)
    for side in CORPUS.iterdir():
        assert side.suffix == ".lplan" or (CORPUS / side.name.rsplit("-", 1)[0]).exists(), side


def test_the_script_still_writes_this_corpus(tmp_path):
    spec = importlib.util.spec_from_file_location("make_corpus", Path(__file__).parent.parent / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.build(tmp_path / "corpus")
    assert {p.name for p in written} == {p.name for p in CORPUS.iterdir()}


@pytest.mark.parametrize("name", sorted(n for n, (o, _) in EXPECTED.items() if o == "refused"))
def test_refused_files_are_left_byte_identical(tmp_path, name):
    words = EXPECTED[name][1]
    path = _copy(name, tmp_path / "in")
    before = _state(path.parent)
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match=words):
            Plan.open(path, read_only=read_only)
        assert _state(path.parent) == before  # same bytes, and nothing created beside it


@pytest.mark.parametrize("name", sorted(n for n, (o, _) in EXPECTED.items() if o == "read-only"))
def test_read_only_files_open_unchanged_and_can_be_saved_elsewhere(tmp_path, name):
    path = _copy(name, tmp_path / "in")
    before = _state(path.parent)
    plan = Plan.open(path)
    try:
        assert plan.read_only and EXPECTED[name][1] in plan.read_only_reason
        assert plan.record("gad")["gad_code"] == "0401" and len(plan.rows("goals")) == 3
        with pytest.raises(ReadOnlyError):
            plan.set_value("gad", 1, "authority", "X")
        copy = plan.save_copy(tmp_path / "copia.lplan")
    finally:
        plan.close()
    assert _state(path.parent) == before
    if name != "future-version.lplan":  # a copy of a newer plan is still newer
        again = Plan.open(copy)
        assert not again.read_only and len(again.rows("goals")) == 3
        again.close()


@pytest.mark.parametrize("name", sorted(n for n, (o, _) in EXPECTED.items() if o == "migrated"))
def test_past_versions_migrate_after_a_backup(tmp_path, name):
    version = int(name.split("-v")[1].split(".")[0])
    path = _copy(name, tmp_path / "in")
    plan = Plan.open(path)
    try:
        assert not plan.read_only and plan.migrated_from == version
        assert planfile.inspect(plan.backup) == (version, False)
        assert plan.record("gad")["team"] == "Ñusta Quishpe — planificación"
    finally:
        plan.close()
    assert planfile.inspect(path) == (schema.CURRENT_VERSION, False)


def test_crash_journal_is_rolled_back_on_open(tmp_path):
    path = _copy("crashed-edit.lplan", tmp_path / "in")
    plan = Plan.open(path)
    try:
        assert not plan.read_only
        assert plan.record("gad")["team"] == "Ñusta Quishpe — planificación"  # the unfinished edit is gone
        assert len(plan.rows("monitoring")) == 2  # ... all of it
    finally:
        plan.close()
    assert not (tmp_path / "in" / "crashed-edit.lplan-journal").exists()


@pytest.mark.parametrize("name", ["crashed-edit.lplan", "crashed-growing-edit.lplan"])
def test_crash_journal_read_only_reads_a_private_copy(tmp_path, name):
    path = _copy(name, tmp_path / "in")
    before = _state(path.parent)
    plan = Plan.open(path, read_only=True)
    assert plan.record("gad")["team"] == "Ñusta Quishpe — planificación" and len(plan.rows("monitoring")) == 2
    plan.close()
    assert _state(path.parent) == before


@pytest.mark.parametrize("name", ["current.lplan", "garbage-journal.lplan", "crashed-growing-edit.lplan"])
def test_our_plans_open_for_writing(tmp_path, name):
    path = _copy(name, tmp_path / "in")
    plan = Plan.open(path)
    try:
        assert not plan.read_only and len(plan.rows("goals")) == 3
        plan.set_value("gad", 1, "authority", "Ana")
    finally:
        plan.close()
    assert Plan.open(path, read_only=True).record("gad")["authority"] == "Ana"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.lplan"
    with open(path, "wb") as fh:  # sparse: costs no disk
        fh.write((CORPUS / "current.lplan").read_bytes())
        fh.truncate(planfile.MAX_PLAN_BYTES + 4096)
    with pytest.raises(PlanFileError, match="demasiado grande"):
        Plan.open(path)
    assert path.stat().st_size == planfile.MAX_PLAN_BYTES + 4096

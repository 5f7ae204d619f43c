"""Faults of the machine: full disk, a file that disappears, read-only places, odd paths,
two processes on one plan, and the log an unexpected fault leaves.

Each gets a message in Spanish, the previous state stays intact, and the work can be
saved elsewhere. Tests run as root here, where file modes do not bite: the read-only cases
simulate what the operating system would say (os.access / the lock file) and say so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from localplan.domain.plan import Plan, StorageError
from localplan.errors import PlanFileError, ReadOnlyError
from localplan.store import planfile
from localplan.store.lock import PlanLock

ROOT = Path(__file__).resolve().parent.parent
GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}
posix_only = pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX process limits and unlink-while-open")


def _python(code: str, *args: str, home: Path, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, LOCALPLAN_HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=str(ROOT),
                          timeout=120, **kw)


FULL_DISK_CHILD = """
import json, os, resource, signal, sys
from localplan.domain.plan import Plan, StorageError
from localplan.i18n import set_language
set_language("es")
path, rescue = sys.argv[1], sys.argv[2]
plan = Plan.open(path)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk says EFBIG/ENOSPC, it does not kill
limit = os.path.getsize(path)  # the plan may not grow by a single byte
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
out = {}
try:
    rows = [{"title": f"Problema {i}", "description": "movilidad humana " * 1_000} for i in range(200)]
    plan.insert_rows("problems", rows, parsed=False)  # ~3 MB in one edit: the file must grow
    out["big"] = "saved"
except StorageError as exc:
    out["big"] = exc.message
plan.set_value("gad", 1, "authority", "Ana Pérez")  # a small edit still fits
out["small"] = "saved"
plan.save_copy(rescue)  # and the work can be saved elsewhere
out["rescue"] = "saved"
plan.close()
print(json.dumps(out))
"""


@posix_only
def test_full_disk_refuses_the_edit_and_keeps_the_plan(tmp_path, user_home):
    path = tmp_path / "plan lleno ñ.lplan"
    plan = Plan.create(path, GAD)
    plan.set_value("gad", 1, "team", "equipo original")
    plan.close()
    rescue = tmp_path / "rescate.lplan"
    r = _python(FULL_DISK_CHILD, str(path), str(rescue), home=user_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert "disco está lleno" in out["big"] and "Guardar una copia como" in out["big"]
    assert out["small"] == out["rescue"] == "saved"
    again = Plan.open(path)
    try:
        assert again.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert again.record("gad")["team"] == "equipo original" and again.rows("problems") == []
        assert again.record("gad")["authority"] == "Ana Pérez"
    finally:
        again.close()
    assert Plan.open(rescue, read_only=True).record("gad")["authority"] == "Ana Pérez"


@posix_only
@pytest.mark.parametrize("how", ["deleted", "renamed", "folder moved (stick pulled out)"])
def test_plan_file_disappearing_while_open(tmp_path, how):
    folder = tmp_path / "memoria USB"
    folder.mkdir()
    path = folder / "plan.lplan"
    plan = Plan.create(path, GAD)
    try:
        plan.set_value("gad", 1, "authority", "antes")
        if how == "deleted":
            path.unlink()
        elif how == "renamed":
            path.rename(folder / "otro nombre.lplan")
        else:
            folder.rename(tmp_path / "otra carpeta")
        with pytest.raises(StorageError, match="movido, renombrado o borrado|no se puede acceder") as info:
            plan.set_value("gad", 1, "authority", "después")
        assert "Guardar una copia como" in info.value.message
        assert plan.record("gad")["authority"] == "antes"  # the window shows what is really stored
        rescue = plan.save_copy(tmp_path / "rescate.lplan")  # from the open connection
    finally:
        plan.close()
    saved = Plan.open(rescue)
    assert saved.record("gad")["authority"] == "antes" and not saved.read_only
    saved.close()
    if how != "deleted":
        moved = next(p for p in tmp_path.rglob("*.lplan") if p.name != "rescate.lplan")
        assert Plan.open(moved, read_only=True).record("gad")["authority"] == "antes"


def test_saving_a_copy_over_the_open_plan_is_refused(new_plan):
    with pytest.raises(Exception, match="es el plan que está abierto"):
        new_plan.save_copy(new_plan.path)
    new_plan.set_value("gad", 1, "authority", "sigue funcionando")


def test_read_only_file(new_plan, monkeypatch, tmp_path):
    """Simulated: as root os.access says every file is writable, so we say what a user's OS would."""
    path = new_plan.path
    new_plan.close()
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == path and mode == os.W_OK else real_access(p, mode, **kw))
    plan = Plan.open(path)
    try:
        assert plan.read_only and "solo lectura" in plan.read_only_reason and "Guardar una copia como" in plan.read_only_reason
        with pytest.raises(ReadOnlyError):
            plan.set_value("gad", 1, "authority", "X")
        copy = plan.save_copy(tmp_path / "copia editable.lplan")
    finally:
        plan.close()
    assert path.read_bytes() == before
    assert not Plan.open(copy).read_only


def test_read_only_folder(new_plan, monkeypatch, tmp_path):
    """Simulated: the lock file beside the plan cannot be created (EACCES) in a read-only folder."""
    path = new_plan.path
    new_plan.close()
    before = path.read_bytes()

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(PlanLock, "acquire", refuse)
    plan = Plan.open(path)
    assert plan.read_only and "No se puede escribir en la carpeta" in plan.read_only_reason
    plan.save_copy(tmp_path / "elsewhere.lplan")
    plan.close()
    assert path.read_bytes() == before


def test_new_plan_in_a_read_only_folder_is_refused(tmp_path, monkeypatch):
    def refuse(*a, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PlanFileError, match="No se puede escribir en la carpeta"):
        Plan.create(tmp_path / "nuevo.lplan", GAD)
    assert not (tmp_path / "nuevo.lplan").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file modes")
def test_real_read_only_folder(tmp_path):
    folder = tmp_path / "solo lectura"
    folder.mkdir()
    plan = Plan.create(folder / "p.lplan", GAD)
    plan.close()
    folder.chmod(0o555)
    try:
        plan = Plan.open(folder / "p.lplan")
        assert plan.read_only
        plan.close()
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("name", ["carpeta con espacios/plan de Tulcán.lplan", "ñandú/Año 2025 #1 (copia) 50%?.lplan",
                                  "Ecuador — Cañar/niñez ü é.lplan"])
def test_paths_with_spaces_accents_and_signs(tmp_path, name):
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    plan = Plan.create(path, GAD)
    plan.set_value("gad", 1, "authority", "Ñusta")
    copy = plan.save_copy(path.with_name("copia " + path.name))
    plan.close()
    for p in (path, copy):
        assert planfile.inspect(p)[0] >= 1
        ro = Plan.open(p, read_only=True)  # the read-only connection goes through a file: URI
        assert ro.record("gad")["authority"] == "Ñusta"
        ro.close()
        rw = Plan.open(p)
        assert not rw.read_only
        rw.close()


HOLDER = """
import sys
from localplan.domain.plan import Plan
plan = Plan.open(sys.argv[1])
plan.set_value("gad", 1, "authority", "otro proceso")
print("holding", flush=True)
sys.stdin.readline()
plan.close()
"""


def test_two_processes_on_one_plan(new_plan, user_home):
    path = new_plan.path
    new_plan.close()
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home), PYTHONPATH=str(ROOT))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=env, cwd=str(ROOT))
    try:
        assert holder.stdout.readline().strip() == "holding"
        second = Plan.open(path)
        assert second.read_only and "otra ventana o programa" in second.read_only_reason
        assert second.record("gad")["authority"] == "otro proceso"
        with pytest.raises(ReadOnlyError):
            second.set_value("gad", 1, "authority", "yo")
        second.close()
    finally:
        holder.communicate("\n", timeout=60)
    third = Plan.open(path)
    assert not third.read_only
    third.close()


BOOM = """
import sys
import localplan.commands.info_cmd as info
def boom(args):
    raise RuntimeError("disk controller on fire")
info.run = boom
from localplan.cli import main
sys.exit(main(["info", "x.lplan"]))
"""


def test_unexpected_error_goes_to_the_log_and_the_message_says_where(user_home):
    r = _python(BOOM, home=user_home)
    assert r.returncode == 3
    assert "Traceback" not in r.stderr
    log = user_home / "logs" / "localplan.log"
    assert str(log) in r.stderr and "inesperado" in r.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: disk controller on fire" in text

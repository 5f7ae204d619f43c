"""The hostile-input corpus: every case is built here, run through the command line as a user
would, and must end with its expected exit code and message, no traceback, and every input
byte-identical afterwards (links: tests/test_hardening_links.py; odd values:
tests/test_hardening_values.py)."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from localplan.cli import main


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A demo plan, its JSON, its workbook and its package, made once."""
    folder = tmp_path_factory.mktemp("base")
    saved = os.environ.get("LOCALPLAN_HOME")
    os.environ["LOCALPLAN_HOME"] = str(folder / "home")
    try:
        plan = folder / "demo.lplan"
        assert main(["demo", str(plan)]) == 0
        assert main(["export", str(plan), "--json", str(folder / "demo.json"), "--xlsx", str(folder / "demo.xlsx"),
                     "--package", str(folder / "pkg")]) == 0
    finally:
        if saved is None:
            os.environ.pop("LOCALPLAN_HOME", None)
        else:
            os.environ["LOCALPLAN_HOME"] = saved
    return folder


def _digest(paths: list[Path]) -> dict[str, str]:
    out = {}
    for p in paths:
        if p.is_file() and not p.is_symlink():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# --- builders: each returns (command arguments, inputs that must stay byte-identical) -----------
def json_control_char(base, tmp):
    doc = json.loads((base / "demo.json").read_text(encoding="utf-8"))
    doc["sections"]["gad"]["name"] = "GAD \x07 campana"
    (tmp / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], [tmp / "in.json"]


def json_nested(base, tmp):
    doc = json.loads((base / "demo.json").read_text(encoding="utf-8"))
    deep: list = []
    for _ in range(200):
        deep = [deep]
    doc["sections"]["goals"][0]["groups"] = deep
    (tmp / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], [tmp / "in.json"]


def json_huge(base, tmp):
    with open(tmp / "in.json", "wb") as fh:  # sparse: 60 MB on paper, nothing on disk
        fh.truncate(60 * 2**20)
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], [tmp / "in.json"]


def json_not_utf8(base, tmp):
    (tmp / "in.json").write_bytes(b'{"format": "localplan", "x": "\xff\xfe"}')
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], [tmp / "in.json"]


def json_duplicate_id(base, tmp):
    doc = json.loads((base / "demo.json").read_text(encoding="utf-8"))
    goals = doc["sections"]["goals"]
    goals[1]["id"] = goals[0]["id"]
    (tmp / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], [tmp / "in.json"]


def json_fifo(base, tmp):
    os.mkfifo(tmp / "in.json")
    return ["import", tmp / "in.json", "-o", tmp / "out.lplan"], []


def json_is_its_own_output(base, tmp):
    shutil.copyfile(base / "demo.json", tmp / "in.json")
    return ["import", tmp / "in.json", "-o", tmp / "in.json", "--force"], [tmp / "in.json"]


def _plan_copy(base, tmp) -> Path:
    shutil.copyfile(base / "demo.lplan", tmp / "p.lplan")
    return tmp / "p.lplan"


def workbook_other_gad(base, tmp):
    other = tmp / "quito.lplan"
    assert main(["new", str(other), "--gad", "1701"]) == 0
    assert main(["export", str(other), "--xlsx", str(tmp / "quito.xlsx")]) == 0
    plan = _plan_copy(base, tmp)
    return ["import", tmp / "quito.xlsx", "--into", plan, "--yes"], [tmp / "quito.xlsx", plan]


def workbook_without_ids_rows(base, tmp):
    from openpyxl import load_workbook

    wb = load_workbook(base / "demo.xlsx")
    for ws in wb.worksheets:
        if str(ws.cell(2, 1).value or "").startswith("id@"):
            ws.delete_rows(2)
    wb.save(tmp / "in.xlsx")
    plan = _plan_copy(base, tmp)
    return ["import", tmp / "in.xlsx", "--into", plan, "--yes"], [tmp / "in.xlsx", plan]


def workbook_many_strings(base, tmp):
    strings = 1_000_001
    with zipfile.ZipFile(base / "demo.xlsx") as src, zipfile.ZipFile(tmp / "in.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if not info.filename.endswith("sharedStrings.xml"):
                dst.writestr(info, src.read(info))
        body = io.BytesIO()
        body.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        body.write(b"<si><t>x</t></si>" * strings)
        body.write(b"</sst>")
        dst.writestr("xl/sharedStrings.xml", body.getvalue())
    plan = _plan_copy(base, tmp)
    return ["import", tmp / "in.xlsx", "--into", plan, "--yes"], [tmp / "in.xlsx", plan]


def workbook_fifo(base, tmp):
    os.mkfifo(tmp / "in.xlsx")
    plan = _plan_copy(base, tmp)
    return ["import", tmp / "in.xlsx", "--into", plan, "--yes"], [plan]


def workbook_bad_string_index(base, tmp):
    with zipfile.ZipFile(base / "demo.xlsx") as src, zipfile.ZipFile(tmp / "in.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/") and b'<c r="B3"' in data:
                data = data.replace(b'<c r="B3"', b'<c r="B3" t="s"><v>99999999</v></c><c r="Z999"', 1)
            dst.writestr(info, data)
    plan = _plan_copy(base, tmp)
    return ["import", tmp / "in.xlsx", "--into", plan, "--yes"], [tmp / "in.xlsx", plan]


def plan_fifo(base, tmp):
    os.mkfifo(tmp / "p.lplan")
    return ["info", tmp / "p.lplan"], []


def plan_device(base, tmp):
    (tmp / "p.lplan").symlink_to("/dev/zero")
    return ["check", tmp / "p.lplan"], []


def plan_too_many_rows(base, tmp):
    plan = _plan_copy(base, tmp)
    conn = sqlite3.connect(plan)
    conn.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) '
                 'INSERT INTO "s_goals" ("id", "pos") SELECT i + 1000, i + 1000 FROM n')
    conn.commit()
    conn.close()
    return ["info", plan], [plan]


def plan_as_export_target(base, tmp):
    plan = _plan_copy(base, tmp)
    return ["export", plan, "--json", plan, "--force"], [plan]


def plan_as_rollup_target(base, tmp):
    plan = _plan_copy(base, tmp)
    other = tmp / "other.lplan"
    shutil.copyfile(plan, other)
    return ["consolidate", plan, "-o", other, "--force"], [plan, other]


def existing_output_without_force(base, tmp):
    plan = _plan_copy(base, tmp)
    (tmp / "out.json").write_text("keep me", encoding="utf-8")
    return ["export", plan, "--json", tmp / "out.json"], [plan, tmp / "out.json"]


def package_manifest_fifo(base, tmp):
    shutil.copytree(base / "pkg", tmp / "pkg")
    (tmp / "pkg" / "manifest.json").unlink()
    os.mkfifo(tmp / "pkg" / "manifest.json")
    return ["verify", tmp / "pkg"], [tmp / "pkg" / "plan.json"]


def package_manifest_odd(base, tmp):
    shutil.copytree(base / "pkg", tmp / "pkg")
    manifest = tmp / "pkg" / "manifest.json"
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    doc["files"] = ["plan.json", 3, None, {"name": ["x"]}]
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    return ["verify", tmp / "pkg"], [manifest]


def package_file_is_fifo(base, tmp):
    shutil.copytree(base / "pkg", tmp / "pkg")
    (tmp / "pkg" / "libro.xlsx").unlink()
    os.mkfifo(tmp / "pkg" / "libro.xlsx")
    return ["verify", tmp / "pkg"], [tmp / "pkg" / "manifest.json"]


def consolidate_folder_with_fifo(base, tmp):
    folder = tmp / "plans"
    folder.mkdir()
    shutil.copyfile(base / "demo.lplan", folder / "a.lplan")
    os.mkfifo(folder / "b.lplan")
    os.mkfifo(folder / "c.json")
    return ["consolidate", folder, "-o", tmp / "n.xlsx"], [folder / "a.lplan"]


def long_output_name(base, tmp):
    plan = _plan_copy(base, tmp)
    return ["export", plan, "--json", tmp / ("x" * 300 + ".json")], [plan]


def long_plan_name(base, tmp):
    return ["new", tmp / ("x" * 300 + ".lplan"), "--gad", "0401"], []


CASES = [
    # (builder, exit code, words the message must hold)
    (json_control_char, 2, "U+0007"),
    (json_nested, 2, "profundidad"),
    (json_huge, 2, "demasiado grande"),
    (json_not_utf8, 2, "UTF-8"),
    (json_duplicate_id, 2, "dos veces"),
    (json_fifo, 2, "FIFO"),
    (json_is_its_own_output, 2, "se importa"),
    (workbook_other_gad, 2, "otro GAD"),
    (workbook_without_ids_rows, 2, "fila 2"),
    (workbook_many_strings, 2, "textos"),
    (workbook_fifo, 2, "FIFO"),
    (workbook_bad_string_index, 2, ""),
    (plan_fifo, 2, "FIFO"),
    (plan_device, 2, "dispositivo"),
    (plan_too_many_rows, 2, "filas"),
    (plan_as_export_target, 2, "entrada"),
    (plan_as_rollup_target, 2, "archivo de plan"),
    (existing_output_without_force, 2, "--force"),
    (package_manifest_fifo, 2, "FIFO"),
    (package_manifest_odd, 1, ""),
    (package_file_is_fifo, 1, ""),
    (consolidate_folder_with_fifo, 0, ""),
    (long_output_name, 2, "demasiado largo"),
    (long_plan_name, 2, "demasiado largo"),
]


@pytest.mark.parametrize("build,code,words", CASES, ids=[c[0].__name__ for c in CASES])
def test_hostile_input(base, tmp_path, capsys, build, code, words):
    args, inputs = build(base, tmp_path)
    before = _digest(inputs)
    listing = sorted(os.listdir(tmp_path))
    capsys.readouterr()
    result = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert result == code, (result, out, err)
    assert "Traceback" not in err and "inesperado" not in err, err
    assert words in out + err, (out, err)
    assert _digest(inputs) == before
    left = [n for n in os.listdir(tmp_path) if n not in listing]
    assert not [n for n in left if n.startswith((".tmp-", ".new-", ".copy-"))], left


def test_a_full_disk_leaves_nothing_behind(base, tmp_path, capsys, monkeypatch):
    real = os.replace

    def full(src, dst, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    plan = _plan_copy(base, tmp_path)
    before = _digest([plan])
    monkeypatch.setattr(os, "replace", full)
    for args in (["export", plan, "--json", tmp_path / "o.json", "--xlsx", tmp_path / "o.xlsx"],
                 ["new", tmp_path / "n.lplan", "--gad", "0401"],
                 ["import", base / "demo.json", "-o", tmp_path / "i.lplan"]):
        capsys.readouterr()
        assert main([str(a) for a in args]) == 2
        assert "disco está lleno" in capsys.readouterr().err
    monkeypatch.setattr(os, "replace", real)
    assert sorted(os.listdir(tmp_path)) == ["p.lplan"] or not [n for n in os.listdir(tmp_path) if n.startswith(".")]
    assert _digest([plan]) == before


def test_a_killed_exports_temporary_file_is_swept_by_the_next(base, tmp_path, capsys):
    import time

    from localplan.files import STALE_AFTER, TEMP_PREFIX

    plan = _plan_copy(base, tmp_path)
    stale, fresh = tmp_path / f"{TEMP_PREFIX}old.json", tmp_path / f"{TEMP_PREFIX}new.json"
    stale.write_text("{", encoding="utf-8")
    fresh.write_text("{", encoding="utf-8")
    old = time.time() - STALE_AFTER - 60
    os.utime(stale, (old, old))
    assert main(["export", str(plan), "--json", str(tmp_path / "p.json")]) == 0
    assert not stale.exists() and fresh.exists()  # another export may still be writing the fresh one
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["format"].startswith("localplan")


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_settings_that_are_not_a_small_regular_file_are_ignored(user_home, kind):
    from localplan import settings

    target = user_home / "settings.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target.symlink_to("/dev/zero")
    else:
        with open(target, "wb") as fh:
            fh.truncate(50 * 2**20)
    assert settings.load() == {}  # at once: start-up never waits on it
    assert main(["info", "missing.lplan"]) == 2  # and the command line still starts

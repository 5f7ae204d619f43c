"""The ministry package as a closed whole: a corpus of hostile packages, each refused with its own message.

Every case is checked through the command line (`localplan verify`, exit 1, the message on
stdout) and, separately, with the file functions watched: `verify` never touches a path
outside the package folder.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from localplan.cli import main
from localplan.exports.package import MANIFEST, NAMES, write_package
from localplan.imports.package_verify import is_inside, verify


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """A good package of the example plan and one of another GAD (a fresh Tulcán plan)."""
    from localplan.demo import build_example
    from localplan.domain.plan import Plan
    from localplan.domain.read import read_plan

    os.environ.setdefault("LOCALPLAN_HOME", str(tmp_path_factory.mktemp("home")))
    base = tmp_path_factory.mktemp("packages")
    build_example(base / "ejemplo.lplan")
    good = write_package(read_plan(str(base / "ejemplo.lplan")), base / "good")
    plan = Plan.create(base / "tulcan.lplan", {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal",
                                                "period_start": 2023, "period_end": 2027})
    plan.close()
    other = write_package(read_plan(str(base / "tulcan.lplan")), base / "other")
    return good, other


def _copy(packages, tmp_path) -> Path:
    folder = tmp_path / "pkg"
    shutil.copytree(packages[0], folder)
    return folder


def _manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def _save(folder: Path, manifest: dict) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _rehash(folder: Path, manifest: dict, name: str, source: Path | None = None) -> None:
    """Point the entry of `name` at the bytes of `source` (default: the file in the package), as a forger would."""
    content = (source or folder / name).read_bytes()
    for item in manifest["files"]:
        if item["name"] == name:
            item["sha256"], item["size"] = hashlib.sha256(content).hexdigest(), len(content)


# --- the corpus: each case makes one hostile package and names what its message must say ---------

def escape_relative(folder, packages, tmp_path):
    m = _manifest(folder)
    content = Path("/etc/hostname") if Path("/etc/hostname").is_file() else Path("/etc/passwd")
    m["files"].append({"name": "../../../../../../.." + str(content), "kind": "pdf",
                       "sha256": hashlib.sha256(content.read_bytes()).hexdigest(), "size": content.stat().st_size})
    _save(folder, m)
    return "no es un nombre de archivo simple"


def escape_absolute(folder, packages, tmp_path):
    m = _manifest(folder)
    outside = tmp_path / "outside.pdf"
    shutil.copy(folder / "informe.pdf", outside)
    m["files"][0]["name"] = str(outside)
    _save(folder, m)
    return "no es un nombre de archivo simple"


def symlink_out(folder, packages, tmp_path):
    outside = tmp_path / "elsewhere.pdf"
    shutil.move(folder / "informe.pdf", outside)
    os.symlink(outside, folder / "informe.pdf")
    return "enlace simbólico"


def fifo_listed(folder, packages, tmp_path):
    (folder / "ordenanza.pdf").unlink()
    os.mkfifo(folder / "ordenanza.pdf")
    return "tubería con nombre (FIFO)"


def missing_files(folder, packages, tmp_path):
    m = _manifest(folder)
    gone = {"plan.json", "libro.xlsx", "ordenanza.docx", "ordenanza.pdf"}
    for name in gone:
        (folder / name).unlink()
    m["files"] = [f for f in m["files"] if f["name"] not in gone]
    _save(folder, m)
    return "no figura: el paquete está incompleto"


def missing_file_only(folder, packages, tmp_path):
    (folder / "libro.xlsx").unlink()
    return "falta en el paquete"


def _swap(folder, packages, name):
    """Put another plan's file `name` in the package, with the manifest's hash made to match it."""
    shutil.copy(packages[1] / name, folder / name)
    m = _manifest(folder)
    _rehash(folder, m, name)
    _save(folder, m)


def swapped_report(folder, packages, tmp_path):
    _swap(folder, packages, "informe.pdf")
    return "informe.pdf: sus metadatos muestran otra huella"


def swapped_ordinance_docx(folder, packages, tmp_path):
    _swap(folder, packages, "ordenanza.docx")
    return "ordenanza.docx: su propiedad de documento muestra otra huella"


def swapped_ordinance_pdf(folder, packages, tmp_path):
    _swap(folder, packages, "ordenanza.pdf")
    return "ordenanza.pdf: sus metadatos muestran otra huella"


def swapped_workbook(folder, packages, tmp_path):
    _swap(folder, packages, "libro.xlsx")
    return "libro.xlsx: la portada del libro muestra otra huella"


def swapped_data(folder, packages, tmp_path):
    _swap(folder, packages, "plan.json")
    return "plan.json: los datos del plan no coinciden con la huella"


def edited_code(folder, packages, tmp_path):
    m = _manifest(folder)
    m["gad_code"] = "0401"
    _save(folder, m)
    return "el código del GAD «0401» difiere"


def edited_name(folder, packages, tmp_path):
    m = _manifest(folder)
    m["gad_name"] = "GAD Municipal de Quito"
    _save(folder, m)
    return "el nombre del GAD «GAD Municipal de Quito» difiere"


def edited_example(folder, packages, tmp_path):
    m = _manifest(folder)
    m["example"] = False
    _save(folder, m)
    return "la marca de ejemplo «no» difiere"


def edited_period(folder, packages, tmp_path):
    m = _manifest(folder)
    m["period"] = [2019, 2023]
    _save(folder, m)
    return "el período «2019–2023» difiere"


def edited_fingerprint(folder, packages, tmp_path):
    m = _manifest(folder)
    m["fingerprint"] = _manifest(packages[1])["fingerprint"]
    _save(folder, m)
    return "plan.json: los datos del plan no coinciden con la huella"


def edited_status(folder, packages, tmp_path):
    m = _manifest(packages[1])  # the other GAD's fresh plan has errors: claim it has none
    shutil.rmtree(folder)
    shutil.copytree(packages[1], folder)
    m["status"]["errors"] = 0
    _save(folder, m)
    return "registra 0 errores del verificador"


def extra_file(folder, packages, tmp_path):
    (folder / "sub").mkdir()
    (folder / "sub" / "a.exe").write_bytes(b"MZ")
    (folder / "notas.txt").write_text("x", encoding="utf-8")
    return "sub: este archivo no está en el manifiesto"


def changed_bytes(folder, packages, tmp_path):
    path = folder / "informe.pdf"
    path.write_bytes(path.read_bytes() + b"\n%%")
    return "informe.pdf: se modificó después de hacer el paquete"


def listed_twice(folder, packages, tmp_path):
    m = _manifest(folder)
    m["files"].append(dict(m["files"][0]))
    _save(folder, m)
    return "figura dos veces"


CASES = [escape_relative, escape_absolute, symlink_out, fifo_listed, missing_files, missing_file_only, swapped_report,
         swapped_ordinance_docx, swapped_ordinance_pdf, swapped_workbook, swapped_data, edited_code, edited_name,
         edited_example, edited_period, edited_fingerprint, edited_status, extra_file, changed_bytes, listed_twice]


def test_a_good_package_verifies_and_records_its_status(packages, capsys):
    good, other = packages
    assert verify(good) == [] and verify(other) == []
    assert main(["verify", str(good)]) == 0
    assert "completo" in capsys.readouterr().out
    assert sorted(p.name for p in good.iterdir()) == sorted([MANIFEST, *NAMES.values()])
    m, o = _manifest(good), _manifest(other)
    assert m["status"]["errors"] == 0 and m["example"] is True and m["program_version"] and m["last_edit"]
    # a fresh plan carries its errors, by code, as `check` counts them
    from localplan.checks.run import check
    from localplan.domain.read import read_plan

    findings = check(read_plan(str(other.parent / "tulcan.lplan")))
    errors = [f for f in findings if f.severity.value == "error"]
    assert o["status"]["errors"] == len(errors) > 0
    assert sum(o["status"]["by_code"]["error"].values()) == len(errors)


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_hostile_package_is_refused_with_its_own_message(case, packages, tmp_path, capsys):
    folder = _copy(packages, tmp_path)
    expected = case(folder, packages, tmp_path)
    assert main(["verify", str(folder)]) == 1
    out = capsys.readouterr().out
    assert expected in out, out
    assert "El paquete está completo" not in out


def test_each_case_has_a_message_of_its_own(packages, tmp_path):
    seen = {}
    for case in CASES:
        folder = tmp_path / case.__name__
        shutil.copytree(packages[0], folder)
        case(folder, packages, tmp_path)
        seen[case.__name__] = tuple(verify(folder))
    assert len(set(seen.values())) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_verify_touches_nothing_outside_the_package(case, packages, tmp_path, monkeypatch):
    folder = _copy(packages, tmp_path)
    case(folder, packages, tmp_path)
    verify(packages[0])  # warm every cache (catalogue, reference lists, imports) before watching
    touched: list[str] = []

    def watch(fn):
        def wrapper(path, *args, **kwargs):
            if isinstance(path, (str, bytes, os.PathLike)):
                touched.append(os.fsdecode(os.fspath(path)))
            return fn(path, *args, **kwargs)
        return wrapper

    for name in ("open", "lstat", "stat", "scandir", "listdir", "readlink"):
        monkeypatch.setattr(os, name, watch(getattr(os, name)))
    monkeypatch.setattr(builtins, "open", watch(builtins.open))
    monkeypatch.setattr(io, "open", watch(io.open))
    verify(folder)
    monkeypatch.undo()
    assert touched, "the watch saw nothing: the test would pass vacuously"
    outside = [p for p in touched if not is_inside(folder, os.path.join(str(folder), p) if not os.path.isabs(p) else p)]
    assert outside == []


def test_verify_never_follows_a_symlinked_manifest(packages, tmp_path, capsys):
    folder = _copy(packages, tmp_path)
    shutil.move(folder / MANIFEST, tmp_path / "m.json")
    os.symlink(tmp_path / "m.json", folder / MANIFEST)
    assert main(["verify", str(folder)]) == 2
    assert "no es un paquete" in capsys.readouterr().err


def test_a_killed_export_leaves_no_package(packages, tmp_path, monkeypatch):
    """The package is built in a hidden sibling folder: a failure half-way leaves neither a package nor the temporary folder."""
    from localplan.domain.read import read_plan
    from localplan.exports import formats

    data = read_plan(str(packages[0].parent / "ejemplo.lplan"))
    real = formats._ordinance_docx

    def dies(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(formats, "FILE_EXPORTERS", [formats.Exporter(e.id, e.suffix, e.label, dies if e.id == "ordinance-docx" else e.write)
                                                    for e in formats.FILE_EXPORTERS])
    with pytest.raises(KeyboardInterrupt):
        write_package(data, tmp_path / "entrega")
    assert list(tmp_path.iterdir()) == []
    assert real is formats._ordinance_docx


def test_an_export_replaces_an_earlier_package_but_not_another_folder(packages, tmp_path):
    from localplan.domain.read import read_plan
    from localplan.errors import UserError

    data = read_plan(str(packages[0].parent / "tulcan.lplan"))
    target = _copy(packages, tmp_path)
    write_package(data, target)
    assert _manifest(target)["gad_code"] == "0401" and verify(target) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "tesis.docx").write_bytes(b"mine")
    with pytest.raises(UserError, match="no es un paquete anterior"):
        write_package(data, busy)
    assert [p.name for p in busy.iterdir()] == ["tesis.docx"]


def test_an_export_killed_at_any_moment_leaves_no_package_that_looks_complete(packages, tmp_path):
    """SIGKILL while the package is being written: the target is absent or verifies; a later export cleans up."""
    import signal
    import subprocess
    import sys
    import time

    plan = packages[0].parent / "ejemplo.lplan"
    env = dict(os.environ, LOCALPLAN_LANG="es")
    outcomes = []
    for delay in (0.5, 1.5, 3.0):
        target = tmp_path / f"entrega{delay}"
        child = subprocess.Popen([sys.executable, "-m", "localplan", "export", str(plan), "--package", str(target)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():
            assert verify(target) == []
            outcomes.append("complete")
        else:
            outcomes.append("absent")
        leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(f".entrega{delay}.partial-")]
        for p in leftovers:  # as if an hour had passed
            os.utime(p, (time.time() - 7200, time.time() - 7200))
        from localplan.domain.read import read_plan

        write_package(read_plan(str(plan)), target)
        assert verify(target) == []
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".entrega{delay}.")]
    assert "absent" in outcomes


def test_the_window_asks_before_writing_a_package_of_a_plan_with_errors(qtbot, new_plan, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from localplan.ui.export_page import ExportPage

    page = ExportPage(new_plan)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path / "salida"))
    for key, check in page.checks.items():
        check.setChecked(key == "package")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.start()
    assert asked and "8 errores" in asked[0] and "Escribir el paquete de todos modos" in asked[0]
    assert page.export_button.isEnabled() and not (tmp_path / "salida").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.start()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=120_000)
    manifest = json.loads((tmp_path / "salida" / "paquete" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["status"]["errors"] == 8 and manifest["last_edit"]


def test_any_manifest_value_is_reported_never_a_traceback(packages, tmp_path):
    """Every key of the manifest (and of each file entry) set to odd values: verify answers with lines or refuses."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from plan_strategies import json_values

    from localplan.errors import UserError

    folder = _copy(packages, tmp_path)
    original = (folder / MANIFEST).read_text(encoding="utf-8")
    keys = sorted(json.loads(original))

    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(key=st.sampled_from(keys + ["files.0.name", "files.0.size", "files.0.sha256", "files.0.kind", "files.0"]),
           value=json_values)
    def check(key, value):
        m = json.loads(original)
        if key.startswith("files.0"):
            if key == "files.0":
                m["files"][0] = value
            else:
                m["files"][0][key.split(".")[2]] = value
        else:
            m[key] = value
        (folder / MANIFEST).write_text(json.dumps(m), encoding="utf-8")
        try:
            problems = verify(folder)
        except UserError:
            return
        assert all(isinstance(p, str) and p for p in problems)

    check()

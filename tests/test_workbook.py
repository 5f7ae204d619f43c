"""The workbook read back with openpyxl, edited, imported; hostile files refused cleanly."""

import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from localplan.errors import ValidationError
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.workbook.write import write_workbook
from localplan.forms import SECTIONS
from localplan.imports.workbook import apply, command, read_workbook


def sheet_of(wb, section_id):
    for ws in wb.worksheets:
        if ws.cell(2, 1).value == f"id@{section_id}":
            return ws
    raise KeyError(section_id)


def test_every_row_of_every_section_is_in_the_workbook(example, tmp_path):
    data = example.snapshot()
    path = write_workbook(data, tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    assert short(fingerprint(data)) in [c.value for c in wb["Portada"]["B"]]
    for sec in SECTIONS:
        ws = sheet_of(wb, sec.id)
        ids = [ws.cell(r, 1).value for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value not in (None, "Total")]
        assert len(ids) == max(1, len(data.rows(sec.id))) if sec.single else ids == [r["id"] for r in data.rows(sec.id)]
    ws = sheet_of(wb, "mobility_narratives")
    assert any("dicen" in str(c.value) or "ú" in str(c.value) for row in ws.iter_rows() for c in row)
    assert wb["Listas"].sheet_state == "hidden"
    assert sheet_of(wb, "goals").freeze_panes == "B3"


def test_unchanged_workbook_imports_as_no_change(example, tmp_path):
    path = write_workbook(example.snapshot(), tmp_path / "libro.xlsx", lang="en")  # English labels, Spanish plan
    report = read_workbook(path, example)
    assert report.problems == [] and report.refused_rows == 0
    assert command(example, report).ops == []


def test_edited_workbook_round_trips_with_located_refusals(example, tmp_path):
    path = write_workbook(example.snapshot(), tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    goals = sheet_of(wb, "goals")
    head = {goals.cell(2, c).value: c for c in range(1, goals.max_column + 1)}
    goals.cell(3, head["baseline_value"], 250)
    goals.cell(4, head["baseline_value"], "muchas")
    goals.cell(5, head["target_value"], "=1+1")
    actors = sheet_of(wb, "actors")
    ahead = {actors.cell(2, c).value: c for c in range(1, actors.max_column + 1)}
    new_row = actors.max_row + 1
    actors.cell(new_row, ahead["name"], "Cruz Roja — Junta cantonal")
    actors.cell(new_row, ahead["type"], "Civil-society organisation")  # an English label in a Spanish plan
    wb.save(path)
    before = len(example.rows("actors"))
    report = read_workbook(path, example)
    reasons = {(p.section, p.row, p.field): p.message for p in report.problems}
    assert any("no es un número" in m for m in reasons.values())
    assert any("fórmula" in m for m in reasons.values())
    assert report.refused_rows == 2
    changed = apply(example, report)
    assert changed == 2
    assert example.row("goals", 1)["baseline_value"] == 250
    assert len(example.rows("actors")) == before + 1 and example.rows("actors")[-1]["type"] == "civil_society"
    example.undo()  # one undo step for the whole import
    assert example.row("goals", 1)["baseline_value"] == 240 and len(example.rows("actors")) == before


def test_blank_template_fills_and_imports(new_plan, tmp_path):
    path = write_workbook(new_plan.snapshot(), tmp_path / "plantilla.xlsx", blank=True)
    wb = load_workbook(path)
    ws = sheet_of(wb, "problems")
    head = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
    ws.cell(3, head["component"], "Sociocultural")
    ws.cell(3, head["kind"], "Problema")
    ws.cell(3, head["title"], "Xenofobia en la escuela")
    ws.cell(3, head["severity"], 4)
    wb.save(path)
    apply(new_plan, read_workbook(path, new_plan))
    assert new_plan.rows("problems")[0]["title"] == "Xenofobia en la escuela"


def hostile(tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    if kind == "text":
        path.write_text("hola, no soy un libro")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "x")
    elif kind == "bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("xl/workbook.xml", "<workbook/>")
            z.writestr("xl/worksheets/sheet1.xml", b"0" * (350 * 1024 * 1024))
    elif kind == "merged":
        wb = Workbook()
        wb.active.merge_cells("A1:B2")
        wb.save(path)
    return path


@pytest.mark.parametrize("kind,words", [("text", "no es un libro de Excel"), ("zip", "no es un libro"),
                                        ("bomb", "demasiado grande"), ("merged", "celdas combinadas")])
def test_hostile_files_are_refused_and_the_plan_is_unchanged(new_plan, tmp_path, kind, words):
    path = hostile(tmp_path, kind)
    before = new_plan.path.read_bytes()
    with pytest.raises(ValidationError, match=words):
        read_workbook(path, new_plan)
    assert new_plan.path.read_bytes() == before


def test_unknown_columns_and_too_many_rows(new_plan, tmp_path):
    path = write_workbook(new_plan.snapshot(), tmp_path / "x.xlsx", blank=True)
    wb = load_workbook(path)
    ws = sheet_of(wb, "actors")
    ws.cell(2, ws.max_column + 1, "favourite_colour")
    for r in range(3, 3 + 20_005):
        ws.cell(r, 2, f"Actor {r}")
    wb.save(path)
    report = read_workbook(path, new_plan)
    messages = " ".join(p.message for p in report.problems)
    assert "Columna desconocida" in messages and "Más de 20000 filas" in messages
    assert len(report.rows) == 20_000


def test_package_and_verify(example, tmp_path, user_home):
    import os
    import subprocess
    import sys

    from localplan.exports.package import write_package
    from localplan.imports.package_verify import verify

    folder = write_package(example.snapshot(), tmp_path / "entrega")
    names = sorted(p.name for p in folder.iterdir())
    assert {"manifest.json", "plan.json", "libro.xlsx", "informe.pdf"} <= set(names)
    assert verify(folder) == []
    (folder / "informe.pdf").write_bytes(b"%PDF-1.4 changed")
    assert any("informe.pdf" in p for p in verify(folder))
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home), LOCALPLAN_LANG="es")
    r = subprocess.run([sys.executable, "-m", "localplan", "verify", str(folder)], capture_output=True, text=True, env=env)
    assert r.returncode == 1 and "se modificó" in r.stdout
    r = subprocess.run([sys.executable, "-m", "localplan", "verify", str(tmp_path)], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "no es un paquete" in r.stderr

"""Yearly values in the workbook: one numeric column per year of the plan period (issue 16, item 3),
read back as the recipient would (openpyxl cells), imported back exactly."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook
from pypdf import PdfReader

from localplan.demo import build_example
from localplan.domain.plan import Plan
from localplan.exports import json_doc
from localplan.exports.blank_forms import write_blank_forms
from localplan.exports.workbook.write import write_workbook
from localplan.forms import SECTIONS, FieldType
from localplan.imports.workbook import apply, command, read_workbook

YEARS = ["2023", "2024", "2025", "2026", "2027"]


def sheet_of(wb, section_id):
    return next(ws for ws in wb.worksheets if ws.cell(2, 1).value == f"id@{section_id}")


def keys(ws) -> dict[str, int]:
    return {ws.cell(2, c).value: c for c in range(2, ws.max_column + 1) if ws.cell(2, c).value}


def test_every_yearly_field_is_a_numeric_column_per_year(example, tmp_path):
    path = write_workbook(example.snapshot(), tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    for sid, fid, label in (("goals", "yearly_targets", "Programación anual"),
                            ("projects", "budget_by_year", "Presupuesto por año (USD)"),
                            ("monitoring", "achieved_by_year", "Valor alcanzado por año"),
                            ("gad", "priority_budget", None)):
        ws = sheet_of(wb, sid)
        head = keys(ws)
        assert fid not in head, "no single text column is left"
        assert [k for k in head if k.startswith(fid + ":")] == [f"{fid}:{y}" for y in YEARS]
        for y in YEARS:
            if label:
                assert ws.cell(1, head[f"{fid}:{y}"]).value == f"{label} {y}"
        for r, row in enumerate(example.rows(sid), start=3):
            for y in YEARS:
                cell = ws.cell(r, head[f"{fid}:{y}"])
                expected = (row.get(fid) or {}).get(y)
                assert cell.value == expected and not isinstance(cell.value, str)
                if expected is not None:
                    assert cell.number_format == ('"$"#,##0.00' if fid == "budget_by_year" else "#,##0.00")
    ws = sheet_of(wb, "projects")
    assert ws.cell(3, keys(ws)["budget_by_year:2025"]).value == 27000
    assert any(dv.type == "decimal" and "N3" not in str(dv.sqref) for dv in ws.data_validations.dataValidation)
    assert not any(isinstance(c.value, str) and "2024:" in c.value for row in ws.iter_rows() for c in row)


def test_exported_plan_imports_back_whole_into_a_copy_without_its_yearly_values(tmp_path):
    source = build_example(tmp_path / "ejemplo.lplan")
    copy_path = tmp_path / "copia.lplan"
    shutil.copy(source, copy_path)  # the same plan (its identity), before any export
    example, copy = Plan.open(source), Plan.open(copy_path)
    try:
        data = example.snapshot()
        path = write_workbook(data, tmp_path / "libro.xlsx", lang="en")
        cleared = 0
        for sec in SECTIONS:
            for f in sec.fields:
                if f.type is FieldType.YEAR_VALUES:
                    for row in copy.rows(sec.id):
                        if row.get(f.id):
                            copy.set_value(sec.id, row["id"], f.id, None)
                            cleared += 1
        assert cleared > 10 and json_doc.dumps(copy.snapshot()) != json_doc.dumps(data)
        report = read_workbook(path, copy)
        assert report.problems == [] and report.refused_rows == 0
        assert len(command(copy, report).ops) == cleared
        apply(copy, report)
        assert json_doc.dumps(copy.snapshot()) == json_doc.dumps(data)
    finally:
        example.close()
        copy.close()


def test_a_year_value_changed_by_hand_changes_that_value_and_nothing_else(example, tmp_path):
    before = example.snapshot()
    path = write_workbook(before, tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    ws = sheet_of(wb, "projects")
    ws.cell(4, keys(ws)["budget_by_year:2025"], 19876.54)  # project 2, year 2025
    ws.cell(4, keys(ws)["budget_by_year:2023"], 500)  # a year that was empty
    goals = sheet_of(wb, "goals")
    goals.cell(3, keys(goals)["yearly_targets:2027"]).value = None  # a year cleared
    wb.save(path)
    report = read_workbook(path, example)
    assert report.problems == [] and report.refused_rows == 0
    assert len(command(example, report).ops) == 2  # one value per changed field
    apply(example, report)
    after = example.snapshot()
    for sec in SECTIONS:
        sid = sec.id
        want = [dict(r) for r in before.rows(sid)]
        if sid == "projects":
            want[1]["budget_by_year"] = {"2023": 500, "2024": 12000.0, "2025": 19876.54, "2026": 18000.0, "2027": 12000.0}
        if sid == "goals":
            want[0]["yearly_targets"] = {"2024": 210.0, "2025": 180.0, "2026": 150.0}
        assert [dict(r) for r in after.rows(sid)] == want, sid
    example.undo()
    assert json_doc.dumps(example.snapshot()) == json_doc.dumps(before)


def test_an_old_workbook_with_one_text_cell_per_yearly_field_still_imports(example, tmp_path):
    path = write_workbook(example.snapshot(), tmp_path / "viejo.xlsx", lang="es")
    wb = load_workbook(path)
    ws = sheet_of(wb, "goals")
    head = keys(ws)
    first = head["yearly_targets:2023"]
    ws.delete_cols(first + 1, len(YEARS) - 1)  # as workbooks were written before: one text cell
    ws.cell(1, first, "Programación anual")
    ws.cell(2, first, "yearly_targets")
    for r in range(3, ws.max_row + 1):
        if ws.cell(r, 1).value not in (None, "Total"):
            ws.cell(r, first).value = None
    row_of = {ws.cell(r, 1).value: r for r in range(3, ws.max_row + 1)}
    ws.cell(row_of[8], first, "2024: 18; 2025: 27,5")  # goal 8 is measured in percent (decimals allowed)
    wb.save(path)
    report = read_workbook(path, example)
    assert report.problems == [] and report.refused_rows == 0
    apply(example, report)
    assert example.row("goals", 8)["yearly_targets"] == {"2024": 18, "2025": 27.5}
    assert example.row("goals", 8)["measure"] == "percentage"
    assert example.row("goals", 2)["yearly_targets"] is None  # an empty old cell empties the field, as it did


def test_blank_templates_have_a_column_per_year_and_fill_back(new_plan, tmp_path):
    path = write_workbook(new_plan.snapshot(), tmp_path / "plantilla.xlsx", blank=True, lang="es")
    wb = load_workbook(path)
    ws = sheet_of(wb, "projects")
    head = keys(ws)
    assert [k for k in head if k.startswith("budget_by_year")] == [f"budget_by_year:{y}" for y in YEARS]
    ws.cell(3, head["name"], "Casa de acogida")
    ws.cell(3, head["budget_by_year:2024"], 15000)
    ws.cell(3, head["budget_by_year:2026"], 2500.25)
    wb.save(path)
    report = read_workbook(path, new_plan)
    assert [p.message for p in report.problems if "Casa" in p.message] == []
    assert report.rows and report.rows[0].values["budget_by_year"] == {"2024": 15000, "2026": 2500.25}
    pdf = write_blank_forms(tmp_path / "formularios.pdf", lang="es")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]
    for title, label in (("Metas e indicadores", "Programación anual"), ("Programas y proyectos", "Presupuesto por año (USD)")):
        page = next(p for p in pages if p.startswith(title))
        assert label in page and " ".join(YEARS) in page, page[:400]  # the label over a row of its years

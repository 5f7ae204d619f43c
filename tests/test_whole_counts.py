"""Whole-number counts refused at entry: a goal whose indicator is a count takes no decimals for its
baseline, target, yearly programming or achieved values — typed (Plan.set_value, as the table's
cell editor and the detail editor call it), pasted (edit_cells), added (insert_rows) or imported
from the workbook. The message is translated and names the field; the plan is left unchanged."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from localplan.errors import UserError
from localplan.exports.workbook.write import write_workbook
from localplan.imports.workbook import apply, read_workbook


def _whole_plan(plan):
    return {s: plan.rows(s) for s in ("goals", "monitoring")}


def test_typed_decimals_in_a_count_are_refused_naming_the_field(example):
    assert example.row("goals", 9)["measure"] == "count"
    before = _whole_plan(example)
    with pytest.raises(UserError) as refused:
        example.set_value("goals", 9, "target_value", "4,8", lang="es")
    assert refused.value.message.startswith("Meta: valor: ") and "números enteros" in refused.value.message
    assert "4,8" in refused.value.message
    with pytest.raises(UserError, match="Programación anual"):
        example.set_value("goals", 9, "yearly_targets", {"2024": 0.8, "2025": 2}, lang="es")
    with pytest.raises(UserError, match="Línea base: valor"):
        example.set_values("goals", 9, {"baseline_value": 0.5, "indicator": "Casos"}, parsed=True)
    monitoring = next(m for m in example.rows("monitoring") if m["goal"] == 1)
    with pytest.raises(UserError, match="Valor alcanzado por año"):
        example.set_value("monitoring", monitoring["id"], "achieved_by_year", {"2024": 210.5}, lang="es")
    assert _whole_plan(example) == before and not example.can_undo
    example.set_value("goals", 9, "target_value", "5", lang="es")  # whole numbers pass
    assert example.row("goals", 9)["target_value"] == 5


def test_pasted_and_added_decimals_are_refused_and_other_measures_accept_them(example):
    before = _whole_plan(example)
    with pytest.raises(UserError, match="Meta: valor"):
        example.edit_cells("goals", {1: {"target_value": 119.5}}, label="Pegar")
    with pytest.raises(UserError, match="Meta: valor"):
        example.edit_cells("goals", {}, [{"measure": "count", "target_value": 0.8}], label="Pegar")
    with pytest.raises(UserError, match="Línea base"):
        example.insert_rows("goals", [{"goal": "Nueva", "measure": "count", "baseline_value": 4.8}])
    assert _whole_plan(example) == before
    example.set_value("goals", 8, "target_value", 99.5, parsed=True)  # a percentage takes decimals
    example.edit_cells("goals", {1: {"measure": "rate", "target_value": 119.5}}, label="Pegar")  # no longer a count
    assert example.row("goals", 1)["target_value"] == 119.5


def test_in_english_the_message_is_english(example):
    from localplan import i18n

    i18n.set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            example.set_value("goals", 9, "target_value", 4.8, parsed=True)
        assert refused.value.message.startswith("Target value: ") and "whole numbers" in refused.value.message
    finally:
        i18n.set_language("es")


def test_workbook_import_refuses_the_rows_with_decimal_counts(example, tmp_path):
    path = write_workbook(example.snapshot(), tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    goals = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == "id@goals")
    head = {goals.cell(2, c).value: c for c in range(1, goals.max_column + 1)}
    rows = {goals.cell(r, 1).value: r for r in range(3, goals.max_row + 1)}
    goals.cell(rows[9], head["target_value"], 4.8)  # a count
    goals.cell(rows[10], head["target_value"], 35.5)  # a percentage: fine
    goals.cell(rows[2], head["baseline_value"], 12)  # a whole count: fine
    monitoring = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == "id@monitoring")
    mhead = {monitoring.cell(2, c).value: c for c in range(1, monitoring.max_column + 1)}
    year = next(k for k in mhead if str(k).startswith("achieved_by_year:"))
    monitoring.cell(3, mhead[year], 0.8)
    wb.save(path)
    report = read_workbook(path, example)
    refused = [p for p in report.problems if "números enteros" in p.message]
    assert {(p.field, p.row) for p in refused} == {("Meta: valor", rows[9]), ("Valor alcanzado por año", 3)}
    assert all("4,8" in p.message or "0,8" in p.message for p in refused)
    assert report.refused_rows == 2
    apply(example, report)
    assert example.row("goals", 9)["target_value"] == 4 and example.row("goals", 10)["target_value"] == 35.5
    assert example.row("goals", 2)["baseline_value"] == 12

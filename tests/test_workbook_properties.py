"""Property tests for the workbook (issue 12): plans generated from the specs survive
export → import → export; mutated workbooks are imported or refused, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from localplan import synthetic
from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.exports import json_doc
from localplan.exports.workbook.write import write_workbook
from localplan.imports.workbook import apply, read_workbook

BOUNDED = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def empty_plan_like(data, folder: Path) -> Plan:
    gad = {k: v for k, v in data.gad.items() if k != "id"}
    return Plan.create(folder / "vacio.lplan", gad)


@BOUNDED
@given(seed=st.integers(0, 10_000))
def test_any_generated_plan_survives_the_workbook(seed):
    data = synthetic.generate("small", seed=seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_workbook(data, folder / "libro.xlsx", lang="es")
        plan = empty_plan_like(data, folder)
        try:
            report = read_workbook(path, plan)
            assert report.problems == [] and report.refused_rows == 0
            apply(plan, report)
            assert json_doc.dumps(plan.snapshot()) == json_doc.dumps(data)
        finally:
            plan.close()


MUTATIONS = ["text_in_number", "formula", "huge_cell", "unknown_column", "drop_ids_row", "wrong_choice", "bad_link",
             "negative_id", "blank_sheet_title"]
# A sheet whose id row is gone, or whose title is not the section's, may not be matched to the plan: the
# whole workbook may be refused. Any other mutation touches one cell or column: imported, or refused row by row.
REFUSED_WHOLE = {"drop_ids_row", "blank_sheet_title"}


@BOUNDED
@given(seed=st.integers(0, 1000), mutation=st.sampled_from(MUTATIONS), row=st.integers(3, 6))
def test_any_mutated_workbook_is_imported_or_refused_cleanly(seed, mutation, row):
    data = synthetic.generate("small", seed=seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_workbook(data, folder / "libro.xlsx", lang="es")
        wb = load_workbook(path)
        ws = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == "id@goals")
        ids = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
        if mutation == "text_in_number":
            ws.cell(row, ids["baseline_value"], "mucho")
        elif mutation == "formula":
            ws.cell(row, ids["target_value"], "=SUM(A1:A3)")
        elif mutation == "huge_cell":
            ws.cell(row, ids["statement"], "x" * 40_000)
        elif mutation == "unknown_column":
            ws.cell(2, ws.max_column + 1, "colour")
        elif mutation == "drop_ids_row":
            ws.cell(2, 1, None)
        elif mutation == "wrong_choice":
            ws.cell(row, ids["direction"], "sideways")
        elif mutation == "bad_link":
            ws.cell(row, ids["objective"], "#9999")
        elif mutation == "negative_id":
            ws.cell(row, 1, -4)
        elif mutation == "blank_sheet_title":
            ws.title = "x"
        wb.save(path)
        plan = empty_plan_like(data, folder)
        before = plan.path.read_bytes()
        try:
            try:
                report = read_workbook(path, plan)
            except UserError as exc:  # only a workbook that cannot be read as this plan's is refused whole
                assert mutation in REFUSED_WHOLE, (mutation, exc.message)
                assert exc.message and "Traceback" not in exc.message
                assert plan.path.read_bytes() == before
                return
            for problem in report.problems:
                assert problem.message and "Traceback" not in problem.message
            if mutation not in ("unknown_column", "drop_ids_row", "blank_sheet_title"):
                assert report.refused_rows >= 1 and any(p.row == row for p in report.problems)
            apply(plan, report)
        finally:
            plan.close()

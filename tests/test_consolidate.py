"""Consolidation of many generated plans (with broken and duplicate files) and comparison."""

import os
import subprocess
import sys
import time

import pytest
from openpyxl import load_workbook

from localplan import synthetic
from localplan.consolidate.collect import collect
from localplan.consolidate.workbook import write_national
from localplan.exports import json_doc
from localplan.reference import dpa


@pytest.fixture(scope="module")
def many_plans(tmp_path_factory):
    """200 plans of distinct cantons, a duplicate of one (newer), a JSON file and broken files."""
    folder = tmp_path_factory.mktemp("national")
    os.environ.setdefault("LOCALPLAN_HOME", str(tmp_path_factory.mktemp("h")))
    cantons = [u.code for u in dpa().level_units("canton")][:200]
    for n, code in enumerate(cantons):
        synthetic.write_plan(folder / f"gad_{code}.lplan", "small", seed=n, gad_code=code)
    old = folder / f"gad_{cantons[0]}.lplan"
    os.utime(old, (time.time() - 86400, time.time() - 86400))
    synthetic.write_plan(folder / "gad_dup_newer.lplan", "small", seed=999, gad_code=cantons[0])
    (folder / "parish.json").write_text(json_doc.dumps(synthetic.generate("small", seed=5, gad_code="040151")), encoding="utf-8")
    (folder / "broken.lplan").write_bytes(b"not a plan at all")
    (folder / "empty.lplan").write_bytes(b"")
    (folder / "bad.json").write_text("{nope", encoding="utf-8")
    return folder, cantons


def test_collect_keeps_newest_and_lists_broken(many_plans):
    folder, cantons = many_plans
    result = collect([folder], workers=2)
    assert len(result.kept) == 201  # 200 cantons + the parish JSON
    assert {b.source.rsplit("/", 1)[-1] for b in result.broken} == {"broken.lplan", "empty.lplan", "bad.json"}
    assert all("Traceback" not in b.reason for b in result.broken)
    [(older, newer)] = result.replaced
    assert older.source.endswith(f"gad_{cantons[0]}.lplan") and newer.source.endswith("gad_dup_newer.lplan")
    kept = next(s for s in result.kept if s.gad_code == cantons[0])
    assert kept.source.endswith("gad_dup_newer.lplan")


def test_national_workbook_has_a_row_per_gad_and_the_summary_sheets(many_plans, tmp_path):
    folder, _ = many_plans
    out = write_national(collect([folder], workers=1), tmp_path / "nacional.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Por GAD", "Por objetivo del PMM", "Por provincia", "Notas"]
    by_gad = wb["Por GAD"]
    assert by_gad.max_row == 1 + 201
    assert by_gad["A1"].value == "Código INEC"
    assert wb["Por objetivo del PMM"].max_row == 1 + 23
    notes = [row[0].value for row in wb["Notas"].iter_rows(min_row=2)]
    assert notes.count("Archivo ilegible") == 3 and len(notes) == 5
    # the nationally prioritised GCM objectives rest on a secondary source: marked, with that source
    assert wb["Por objetivo del PMM"]["C1"].value.endswith("(por verificar)")
    [verify] = [row for row in wb["Notas"].iter_rows(min_row=2, values_only=True) if row[0] == "Por verificar"]
    assert "por verificar:" in verify[2] and "fuentes secundarias" in verify[2]


def test_cli_consolidate_and_compare(many_plans, tmp_path, user_home):
    folder, cantons = many_plans
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home))
    r = subprocess.run([sys.executable, "-m", "localplan", "consolidate", str(folder), "-o", str(tmp_path / "n.xlsx")],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "201" in r.stdout and "broken.lplan" in r.stdout
    plans = [str(folder / f"gad_{c}.lplan") for c in cantons[1:4]] + [str(folder / "broken.lplan")]
    r = subprocess.run([sys.executable, "-m", "localplan", "compare", *plans, "-o", str(tmp_path / "c.xlsx")],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    ws = load_workbook(tmp_path / "c.xlsx")["Comparación"]
    assert ws.max_row == 4
    assert "No se pudo leer" in r.stdout


def test_national_workbook_prints_every_gad_at_a_readable_size(many_plans, tmp_path):
    """The roll-up's sheets print on A4 landscape, as many pages tall as their rows need (they printed on one
    page: 201 GADs shrunk to it), at a readable size, a wide sheet in bands repeating the GAD's code and name."""
    from print_model import excel_scale

    from localplan.exports.workbook.printing import READABLE

    folder, _ = many_plans
    wb = load_workbook(write_national(collect([folder], workers=1), tmp_path / "nacional.xlsx"))
    for ws in wb.worksheets:
        setup = ws.page_setup
        wide = int(setup.fitToWidth)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and int(setup.fitToHeight) == 0, ws.title
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9, ws.title
        assert excel_scale(ws, wide) >= READABLE - 0.01, (ws.title, wide)
        assert ws.print_title_rows == "$1:$1" and "&P" in ws.oddFooter.right.text
    by_gad = wb["Por GAD"]
    assert int(by_gad.page_setup.fitToWidth) > 1 and by_gad.print_title_cols == "$A:$B"
    # every text shows whole: the cells wrap and each row is as tall as its longest text (GAD names were cut)
    from localplan.exports.workbook.printing import LINE_POINTS
    from localplan.exports.workbook.widths import wrapped

    for row in by_gad.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                width = by_gad.column_dimensions[cell.column_letter].width
                assert cell.alignment.wrap_text and cell.font.name == "Arial"
                assert by_gad.row_dimensions[cell.row].height >= LINE_POINTS * wrapped(cell.value, width), cell.value
    assert by_gad.column_dimensions["B"].width >= max(len(str(c.value)) for c in by_gad["B"][1:]) or \
        by_gad.column_dimensions["B"].width == 40

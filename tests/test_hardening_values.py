"""A plan that passes every structural check but holds odd values: it opens read-only with a
located message, and info, check and the exports never fail with exit 3 (fuzzed)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localplan.cli import main
from localplan.domain.plan import Plan
from localplan.forms import SECTIONS, FieldType, section

ODD_VALUES = [
    "texto", "", " ", "2024-13-45", "31/12/2024", "[1, 2]", "{}", '{"2024": [1]}', '{"año": 1}', "[[[[[[[[[[1]]]]]]]]]]",
    "[" * 5000 + "]" * 5000, '{"2024": "' + "9" * 400 + '"}', "[true, null, 2.5]", '["x", {"a": 1}]',
    "a\x0bb", "a\x07b", "\x00", b"\xff\xfe\x00blob", 2.5, -1, 0, 10**18, 1.5e308, float("inf"), float("nan"),
    "99999999999999999999", "x" * 100_000,
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.lplan"
    assert main(["demo", str(path)]) == 0
    return path


def _columns() -> list[tuple[str, str, FieldType]]:
    return [(s.table, f.id, f.type) for s in SECTIONS for f in s.fields]


COLUMNS = _columns()


def _mutate(path: Path, table: str, column: str, value, invalid_utf8: bool = False) -> None:
    conn = sqlite3.connect(path)
    try:
        if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0:
            conn.execute(f'INSERT INTO "{table}" ("id", "pos") VALUES (1, 0)')
        if invalid_utf8:
            conn.execute(f'UPDATE "{table}" SET "{column}" = CAST(x\'c3284142ff\' AS TEXT) WHERE "id" = '
                         f'(SELECT min("id") FROM "{table}")')
        else:
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "id" = (SELECT min("id") FROM "{table}")', (value,))
        conn.commit()
    finally:
        conn.close()


def _run_everything(path: Path, out: Path, capsys, pdf: bool = False) -> None:
    before = path.read_bytes()
    commands = [["info", str(path)], ["check", str(path)], ["check", str(path), "--json"],
                ["export", str(path), "--json", str(out / "p.json"), "--xlsx", str(out / "p.xlsx"),
                 "--ordinance-docx", str(out / "o.docx"), "--force"]]
    if pdf:
        commands.append(["export", str(path), "--pdf", str(out / "p.pdf"), "--force"])
    for args in commands:
        code = main(args)
        err = capsys.readouterr().err
        assert code in (0, 1, 2), (args, err)
        assert "Traceback" not in err and "inesperado" not in err, (args, err)
    assert path.read_bytes() == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS), value=st.sampled_from(ODD_VALUES), utf8=st.booleans())
def test_odd_values_never_make_a_command_fail(tmp_path_factory, demo, capsys, column, value, utf8):
    folder = tmp_path_factory.mktemp("odd")
    path = folder / "plan.lplan"
    shutil.copyfile(demo, path)
    table, field_id, _ = column
    _mutate(path, table, field_id, value if not isinstance(value, float) or value == value else None,
            invalid_utf8=utf8 and value == "texto")
    _run_everything(path, folder, capsys)
    plan = Plan.open(path)
    try:
        plan.snapshot()  # every section reads
    finally:
        plan.close()


@pytest.mark.parametrize("table,field_id,value", [
    ("s_gad", "period_start", "dos mil veinte"),
    ("s_projects", "budget_by_year", "[1, 2, 3]"),
    ("s_projects", "budget_by_year", "[" * 3000 + "]" * 3000),
    ("s_goals", "statement", b"\x00\x01binary"),
])
def test_a_plan_with_an_odd_value_opens_read_only_saying_where(tmp_path, demo, capsys, table, field_id, value):
    path = tmp_path / "plan.lplan"
    shutil.copyfile(demo, path)
    sec = next(s for s in SECTIONS if s.table == table)
    if field_id not in sec.field_ids:
        pytest.skip(f"{field_id} is not a field of {sec.id} in this version")
    _mutate(path, table, field_id, value)
    plan = Plan.open(path)
    try:
        assert plan.read_only
        reason = plan.read_only_reason
        assert sec.title.get() in reason and sec.field(field_id).label.get() in reason, reason
        snapshot = plan.snapshot()
        assert all(r.get(field_id) is None or not isinstance(r.get(field_id), (str, bytes)) or
                   sec.field(field_id).type in (FieldType.TEXT, FieldType.LONGTEXT) for r in snapshot.rows(sec.id))
    finally:
        plan.close()
    _run_everything(path, tmp_path, capsys, pdf=True)
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    assert "no puede usar" in capsys.readouterr().err


def test_invalid_utf8_in_a_value_is_located(tmp_path, demo):
    path = tmp_path / "plan.lplan"
    shutil.copyfile(demo, path)
    _mutate(path, "s_gad", "authority", None, invalid_utf8=True)
    plan = Plan.open(path)
    try:
        assert plan.read_only and "UTF-8" in plan.read_only_reason
        assert section("gad").field("authority").label.get() in plan.read_only_reason
    finally:
        plan.close()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(100, 10**9), st.integers(0, 255)), min_size=1, max_size=6))
def test_random_bytes_changed_in_a_plan_never_make_a_command_fail(tmp_path_factory, demo, capsys, flips):
    folder = tmp_path_factory.mktemp("flip")
    path = folder / "plan.lplan"
    data = bytearray(demo.read_bytes())
    for offset, byte in flips:
        data[offset % len(data)] = byte
    path.write_bytes(bytes(data))
    _run_everything(path, folder, capsys)

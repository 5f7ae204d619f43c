"""The comparison of workshop copies matches rows as combining does: by their identity, never
by local id or position (issue #22, item 5)."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from localplan.cli import main
from localplan.consolidate.rowdiff import differences
from localplan.domain.plan import Plan
from localplan.store.fork import fork_file

GAD = {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal", "period_start": 2023, "period_end": 2027}


@pytest.fixture
def workshop(tmp_path, user_home) -> tuple[Path, Path, Path]:
    base = Plan.create(tmp_path / "base.lplan", GAD)
    base.insert_rows("actors", [{"name": "ACNUR"}, {"name": "Cruz Roja"}])
    base.insert_rows("objectives", [{"name": "Acogida"}])
    base.close()
    a = fork_file(tmp_path / "base.lplan", tmp_path / "ana.lplan")
    b = fork_file(tmp_path / "base.lplan", tmp_path / "beto.lplan")
    pa = Plan.open(a)
    assert pa.insert_row("actors", {"name": "Pastoral social"}) == 3  # the same local id as Beto's new row
    pa.close()
    pb = Plan.open(b)
    assert pb.insert_row("actors", {"name": "HIAS"}) == 3
    pb.set_value("actors", 1, "name", "ACNUR Ecuador")
    pb.delete_rows("objectives", [1])
    pb.close()
    return tmp_path / "base.lplan", a, b


def test_copies_that_both_added_a_row_with_one_local_id_are_not_the_same_row(workshop):
    _base, a, b = workshop
    [diff] = differences([a, b])
    assert diff.source == str(b) and diff.against == "ana.lplan"
    actors = diff.sections["actors"]
    # matched by local id, Beto's "HIAS" would be Ana's "Pastoral social" changed: 2 changed, 0 new
    assert (actors.new, actors.changed, actors.deleted) == (1, 1, 0)
    assert (diff.sections["objectives"].new, diff.sections["objectives"].deleted) == (0, 1)
    assert set(diff.sections) == {"actors", "objectives"}
    [back] = differences([b, a])  # Ana's copy against Beto's: her new row; his edit and deletion are his
    assert (back.sections["actors"].new, back.sections["actors"].changed) == (1, 0)
    assert "objectives" not in back.sections


def test_a_plan_of_another_family_and_unreadable_files_are_left_out(workshop, tmp_path):
    _base, a, _b = workshop
    Plan.create(tmp_path / "otro.lplan", GAD).close()
    (tmp_path / "roto.lplan").write_bytes(b"no")
    assert differences([a, tmp_path / "otro.lplan", tmp_path / "roto.lplan"]) == []


def test_cli_compare_prints_and_writes_the_rows_of_each_copy(workshop, tmp_path, capsys):
    _base, a, b = workshop
    out = tmp_path / "c.xlsx"
    assert main(["compare", str(a), str(b), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "beto.lplan" in text and "1 fila nueva" in text and "1 fila cambiada" in text and "1 fila eliminada" in text
    wb = load_workbook(out)
    rows = list(wb["Filas por copia"].iter_rows(min_row=2, values_only=True))
    assert sorted(rows) == [("beto.lplan", "ana.lplan", "Actores", 1, 1, 0),
                            ("beto.lplan", "ana.lplan", "Objetivos estratégicos", 0, 0, 1)]


def test_the_comparison_window_shows_each_copys_rows_and_saves_them(workshop, qtbot, tmp_path):
    from localplan.ui.rollup_dialogs import CompareDialog

    _base, a, b = workshop
    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.load([str(a), str(b)])
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=60_000)
    last = dialog.table.columnCount() - 1
    assert dialog.table.horizontalHeaderItem(last).text() == "Filas frente a la primera copia"
    cells = {dialog.table.item(r, 0).text(): dialog.table.item(r, last).text() for r in range(dialog.table.rowCount())}
    assert cells == {"ana.lplan": "", "beto.lplan": "1 nuevas, 1 cambiadas, 1 eliminadas"}
    dialog.rollup.save(dialog.outcome, tmp_path / "comparacion.xlsx")
    assert load_workbook(tmp_path / "comparacion.xlsx")["Filas por copia"].max_row == 3

"""File › Versions: backups listed, opened read-only, compared, restored as one undoable step."""

import pytest

from localplan.domain import versions
from localplan.domain.plan import Plan
from localplan.forms import SECTIONS
from localplan.store import backups


def whole(plan):
    data = plan.snapshot()
    return {s.id: data.rows(s.id) for s in SECTIONS}


@pytest.fixture
def window(qtbot):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_plan()


def test_restore_a_backup_and_undo_the_restore(window, tmp_path, qtbot):
    path = tmp_path / "tulcan.lplan"
    Plan.create(path, {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"}).close()
    plan = Plan.open(path)  # opening for work keeps a backup of this state
    plan.insert_rows("problems", [{"title": "Primero"}, {"title": "Segundo"}])
    plan.close()
    plan = Plan.open(path)  # a second backup, with the two problems
    window.set_plan(plan)
    before_edits = whole(plan)
    plan.set_value("gad", 1, "authority", "Alcaldesa")
    plan.delete_rows("problems", [plan.rows("problems")[0]["id"]])
    plan.insert_rows("actors", [{"name": "Mesa cantonal"}])
    edited = whole(plan)

    dialog = window.show_versions()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(backups.list_backups(path)) >= 2
    assert "Diagnóstico\u00a02" in dialog.table.item(0, 3).text()  # the newest: rows per step (a count stays with its step)
    diff = dialog.compare_selected()
    assert diff == {"gad": 1, "problems": 1, "actors": 1}
    assert "Actores" in dialog.result_label.text() or "actor" in dialog.result_label.text().lower()

    opened = dialog.open_selected()
    qtbot.addWidget(opened)
    assert opened.plan.read_only and len(opened.plan.rows("problems")) == 2
    opened.close_plan()

    count = len(backups.list_backups(path))
    assert dialog.restore_selected(confirm=False)
    assert whole(plan) == before_edits
    kept = [b for b in backups.list_backups(path) if b.reason == "restore"]
    assert kept and len(backups.list_backups(path)) >= min(count + 1, backups.KEEP)
    assert versions.differences(plan.snapshot(), versions.read_version(kept[0].path)) == {
        "gad": 1, "problems": 1, "actors": 1}  # the state before the restore was kept
    window.undo()
    assert whole(plan) == edited
    window.redo()
    assert whole(plan) == before_edits


def test_versions_of_a_plan_are_its_own(tmp_path):
    a = Plan.create(tmp_path / "plan.lplan", {"gad_code": "04", "name": "A", "level": "provincial"})
    a.close()
    b = Plan.create(tmp_path / "plan-2.lplan", {"gad_code": "04", "name": "B", "level": "provincial"})
    b.close()
    Plan.open(tmp_path / "plan.lplan").close()
    Plan.open(tmp_path / "plan-2.lplan").close()
    mine, other = backups.list_backups(tmp_path / "plan.lplan"), backups.list_backups(tmp_path / "plan-2.lplan")
    assert len(mine) == len(other) == 2  # created (opened once) and opened again
    assert not {b.path for b in mine} & {b.path for b in other}


def test_named_versions_of_the_ordinance_are_listed_compared_opened_and_restored(window, tmp_path, qtbot):
    """A version the team named (Ordinance › Versions) is in File › Versions beside the backups: its date,
    size and rows; opened read-only, compared, and restored as one undoable step with a backup first.
    It brings back the ordinance's text only: the rest of the plan stays as it is."""
    from localplan.ordinance import versions as ordinance_versions

    path = tmp_path / "tulcan.lplan"
    plan = Plan.create(path, {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"})
    window.set_plan(plan)
    plan.set_value("ordinance", 1, "title", "Ordenanza de movilidad humana")
    plan.insert_rows("ordinance_articles", [{"kind": "article", "heading": "Objeto", "text": "Primer texto."},
                                            {"kind": "article", "heading": "Ámbito", "text": "Todo el cantón."}])
    ordinance_versions.take_snapshot(plan, "Proyecto para primer debate", note="enviado al concejo")
    named = whole(plan)
    first = plan.rows("ordinance_articles")[0]["id"]
    plan.set_value("ordinance_articles", first, "text", "Texto cambiado tras el debate.")
    plan.insert_rows("ordinance_articles", [{"kind": "article", "heading": "Vigencia", "text": "Desde hoy."}])
    plan.set_value("ordinance", 1, "title", "Ordenanza cambiada")
    plan.insert_rows("problems", [{"title": "Un problema escrito después"}])
    edited = whole(plan)

    dialog = window.show_versions()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 + len(backups.list_backups(path))
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert "Proyecto para primer debate" in cells[1] and "enviado al concejo" in cells[1]
    assert "/" in cells[0] and "kB" in cells[2] and cells[3] == "Ordenanza\u00a02"  # date, size, rows (of the ordinance)

    assert dialog.compare_selected() == {"ordinance": 1, "ordinance_articles": 2}
    assert "Articulado" in dialog.result_label.text()

    opened = dialog.open_selected()
    qtbot.addWidget(opened)
    assert opened.plan.read_only and opened.plan.path != path
    assert [r["text"] for r in opened.plan.rows("ordinance_articles")] == ["Primer texto.", "Todo el cantón."]
    assert len(opened.plan.rows("problems")) == 1  # the rest as the plan holds it now
    opened.close_plan()
    assert whole(plan) == edited  # opening a version changes nothing

    count = len(backups.list_backups(path))
    assert dialog.restore_selected(confirm=False)
    restored = whole(plan)
    for sid in ("ordinance", "ordinance_articles", "ordinance_recitals", "ordinance_dispositions"):
        assert restored[sid] == named[sid], sid
    assert restored["problems"] == edited["problems"] and restored["ordinance_versions"] == edited["ordinance_versions"]
    kept = [b for b in backups.list_backups(path) if b.reason == "restore"]
    assert kept and len(backups.list_backups(path)) >= min(count + 1, backups.KEEP)
    assert versions.read_version(kept[0].path).rows("ordinance_articles") == edited["ordinance_articles"]
    window.undo()
    assert whole(plan) == edited
    window.redo()
    assert whole(plan) == restored


def test_a_damaged_named_version_is_refused_politely(window, tmp_path, qtbot):
    path = tmp_path / "tulcan.lplan"
    plan = Plan.create(path, {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"})
    window.set_plan(plan)
    plan.insert_rows("ordinance_versions", [{"name": "Dañada", "date": "2025-01-02", "snapshot": "{no es json"}])
    before = whole(plan)
    dialog = window.show_versions()
    qtbot.addWidget(dialog)
    assert "Dañada" in dialog.table.item(0, 1).text() and dialog.table.item(0, 3).text()
    assert dialog.compare_selected() is None and dialog.result_label.text()
    assert not dialog.restore_selected(confirm=False)
    assert dialog.open_selected() is None
    assert whole(plan) == before


def test_rows_per_step_show_whole(window, tmp_path, qtbot):
    """The example's rows per step ("Diagnóstico 216 · Propuesta …") wrap in their column, whose rows are
    tall enough for every line (the text was cut at the dialog's width, whole only in its tooltip)."""
    from PySide6.QtCore import QRect, Qt

    from localplan.demo import build_example

    plan = Plan.open(build_example(tmp_path / "ejemplo.lplan"))
    window.set_plan(plan)
    dialog = window.show_versions()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() >= 1
    for row in range(table.rowCount()):
        for col in (1, 3):
            text = table.item(row, col).text()
            room = QRect(0, 0, table.columnWidth(col) - 8, 10_000)
            need = table.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            assert need.width() <= room.width() and need.height() <= table.rowHeight(row), (row, col, text)
    assert any(" · " in table.item(r, 3).text() for r in range(table.rowCount()))

"""File flows that must never lose work: new plan, save as, copies, the example plan."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from localplan.domain.plan import Plan
from localplan.store import backups


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


def _dialog(window, qtbot, open_path=None):
    from localplan.ui.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(window, open_path=open_path)
    qtbot.addWidget(dialog)
    return dialog


def test_new_plan_over_the_open_plan_is_refused_by_name(window, qtbot, tmp_path):
    path = tmp_path / "tulcan.lplan"
    window.set_plan(Plan.create(path, {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"}))
    window.plan.set_value("gad", 1, "authority", "Alcaldesa")
    before = path.read_bytes()
    dialog = _dialog(window, qtbot, open_path=window.plan.path)
    dialog.choose("0401")
    dialog.path = path
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "tulcan.lplan" in dialog.error.text() and "abierto" in dialog.error.text()
    assert path.read_bytes() == before
    from localplan.errors import UserError
    from localplan.ui import file_flows

    with pytest.raises(UserError, match="tulcan.lplan"):
        file_flows.make_room(window, path, ask=False)
    assert window.plan.record("gad")["authority"] == "Alcaldesa" and not window.plan.read_only


def test_enter_in_the_search_box_keeps_the_dialog(window, qtbot, tmp_path):
    dialog = _dialog(window, qtbot)
    closed = []
    dialog.finished.connect(closed.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.search.setFocus()
    dialog.search.setText("huaquillas")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and not closed
    assert dialog.tree.currentIndex().isValid() and dialog.code == "0707"  # Enter picked the first match
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    dialog.path = tmp_path / "huaquillas.lplan"  # (the file dialog is not driven here)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert closed == [dialog.DialogCode.Accepted]


def test_enter_creates_once_a_gad_is_chosen(window, qtbot, tmp_path):
    dialog = _dialog(window, qtbot)
    dialog.show()
    dialog.choose("0401")
    assert dialog.create_button.isDefault()
    dialog.path = tmp_path / "nuevo.lplan"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("code", ["070750", "070701", "040150"])
def test_urban_parish_or_seat_is_refused_naming_the_canton(window, qtbot, code):
    from localplan.reference import dpa

    dialog = _dialog(window, qtbot)
    dialog.choose(code)
    canton = dpa().get(code[:4])
    assert dialog.code is None
    assert canton.name in dialog.error.text() and f"({code[:4]})" in dialog.error.text()
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_cli_refuses_an_urban_parish_with_exit_2(tmp_path, user_home):
    target = tmp_path / "h.lplan"
    r = subprocess.run([sys.executable, "-m", "localplan", "new", str(target), "--gad", "070750"],
                       capture_output=True, text=True, env={**__import__("os").environ, "LOCALPLAN_HOME": str(user_home)})
    assert r.returncode == 2
    assert "Huaquillas (0707)" in r.stderr and not target.exists()
    r = subprocess.run([sys.executable, "-m", "localplan", "new", str(target), "--gad", "040151"],
                       capture_output=True, text=True, env={**__import__("os").environ, "LOCALPLAN_HOME": str(user_home)})
    assert r.returncode == 0, r.stderr


def test_replacing_a_plan_file_keeps_a_backup_and_says_where(window, tmp_path):
    from localplan.ui import file_flows

    old = tmp_path / "viejo.lplan"
    Plan.create(old, {"gad_code": "04", "name": "GAD Provincial del Carchi", "level": "provincial"}).close()
    before = old.read_bytes()
    window.set_plan(Plan.create(tmp_path / "actual.lplan", {"gad_code": "0401", "name": "GAD Municipal de Tulcán",
                                                              "level": "cantonal"}))
    assert file_flows.write_copy(window, old, ask=False) == old
    kept = [b for b in backups.list_backups(old) if b.reason == "replaced"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == before
    assert str(kept[0].path) in window.statusBar().currentMessage()
    assert Plan.open(old, read_only=True).record("gad")["gad_code"] == "0401"


def test_save_as_continues_under_the_new_name(window, tmp_path):
    from localplan.ui import file_flows

    first = tmp_path / "primero.lplan"
    window.set_plan(Plan.create(first, {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"}))
    before = first.read_bytes()
    second = tmp_path / "segundo.lplan"
    assert file_flows.save_as_path(window, second) == second
    assert window.plan.path == second and not window.plan.read_only
    window.plan.set_value("gad", 1, "authority", "Nueva autoridad")
    assert first.read_bytes() == before
    assert "segundo.lplan" in window.windowTitle()


def test_example_plan_is_not_rebuilt_over_a_trainers_changes(window):
    from localplan.ui import file_flows

    assert file_flows.open_example(window)
    path = window.plan.path
    window.plan.set_value("gad", 1, "authority", "Capacitadora")
    window.close_plan()
    asked = []
    assert file_flows.open_example(window, ask_changed=lambda w: asked.append(1) or "open")
    assert asked and window.plan.record("gad")["authority"] == "Capacitadora"
    window.close_plan()
    assert file_flows.open_example(window, ask_changed=lambda w: "fresh")
    assert window.plan.record("gad")["authority"] != "Capacitadora"
    kept = [b for b in backups.list_backups(path) if b.reason == "replaced"]
    assert kept and Plan.open(kept[0].path, read_only=True).record("gad")["authority"] == "Capacitadora"
    window.close_plan()
    asked.clear()
    assert file_flows.open_example(window, ask_changed=lambda w: asked.append(1) or None)
    assert not asked  # untouched since it was made: opened without a question


def test_window_state_lives_in_our_settings_not_in_the_home_config(qtbot, tmp_path, monkeypatch, new_plan):
    fake_home = tmp_path / "home"
    fake_home.mkdir()
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(fake_home / ".config"))
    from localplan import settings
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.set_plan(new_plan)
    assert w.close()
    assert settings.get_bytes("main_window_geometry") and settings.get_bytes("plan_view_splitter")
    assert not list(fake_home.rglob("*")), list(fake_home.rglob("*"))  # nothing in ~/.config/LocalPlan
    again = MainWindow()  # and it is read back
    qtbot.addWidget(again)
    assert again.saveGeometry().size() > 0

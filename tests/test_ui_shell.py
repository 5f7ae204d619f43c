"""The real windows driven with qtbot: new plan, profile, undo/redo, language, read-only."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from localplan import formatting
from localplan.domain.plan import Plan


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


def test_new_plan_through_the_dialog(window, qtbot, tmp_path, monkeypatch):
    from localplan.ui.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(window)
    qtbot.addWidget(dialog)
    dialog.search.setText("tulcan")
    assert dialog.proxy.rowCount() >= 1  # Carchi stays visible because Tulcán matches
    dialog.choose("0401")
    assert "Tulcán" in dialog.name.text()
    dialog.authority.setText("Cristina Chamorro")  # Spanish text through setText, never keyClicks
    dialog.start.setValue(2023)
    dialog.end.setValue(2027)
    dialog.path = tmp_path / "tulcán ñ.lplan"
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = dialog.values()
    assert values["level"] == "cantonal" and values["authority"] == "Cristina Chamorro"
    plan = Plan.create(dialog.path, values)
    window.set_plan(plan)
    assert "Tulcán" in window.windowTitle()


def test_dialog_refuses_without_a_gad(window, qtbot):
    from localplan.ui.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(window)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert "Elija el GAD" in dialog.error.text()


def test_profile_edit_bad_input_and_undo_redo(window, new_plan):
    window.set_plan(new_plan)
    page = window.view.show_step("profile")
    form = page.show_section("gad").form
    authority = form.field_editor("authority")
    authority.setText("Ñusta Quishpe")
    authority.editingFinished.emit()
    assert new_plan.record("gad")["authority"] == "Ñusta Quishpe"
    year = form.field_editor("period_end")
    year.setText("dos mil")
    year.editingFinished.emit()
    assert "no es un número" in form.errors["period_end"].text()
    assert year.text() == "dos mil"  # what was typed stays until corrected or cancelled (issue 16)
    assert new_plan.record("gad")["period_end"] == 2027
    form.cancel("period_end")
    assert year.text() == "2027"
    assert window.undo_action.isEnabled() and "Editar" in window.undo_action.text()
    window.undo_action.trigger()
    assert new_plan.record("gad")["authority"] is None
    assert form.field_editor("authority").text() == ""
    window.redo_action.trigger()
    assert new_plan.record("gad")["authority"] == "Ñusta Quishpe"


def test_language_switches_at_once_and_is_remembered(window, new_plan):
    from localplan import settings

    window.set_plan(new_plan)
    window.view.show_step("diagnosis")
    assert window.view.nav.item(0).text() == "Inicio"
    assert window.view.nav.item(1).text().startswith("Perfil")
    assert window.menuBar().actions()[0].text() == "&Archivo"
    window.set_language("en")
    assert window.view.nav.item(1).text().startswith("Profile")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.view.current_step() == "diagnosis"
    assert settings.get("language") == "en"
    window.set_language("es")
    assert window.view.nav.item(2).text().startswith("Diagnóstico")


def test_second_window_gets_read_only_with_banner(window, new_plan, qtbot):
    from localplan.ui.main_window import MainWindow

    window.set_plan(new_plan)
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_plan_path(new_plan.path)
    assert other.plan.read_only
    texts = [label.text() for label in other.view.findChildren(QLabel)]
    assert any("otra ventana" in t for t in texts)
    assert not other.view.show_step("diagnosis").show_section("problems").add_button.isEnabled()
    other.close_plan()


def test_step_pages_show_completeness_and_guidance(window, new_plan):
    window.set_plan(new_plan)
    assert "%" in window.view.nav.item(1).text()
    window.view.show_step("ordinance")
    assert "COOTAD" in window.view.guide.toPlainText()


def test_smoke_command_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOCALPLAN_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "localplan", "--smoke"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "window shown" in r.stdout


def test_formatting_matches_qlocale_es_ec(qapp):
    locale = QLocale(QLocale.Language.Spanish, QLocale.Country.Ecuador)
    for value in (1234567.89, 0.5, 12.0, 999.999):
        assert formatting.number(value, 2, "es") == locale.toString(value, "f", 2)
    assert formatting.money(1234.5, "es") == locale.toCurrencyString(1234.5).replace("\xa0", "")
    _ = QApplication

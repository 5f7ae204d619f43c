"""Spanish to the edges (#21 item 7): singular and plural forms, the command line's own words,
the program's messages found under the right translation context, Qt's buttons."""

import pytest

from localplan import i18n
from localplan.domain.data import PlanData


def test_plural_picks_the_form_and_fills_the_values():
    assert i18n.plural(1, "{count} row of {n}", "{count} rows of {n}", n=3) == "1 row of 3"
    assert i18n.plural(0, "{count} row", "{count} rows") == "0 rows"
    assert i18n.plural(2, "{count} row", "{count} rows") == "2 rows"


def test_deleting_one_row_says_so_in_the_singular(qtbot, new_plan):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.table_page import TablePage

    page = TablePage(new_plan, "problems")
    qtbot.addWidget(page)
    new_plan.insert_rows("problems", [{"title": "Uno"}, {"title": "Dos"}])
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    page.delete_rows()
    assert page.message.text() == "1 fila eliminada. Deshacer (Ctrl+Z) la recupera."


def test_the_problems_panel_counts_in_the_singular(qtbot, new_plan):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.checks.findings import Finding, Severity
    from localplan.ui.problems_panel import ProblemsPanel

    panel = ProblemsPanel(new_plan)
    qtbot.addWidget(panel)
    panel.findings = [Finding("x", Severity.ERROR, "problems", None, None, "Falta algo.", "Complételo."),
                      Finding("y", Severity.WARNING, "problems", None, None, "Revise.", "Revise."),
                      Finding("z", Severity.WARNING, "problems", None, None, "Revise.", "Revise.")]
    panel.show_findings()
    assert panel.summary.text() == "1 error, 2 advertencias, 0 notas"
    panel.detach()


def test_the_self_assessment_counts_one_council_in_the_singular():
    from localplan.checks.assessment import AUTO

    data = PlanData({"actors": [{"id": 1, "name": "Consejo Cantonal", "type": "ccpd"}], "articulation": [],
                     "projects": [], "risk_reduction": []})
    with i18n.speaking("es"):
        _, text = AUTO["G3"](data)
    assert text.startswith("1 consejo cantonal de protección de derechos (CCPD)"), text
    assert "consejos" not in text
    data.sections["actors"].append({"id": 2, "name": "Otro", "type": "ccpd"})
    with i18n.speaking("es"):
        _, text = AUTO["G3"](data)
    assert text.startswith("2 consejos cantonales"), text


def test_a_mistyped_command_is_refused_in_spanish_without_opening_a_window(capsys, user_home, monkeypatch):
    import localplan.app
    from localplan import cli

    monkeypatch.setattr(localplan.app, "run_gui", lambda args: pytest.fail("a window was started"))
    with pytest.raises(SystemExit) as stop:
        cli.main(["--lang", "es", "exportar"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "«exportar» no es una orden" in err and "export" in err and "consulte «localplan --help»" in err


def test_the_programs_own_messages_are_under_the_context_the_program_asks():
    """lupdate files `i18n.tr("…")` under a context named "i18n", where `tr` never looks: such
    strings stayed English (the screenshot command's message, the crash message)."""
    import xml.etree.ElementTree as ET

    contexts = {ctx.findtext("name") or "" for ts in i18n.catalogue_dir("es").glob("*.ts")
                for ctx in ET.parse(ts).getroot().iter("context")}
    assert "i18n" not in contexts
    assert i18n.tr("{count} screenshots in {folder}", "es") == "{count} capturas de pantalla en {folder}"


def test_qt_message_box_buttons_are_in_spanish(qapp):
    from PySide6.QtWidgets import QMessageBox

    from localplan.app import make_app

    make_app(lang="es")
    box = QMessageBox(QMessageBox.Icon.Question, "LocalPlan", "¿Seguro?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    box.deleteLater()
    assert texts == {"Sí", "No", "Cancelar"}, texts

"""Help offline: the manual (es, en), the glossary of every acronym used, the shortcuts."""

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from localplan import paths
from localplan.forms import STEPS
from localplan.reference import glossary

ROOT = Path(__file__).resolve().parent.parent
# Upper-case words that are not acronyms: headings of the ordinance and of documents.
NOT_ACRONYMS = {"AMENDING", "EXECUTE", "IT", "FIFO", "APPROVAL", "BORRADOR", "DRAFT", "MINE", "THEIRS", "CODE", "DE", "DEBATES", "EJEMPLO", "EXAMPLE", "EXPIDE", "FINAL", "FINALES", "FOLDER",
                "GENERAL", "ID", "ISSUES", "MOTIVOS", "OF", "OUT", "PLAN", "RES", "SALIDA", "SANCIONO", "SANCTION",
                "WHEREAS", "GNU", "UTF", "SHA"}
ACRONYM = re.compile(r"(?<![\w#&])([A-Z][A-Z]{1,7})(?![\w])")


def _texts():
    res = paths.resources_dir()
    for pattern in ("reference/*.json", "ordinance/*.json", "guide/*/*.html", "demo/*.json", "manual/*/*.html"):
        for p in res.glob(pattern):
            yield p.name, p.read_text(encoding="utf-8")
    catalogue = json.loads((res / "i18n" / "localplan_es.json").read_text(encoding="utf-8"))

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                yield k
                yield from walk(v)
        elif isinstance(x, str):
            yield x

    for text in walk(catalogue):  # every string the program and its exports show, in English and Spanish
        yield "catalogue", text


def test_every_acronym_used_is_in_the_glossary():
    known = {t.split("-")[0] for t in glossary.terms()} | glossary.terms()
    missing = {}
    for where, text in _texts():
        for word in ACRONYM.findall(text):
            if word not in known and word not in NOT_ACRONYMS:
                missing.setdefault(word, where)
    assert not missing, missing


def test_the_check_can_fail():
    assert ACRONYM.findall("según el XYZQ y el PDOT") == ["XYZQ", "PDOT"]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_glossary_entries_are_spelled_out_with_sources(lang):
    items = {e.term: e for e in glossary.entries(lang)}
    for term in ("PDOT", "COOTAD", "COPFP", "CCPD", "JCPD", "PND", "ICM", "GAD", "LOMH"):
        assert items[term].name and len(items[term].name) > len(term)
    assert "Código Orgánico" in items["COOTAD"].source or "Registro Oficial" in items["COOTAD"].source
    gcm = items["PMM" if lang == "es" else "GCM"]
    assert "73/195" in gcm.source and gcm.aliases == ("GCM" if lang == "es" else "PMM",)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_manual_has_every_step_and_the_chapters_for_planners(lang):
    text = (paths.resource("manual", lang, "manual.html")).read_text(encoding="utf-8")
    for anchor in [s.id for s in STEPS] + ["start", "workshops", "versions", "troubleshooting"]:
        assert f'id="{anchor}"' in text and f'href="#{anchor}"' in text, anchor


def test_desktop_build_and_wheel_bundle_the_help():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec  # the whole folder, manual and glossary included
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"localplan._resources" = ["**/*"]' in project  # resources/, manual and glossary included


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


def test_help_menu_opens_manual_glossary_and_shortcuts(window, new_plan, qtbot):
    window.set_plan(new_plan)
    window.view.show_step("proposal")
    manual = window.show_manual(False)
    qtbot.addWidget(manual)
    assert "Manual de LocalPlan" in manual.browser.toPlainText()
    assert manual.browser.verticalScrollBar().value() > 0 or manual.browser.verticalScrollBar().maximum() == 0
    glossary_dialog = window.show_glossary()
    qtbot.addWidget(glossary_dialog)
    glossary_dialog.search.setText("cootad")
    visible = [r for r in range(glossary_dialog.table.rowCount()) if not glossary_dialog.table.isRowHidden(r)]
    assert visible and all("COOTAD" in glossary_dialog.table.item(r, 0).text() or "COOTAD" in
                           glossary_dialog.table.item(r, 2).text() for r in visible)
    keys = window.show_shortcuts()
    qtbot.addWidget(keys)
    rows = [[keys.table.item(r, c).text() for c in range(3)] for r in range(keys.table.rowCount())]
    assert ["Ver", "Siguiente paso", "Ctrl+J"] in rows
    assert any(r[1] == "Deshacer" for r in rows)


def test_guidance_panel_links_to_its_manual_section(window, new_plan, qtbot):
    window.set_plan(new_plan)
    window.view.show_step("diagnosis")
    assert 'href="manual:#diagnosis"' in window.view.guide.toHtml()
    window.view._guide_link(QUrl("manual:#diagnosis"))
    qtbot.addWidget(window.manual)
    assert window.manual.isVisible()


def test_qt_file_dialog_speaks_the_spanish_of_ecuador(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from localplan.app import make_app

    make_app(lang="es")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.deleteLater()
    assert "Buscar en" in labels and "Tipo de archivo" in labels
    assert "Look in" not in labels and "fichero" not in labels.lower()


def test_plurals_of_window_messages(qtbot, new_plan):
    from localplan.app import make_app

    make_app(lang="es")
    from localplan.ui.table_page import TablePage

    page = TablePage(new_plan, "problems")
    qtbot.addWidget(page)
    new_plan.insert_rows("problems", [{"title": "Uno"}])
    page._update_count()
    assert page.count_label.text() == "1 fila"
    new_plan.insert_rows("problems", [{"title": "Dos"}])
    page._update_count()
    assert page.count_label.text() == "2 filas"

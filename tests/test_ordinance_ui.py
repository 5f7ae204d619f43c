"""The ordinance page, standalone with qtbot: template, moving articles, snapshot and diff, export."""

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from localplan.ui.ordinance_page import OrdinancePage  # noqa: E402


@pytest.fixture
def page(qtbot, new_plan):
    new_plan.set_values("gad", 1, {"authority": "Ana Pérez"})
    widget = OrdinancePage(new_plan)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.detach()


def texts(lst):
    return [lst.item(i).text() for i in range(lst.count())]


def test_apply_template_fills_every_tab(page):
    page.template.setCurrentIndex(page.template.findData("roundtable"))
    page.apply_clicked()
    assert "Mesa Cantonal de Movilidad Humana" in page.motives.editors["title"].text()
    assert any("Art. 1.- Objeto" in t for t in texts(page.articles.list))
    assert any(t.startswith("Que,") for t in texts(page.recitals.list))
    assert "Concejo Municipal del cantón Tulcán" in page.level_note.text()
    assert "Borrador" in page.status.text()


def test_applying_over_text_asks_first(page, monkeypatch):
    page.apply_template("rights_protection")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.template.setCurrentIndex(page.template.findData("service_centre"))
    page.apply_clicked()
    assert page.plan.record("ordinance")["template"] == "rights_protection"


def test_moving_an_article_renumbers_and_keeps_references(page):
    page.apply_template("rights_protection")
    tab = page.articles
    rows = page.plan.rows("ordinance_articles")
    lead = next(r for r in rows if r.get("clause") == "lead_unit")
    tab.select(lead["id"])
    before = tab.list.currentItem().text()
    assert "Art. 11.-" in before
    tab.move_row(-1)  # above its title: still the 11th article
    assert "Art. 11.- Instancia responsable" in tab.list.currentItem().text()
    tab.move_row(-1)  # above article 10
    assert "Art. 10.- Instancia responsable" in tab.list.currentItem().text()
    monitoring = next(r for r in page.plan.rows("ordinance_articles") if r.get("clause") == "monitoring")
    assert f"{{{{art:{lead['id']}}}}}" in monitoring["text"]
    assert "artículo 10" in page.preview.toPlainText()
    page.plan.undo()
    page.plan.undo()
    assert any("Art. 11.- Instancia responsable" in t for t in texts(tab.list))


def test_edit_article_text_and_checklist(page):
    page.apply_template("roundtable")
    tab = page.articles
    first_article = next(r for r in page.plan.rows("ordinance_articles") if r["kind"] == "article")
    tab.select(first_article["id"])
    tab.editors["text"].setPlainText("")
    tab.commit("text", "")
    page.checklist.refresh()
    assert any("Art. 1.- no tiene texto" in t for t in texts(page.checklist.list))


def test_snapshot_and_difference(page):
    page.apply_template("rights_protection")
    page.versions.name.setText("proyecto para primer debate")
    page.versions.save()
    assert page.versions.old.currentText().startswith("proyecto para primer debate")
    row = next(r for r in page.plan.rows("ordinance_articles") if r.get("clause") == "object")
    page.plan.set_value("ordinance_articles", row["id"], "text", row["text"] + " Texto nuevo añadido.")
    page.versions.new.setCurrentIndex(page.versions.new.findData(page.versions.CURRENT))
    page.versions.compare()
    assert "1 párrafo(s) cambiado(s)" in page.versions.summary.text()
    assert "Texto nuevo añadido." in page.versions.diff.toPlainText()


def test_approval_tracker_warns(page):
    page.approval.step.setCurrentIndex(page.approval.step.findData("first_debate"))
    page.approval.record_step()
    page.approval.step.setCurrentIndex(page.approval.step.findData("second_debate"))
    page.approval.record_step()
    assert "días distintos" in page.approval.notices.text()


def test_export_runs_off_the_ui_thread(page, qtbot, tmp_path):
    page.apply_template("rights_protection")
    from localplan.ui import worker

    page.export_to("ordinance-pdf", tmp_path / "o.pdf")
    assert worker.running() == ["la exportación de la ordenanza"]
    assert not page.docx_button.isEnabled()
    qtbot.waitUntil(lambda: page.docx_button.isEnabled(), timeout=60000)
    assert worker.wait_all(10000)
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")
    assert "o.pdf" in page.export_message.text()


def test_parish_tracker_follows_its_single_debate(page):
    page.plan.set_values("gad", 1, {"gad_code": "040151", "level": "parish", "name": "GAD Parroquial Rural de El Carmelo"})
    page.refresh_header()
    page.approval.refresh()
    steps = [page.approval.step.itemData(i) for i in range(page.approval.step.count())]
    assert steps == ["filed", "debate", "published_web", "published_ro"]
    assert "323" in page.approval.help_label.text() and "Junta Parroquial Rural" in page.level_note.text()
    assert "un solo debate" in page.level_note.text().lower() and "267" in page.level_note.toolTip()
    page.apply_template("rights_protection")
    assert not any("Vivienda" in t or "salud" in t for t in texts(page.articles.list))
    page.motives.editors["executive_form"].setCurrentIndex(page.motives.editors["executive_form"].findData("f"))
    page.motives.editors["executive_form"].activated.emit(page.motives.editors["executive_form"].currentIndex())
    assert page.plan.record("ordinance").get("executive_form") == "f"
    page.articles.add_clauses(["housing"])  # offered to a parish only as work done by agreement
    added = [r for r in page.plan.rows("ordinance_articles") if r.get("clause") == "housing"]
    assert added and added[0]["competence"] == "agreement"
    assert page.articles.editors["competence"].currentData() == "agreement"


def test_recitals_list_shows_the_verify_mark(page):
    page.apply_template("rights_protection")
    lines = texts(page.recitals.list)
    marked = [t for t in lines if "por verificar" in t]
    assert marked and all("Movilidad Humana" in t or "Plan Nacional de Desarrollo" in t for t in marked)
    assert any("Plan Nacional de Desarrollo 2025–2029" in t for t in marked)  # its name rests on a public source
    assert not any("por verificar" in t for t in lines if "artículo 40 " in t)

"""Ordinance exports read back: DOCX with python-docx, PDF text and fonts with pypdf; CLI flags; plan API."""

import os
import subprocess
import sys

import pytest

from localplan.demo import build_example, example_data
from localplan.domain.plan import Plan
from localplan.exports.registry import exporter
from localplan.ordinance import templates, versions


@pytest.fixture(scope="module")
def sample():
    return example_data()


def test_docx_reads_back_with_legal_formatting(sample, tmp_path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    out = exporter("ordinance-docx").write(sample, tmp_path / "o.docx", lambda *a: None)
    doc = Document(str(out))
    paras = doc.paragraphs
    texts = [p.text for p in paras]
    art1 = next(p for p in paras if p.text.startswith("Art. 1.- Objeto.-"))
    assert art1.runs[0].bold and art1.runs[0].text == "Art. 1.- Objeto.-"
    numbers = [int(t.split(".")[1]) for t in texts if t.startswith("Art. ")]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 15
    heading = next(p for p in paras if p.text == "CONSIDERANDO:")
    assert heading.style.name == "Heading 1"  # centred bold through its style, not direct formatting
    assert heading.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER and heading.style.font.bold
    assert any(t.startswith("EL CONCEJO MUNICIPAL DEL CANTÓN") for t in texts)
    assert any(t.startswith("Que, el artículo 40") for t in texts)
    assert "DISPOSICIÓN FINAL" in texts and "CERTIFICADO DE DISCUSIÓN" in texts
    signers = [c.text for t in doc.tables for c in t.rows[0].cells]
    assert any("María Fernanda Caicedo" in s and "Alcaldesa" in s for s in signers)
    assert not any("/sa" in s or "/a " in s for s in signers)
    footer = doc.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "Página" in footer
    assert abs(doc.sections[0].page_width.cm - 21) < 0.1


def test_pdf_text_has_accents_and_only_embedded_fonts(sample, tmp_path):
    from pypdf import PdfReader

    out = exporter("ordinance-pdf").write(sample, tmp_path / "o.pdf", lambda *a: None)
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "EXPOSICIÓN DE MOTIVOS" in text and "Art. 1.-" in text and "niñas" in text
    assert f"Página 1 de {len(reader.pages)}" in text
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts)


def test_export_cli_flags(tmp_path):
    plan = tmp_path / "ej.lplan"
    build_example(plan)
    env = dict(os.environ, LOCALPLAN_HOME=str(tmp_path / "home"), LOCALPLAN_LANG="es")
    r = subprocess.run([sys.executable, "-m", "localplan", "export", str(plan), "--ordinance-docx", str(tmp_path / "a.docx"),
                        "--ordinance-pdf", str(tmp_path / "a.pdf")], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "a.docx").stat().st_size > 5000 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    help_text = subprocess.run([sys.executable, "-m", "localplan", "export", "--help"], capture_output=True, text=True,
                               env=env).stdout
    assert "--ordinance-docx" in help_text and "--ordinance-pdf" in help_text


def test_apply_template_is_one_undo_step_and_keeps_the_procedure(new_plan):
    new_plan.insert_rows("ordinance_steps", [{"step": "filed", "date": "2025-03-03"}])
    new_plan.insert_rows("ordinance_articles", [{"kind": "article", "heading": "Mío", "text": "Texto propio"}])
    templates.apply_template(new_plan, "service_centre")
    data = new_plan.snapshot()
    assert data.record("ordinance")["template"] == "service_centre"
    assert "Mío" not in [r["heading"] for r in data.rows("ordinance_articles")]
    assert len(data.rows("ordinance_steps")) == 1
    refs = [r for r in data.rows("ordinance_articles") if "{{art:" in (r.get("text") or "")]
    assert refs  # the clauses cite each other by row id
    new_plan.undo()
    assert [r["heading"] for r in new_plan.rows("ordinance_articles")] == ["Mío"]
    assert new_plan.record("ordinance").get("title") is None


def test_single_record_is_created_on_first_edit_and_survives_json(new_plan, tmp_path):
    from localplan.domain.read import read_plan
    from localplan.exports import json_doc
    from localplan.imports import json_import

    new_plan.set_value("ordinance", 1, "subject", "Movilidad humana")
    assert new_plan.record("ordinance")["subject"] == "Movilidad humana"
    versions.take_snapshot(new_plan, "primer debate")
    first = json_doc.dumps(new_plan.snapshot())
    json_import.create_from(json_import.read_text(first), tmp_path / "again.lplan")
    again = read_plan(str(tmp_path / "again.lplan"))
    assert again.record("ordinance")["subject"] == "Movilidad humana"
    assert json_doc.dumps(again) == first


def test_example_plan_file_holds_the_ordinance(tmp_path):
    plan = Plan.open(build_example(tmp_path / "ej.lplan"))
    try:
        counts = plan.snapshot().counts()
        assert counts["ordinance_articles"] > 20 and counts["ordinance_versions"] == 1
        assert plan.record("ordinance")["title"].startswith("Ordenanza")
    finally:
        plan.close()

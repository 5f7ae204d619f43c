"""The PDF report read back with pypdf: every row, accents, page numbers, fonts, bookmarks."""

import pytest
from pypdf import PdfReader

from localplan.demo import example_data
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.report.build import build_report
from localplan.forms import SECTIONS


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    data = example_data()
    data.sections["gad"][0]["team"] = "¿Quién? ¡Todos! – “comillas” ñandú"
    path = build_report(data, tmp_path_factory.mktemp("r") / "informe.pdf", lang="es")
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return data, reader, " ".join(text.split())


def test_every_row_of_every_section_appears(report):
    data, _, text = report
    for sec in SECTIONS:
        if sec.single or not sec.label_field:
            continue
        for row in data.rows(sec.id):
            label = data.display(sec.id, row, sec.label_field, "es")
            words = " ".join(label.split())[:25]
            assert words in text, (sec.id, row["id"], words)


def test_accents_page_numbers_and_fingerprint(report):
    data, reader, text = report
    for snippet in ("¿Quién? ¡Todos! – “comillas” ñandú", "Personas desplazadas internas", "Página 1 de"):
        assert snippet in text, snippet
    assert f"Página {len(reader.pages)} de {len(reader.pages)}" in text
    assert short(fingerprint(data)) in text


def test_fonts_are_embedded_and_no_base14_font_remains(report):
    _, reader, _ = report
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object() or font.get("/DescendantFonts")


def test_metadata_and_bookmarks(report):
    data, reader, _ = report
    assert data.gad_title() in reader.metadata.title
    titles = [item.title if hasattr(item, "title") else None for item in reader.outline]
    assert "Diagnóstico" in titles and "Propuesta" in titles


def test_english_report_has_english_headings(tmp_path):
    path = build_report(example_data(), tmp_path / "report.pdf", lang="en")
    text = " ".join(PdfReader(str(path)).pages[2].extract_text().split())
    assert "Executive summary" in text


def test_empty_plan_still_makes_a_report(new_plan, tmp_path):
    path = build_report(new_plan.snapshot(), tmp_path / "vacio.pdf", lang="es")
    assert PdfReader(str(path)).pages

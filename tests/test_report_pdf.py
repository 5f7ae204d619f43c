"""The PDF report read back with pypdf: every row, accents, page numbers, fingerprint,
embedded fonts, bookmarks, metadata, language."""

from __future__ import annotations

import re

import pytest
from report_fixtures import sample_data

from localplan.exports import fingerprint
from localplan.forms import SECTIONS, FieldType

ACCENTED = ["Muñoz Peña", "¿Cuántas personas", "¡riesgo de trata!", "“Frontera Solidaria”", "300–500", "Tulcán"]


def squash(text: str) -> str:
    """Whitespace removed: wrapped cells and long words cut at line ends compare equal."""
    return re.sub(r"\s+", "", text)


def read(path):
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return reader, [p.extract_text() or "" for p in reader.pages]


@pytest.fixture(scope="module")
def es_pdf(tmp_path_factory):
    from localplan.exports import report

    data = sample_data(example=True)
    path = report.write(data, tmp_path_factory.mktemp("pdf") / "informe.pdf", lang="es")
    return data, path, *read(path)


def row_texts(data, sec):
    """The texts a reader must find for a row: every text field (article references as the
    ordinance prints them; a version's frozen content is data, not text) and the row's label."""
    from localplan.ordinance import numbering

    numbers = numbering.article_numbers(data.rows("ordinance_articles"))
    for row in data.rows(sec.id):
        for f in sec.fields:
            if (sec.id, f.id) == ("ordinance_versions", "snapshot"):
                continue
            if f.type in (FieldType.TEXT, FieldType.LONGTEXT) and row.get(f.id):
                yield row["id"], f.id, numbering.render_refs(str(row[f.id]), numbers, "es")
        if sec.label_field and row.get(sec.label_field):
            yield row["id"], sec.label_field, data.display(sec.id, row, sec.label_field, "es")


def test_every_row_of_every_section_appears(es_pdf):
    data, _, _, pages = es_pdf
    text = squash("\n".join(pages))
    missing = [(sec.id, rid, fid) for sec in SECTIONS for rid, fid, value in row_texts(data, sec)
               if squash(value) not in text]
    assert not missing
    for sec in SECTIONS:
        if sec.step == "ordinance" and not sec.single and not data.rows(sec.id):
            continue  # an ordinance not drafted is said once, not section by section
        assert squash(sec.title.get("es")) in text, sec.id


def test_accents_and_typography_survive(es_pdf):
    _, _, _, pages = es_pdf
    text = "\n".join(pages)
    for word in ACCENTED:
        assert squash(word) in squash(text), word
    assert "Informe de transversalización de la movilidad humana en el PDOT" in " ".join(text.split())


def test_page_numbers_fingerprint_and_header_on_every_page(es_pdf):
    data, _, reader, pages = es_pdf
    total = len(reader.pages)
    short = fingerprint.short(fingerprint.fingerprint(data))
    for number, page in enumerate(pages, 1):
        assert f"Página {number} de {total}" in page
        assert short in page
        assert "Plan de ejemplo" in page
    assert "GAD Municipal del Cantón Tulcán — Periodo 2023–2027" in pages[1]


def _fonts(reader):
    found = {}
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            found[str(font.get("/BaseFont"))] = font
    return found


def test_fonts_are_embedded_and_no_helvetica(es_pdf):
    _, _, reader, _ = es_pdf
    fonts = _fonts(reader)
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name, name
        descendants = font.get("/DescendantFonts")
        descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor").get_object()
        assert "/FontFile2" in descriptor, name
    assert any("DejaVuSans-Bold" in n for n in fonts) and any(n.endswith("DejaVuSans") or "DejaVuSans+" in n for n in fonts)


def test_bookmarks_and_metadata(es_pdf):
    data, _, reader, _ = es_pdf

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    names = list(titles(reader.outline))
    for wanted in ("Resumen ejecutivo", "Diagnóstico", "Propuesta", "Modelo de gestión", "Anexos",
                   "Problemas y potencialidades", "Trazabilidad: de los problemas a los proyectos"):
        assert wanted in names
    meta = reader.metadata
    assert meta.title.startswith("Informe de transversalización")
    assert meta.author == data.gad_title()
    assert meta.creator.startswith("LocalPlan ")
    assert "movilidad humana" in meta.get("/Keywords", "")


def test_toc_lists_chapters_with_pages(es_pdf):
    _, _, _, pages = es_pdf
    toc = " ".join(pages[1].split())
    assert "Contenido" in toc
    found = []
    for chapter in ("Resumen ejecutivo", "Diagnóstico", "Propuesta", "Modelo de gestión", "Anexos"):
        m = re.search(re.escape(chapter) + r"[ .]*(\d+)", toc)
        assert m, chapter
        number = int(m.group(1))
        # the number written in the contents is the page the chapter starts on (one layout pass, filled in at the end)
        lines = lambda n: [x.strip() for x in pages[n - 1].split("\n")]  # noqa: E731
        assert chapter in lines(number), chapter  # its heading, a line of its own
        assert number - 1 == 2 or chapter not in lines(number - 1), chapter  # page 2 is the contents
        found.append(number)
    assert found == sorted(found)


def test_english_report_has_english_headings(tmp_path):
    import datetime as dt

    from localplan.exports import report

    _, pages = read(report.write(sample_data(), tmp_path / "report.pdf", lang="en", today=dt.date(2026, 11, 30)))
    text = " ".join(" ".join(pages).split())
    assert "Monday, November 30, 2026" in text  # month names keep their capital
    for heading in ("Report on mainstreaming human mobility in the PDOT", "Executive summary", "Diagnosis", "Proposal",
                    "Management model", "Budget summary", "Annex B. Sources of data", f"Page 1 of {len(pages)}"):
        assert heading in text, heading
    assert "Plan de ejemplo" not in text and "Example plan" not in text
    assert "Resumen ejecutivo" not in text


def test_empty_plan_still_makes_a_report(tmp_path, new_plan):
    from localplan.exports import report

    _, pages = read(report.write(new_plan.snapshot(), tmp_path / "empty.pdf", lang="es"))
    assert f"Página 1 de {len(pages)}" in pages[0]
    text = " ".join(" ".join(pages).split())
    assert "No hay filas registradas en esta sección." in text or "todavía" in text


def test_a_section_without_a_special_layout_still_appears(tmp_path, monkeypatch):
    """A section added later (e.g. the ordinance) shows through the generic table."""
    from localplan.exports import report
    from localplan.exports.report import chapters
    from localplan.forms import Field, Section, registry
    from localplan.forms.registry import step
    from localplan.i18n import T

    extra = Section(id="zz_fake_section", step="ordinance", title=T("Articles", "Artículos"),
                    label_field="heading", fields=(Field("heading", T("Heading", "Epígrafe")),
                                                   Field("text", T("Text", "Texto"), FieldType.LONGTEXT, in_table=False)))
    monkeypatch.setitem(registry._BY_ID, extra.id, extra)
    original = chapters.steps_with_content

    def with_extra():
        out = original()
        return out[:4] + [("ordinance", step("ordinance"), [extra])] + out[4:]

    monkeypatch.setattr(chapters, "steps_with_content", with_extra)
    data = sample_data()
    data.sections[extra.id] = [{"id": 1, "heading": "Art. 1.- Objeto de la ordenanza",
                                "text": "Garantizar los derechos de las personas en movilidad humana."}]
    _, pages = read(report.write(data, tmp_path / "r.pdf", lang="es"))
    text = squash("".join(pages))
    assert squash("Art. 1.- Objeto de la ordenanza") in text
    assert squash("Garantizar los derechos de las personas en movilidad humana.") in text
    assert squash("Ordenanza") in text


def test_every_section_has_a_chapter():
    from localplan.exports.report.chapters import steps_with_content

    placed = [sec.id for _, _, secs in steps_with_content() for sec in secs]
    assert sorted(placed) == sorted(s.id for s in SECTIONS)


def test_registered_export_reports_progress(tmp_path):
    from localplan.exports.registry import exporter

    calls = []
    e = exporter("pdf")
    assert e.suffix == ".pdf"
    out = e.write(sample_data(), tmp_path / "x.pdf", lambda done, total, message: calls.append((done, total, message)))
    assert out.read_bytes().startswith(b"%PDF")
    assert len({done for done, _, _ in calls}) >= 6
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)  # never backwards
    assert len({total for _, total, _ in calls}) == 1
    assert calls[-1][0] == calls[-1][1]
    assert not list(tmp_path.glob(".tmp-*"))


def test_the_report_shows_the_index_of_the_real_assessment(tmp_path):
    from localplan import formatting
    from localplan.checks import assessment
    from localplan.exports import report
    from localplan.exports.report.summary import mainstreaming_index

    data = sample_data()
    overall, by_dimension = assessment.index(data)
    assert mainstreaming_index(data) == (overall, by_dimension)
    _, pages = read(report.write(data, tmp_path / "i.pdf", lang="es"))
    text = " ".join(" ".join(pages).split())
    assert "Índice de transversalización" in text and "Gobernanza y normativa" in text
    tile = text.index("índice de transversalización (0–100)")
    assert formatting.number(overall, 0, "es") in text[tile - 40: tile + 80]


def test_an_index_that_fails_leaves_its_tile_out_and_the_report_whole(tmp_path, monkeypatch):
    from localplan.checks import assessment
    from localplan.exports import report

    def broken(data):
        raise ZeroDivisionError("a rule divided by zero")

    monkeypatch.setattr(assessment, "index", broken)
    _, pages = read(report.write(sample_data(), tmp_path / "i.pdf", lang="es"))
    text = " ".join(" ".join(pages).split())
    assert "índice de transversalización (0–100)" not in text and "Contenido" in text


def test_large_plan_lays_out(tmp_path):
    from report_fixtures import large_plan

    from localplan.exports import report

    data = large_plan(scale=8)
    reader, pages = read(report.write(data, tmp_path / "big.pdf", lang="es"))
    text = squash("".join(pages))
    for row in data.rows("problems"):
        assert squash(row["title"]) in text

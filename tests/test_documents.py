"""The documents that leave the laptop, read as their recipients read them: the report's pages
rendered and their text extracted, the ordinance's DOCX opened with python-docx."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from localplan.demo import example_data
from localplan.domain.data import PlanData

HEADER_LINES = 5  # running header, draft/example marks, fingerprint, page number


def pages_of(path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def example_report(tmp_path_factory):
    from localplan.exports import report

    data = example_data()
    path = report.write(data, tmp_path_factory.mktemp("ex") / "informe.pdf", lang="es")
    return data, path, pages_of(path)


@pytest.fixture(scope="module")
def blank_report(tmp_path_factory):
    from localplan.exports import report

    data = PlanData({"gad": [{"id": 1, "gad_code": "0401", "level": "municipal", "name": "GAD Municipal de Tulcán"}]})
    path = report.write(data, tmp_path_factory.mktemp("blank") / "informe.pdf", lang="es")
    return data, path, pages_of(path)


def _heading_names(lang: str = "es") -> set[str]:
    """Every heading the report may print: section and step titles and the report's own."""
    from localplan.forms import SECTIONS, STEPS

    return {s.title.get(lang) for s in SECTIONS} | {s.title.get(lang) for s in STEPS}


def _body_lines(page: str, marks: list[str]) -> list[str]:
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    return [ln for ln in lines if not any(m in ln for m in marks) and not re.match(r"^Página \d+ de \d+$", ln)]


@pytest.mark.parametrize("which", ["example_report", "blank_report"])
def test_no_stored_data_or_references_and_no_page_is_only_a_heading(which, request):
    data, path, pages = request.getfixturevalue(which)
    marks = [data.gad_title("es"), "Huella de los datos", "PLAN DE EJEMPLO", "Plan de ejemplo", "BORRADOR"]
    for n, page in enumerate(pages, 1):
        assert "{{" not in page, f"page {n}: an unresolved article reference"
        assert '{"' not in page, f"page {n}: stored JSON"
        assert "{{art:ID}}" not in page and "cite otro artículo" not in page, f"page {n}: editor help"
        body = _body_lines(page, marks)
        assert len(body) > 2 or not body or n <= 2, f"page {n} holds only {body}"


def test_every_page_rendered(example_report, tmp_path):
    """pdftoppm draws every page (a broken page stream fails here, not in the recipient's viewer)."""
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    _, path, pages = example_report
    subprocess.run(["pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / "p")], check=True, timeout=300)
    assert len(list(tmp_path.glob("p-*.png"))) == len(pages)


def test_example_keeps_its_example_mark_and_no_draft_mark(example_report):
    _, _, pages = example_report
    assert all("Plan de ejemplo" in p for p in pages)
    assert not any("BORRADOR" in p for p in pages)


def test_ordinance_articles_print_their_numbers_and_versions_are_a_table(example_report):
    from localplan.ordinance import numbering

    data, _, pages = example_report
    text = " ".join(" ".join(pages).split())
    articles = data.rows("ordinance_articles")
    labels = numbering.labels(articles)
    numbers = numbering.article_numbers(articles)
    cited = [rid for r in articles for rid in numbering.references(r.get("text"))]
    assert cited, "the example's articles cite one another"
    for rid in cited:
        assert f"artículo {numbers[rid]}" in text
    last = max(numbers, key=numbers.get)
    assert labels[last] in text
    assert "Cambios respecto de la versión anterior" in text and "primera versión" in text
    assert "localplan-ordinance-version" not in text


def test_blank_plan_says_it_has_no_data_and_is_a_draft_on_every_page(blank_report):
    from localplan.checks.run import check

    data, _, pages = blank_report
    errors = [f for f in check(data) if f.severity.value == "error"]
    assert errors
    mark = f"BORRADOR — {len(errors)} errores"
    assert all(mark in p for p in pages)
    text = " ".join(" ".join(pages).split())
    assert "Este plan todavía no contiene datos" in text
    for f in errors:
        assert " ".join(f.message.split()) in text
    assert "Cada problema prioritario tiene un objetivo" not in text  # never said of zero problems
    assert "Sin vacíos: la cadena está completa" not in text
    assert "personas en movilidad humana que viven en el territorio" not in text  # no "0 personas" figure
    assert "ORDENANZA SIN TÍTULO" not in text and "todavía no ha sido redactada" in text


def test_example_key_figures_do_not_add_emigrants_or_transit():
    from localplan.domain import profile_summary

    data = example_data()
    k = profile_summary.key_figures(data)
    cats = {s.category: s.persons for s in profile_summary.by_category(data)}
    assert k.residents == cats["immigrant"] + cats["returnee"] + cats["internally_displaced"]
    assert k.transit.persons == cats["transit"] and k.emigrants.persons == cats["emigrant"]
    assert [(s.category, host) for s, host in k.within] == [("international_protection", "immigrant")]
    assert profile_summary.total_persons(data) == k.residents


def test_key_figures_add_protection_only_without_an_immigrant_figure():
    from localplan.domain import profile_summary

    rows = [{"id": 1, "category": "international_protection", "value": 40, "year": 2024},
            {"id": 2, "category": "emigrant", "value": 900, "year": 2024},
            {"id": 3, "category": "transit", "value": 5000, "year": 2024}]
    k = profile_summary.key_figures(PlanData({"mobility_profile": rows}))
    assert k.residents == 40 and not k.within
    empty = profile_summary.key_figures(PlanData({}))
    assert empty.empty and empty.residents is None


def test_example_report_key_figures_are_apart(example_report):
    from localplan import formatting
    from localplan.domain import profile_summary

    data, _, pages = example_report
    k = profile_summary.key_figures(data)
    summary = " ".join(" ".join(pages[2:4]).split())
    assert formatting.number(k.residents, 0, "es") in summary
    wrong = formatting.number(k.residents + k.transit.persons + k.emigrants.persons, 0, "es")
    assert wrong not in summary
    assert "no se suman" in summary


# --- the ordinance document ----------------------------------------------------------------

@pytest.fixture(scope="module")
def docx_doc(tmp_path_factory):
    from docx import Document

    from localplan.exports.ordinance_docx import write_docx

    path = write_docx(example_data(), tmp_path_factory.mktemp("docx") / "o.docx", lang="es")
    return path, Document(str(path))


def test_docx_structure_uses_real_styles(docx_doc):
    _, doc = docx_doc
    by_style: dict[str, list[str]] = {}
    for p in doc.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert any(t.startswith("TÍTULO I") for t in by_style["Heading 1"])
    assert any(t.startswith("CAPÍTULO I") for t in by_style["Heading 2"])
    assert not any(t.startswith("CAPÍTULO") for t in by_style["Heading 1"])
    assert "CONSIDERANDO:" in by_style["Heading 1"] and "EXPOSICIÓN DE MOTIVOS" in by_style["Heading 1"]
    assert by_style["Title"] and all(t.isupper() for t in by_style["Title"])
    assert all(t.startswith("Art. ") or re.match(r"^[A-ZÁÉÍÓÚÑ ]+\.-", t) for t in by_style["Artículo"])
    assert all(t.startswith("Que,") for t in by_style["Considerando"])
    body = [t for t in by_style.get("Normal", []) if t.startswith(("TÍTULO", "CAPÍTULO", "Art. "))]
    assert not body, "structure left in Normal paragraphs"


def test_docx_speaks_spanish_everywhere(docx_doc):
    from docx.oxml.ns import qn

    _, doc = docx_doc
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "es-EC"
    used = {p.style.name for p in doc.paragraphs}
    for name in used:
        rpr = doc.styles[name].element.rPr
        assert rpr is not None and rpr.find(qn("w:lang")).get(qn("w:val")) == "es-EC", name
    assert "en-US" not in doc.styles.element.xml


def test_docx_properties_come_from_the_plan(docx_doc):
    import datetime as dt
    import zipfile

    path, doc = docx_doc
    data = example_data()
    core = doc.core_properties
    assert core.title == data.record("ordinance")["title"]
    assert core.author == data.gad_title("es") and core.last_modified_by == data.gad_title("es")
    now = dt.datetime.now(dt.UTC)
    assert abs((now - core.created).total_seconds()) < 600 and abs((now - core.modified).total_seconds()) < 600
    assert "python-docx" not in (core.comments or "") and core.language == "es-EC"
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode()
    assert not any("thumbnail" in n for n in names)
    assert "<Application>LocalPlan " in app and "Microsoft" not in app


def test_docx_footer_fields_are_in_the_footer_size(docx_doc):
    from docx.oxml.ns import qn

    _, doc = docx_doc
    footer = doc.sections[0].footer.paragraphs[0]
    runs = footer._p.findall(qn("w:r"))
    assert len(runs) >= 10 and "NUMPAGES" in footer._p.xml
    for r in runs:
        size = r.find(qn("w:rPr")).find(qn("w:sz"))
        assert size is not None and size.get(qn("w:val")) == "16"


def test_blank_plan_ordinance_documents_say_it_is_not_drafted(tmp_path):
    from docx import Document

    from localplan.exports.ordinance_docx import write_docx
    from localplan.exports.ordinance_pdf import write_pdf

    data = PlanData({"gad": [{"id": 1, "gad_code": "0401", "level": "municipal", "name": "GAD Municipal de Tulcán"}]})
    text = " ".join(p.text for p in Document(str(write_docx(data, tmp_path / "o.docx", lang="es"))).paragraphs)
    assert "todavía no ha sido redactada" in text and "SIN TÍTULO" not in text
    pages = pages_of(write_pdf(data, tmp_path / "o.pdf", lang="es"))
    assert len(pages) == 1 and "todavía no ha sido redactada" in " ".join(pages[0].split())


def test_json_export_keeps_the_reference_and_adds_the_number():
    from localplan.exports import json_doc
    from localplan.ordinance import numbering

    data = example_data()
    doc = json_doc.document(data)
    numbers = numbering.article_numbers(data.rows("ordinance_articles"))
    refs = doc["derived"]["ordinance"]["references"]
    assert refs and all(r["article"] == numbers[int(r["reference"][6:-2])] for r in refs)
    texts = {r["id"]: r["text"] for r in doc["sections"]["ordinance_articles"]}
    assert all(r["reference"] in texts[r["row"]] for r in refs if r["section"] == "ordinance_articles")


# --- the workbook --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    from openpyxl import load_workbook

    from localplan.exports.workbook.write import write_workbook

    data = example_data()
    path = write_workbook(data, tmp_path_factory.mktemp("wb") / "libro.xlsx", lang="es")
    return data, path, load_workbook(path)


def _sheet(wb, section_id):
    return next(ws for ws in wb.worksheets if ws.cell(2, 1).value == f"id@{section_id}")


def test_workbook_prints_on_a4_landscape_fit_to_pages(workbook):
    """Fit to one page wide, or to a few on a sheet too wide to read on one (see test_workbook_print)."""
    data, _, wb = workbook
    for ws in wb.worksheets:
        if ws.sheet_state == "hidden":
            continue
        setup = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(setup.fitToWidth) in (1, 2, 3) and int(setup.fitToHeight) == 0, ws.title
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9, ws.title
        assert ws.oddFooter.right.text and "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert data.gad_title("es") in ws.oddHeader.left.text
        if ws.title != "Portada":
            assert ws.print_title_rows == "$1:$1", ws.title
            assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title


def test_workbook_sheet_names_are_whole(workbook):
    from localplan.forms import SECTIONS

    _, _, wb = workbook
    titles = {s.title.get("es") for s in SECTIONS}
    for name in wb.sheetnames:
        assert len(name) <= 31
        assert name.count("(") == name.count(")"), name
        if name not in titles and name not in ("Portada", "Listas", "LocalPlan", "LongTexts"):
            full = next(t for t in titles if t.startswith(name))
            assert full[len(name)] == " ", f"{name!r} cuts a word of {full!r}"
    assert "Aprobación (COOTAD, art. 322)" in wb.sheetnames


def test_workbook_cells_read_well(workbook):
    from localplan.ordinance import numbering

    data, _, wb = workbook
    ws = _sheet(wb, "projects")
    head = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
    labels = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]
    row = ws.cell(3, head["objectives"]).value
    assert row.startswith("#") and len(row) > 10, "links show the linked rows' names"
    assert any("Total" in str(v) for v in labels[:-1]), "a total per project across years"
    for r in range(3, 3 + len(data.rows("projects"))):
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(r, c)
            assert cell.font.name == "Arial"
            if isinstance(cell.value, str) and len(cell.value) > 30:
                assert cell.alignment.wrap_text
    for dv in ws.data_validations.dataValidation:
        assert str(dv.sqref).endswith("1048576"), "validations cover the whole usable column"
    arts = _sheet(wb, "ordinance_articles")
    text = " ".join(str(c.value) for row in arts.iter_rows() for c in row
                    if c.value and not arts.column_dimensions[c.column_letter].hidden)
    assert "{{art:" not in text
    labels = numbering.labels(data.rows("ordinance_articles"))
    assert all(label in text for label in labels.values())
    versions = _sheet(wb, "ordinance_versions")
    snapshot = versions.cell(2, 1).value and [c for c in range(1, versions.max_column + 1)
                                               if versions.cell(2, c).value == "snapshot"][0]
    assert versions.column_dimensions[versions.cell(1, snapshot).column_letter].hidden


def test_report_of_an_ordinance_without_its_heading(tmp_path):
    """Articles drafted, title and motives not yet: the chapter says so (no empty table)."""
    from localplan.exports import report

    data = example_data()
    data.sections["ordinance"] = []
    text = " ".join(" ".join(pages_of(report.write(data, tmp_path / "r.pdf", lang="es"))).split())
    assert "no están escritos todavía" in text and "Art. 1.-" in text


@pytest.mark.parametrize("code", ["04", "20", "1701", "0401", "040151"])
def test_no_uncontracted_article_in_the_docx_of_any_template_of_any_level(code, tmp_path):
    """Issue 18's acceptance, read as the secretary reads it: the DOCX of every template, for every
    level (provincial, special regime, metropolitan, municipal, rural parish), has no "a el"/"de el"."""
    from docx import Document

    from localplan.exports.ordinance_docx import write_docx
    from localplan.ordinance import library, templates

    level = {"04": "provincial", "20": "provincial", "1701": "cantonal", "0401": "cantonal", "040151": "parish"}[code]
    for template in library.templates():
        data = PlanData({"gad": [{"id": 1, "gad_code": code, "level": level, "name": "El Gobierno Autónomo Descentralizado",
                                  "authority": "Ana Pérez", "period_start": 2023, "period_end": 2027}]})
        data.sections.update(templates.build_rows(template, data, "es"))
        doc = Document(str(write_docx(data, tmp_path / f"{template}.docx", lang="es")))
        text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for row in t.rows for c in row.cells]
                         + [p.text for s in doc.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)])
        assert len(text) > 2000, template
        found = re.findall(r".{0,30}\b(?:[Aa]|[Dd]e) el\b.{0,20}", text)
        assert not found, (template, found)


def test_column_widths_follow_what_the_columns_hold():
    """A column of short values gives its width to a column whose long texts make the rows tall; the sheet
    never gets wider than it was (it never prints smaller), and a narrow sheet fills the page."""
    from localplan.exports.workbook import widths

    rows = [["Sí", "#12 Reducir la xenofobia en las parroquias rurales del cantón\n#13 Ampliar la atención", 5]
            for _ in range(40)]
    before = [40.0, 16.0, 10.0]
    after = widths.balance(before, [True, True, False], ["Respuesta", "Metas", "Valor"], rows, 7, 60)
    assert after[0] < before[0] and after[1] > before[1] and after[2] == before[2]
    assert 7 + sum(after) <= 7 + sum(before) + 0.5
    tall = sum(max(widths.lines(v, w) for v, w in zip(r, before)) for r in rows)
    low = sum(max(widths.lines(v, w) for v, w in zip(r, after)) for r in rows)
    assert low < tall
    assert widths.balance(before, [False, False, False], ["a", "b", "c"], rows, 7, 60) == before

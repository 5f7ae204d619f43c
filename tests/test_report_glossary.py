"""The report's glossary annex, read back as a reader reads the PDF: every acronym printed in the
report is spelled out in the annex, and the annex is in the contents."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from localplan.demo import example_data

# Upper-case words the report prints that are not acronyms: the example and draft marks, the
# ordinance's headings, its ordinals and Roman numerals.
NOT_ACRONYMS = {"PLAN", "DE", "EJEMPLO", "EXAMPLE", "BORRADOR", "DRAFT", "TÍTULO", "TITLE", "CAPÍTULO", "CHAPTER",
                "ÚNICA", "SOLE", "PRIMERA", "SEGUNDA", "TERCERA", "CUARTA", "QUINTA", "FIRST", "SECOND", "THIRD",
                "FOURTH", "FIFTH", "ERRORES", "ERRORS", "ERROR"}
ROMAN = re.compile(r"^[IVXLC]+$")
TOKEN = re.compile(r"(?<![\w-])([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9]*[A-ZÁÉÍÓÚÑ]\+?)(?![\w])")
HEADING = {"es": "Anexo D. Glosario de siglas", "en": "Annex D. Glossary of acronyms"}


def pages_of(path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module", params=["es", "en"])
def report(request, tmp_path_factory):
    from localplan.exports import report

    lang = request.param
    path = report.write(example_data(), tmp_path_factory.mktemp("gl") / f"informe_{lang}.pdf", lang=lang)
    return lang, path, pages_of(path)


def _annex(lang, pages) -> tuple[int, str]:
    """The page the annex starts on and the annex's text."""
    start = max(n for n, page in enumerate(pages) if HEADING[lang] in " ".join(page.split()))
    text = "\n".join(pages[start:])
    return start, text[text.index(HEADING[lang].split()[-1]):]


def _defined(annex: str) -> set[str]:
    """The acronyms the annex's table spells out: the first word of a line, and one in parentheses after it."""
    out = set()
    for line in annex.splitlines():
        m = re.match(r"^([A-ZÁÉÍÓÚÑ][\w+-]*[\w+])(?: \(([^)]+)\))?$", line.strip())
        if m:
            out.add(m.group(1))
            out.update(x.strip() for x in (m.group(2) or "").split(","))
    return out


def acronyms(text: str) -> set[str]:
    return {t for t in TOKEN.findall(text) if t not in NOT_ACRONYMS and not ROMAN.match(t)}


def test_every_acronym_of_the_report_is_spelled_out_in_the_annex(report):
    lang, _, pages = report
    start, annex = _annex(lang, pages)
    defined = _defined(annex)
    used = acronyms("\n".join(pages))
    assert {"PDOT", "GAD", "COOTAD", "JCPD", "CCPD"} <= used, "the example's report uses these"
    missing = {t for t in used if t not in defined and t.rstrip("+") not in defined and t + "+" not in defined}
    assert not missing, f"acronyms printed in the report but not in its glossary: {sorted(missing)}"
    from localplan.reference import glossary

    names = {e.term: e.name for e in glossary.entries(lang)}
    flat = " ".join(annex.split())
    for term in ("PDOT", "COOTAD", "JCPD"):
        assert " ".join(names[term].split()) in flat, f"{term} is not spelled out"
    assert "ZIP" not in defined and "USB" not in defined, "only the acronyms the report uses"


def test_the_annex_is_in_the_contents_and_its_table_has_a_heading(report):
    lang, _, pages = report
    contents = next(page for page in pages[:4] if ("Contenido" if lang == "es" else "Contents") in page)
    assert HEADING[lang] in " ".join(contents.split())
    start, annex = _annex(lang, pages)
    assert ("Sigla" if lang == "es" else "Acronym") in annex and ("Significado" if lang == "es" else "Meaning") in annex


def test_the_check_can_fail():
    assert acronyms("según el XYZQ, el PDOT y el CAPÍTULO II del PLAN DE EJEMPLO") == {"XYZQ", "PDOT"}
    assert _defined("Sigla\nODS (SDG)\nObjetivos\nPDOT\n") >= {"ODS", "SDG", "PDOT"}


def test_annex_pages_render(report, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    lang, path, pages = report
    start, _ = _annex(lang, pages)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(start + 1), "-l", str(len(pages)), str(path),
                    str(tmp_path / "g")], check=True, timeout=120)
    assert len(list(tmp_path.glob("g-*.png"))) == len(pages) - start

"""The report and the workbook name each level of government as the levels table does (issue 20):
Quito (1701) is a metropolitan district, Galápagos (20) its special regime, a parish a rural parish.
Read back as the recipient reads them: the PDF's cover text with pypdf, the workbook's cover cells
with openpyxl."""

from __future__ import annotations

import datetime as dt

import pytest

from localplan.domain.data import PlanData

# code, level in the profile, name, level as the cover says it (es, en), what it must not say
CASES = [
    ("1701", "cantonal", "GAD del Distrito Metropolitano de Quito", "Distrito metropolitano", "Metropolitan district",
     ["Cantonal", "Gobierno municipal"]),
    ("20", "provincial", "Consejo de Gobierno de Galápagos", "Régimen especial de Galápagos", "Galápagos special regime",
     ["Provincial\n", "Gobierno provincial"]),
    ("040151", "parish", "GAD Parroquial Rural de El Carmelo", "Gobierno parroquial rural", "Rural parish government",
     ["Cantonal", "Gobierno municipal"]),
    ("0401", "cantonal", "GAD Municipal de Tulcán", "Gobierno municipal", "Municipal government", ["Distrito metropolitano"]),
]


def plan(code, level, name):
    return PlanData({"gad": [{"id": 1, "gad_code": code, "level": level, "name": name, "authority": "Ana Pérez",
                              "period_start": 2023, "period_end": 2027}]})


def cover_text(data, path, lang):
    from pypdf import PdfReader

    from localplan.exports import report

    report.write(data, path, lang=lang, today=dt.date(2026, 11, 30))
    return PdfReader(str(path)).pages[0].extract_text()


def workbook_level(data, path, lang):
    from openpyxl import load_workbook

    from localplan.exports.workbook.layout import COVER_SHEET
    from localplan.exports.workbook.write import write_workbook

    wb = load_workbook(write_workbook(data, path, lang=lang))
    ws = wb[COVER_SHEET] if COVER_SHEET in wb.sheetnames else wb.worksheets[0]
    label = "Nivel" if lang == "es" else "Level"
    return {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and len(r) > 1}.get(label)


@pytest.mark.parametrize("code,level,name,es,en,absent", CASES)
def test_report_cover_names_the_level_as_the_levels_table_does(code, level, name, es, en, absent, tmp_path):
    data = plan(code, level, name)
    text = cover_text(data, tmp_path / "es.pdf", "es")
    assert es in text
    for words in absent:
        assert words not in text, words
    assert en in cover_text(data, tmp_path / "en.pdf", "en")


@pytest.mark.parametrize("code,level,name,es,en,absent", CASES)
def test_workbook_cover_names_the_level_as_the_levels_table_does(code, level, name, es, en, absent, tmp_path):
    data = plan(code, level, name)
    assert workbook_level(data, tmp_path / "es.xlsx", "es") == es
    assert workbook_level(data, tmp_path / "en.xlsx", "en") == en


def test_a_profile_without_level_or_code_names_no_level(tmp_path):
    data = PlanData({"gad": [{"id": 1, "name": "GAD"}]})
    assert not workbook_level(data, tmp_path / "b.xlsx", "es")


@pytest.fixture
def program_in_spanish():
    from localplan import i18n

    before = i18n.language()
    i18n.set_language("es")
    yield
    i18n.set_language(before)


def test_english_report_lists_the_checker_findings_in_english_while_the_program_runs_in_spanish(
        program_in_spanish, tmp_path):
    from pypdf import PdfReader

    from localplan import i18n
    from localplan.checks.run import check
    from localplan.exports import report

    data = PlanData({"gad": [{"id": 1, "gad_code": "0401", "level": "cantonal", "name": "GAD Municipal de Tulcán",
                              "period_start": 2023, "period_end": 2027}]})
    english = [f for f in check(data, "en") if f.severity.value == "error"]
    spanish = [f for f in check(data) if f.severity.value == "error"]
    assert english and [f.code for f in english] == [f.code for f in spanish]
    assert english[0].message != spanish[0].message  # the checker really speaks both
    report.write(data, tmp_path / "en.pdf", lang="en", today=dt.date(2026, 11, 30))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(tmp_path / "en.pdf")).pages)
    assert "The plan checker found" in text
    for f in english[:3]:
        assert f"{f.location('en')}: {f.message}" in text
    for f in spanish:
        assert f.message not in text
        assert f.location() not in text
    assert i18n.language() == "es"  # the program's language is left as it was
    assert check(data)[0].message == spanish[0].message


def test_example_projects_say_whose_competence_they_rely_on():
    from localplan.checks.run import check
    from localplan.demo import example_data
    from localplan.forms.values import choice_items

    data = example_data()
    modes = {code for code, _ in choice_items("competence_modes", None)}
    projects = data.rows("projects")
    assert projects and all(p.get("competence") in modes for p in projects)
    by_name = {p["name"]: p["competence"] for p in projects}
    assert by_name["Aulas de acogida y nivelación escolar"] == "agreement"  # teaching is the ministry's
    assert by_name["Punto de atención en salud en El Puente"] == "agreement"  # health services are the MSP's
    assert by_name["Sistema local de información de movilidad humana"] == "exclusive"  # planning, art. 264 num. 1
    assert len(set(by_name.values())) >= 3
    findings = check(data)
    assert not [f for f in findings if f.severity.value in ("error", "warning")], findings


@pytest.mark.parametrize("lang,strategies,gone", [
    ("en", ["articulation and coordination", "progressive reduction of risk factors", "monitoring and evaluation",
            "promotion and dissemination"], "risks and their mitigation"),
    ("es", ["articulación y coordinación", "reducción progresiva de los factores de riesgo", "seguimiento y evaluación",
            "promoción y difusión"], "riesgos y su mitigación"),
])
def test_management_chapter_names_the_four_strategies_of_the_guide(lang, strategies, gone, tmp_path):
    from pypdf import PdfReader

    from localplan.exports import report

    data = plan("0401", "cantonal", "GAD Municipal de Tulcán")
    report.write(data, tmp_path / "r.pdf", lang=lang, today=dt.date(2026, 11, 30))
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(tmp_path / "r.pdf")).pages]
    title = "Management model" if lang == "en" else "Modelo de gestión"
    chapter = next(p for p in pages if title in p and ("cuatro estrategias" in p or "four strategies" in p))
    for words in strategies:
        assert words in chapter, words
    assert gone not in " ".join(pages)


def test_speaking_sets_the_language_for_this_thread_only(program_in_spanish):
    import threading

    from localplan import i18n

    seen = {}
    inside, release = threading.Event(), threading.Event()

    def other():
        inside.wait(5)
        seen["other"] = (i18n.language(), i18n.tr("Contents"))
        release.set()

    t = threading.Thread(target=other)
    t.start()
    with i18n.speaking("en"):
        assert i18n.language() == "en" and i18n.tr("Contents") == "Contents"
        inside.set()
        release.wait(5)
    t.join(5)
    assert seen["other"] == ("es", "Contenido")
    with i18n.speaking(None):
        assert i18n.language() == "es"
    assert i18n.tr("Contents") == "Contenido"

"""Every level of government gets its own body, act, procedure, formula and competences (issue 20),
and the ordinance reads as a secretary expects (issue 18, item 4). DOCX files are read back with
python-docx, the way the council's secretary opens them."""

import datetime as dt
import re

import pytest

from localplan.checks.run import check
from localplan.domain.data import PlanData
from localplan.exports.registry import exporter
from localplan.ordinance import approval, checks, library, motives, render, templates
from localplan.ordinance.provenance import mark, ordinance_fact, provenance
from localplan.reference import loader


def plan(code, level, name, **gad):
    return PlanData({"gad": [{"id": 1, "gad_code": code, "level": level, "name": name, "authority": "Ana Pérez",
                              "period_start": 2023, "period_end": 2027, **gad}]})


def draft(code, level, name, template="rights_protection", lang="es"):
    data = plan(code, level, name)
    data.sections.update(templates.build_rows(template, data, lang))
    return data


def docx_text(data, tmp_path):
    from docx import Document

    out = exporter("ordinance-docx").write(data, tmp_path / "o.docx", lambda *a: None)
    doc = Document(str(out))
    paragraphs = [p.text for p in doc.paragraphs]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(paragraphs + cells), paragraphs


# code, level, GAD, body (heading), act (title), formula, executive's title, procedure words, words that must not appear
CASES = [
    ("1701", "cantonal", "GAD del Distrito Metropolitano de Quito", "EL CONCEJO METROPOLITANO DE QUITO",
     "ORDENANZA METROPOLITANA", "240 y 266 de la Constitución", "Alcalde Metropolitano",
     ["en dos debates", "SANCIONO", "EJECÚTESE", "artículos 322 y 324"], ["Concejo Municipal", "57, letra a)"]),
    ("04", "provincial", "GAD Provincial del Carchi", "EL CONSEJO PROVINCIAL DE CARCHI", "ORDENANZA PARA",
     "último inciso del artículo 263", "Prefecto Provincial",
     ["en dos debates", "SANCIONO", "EJECÚTESE", "artículos 322 y 324"], ["Concejo Municipal", "artículos 240 de"]),
    ("20", "provincial", "Consejo de Gobierno de Galápagos",
     "EL CONSEJO DE GOBIERNO DEL RÉGIMEN ESPECIAL DE LA PROVINCIA DE GALÁPAGOS", "ORDENANZA PARA",
     "240 y 258 de la Constitución", "Presidente del Consejo de Gobierno",
     ["en dos debates", "EJECÚTESE", "por verificar"], ["Consejo Provincial de Galápagos", "Prefect"]),
    ("040151", "parish", "GAD Parroquial Rural de El Carmelo", "LA JUNTA PARROQUIAL RURAL DE EL CARMELO (EL PUN)",
     "RESOLUCIÓN PARA", "último inciso del artículo 267", "Presidente de la Junta Parroquial Rural",
     ["en un solo debate", "mayoría simple", "art. 323", "por verificar"],
     ["dos debates", "SANCIONO", "EJECÚTESE", "empresas públicas", "Acceso a la salud", "Vivienda"]),
]


@pytest.mark.parametrize("code,level,name,body,act,formula,executive,present,absent", CASES)
def test_each_level_drafts_with_its_body_act_procedure_and_formula(
        code, level, name, body, act, formula, executive, present, absent, tmp_path):
    data = draft(code, level, name)
    text, paragraphs = docx_text(data, tmp_path)
    assert paragraphs[0].startswith(act)
    assert body in paragraphs
    assert formula in text and executive in text
    for words in present:
        assert words in text, words
    for words in absent:
        assert words not in text, words
    assert "/a " not in text and "/sa" not in text  # no "Alcalde/sa", "Secretario/a"


def test_levels_are_known_from_the_dpa_code():
    assert loader.is_metropolitan_district("1701") and not loader.is_metropolitan_district("0901")
    assert loader.is_special_regime("20") and not loader.is_special_regime("2001")
    assert library.level_of(plan("1701", "cantonal", "Quito")) == "metropolitan"
    assert library.level_of(plan("20", "provincial", "Galápagos")) == "special_regime"
    assert library.level_of(plan("2003", "cantonal", "Santa Cruz")) == "cantonal"  # its cantons: ordinary councils
    assert library.level_of(plan("170151", "parish", "Alangasí")) == "parish"
    for lvl in library.levels().values():
        assert lvl.body.es and lvl.executive_m.es and lvl.executive_f.es and lvl.secretary_f.es and lvl.powers.es
        assert lvl.competences and lvl.competences_source.es
        assert all(source for _, source in lvl.competences)
        assert lvl.procedure in library.procedures()
        assert all(b in library.bases() for b in lvl.bases)


@pytest.mark.parametrize("level", ["provincial", "special_regime", "metropolitan", "cantonal", "parish"])
def test_no_uncontracted_articles_in_any_template_of_any_level(level):
    code = {"provincial": "04", "special_regime": "20", "metropolitan": "1701", "cantonal": "0401",
            "parish": "040151"}[level]
    gad_level = {"special_regime": "provincial", "metropolitan": "cantonal"}.get(level, level)
    for template in library.templates():
        data = draft(code, gad_level, "El Gobierno Autónomo Descentralizado", template)
        assert library.level_of(data) == level
        text = "\n".join(render.lines(render.build(data, "es")))
        assert not re.search(r"\b[Aa] el\b|\b[Dd]e el\b", text), re.findall(r".{30}\b(?:[Aa]|[Dd]e) el\b.{20}", text)
        assert "{" not in text.replace("{{", "")


def test_contractions_keep_proper_names():
    assert library.contract("presentará a el Concejo y en la sala de el Concejo") == \
        "presentará al Concejo y en la sala del Concejo"
    assert library.contract("la Junta Parroquial Rural de El Carmelo") == "la Junta Parroquial Rural de El Carmelo"
    assert library.contract("modelo de elección") == "modelo de elección"


def test_body_written_without_its_article_gets_one_that_agrees():
    assert library.with_article("Concejo Municipal del cantón Tulcán") == "el Concejo Municipal del cantón Tulcán"
    assert library.with_article("Junta Parroquial Rural de Tufiño") == "la Junta Parroquial Rural de Tufiño"
    assert library.with_article("El Concejo Municipal") == "el Concejo Municipal"
    data = draft("0401", "cantonal", "GAD Municipal de Tulcán")
    data.sections["ordinance"][0]["issuing_body"] = "Concejo Municipal de Tulcán"
    text = "\n".join(render.lines(render.build(data, "es")))
    assert "sala de sesiones del Concejo Municipal de Tulcán" in text and "por el Concejo Municipal de Tulcán" in text


def test_signatures_take_the_title_form_chosen(tmp_path):
    data = draft("0401", "cantonal", "GAD Municipal de Tulcán")
    data.sections["ordinance"][0].update(secretary="Lucía Mora", executive_form="f", secretary_form="f")
    text, _ = docx_text(data, tmp_path)
    assert "Alcaldesa" in text and "Secretaria General del Concejo Municipal" in text
    assert "Alcalde\n" not in text and "Secretario General" not in text


def test_recitals_follow_the_hierarchy_of_norms():
    data = draft("0401", "cantonal", "GAD Municipal de Tulcán")
    ranks = [library.bases()[r["basis"]].rank for r in data.rows("ordinance_recitals")]
    assert ranks == sorted(ranks)
    codes = [r["basis"] for r in data.rows("ordinance_recitals")]
    assert codes.index("refugees_1951") < codes.index("lomh_1_2") < codes.index("pdot_local")
    assert codes.index("const_241") < codes.index("const_264") < codes.index("const_392")
    assert "const_66_29b" in codes and "const_46" not in codes
    constitution = [c for c in codes if c.startswith("const_")]
    assert constitution == codes[:len(constitution)]


def test_factual_slips_are_corrected():
    bases = library.bases()
    assert "66" in bases["const_66_29b"].reference.es and "trata" in bases["const_66_29b"].text.es
    assert "trata" not in bases["const_46"].text.es
    assert "241" in bases["const_241"].reference.es and "obligatoria" in bases["const_241"].text.es
    for lvl in library.levels().values():
        assert "los artículos 240 de" not in lvl.powers.es
    assert "263" in library.levels()["provincial"].powers.es and "264" in library.levels()["cantonal"].powers.es
    text = "\n".join(render.lines(render.build(draft("0401", "cantonal", "GAD Municipal de Tulcán"), "es")))
    assert "artículos 322 y 324 del COOTAD" in text and "EJECÚTESE" in text


def test_repeal_clause_prints_the_norms_named_and_warns_when_empty():
    data = draft("0401", "cantonal", "GAD Municipal de Tulcán")
    text = "\n".join(render.lines(render.build(data, "es")))
    assert "[indique las normas que se derogan o reforman]" in text
    assert any(c.id == "required_parts" and "322" in c.message and not c.ok for c in checks.run(data))
    data.sections["ordinance"][0]["repeals"] = "la Ordenanza 012-2019 de asistencia social"
    text = "\n".join(render.lines(render.build(data, "es")))
    assert "sustituye: la Ordenanza 012-2019 de asistencia social." in text


def competence_items(data):
    return [c for c in checks.run(data, dt.date(2025, 1, 1)) if c.id == "competences" and not c.ok]


def test_parish_is_offered_only_its_clauses_and_a_health_clause_is_flagged_until_by_agreement():
    data = draft("040151", "parish", "GAD Parroquial Rural de El Carmelo")
    assert not {"health", "education", "housing"} & {r.get("clause") for r in data.rows("ordinance_articles")}
    assert competence_items(data) == []
    heading, text = library.clauses()["health"].for_level("parish")
    data.sections["ordinance_articles"].append({"id": 900, "kind": "article", "heading": heading.es, "text": text.es,
                                                "clause": "health"})
    found = competence_items(data)
    assert len(found) == 1 and found[0].row == 900 and "convenio" in found[0].message
    assert any(f.code == "ordinance_competences" and f.row_id == 900 for f in check(data))
    data.sections["ordinance_articles"][-1]["competence"] = "agreement"
    assert competence_items(data) == []
    # the same clause is within a canton's competences (Constitution art. 264, num. 7)
    canton = draft("0401", "cantonal", "GAD Municipal de Tulcán")
    assert "health" in {r.get("clause") for r in canton.rows("ordinance_articles")} and competence_items(canton) == []


def project(**extra):
    return {"id": 1, "program": "Vivienda y hábitat", "name": "Vivienda social para familias retornadas",
            "goals": [1], "budget_by_year": {"2024": 1000}, "budget_own": 1000, "responsible": "Obras", **extra}


def test_housing_project_of_a_province_is_flagged_until_by_agreement():
    data = plan("04", "provincial", "GAD Provincial del Carchi")
    data.sections["projects"] = [project()]
    found = [f for f in check(data) if f.code == "project_outside_competences"]
    assert len(found) == 1 and found[0].field == "competence" and "convenio" in found[0].fix
    data.sections["projects"] = [project(competence="central")]  # housing is no central matter here
    assert [f for f in check(data) if f.code == "project_outside_competences"]
    data.sections["projects"] = [project(competence="agreement")]
    assert not [f for f in check(data) if f.code == "project_outside_competences"]
    canton = plan("0401", "cantonal", "GAD Municipal de Tulcán")
    canton.sections["projects"] = [project()]
    assert not [f for f in check(canton) if f.code == "project_outside_competences"]
    parish = plan("040151", "parish", "GAD Parroquial Rural de El Carmelo")
    parish.sections["projects"] = [project(program="Salud", name="Brigadas médicas", competence="central")]
    assert not [f for f in check(parish) if f.code == "project_outside_competences"]


def test_parish_procedure_is_a_single_debate():
    data = plan("040151", "parish", "GAD Parroquial Rural de El Carmelo")
    assert approval.order(data) == ("filed", "debate", "published_web", "published_ro")
    assert "323" in approval.help_text(data) and "por verificar" in approval.help_text(data)
    # the procedure's source is worded in the language asked for, not the process language
    english = approval.help_text(data, "en")
    assert "to verify — source: second-hand summary" in english and "resumen" not in english
    data.sections["ordinance_steps"] = [{"id": 1, "step": "first_debate", "date": "2025-03-10"},
                                        {"id": 2, "step": "published_web", "date": "2025-03-01"},
                                        {"id": 3, "step": "debate", "date": "2025-03-05"}]
    messages = [n.message for n in approval.notices(data, dt.date(2025, 4, 1))]
    assert any("323" in m for m in messages) and any("publicación" in m for m in messages)
    assert [s.code for s in approval.stages(data)] == list(approval.order(data))
    canton = plan("0401", "cantonal", "GAD Municipal de Tulcán")
    assert "sent_to_executive" in approval.order(canton) and "322" in approval.help_text(canton)
    assert "por verificar" not in approval.help_text(canton)
    galapagos = plan("20", "provincial", "Consejo de Gobierno de Galápagos")
    assert "por verificar" in approval.help_text(galapagos) and "Galápagos" in approval.help_text(galapagos)


def test_verify_facts_show_their_mark_and_source(tmp_path):
    assert provenance({"verify": True, "source": {"es": "una fuente", "en": "a source"}}, "en").source == "a source"
    assert not provenance({"code": "x"})
    lomh = ordinance_fact("basis", "lomh_gad", "es")
    assert lomh.verify and "Movilidad Humana" in lomh.source
    assert not ordinance_fact("basis", "const_40")
    assert "por verificar" in mark(lomh, "es") and lomh.source in mark(lomh, "es")
    text, _ = docx_text(draft("0401", "cantonal", "GAD Municipal de Tulcán"), tmp_path)
    assert mark(lomh, "es") in text
    quito, _ = docx_text(draft("1701", "cantonal", "GAD del Distrito Metropolitano de Quito"), tmp_path)
    assert mark(ordinance_fact("level", "metropolitan", "es"), "es") in quito


def test_explanatory_statement_is_prose():
    from localplan.demo import example_data

    data = example_data()
    for text in (motives.situation_text(data, "es"), motives.problem_text(data, "es")):
        assert text and "\n" not in text and "–" not in text
        assert not re.search(r"\([^)]*\(", text)  # no nested parentheses
        assert text.endswith(".")
    situation = motives.situation_text(data, "es")
    assert "viven en el territorio" in situation and "emigrantes" in situation.split("viven en el territorio")[1]

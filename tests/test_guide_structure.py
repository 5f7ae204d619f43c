"""The 2019 guide's structure: indicators, approaches, national plan, management model, COOTAD 249,
the self-assessment's thresholds and councils, and the provenance of facts to verify."""

import copy

import pytest

from localplan.checks import assessment
from localplan.checks.run import check
from localplan.demo import example_data
from localplan.domain import budget
from localplan.domain.provenance import facts_in_plan
from localplan.reference import choice_label, choice_list, provenance


@pytest.fixture
def clean():
    return example_data()


def mutate(data, section, row_id, **values):
    data = copy.deepcopy(data)
    for r in data.sections[section]:
        if r["id"] == row_id:
            r.update(values)
    return data


def found(data, code):
    return [f for f in check(data) if f.code == code]


def test_a_count_refuses_decimals_and_a_percentage_does_not(clean):
    bad = mutate(clean, "goals", 9, yearly_targets={"2024": 0.8, "2025": 1.6, "2026": 2.4, "2027": 4.0})
    [f] = found(bad, "goal_count_not_whole")
    assert f.severity.value == "error" and ("0,8" in f.message or "0.8" in f.message)
    assert not found(mutate(bad, "goals", 9, measure="percentage"), "goal_count_not_whole")
    monitoring = copy.deepcopy(clean)
    monitoring.sections["monitoring"][6]["achieved_by_year"] = {"2024": 4.5}
    assert found(monitoring, "achieved_count_not_whole")


def test_the_baseline_year_is_not_programmed(clean):
    goal = clean.by_id("goals")[1]
    bad = mutate(clean, "goals", 1, yearly_targets={"2023": 216.0, **goal["yearly_targets"]})
    [f] = found(bad, "goal_programme_in_baseline")
    assert "2023" in f.message
    assert found(mutate(clean, "goals", 1, target_year=2023), "goal_target_in_baseline")


def test_a_cumulative_indicator_does_not_go_back(clean):
    bad = mutate(clean, "goals", 2, yearly_targets={"2024": 30.0, "2025": 20.0, "2026": 70.0, "2027": 90.0})
    assert found(bad, "goal_cumulative_reverses")
    assert not found(mutate(bad, "goals", 2, indicator_kind="per_year"), "goal_cumulative_reverses")


@pytest.mark.parametrize("approach,needs", [("gender", "sex"), ("intergenerational", "age"), ("peoples", "ethnicity"),
                                            ("disability", "disability"), ("mobility", "mobility_category")])
def test_a_goal_claiming_an_approach_is_disaggregated_by_it(clean, approach, needs):
    others = [c for c in ("mobility_category", "sex", "age", "ethnicity", "disability") if c != needs]
    bad = mutate(clean, "goals", 4, approaches=[approach], disaggregation=others, groups=None)
    [f] = found(bad, "goal_approach_not_disaggregated")
    assert choice_label("disaggregation", needs) in f.message
    assert not found(mutate(bad, "goals", 4, disaggregation=others + [needs]), "goal_approach_not_disaggregated")


def test_the_five_approaches_and_the_new_disaggregations_exist():
    assert [c.code for c in choice_list("equality_approaches")] == ["gender", "intergenerational", "peoples", "disability", "mobility"]
    assert {"disability", "ethnicity", "migratory_status", "sogi"} <= {c.code for c in choice_list("disaggregation")}
    assert [c.code for c in choice_list("migratory_status")] == ["total", "regular", "irregular", "in_process"]
    assert {"indigenous", "afro", "black", "mulatto", "montubio", "mestizo", "white", "other"} <= {c.code for c in choice_list("ethnicity")}


def test_a_national_plan_objective_names_its_version(clean):
    bad = mutate(clean, "objectives", 1, pnd_version=None)
    assert found(bad, "pnd_without_version")
    # an alignment made under an earlier plan stays valid
    assert not found(mutate(clean, "objectives", 1, pnd_version="2021-2025"), "pnd_without_version")
    assert "2021" in choice_label("pnd_versions", "2021-2025", "es")


def test_the_four_strategies_are_noted_when_missing(clean):
    data = copy.deepcopy(clean)
    data.sections["risk_reduction"] = []
    data.sections["dissemination"] = []
    assert {f.section for f in found(data, "management_strategy_missing")} == {"risk_reduction", "dissemination"}


def test_cootad_249_floor(clean):
    years = budget.cootad_249(clean)
    y2024 = years[0]
    assert y2024["year"] == 2024 and y2024["floor"] == 285000.0 and y2024["met"] is True
    assert y2024["mobility"] == budget.by_year(clean)[2024]
    low = copy.deepcopy(clean)
    low.sections["gad"][0]["priority_budget"] = {"2024": 100000.0}
    [f] = found(low, "cootad_249_floor")
    assert f.severity.value == "warning" and "249" in f.message


def test_g3_counts_the_council_not_the_board(clean):
    def g3(data):
        return next(r for r in assessment.evaluate(data) if r.code == "G3")

    assert g3(clean).answer == "yes"
    only_board = copy.deepcopy(clean)
    only_board.sections["actors"] = [a for a in only_board.sections["actors"] if a["type"] != "ccpd"]
    assert g3(only_board).answer == "no"
    listed = copy.deepcopy(clean)
    listed.sections["articulation"] = [r for r in listed.sections["articulation"] if r["actor"] != 3]
    assert g3(listed).answer == "partly"


def test_thresholds_name_their_source_and_can_be_changed(clean, monkeypatch):
    m4 = next(r for r in assessment.evaluate(clean) if r.code == "M4")
    assert m4.answer == "yes" and "LocalPlan" in m4.reason and "30" in m4.reason
    table = dict(assessment.thresholds())
    table["M4_own_funds_percent"] = (90.0, table["M4_own_funds_percent"][1])
    monkeypatch.setattr(assessment, "thresholds", lambda: table)
    assert next(r for r in assessment.evaluate(clean) if r.code == "M4").answer == "partly"


def test_facts_to_verify_carry_their_mark_and_source(clean):
    assert choice_label("pnd_versions", "2025-2029", "es").endswith("(por verificar)")
    assert choice_label("ordinance_bases", "lomh_gad", "es").endswith("(por verificar)")
    assert choice_label("ordinance_bases", "am_069_2020", "en").endswith("(to verify)")
    assert not choice_label("pnd_versions", "2021-2025", "es").endswith("(por verificar)")
    facts = facts_in_plan(clean)
    assert facts[0].list_id == "gcm_national_plan" and "15" in facts[0].label.get("es")
    assert ("pnd_versions", "2025-2029") in {(f.list_id, f.code) for f in facts}
    for fact in facts:
        text = provenance.with_source(fact, "es")
        assert "por verificar:" in text and fact.source.get("es") in text and text.count("por verificar") == 1


def test_the_two_mobility_instruments_are_told_apart():
    from localplan.forms import section

    goals = section("goals")
    assert "2018" in goals.field("policy").label.get("es") and "Movilidad Humana" in goals.field("policy").label.get("es")
    assert "CNIMH" in goals.field("equality_agenda").label.get("es")
    assert goals.field("equality_agenda").since == 4


def test_v3_plans_get_their_protection_board_retyped(tmp_path):
    import shutil
    from pathlib import Path

    from localplan.domain.plan import Plan
    from localplan.store.guide_v4 import is_protection_board

    path = tmp_path / "v3.lplan"
    shutil.copy(Path(__file__).parent / "fixtures" / "plan_v3.lplan", path)
    plan = Plan.open(path)
    try:
        types = {a["name"]: a["type"] for a in plan.rows("actors")}
        assert types["Junta Cantonal de Protección de Derechos"] == "jcpd"
        assert types["Consejo Cantonal de Protección de Derechos"] == "ccpd"
        assert plan.rows("risk_reduction") == [] and plan.record("vision").get("vision") is None
    finally:
        plan.close()
    assert is_protection_board("JUNTA CANTONAL DE PROTECCION DE DERECHOS DE TULCÁN")
    assert not is_protection_board("Consejo Cantonal de Protección de Derechos")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_guidance_covers_the_new_parts(lang):
    from localplan.guide import guidance

    management = guidance("management", lang)
    for words in ({"es": "reducción progresiva", "en": "progressive reduction"}, {"es": "promoción y difusión", "en": "promotion and dissemination"},
                  {"es": "quejas y retroalimentación", "en": "complaints and feedback"}, {"es": "por verificar", "en": "to verify"}):
        assert words[lang] in management.lower()
    proposal = guidance("proposal", lang).lower()
    for words in ({"es": "visión", "en": "vision"}, {"es": "acumulado", "en": "cumulative"}, {"es": "enteros", "en": "whole numbers"},
                  {"es": "pacta", "en": "pacta"}, {"es": "versión", "en": "version"}):
        assert words[lang] in proposal
    assert "249" in guidance("profile", lang) and "M4" in guidance("assessment", lang)


def test_other_dimensions_do_not_double_count_the_profile(clean):
    from localplan.domain import profile_summary

    immigrant = next(s for s in profile_summary.by_category(clean) if s.category == "immigrant")
    assert immigrant.persons == 3150 + 540  # the Venezuelan and Colombian totals; breakdowns are not added again
    assert profile_summary.by_dimension(clean, "migratory_status") == {"regular": 1240, "irregular": 1310, "in_process": 600}
    assert sum(v for (sex, age), v in profile_summary.by_sex_age(clean).items() if sex == "female") == 1640 + 800 + 7
    only_breakdown = copy.deepcopy(clean)
    only_breakdown.sections["mobility_profile"] = [r for r in clean.rows("mobility_profile")
                                                   if r["category"] != "immigrant" or r.get("migratory_status") not in (None, "total")]
    immigrant = next(s for s in profile_summary.by_category(only_breakdown) if s.category == "immigrant")
    assert immigrant.persons == 1240 + 1310 + 600


def test_the_chart_of_other_dimensions_names_each_value(clean):
    from localplan.charts import profile_by_other_dimensions, to_svg

    svg = to_svg(profile_by_other_dimensions(clean, "es")).decode("utf-8")
    for text in ("En proceso de regularización", "Personas con discapacidad", "Afroecuatoriana/o", "1.310"):
        assert text in svg


def test_workbook_cover_lists_the_facts_to_verify_and_new_sections_have_sheets(clean, tmp_path):
    from openpyxl import load_workbook

    from localplan.exports.workbook.write import write_workbook

    path = write_workbook(clean, tmp_path / "libro.xlsx", lang="es")
    wb = load_workbook(path)
    cover = [(r[0], r[1]) for r in wb["Portada"].iter_rows(values_only=True)]
    marked = [v for k, v in cover if k == "Por verificar"]
    assert len(marked) == len(facts_in_plan(clean))
    assert any("Ecuador no se Detiene" in v for v in marked) and any("165 y 166" in v for v in marked)
    for title in ("Visión", "Políticas locales", "Estrategias", "Promoción y difusión"):
        assert any(name.startswith(title[:20]) for name in wb.sheetnames), title
    goals = next(wb[n] for n in wb.sheetnames if n.startswith("Metas"))
    headers = [c.value for c in goals[1]]
    assert "Enfoques de igualdad" in headers and "Tipo de indicador" in headers and "Medida" in headers


def test_the_roundtable_agreement_is_a_fact_only_for_plans_with_roundtables(clean):
    assert ("ordinance_bases", "am_069_2020") in {(f.list_id, f.code) for f in facts_in_plan(clean)}
    none = copy.deepcopy(clean)
    none.sections["articulation"] = [r for r in none.sections["articulation"] if r["instrument"] != "roundtable"]
    none.sections["participation"] = [r for r in none.sections["participation"] if r["mechanism"] != "roundtable"]
    none.sections["ordinance_recitals"] = []
    codes = [(f.list_id, f.code) for f in facts_in_plan(none)]
    assert ("ordinance_bases", "am_069_2020") not in codes and len(codes) == len(set(codes))

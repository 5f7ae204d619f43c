"""Profile summary, traceability, budget and monitoring figures, on hand-made plan data."""

from localplan.domain import budget, monitoring, profile_summary, traceability
from localplan.domain.data import PlanData


def data(**sections):
    base = {"gad": [{"id": 1, "gad_code": "0401", "period_start": 2023, "period_end": 2027}]}
    base.update(sections)
    return PlanData(base)


def test_profile_headline_avoids_double_counting_and_uses_latest_year():
    rows = [
        {"id": 1, "category": "immigrant", "sex": "total", "age_group": "total", "value": 1000, "year": 2024, "source_detail": "R4V"},
        {"id": 2, "category": "immigrant", "sex": "female", "age_group": "total", "value": 520, "year": 2024},
        {"id": 3, "category": "immigrant", "sex": "male", "age_group": "total", "value": 480, "year": 2024},
        {"id": 4, "category": "immigrant", "sex": "total", "age_group": "total", "value": 700, "year": 2022},
        {"id": 5, "category": "returnee", "sex": "female", "value": 30, "year": 2023},
        {"id": 6, "category": "returnee", "sex": "male", "value": 20, "year": 2023},
        {"id": 7, "category": "transit", "value": None, "not_available": 1, "year": 2024},
    ]
    summary = {s.category: s for s in profile_summary.by_category(data(mobility_profile=rows))}
    assert (summary["immigrant"].persons, summary["immigrant"].year) == (1000, 2024)
    assert summary["immigrant"].sources == ["R4V"]
    assert summary["returnee"].persons == 50
    assert summary["transit"].persons is None and summary["transit"].not_available
    assert summary["emigrant"].persons is None and summary["emigrant"].rows == 0
    assert profile_summary.total_persons(data(mobility_profile=rows)) == 1050
    assert profile_summary.by_sex_age(data(mobility_profile=rows))[("female", "total")] == 550
    assert profile_summary.by_year(data(mobility_profile=rows))["immigrant"] == {2022: 700, 2024: 1000}


def test_traceability_marks_every_kind_of_gap():
    d = data(
        problems=[{"id": 1, "kind": "problem", "severity": 4, "urgency": 4, "title": "A"},
                  {"id": 2, "kind": "problem", "severity": 1, "urgency": 2, "title": "B"},
                  {"id": 3, "kind": "problem", "severity": 5, "urgency": 5, "title": "C"}],
        objectives=[{"id": 1, "name": "O1", "problems": [3]}, {"id": 2, "name": "O2", "problems": []}],
        goals=[{"id": 1, "statement": "G1", "objective": 1, "baseline_value": 0, "baseline_year": 2022},
               {"id": 2, "statement": "G2", "objective": 1}],
        projects=[{"id": 1, "name": "P1", "goals": [1], "budget_by_year": {"2024": 100.0}},
                  {"id": 2, "name": "P2", "goals": [1]}],
    )
    kinds = {(g.kind, g.row_id) for g in traceability.gaps(d)}
    assert ("problem_without_objective", 1) in kinds
    assert ("problem_without_objective", 2) not in kinds  # not a priority
    assert ("problem_without_objective", 3) not in kinds
    assert ("objective_without_goal", 2) in kinds
    assert ("goal_without_project", 2) in kinds and ("goal_without_baseline", 2) in kinds
    assert ("goal_without_baseline", 1) not in kinds
    assert ("project_without_budget", 2) in kinds and ("project_without_budget", 1) not in kinds
    roots = traceability.tree(d)
    c = next(n for n in roots if n.section == "problems" and n.row_id == 3)
    assert c.children[0].label.startswith("#1") and c.children[0].children[0].children[0].section == "projects"
    assert any(n.section == "objectives" and n.row_id == 2 for n in roots)


def test_budget_breakdowns_add_up_to_the_grand_total():
    d = data(
        goals=[{"id": 1, "gcm": ["15"]}],
        objectives=[],
        projects=[
            {"id": 1, "budget_by_year": {"2024": 100.0, "2025": 50.0}, "budget_own": 150.0, "gcm": ["16", "17"], "groups": ["immigrant"]},
            {"id": 2, "budget_by_year": {"2025": 30.0}, "budget_own": 10.0, "budget_cooperation": 10.0, "goals": [1]},
        ])
    assert budget.grand_total(d) == 180.0
    assert budget.by_year(d) == {2024: 100.0, 2025: 80.0}
    assert budget.by_source(d)["own"] == 160.0
    assert sum(budget.by_gcm(d).values()) == 180.0 and budget.by_gcm(d)["15"] == 30.0  # inherited from the goal
    assert budget.by_group(d) == {"immigrant": 150.0, "unspecified": 30.0}
    assert budget.sources_match(d.rows("projects")[0]) and not budget.sources_match(d.rows("projects")[1])


def test_fulfilment_by_direction():
    assert monitoring.fulfilment(100, 80, "increase") == 80.0
    assert monitoring.fulfilment(100, 120, "increase") == 100.0
    assert monitoring.fulfilment(10, 20, "decrease") == 50.0
    assert monitoring.fulfilment(None, 5, "increase") is None
    d = data(goals=[{"id": 1, "direction": "increase", "yearly_targets": {"2024": 10.0, "2025": 20.0}}],
             monitoring=[{"id": 1, "goal": 1, "achieved_by_year": {"2024": 5.0}}])
    assert monitoring.goal_fulfilment(d, d.rows("goals")[0]) == {2024: 50.0, 2025: None}
    assert monitoring.yearly_fulfilment(d) == {2024: 50.0}


def test_gap_messages_follow_the_requested_language():
    d = data(objectives=[{"id": 1, "name": "O1", "problems": []}])
    assert traceability.gaps(d, "en")[0].message == "Objective without goals."
    assert traceability.gaps(d, "es")[0].message == "Objetivo sin metas."

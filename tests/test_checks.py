"""Every check fires on a crafted plan and stays silent on the example; the index math."""

import copy
import json
import os
import subprocess
import sys

import pytest

from localplan.checks import assessment
from localplan.checks.run import check, has_errors
from localplan.demo import example_data


@pytest.fixture
def clean():
    return example_data()


def codes(data):
    return {f.code for f in check(data)}


def test_example_plan_has_no_findings(clean):
    assert check(clean) == []


def mutate(data, section, row_id, **values):
    data = copy.deepcopy(data)
    for r in data.sections[section]:
        if r["id"] == row_id:
            r.update(values)
    return data


CASES = [
    ("goal_without_baseline", lambda d: mutate(d, "goals", 1, baseline_value=None)),
    ("goal_target_outside_period", lambda d: mutate(d, "goals", 1, target_year=2031)),
    ("goal_target_before_baseline", lambda d: mutate(d, "goals", 1, baseline_year=2026, target_year=2025)),
    ("goal_programme_outside_period", lambda d: mutate(d, "goals", 1, yearly_targets={"2030": 1.0})),
    ("goal_without_programme", lambda d: mutate(d, "goals", 1, yearly_targets=None)),
    ("goal_without_project", lambda d: mutate(d, "projects", 1, goals=[])),
    ("goal_without_monitoring", lambda d: mutate(d, "monitoring", 1, goal=None)),
    ("goal_without_objective", lambda d: mutate(d, "goals", 1, objective=None)),
    ("project_without_budget", lambda d: mutate(d, "projects", 1, budget_by_year=None)),
    ("project_budget_mismatch", lambda d: mutate(d, "projects", 1, budget_own=1.0)),
    ("project_budget_outside_period", lambda d: mutate(d, "projects", 1, budget_by_year={"2031": 90000.0})),
    ("project_outside_period", lambda d: mutate(d, "projects", 1, end_year=2030)),
    ("project_without_goal", lambda d: mutate(d, "projects", 1, goals=None)),
    ("problem_without_objective", lambda d: mutate(d, "objectives", 1, problems=[12])),
    ("objective_without_goal", lambda d: mutate(mutate(d, "goals", 1, objective=2), "goals", 2, objective=2)),
    ("gcm_missing_in_proposal", lambda d: mutate(d, "problems", 1, gcm=["13"])),
    ("figure_without_source", lambda d: mutate(d, "mobility_profile", 1, source=None)),
    ("figure_without_year", lambda d: mutate(d, "mobility_profile", 1, year=None)),
    ("figure_value_and_not_available", lambda d: mutate(d, "mobility_profile", 1, not_available=1)),
    ("figure_without_value", lambda d: mutate(d, "mobility_profile", 9, not_available=0)),
    ("figure_duplicate", lambda d: mutate(d, "mobility_profile", 22, year=2024)),
    ("missing_reference", lambda d: mutate(d, "articulation", 1, actor=999)),
]


@pytest.mark.parametrize("code,make", CASES, ids=[c for c, _ in CASES])
def test_each_check_fires(clean, code, make):
    assert code not in codes(clean)
    assert code in codes(make(clean))


def test_findings_are_located_and_translated(clean):
    findings = check(mutate(clean, "goals", 3, baseline_value=None))
    f = next(f for f in findings if f.code == "goal_without_baseline")
    assert f.location() == "Metas e indicadores, fila #3, «Línea base: valor»"
    assert "línea base" in f.message and f.fix
    assert has_errors(findings)


def test_index_counts_na_out_and_user_overrides(clean):
    overall, dims = assessment.index(clean)
    assert 0 < overall < 100 and set(dims) == {"governance", "planning", "rights", "participation", "monitoring"}
    data = copy.deepcopy(clean)
    data.sections["self_assessment"] = [{"id": 1, "criterion": "M2", "answer": "na", "evidence": None, "note": None}]
    results = {r.code: r for r in assessment.evaluate(data)}
    assert results["M2"].score is None and results["M2"].source == "user"
    assert results["G4"].answer is None and results["G4"].score == 0.0  # unanswered counts as 0
    assert results["P2"].source == "auto" and "de 10 metas" in results["P2"].reason
    data.sections["self_assessment"].append({"id": 2, "criterion": "P2", "answer": "no", "evidence": "x", "note": "desactualizado"})
    after = {r.code: r for r in assessment.evaluate(data)}
    assert after["P2"].answer == "no" and after["P2"].source == "user"


def test_index_arithmetic_on_an_empty_plan(new_plan):
    overall, dims = assessment.index(new_plan.snapshot())
    assert overall == 0.0 and all(v == 0.0 for v in dims.values())


def test_next_actions_are_the_biggest_gains_first(clean):
    actions = assessment.next_actions(clean, 3)
    assert len(actions) == 3 and actions[0][1] >= actions[-1][1] > 0
    assert all(text for _, _, text in actions)


def test_check_command_exit_codes_and_json(tmp_path, user_home):
    from localplan.demo import build_example

    plan = build_example(tmp_path / "ej.lplan")
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home), LOCALPLAN_LANG="es")
    r = subprocess.run([sys.executable, "-m", "localplan", "check", str(plan)], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and "0 errores" in r.stdout
    from localplan.domain.plan import Plan

    p = Plan.open(plan)
    p.set_value("goals", 2, "baseline_value", None)
    p.close()
    r = subprocess.run([sys.executable, "-m", "localplan", "check", str(plan), "--json"], capture_output=True, text=True, env=env)
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert doc["findings"][0]["code"] == "goal_without_baseline" and doc["findings"][0]["row"] == 2
    r = subprocess.run([sys.executable, "-m", "localplan", "check", str(tmp_path / "no.lplan")], capture_output=True, text=True, env=env)
    assert r.returncode == 2


def test_ordinance_gaps_become_findings(clean):
    data = copy.deepcopy(clean)
    data.sections["ordinance_recitals"] = []
    assert any(f.code.startswith("ordinance_") for f in check(data))

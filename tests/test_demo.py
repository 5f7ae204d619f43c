"""The example plan is complete and coherent; the trainer's reset is one undo step."""

import os
import subprocess
import sys

import pytest

from localplan.demo import build_example, example_data
from localplan.demo.reset import reset_to_step
from localplan.domain import budget, traceability
from localplan.domain.plan import Plan
from localplan.forms import SECTIONS


def test_every_section_is_filled():
    data = example_data()
    for sec in SECTIONS:
        filled = data.rows(sec.id) if not sec.single else [v for k, v in data.record(sec.id).items() if k != "id" and v]
        assert filled, sec.id
    assert data.is_example and "(ejemplo)" in data.gad_title()


def test_the_chain_is_coherent():
    data = example_data()
    assert traceability.gaps(data) == []
    for p in data.rows("projects"):
        assert budget.sources_match(p), p["name"]
        assert all(2023 <= int(y) <= 2027 for y in p["budget_by_year"])
    for g in data.rows("goals"):  # programmed for every year after the baseline, never the baseline year itself
        assert set(g["yearly_targets"]) == {str(y) for y in range(g["baseline_year"] + 1, 2028)}
    monitored = {m["goal"] for m in data.rows("monitoring")}
    assert monitored == {g["id"] for g in data.rows("goals")}


def test_real_figures_name_their_source():
    data = example_data()
    for row in data.rows("mobility_profile"):
        assert row["source"] and row["source_detail"] and row["year"]


def test_reset_is_one_undo_step(tmp_path):
    plan = Plan.open(build_example(tmp_path / "ej.lplan"))
    before = plan.snapshot().counts()
    removed = reset_to_step(plan, "diagnosis")
    after = plan.snapshot().counts()
    assert after["objectives"] == after["goals"] == after["monitoring"] == 0
    assert after["problems"] == before["problems"]
    assert removed == sum(before[s] for s in before) - sum(after[s] for s in after)
    plan.undo()
    assert plan.snapshot().counts() == before
    plan.close()


def run(*args, home):
    env = dict(os.environ, LOCALPLAN_HOME=str(home), LOCALPLAN_LANG="es")
    return subprocess.run([sys.executable, "-m", "localplan", *map(str, args)], capture_output=True, text=True, env=env)


def test_demo_and_reset_commands(tmp_path, user_home):
    target = tmp_path / "ejemplo.lplan"
    assert run("demo", target, home=user_home).returncode == 0
    r = run("demo", target, home=user_home)
    assert r.returncode == 2 and "ya existe" in r.stderr
    assert "ejemplo" in run("info", target, home=user_home).stdout
    r = run("reset", target, "--to-step", "diagnosis", home=user_home)
    assert r.returncode == 2 and "--yes" in r.stderr
    r = run("reset", target, "--to-step", "nope", "--yes", home=user_home)
    assert r.returncode == 2 and "no es un paso" in r.stderr
    r = run("reset", target, "--to-step", "proposal", "--yes", home=user_home)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("lang", ["es", "en"])
def test_example_opens_in_the_window(qtbot, tmp_path, lang):
    from localplan.app import make_app

    make_app(lang=lang)
    from localplan.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.start.example_button.isVisible()
    w.open_example()
    assert w.plan is not None and w.plan.is_example
    w.close_plan()


def test_example_report_shows_every_project_and_goal(tmp_path):
    from pypdf import PdfReader

    from localplan.exports import report

    data = example_data()
    path = report.write(data, tmp_path / "informe.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    for section_id, field in (("projects", "name"), ("goals", "statement"), ("actors", "name")):
        for row in data.rows(section_id):
            assert " ".join(row[field].split())[:30] in text, row[field]


def test_example_passes_the_checker_and_counts_are_whole():
    from localplan.checks.run import check

    data = example_data()
    findings = check(data)
    assert [f.code for f in findings if f.severity.value in ("error", "warning")] == []
    for g in data.rows("goals"):
        assert g["indicator_kind"] and g["measure"]
        if g["measure"] == "count":
            values = [g["baseline_value"], g["target_value"], *g["yearly_targets"].values()]
            assert all(float(v).is_integer() for v in values), g["statement"]
    goals = data.by_id("goals")
    for m in data.rows("monitoring"):
        if goals[m["goal"]]["measure"] == "count":
            assert all(float(v).is_integer() for v in m["achieved_by_year"].values())


def test_example_carries_the_guide_structure_and_the_seed_themes():
    from localplan.reference import choice_list

    data = example_data()
    assert data.record("vision")["vision"]
    used = {t for s in ("problems", "strategies", "projects") for r in data.rows(s) for t in (r.get("themes") or [])}
    assert {c.code for c in choice_list("mobility_themes")} - {"other"} <= used
    types = {a["type"] for a in data.rows("actors")}
    assert {"ccpd", "jcpd", "gtrm", "risk_secretariat", "planning_council", "citizens_assembly"} <= types
    assert any(r["mechanism"] == "complaints_feedback" for r in data.rows("participation"))
    assert any(r["collective_shelter"] for r in data.rows("risk_reduction"))
    assert any(r["hazard"] == "violence" for r in data.rows("risk_reduction"))
    assert any(r["feedback"] for r in data.rows("dissemination"))
    profile = data.rows("mobility_profile")
    for fid in ("disability", "ethnicity", "migratory_status", "sogi"):
        assert any(r.get(fid) not in (None, "total") for r in profile), fid
    assert {r["migratory_status"] for r in profile} >= {"regular", "irregular", "in_process"}
    assert all(o["pnd_version"] for o in data.rows("objectives"))

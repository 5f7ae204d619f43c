"""Problem → objective → goal → project, and the gaps in that chain (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from localplan.domain.budget import project_total
from localplan.domain.data import PlanData
from localplan.i18n import QT_TR_NOOP, translator

PRIORITY_THRESHOLD = 12  # severity × urgency (1–5 each): 12 and above is a priority


def priority(row: dict[str, Any]) -> int | None:
    if row.get("severity") and row.get("urgency"):
        return int(row["severity"]) * int(row["urgency"])
    return None


def is_priority_problem(row: dict[str, Any]) -> bool:
    p = priority(row)
    return row.get("kind") == "problem" and p is not None and p >= PRIORITY_THRESHOLD


@dataclass
class Node:
    section: str
    row_id: int
    label: str
    children: list[Node] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Gap:
    kind: str  # problem_without_objective | objective_without_goal | goal_without_project | goal_without_baseline | project_without_budget
    section: str
    row_id: int
    message: str


def objectives_of_problem(data: PlanData) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for o in data.rows("objectives"):
        for pid in o.get("problems") or []:
            out.setdefault(pid, []).append(o["id"])
    return out


def goals_of_objective(data: PlanData) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for g in data.rows("goals"):
        if g.get("objective"):
            out.setdefault(g["objective"], []).append(g["id"])
    return out


def projects_of_goal(data: PlanData) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for p in data.rows("projects"):
        for gid in p.get("goals") or []:
            out.setdefault(gid, []).append(p["id"])
    return out


MESSAGES = {
    "problem_without_objective": QT_TR_NOOP("Priority problem without an objective that answers it."),
    "objective_without_goal": QT_TR_NOOP("Objective without goals."),
    "goal_without_project": QT_TR_NOOP("Goal without a project that delivers it."),
    "goal_without_baseline": QT_TR_NOOP("Goal without a baseline (value and year)."),
    "project_without_budget": QT_TR_NOOP("Project without a budget."),
}


def gaps(data: PlanData, lang: str | None = None) -> list[Gap]:
    """Every gap in the chain, its message in `lang` (default: the current language)."""
    t = translator(lang)
    out: list[Gap] = []
    answered = objectives_of_problem(data)
    with_goals = goals_of_objective(data)
    with_projects = projects_of_goal(data)
    for r in data.rows("problems"):
        if is_priority_problem(r) and not answered.get(r["id"]):
            out.append(Gap("problem_without_objective", "problems", r["id"], t(MESSAGES["problem_without_objective"])))
    for r in data.rows("objectives"):
        if not with_goals.get(r["id"]):
            out.append(Gap("objective_without_goal", "objectives", r["id"], t(MESSAGES["objective_without_goal"])))
    for r in data.rows("goals"):
        if not with_projects.get(r["id"]):
            out.append(Gap("goal_without_project", "goals", r["id"], t(MESSAGES["goal_without_project"])))
        if r.get("baseline_value") is None or not r.get("baseline_year"):
            out.append(Gap("goal_without_baseline", "goals", r["id"], t(MESSAGES["goal_without_baseline"])))
    for r in data.rows("projects"):
        if not project_total(r):
            out.append(Gap("project_without_budget", "projects", r["id"], t(MESSAGES["project_without_budget"])))
    return out


def tree(data: PlanData, lang: str | None = None) -> list[Node]:
    """The chain as a tree rooted at problems; objectives answering no problem come last."""
    by_gap: dict[tuple[str, int], list[str]] = {}
    for g in gaps(data, lang):
        by_gap.setdefault((g.section, g.row_id), []).append(g.message)
    answered = objectives_of_problem(data)
    with_goals = goals_of_objective(data)
    with_projects = projects_of_goal(data)
    projects = data.by_id("projects")
    objectives = data.by_id("objectives")

    def node(section: str, rid: int) -> Node:
        return Node(section, rid, data.link_label(section, rid), gaps=by_gap.get((section, rid), []))

    def objective_node(oid: int) -> Node:
        n = node("objectives", oid)
        for gid in with_goals.get(oid, []):
            gn = node("goals", gid)
            gn.children = [node("projects", pid) for pid in with_projects.get(gid, []) if pid in projects]
            n.children.append(gn)
        return n

    roots = []
    used: set[int] = set()
    for p in data.rows("problems"):
        pn = node("problems", p["id"])
        for oid in answered.get(p["id"], []):
            if oid in objectives:
                pn.children.append(objective_node(oid))
                used.add(oid)
        roots.append(pn)
    roots += [objective_node(oid) for oid in objectives if oid not in used]
    return roots

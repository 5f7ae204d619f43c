"""The mainstreaming self-assessment: automatic answers, user overrides, index, next actions.

Scores: yes 1, partly 0.5, no 0; "not applicable" leaves the criterion out; a criterion
nobody answered (and the data cannot answer) counts as 0, so the index never flatters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from localplan import paths
from localplan.domain import budget
from localplan.domain.data import PlanData
from localplan.i18n import QT_TR_NOOP, T, plural, tr
from localplan.reference import choice_list

SCORES = {"yes": 1.0, "partly": 0.5, "no": 0.0}


@dataclass
class Result:
    code: str
    dimension: str
    label: str
    answer: str | None  # yes | partly | no | na | None (unanswered)
    source: str  # auto | user | none
    reason: str
    evidence: str = ""
    note: str = ""

    @property
    def score(self) -> float | None:
        if self.answer == "na":
            return None
        return SCORES.get(self.answer or "", 0.0)


@cache
def thresholds() -> dict[str, tuple[float, T]]:
    """code → (value, what it rests on): the self-assessment's thresholds (resources/reference/assessment.json)."""
    raw = json.loads(paths.resource("reference", "assessment.json").read_text(encoding="utf-8")).get("thresholds", {})
    return {k: (float(v["value"]), T.from_dict(v.get("source") or {})) for k, v in raw.items()}


def threshold(code: str, default: float) -> float:
    return thresholds().get(code, (default, T("", "")))[0]


def threshold_note(code: str) -> str:
    """" (threshold: 30 — <source>)" for the reason of an automatic answer."""
    value, source = thresholds().get(code, (None, T("", "")))
    if value is None:
        return ""
    shown = f"{value:g}"
    return " " + tr("(threshold {value}: {source})").format(value=shown, source=source.get()) if source.get() else ""


def _share(part: int, whole: int) -> str:
    needed = whole * threshold("share_all", 100) / 100
    return "yes" if whole and part >= needed else ("partly" if part else "no")


Auto = Callable[[PlanData], tuple[str, str] | None]
AUTO: dict[str, Auto] = {}


def auto(code: str) -> Callable[[Auto], Auto]:
    def register(fn: Auto) -> Auto:
        AUTO[code] = fn
        return fn
    return register


@auto("G1")
def _ordinance(data: PlanData) -> tuple[str, str]:
    from localplan.ordinance import approval

    steps = approval.recorded(data)
    status = approval.status_label(data)
    if any(code in steps for code in ("sanctioned", "override", "debate", *approval.PUBLICATION)):  # debate: parish
        return "yes", status
    if data.rows("ordinance_articles"):
        return "partly", status
    return "no", status


@auto("G2")
def _roundtable(data: PlanData) -> tuple[str, str]:
    n = sum(1 for r in data.rows("articulation") if r.get("instrument") == "roundtable")
    n += sum(1 for r in data.rows("participation") if r.get("mechanism") == "roundtable")
    return ("yes" if n else "no", plural(n, tr("1 roundtable in the management model."), tr("{count} roundtables in the management model.")))


@auto("G3")
def _ccpd(data: PlanData) -> tuple[str, str]:
    """The Consejo Cantonal (CCPD, policy) counts; the Junta Cantonal (JCPD, protective measures) does not.
    Yes when a CCPD works in the plan (articulation, project partner, risk coordination); partly when only listed."""
    councils = {r["id"] for r in data.rows("actors") if r.get("type") == "ccpd"}
    working = {r.get("actor") for r in data.rows("articulation")}
    working |= {a for s, f in (("projects", "partners"), ("risk_reduction", "coordination")) for r in data.rows(s) for a in (r.get(f) or [])}
    active = councils & working
    answer = "yes" if active else ("partly" if councils else "no")
    return (answer, plural(len(councils), tr("1 cantonal rights-protection council (CCPD) among the actors, {active} working "
                                             "in the plan; the protection boards (JCPD) are not counted here."),
                           tr("{count} cantonal rights-protection councils (CCPD) among the actors, {active} working in the "
                              "plan; the protection boards (JCPD) are not counted here."), active=len(active)))


@auto("P1")
def _profile(data: PlanData) -> tuple[str, str]:
    cats = {r.get("category") for r in data.rows("mobility_profile") if r.get("source") and r.get("year")}
    total = len(choice_list("mobility_categories"))
    return (_share(len(cats), total) if cats else "no",
            tr("{part} of {whole} mobility categories have a sourced figure.").format(part=len(cats), whole=total))


@auto("P2")
def _disaggregated(data: PlanData) -> tuple[str, str]:
    goals = data.rows("goals")
    n = sum(1 for g in goals if "mobility_category" in (g.get("disaggregation") or []))
    return (_share(n, len(goals)), tr("{part} of {whole} goals are disaggregated by mobility category.").format(part=n, whole=len(goals)))


@auto("P3")
def _budget(data: PlanData) -> tuple[str, str]:
    projects = data.rows("projects")
    n = sum(1 for p in projects if budget.project_total(p))
    return (_share(n, len(projects)), tr("{part} of {whole} projects have a budget.").format(part=n, whole=len(projects)))


@auto("P4")
def _aligned(data: PlanData) -> tuple[str, str]:
    objectives = data.rows("objectives")
    n = sum(1 for o in objectives if o.get("gcm") and o.get("pnd_axis"))
    return (_share(n, len(objectives)), tr("{part} of {whole} objectives are aligned to the GCM and the national plan.").format(
        part=n, whole=len(objectives)))


@auto("R3")
def _referral(data: PlanData) -> tuple[str, str]:
    n = sum(1 for r in data.rows("articulation") if r.get("instrument") == "referral_route")
    return ("yes" if n else "no", plural(n, tr("1 referral route agreed."), tr("{count} referral routes agreed.")))


@auto("C1")
def _participation(data: PlanData) -> tuple[str, str]:
    n = sum(1 for r in data.rows("participation") if r.get("groups"))
    return ("yes" if n >= threshold("C1_mechanisms", 2) else ("partly" if n else "no"),
            plural(n, tr("1 participation mechanism involves people in mobility."),
                   tr("{count} participation mechanisms involve people in mobility.")) + threshold_note("C1_mechanisms"))


@auto("C2")
def _cohesion(data: PlanData) -> tuple[str, str]:
    n = sum(1 for s in ("goals", "projects", "objectives") for r in data.rows(s) if {"16", "17"} & set(r.get("gcm") or []))
    return ("yes" if n else "no", plural(n, tr("1 objective, goal or project addresses GCM objectives 16 or 17."),
                                  tr("{count} objectives, goals or projects address GCM objectives 16 or 17.")))


@auto("C3")
def _organisations(data: PlanData) -> tuple[str, str]:
    n = sum(1 for r in data.rows("actors") if r.get("type") == "mobility_org")
    return ("yes" if n else "no", plural(n, tr("1 organisation of people in mobility among the actors."),
                                  tr("{count} organisations of people in mobility among the actors.")))


@auto("M1")
def _monitoring(data: PlanData) -> tuple[str, str]:
    goals = data.rows("goals")
    followed = {m.get("goal") for m in data.rows("monitoring") if m.get("responsible") and m.get("frequency")}
    n = sum(1 for g in goals if g["id"] in followed)
    return (_share(n, len(goals)), tr("{part} of {whole} goals have a responsible and a frequency.").format(part=n, whole=len(goals)))


@auto("M3")
def _achieved(data: PlanData) -> tuple[str, str]:
    goals = data.rows("goals")
    recorded = {m.get("goal") for m in data.rows("monitoring") if m.get("achieved_by_year")}
    n = sum(1 for g in goals if g["id"] in recorded)
    return (_share(n, len(goals)), tr("{part} of {whole} goals have achieved values recorded.").format(part=n, whole=len(goals)))


@auto("M4")
def _own_funds(data: PlanData) -> tuple[str, str]:
    total = budget.grand_total(data)
    own = budget.by_source(data)["own"]
    share = round(100 * own / total) if total else 0
    return ("yes" if share >= threshold("M4_own_funds_percent", 30) else ("partly" if share else "no"),
            tr("{share} % of the mobility budget comes from own funds.").format(share=share) + threshold_note("M4_own_funds_percent"))


def evaluate(data: PlanData) -> list[Result]:
    user = {r.get("criterion"): r for r in data.rows("self_assessment") if r.get("criterion")}
    out = []
    for c in choice_list("assessment_criteria"):
        dimension = c.get("dimension") or ""
        row = user.get(c.code)
        automatic = AUTO[c.code](data) if c.code in AUTO else None
        if row and row.get("answer"):
            reason = automatic[1] if automatic else ""
            out.append(Result(c.code, dimension, c.label.get(), row["answer"], "user", reason,
                              row.get("evidence") or "", row.get("note") or ""))
        elif automatic:
            out.append(Result(c.code, dimension, c.label.get(), automatic[0], "auto", automatic[1]))
        else:
            out.append(Result(c.code, dimension, c.label.get(), None, "none", tr("Not answered yet.")))
    return out


def index(data: PlanData) -> tuple[float, dict[str, float]]:
    """Overall and per-dimension index, 0–100."""
    results = evaluate(data)
    by_dim: dict[str, list[float]] = {}
    for r in results:
        if r.score is not None:
            by_dim.setdefault(r.dimension, []).append(r.score)
    dims = {d.code: round(100 * sum(v) / len(v), 1) if (v := by_dim.get(d.code)) else 0.0 for d in choice_list("assessment_dimensions")}
    scored = [s for r in results if (s := r.score) is not None]
    overall = round(100 * sum(scored) / len(scored), 1) if scored else 0.0
    return overall, dims


SUGGESTIONS = {
    "G1": QT_TR_NOOP("Draft the human-mobility ordinance from a template in the Ordinance step."),
    "G2": QT_TR_NOOP("Set up a local human-mobility roundtable and record it under Articulation."),
    "G3": QT_TR_NOOP("Work with the cantonal rights-protection council (CCPD) in the plan: an agreement, a project or risk coordination."),
    "G4": QT_TR_NOOP("Name a unit or officer responsible for human mobility."),
    "P1": QT_TR_NOOP("Add sourced figures for the mobility categories still missing."),
    "P2": QT_TR_NOOP("Disaggregate the goals by mobility category."),
    "P3": QT_TR_NOOP("Give every mobility project a budget per year."),
    "P4": QT_TR_NOOP("Align each objective to the GCM and to an axis of the national plan."),
    "R1": QT_TR_NOOP("Agree with health and education that people in mobility are served whatever their status."),
    "R2": QT_TR_NOOP("Plan projects on work, income and housing for people in mobility."),
    "R3": QT_TR_NOOP("Agree a referral route for victims of trafficking and smuggling."),
    "R4": QT_TR_NOOP("Open a service centre or help desk for people in mobility."),
    "C1": QT_TR_NOOP("Involve people in mobility through a participation mechanism."),
    "C2": QT_TR_NOOP("Plan actions against xenophobia and for social cohesion (GCM 16, 17)."),
    "C3": QT_TR_NOOP("Recognise organisations of people in mobility as actors."),
    "C4": QT_TR_NOOP("Share information on rights and services in accessible formats."),
    "M1": QT_TR_NOOP("Give every goal a responsible and a monitoring frequency."),
    "M2": QT_TR_NOOP("Set up a local information system with data disaggregated by mobility."),
    "M3": QT_TR_NOOP("Record the achieved value of every goal each year."),
    "M4": QT_TR_NOOP("Fund part of the mobility projects from the GAD's own resources."),
}


def next_actions(data: PlanData, n: int = 5) -> list[tuple[str, float, str]]:
    """(criterion code, points the overall index would gain, suggestion) — the largest gains first."""
    results = evaluate(data)
    counted = sum(1 for r in results if r.score is not None) or 1
    gains = [(r.code, round(100 * (1 - r.score) / counted, 1), tr(SUGGESTIONS[r.code]))
             for r in results if r.score is not None and r.score < 1]
    return sorted(gains, key=lambda g: (-g[1], g[0]))[:n]

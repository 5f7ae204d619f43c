"""The checks. Each rule reads PlanData and yields findings; indexes are built once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from localplan.checks.findings import Finding, Severity
from localplan.checks.registry import rule
from localplan.domain import budget, traceability
from localplan.domain.data import PlanData, links_to
from localplan.forms import SECTIONS, FieldType
from localplan.i18n import tr

E, W, NOTE = Severity.ERROR, Severity.WARNING, Severity.INFO
DISAGGREGATION_FIELDS = ("disability", "ethnicity", "migratory_status", "sogi")  # profile fields new in schema 4


@rule
def goals(data: PlanData) -> Iterator[Finding]:
    period = data.period
    delivered = traceability.projects_of_goal(data)
    monitored = {m.get("goal") for m in data.rows("monitoring")}
    for g in data.rows("goals"):
        gid = g["id"]
        if g.get("baseline_value") is None or not g.get("baseline_year"):
            yield Finding("goal_without_baseline", E, "goals", gid, "baseline_value" if g.get("baseline_value") is None else "baseline_year",
                          tr("The goal has no baseline: the national planning system cannot take a goal without one."),
                          tr("Enter the baseline value and the year it was measured."))
        if period and g.get("target_year") and not period[0] <= g["target_year"] <= period[1]:
            yield Finding("goal_target_outside_period", E, "goals", gid, "target_year",
                          tr("The target year {year} is outside the plan period {start}–{end}.").format(
                              year=g["target_year"], start=period[0], end=period[1]),
                          tr("Choose a target year within the plan period."))
        if g.get("baseline_year") and g.get("target_year") and g["target_year"] < g["baseline_year"]:
            yield Finding("goal_target_before_baseline", E, "goals", gid, "target_year",
                          tr("The target year comes before the baseline year."), tr("Correct one of the two years."))
        outside = [y for y in (g.get("yearly_targets") or {}) if period and not period[0] <= int(y) <= period[1]]
        if outside:
            yield Finding("goal_programme_outside_period", W, "goals", gid, "yearly_targets",
                          tr("Values are programmed for years outside the plan period: {years}.").format(years=", ".join(outside)),
                          tr("Programme only the years of the plan period."))
        elif period and not g.get("yearly_targets"):
            yield Finding("goal_without_programme", W, "goals", gid, "yearly_targets",
                          tr("The goal has no value programmed per year."), tr("Programme a value for each year of the period."))
        if not delivered.get(gid):
            yield Finding("goal_without_project", W, "goals", gid, None, tr("No project delivers this goal."),
                          tr("Link the goal from a project in “Programs and projects”."))
        if gid not in monitored:
            yield Finding("goal_without_monitoring", NOTE, "goals", gid, None, tr("The goal has no monitoring entry."),
                          tr("Say who follows it, how often and in which report (Management model)."))
        if not g.get("objective"):
            yield Finding("goal_without_objective", W, "goals", gid, "objective", tr("The goal is not linked to an objective."),
                          tr("Choose the strategic objective it serves."))


@rule
def projects(data: PlanData) -> Iterator[Finding]:
    period = data.period
    for p in data.rows("projects"):
        pid = p["id"]
        total = budget.project_total(p)
        if not total:
            yield Finding("project_without_budget", E, "projects", pid, "budget_by_year", tr("The project has no budget."),
                          tr("Enter its budget per year in USD."))
        elif not budget.sources_match(p):
            yield Finding("project_budget_mismatch", E, "projects", pid, "budget_own",
                          tr("The budget by year adds up to {total} but the funding sources add up to {sources}.").format(
                              total=f"{total:,.2f}", sources=f"{budget.source_total(p):,.2f}"),
                          tr("Make the funding sources add up to the yearly budget."))
        years = [int(y) for y in (p.get("budget_by_year") or {})]
        if period and years and (min(years) < period[0] or max(years) > period[1]):
            yield Finding("project_budget_outside_period", W, "projects", pid, "budget_by_year",
                          tr("Part of the budget falls outside the plan period {start}–{end}.").format(start=period[0], end=period[1]),
                          tr("Budget only the years of the plan period."))
        for fid in ("start_year", "end_year"):
            if period and p.get(fid) and not period[0] <= p[fid] <= period[1]:
                yield Finding("project_outside_period", W, "projects", pid, fid,
                              tr("The project runs outside the plan period."), tr("Adjust its start and end years."))
        if not p.get("goals"):
            yield Finding("project_without_goal", W, "projects", pid, "goals", tr("The project serves no goal."),
                          tr("Link the goals the project delivers."))


@rule
def chain(data: PlanData) -> Iterator[Finding]:
    for gap in traceability.gaps(data):
        if gap.kind == "problem_without_objective":
            yield Finding(gap.kind, E, "problems", gap.row_id, None, gap.message,
                          tr("Link the problem from a strategic objective, or lower its priority if it is not one."))
        elif gap.kind == "objective_without_goal":
            yield Finding(gap.kind, W, "objectives", gap.row_id, None, gap.message, tr("Add at least one goal for it."))


@rule
def gcm_coverage(data: PlanData) -> Iterator[Finding]:
    proposed = {c for s in ("objectives", "goals", "projects") for r in data.rows(s) for c in (r.get("gcm") or [])}
    named: dict[str, int] = {}
    for p in data.rows("problems"):
        for c in p.get("gcm") or []:
            named.setdefault(c, p["id"])
    for code, pid in sorted(named.items(), key=lambda kv: int(kv[0])):
        if code not in proposed:
            yield Finding("gcm_missing_in_proposal", W, "problems", pid, "gcm",
                          tr("GCM objective {number} is named in the diagnosis but no objective, goal or project addresses it.").format(number=code),
                          tr("Align an objective, goal or project to it, or remove it from the diagnosis."))


@rule
def profile(data: PlanData) -> Iterator[Finding]:
    seen: Counter[tuple[Any, ...]] = Counter()
    for r in data.rows("mobility_profile"):
        rid = r["id"]
        if not r.get("source"):
            yield Finding("figure_without_source", W, "mobility_profile", rid, "source", tr("The figure has no source."),
                          tr("Say where it comes from (census, registry, survey…)."))
        if not r.get("year"):
            yield Finding("figure_without_year", W, "mobility_profile", rid, "year", tr("The figure has no year."), tr("Enter the year."))
        if r.get("value") is not None and r.get("not_available"):
            yield Finding("figure_value_and_not_available", W, "mobility_profile", rid, "not_available",
                          tr("The figure has a value but is marked as not available."), tr("Keep one of the two."))
        if r.get("value") is None and not r.get("not_available"):
            yield Finding("figure_without_value", NOTE, "mobility_profile", rid, "value",
                          tr("The figure has no value."), tr("Enter it, or mark it as not available (which is not zero)."))
        key = (r.get("category"), r.get("nationality"), r.get("sex"), r.get("age_group"), r.get("parish"), r.get("year"),
               *(r.get(k) for k in DISAGGREGATION_FIELDS))
        seen[key] += 1
        if seen[key] == 2:
            yield Finding("figure_duplicate", W, "mobility_profile", rid, None,
                          tr("Another figure has the same category, nationality, sex, age, parish, year and other disaggregation."),
                          tr("Merge them or tell them apart."))


@rule
def dangling_links(data: PlanData) -> Iterator[Finding]:
    ids = {s.id: {r["id"] for r in data.rows(s.id)} for s in SECTIONS if not s.single}
    for target in ids:
        for src, fid, ftype in links_to(target):
            for r in data.rows(src):
                value = r.get(fid)
                missing = ([value] if ftype is FieldType.LINK and value is not None else
                           list(value or []) if ftype is FieldType.MULTILINK else [])
                for v in missing:
                    if v not in ids[target]:
                        yield Finding("missing_reference", E, src, r["id"], fid,
                                      tr("It refers to row #{id}, which does not exist.").format(id=v),
                                      tr("Choose an existing row or remove the reference."))


@rule
def competences(data: PlanData) -> Iterator[Finding]:
    from localplan.checks.competences import project_findings

    yield from project_findings(data)


@rule
def ordinance(data: PlanData) -> Iterator[Finding]:
    from localplan.ordinance import checks as module

    severities = {"error": E, "warning": W, "info": NOTE}
    for item in module.run(data):
        if not item.ok:
            yield Finding(f"ordinance_{item.id}", severities.get(item.severity, W), item.section or "ordinance",
                          item.row, None, item.message, tr("Complete the ordinance in its step."))

"""Checks of the 2019 planning guide's structure (registered with the other rules).

Indicators (type, whole-number counts, programming after the baseline), equality approaches and
their disaggregation, national-plan alignment with its version, the management model's four
strategies, and COOTAD art. 249's floor for priority-attention groups.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from localplan import formatting
from localplan.checks.findings import Finding, Severity
from localplan.checks.registry import rule
from localplan.domain import budget
from localplan.domain.data import PlanData
from localplan.forms.values import choice_label
from localplan.i18n import tr
from localplan.reference import choice_list

E, W, NOTE = Severity.ERROR, Severity.WARNING, Severity.INFO


def _shown(values: Iterable[float]) -> str:
    return ", ".join(formatting.number(v, 2).rstrip("0").rstrip(",.") for v in values)


def _whole(value: Any) -> bool:
    return value is None or float(value).is_integer()


def approach_disaggregation() -> dict[str, str]:
    """Equality approach → the disaggregation a goal claiming it needs (reference data)."""
    return {c.code: c.get("disaggregation") or "" for c in choice_list("equality_approaches")}


@rule
def indicators(data: PlanData) -> Iterator[Finding]:
    for g in data.rows("goals"):
        gid = g["id"]
        yearly = g.get("yearly_targets") or {}
        base = g.get("baseline_year")
        if g.get("measure") == "count":
            bad = [v for v in (g.get("baseline_value"), g.get("target_value"), *yearly.values()) if not _whole(v)]
            if bad:
                yield Finding("goal_count_not_whole", E, "goals", gid, "target_value" if not _whole(g.get("target_value")) else "yearly_targets",
                              tr("The indicator counts people or things, but has decimal values: {values}.").format(values=_shown(bad)),
                              tr("Use whole numbers, or change the measure if it is not a count."))
        early = sorted(y for y in yearly if base and int(y) <= int(base))
        if early:
            yield Finding("goal_programme_in_baseline", W, "goals", gid, "yearly_targets",
                          tr("Targets are programmed for the baseline year {base} or before: {years}.").format(
                              base=base, years=", ".join(early)),
                          tr("The baseline year holds the baseline; programme only the years after it."))
        if base and g.get("target_year") and int(g["target_year"]) == int(base):
            yield Finding("goal_target_in_baseline", E, "goals", gid, "target_year",
                          tr("The target year is the baseline year."), tr("Choose a target year after the baseline year."))
        if g.get("indicator_kind") == "cumulative" and g.get("direction") in ("increase", "decrease") and len(yearly) > 1:
            values = [yearly[y] for y in sorted(yearly, key=int)]
            pairs = list(zip(values, values[1:]))
            if any((b < a) if g["direction"] == "increase" else (b > a) for a, b in pairs):
                yield Finding("goal_cumulative_reverses", W, "goals", gid, "yearly_targets",
                              tr("A cumulative indicator's programmed values go against its direction from one year to the next."),
                              tr("Cumulative values keep what earlier years reached; check the values or the indicator type."))
        if g.get("indicator") and not (g.get("indicator_kind") and g.get("measure")):
            yield Finding("goal_without_indicator_type", NOTE, "goals", gid, "indicator_kind" if not g.get("indicator_kind") else "measure",
                          tr("The indicator does not say whether it is cumulative or per year, or what it measures."),
                          tr("Choose its type and its measure."))


@rule
def achieved_counts(data: PlanData) -> Iterator[Finding]:
    goals = data.by_id("goals")
    for m in data.rows("monitoring"):
        goal = goals.get(m.get("goal", 0)) or {}
        bad = [v for v in (m.get("achieved_by_year") or {}).values() if not _whole(v)]
        if goal.get("measure") == "count" and bad:
            yield Finding("achieved_count_not_whole", E, "monitoring", m["id"], "achieved_by_year",
                          tr("The goal's indicator is a count, but achieved values have decimals: {values}.").format(values=_shown(bad)),
                          tr("Record whole numbers."))


@rule
def approaches(data: PlanData) -> Iterator[Finding]:
    needed = approach_disaggregation()
    for g in data.rows("goals"):
        have = set(g.get("disaggregation") or [])
        for code in g.get("approaches") or []:
            want = needed.get(code)
            if want and want not in have:
                yield Finding("goal_approach_not_disaggregated", W, "goals", g["id"], "disaggregation",
                              tr("The goal claims the {approach} approach but is not disaggregated by {by}.").format(
                                  approach=choice_label("equality_approaches", code), by=choice_label("disaggregation", want)),
                              tr("Add the disaggregation, or remove the approach."))
        if g.get("groups") and "mobility_category" not in have and "mobility" not in (g.get("approaches") or []):
            yield Finding("goal_groups_not_disaggregated", W, "goals", g["id"], "disaggregation",
                          tr("The goal names mobility groups but is not disaggregated by mobility category."),
                          tr("Add the disaggregation by mobility category."))


@rule
def national_plan(data: PlanData) -> Iterator[Finding]:
    for sid in ("objectives", "goals"):
        for r in data.rows(sid):
            if (r.get("pnd_objective") or r.get("pnd_target")) and not r.get("pnd_version"):
                yield Finding("pnd_without_version", W, sid, r["id"], "pnd_version",
                              tr("The national plan objective or target does not say which national plan it belongs to."),
                              tr("Choose the national plan's version."))


@rule
def management_model(data: PlanData) -> Iterator[Finding]:
    if not data.rows("objectives"):
        return
    if not (data.record("vision") or {}).get("vision"):
        yield Finding("proposal_without_vision", NOTE, "vision", None, "vision", tr("The proposal has no vision."),
                      tr("Write the vision that heads the proposal."))
    for sid in ("articulation", "risk_reduction", "monitoring", "dissemination"):
        if not data.rows(sid):
            yield Finding("management_strategy_missing", NOTE, sid, None, None,
                          tr("The management model lacks one of the guide's four strategies."),
                          tr("Add at least one row to this strategy."))


@rule
def priority_floor(data: PlanData) -> Iterator[Finding]:
    for y in budget.cootad_249(data):
        if y["met"] is False:
            yield Finding("cootad_249_floor", W, "gad", None, "priority_budget",
                          tr("In {year} the budget for priority-attention groups ({priority}) is below 10 % of the non-tax "
                             "revenue ({floor}; COOTAD art. 249).").format(
                              year=y["year"], priority=formatting.money(y["priority"]), floor=formatting.money(y["floor"])),
                          tr("Check the figures against the GAD's budget."))

"""Budget figures of the projects (no Qt): totals by year, source, GCM objective, group.

A project's total is the sum of its budget per year. Amounts by GCM objective and by
mobility group are split evenly among the objectives or groups a project names, so every
breakdown adds up to the same grand total ("unspecified" holds the rest).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from localplan.domain.data import PlanData
from localplan.forms.proposal import FUNDING_FIELDS

UNSPECIFIED = "unspecified"


def project_total(row: dict[str, Any]) -> float:
    by_year: dict[str, float] = row.get("budget_by_year") or {}
    return round(sum(by_year.values()), 2)


def source_total(row: dict[str, Any]) -> float:
    return round(sum(row.get(f) or 0 for f in FUNDING_FIELDS.values()), 2)


def sources_match(row: dict[str, Any]) -> bool:
    """True when no source is given, or sources add up to the yearly budget (to the cent)."""
    if not any(row.get(f) is not None for f in FUNDING_FIELDS.values()):
        return True
    return abs(source_total(row) - project_total(row)) < 0.005


def grand_total(data: PlanData) -> float:
    return round(sum(project_total(r) for r in data.rows("projects")), 2)


def by_year(data: PlanData) -> dict[int, float]:
    out: dict[int, float] = defaultdict(float)
    for r in data.rows("projects"):
        for year, amount in (r.get("budget_by_year") or {}).items():
            out[int(year)] += amount
    return {y: round(v, 2) for y, v in sorted(out.items())}


def by_source(data: PlanData) -> dict[str, float]:
    out = {code: 0.0 for code in FUNDING_FIELDS}
    for r in data.rows("projects"):
        for code, fid in FUNDING_FIELDS.items():
            out[code] += r.get(fid) or 0
    return {k: round(v, 2) for k, v in out.items()}


def _split(data: PlanData, key: Callable[[dict[str, Any]], list[str] | None]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for r in data.rows("projects"):
        total = project_total(r)
        keys = key(r) or [UNSPECIFIED]
        for k in keys:
            out[k] += total / len(keys)
    return {k: round(v, 2) for k, v in out.items()}


def project_gcm(data: PlanData, row: dict[str, Any]) -> list[str]:
    """The project's GCM objectives, or else those of its goals and objectives."""
    if row.get("gcm"):
        return list(row["gcm"])
    goals, objectives = data.by_id("goals"), data.by_id("objectives")
    found: list[str] = []
    for gid in row.get("goals") or []:
        g = goals.get(gid) or {}
        found += g.get("gcm") or []
        if g.get("objective") is not None:
            found += (objectives.get(g["objective"]) or {}).get("gcm") or []
    for oid in row.get("objectives") or []:
        found += (objectives.get(oid) or {}).get("gcm") or []
    return sorted(set(found), key=int)


def by_gcm(data: PlanData) -> dict[str, float]:
    return _split(data, lambda r: project_gcm(data, r))


def by_group(data: PlanData) -> dict[str, float]:
    return _split(data, lambda r: r.get("groups"))


# --- COOTAD art. 249: at least 10 % of non-tax revenue for priority-attention groups ----------

COOTAD_249_SHARE = 10.0  # percent of the GAD's non-tax revenue (COOTAD art. 249)


def cootad_249(data: PlanData) -> list[dict[str, Any]]:
    """One row per year the GAD gave its non-tax revenue or its priority-group budget for:
    {year, revenue, floor, priority, mobility, met}. `floor` is 10 % of the non-tax revenue;
    `priority` the GAD's whole budget for priority-attention groups that year; `mobility` this
    plan's project budget that year (part of it); `met` None when revenue or priority is unknown."""
    gad = data.gad
    revenue = {int(y): v for y, v in (gad.get("non_tax_revenue") or {}).items()}
    priority = {int(y): v for y, v in (gad.get("priority_budget") or {}).items()}
    mobility = by_year(data)
    out = []
    for year in sorted(set(revenue) | set(priority)):
        rev, pri = revenue.get(year), priority.get(year)
        floor = round(rev * COOTAD_249_SHARE / 100, 2) if rev is not None else None
        out.append({"year": year, "revenue": rev, "floor": floor, "priority": pri, "mobility": mobility.get(year, 0.0),
                    "met": None if floor is None or pri is None else pri + 0.005 >= floor})
    return out

"""One plan reduced to the figures the ministry compares (no Qt)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from typing import Any

from localplan.domain import budget, completeness, profile_summary
from localplan.domain.data import PlanData
from localplan.reference import choice_list, dpa


@dataclass
class PlanSummary:
    source: str  # file or package the data came from
    gad_code: str
    gad_name: str
    level: str | None
    province: str | None
    period: str
    created: str  # when the plan (or package) was made, to keep the newest of duplicates
    example: bool
    people: dict[str, int | None] = field(default_factory=dict)  # by mobility category
    people_total: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    budget_total: float = 0.0
    budget_by_gcm: dict[str, float] = field(default_factory=dict)
    gcm_covered: list[str] = field(default_factory=list)
    completeness: dict[str, float | None] = field(default_factory=dict)
    index: float | None = None
    ordinance_status: str | None = None
    errors: int | None = None
    warnings: int | None = None


def gcm_covered(data: PlanData) -> list[str]:
    codes: set[str] = set()
    for section in ("objectives", "goals", "projects"):
        for r in data.rows(section):
            codes.update(r.get("gcm") or [])
    return sorted(codes, key=int)


def _optional(module: str, attr: str) -> Any:
    """An attribute of a module that may not exist in this build (None when missing)."""
    try:
        if importlib.util.find_spec(module) is None:
            return None
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):  # ModuleNotFoundError when the parent package is missing
        return None


def summarize(data: PlanData, source: str, created: str = "") -> PlanSummary:
    gad = data.gad
    code = gad.get("gad_code") or ""
    path = dpa().path(code)
    province = path[0].name if path else None
    period = data.period
    cats = profile_summary.by_category(data)
    summary = PlanSummary(
        source=source, gad_code=code, gad_name=data.gad_title(), level=gad.get("level"), province=province,
        period=f"{period[0]}–{period[1]}" if period else "", created=created or data.meta.get("created", ""),
        example=data.is_example,
        people={c.category: c.persons for c in cats}, people_total=sum(c.persons or 0 for c in cats),
        counts=data.counts(), budget_total=budget.grand_total(data), budget_by_gcm=budget.by_gcm(data),
        gcm_covered=gcm_covered(data), completeness=completeness.all_steps(data),
    )
    index = _optional("localplan.checks.assessment", "index")
    if index is not None:
        summary.index = round(index(data)[0], 1)
    check = _optional("localplan.checks.run", "check")
    if check is not None:
        findings = check(data)
        summary.errors = sum(1 for f in findings if str(getattr(f, "severity", "")).endswith("error"))
        summary.warnings = sum(1 for f in findings if str(getattr(f, "severity", "")).endswith("warning"))
    status = _optional("localplan.ordinance.approval", "status_label")
    if status is not None:
        try:
            summary.ordinance_status = status(data)
        except Exception:  # noqa: BLE001 - a summary never fails on one optional figure
            summary.ordinance_status = None
    return summary


def categories() -> list[str]:
    return [c.code for c in choice_list("mobility_categories")]

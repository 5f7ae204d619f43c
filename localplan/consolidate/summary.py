"""One plan reduced to the figures the ministry compares (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from localplan.checks import assessment, run
from localplan.domain import budget, completeness, profile_summary
from localplan.domain.data import PlanData
from localplan.ordinance import approval
from localplan.reference import choice_list, dpa


@dataclass
class PlanSummary:
    source: str  # file or package the data came from
    gad_code: str
    gad_name: str
    level: str | None
    province: str | None
    period: str
    created: str  # when the plan (or package) was made
    example: bool
    people: dict[str, int | None] = field(default_factory=dict)  # by mobility category; None: no figure
    people_total: int | None = None  # people in mobility living in the territory; None: no figure (never 0 for "unknown")
    transit: int | None = None  # a flow, kept apart from residents
    emigrants: int | None = None  # living abroad, kept apart from residents
    counts: dict[str, int] = field(default_factory=dict)
    budget_total: float | None = None  # None: no project carries a budget
    budget_by_gcm: dict[str, float] = field(default_factory=dict)
    gcm_covered: list[str] = field(default_factory=list)
    completeness: dict[str, float | None] = field(default_factory=dict)
    index: float | None = None
    ordinance_status: str | None = None
    errors: int | None = None  # as `localplan check` counts them
    warnings: int | None = None
    last_edit: str = ""  # when the plan was last changed (ISO); decides between duplicates
    fingerprint: str = ""
    has_content: bool = False  # anything beyond the GAD profile
    package_verified: bool | None = None  # None: not read from a package
    package_problems: list[str] = field(default_factory=list)
    level_kind: str | None = None  # the row of the levels table: "metropolitan" for Quito, "special_regime" for Galápagos


def level_kind(data: PlanData) -> str | None:
    """The levels table's row for this plan (resources/ordinance/levels.json); None when the profile gives
    neither a level nor a code."""
    if not (data.gad.get("level") or data.gad.get("gad_code")):
        return None
    from localplan.ordinance.library import level_of

    return level_of(data)


def level_name(kind: str | None, fallback: str | None = None, lang: str | None = None) -> str:
    """The level as the levels table names it ("Distrito metropolitano"), else the profile's choice."""
    from localplan.forms.values import choice_label
    from localplan.ordinance.library import levels

    level = levels().get(kind or "")
    if level is not None:
        return level.label.get(lang)
    return choice_label("gad_levels", fallback, lang) if fallback else ""


def gcm_covered(data: PlanData) -> list[str]:
    codes: set[str] = set()
    for section in ("objectives", "goals", "projects"):
        for r in data.rows(section):
            codes.update(r.get("gcm") or [])
    return sorted(codes, key=int)


def people_figures(data: PlanData) -> tuple[dict[str, int | None], int | None, int | None, int | None]:
    """(by category, residents, transit, emigrants): the figures the roll-up adds
    (`profile_summary.key_figures`: residents each counted once; transit and emigrants kept
    apart). A plan without figures gives None, never 0."""
    by_cat = {c.category: c.persons for c in profile_summary.by_category(data)}
    kf = profile_summary.key_figures(data)
    return (by_cat, kf.residents, kf.transit.persons if kf.transit else None,
            kf.emigrants.persons if kf.emigrants else None)


def has_content(data: PlanData) -> bool:
    """Whether the plan holds anything beyond its GAD profile (a new, untouched plan does not)."""
    from localplan.forms import SECTIONS

    for sec in SECTIONS:
        if sec.id == "gad":
            continue
        if sec.single:
            if any(v not in (None, "", [], {}) for k, v in data.record(sec.id).items() if k != "id"):
                return True
        elif data.rows(sec.id):
            return True
    return False


def summarize(data: PlanData, source: str, created: str = "", last_edit: str = "") -> PlanSummary:
    from localplan.exports.fingerprint import fingerprint

    gad = data.gad
    code = gad.get("gad_code") or ""
    path = dpa().path(code)
    province = path[0].name if path else None
    unit = dpa().get(code)
    period = data.period
    people, residents, transit, emigrants = people_figures(data)
    projects_with_budget = any(r.get("budget_by_year") for r in data.rows("projects"))
    summary = PlanSummary(
        source=source, gad_code=code, gad_name=data.gad_title(), level=gad.get("level"), province=province,
        period=f"{period[0]}–{period[1]}" if period else "", created=created or data.meta.get("created", ""),
        example=data.is_example or bool(unit is not None and getattr(unit, "example", False)),
        people=people, people_total=residents, transit=transit, emigrants=emigrants,
        counts=data.counts(), budget_total=budget.grand_total(data) if projects_with_budget else None,
        budget_by_gcm=budget.by_gcm(data), gcm_covered=gcm_covered(data), completeness=completeness.all_steps(data),
        last_edit=last_edit or data.meta.get("last_edit") or created or data.meta.get("created", ""),
        fingerprint=fingerprint(data), has_content=has_content(data), level_kind=level_kind(data),
    )
    summary.index = round(assessment.index(data)[0], 1)
    severity = [f.severity.value for f in run.check(data)]
    summary.errors = severity.count("error")
    summary.warnings = severity.count("warning")
    try:
        summary.ordinance_status = approval.status_label(data)
    except Exception:  # noqa: BLE001 - a summary never fails on one figure (the log keeps why)
        from localplan.logs import log_exception

        log_exception("ordinance status for the roll-up")
        summary.ordinance_status = None
    return summary


def categories() -> list[str]:
    return [c.code for c in choice_list("mobility_categories")]

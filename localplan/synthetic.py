"""Synthetic plans generated from the form specs, deterministic by seed (no Qt).

Used by the benchmarks (a "large" plan modelled on a metropolitan district), by the
consolidation tests (hundreds of plans) and by property tests. Values follow each field's
type, bounds and choice list; links point at rows that exist; projects' funding sources
add up to their yearly budget so the data is realistic for the checker. Every section of the
guide's structure is filled — vision, policies, strategies, disaster-risk reduction,
dissemination, the ordinance's heading — and every field, the newer ones included (indicator
type and measure, competence, disaggregation, equality approaches, the GAD's non-tax revenue),
so the benchmarks measure them: counts are whole numbers, a cumulative indicator never goes
against its direction, and the budget for priority groups is at least COOTAD art. 249's 10 %.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

from localplan.domain.data import PlanData
from localplan.forms import SECTIONS, Field, FieldType, Section
from localplan.forms.proposal import FUNDING_FIELDS
from localplan.forms.values import Context, choice_items
from localplan.reference import dpa

SIZES: dict[str, dict[str, int]] = {
    "large": {"mobility_profile": 300, "mobility_narratives": 8, "problems": 400, "actors": 150, "objectives": 40,
              "goals": 300, "projects": 400, "articulation": 80, "monitoring": 300, "participation": 30, "risks": 40,
              "self_assessment": 20, "ordinance_articles": 150, "ordinance_recitals": 30, "ordinance_dispositions": 12,
              "ordinance_steps": 8, "ordinance_versions": 3, "policies": 30, "strategies": 60, "risk_reduction": 40,
              "dissemination": 20},
    "medium": {},
    "small": {},
}
SIZES["medium"] = {k: max(2, v // 4) for k, v in SIZES["large"].items()}
SIZES["small"] = {k: max(1, v // 20) for k, v in SIZES["large"].items()}

WORDS = ("movilidad humana inclusión acceso vivienda empleo salud educación niñez adolescencia frontera tránsito "
         "retorno protección derechos xenofobia cohesión social remesas diáspora trata tráfico ruta atención "
         "parroquia cantón mesa técnica consejo cooperación presupuesto meta indicador línea base señalización "
         "albergue orientación jurídica regularización documentación emprendimiento capacitación año niñas "
         "mujeres jóvenes ñandú pequeña “comunidad” ¿quién? ¡sí! acción–reacción").split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _value(rng: random.Random, f: Field, ctx: Context, ids: dict[str, list[int]], years: list[int]) -> Any:
    t = f.type
    lo = f.minimum if f.minimum is not None else 0
    hi = f.maximum if f.maximum is not None else 5000
    if t is FieldType.TEXT:
        return _text(rng, rng.randint(2, 7))[: f.max_length]
    if t is FieldType.LONGTEXT:
        return ". ".join(_text(rng, rng.randint(6, 14)) for _ in range(rng.randint(1, 3))) + "."
    if t is FieldType.INTEGER:
        return rng.randint(int(lo), int(hi))
    if t in (FieldType.DECIMAL, FieldType.PERCENT):
        return round(rng.uniform(lo, min(hi, 100.0) if t is FieldType.PERCENT else hi), 2)
    if t is FieldType.MONEY:
        return round(rng.uniform(1000, 250000), 2)
    if t is FieldType.YEAR:
        return rng.choice(years)
    if t is FieldType.DATE:
        return f"{rng.choice(years)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if t is FieldType.BOOL:
        return rng.choice((0, 1))
    if t in (FieldType.CHOICE, FieldType.MULTICHOICE):
        codes = [c for c, _ in choice_items(f.choices or "", ctx)]
        if f.choices == "dpa_units" or not codes:
            return None
        if t is FieldType.CHOICE:
            return rng.choice(codes)
        return sorted(rng.sample(codes, rng.randint(1, min(3, len(codes)))), key=codes.index)
    if t in (FieldType.LINK, FieldType.MULTILINK):
        targets = ids.get(f.link or "", [])
        if not targets:
            return None
        if t is FieldType.LINK:
            return rng.choice(targets)
        return sorted(rng.sample(targets, rng.randint(1, min(3, len(targets)))))
    if t is FieldType.YEAR_VALUES:
        return {str(y): round(rng.uniform(1000, 90000), 2) for y in years}
    raise ValueError(t)


def _row(rng: random.Random, sec: Section, ctx: Context, ids: dict[str, list[int]], years: list[int]) -> dict[str, Any]:
    row = {f.id: _value(rng, f, ctx, ids, years) for f in sec.fields}
    if sec.id == "projects":
        total = round(sum(row["budget_by_year"].values()), 2)
        shares = [rng.random() for _ in FUNDING_FIELDS]
        parts = [round(total * s / sum(shares), 2) for s in shares]
        parts[-1] = round(total - sum(parts[:-1]), 2)
        row.update(dict(zip(FUNDING_FIELDS.values(), parts)))
        row["start_year"], row["end_year"] = years[0], years[-1]
    if sec.id == "mobility_profile":
        row["not_available"] = 0
    if sec.id == "goals":
        row["baseline_year"] = years[0] - 1
        row["target_year"] = years[-1]
        _indicator(row)
    return row


def _indicator(goal: dict[str, Any]) -> None:
    """A count in whole numbers; a cumulative indicator's yearly values in its direction."""
    yearly = goal.get("yearly_targets") or {}
    if goal.get("measure") == "count":
        for f in ("baseline_value", "target_value"):
            if goal.get(f) is not None:
                goal[f] = float(round(goal[f]))
        yearly = {y: float(round(v)) for y, v in yearly.items()}
    if goal.get("indicator_kind") == "cumulative" and goal.get("direction") in ("increase", "decrease"):
        values = sorted(yearly.values(), reverse=goal["direction"] == "decrease")
        yearly = dict(zip(sorted(yearly, key=int), values))
    if yearly:
        goal["yearly_targets"] = yearly


def _whole_achievements(sections: dict[str, list[dict[str, Any]]]) -> None:
    """What monitoring records for a count is a whole number too."""
    counts = {g["id"] for g in sections.get("goals", []) if g.get("measure") == "count"}
    for m in sections.get("monitoring", []):
        if m.get("goal") in counts and m.get("achieved_by_year"):
            m["achieved_by_year"] = {y: float(round(v)) for y, v in m["achieved_by_year"].items()}


def generate(size: str = "large", seed: int = 0, gad_code: str | None = None, period: tuple[int, int] = (2023, 2027)) -> PlanData:
    rng = random.Random(f"{size}-{seed}")
    counts = SIZES[size]
    cantons = [u.code for u in dpa().level_units("canton")]
    code = gad_code or rng.choice(cantons)
    unit = dpa().get(code)
    years = list(range(period[0], period[1] + 1))
    ids = {s.id: list(range(1, counts.get(s.id, 0) + 1)) for s in SECTIONS if not s.single}
    ctx = Context(gad_code=code, period=period)
    sections: dict[str, list[dict[str, Any]]] = {
        "gad": [{"id": 1, "gad_code": code, "name": f"GAD Municipal de {unit.name if unit else code}",
                 "level": dpa().gad_level(code), "period_start": period[0], "period_end": period[1],
                 "authority": _text(rng, 3), "planning_unit": _text(rng, 3), "team": _text(rng, 8), "contact": "plan@gad.gob.ec"}],
    }
    for sec in SECTIONS:
        if sec.single:
            continue
        sections[sec.id] = [{"id": i, **_row(rng, sec, ctx, ids, years)} for i in ids[sec.id]]
    _whole_achievements(sections)
    for sec in SECTIONS:  # the single sections after the gad: the vision, the ordinance's heading
        if sec.single and sec.id != "gad":
            sections[sec.id] = [{"id": 1, **_row(rng, sec, ctx, ids, years)}]
    if "vision" in sections:
        sections["vision"][0]["horizon_year"] = years[-1]
    revenue = {str(y): float(rng.randrange(1_000_000, 60_000_000, 1000)) for y in years}
    sections["gad"][0].update(non_tax_revenue=revenue, priority_budget={
        y: round(v * rng.uniform(0.10, 0.14), 2) for y, v in revenue.items()})  # COOTAD art. 249: at least 10 %
    return PlanData(sections, {"example": "0"})


def write_plan(path: str | os.PathLike[str], size: str = "large", seed: int = 0, **kw: Any) -> Path:
    from localplan.imports.json_import import create_from

    return create_from(generate(size, seed, **kw), path, overwrite=True)

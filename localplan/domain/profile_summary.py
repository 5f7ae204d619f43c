"""The mobility profile summed up without double counting (no Qt).

Rows may be disaggregated by sex and age. A category's headline figure for a year is the
sum of its rows with sex "total" (or empty) and age "total" (or empty); when a category
only has rows by sex, those are added; failing that, all its rows of the year are added.
Each category is summed for its latest year with data, never across years.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from localplan.domain.data import PlanData
from localplan.reference import choice_list

TOTAL = (None, "total")
OTHER_DIMENSIONS = ("disability", "ethnicity", "migratory_status", "sogi")  # profile fields new in schema 4


def _plain(r: dict[str, Any], but: str | None = None) -> bool:
    """Not broken down by disability, ethnicity, migratory status or SOGI (except `but`)."""
    return all(r.get(k) in TOTAL for k in OTHER_DIMENSIONS if k != but)


@dataclass
class CategorySummary:
    category: str
    persons: int | None  # None: no figure (not available)
    year: int | None
    sources: list[str] = field(default_factory=list)
    rows: int = 0
    not_available: bool = False


def _headline(rows: list[dict[str, Any]]) -> int | None:
    with_value = [r for r in rows if r.get("value") is not None]
    if not with_value:
        return None
    plain = [r for r in with_value if _plain(r)]
    if not plain:  # only figures broken down by another dimension: one complete breakdown adds up to the total
        plain = next(([r for r in with_value if r.get(k) not in TOTAL and _plain(r, but=k)] for k in OTHER_DIMENSIONS
                      if any(r.get(k) not in TOTAL and _plain(r, but=k) for r in with_value)), with_value)
    with_value = plain
    tiers = (
        [r for r in with_value if r.get("sex") in TOTAL and r.get("age_group") in TOTAL],
        [r for r in with_value if r.get("sex") not in TOTAL and r.get("age_group") in TOTAL],
        with_value,
    )
    for tier in tiers:
        if tier:
            # one figure per parish/nationality breakdown: sum them
            return int(sum(r["value"] for r in tier))
    return None


def _source(r: dict[str, Any]) -> str:
    from localplan.forms.values import choice_label

    detail = r.get("source_detail")
    kind = choice_label("data_sources", r["source"]) if r.get("source") else ""
    return detail or kind


def by_category(data: PlanData) -> list[CategorySummary]:
    rows = data.rows("mobility_profile")
    out = []
    for cat in choice_list("mobility_categories"):
        mine = [r for r in rows if r.get("category") == cat.code]
        years = sorted({r["year"] for r in mine if r.get("year") and r.get("value") is not None})
        if not years:
            out.append(CategorySummary(cat.code, None, None, sorted({_source(r) for r in mine if _source(r)}),
                                       len(mine), bool(mine) and all(r.get("not_available") or r.get("value") is None for r in mine)))
            continue
        year = years[-1]
        of_year = [r for r in mine if r.get("year") == year]
        out.append(CategorySummary(cat.code, _headline(of_year), year,
                                   sorted({_source(r) for r in of_year if _source(r)}), len(mine)))
    return out


def total_persons(data: PlanData) -> int:
    """People in mobility living in the territory, each counted once (0 when no figure):
    see `key_figures`, which also says when there is no figure at all."""
    return key_figures(data).residents or 0


def by_sex_age(data: PlanData) -> dict[tuple[str, str], int]:
    """Persons by (sex, age group) over every category's latest year; only disaggregated rows."""
    latest = {s.category: s.year for s in by_category(data)}
    out: dict[tuple[str, str], int] = defaultdict(int)
    for r in data.rows("mobility_profile"):
        if r.get("value") is None or r.get("year") != latest.get(r.get("category", "")) or not _plain(r):
            continue
        sex, age = r.get("sex") or "total", r.get("age_group") or "total"
        if sex == "total" and age == "total":
            continue
        out[(sex, age)] += int(r["value"])
    return dict(out)


def by_dimension(data: PlanData, dimension: str) -> dict[str, int]:
    """Persons by the values of one other dimension (disability, ethnicity, migratory status, SOGI) over
    every category's latest year; only rows broken down by that dimension alone."""
    latest = {s.category: s.year for s in by_category(data)}
    out: dict[str, int] = defaultdict(int)
    for r in data.rows("mobility_profile"):
        if r.get("value") is None or r.get("year") != latest.get(r.get("category", "")):
            continue
        if r.get(dimension) not in TOTAL and _plain(r, but=dimension):
            out[r[dimension]] += int(r["value"])
    return dict(out)


def by_year(data: PlanData) -> dict[str, dict[int, int]]:
    """Headline persons per category per year (for trend charts)."""
    groups: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for r in data.rows("mobility_profile"):
        if r.get("category") and r.get("year"):
            groups[(r["category"], r["year"])].append(r)
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for (cat, year), rows in sorted(groups.items()):
        value = _headline(rows)
        if value is not None:
            out[cat][year] = value
    return dict(out)


def sources(data: PlanData) -> list[str]:
    """Every source named in the profile, for the chart captions and the annex."""
    return sorted({_source(r) for r in data.rows("mobility_profile") if _source(r)})


# --- key figures that can be added ------------------------------------------------------
# People in mobility are not one population: emigrants live abroad, people in transit are a
# flow counted per period (a month, a year) and may be the same persons counted again, and
# the law's categories overlap (a refugee is also a foreigner living here). A headline
# "people in mobility" figure therefore adds only the categories of people who LIVE in the
# territory, each person once, and shows transit and emigration beside it, never inside it.

RESIDENT = ("immigrant", "returnee", "internally_displaced")
# counted inside a resident category when that category has a figure; added otherwise
WITHIN = {"international_protection": "immigrant"}
# victims are also counted in their other category (immigrant, returnee…): never added
NOT_ADDED = ("trafficking_victim", "smuggling_victim")
TRANSIT = "transit"
EMIGRANT = "emigrant"


@dataclass
class KeyFigures:
    residents: int | None  # people in mobility living in the territory, each once; None: no figure at all
    added: list[CategorySummary]  # the categories summed into `residents`
    within: list[tuple[CategorySummary, str]]  # (category, the category it is counted in): not added
    not_added: list[CategorySummary]  # victims: counted in their other categories
    transit: CategorySummary | None  # a flow per period as recorded (see its source); None: no figure
    emigrants: CategorySummary | None  # living abroad; None: no figure

    @property
    def empty(self) -> bool:
        return self.residents is None and self.transit is None and self.emigrants is None


def key_figures(data: PlanData) -> KeyFigures:
    """The mobility key figures that can be added (report, dashboard and the national roll-up):
    residents without double counting, transit flows and emigrants abroad kept apart."""
    cats = {s.category: s for s in by_category(data)}

    def known(code: str) -> CategorySummary | None:
        s = cats.get(code)
        return s if s is not None and s.persons is not None else None

    added = [s for code in RESIDENT if (s := known(code))]
    within: list[tuple[CategorySummary, str]] = []
    for code, host in WITHIN.items():
        s = known(code)
        if s is None:
            continue
        if known(host):
            within.append((s, host))
        else:
            added.append(s)
    residents = sum(s.persons or 0 for s in added) if added else None  # known(): persons is never None here
    not_added = [s for code in NOT_ADDED if (s := known(code))]
    return KeyFigures(residents, added, within, not_added, known(TRANSIT), known(EMIGRANT))


def transit_period(s: CategorySummary) -> str:
    """How the transit figure was counted, as its source says (e.g. "promedio mensual")."""
    return "; ".join(s.sources)

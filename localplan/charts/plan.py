"""The plan's charts: mobility profile, budget, mainstreaming index (no Qt).

Figures come from localplan.domain (profile_summary, budget); nothing is recomputed here.
Each function takes the plan data and the language and returns a reportlab Drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from localplan import formatting
from localplan.charts.base import WIDTH, bar_chart, column_chart, pie_chart
from localplan.domain import budget, profile_summary
from localplan.domain.data import PlanData
from localplan.forms.values import choice_label
from localplan.i18n import tr
from localplan.reference import choice_list

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing  # reportlab ships no types: Drawing is Any to the checker

    from localplan.charts.base import Format


def persons(lang: str | None) -> Format:
    return lambda v: formatting.number(v, 0, lang)


def money(lang: str | None) -> Format:
    return lambda v: formatting.money(v, lang)


def money_rounded(lang: str | None) -> Format:
    return lambda v: "$" + formatting.number(v, 0, lang)


def percent(lang: str | None) -> Format:
    return lambda v: formatting.percent(v, 0 if float(v).is_integer() else 1, lang)


def _sources_caption(names: list[str], lang: str | None) -> str:
    return tr("Source: {sources}.", lang).format(sources="; ".join(names)) if names else tr("Source: not recorded.", lang)


def _budget_caption(lang: str | None) -> str:
    return tr("Source: the plan's programs and projects (programmed budget, USD).", lang)


def _no_data(lang: str | None) -> str:
    return tr("No data recorded yet.", lang)


def profile_by_category(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    summary = profile_summary.by_category(data)
    pairs = [(choice_label("mobility_categories", s.category, lang), s.persons) for s in summary]
    caption = _sources_caption(profile_summary.sources(data), lang) + " " + tr(
        "n/a: figure not available (not zero).", lang)
    return bar_chart(pairs, tr("People in human mobility by category (latest year of each)", lang), persons(lang),
                     caption, width=width, na_text=tr("n/a", lang), empty_text=_no_data(lang))


def profile_by_sex_age(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    cells = profile_summary.by_sex_age(data)
    ages = [c.code for c in choice_list("age_groups") if any(a == c.code for _, a in cells)]
    sexes = [c.code for c in choice_list("sex") if any(s == c.code for s, _ in cells)]
    series = [(choice_label("sex", s, lang), [cells.get((s, a)) for a in ages]) for s in sexes]
    return column_chart([choice_label("age_groups", a, lang) for a in ages], series,
                        tr("People in human mobility by sex and age group", lang), persons(lang),
                        _sources_caption(profile_summary.sources(data), lang), width=width, empty_text=_no_data(lang))


def profile_by_other_dimensions(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    """Disability, ethnic self-identification, migratory status, sexual orientation and gender identity."""
    lists = {"disability": "disability_status", "ethnicity": "ethnicity", "migratory_status": "migratory_status", "sogi": "sogi"}
    pairs = []
    for dim, list_id in lists.items():
        values = profile_summary.by_dimension(data, dim)
        for c in choice_list(list_id):
            if c.code in values:
                pairs.append((choice_label("disaggregation", dim, lang) + ": " + c.label.get(lang), values[c.code]))
    return bar_chart(pairs, tr("People in human mobility by disability, ethnicity, migratory status and SOGI", lang),
                     persons(lang), _sources_caption(profile_summary.sources(data), lang), width=width,
                     empty_text=_no_data(lang))


def profile_by_year(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    per = profile_summary.by_year(data)
    years = sorted({y for values in per.values() for y in values})
    order = [c.code for c in choice_list("mobility_categories") if c.code in per]
    series = [(choice_label("mobility_categories", c, lang), [per[c].get(y) for y in years]) for c in order]
    return column_chart([str(y) for y in years], series, tr("People in human mobility by year and category", lang),
                        persons(lang), _sources_caption(profile_summary.sources(data), lang), width=width,
                        empty_text=_no_data(lang))


def budget_by_year(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    per = budget.by_year(data)
    return column_chart([str(y) for y in per], [(tr("Budget", lang), list(per.values()))],
                        tr("Budget by year (USD)", lang), money(lang), _budget_caption(lang), width=width,
                        empty_text=_no_data(lang), tick_format=money_rounded(lang))


def budget_by_source(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    per = budget.by_source(data)
    pairs = [(choice_label("funding_sources", code, lang), value) for code, value in per.items()]
    return pie_chart(pairs, tr("Budget by funding source (USD)", lang), money(lang), _budget_caption(lang),
                     width=width, empty_text=_no_data(lang), lang=lang)


def _unspecified(code: str, list_id: str, lang: str | None) -> str:
    return tr("Not specified", lang) if code == budget.UNSPECIFIED else choice_label(list_id, code, lang)


def budget_by_gcm(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    per = budget.by_gcm(data)
    codes = sorted(per, key=lambda c: (c == budget.UNSPECIFIED, int(c) if c.isdigit() else 0))
    pairs = [(_unspecified(c, "gcm_objectives", lang), per[c]) for c in codes]
    return bar_chart(pairs, tr("Budget by objective of the Global Compact for Migration (USD)", lang), money(lang),
                     _budget_caption(lang) + " " + tr("A project serving several objectives is split evenly among them.", lang),
                     width=width, empty_text=_no_data(lang))


def budget_by_group(data: PlanData, lang: str | None = None, width: float = WIDTH) -> Drawing:
    per = budget.by_group(data)
    order = [c.code for c in choice_list("mobility_categories") if c.code in per]
    if budget.UNSPECIFIED in per:
        order.append(budget.UNSPECIFIED)
    pairs = [(_unspecified(c, "mobility_categories", lang), per[c]) for c in order]
    return bar_chart(pairs, tr("Budget by mobility group served (USD)", lang), money(lang),
                     _budget_caption(lang) + " " + tr("A project serving several groups is split evenly among them.", lang),
                     width=width, color="#3a9a78", empty_text=_no_data(lang))


def index_by_dimension(by_dimension: Mapping[str, float | None], lang: str | None = None, width: float = WIDTH,
                       caption: str = "") -> Drawing:
    """The mainstreaming index (0–100) per dimension of the self-assessment."""
    known = {c.code for c in choice_list("assessment_dimensions")}
    pairs = [(choice_label("assessment_dimensions", k, lang) if k in known else str(k), v) for k, v in by_dimension.items()]
    return bar_chart(pairs, tr("Mainstreaming index by dimension (0–100)", lang), percent(lang), caption,
                     width=width, maximum=100, color="#6c5b9b", na_text=tr("n/a", lang), empty_text=_no_data(lang))


ALL = {
    "profile_by_category": profile_by_category,
    "profile_by_sex_age": profile_by_sex_age,
    "profile_by_year": profile_by_year,
    "budget_by_year": budget_by_year,
    "budget_by_source": budget_by_source,
    "budget_by_gcm": budget_by_gcm,
    "budget_by_group": budget_by_group,
}

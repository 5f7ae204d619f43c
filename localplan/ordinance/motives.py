"""Guided prompts of the explanatory statement, drafted from the diagnosis (no Qt).

The local situation comes from the mobility profile (category, value, year), the problem from
the prioritised problems that affect people in mobility; both are written as sentences, the way
an explanatory statement reads, not as rows of a table. The user edits the
drafts; nothing here is stored until the user (or a template) writes it.
"""

from __future__ import annotations

import re

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.domain.profile_summary import by_category
from localplan.i18n import QT_TR_NOOP, tr
from localplan.reference import loader


def _plain(label: str) -> str:
    """A category's label without its parenthetical gloss, in lower case for use inside a sentence."""
    label = re.sub(r"\s*\([^)]*\)", "", label).strip()
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _series(items: list[str], lang: str) -> str:
    """"a, b y c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + tr(" and ", lang) + items[-1]


SAME_YEAR = {"transit": QT_TR_NOOP("The diagnosis also records {figures} crossing the territory, a flow rather than a "
                                   "resident population."),
             "emigrant": QT_TR_NOOP("It also counts {figures} who left the territory to live abroad; their families "
                                    "remain in it.")}
FLOWS = {"transit": QT_TR_NOOP("With data for {year}, the diagnosis also records {figures} crossing the territory, a "
                               "flow rather than a resident population."),
         "emigrant": QT_TR_NOOP("With data for {year}, it counts {figures} who left the territory to live abroad; their "
                                "families remain in it.")}


def situation_text(data: PlanData, lang: str) -> str:
    """Prose: who lives in the territory (one sentence per year of data), then the people in transit and the
    emigrants (never added to the residents), the sources and the gaps."""
    residents: dict[int, list[str]] = {}
    flows: dict[str, tuple[int | None, str]] = {}
    missing = []
    for cat in by_category(data):
        label = _plain(loader.choice_label("mobility_categories", cat.category, lang))
        if cat.persons is None:
            if cat.rows:
                missing.append(label)
            continue
        figure = f"{formatting.number(cat.persons, 0, lang)} {label}"
        if cat.category in FLOWS:
            flows[cat.category] = (cat.year, figure)
        else:
            residents.setdefault(cat.year or 0, []).append(figure)
    if not residents and not flows and not missing:
        return ""
    sentences = []
    for year in sorted(residents, reverse=True):
        sentences.append(tr("With data for {year}, the diagnosis of the development and land-use plan records "
                            "{figures} living in the territory.", lang).format(
            year=year or "…", figures=_series(residents[year], lang)))
    last = min(residents) if residents else None  # the year of the sentence just written
    for kind in FLOWS:
        if kind in flows:
            flow_year, figure = flows[kind]
            same = flow_year == last and flow_year is not None
            sentences.append(tr((SAME_YEAR if same else FLOWS)[kind], lang).format(year=flow_year or "…", figures=figure))
            last = year
    if residents or flows:
        sentences.append(tr("The source of each figure is stated in the diagnosis.", lang))
    if missing:
        sentences.append(tr("There is no figure yet for {groups}; the local information system created by this act "
                            "is meant to fill that gap.", lang).format(groups=_series(missing, lang)))
    return " ".join(sentences)


def problem_text(data: PlanData, lang: str, limit: int = 5) -> str:
    """Prose: the highest-priority problems that affect people in mobility, in one sentence."""
    rows = [r for r in data.rows("problems") if r.get("kind") == "problem" and r.get("title")]
    rows.sort(key=lambda r: -((r.get("severity") or 0) * (r.get("urgency") or 0)))
    if not rows:
        return ""
    parts = []
    for r in rows[:limit]:
        title = r["title"].strip().rstrip(".")
        title = title[:1].lower() + title[1:] if title[1:2].islower() else title
        groups = [_plain(loader.choice_label("mobility_categories", g, lang)) for g in (r.get("groups") or [])]
        parts.append(tr("{problem}, which affects {groups}", lang).format(problem=title, groups=_series(groups, lang))
                     if groups else title)
    joined = "; ".join(parts[:-1]) + (tr("; and ", lang) if len(parts) > 1 else "") + parts[-1]
    return tr("In order of priority, the diagnosis identified these problems: {problems}.", lang).format(problems=joined)

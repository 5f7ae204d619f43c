"""Guided prompts of the explanatory statement, drafted from the diagnosis (no Qt).

The local situation comes from the mobility profile (category, value, year, source), the
problem from the prioritised problems that affect people in mobility. The user edits the
drafts; nothing here is stored until the user (or a template) writes it.
"""

from __future__ import annotations

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.domain.profile_summary import by_category
from localplan.i18n import tr
from localplan.reference import loader


def situation_text(data: PlanData, lang: str) -> str:
    """One sentence per category with a figure (value, year, source), then what is missing."""
    known, missing = [], []
    for cat in by_category(data):
        label = loader.choice_label("mobility_categories", cat.category, lang)
        if cat.persons is not None:
            source = "; ".join(cat.sources) or tr("source not stated", lang)
            known.append(tr("{label}: {persons} persons ({year}; source: {source})", lang).format(
                label=label, persons=formatting.number(cat.persons, 0, lang), year=cat.year, source=source))
        elif cat.rows:
            missing.append(label.lower() if lang == "es" else label)
    if not known and not missing:
        return ""
    parts = []
    if known:
        parts.append(tr("The diagnosis of the development and land-use plan records the following people in "
                        "human mobility in the territory:", lang) + "\n" + "\n".join(f"– {k}." for k in known))
    if missing:
        parts.append(tr("There is no figure yet for: {groups}. The local information system created by this act "
                        "is meant to fill that gap.", lang).format(groups=", ".join(missing)))
    return "\n".join(parts)


def problem_text(data: PlanData, lang: str, limit: int = 5) -> str:
    """The highest-priority problems that affect people in mobility, as a list."""
    rows = [r for r in data.rows("problems") if r.get("kind") == "problem" and r.get("title")]
    rows.sort(key=lambda r: -((r.get("severity") or 0) * (r.get("urgency") or 0)))
    if not rows:
        return ""
    lines = []
    for r in rows[:limit]:
        groups = ", ".join(loader.choice_label("mobility_categories", g, lang) for g in (r.get("groups") or []))
        lines.append(f"– {r['title']}" + (f" ({groups})" if groups else "") + ".")
    return tr("The diagnosis identified these problems, in order of priority:", lang) + "\n" + "\n".join(lines)

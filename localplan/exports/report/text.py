"""Small text helpers of the report: escaping for Paragraph markup, period and level labels."""

from __future__ import annotations

from localplan.domain.data import PlanData
from localplan.forms.values import choice_label
from localplan.i18n import tr


def esc(text: object) -> str:
    """Text for reportlab Paragraph markup: escaped, line breaks kept."""
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\r\n", "\n").replace("\n", "<br/>")


def period_text(data: PlanData, lang: str) -> str:
    p = data.period
    if not p:
        return ""
    return tr("Period {start}–{end}", lang).format(start=p[0], end=p[1])


def level_text(data: PlanData, lang: str) -> str:
    """The level as the levels table names it: Quito (1701) a metropolitan district, Galápagos (20) its
    special regime, a parish a rural parish government."""
    return level_label(data, lang)


def level_label(data: PlanData, lang: str | None = None) -> str:
    """The level of government of the plan, named by the levels table (resources/ordinance/levels.json);
    empty when the profile gives neither a level nor a code."""
    if not (data.gad.get("level") or data.gad.get("gad_code")):
        return ""
    from localplan.ordinance.library import level_of, levels

    level = levels().get(level_of(data))
    if level is None:
        value = data.gad.get("level")
        return choice_label("gad_levels", value, lang) if value else ""
    return level.label.get(lang)


def territory_text(data: PlanData) -> str:
    """Province › canton › parish of the GAD's code."""
    from localplan.reference import loader

    code = data.gad.get("gad_code")
    if not code:
        return ""
    return " › ".join(f"{u.name}" for u in loader.dpa().path(code)) + f" ({code})"

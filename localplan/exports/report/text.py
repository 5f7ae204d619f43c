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
    level = data.gad.get("level")
    return choice_label("gad_levels", level, lang) if level else ""


def territory_text(data: PlanData) -> str:
    """Province › canton › parish of the GAD's code."""
    from localplan.reference import loader

    code = data.gad.get("gad_code")
    if not code:
        return ""
    return " › ".join(f"{u.name}" for u in loader.dpa().path(code)) + f" ({code})"

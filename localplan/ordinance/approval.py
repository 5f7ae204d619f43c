"""The approval procedure of the level's act: order of steps, deadlines and warnings (no Qt).

Ordinances (provincial, metropolitan, municipal, Galápagos' Consejo de Gobierno) follow COOTAD
art. 322: two debates, then sanction, then promulgation and publication (art. 324). A rural
parish board's resolution is approved in one debate by simple majority (art. 323): no sanction,
no eight-day period. The level's procedure comes from levels.json (library.procedure).

Assumption, stated to users in the help text: art. 322 gives the executive eight days from
receiving the approved ordinance to sanction or object, and does not say "working days";
LocalPlan counts them as CALENDAR days (day 1 is the day after receipt). If the period ends
without sanction or objection, the ordinance is deemed sanctioned by law.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.i18n import tr
from localplan.ordinance import library
from localplan.ordinance.provenance import Provenance, mark, provenance
from localplan.reference import loader

SANCTION_DAYS = 8
ORDER = ("filed", "first_debate", "committee_report", "second_debate", "sent_to_executive", "sanctioned",
         "objected", "override", "published_gazette", "published_web", "published_ro")
PUBLICATION = ("published_gazette", "published_web", "published_ro")

@dataclass(frozen=True)
class Notice:
    level: str  # "error" | "warning" | "info"
    message: str
    row_id: int | None = None


@dataclass(frozen=True)
class Stage:
    """One step of the procedure as the tracker shows it."""

    code: str
    label: str
    date: _dt.date | None
    row_id: int | None
    deadline: _dt.date | None = None


def _date(value: Any) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def recorded(data: PlanData) -> dict[str, dict[str, Any]]:
    """Step code → its row (the latest dated row when a step was recorded twice)."""
    out: dict[str, dict[str, Any]] = {}
    for row in data.rows("ordinance_steps"):
        code = row.get("step")
        if code and (code not in out or (_date(row.get("date")) or _dt.date.min) >= (_date(out[code].get("date")) or _dt.date.min)):
            out[code] = row
    return out


def _dated(rows: dict[str, dict[str, Any]]) -> dict[str, _dt.date]:
    """Step code → its date, for the recorded steps that have one (an undated step has nothing to compare)."""
    return {code: day for code, row in rows.items() if (day := _date(row.get("date"))) is not None}


def step_date(data: PlanData, code: str) -> _dt.date | None:
    row = recorded(data).get(code)
    return _date(row.get("date")) if row else None


def sanction_deadline(data: PlanData) -> _dt.date | None:
    """The last day the executive may sanction or object (calendar days from receipt)."""
    sent = step_date(data, "sent_to_executive")
    return sent + _dt.timedelta(days=SANCTION_DAYS) if sent else None


def _d(day: _dt.date, lang: str | None) -> str:
    return formatting.short_date(day, lang)


def procedure_of(data: PlanData) -> library.Procedure:
    """The procedure of the plan's level (two debates when the plan does not say its GAD)."""
    return library.procedure(library.level_of(data))


def order(data: PlanData) -> tuple[str, ...]:
    """The steps of the level's procedure, in legal order."""
    return procedure_of(data).steps


def help_text(data: PlanData, lang: str | None = None) -> str:
    """What the tracker tells about the level's procedure, with its "verify" mark and source."""
    level = library.levels()[library.level_of(data)]
    proc = library.procedure(level.code)
    doubt = level.procedure_verify.get(lang)  # e.g. Galápagos: its own law sets the procedure
    return " ".join(t for t in (proc.help.get(lang), mark(provenance(proc, lang), lang) if proc.verify else "",
                                mark(Provenance(True, doubt), lang) if doubt else "") if t)


def _single_debate_notices(data: PlanData, lang: str | None) -> list[Notice]:
    rows = recorded(data)
    dates = _dated(rows)
    out: list[Notice] = []
    debate = dates.get("debate")
    filed = dates.get("filed")
    if debate and filed and debate < filed:
        out.append(Notice("warning", tr("The debate is dated before the bill was filed.", lang), rows["debate"]["id"]))
    for code in ("first_debate", "second_debate", "sent_to_executive", "sanctioned", "objected", "override",
                 "published_gazette"):
        if code in rows:
            out.append(Notice("warning", tr("“{step}” is not a step of this level's procedure: a rural parish board "
                                            "approves its resolutions in a single debate (COOTAD art. 323).",
                                            lang).format(step=loader.choice_label("ordinance_steps", code, lang)),
                              rows[code]["id"]))
    for code in PUBLICATION:
        if code in dates and (not debate or dates[code] < debate):
            out.append(Notice("warning", tr("A publication is recorded before the resolution was approved.", lang),
                              rows[code]["id"]))
            break
    return out


def notices(data: PlanData, today: _dt.date | None = None, lang: str | None = None) -> list[Notice]:
    """What is wrong or pending in the procedure, most serious first."""
    today = today or _dt.date.today()
    if "gad" in data.sections and not procedure_of(data).two_debates:
        return _single_debate_notices(data, lang)
    rows = recorded(data)
    dates = _dated(rows)
    out: list[Notice] = []

    def rid(code: str) -> int | None:
        return rows[code]["id"] if code in rows else None

    first, second = dates.get("first_debate"), dates.get("second_debate")
    filed = dates.get("filed")
    if second and first and second == first:
        out.append(Notice("error", tr("The second debate is on the same day as the first; COOTAD art. 322 requires "
                                      "two debates on different days.", lang), rid("second_debate")))
    elif second and first and second < first:
        out.append(Notice("error", tr("The second debate is dated before the first.", lang), rid("second_debate")))
    elif second and not first:
        out.append(Notice("warning", tr("A second debate is recorded without a first debate.", lang), rid("second_debate")))
    if first and filed and first < filed:
        out.append(Notice("warning", tr("The first debate is dated before the bill was filed.", lang), rid("first_debate")))
    sent = dates.get("sent_to_executive")
    if sent and second and sent < second:
        out.append(Notice("error", tr("The ordinance was sent to the executive before its second debate.", lang),
                          rid("sent_to_executive")))
    elif sent and not second:
        out.append(Notice("warning", tr("The ordinance was sent to the executive without a second debate.", lang),
                          rid("sent_to_executive")))
    deadline = sanction_deadline(data)
    decided = [c for c in ("sanctioned", "objected") if c in dates]
    for code in decided:
        when = dates[code]
        if sent and when < sent:
            out.append(Notice("error", tr("The sanction or objection is dated before the ordinance reached the "
                                          "executive.", lang), rid(code)))
        elif deadline and when > deadline:
            out.append(Notice("warning", tr("The executive acted {days} day(s) after the eight-day period ended "
                                            "({deadline}); by then the ordinance was deemed sanctioned by law "
                                            "(COOTAD art. 322).", lang).format(
                days=(when - deadline).days, deadline=_d(deadline, lang)), rid(code)))
    if deadline and not decided:
        if today <= deadline:
            out.append(Notice("info", tr("The executive has until {deadline} to sanction or object ({days} calendar "
                                         "day(s) left).", lang).format(deadline=_d(deadline, lang),
                                                                       days=(deadline - today).days),
                              rid("sent_to_executive")))
        else:
            out.append(Notice("warning", tr("The eight-day period ended on {deadline} without sanction or objection: "
                                            "the ordinance is deemed sanctioned by law (COOTAD art. 322). Record it "
                                            "and publish it.", lang).format(deadline=_d(deadline, lang)),
                              rid("sent_to_executive")))
    if "objected" in rows and "override" not in rows and "sanctioned" not in rows:
        out.append(Notice("info", tr("The executive objected: the legislative body must accept the objection or "
                                     "ratify its text with two thirds of its members.", lang), rid("objected")))
    enacted = dates.get("sanctioned") or dates.get("override")
    if not enacted and deadline and not decided and today > deadline:
        enacted = deadline + _dt.timedelta(days=1)  # sanctioned by law
    for published in PUBLICATION:
        if published in dates and (not enacted or dates[published] < enacted):
            out.append(Notice("warning", tr("A publication is recorded before the ordinance was sanctioned.", lang),
                              rid(published)))
            break
    rank = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda n: rank[n.level])


def stages(data: PlanData, lang: str | None = None) -> list[Stage]:
    """Every step of the procedure in legal order, with its recorded date (or none)."""
    rows = recorded(data)
    deadline = sanction_deadline(data)
    out: list[Stage] = []
    for code in order(data):
        row = rows.get(code)
        out.append(Stage(code, loader.choice_label("ordinance_steps", code, lang),
                         _date(row.get("date")) if row else None, row["id"] if row else None,
                         deadline if code in ("sanctioned", "objected") else None))
    return out


def status_label(data: PlanData, lang: str | None = None) -> str:
    """The furthest step reached, e.g. "Primer debate (13/03/2025)"; "Draft" when none."""
    rows = recorded(data)
    reached = [c for c in order(data) if c in rows]
    if not reached:
        has_text = bool(data.rows("ordinance_articles"))
        return tr("Draft", lang) if has_text else tr("Not started", lang)
    code = reached[-1]
    when = _date(rows[code].get("date"))
    label = loader.choice_label("ordinance_steps", code, lang)
    return f"{label} ({_d(when, lang)})" if when else label

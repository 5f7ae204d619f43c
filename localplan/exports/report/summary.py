"""The executive summary: the state of the plan (checker errors, no data yet), key figures that
can be added, people by category, completeness and traceability — each statement true of the
plan as it is, never vacuously (nothing is "complete" because nothing was written)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from localplan import formatting
from localplan.domain import budget, completeness, profile_summary, traceability
from localplan.domain.data import PlanData
from localplan.exports.report import tables as tb
from localplan.exports.report.story import Story
from localplan.exports.report.text import esc, period_text
from localplan.forms import SECTIONS, STEPS
from localplan.forms.values import choice_label
from localplan.i18n import tr
from localplan.reference import choice_list

if TYPE_CHECKING:
    from localplan.checks.findings import Finding

LISTED_ERRORS = 25  # errors listed in the summary; the rest are counted


def has_content(data: PlanData) -> bool:
    """Whether the plan holds anything beyond the GAD's profile."""
    return any(data.rows(s.id) for s in SECTIONS if s.id != "gad" and not s.single) or any(
        any(v not in (None, "", 0) for k, v in data.record(s.id).items() if k != "id")
        for s in SECTIONS if s.single and s.id != "gad")


def plan_state(story: Story, data: PlanData, findings: list[Finding]) -> None:
    lang = story.lang
    errors = [f for f in findings if getattr(f.severity, "value", f.severity) == "error"]
    story.heading(1, tr("State of the plan", lang))
    if not has_content(data):
        story.text(tr("This plan holds no data yet: only the GAD's profile has been filled in. The diagnosis, the "
                      "proposal, the management model and the ordinance are still to be written; each chapter of "
                      "this report says so where it is empty.", lang))
    if not errors:
        story.text(tr("The plan checker found no errors.", lang))
        return
    story.text(tr("The plan checker found {n} error(s). This report is a draft until they are corrected; every "
                  "page carries the draft mark.", lang).format(n=len(errors)))
    for f in errors[:LISTED_ERRORS]:
        story.para("• " + esc(f"{f.location(lang)}: {f.message}"), story.styles.small)
    if len(errors) > LISTED_ERRORS:
        story.para(esc(tr("… and {n} more (see the Check page of LocalPlan).", lang).format(
            n=len(errors) - LISTED_ERRORS)), story.styles.small)


def key_figure_tiles(data: PlanData, lang: str) -> tuple[list[tuple[str, str]], str]:
    """(tiles, the note that says what the mobility figures add and what they do not)."""
    k = profile_summary.key_figures(data)
    tiles: list[tuple[str, str]] = []
    if k.residents is not None:
        tiles.append((tr("people in human mobility living in the territory", lang),
                      formatting.number(k.residents, 0, lang)))
    if k.transit is not None:
        tiles.append((tr("people in transit ({year}, per period recorded; not added)", lang).format(year=k.transit.year),
                      formatting.number(k.transit.persons or 0, 0, lang)))
    if k.emigrants is not None:
        tiles.append((tr("emigrants living abroad ({year}; not added)", lang).format(year=k.emigrants.year),
                      formatting.number(k.emigrants.persons or 0, 0, lang)))
    return tiles, figures_note(k, lang)


def _cat(code: str, lang: str) -> str:
    return choice_label("mobility_categories", code, lang)


def figures_note(k: profile_summary.KeyFigures, lang: str) -> str:
    if k.empty:
        return tr("The mobility profile holds no figures yet, so no number of people in mobility is given.", lang)
    parts = []
    if k.residents is not None:
        parts.append(tr("People living in the territory adds {cats}, each for its latest year with data.", lang).format(
            cats=", ".join(f"{_cat(s.category, lang)} ({formatting.number(s.persons or 0, 0, lang)}, {s.year})"
                           for s in k.added)))
    for s, host in k.within:
        parts.append(tr("{cat} ({n}) are counted among {host}, not added again.", lang).format(
            cat=_cat(s.category, lang), n=formatting.number(s.persons or 0, 0, lang), host=_cat(host, lang).lower()))
    if k.not_added:
        parts.append(tr("{cats} are also counted in their other category, not added.", lang).format(
            cats=", ".join(f"{_cat(s.category, lang)} ({formatting.number(s.persons or 0, 0, lang)})" for s in k.not_added)))
    if k.transit is not None:
        parts.append(tr("People in transit are a flow counted per period as the source records it ({source}); they "
                        "may be counted more than once and are not added.", lang).format(
            source=profile_summary.transit_period(k.transit) or tr("period not stated", lang)))
    if k.emigrants is not None:
        parts.append(tr("Emigrants live abroad and are not added.", lang))
    return " ".join(parts)


def summary(story: Story, data: PlanData, lang: str, findings: list[Finding],
            tiles_table: Callable[[Story, list[tuple[str, str]]], Any]) -> None:
    story.chapter(tr("Executive summary", lang))
    period = period_text(data, lang)
    story.text(tr("This report shows how {gad} puts human mobility into its development and land-use plan (PDOT){period}: "
                  "who is in mobility in the territory, which problems and potentialities the diagnosis found, "
                  "what the plan proposes to do about them with which budget, and how it will be managed and "
                  "followed up.", lang).format(gad=data.gad_title(lang), period=f" ({period})" if period else ""))
    plan_state(story, data, findings)

    problems = data.rows("problems")
    n_problems = sum(1 for r in problems if r.get("kind") == "problem")
    gcm_total = len(choice_list("gcm_objectives"))
    tiles, note = key_figure_tiles(data, lang)
    tiles += [
        (tr("problems / potentialities", lang), f"{n_problems} / {len(problems) - n_problems}"),
        (tr("strategic objectives", lang), str(len(data.rows("objectives")))),
        (tr("goals with indicators", lang), str(len(data.rows("goals")))),
        (tr("programs and projects", lang), str(len(data.rows("projects")))),
    ]
    if data.rows("projects"):
        tiles.append((tr("total budget (USD)", lang), formatting.money(budget.grand_total(data), lang)))
    tiles.append((tr("objectives of the Global Compact for Migration addressed", lang),
                  tr("{n} of {total}", lang).format(n=len(gcm_addressed(data)), total=gcm_total)))
    index = mainstreaming_index(data)
    if index is not None:
        tiles.append((tr("mainstreaming index (0–100)", lang), formatting.number(index[0], 0, lang)))
    story.heading(1, tr("Key figures", lang))
    story.add(tiles_table(story, tiles))
    story.para(esc(note), story.styles.caption)

    story.heading(2, tr("People in human mobility by category", lang), in_toc=False)
    summary_rows = [s for s in profile_summary.by_category(data) if s.rows]
    if summary_rows:
        cols = tb.simple_columns([tr("Category", lang), tr("Persons", lang), tr("Year", lang), tr("Source", lang)],
                                 [30, 12, 6, 40], {1, 2})
        rows = []
        for s in summary_rows:
            persons = formatting.number(s.persons, 0, lang) if s.persons is not None else tr("not available", lang)
            rows.append([_cat(s.category, lang), persons, str(s.year or "—"), "; ".join(s.sources) or "—"])
        story.grid(cols, rows)
        story.para(esc(tr("“not available” means the figure is unknown, not zero. Each category is counted for its "
                          "latest year with data; breakdowns by sex and age are not added twice. Categories without "
                          "any row are not listed.", lang)), story.styles.caption)
    else:
        story.text(tr("No figures recorded yet.", lang))

    story.heading(2, tr("Completeness of each step", lang), in_toc=False)
    rows = [[s.title.get(lang), formatting.percent(100 * v, 0, lang)]
            for s in STEPS if (v := completeness.all_steps(data).get(s.id)) is not None]
    story.grid(tb.simple_columns([tr("Step", lang), tr("Required data filled", lang)], [40, 14], {1}), rows)

    story.heading(2, tr("Traceability from problems to projects", lang), in_toc=False)
    story.text(traceability_sentence(data, lang))
    if index is not None:
        from localplan.charts import index_by_dimension

        story.heading(2, tr("Mainstreaming index", lang), in_toc=False)
        story.chart(index_by_dimension(index[1], lang, story.width,
                                       tr("Source: the plan's self-assessment and data.", lang)))


def traceability_sentence(data: PlanData, lang: str) -> str:
    """What the chain problem → objective → goal → project holds; never a claim about nothing."""
    priority = [r for r in data.rows("problems") if r.get("kind") == "problem" and
                (traceability.priority(r) or 0) >= traceability.PRIORITY_THRESHOLD]
    counts = {s: len(data.rows(s)) for s in ("problems", "objectives", "goals", "projects")}
    if not any(counts.values()):
        return tr("No problems, objectives, goals or projects are recorded yet, so there is no chain to follow.", lang)
    gaps = traceability.gaps(data)
    if gaps:
        return tr("The chain problem → objective → goal → project has {n} gap(s); they are listed in the "
                  "traceability section of the proposal.", lang).format(n=len(gaps))
    missing = [name for sid, name in (("objectives", tr("objectives", lang)), ("goals", tr("goals", lang)),
                                      ("projects", tr("projects", lang))) if not counts[sid]]
    if not priority or missing:
        return tr("The checker found no gap in the chain, but it is not complete: {p} priority problem(s), {o} "
                  "objective(s), {g} goal(s) and {j} project(s) are recorded.", lang).format(
            p=len(priority), o=counts["objectives"], g=counts["goals"], j=counts["projects"])
    return tr("Each of the {n} priority problems is answered by an objective, every objective has goals, and every "
              "goal has a baseline and a project with a budget.", lang).format(n=len(priority))


def mainstreaming_index(data: PlanData) -> tuple[float, dict[str, float]] | None:
    """(overall 0–100, by dimension) from `checks.assessment`; None (logged) if it fails on this plan."""
    from localplan.checks import assessment

    try:
        overall, by_dimension = assessment.index(data)
        return float(overall), dict(by_dimension)
    except Exception:  # noqa: BLE001 - the report must not fail because the index does
        from localplan.logs import log_exception

        log_exception("mainstreaming index for the report")
        return None


def gcm_addressed(data: PlanData) -> set[str]:
    found: set[str] = set()
    for sid in ("objectives", "goals"):
        for r in data.rows(sid):
            found.update(r.get("gcm") or [])
    for r in data.rows("projects"):
        found.update(budget.project_gcm(data, r))
    return found

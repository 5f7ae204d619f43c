"""One chapter per step of the guided path; known sections get their summaries and charts,
every other section (e.g. added later) its generic table, so no row is ever left out."""

from __future__ import annotations

from typing import Any

from localplan import charts, formatting
from localplan.domain import budget, monitoring, profile_summary, traceability
from localplan.domain.data import PlanData
from localplan.exports.report import guide_blocks
from localplan.exports.report import ordinance as ordinance_chapter
from localplan.exports.report import tables as tb
from localplan.exports.report.sections import intro, section_table
from localplan.exports.report.story import Story
from localplan.exports.report.text import esc
from localplan.forms import SECTIONS, STEPS, Section, Step, sections_of_step
from localplan.forms.values import choice_label
from localplan.i18n import QT_TR_NOOP, tr

INTROS = {
    "profile": QT_TR_NOOP("The local government that plans, its level, the planning period and the team responsible."),
    "diagnosis": QT_TR_NOOP("Who is in human mobility in the territory, what the data says and what is missing, the "
                            "problems and potentialities found across the PDOT components, and the actors involved."),
    "proposal": QT_TR_NOOP("What the GAD will achieve for people in human mobility: the vision, policies and strategies "
                           "that head the proposal, strategic objectives aligned with the national plan, the SDGs and the "
                           "Global Compact for Migration, goals with baselines and yearly programming, and the projects "
                           "that deliver them with their budget."),
    "management": QT_TR_NOOP("How the plan will be carried out, through the four strategies of the planning guide: "
                             "articulation and coordination with other actors; progressive reduction of risk factors; "
                             "monitoring and evaluation of the goals; and promotion and dissemination of the plan. The "
                             "participation of people in mobility and the risks to carrying out the plan follow."),
    "assessment": QT_TR_NOOP("The GAD's answers to the mainstreaming self-assessment, with their evidence."),
}


def steps_with_content() -> list[tuple[str, Step | None, list[Section]]]:
    """(step id, step, sections) in the order of the guided path; sections of an unknown step last."""
    out: list[tuple[str, Step | None, list[Section]]] = [(s.id, s, sections_of_step(s.id)) for s in STEPS]
    known = {s.id for s in STEPS}
    orphans = [sec for sec in SECTIONS if sec.step not in known]
    if orphans:
        out.append(("other", None, orphans))
    return [(sid, step, secs) for sid, step, secs in out if secs]


def chapter(story: Story, data: PlanData, step_id: str, title: str, secs: list[Section]) -> None:
    lang = story.lang
    story.chapter(title)
    story.ensure(_first_orientation(data, secs, lang))  # the chapter's heading and intro go on its first page
    if step_id in INTROS:
        story.text(tr(INTROS[step_id], lang))
    if not any(data.rows(sec.id) for sec in secs if not sec.single) and all(
            not any(v not in (None, "") for k, v in data.record(sec.id).items() if k != "id") for sec in secs if sec.single):
        story.text(tr("No data has been entered in this step yet.", lang))
    for sec in secs:
        special = SPECIAL.get(sec.id)
        if special:
            special(story, data, sec)
        else:
            section_table(story, data, sec)
    if step_id == "proposal":
        budget_summary(story, data)
        guide_blocks.cootad_249_summary(story, data)
        traceability_summary(story, data)


def _first_orientation(data: PlanData, secs: list[Section], lang: str) -> str:
    from localplan.exports.report.sections import column_groups

    sec = secs[0]
    if sec.single or sec.id in SPECIAL or not data.rows(sec.id):
        return "portrait"
    return column_groups(data, sec, lang)[0]


# --- diagnosis ---------------------------------------------------------------------------

def mobility_profile(story: Story, data: PlanData, sec: Section) -> None:
    from localplan.exports.report.summary import figures_note

    lang = story.lang
    story.heading(1, sec.title.get(lang), "portrait")
    story.text(intro(sec, lang), story.styles.small)
    if not data.rows(sec.id):
        story.add(tb.empty_note(sec, story.styles, lang))
        story.spacer(8)
        return
    story.heading(2, tr("Summary by category", lang), in_toc=False)
    cols = tb.simple_columns([tr("Category", lang), tr("Persons", lang), tr("Year", lang), tr("Rows", lang),
                              tr("Source", lang)], [30, 12, 6, 6, 40], {1, 2, 3})
    rows = []
    for s in profile_summary.by_category(data):
        persons = formatting.number(s.persons, 0, lang) if s.persons is not None else tr("not available", lang)
        rows.append([choice_label("mobility_categories", s.category, lang), persons, str(s.year or "—"), str(s.rows),
                     "; ".join(s.sources) or "—"])
    figures = profile_summary.key_figures(data)
    residents = figures.residents
    rows.append([tr("People in mobility living in the territory, each counted once", lang),
                 formatting.number(residents, 0, lang) if residents is not None else tr("not available", lang),
                 "", str(len(data.rows(sec.id))), ""])
    story.grid(cols, rows, space_after=2)
    story.para(esc(figures_note(figures, lang)), story.styles.caption)
    story.chart(charts.profile_by_category(data, lang, story.width))
    story.chart(charts.profile_by_sex_age(data, lang, story.width))
    story.chart(charts.profile_by_other_dimensions(data, lang, story.width))
    story.chart(charts.profile_by_year(data, lang, story.width))
    _full_table(story, data, sec)


def _full_table(story: Story, data: PlanData, sec: Section) -> None:
    from localplan.exports.report.sections import column_groups

    lang = story.lang
    orientation, groups = column_groups(data, sec, lang)
    story.heading(2, tr("All figures of the profile", lang), orientation if data.rows(sec.id) else None)
    if not data.rows(sec.id):
        story.add(tb.empty_note(sec, story.styles, lang))
        return
    for cols in groups:
        story.grid(cols, data.rows(sec.id))


def problems(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    priority = tb.Column(tr("Priority", lang), 8, lambda r: str(traceability.priority(r) or ""), numeric=True)
    section_table(story, data, sec, extra={"urgency": [priority]})
    story.para(esc(tr("Priority = severity × urgency; {n} or more is a priority problem.", lang).format(
        n=traceability.PRIORITY_THRESHOLD)), story.styles.caption)


# --- proposal ----------------------------------------------------------------------------

def projects(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    total = tb.Column(tr("Total (USD)", lang), 12, lambda r: formatting.money(budget.project_total(r), lang), numeric=True)
    section_table(story, data, sec, extra={"": [total]})


def budget_summary(story: Story, data: PlanData) -> None:
    lang = story.lang
    story.heading(1, tr("Budget summary", lang), "portrait")
    if not data.rows("projects"):
        story.text(tr("No programs or projects are recorded yet, so there is no budget to sum up.", lang))
        return
    story.text(tr("Total programmed budget: {total}.", lang).format(total=formatting.money(budget.grand_total(data), lang)))
    money = tr("Amount (USD)", lang)
    per_year = budget.by_year(data)
    grand = budget.grand_total(data)

    def share(v: float) -> str:
        return formatting.percent(100 * v / grand, 1, lang) if grand else "—"

    story.heading(2, tr("By year", lang), in_toc=False)
    rows = [[str(y), formatting.money(v, lang), share(v)] for y, v in per_year.items()]
    story.grid(tb.simple_columns([tr("Year", lang), money, tr("Share", lang)], [30, 16, 10], {1, 2}), rows, 4)
    story.chart(charts.budget_by_year(data, lang, story.width))
    story.heading(2, tr("By funding source", lang), in_toc=False)
    rows = [[choice_label("funding_sources", k, lang), formatting.money(v, lang), share(v)]
            for k, v in budget.by_source(data).items()]
    story.grid(tb.simple_columns([tr("Funding source", lang), money, tr("Share", lang)], [30, 16, 10], {1, 2}), rows, 4)
    unmatched = [r for r in data.rows("projects") if not budget.sources_match(r)]
    if unmatched:
        story.para(esc(tr("In {n} project(s) the funding sources do not add up to the yearly budget.", lang).format(
            n=len(unmatched))), story.styles.caption)
    story.chart(charts.budget_by_source(data, lang, story.width))
    story.chart(charts.budget_by_gcm(data, lang, story.width))
    story.chart(charts.budget_by_group(data, lang, story.width))


def traceability_summary(story: Story, data: PlanData) -> None:
    lang = story.lang
    story.heading(1, tr("Traceability: from problems to projects", lang),
                  "landscape" if data.rows("problems") or data.rows("objectives") else "portrait")
    story.text(tr("Each problem or potentiality of the diagnosis, the objectives that answer it, their goals and the "
                  "projects that deliver them. Gaps in the chain are listed after the table.", lang), story.styles.small)

    def label_list(nodes: list[traceability.Node]) -> str:
        return "<br/>".join(esc(n.label) for n in nodes) or "—"

    rows = []
    for root in traceability.tree(data, lang):
        objectives = root.children if root.section == "problems" else [root]
        goals = [g for o in objectives for g in o.children]
        projects_ = [p for g in goals for p in g.children]
        first = esc(root.label) if root.section == "problems" else "—"
        rows.append([first, label_list(objectives), label_list(goals), label_list(projects_)])
    headers = [tr("Problem / potentiality", lang), tr("Objectives", lang), tr("Goals", lang), tr("Projects", lang)]
    cols = [tb.Column(h, w, lambda r: "", markup=tb.cell(i)) for i, (h, w) in enumerate(zip(headers, [30, 30, 34, 30]))]
    if not rows:
        story.text(tr("No problems, objectives, goals or projects are recorded yet, so there is no chain to follow.", lang))
        return
    story.grid(cols, rows)
    gaps = traceability.gaps(data, lang)
    story.heading(2, tr("Gaps in the chain", lang), in_toc=False)
    if not gaps:
        story.text(tr("No gaps: the chain is complete.", lang))
        return
    rows = [[g.message, data.link_label(g.section, g.row_id)] for g in gaps]
    story.grid(tb.simple_columns([tr("Gap", lang), tr("Row", lang)], [40, 60]), rows)


# --- management --------------------------------------------------------------------------

def monitoring_section(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    section_table(story, data, sec)
    goals = data.rows("goals")
    years = data.period_years() or sorted({y for g in goals for y in monitoring.goal_fulfilment(data, g)})
    title = tr("Goal fulfilment per year", lang)
    intro = tr("Achieved ÷ programmed value (programmed ÷ achieved for goals that decrease), at most 100 %; "
               "“—” when a value is missing.", lang)
    if not goals:
        story.heading(2, title, in_toc=False)
        story.add(tb.empty_note(sec, story.styles, lang))
        return

    def pct(v: float | None) -> str:
        return formatting.percent(v, 1, lang) if v is not None else "—"

    rows = []
    for g in goals:
        f = monitoring.goal_fulfilment(data, g)
        rows.append([data.link_label("goals", g["id"]), *[pct(f.get(y)) for y in years]])
    yearly = monitoring.yearly_fulfilment(data)
    rows.append([tr("Average of goals with a figure", lang), *[pct(yearly.get(y)) for y in years]])
    widths = [46] + [9] * len(years)
    cols = tb.simple_columns([tr("Goal", lang), *[str(y) for y in years]], widths, set(range(1, len(years) + 1)))
    story.titled_table(2, title, intro, cols, rows)


SPECIAL = {
    "mobility_profile": mobility_profile,
    "problems": problems,
    "projects": projects,
    "monitoring": monitoring_section,
    "vision": guide_blocks.vision,
    **ordinance_chapter.SPECIAL,
}


# --- annexes -----------------------------------------------------------------------------

def annexes(story: Story, data: PlanData) -> None:
    from localplan.forms import section

    lang = story.lang
    story.chapter(tr("Annexes", lang))
    actors = section("actors")
    story.heading(1, tr("Annex A. Directory of actors", lang), "portrait")
    rows: list[Any] = data.rows("actors")
    if rows:
        cols = [tb.id_column()] + [tb.field_column(data, actors, actors.field(f), lang) for f in ("name", "type", "level", "contact")]
        story.grid(cols, rows)
    else:
        story.add(tb.empty_note(actors, story.styles, lang))
    story.heading(1, tr("Annex B. Sources of data", lang))
    story.text(tr("The sources behind the figures of the mobility profile, with the categories and years they cover.",
                  lang), story.styles.small)
    by_source: dict[str, dict[str, Any]] = {}
    for r in data.rows("mobility_profile"):
        name = r.get("source_detail") or (choice_label("data_sources", r["source"], lang) if r.get("source") else "")
        if not name:
            continue
        entry = by_source.setdefault(name, {"kind": r.get("source"), "cats": [], "years": set(), "rel": r.get("reliability")})
        if r.get("category") and r["category"] not in entry["cats"]:
            entry["cats"].append(r["category"])
        if r.get("year"):
            entry["years"].add(r["year"])
    rows = [[name, choice_label("data_sources", e["kind"], lang) if e["kind"] else "",
             "; ".join(choice_label("mobility_categories", c, lang) for c in e["cats"]),
             ", ".join(str(y) for y in sorted(e["years"])),
             choice_label("reliability", e["rel"], lang) if e["rel"] else ""] for name, e in sorted(by_source.items())]
    cols = tb.simple_columns([tr("Source", lang), tr("Source type", lang), tr("Categories", lang), tr("Years", lang),
                              tr("Reliability", lang)], [30, 14, 30, 12, 10])
    if rows:
        story.grid(cols, rows)
    else:
        story.text(tr("No sources recorded.", lang), story.styles.small)
    other = sorted({r["source"] for r in data.rows("problems") if r.get("source")}
                   | {r["verification"] for r in data.rows("goals") if r.get("verification")})
    if other:
        story.heading(2, tr("Other sources and means of verification cited", lang), in_toc=False)
        for name in other:
            story.para("• " + esc(name), story.styles.small)
    guide_blocks.facts_to_verify(story, data)
    from localplan.exports.report import front, glossary_annex

    glossary_annex.annex(story, tr("Annex D. Glossary of acronyms", lang),
                         also=[data.gad_title(lang), front.report_title(lang)])  # the running header and the title

"""Any section as tables derived from its spec; the fallback for sections not laid out specially."""

from __future__ import annotations

from localplan.domain.data import PlanData
from localplan.exports.report import tables as tb
from localplan.exports.report.story import Story
from localplan.forms import Section
from localplan.i18n import QT_TR_NOOP, tr

# What a section is, for a reader of the report. A section's help speaks to whoever fills it
# in ("tick", "cite another article as {{art:ID}}"): it is never printed. Sections not named
# here print no introduction.
INTROS = {
    "mobility_profile": QT_TR_NOOP("Population figures by the categories of the human-mobility law, each with its source "
                                   "and year. An empty figure means the figure is not available, not zero."),
    "mobility_narratives": QT_TR_NOOP("For each category: what the data says, and what data is missing."),
    "problems": QT_TR_NOOP("One matrix across the PDOT components. Priority = severity × urgency (1–5 each)."),
    "actors": QT_TR_NOOP("Who works on human mobility in the territory, their interest and influence (1–5)."),
    "objectives": QT_TR_NOOP("What the GAD will achieve for people in mobility; each objective answers problems or "
                             "potentialities of the diagnosis."),
    "goals": QT_TR_NOOP("Each goal has an indicator, a baseline (value and year), a final target and a programmed "
                        "value for each year of the plan."),
    "projects": QT_TR_NOOP("Budget in USD by year and by funding source; both add up to the same total."),
    "articulation": QT_TR_NOOP("The actors the GAD coordinates with, what for and through which instrument."),
    "monitoring": QT_TR_NOOP("For each goal: how often it is followed up, by whom, in which report, and the value "
                             "achieved each year."),
    "risk_reduction": QT_TR_NOOP("The hazards the territory faces, who they expose, and what the GAD does to reduce "
                                 "them, including displacement by disasters and violence."),
    "dissemination": QT_TR_NOOP("How the plan is made known to the population and to people in mobility, through which "
                                "channels and in which languages."),
    "participation": QT_TR_NOOP("How people in mobility take part in planning and follow-up."),
    "risks": QT_TR_NOOP("What could stop the plan, how likely, with what impact, and what the GAD will do."),
    "self_assessment": QT_TR_NOOP("The GAD's answers to the self-assessment criteria, with their evidence."),
    "ordinance_steps": QT_TR_NOOP("The steps of the approval procedure with their dates."),
}


def intro(sec: Section, lang: str) -> str:
    text = INTROS.get(sec.id)
    return tr(text, lang) if text else ""

# Column groups for matrices too wide for one page: each group becomes one table (the
# row's number and name repeat). Fields not named here still appear (after the last group).
COLUMN_SETS: dict[str, list[list[str]]] = {
    "goals": [["statement", "objective", "indicator", "unit", "baseline_value", "baseline_year", "target_value",
               "target_year", "yearly_targets", "direction", "responsible"],
              ["statement", "groups", "disaggregation", "verification", "pnd_axis", "sdgs", "sdg_targets", "gcm", "policy"],
              ["statement", "indicator_kind", "measure", "approaches", "pnd_version", "pnd_objective", "pnd_target",
               "equality_agenda"]],
    "projects": [["program", "name", "objectives", "goals", "groups", "location", "responsible", "partners", "start_year",
                  "end_year", "status", "gcm"],
                 ["name", "budget_by_year", "budget_own", "budget_transfers", "budget_cooperation", "budget_other"],
                 ["name", "themes", "competence"]],
    # the profile's disaggregation (sex and age, then the other dimensions) in two tables that stay readable
    "mobility_profile": [["category", "nationality", "sex", "age_group", "parish", "value", "not_available", "year",
                          "reliability"],
                         ["category", "disability", "ethnicity", "migratory_status", "sogi", "source", "source_detail"]],
    "objectives": [["name", "problems", "pnd_axis", "sdgs", "sdg_targets", "gcm", "policy"]],
}


def column_groups(data: PlanData, sec: Section, lang: str, extra: dict[str, list[tb.Column]] | None = None
                  ) -> tuple[str, list[list[tb.Column]]]:
    """(orientation, tables as column lists) for a section. `extra` adds computed columns
    after the named field ("" for the end of the last table)."""
    main = tb.main_field(sec)
    shown = [f.id for f in sec.fields if f.in_table]
    sets = [list(s) for s in COLUMN_SETS.get(sec.id, [shown])]
    named = {fid for s in sets for fid in s}
    sets[-1] += [fid for fid in shown if fid not in named]
    extra = extra or {}
    groups: list[list[tb.Column]] = []
    first_main = True
    for ids in sets:
        cols = [tb.id_column()]
        for fid in ids:
            if fid not in {f.id for f in sec.fields}:
                continue
            details = main is not None and fid == main.id and first_main
            cols.append(tb.field_column(data, sec, sec.field(fid), lang, with_details=details))
            if details:
                first_main = False
            cols += extra.get(fid, [])
        groups.append(cols)
    groups[-1] += extra.get("", [])
    # a group still too wide for a landscape page is cut, repeating number and name
    out: list[list[tb.Column]] = []
    for cols in groups:
        if sum(c.width for c in cols) <= tb.LANDSCAPE_CHARS:
            out.append(cols)
            continue
        name = next((c for c in cols[1:] if main and c.header == main.label.get(lang)), None)
        out += tb.chunks(cols, [cols[0]] + ([name] if name else []), tb.LANDSCAPE_CHARS)
    wide = any(tb.orientation_for(cols) == "landscape" for cols in out)
    return ("landscape" if wide else "portrait"), out


def section_table(story: Story, data: PlanData, sec: Section, extra: dict[str, list[tb.Column]] | None = None,
                  heading: bool = True, level: int = 1) -> None:
    """Heading, the section's help as introduction, and its rows as one or more tables."""
    lang = story.lang
    if sec.single:
        if heading:
            story.heading(level, sec.title.get(lang), "portrait")
        record = data.record(sec.id)
        story.add(tb.key_values([(f.label.get(lang), data.display(sec.id, record, f.id, lang)) for f in sec.fields],
                                story.styles, story.width))
        story.spacer(10)
        return
    rows = data.rows(sec.id)
    orientation, groups = column_groups(data, sec, lang, extra)
    if not rows:
        orientation = story.orientation
    first, lead = story.table(groups[0], rows, orientation) if rows else (None, 0)
    if heading:
        story.heading(level, sec.title.get(lang), orientation, need=lead + 25)
        if intro(sec, lang):
            story.text(intro(sec, lang), story.styles.small)
    if not rows:
        story.add(tb.empty_note(sec, story.styles, lang))
        story.spacer(8)
        return
    for i, cols in enumerate(groups):
        if i:
            story.heading(2, tr("{section} (continued)", lang).format(section=sec.title.get(lang)), in_toc=False)
        story.grid(cols, rows, table=first if i == 0 else None)

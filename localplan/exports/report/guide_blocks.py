"""Report blocks for the 2019 guide's additions: COOTAD art. 249's floor beside the priority-group
spending, and the annex of reference facts to verify with what each rests on."""

from __future__ import annotations

from localplan import formatting
from localplan.domain import budget
from localplan.domain.data import PlanData
from localplan.domain.provenance import facts_in_plan
from localplan.exports.report import tables as tb
from localplan.exports.report.story import Story
from localplan.exports.report.text import esc
from localplan.forms import Section
from localplan.i18n import tr
from localplan.reference import provenance


def cootad_249_summary(story: Story, data: PlanData) -> None:
    lang = story.lang
    years = budget.cootad_249(data)
    story.heading(2, tr("Priority-attention groups: the floor of COOTAD art. 249", lang), in_toc=False)
    story.text(tr("A GAD's budget must assign at least 10 % of its non-tax revenue to programmes for priority-attention "
                  "groups (COOTAD art. 249); people in human mobility are among those groups, so this plan's projects are "
                  "part of that spending.", lang), story.styles.small)
    if not years:
        story.text(tr("The GAD's non-tax revenue is not recorded in its profile: the floor cannot be computed.", lang),
                   story.styles.small)
        return

    def money(v: float | None) -> str:
        return formatting.money(v, lang) if v is not None else tr("not available", lang)

    def met(v: bool | None) -> str:
        return "—" if v is None else (tr("Yes", lang) if v else tr("No", lang))

    rows = [[str(y["year"]), money(y["revenue"]), money(y["floor"]), money(y["priority"]), money(y["mobility"]), met(y["met"])]
            for y in years]
    cols = tb.simple_columns([tr("Year", lang), tr("Non-tax revenue", lang), tr("Floor (10 %)", lang),
                              tr("Priority-group budget", lang), tr("Of which this plan", lang), tr("Floor met", lang)],
                             [8, 16, 14, 16, 14, 8], {1, 2, 3, 4})
    story.grid(cols, rows, 4)


def facts_to_verify(story: Story, data: PlanData) -> None:
    lang = story.lang
    story.heading(1, tr("Annex C. Reference facts to verify", lang))
    from reportlab.platypus import KeepTogether, Paragraph

    intro = tr("These facts come from secondary sources and are marked “to verify” wherever they appear; each names "
               "what it rests on. Check them against the official text before relying on them.", lang)
    items = [Paragraph(esc(intro), story.styles.small)]
    items += [Paragraph("• " + esc(provenance.with_source(fact, lang)), story.styles.small)
              for fact in facts_in_plan(data)]
    story.add(KeepTogether(items))  # a short list: it moves whole rather than leave one item on a page


def vision(story: Story, data: PlanData, sec: Section) -> None:
    """The vision heads the proposal chapter: it stays on the chapter's first page, whatever its orientation
    (the generic single-record layout would start a portrait page of its own after the chapter's introduction)."""
    lang = story.lang
    story.heading(1, sec.title.get(lang))
    record = data.record(sec.id)
    story.add(tb.key_values([(f.label.get(lang), data.display(sec.id, record, f.id, lang)) for f in sec.fields],
                            story.styles, story.width))
    story.spacer(10)

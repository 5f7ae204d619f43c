"""The ordinance chapter of the report, as the council will read it: articles with the numbers
the ordinance prints ("Art. 20.-", never the row's "#27"), references {{art:ID}} resolved,
dispositions with their ordinal, versions as a table of what changed (never the stored
snapshot), and a plain statement when the ordinance has not been drafted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from localplan.domain.data import PlanData
from localplan.exports.report import tables as tb
from localplan.exports.report.story import Story
from localplan.forms import Section
from localplan.i18n import tr
from localplan.ordinance import numbering
from localplan.reference import provenance


def drafted(data: PlanData) -> bool:
    record = data.record("ordinance")
    return bool(record.get("title") or data.rows("ordinance_articles") or data.rows("ordinance_recitals"))


def resolver(data: PlanData, lang: str) -> Callable[[str | None], str]:
    """Article references resolved to the printed numbers, and the repeal placeholder to the
    norms the ordinance names (as the ordinance document prints them)."""
    from localplan.ordinance.render import REPEALS, repeals_text

    numbers = numbering.article_numbers(data.rows("ordinance_articles"))
    repeals = repeals_text(data.record("ordinance"), lang)
    return lambda text: numbering.render_refs(text or "", numbers, lang).replace(REPEALS, repeals)


def heading_and_motives(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    story.heading(1, sec.title.get(lang), "portrait")
    if not drafted(data):
        story.text(tr("The ordinance has not been drafted yet: it has no title, no recitals and no articles. Its "
                      "document is not part of this submission until it is.", lang))
        return
    refs = resolver(data, lang)
    record = data.record(sec.id)
    pairs = [(f.label.get(lang), refs(data.display(sec.id, record, f.id, lang))) for f in sec.fields
             if record.get(f.id) not in (None, "")]
    if not pairs:
        story.text(tr("The ordinance's title, subject and explanatory statement are not written yet.", lang))
        return
    story.add(tb.key_values(pairs, story.styles, story.width))
    story.spacer(10)


def _table(story: Story, data: PlanData, sec: Section, cols: list[tb.Column], rows: list[Any]) -> None:
    lang = story.lang
    if not drafted(data) and not rows:
        return  # said once, under the heading and motives
    orientation = tb.orientation_for(cols)
    story.heading(1, sec.title.get(lang), orientation if rows else None)
    if not rows:
        story.add(tb.empty_note(sec, story.styles, lang))
        story.spacer(8)
        return
    story.grid(cols, rows)


def _text_column(header: str, width: float, text: Callable[[dict[str, Any]], str]) -> tb.Column:
    return tb.Column(header, width, text)


def recitals(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    refs = resolver(data, lang)
    rows = data.rows(sec.id)
    order = {r["id"]: n for n, r in enumerate(rows, 1)}

    def reference(row: dict[str, Any]) -> str:
        text = data.display(sec.id, row, "reference", lang)
        marked = row.get("basis") and provenance.source("ordinance_bases", row["basis"]) is not None
        return text + provenance.mark(lang) if marked and provenance.mark(lang) not in text else text

    cols = [tb.Column(tr("No.", lang), 4, lambda r: str(order[r["id"]]), numeric=True),
            _text_column(sec.field("reference").label.get(lang), sec.field("reference").width, reference),
            _text_column(sec.field("text").label.get(lang), 70, lambda r: refs(r.get("text")))]
    _table(story, data, sec, cols, rows)


def articles(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    refs = resolver(data, lang)
    rows = data.rows(sec.id)
    labels = numbering.labels(rows, lang)
    cols = [tb.Column(tr("Number", lang), 10, lambda r: labels.get(r["id"], "")),
            tb.field_column(data, sec, sec.field("heading"), lang),
            _text_column(sec.field("text").label.get(lang), 75, lambda r: refs(r.get("text")))]
    _table(story, data, sec, cols, rows)


def dispositions(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    refs = resolver(data, lang)
    rows = [r for _kind, members in numbering.grouped_dispositions(data.rows(sec.id)) for r in members]
    labels = numbering.disposition_labels(rows, lang)
    cols = [tb.field_column(data, sec, sec.field("kind"), lang),
            tb.Column(tr("Number", lang), 10, lambda r: labels.get(r["id"], "")),
            _text_column(sec.field("text").label.get(lang), 70, lambda r: refs(r.get("text")))]
    _table(story, data, sec, cols, rows)


def version_rows(data: PlanData, lang: str) -> list[list[str]]:
    """Name, date, articles, changes from the previous version, note: one line per version."""
    from localplan.errors import UserError
    from localplan.ordinance import versions

    out = []
    previous = None
    for row in data.rows("ordinance_versions"):
        try:
            frozen = versions.thaw(row.get("snapshot"))
        except UserError:
            frozen = None
        if frozen is None:
            count, changes = "—", tr("content unreadable", lang)
        else:
            count = str(len(numbering.article_numbers(frozen.rows("ordinance_articles"))))
            if previous is None:
                changes = tr("first version", lang)
            else:
                s = versions.summary(versions.compare(previous, frozen, lang))
                changes = (tr("{added} paragraph(s) added, {removed} removed, {changed} changed", lang).format(**s)
                           if any(s.values()) else tr("no change in the text", lang))
            previous = frozen
        out.append([row.get("name") or "—", data.display("ordinance_versions", row, "date", lang), count, changes,
                    row.get("note") or ""])
    return out


def version_table(story: Story, data: PlanData, sec: Section) -> None:
    lang = story.lang
    headers = [tr("Name", lang), tr("Date", lang), tr("Articles", lang), tr("Changes from the previous version", lang),
               tr("Note", lang)]
    cols = tb.simple_columns(headers, [28, 10, 8, 34, 30], {2})
    _table(story, data, sec, cols, version_rows(data, lang))


SPECIAL = {
    "ordinance": heading_and_motives,
    "ordinance_recitals": recitals,
    "ordinance_articles": articles,
    "ordinance_dispositions": dispositions,
    "ordinance_versions": version_table,
}

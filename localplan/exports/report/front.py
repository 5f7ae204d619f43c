"""Cover, table of contents and executive summary."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.exports.report import styles as st
from localplan.exports.report import tables as tb
from localplan.exports.report.story import Story
from localplan.exports.report.text import esc, level_text, period_text, territory_text
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.checks.findings import Finding


def report_title(lang: str) -> str:
    return tr("Report on mainstreaming human mobility in the PDOT", lang)


def cover(story: Story, data: PlanData, lang: str, fingerprint: str, today: _dt.date) -> None:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer

    s = story.styles
    items = [Spacer(1, 3.2 * cm), Paragraph(esc(report_title(lang)), s.cover_title),
             Paragraph(esc(data.gad_title(lang)), s.cover_sub)]
    for line in (level_text(data, lang), territory_text(data), period_text(data, lang)):
        if line:
            items.append(Paragraph(esc(line), s.cover_line))
    date = formatting.long_date(today, lang)
    items += [Spacer(1, 0.6 * cm), Paragraph(esc(date[:1].upper() + date[1:]), s.cover_line)]  # not capitalize(): "November"
    if data.is_example:
        mark = tr("Example plan", lang)
        items += [Spacer(1, 0.8 * cm), Paragraph(
            f"<font color='{st.EXAMPLE}'><b>{esc(mark)}</b></font> — "
            + esc(tr("fictitious data for training; not an official document.", lang)), s.cover_line)]
    g = data.gad
    facts = [(tr("Executive authority", lang), g.get("authority") or ""),
             (tr("Planning unit", lang), g.get("planning_unit") or ""),
             (tr("Contact", lang), g.get("contact") or ""),
             (tr("Data fingerprint", lang), fingerprint)]
    items += [Spacer(1, 4.5 * cm), tb.key_values(facts, s, story.width * 0.8, 0.38), Spacer(1, 0.4 * cm),
              Paragraph(esc(tr("Prepared with LocalPlan. The data fingerprint is also printed on the workbook made "
                               "from the same data: if they match, both documents show the same plan.", lang)), s.caption)]
    story.items += items


def toc(story: Story, lang: str) -> Any:
    """The contents chapter; returns the slot its lines go into once the whole story is known
    (see `doc.contents`)."""
    from reportlab.platypus import Spacer

    story.chapter(tr("Contents", lang))
    story._pending[0]._bookmark = (0, tr("Contents", lang), "toc", False)
    slot = Spacer(0, 0)
    story.add(slot)
    return slot


def _tiles(story: Story, tiles: list[tuple[str, str]]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = story.styles
    per_row = 4
    cells = [[Paragraph(esc(v), s.figure if len(v) <= 7 else s.figure_small), Paragraph(esc(k), s.figure_label)]
             for k, v in tiles]
    while len(cells) % per_row:
        cells.append(["", ""])
    rows = []
    for i in range(0, len(cells), per_row):
        rows.append([c[0] for c in cells[i:i + per_row]])
        rows.append([c[1] for c in cells[i:i + per_row]])
    t = Table(rows, colWidths=[story.width / per_row] * per_row)
    cmds = [("FONT", (0, 0), (-1, -1), s.font, 8), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r in range(0, len(rows), 2):
        cmds += [("BACKGROUND", (0, r), (-1, r + 1), colors.HexColor(st.ACCENT_LIGHT)),
                 ("LINEABOVE", (0, r), (-1, r), 3, colors.white), ("TOPPADDING", (0, r), (-1, r), 10),
                 ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 10)]
    cmds.append(("LINEAFTER", (0, 0), (-2, -1), 3, colors.white))
    t.setStyle(TableStyle(cmds))
    return t


def summary(story: Story, data: PlanData, lang: str, findings: list[Finding] | None = None) -> None:
    from localplan.exports.report import summary as executive

    executive.summary(story, data, lang, findings or [], _tiles)

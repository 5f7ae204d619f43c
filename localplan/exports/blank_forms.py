"""Printable blank forms for workshop participants without a laptop (reportlab).

One landscape page (or more) per matrix, with its columns from the specs, a line of
instructions and empty rows to fill by hand; the same columns as the blank workbook, so
what is written on paper can be typed into the template and imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from localplan import fonts
from localplan.exports.atomic import atomic_path
from localplan.exports.page_numbers import numbered_canvas
from localplan.forms import SECTIONS, Field, FieldType, Section
from localplan.i18n import QT_TR_NOOP, language, translator

EMPTY_ROWS = 14
TEMPLATE_PERIOD = (2023, 2027)  # the period of the blank templates (the workbook's too): a column per year


def columns(sec: Section, lang: str, years: list[int]) -> list[tuple[str, Field, int | None]]:
    """(label, field, year) per column: the section's first table fields, a yearly one as one column per year."""
    out: list[tuple[str, Field, int | None]] = []
    for f in [f for f in sec.fields if f.in_table][:9]:
        if f.type is FieldType.YEAR_VALUES:
            out += [(f.label.get(lang), f, y) for y in years]
        else:
            out.append((f.label.get(lang), f, None))
    return out


def header(cols: list[tuple[str, Field, int | None]], style: Any) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """Two header rows: a field's label over its year columns (the years below it), other labels over both rows."""
    from reportlab.platypus import Paragraph

    top: list[Any] = []
    below: list[Any] = []
    spans: list[tuple[Any, ...]] = []
    for c, (label, f, year) in enumerate(cols):
        first = c == 0 or year is None or cols[c - 1][1] is not f
        top.append(Paragraph(escape(label), style) if first else "")
        below.append(Paragraph(str(year), style) if year is not None else "")
        if year is None:
            spans.append(("SPAN", (c, 0), (c, 1)))
        elif first:
            last = c
            while last + 1 < len(cols) and cols[last + 1][1] is f:
                last += 1
            spans.append(("SPAN", (c, 0), (last, 0)))
    return [top, below], spans


def write_blank_forms(target: Path, lang: str | None = None, years: list[int] | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    lang = lang or language()
    t = translator(lang)
    family = fonts.register()
    body = ParagraphStyle("b", fontName=family, bulletFontName=family, fontSize=9, leading=12)
    head = ParagraphStyle("h", parent=body, fontName=fonts.BOLD, fontSize=7, leading=8.5, textColor=colors.white)
    title = ParagraphStyle("t", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18, textColor=colors.HexColor("#1F4E79"))
    story: list[object] = [Paragraph(escape(t(QT_TR_NOOP("Blank forms for the PDOT human-mobility matrices"))), title), Spacer(1, 6),
                   Paragraph(escape(t(QT_TR_NOOP(
                       "Fill one row per item. Use the options listed under each table for the columns that have them. "
                       "Afterwards, type the rows into the blank workbook (localplan template --xlsx) and import it "
                       "into the plan: the columns are the same."))), body), Spacer(1, 6)]
    width = landscape(A4)[0] - 60
    years = list(years) if years is not None else list(range(TEMPLATE_PERIOD[0], TEMPLATE_PERIOD[1] + 1))
    for n, sec in enumerate(s for s in SECTIONS if not s.single and not s.id.startswith("ordinance")):
        cols = columns(sec, lang, years)
        fields = list(dict.fromkeys(f for _, f, _ in cols))
        if n:
            story.append(PageBreak())
        story += [Paragraph(escape(sec.title.get(lang)), title), Paragraph(escape(sec.help.get(lang)), body), Spacer(1, 4)]
        weights = [9 if year is not None else max(9, min(f.width, 40)) for _, f, year in cols]
        col_w = [width * w / sum(weights) for w in weights]
        heads, spans = header(cols, head)
        rows = heads + [[""] * len(cols) for _ in range(EMPTY_ROWS)]
        table = Table(rows, colWidths=col_w, rowHeights=[None, None] + [24] * EMPTY_ROWS, repeatRows=2)
        table.setStyle(TableStyle(spans + [("FONTNAME", (0, 0), (-1, -1), family),
                                           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#1F4E79")),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
        from localplan.forms.values import choice_items

        notes = []
        for f in fields:
            if f.type in (FieldType.CHOICE, FieldType.MULTICHOICE) and f.choices not in ("gad_parishes", "dpa_units", None):
                options = "; ".join(label for _, label in choice_items(f.choices, None, lang))
                notes.append(f"<b>{escape(f.label.get(lang))}</b>: {escape(options)}")
        for note in notes:
            story.append(Paragraph(note, ParagraphStyle("n", parent=body, fontSize=7, leading=9)))
    with atomic_path(Path(target)) as tmp:
        SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=40,
                          title=t(QT_TR_NOOP("Blank forms for the PDOT human-mobility matrices")), creator="LocalPlan",
                          initialFontName=family).build(story, canvasmaker=numbered_canvas(lang, 30, 20))
    return Path(target)

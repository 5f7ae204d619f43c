"""Paragraph styles of the report, all from the bundled DejaVu family (no Helvetica anywhere)."""

from __future__ import annotations

from dataclasses import dataclass

INK = "#1d2b36"
ACCENT = "#1f5a7a"  # headings, table headers
ACCENT_LIGHT = "#e8f0f5"  # zebra rows, boxes
RULE = "#b8c7d2"
MUTED = "#5d6b75"
EXAMPLE = "#b85c38"
DRAFT = "#b3261e"  # the draft mark when the checker found errors

CELL_SIZE = 7.5
CELL_LEADING = 9.2
CELL_PAD = 3


@dataclass
class Styles:
    font: str
    bold: str
    body: object
    small: object
    caption: object
    cell: object
    cell_right: object
    head: object
    head_right: object
    h1: object
    h2: object
    h3: object
    figure: object
    figure_small: object
    figure_label: object
    cover_title: object
    cover_sub: object
    cover_line: object
    toc_levels: list[object]


def make_styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from localplan import fonts

    font = fonts.register()
    bold = fonts.BOLD
    ink = colors.HexColor(INK)
    accent = colors.HexColor(ACCENT)
    muted = colors.HexColor(MUTED)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12.5, textColor=ink, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName=font, fontSize=CELL_SIZE, leading=CELL_LEADING, textColor=ink,
                          splitLongWords=1)
    return Styles(
        font=font,
        bold=bold,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        caption=ParagraphStyle("caption", parent=body, fontSize=7, leading=9, textColor=muted, spaceBefore=2, spaceAfter=8),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white),
        head_right=ParagraphStyle("head_right", parent=cell, fontName=bold, textColor=colors.white, alignment=TA_RIGHT),
        h1=ParagraphStyle("h1", parent=body, fontName=bold, fontSize=18, leading=22, textColor=accent,
                          spaceBefore=0, spaceAfter=12, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=bold, fontSize=12.5, leading=16, textColor=accent,
                          spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=bold, fontSize=9.5, leading=12.5, textColor=ink,
                          spaceBefore=8, spaceAfter=4, keepWithNext=1),
        figure_small=ParagraphStyle("figure_small", parent=body, fontName=bold, fontSize=13, leading=28, textColor=accent,
                                    alignment=TA_CENTER, spaceAfter=0),
        figure=ParagraphStyle("figure", parent=body, fontName=bold, fontSize=24, leading=28, textColor=accent,
                              alignment=TA_CENTER, spaceAfter=0),
        figure_label=ParagraphStyle("figure_label", parent=body, fontSize=7.5, leading=9.5, textColor=muted,
                                    alignment=TA_CENTER, spaceAfter=0),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=bold, fontSize=25, leading=31,
                                   textColor=accent, alignment=TA_LEFT, spaceAfter=18),
        cover_sub=ParagraphStyle("cover_sub", parent=body, fontName=bold, fontSize=15, leading=20, spaceAfter=6),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=11, leading=15, textColor=ink, spaceAfter=3),
        toc_levels=[
            ParagraphStyle("toc0", parent=body, fontName=bold, fontSize=10, leading=14, leftIndent=0,
                           firstLineIndent=0, spaceBefore=6),
            ParagraphStyle("toc1", parent=body, fontSize=9, leading=12, leftIndent=14, firstLineIndent=0, spaceAfter=0),
        ],
    )

"""Section tables derived from the specs: every row of every section, headers repeated."""

from __future__ import annotations

from xml.sax.saxutils import escape

from localplan.domain.data import PlanData
from localplan.exports import fonts
from localplan.forms import FieldType, Section
from localplan.forms.values import display

NUMERIC = {FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT, FieldType.YEAR}
LONG_LIMIT = 700  # characters of a long text shown in a table cell; the rest is cut with "…"


def columns_for(section: Section, wide: bool):
    """The fields shown: table fields, plus long texts on landscape pages."""
    fields = [f for f in section.fields if f.in_table or (wide and f.type is FieldType.LONGTEXT and f.id in ("description",))]
    return fields


def section_table(data: PlanData, section: Section, st: dict, width: float, lang: str, rows=None):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    fields = columns_for(section, width > 600)
    weights = [max(6, min(f.width, 40)) for f in fields]
    number_w = 22
    scale = (width - number_w) / sum(weights)
    widths = [number_w] + [w * scale for w in weights]
    head = [Paragraph("#", st["head"])] + [Paragraph(escape(f.label.get(lang)), st["head"]) for f in fields]
    body = [head]
    for r in (rows if rows is not None else data.rows(section.id)):
        cells = [Paragraph(str(r["id"]), st["cell"])]
        for f in fields:
            text = display(f, r.get(f.id), lang, data.link_label)
            if len(text) > LONG_LIMIT:
                text = text[:LONG_LIMIT] + "…"
            cells.append(Paragraph(escape(text).replace("\n", "<br/>"), st["cell"]))
        body.append(cells)
    table = Table(body, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7DE")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6F9")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for n, f in enumerate(fields, start=1):
        if f.type in NUMERIC:
            style.append(("ALIGN", (n, 1), (n, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def key_value_table(pairs: list[tuple[str, str]], st: dict, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = [[Paragraph(escape(k), st["small"]), Paragraph(escape(v).replace("\n", "<br/>"), st["small"])] for k, v in pairs]
    table = Table(body, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7DE")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F3F6F9"))]))
    return table

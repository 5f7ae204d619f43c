"""Baselines: the bare libraries doing the same work as LocalPlan, measured in the same run."""

from __future__ import annotations

from pathlib import Path

from localplan.domain.data import PlanData
from localplan.forms import SECTIONS
from localplan.forms.values import display


def cells(data: PlanData, lang: str = "es"):
    """Every section's rows as display strings, exactly what a report or sheet shows."""
    out = []
    for sec in SECTIONS:
        fields = [f for f in sec.fields if f.in_table]
        rows = [[display(f, r.get(f.id), lang, data.link_label) for f in fields] for r in data.rows(sec.id)]
        out.append((sec, fields, rows))
    return out


def raw_reportlab(data: PlanData, target: Path) -> None:
    """Raw reportlab: the same tables (header + Paragraph cells, same font and styles), one pass."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from localplan.exports import fonts

    family = fonts.register()
    cell = ParagraphStyle("c", fontName=family, fontSize=7.2, leading=8.8)
    story = []
    for _sec, fields, rows in cells(data):
        if not rows:
            continue
        body = [[Paragraph(f.label.get("es"), cell) for f in fields]] + [[Paragraph(t.replace("&", "&amp;").replace("<", "&lt;"), cell)
                                                                           for t in r] for r in rows]
        width = 742 / len(fields)
        table = Table(body, colWidths=[width] * len(fields), repeatRows=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), family), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    SimpleDocTemplate(str(target), pagesize=landscape(A4), initialFontName=family).build(story)


def raw_openpyxl(data: PlanData, target: Path) -> None:
    """Raw openpyxl: the same cells, one sheet per section, one list validation per choice column."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    from localplan.forms import FieldType

    wb = Workbook()
    wb.remove(wb.active)
    for n, (_sec, fields, rows) in enumerate(cells(data)):
        ws = wb.create_sheet(f"s{n}")
        ws.append([f.label.get("es") for f in fields])
        for r in rows:
            ws.append(r)
        for c, f in enumerate(fields, start=1):
            if f.type is FieldType.CHOICE:
                dv = DataValidation(type="list", formula1='"a,b,c"', allow_blank=True)
                dv.add(f"{ws.cell(2, c).column_letter}2:{ws.cell(2, c).column_letter}{len(rows) + 201}")
                ws.add_data_validation(dv)
    wb.save(target)

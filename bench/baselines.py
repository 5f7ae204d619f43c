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
    """Raw openpyxl writing the same cells and validations as our workbook, the library's fast way.

    Write-only mode; per section a sheet with a label row, a hidden key row, one row per
    record with every field (a column per year for yearly values, numbers with their number
    format), the same list and whole-number validations; a hidden sheet of the choice lists;
    a cover of ten facts. No styling, comments or fingerprint: those are our overhead.
    """
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from localplan.forms import FieldType
    from localplan.forms.values import choice_items

    numeric = {FieldType.INTEGER: "#,##0", FieldType.DECIMAL: "#,##0.00", FieldType.MONEY: '"$"#,##0.00',
               FieldType.PERCENT: '0.0" %"', FieldType.YEAR: "0"}
    years = [str(y) for y in data.period_years()]
    wb = Workbook(write_only=True)
    cover = wb.create_sheet("cover")
    lists = wb.create_sheet("lists")
    lists.sheet_state = "hidden"
    choice_lists: dict[str, list[str]] = {}
    for n, sec in enumerate(SECTIONS):
        ws = wb.create_sheet(f"s{n}")
        cols = []
        for f in sec.fields:
            if f.type is FieldType.YEAR_VALUES:
                cols += [(f, y) for y in sorted({y for r in data.rows(sec.id) for y in (r.get(f.id) or {})} | set(years))]
            else:
                cols.append((f, None))
        ws.append(["N.º"] + [f.label.get("es") + (f" {y}" if y else "") for f, y in cols])
        ws.append(["id@" + sec.id] + [f.id + (f":{y}" if y else "") for f, y in cols])
        rows = data.rows(sec.id)
        for r in rows:
            line = [r["id"]]
            for f, y in cols:
                v = r.get(f.id)
                if v is None:
                    line.append(None)
                elif y is not None:
                    c = WriteOnlyCell(ws, v.get(y))
                    c.number_format = "#,##0.00"
                    line.append(c)
                elif f.type in numeric:
                    c = WriteOnlyCell(ws, v)
                    c.number_format = numeric[f.type]
                    line.append(c)
                elif f.type is FieldType.DATE:
                    c = WriteOnlyCell(ws, dt.date.fromisoformat(v))
                    c.number_format = "dd/mm/yyyy"
                    line.append(c)
                elif f.type is FieldType.MULTILINK:
                    line.append("; ".join(map(str, v)))
                else:
                    line.append(display(f, v, "es", data.link_label))
            ws.append(line)
        last = max(len(rows) + 2, 203)
        for c, (f, y) in enumerate(cols, start=2):
            letter = get_column_letter(c)
            if f.type is FieldType.CHOICE and f.choices:
                if f.choices not in choice_lists:
                    choice_lists[f.choices] = [label for _, label in choice_items(f.choices, data.context("es"), "es")] or [""]
                col = get_column_letter(list(choice_lists).index(f.choices) + 1)
                dv = DataValidation(type="list", formula1=f"lists!${col}$1:${col}${len(choice_lists[f.choices])}", allow_blank=True)
            elif f.type in (FieldType.INTEGER, FieldType.YEAR) and y is None:
                dv = DataValidation(type="whole", operator="between", formula1="0", formula2="1000000", allow_blank=True)
            else:
                continue
            dv.add(f"{letter}3:{letter}{last}")
            ws.data_validations.append(dv)
    keys = list(choice_lists)
    for i in range(max((len(v) for v in choice_lists.values()), default=0)):
        lists.append([choice_lists[k][i] if i < len(choice_lists[k]) else None for k in keys])
    for n in range(10):
        cover.append([f"fact {n}", data.gad_title()])
    wb.save(target)

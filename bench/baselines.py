"""Baselines: the bare libraries doing the same work as LocalPlan, measured in the same run."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

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


class Text(NamedTuple):
    """A paragraph of a report table's cell: its text and its style's name."""

    text: str
    style: str


def report_tables(data: PlanData, lang: str = "es") -> list[tuple]:
    """The tables of our PDF report as plain data, taken from its story (outside the timing):
    (orientation, column widths, rows of (markup, style name) or plain strings, numeric columns,
    repeat rows, split in row). The baseline lays these same tables out itself."""
    import datetime as dt

    from reportlab.platypus import KeepTogether, Paragraph, Table
    from reportlab.platypus.doctemplate import NextPageTemplate

    from localplan.exports.report import build_story
    from localplan.exports.report import doc as pages

    doc = pages.make_doc(Path("never-written.pdf"), pages.page_info(data, lang, "0000"), {})
    widths = {"portrait": doc.width_portrait, "landscape": doc.width_landscape}
    items, _slot, _styles, _steps = build_story(data, lang, "0000", widths, dt.date(2026, 1, 1))
    out, orientation = [], "portrait"

    def cell(c):
        return Text(c.text, c.style.name) if isinstance(c, Paragraph) else c

    def visit(item):
        nonlocal orientation
        if isinstance(item, NextPageTemplate):
            orientation = item.action[1]
        elif isinstance(item, KeepTogether):
            for inner in item._content:
                visit(inner)
        elif isinstance(item, Table):
            rows = [[cell(c) for c in row] for row in item._cellvalues]
            numeric = [i for i, c in enumerate(rows[0]) if isinstance(c, Text) and c.style == "head_right"]
            out.append((orientation, list(item._argW), rows, numeric, item.repeatRows, item.splitInRow))

    for item in items:
        visit(item)
    return out


def raw_reportlab(tables: list[tuple], target: Path) -> None:
    """Raw reportlab laying out the same tables as our report (same cells, widths, paragraph
    styles, table style and font) in one pass, on portrait and landscape A4 pages."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table

    from localplan.exports.report import styles as st
    from localplan.exports.report.tables import Column, table_style

    styles = st.make_styles()
    by_name = {v.name: v for v in vars(styles).values() if hasattr(v, "fontName") and hasattr(v, "name")}
    doc = BaseDocTemplate(str(target), pagesize=A4, initialFontName=styles.font)

    def template(name, size):
        w, h = size
        return PageTemplate(name, [Frame(18 * mm, 20 * mm, w - 36 * mm, h - 42 * mm, leftPadding=0, rightPadding=0,
                                         topPadding=0, bottomPadding=0)], pagesize=size)

    doc.addPageTemplates([template("portrait", A4), template("landscape", landscape(A4))])
    story, orientation = [], "portrait"
    for where, widths, rows, numeric, repeat, split in tables:
        if where != orientation:
            story += [NextPageTemplate(where), PageBreak()]
            orientation = where
        body = [[Paragraph(c.text, by_name[c.style]) if isinstance(c, Text) else c for c in row] for row in rows]
        columns = [Column("", 1, str, numeric=i in numeric) for i in range(len(widths))]
        story += [Table(body, colWidths=widths, repeatRows=repeat, splitInRow=split, hAlign="LEFT",
                        style=table_style(styles, columns, len(body))), Spacer(1, 10)]
    doc.build(story)


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

"""Write the workbook: cover with fingerprint, a sheet per section, lists, validations."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.exports.atomic import atomic_path
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.json_doc import FORMAT_VERSION
from localplan.exports.registry import Progress, no_progress
from localplan.exports.workbook.layout import COVER_SHEET, FIRST_DATA_ROW, LISTS_SHEET, SECTION_MARK, Column, columns, sheet_title
from localplan.forms import SECTIONS, FieldType
from localplan.forms.values import choice_items, choice_label, display
from localplan.i18n import QT_TR_NOOP, language, translator

FORMATS = {FieldType.MONEY: '"$"#,##0.00', FieldType.PERCENT: '0.0" %"', FieldType.YEAR: "0",
           FieldType.INTEGER: "#,##0", FieldType.DECIMAL: "#,##0.00", FieldType.YEAR_VALUES: "#,##0.00"}
HEADER = "1F4E79"


def cell_value(data: PlanData, col: Column, row: dict, lang: str):
    f = col.field
    value = row.get(f.id)
    if value is None:
        return None
    if col.year is not None:
        return (value or {}).get(col.year)
    if f.type in (FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT, FieldType.YEAR):
        return value
    if f.type is FieldType.BOOL:
        return display(f, value, lang)
    if f.type is FieldType.DATE:
        return _dt.date.fromisoformat(value)
    if f.type is FieldType.MULTILINK:
        return "; ".join(str(v) for v in value)
    return display(f, value, lang, data.link_label)


def write_workbook(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None,
                   blank: bool = False) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang or language()
    t = translator(lang)
    wb = Workbook()
    cover = wb.active
    cover.title = COVER_SHEET
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_ranges: dict[str, str] = {}
    ctx = data.context(lang)
    bold, white = Font(bold=True), Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER)
    used = {COVER_SHEET.casefold(), LISTS_SHEET.casefold()}
    total = len(SECTIONS)
    for n, sec in enumerate(SECTIONS, start=1):
        progress(n - 1, total, sec.title.get(lang))
        ws = wb.create_sheet(sheet_title(sec, lang, used))
        cols = columns(sec, data)
        ws.cell(1, 1, "N.º" if lang == "es" else "No.").font = white
        ws.cell(2, 1, SECTION_MARK + sec.id)
        for c, col in enumerate(cols, start=2):
            head = ws.cell(1, c, col.label(lang))
            head.font, head.fill = white, fill
            head.alignment = Alignment(wrap_text=True, vertical="top")
            note = col.field.help.get(lang) or col.field.label.get(lang)
            if col.field.type is FieldType.MULTILINK:
                note += "\n" + t(QT_TR_NOOP("Numbers (N.º) of rows of the linked sheet, separated by “;”."))
            head.comment = Comment(note[:1000], "LocalPlan")
            ws.cell(2, c, col.key)
            ws.column_dimensions[get_column_letter(c)].width = max(9, min(col.field.width + 2, 50))
        ws.cell(1, 1).fill = fill
        ws.row_dimensions[2].hidden = True
        ws.row_dimensions[1].height = 42
        ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 2)
        rows = [] if blank else data.rows(sec.id)
        for r_index, row in enumerate(rows, start=FIRST_DATA_ROW):
            ws.cell(r_index, 1, row["id"] if not sec.single else 1)
            for c, col in enumerate(cols, start=2):
                value = cell_value(data, col, row, lang)
                if value is not None:
                    cell = ws.cell(r_index, c, value)
                    fmt = FORMATS.get(col.field.type)
                    if fmt:
                        cell.number_format = fmt
                    if col.field.type is FieldType.DATE:
                        cell.number_format = "dd/mm/yyyy"
        last = max(FIRST_DATA_ROW + len(rows) - 1, FIRST_DATA_ROW + 200)
        for c, col in enumerate(cols, start=2):
            letter = get_column_letter(c)
            f = col.field
            if f.type is FieldType.CHOICE and f.choices:
                if f.choices not in list_ranges:
                    items = [label for _, label in choice_items(f.choices, ctx, lang)]
                    column = len(list_ranges) + 1
                    for i, label in enumerate(items, start=1):
                        lists.cell(i, column, label)
                    lcol = get_column_letter(column)
                    list_ranges[f.choices] = f"{quote_sheetname(LISTS_SHEET)}!${lcol}$1:${lcol}${max(len(items), 1)}"
                dv = DataValidation(type="list", formula1=list_ranges[f.choices], allow_blank=True,
                                    error=t(QT_TR_NOOP("Choose a value from the list.")), showErrorMessage=True)
                dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")
                ws.add_data_validation(dv)
            elif f.type in (FieldType.INTEGER, FieldType.YEAR) and col.year is None:
                low = f.minimum if f.minimum is not None else (1950 if f.type is FieldType.YEAR else -10**12)
                high = f.maximum if f.maximum is not None else (2100 if f.type is FieldType.YEAR else 10**12)
                dv = DataValidation(type="whole", operator="between", formula1=str(int(low)), formula2=str(int(high)),
                                    allow_blank=True, showErrorMessage=True,
                                    error=t(QT_TR_NOOP("Enter a whole number within the allowed range.")))
                dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")
                ws.add_data_validation(dv)
        money = [c for c, col in enumerate(cols, start=2) if col.field.type is FieldType.MONEY or
                 (col.field.type is FieldType.YEAR_VALUES and sec.id == "projects")]
        if money and rows:
            total_row = FIRST_DATA_ROW + len(rows)
            ws.cell(total_row, 1, "Total").font = bold
            for c in money:
                letter = get_column_letter(c)
                cell = ws.cell(total_row, c, f"=SUBTOTAL(9,{letter}{FIRST_DATA_ROW}:{letter}{total_row - 1})")
                cell.font, cell.number_format = bold, FORMATS[FieldType.MONEY]
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    gad = data.gad
    period = data.period
    facts = [
        (t(QT_TR_NOOP("Mainstreaming human mobility in the PDOT")), ""),
        (t(QT_TR_NOOP("GAD")), data.gad_title()),
        (t(QT_TR_NOOP("INEC code")), gad.get("gad_code") or ""),
        (t(QT_TR_NOOP("Level")), choice_label("gad_levels", gad["level"], lang) if gad.get("level") else ""),
        (t(QT_TR_NOOP("Period")), f"{period[0]}–{period[1]}" if period else ""),
        (t(QT_TR_NOOP("Date")), _dt.date.today().strftime("%d/%m/%Y")),
        (t(QT_TR_NOOP("Format version")), f"localplan-workbook {FORMAT_VERSION}"),
        (t(QT_TR_NOOP("Content fingerprint")), "" if blank else short(fingerprint(data))),
        (t(QT_TR_NOOP("Full fingerprint (SHA-256)")), "" if blank else fingerprint(data)),
        (t(QT_TR_NOOP("Generated by")), f"LocalPlan {__version__}"),
    ]
    if data.is_example:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP("EXAMPLE PLAN (fictitious)"))))
    if blank:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP(
            "Blank template: fill one sheet per matrix from row 3 (row 2 is hidden and must stay), leave the N.º column "
            "empty for new rows, choose values from the drop-down lists, and import the workbook back into LocalPlan."))))
    for r, (k, v) in enumerate(facts, start=1):
        cover.cell(r, 1, k).font = bold
        cover.cell(r, 2, v)
    cover["A1"].font = Font(bold=True, size=14, color=HEADER)
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 80
    progress(total, total, t(QT_TR_NOOP("Workbook written")))
    with atomic_path(Path(target)) as tmp:
        wb.save(tmp)
    return Path(target)

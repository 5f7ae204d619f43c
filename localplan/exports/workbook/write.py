"""Write the workbook: cover with fingerprint, a sheet per section, lists, validations."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.exports import cells
from localplan.exports.atomic import atomic_path
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.json_doc import FORMAT_VERSION
from localplan.exports.registry import Progress, no_progress
from localplan.exports.workbook import identity
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
    """Write-only mode: rows stream to disk, so memory stays near what the cells need."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang or language()
    t = translator(lang)
    wb = Workbook(write_only=True)
    cover = wb.create_sheet(COVER_SHEET)
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_columns: dict[str, list[str]] = {}
    list_ranges: dict[str, str] = {}
    ctx = data.context(lang)
    bold, white = Font(bold=True), Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER)
    wrap = Alignment(wrap_text=True, vertical="top")
    used = {COVER_SHEET.casefold(), LISTS_SHEET.casefold(), cells.LONG_SHEET.casefold()}
    overflow = cells.Overflow()  # texts longer than a cell holds, kept whole in a sheet of their own
    cut_note = t(cells.CUT_NOTE).format(sheet=cells.LONG_SHEET)
    total = len(SECTIONS)
    for n, sec in enumerate(SECTIONS, start=1):
        progress(n - 1, total, sec.title.get(lang))
        ws = wb.create_sheet(sheet_title(sec, lang, used))
        cols = columns(sec, data)
        for c, col in enumerate(cols, start=2):
            ws.column_dimensions[get_column_letter(c)].width = max(9, min(col.field.width + 2, 50))
        ws.row_dimensions[1].height = 42
        ws.row_dimensions[2].hidden = True
        ws.freeze_panes = "B3"
        head_cells = []
        first = WriteOnlyCell(ws, "N.º" if lang == "es" else "No.")
        first.font, first.fill = white, fill
        head_cells.append(first)
        for col in cols:
            cell = WriteOnlyCell(ws, col.label(lang))
            cell.font, cell.fill, cell.alignment = white, fill, wrap
            note = col.field.help.get(lang) or col.field.label.get(lang)
            if col.field.type is FieldType.MULTILINK:
                note += "\n" + t(QT_TR_NOOP("Numbers (N.º) of rows of the linked sheet, separated by “;”."))
            cell.comment = Comment(note[:1000], "LocalPlan")
            head_cells.append(cell)
        ws.append(head_cells)
        ws.append([SECTION_MARK + sec.id] + [col.key for col in cols])
        formats = [FORMATS.get(col.field.type) if col.field.type is not FieldType.DATE else "dd/mm/yyyy" for col in cols]
        rows = [] if blank else data.rows(sec.id)
        for row in rows:
            out = [row["id"] if not sec.single else 1]
            for col, fmt in zip(cols, formats):
                value = cells.safe(ws, cell_value(data, col, row, lang), overflow=overflow,
                                   key=(sec.id, row["id"] if not sec.single else 1, col.key), note=cut_note)
                if value is not None and fmt:
                    cell = WriteOnlyCell(ws, value)
                    cell.number_format = fmt
                    value = cell
                out.append(value)
            ws.append(out)
        last = max(FIRST_DATA_ROW + len(rows) - 1, FIRST_DATA_ROW + 200)
        for c, col in enumerate(cols, start=2):
            letter = get_column_letter(c)
            f = col.field
            if f.type is FieldType.CHOICE and f.choices:
                if f.choices not in list_ranges:
                    items = [label for _, label in choice_items(f.choices, ctx, lang)]
                    column = len(list_columns) + 1
                    list_columns[f.choices] = items or [""]
                    lcol = get_column_letter(column)
                    list_ranges[f.choices] = f"{quote_sheetname(LISTS_SHEET)}!${lcol}$1:${lcol}${max(len(items), 1)}"
                dv = DataValidation(type="list", formula1=list_ranges[f.choices], allow_blank=True,
                                    error=t(QT_TR_NOOP("Choose a value from the list.")), showErrorMessage=True)
                dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")
                ws.data_validations.append(dv)
            elif f.type in (FieldType.INTEGER, FieldType.YEAR) and col.year is None:
                low = f.minimum if f.minimum is not None else (1950 if f.type is FieldType.YEAR else -10**12)
                high = f.maximum if f.maximum is not None else (2100 if f.type is FieldType.YEAR else 10**12)
                dv = DataValidation(type="whole", operator="between", formula1=str(int(low)), formula2=str(int(high)),
                                    allow_blank=True, showErrorMessage=True,
                                    error=t(QT_TR_NOOP("Enter a whole number within the allowed range.")))
                dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")
                ws.data_validations.append(dv)
        money = [c for c, col in enumerate(cols, start=2) if col.field.type is FieldType.MONEY or
                 (col.field.type is FieldType.YEAR_VALUES and sec.id == "projects")]
        if money and rows:
            total_row = FIRST_DATA_ROW + len(rows)
            line: list = [WriteOnlyCell(ws, "Total")]
            line[0].font = bold
            for c in range(2, len(cols) + 2):
                if c in money:
                    letter = get_column_letter(c)
                    cell = WriteOnlyCell(ws, f"=SUBTOTAL(9,{letter}{FIRST_DATA_ROW}:{letter}{total_row - 1})")
                    cell.font, cell.number_format = bold, FORMATS[FieldType.MONEY]
                    line.append(cell)
                else:
                    line.append(None)
            ws.append(line)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    height = max((len(v) for v in list_columns.values()), default=0)
    keys = list(list_columns)
    for i in range(height):
        lists.append([cells.safe(lists, list_columns[k][i]) if i < len(list_columns[k]) else None for k in keys])
    gad = data.gad
    period = data.period
    full = "" if blank else fingerprint(data)
    facts = [
        (t(QT_TR_NOOP("Mainstreaming human mobility in the PDOT")), ""),
        (t(QT_TR_NOOP("GAD")), data.gad_title()),
        (t(QT_TR_NOOP("INEC code")), gad.get("gad_code") or ""),
        (t(QT_TR_NOOP("Level")), choice_label("gad_levels", gad["level"], lang) if gad.get("level") else ""),
        (t(QT_TR_NOOP("Period")), f"{period[0]}–{period[1]}" if period else ""),
        (t(QT_TR_NOOP("Date")), _dt.date.today().strftime("%d/%m/%Y")),
        (t(QT_TR_NOOP("Format version")), f"localplan-workbook {FORMAT_VERSION}"),
        (t(QT_TR_NOOP("Content fingerprint")), short(full) if full else ""),
        (t(QT_TR_NOOP("Full fingerprint (SHA-256)")), full),
        (t(QT_TR_NOOP("Generated by")), f"LocalPlan {__version__}"),
    ]
    if data.is_example:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP("EXAMPLE PLAN (fictitious)"))))
    if blank:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP(
            "Blank template: fill one sheet per matrix from row 3 (row 2 is hidden and must stay), leave the N.º column "
            "empty for new rows, choose values from the drop-down lists, and import the workbook back into LocalPlan."))))
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 80
    for r, (k, v) in enumerate(facts, start=1):
        key = WriteOnlyCell(cover, k)
        key.font = Font(bold=True, size=14, color=HEADER) if r == 1 else bold
        cover.append([key, cells.safe(cover, v)])
    cells.write_long_sheet(wb, overflow)
    identity.write(wb, data, blank)
    progress(total, total, t(QT_TR_NOOP("Workbook written")))
    with atomic_path(Path(target)) as tmp:
        wb.save(tmp)
    return Path(target)

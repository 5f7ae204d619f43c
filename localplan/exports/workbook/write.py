"""Write the workbook: cover with fingerprint, a sheet per section, lists, validations."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.exports import cells
from localplan.exports.atomic import atomic_path
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.json_doc import FORMAT_VERSION
from localplan.exports.report.text import level_label
from localplan.exports.workbook import identity
from localplan.exports.workbook.extras import Extra, extras, hidden_fields
from localplan.exports.workbook.fit import choose_layout
from localplan.exports.workbook.layout import COVER_SHEET, FIRST_DATA_ROW, LISTS_SHEET, SECTION_MARK, Column, columns, sheet_title
from localplan.exports.workbook.printing import (
    FONT,
    NUMBER_WIDTH,
    PAGE_UNITS,
    WIDE_TEXT,
    PrintPlan,
    page_setup,
    row_height,
)
from localplan.exports.workbook.widths import DATA_POINTS
from localplan.forms import SECTIONS, FieldType, Section
from localplan.forms.values import Context, choice_items, display
from localplan.i18n import QT_TR_NOOP, language, translator
from localplan.progress import Progress, no_progress

FORMATS = {FieldType.MONEY: '"$"#,##0.00', FieldType.PERCENT: '0.0" %"', FieldType.YEAR: "0",
           FieldType.INTEGER: "#,##0", FieldType.DECIMAL: "#,##0.00", FieldType.YEAR_VALUES: "#,##0.00"}
HEADER = "1F4E79"
LAST_ROW = 1_048_576  # validations cover the whole usable column
MIN_SCALE = 0.72  # a narrow sheet may grow until it prints at this scale (0.55 where LibreOffice lacks Calibri)


MONEY_YEARS = {"budget_by_year"}  # yearly fields in US dollars: their year columns show money


def _format(sc: SheetColumn) -> str | None:
    if sc.col is None:
        return sc.computed.number_format
    if sc.col.field.id in MONEY_YEARS and sc.col.year is not None:
        return FORMATS[FieldType.MONEY]
    return FORMATS.get(sc.col.field.type) if sc.col.field.type is not FieldType.DATE else "dd/mm/yyyy"


def _validate(ws: Any, col: Column, letter: str, ctx: Context, lang: str, t: Callable[[str], str],
              list_columns: dict[str, list[str]], list_ranges: dict[str, str]) -> None:
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

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
    elif f.type in (FieldType.INTEGER, FieldType.YEAR) and col.year is None:
        low = f.minimum if f.minimum is not None else (1950 if f.type is FieldType.YEAR else -10**12)
        high = f.maximum if f.maximum is not None else (2100 if f.type is FieldType.YEAR else 10**12)
        dv = DataValidation(type="whole", operator="between", formula1=str(int(low)), formula2=str(int(high)),
                            allow_blank=True, showErrorMessage=True,
                            error=t(QT_TR_NOOP("Enter a whole number within the allowed range.")))
    elif f.type is FieldType.YEAR_VALUES and col.year is not None:  # one number per year column
        low = f.minimum if f.minimum is not None else -10**12
        dv = DataValidation(type="decimal", operator="between", formula1=str(low), formula2=str(10**12),
                            allow_blank=True, showErrorMessage=True,
                            error=t(QT_TR_NOOP("Enter the year's value as a number (no text, no other years).")))
    else:
        return
    dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_ROW}")
    ws.data_validations.append(dv)


def cell_value(data: PlanData, col: Column, row: dict[str, Any], lang: str) -> Any:
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
    if f.type is FieldType.MULTILINK:  # "#6 its label", one per line: read by people, parsed back by number
        return "\n".join(_link_text(data, f.link or "", v) for v in value)
    if f.type is FieldType.LINK:
        return _link_text(data, f.link or "", value)
    return display(f, value, lang, data.link_label)


def _link_text(data: PlanData, section_id: str, row_id: int) -> str:
    label = data.link_label(section_id, row_id)
    return " ".join(label.replace(";", ",").split())  # no separator or line break inside one link


@dataclass
class SheetColumn:
    key: str | None  # the ids-row key the import matches; None for a computed column
    label: str
    width: float
    col: Column | None = None  # a spec column
    extra: Extra | None = None  # or a computed one
    hidden: bool = False

    @property
    def computed(self) -> Extra:
        """The computed column this is (a column without a spec column is always one)."""
        assert self.extra is not None, self.label
        return self.extra


def sheet_columns(sec: Section, data: PlanData, t: Callable[[str], str], lang: str) -> tuple[list[SheetColumn], dict[str, str]]:
    """The sheet's columns after N.º (column A): spec columns, computed ones after the column they
    follow, frozen or reference-holding texts hidden; and each key's letter."""
    from openpyxl.utils import get_column_letter

    cols = columns(sec, data)
    hidden = hidden_fields(sec, data)
    letters: dict[str, str] = {}
    more = extras(sec, data, t, lang, [c.key for c in cols], letters)
    out = [SheetColumn(None, x.label, x.width, extra=x) for x in more if x.after is None]
    for col in cols:
        out.append(SheetColumn(col.key, col.label(lang), column_width(col), col=col,
                               hidden=col.field.id in hidden))
        out += [SheetColumn(None, x.label, x.width, extra=x) for x in more if x.after == col.key]
    for c, sc in enumerate(out, start=2):
        if sc.key:
            letters[sc.key] = get_column_letter(c)
    return out, letters


TEXT_TYPES = (FieldType.TEXT, FieldType.LONGTEXT, FieldType.LINK, FieldType.MULTILINK, FieldType.CHOICE, FieldType.MULTICHOICE)


def fit_columns(scols: list[SheetColumn], data: PlanData, rows: list[dict[str, Any]], lang: str,
                name_field: str | None = None) -> PrintPlan:
    """Widths from what the text columns hold (see widths.balance), then how the sheet prints (see
    fit.choose_layout)."""
    from localplan.exports.workbook import widths

    if len(rows) > widths.SAMPLE:
        rows = [rows[i * len(rows) // widths.SAMPLE] for i in range(widths.SAMPLE)]
    movable = [not sc.hidden and ((sc.col is not None and sc.col.year is None and sc.col.field.type in TEXT_TYPES)
                                  or (sc.extra is not None and sc.width >= WIDE_TEXT)) for sc in scols]
    values = [[cell_value(data, sc.col, row, lang) if sc.col is not None else
               (sc.extra.value(row, n) if moves and sc.extra is not None else None) for sc, moves in zip(scols, movable)]
              for n, row in enumerate(rows, start=FIRST_DATA_ROW)]
    new = widths.balance([0.0 if sc.hidden else sc.width for sc in scols], movable, [sc.label for sc in scols], values,
                         NUMBER_WIDTH, PAGE_UNITS, PAGE_UNITS / MIN_SCALE)
    name = next((i for i, sc in enumerate(scols) if sc.col is not None and sc.col.year is None
                 and sc.col.field.id == name_field), None)
    plan, chosen = choose_layout([0.0 if sc.hidden else w for sc, w in zip(scols, new)], movable,
                                 [sc.label for sc in scols], values, name)
    for sc, width in zip(scols, chosen):
        if not sc.hidden:
            sc.width = width
    return plan


def column_width(col: Column) -> float:
    """Narrow enough that a sheet fits one landscape page wide at a readable scale: texts wrap."""
    f = col.field
    if col.year is not None:
        return 11
    if f.type is FieldType.YEAR:  # four digits; the header wraps
        return 9
    if f.type is FieldType.LONGTEXT:  # wide enough that long texts do not make rows a page tall
        return max(40, min(f.width + 2, 60))
    return max(9, min(f.width + 2, 22))


def write_workbook(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None,
                   blank: bool = False) -> Path:
    """Write-only mode: rows stream to disk, so memory stays near what the cells need."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = lang or language()
    t = translator(lang)
    wb = Workbook(write_only=True)
    cover = wb.create_sheet(COVER_SHEET)
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_columns: dict[str, list[str]] = {}
    list_ranges: dict[str, str] = {}
    ctx = data.context(lang)
    plain, bold = Font(name=FONT, size=DATA_POINTS), Font(name=FONT, size=DATA_POINTS, bold=True)
    white = Font(name=FONT, size=DATA_POINTS, bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER)
    wrap = Alignment(wrap_text=True, vertical="top")
    styled: dict[str | None, Any] = {}  # a data cell's style per number format, as openpyxl's indices

    def data_style(cell: Any, fmt: str | None) -> Any:
        """Arial 9, wrapped, top-aligned, in `fmt`: styled once per format, then copied (openpyxl hashes
        every font and alignment set on a cell, most of the time a large workbook took)."""
        if fmt in styled:
            cell._style = copy(styled[fmt])
        else:
            cell.font, cell.alignment = plain, wrap
            if fmt:
                cell.number_format = fmt
            styled[fmt] = copy(cell._style)
        return cell

    used = {COVER_SHEET.casefold(), LISTS_SHEET.casefold(), cells.LONG_SHEET.casefold()}
    overflow = cells.Overflow()  # texts longer than a cell holds, kept whole in a sheet of their own
    cut_note = t(cells.CUT_NOTE).format(sheet=cells.LONG_SHEET)
    total = len(SECTIONS)
    gad_title = data.gad_title(lang)
    for n, sec in enumerate(SECTIONS, start=1):
        progress(n - 1, total, sec.title.get(lang))
        ws = wb.create_sheet(sheet_title(sec, lang, used))
        scols, _letters = sheet_columns(sec, data, t, lang)
        plan = fit_columns(scols, data, [] if blank else data.rows(sec.id), lang, sec.label_field)
        page_setup(ws, sec.title.get(lang), gad_title, t, plan=plan)
        last_letter = get_column_letter(len(scols) + 1)
        ws.column_dimensions["A"].width = NUMBER_WIDTH
        for c, sc in enumerate(scols, start=2):
            ws.column_dimensions[get_column_letter(c)].width = sc.width
            if sc.hidden:
                ws.column_dimensions[get_column_letter(c)].hidden = True
        ws.row_dimensions[1].height = row_height(["N.º", *(sc.label for sc in scols)],
                                                 [NUMBER_WIDTH, *(0.0 if sc.hidden else sc.width for sc in scols)],
                                                 "Helvetica-Bold")
        ws.row_dimensions[2].hidden = True
        ws.freeze_panes = "B3"
        rows = [] if blank else data.rows(sec.id)
        ws.auto_filter.ref = f"A1:{last_letter}{max(FIRST_DATA_ROW + len(rows) - 1, FIRST_DATA_ROW)}"
        head_cells = []
        first = WriteOnlyCell(ws, "N.º" if lang == "es" else "No.")
        first.font, first.fill, first.alignment = white, fill, wrap
        head_cells.append(first)
        for sc in scols:
            cell = WriteOnlyCell(ws, sc.label)
            cell.font, cell.fill, cell.alignment = white, fill, wrap
            if sc.col is not None:
                note = sc.col.field.help.get(lang) or sc.col.field.label.get(lang)
                if sc.col.field.type is FieldType.MULTILINK:
                    note += "\n" + t(QT_TR_NOOP("Rows of the linked sheet, one per line, each starting with its number "
                                                "(N.º) as “#12”; the text after the number is the row's name."))
            else:
                note = sc.computed.note or t(QT_TR_NOOP("Computed by LocalPlan; not imported."))
            cell.comment = Comment(note[:1000], "LocalPlan")
            head_cells.append(cell)
        ws.append(head_cells)
        ws.append([SECTION_MARK + sec.id] + [sc.key for sc in scols])
        widths = [0.0 if sc.hidden else sc.width for sc in scols]
        formats = [_format(sc) for sc in scols]
        for r, row in enumerate(rows, start=FIRST_DATA_ROW):
            values = [cell_value(data, sc.col, row, lang) if sc.col is not None else sc.computed.value(row, r)
                      for sc in scols]
            height = row_height(values, widths)
            if height:
                ws.row_dimensions[r].height = height
            row_id = row["id"] if not sec.single else 1
            out = [data_style(WriteOnlyCell(ws, row_id), None)]
            for sc, fmt, value in zip(scols, formats, values):
                # a user's text is never a live formula, and a text longer than a cell is kept whole elsewhere
                value = cells.safe(ws, value, overflow=overflow, note=cut_note,
                                   key=(sec.id, row_id, sc.key) if sc.key is not None else None)
                cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value)
                out.append(data_style(cell, fmt if value is not None else None))
            ws.append(out)
        for c, sc in enumerate(scols, start=2):
            if sc.col is not None:
                _validate(ws, sc.col, get_column_letter(c), ctx, lang, t, list_columns, list_ranges)
        money = [c for c, sc in enumerate(scols, start=2) if _format(sc) == FORMATS[FieldType.MONEY] or
                 (sc.col is not None and sc.col.field.type is FieldType.YEAR_VALUES and sec.id == "projects")]
        if money and rows:
            total_row = FIRST_DATA_ROW + len(rows)
            line: list[Any] = [WriteOnlyCell(ws, "Total")]
            line[0].font = bold
            for c in range(2, len(scols) + 2):
                if c in money:
                    letter = get_column_letter(c)
                    cell = WriteOnlyCell(ws, f"=SUBTOTAL(9,{letter}{FIRST_DATA_ROW}:{letter}{total_row - 1})")
                    cell.font, cell.number_format = bold, FORMATS[FieldType.MONEY]
                    line.append(cell)
                else:
                    line.append(None)
            ws.append(line)
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
        (t(QT_TR_NOOP("Level")), level_label(data, lang)),
        (t(QT_TR_NOOP("Period")), f"{period[0]}–{period[1]}" if period else ""),
        (t(QT_TR_NOOP("Date")), _dt.date.today().strftime("%d/%m/%Y")),
        (t(QT_TR_NOOP("Format version")), f"localplan-workbook {FORMAT_VERSION}"),
        (t(QT_TR_NOOP("Content fingerprint")), short(full) if full else ""),
        (t(QT_TR_NOOP("Full fingerprint (SHA-256)")), full),
        (t(QT_TR_NOOP("Generated by")), f"LocalPlan {__version__}"),
    ]
    if data.is_example:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP("EXAMPLE PLAN (fictitious)"))))
    if not blank:  # reference facts from secondary sources, with what each rests on
        from localplan.domain.provenance import facts_in_plan
        from localplan.reference import provenance

        facts += [(t(QT_TR_NOOP("To verify")), provenance.with_source(fact, lang)) for fact in facts_in_plan(data)]
    if blank:
        facts.append((t(QT_TR_NOOP("Note")), t(QT_TR_NOOP(
            "Blank template: fill one sheet per matrix from row 3 (row 2 is hidden and must stay), leave the N.º column "
            "empty for new rows, choose values from the drop-down lists, and import the workbook back into LocalPlan."))))
    page_setup(cover, t(QT_TR_NOOP("Mainstreaming human mobility in the PDOT")), gad_title, t, titles=False)
    cover.row_dimensions[1].height = 24
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 80
    for r, (k, v) in enumerate(facts, start=1):
        key = WriteOnlyCell(cover, k)
        key.font = Font(name=FONT, bold=True, size=14, color=HEADER) if r == 1 else bold
        if r > 1:  # the title runs on over the empty cell beside it
            key.alignment = wrap
            cover.row_dimensions[r].height = row_height([k, v], [30, 80])  # long notes wrap onto lines of their own
        value = cells.safe(cover, v)
        value = value if isinstance(value, Cell) else WriteOnlyCell(cover, value)
        value.font, value.alignment = plain, wrap
        cover.append([key, value])
    cells.write_long_sheet(wb, overflow)
    identity.write(wb, data, blank)
    progress(total, total, t(QT_TR_NOOP("Workbook written")))
    with atomic_path(Path(target)) as tmp:
        wb.save(tmp)
    return Path(target)

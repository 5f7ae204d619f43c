"""Cell values a spreadsheet shows and never runs, and never shortens (every openpyxl writer).

- Text is passed through the text rule's `sanitize` (control characters an XML sheet
  cannot hold would make openpyxl fail, or the file unreadable).
- Text beginning with "=", "+", "-" or "@" (or a tab / line break before one) is written
  as a *string cell* with Excel's quote prefix: shown as typed, never a formula — whatever
  the text says (`=HYPERLINK(…)`, a DDE payload).
- Excel holds at most 32,767 characters in a cell. A longer text is cut there with a
  visible mark, and its full text is kept in a sheet of continuations (`LongTexts`), from
  which the workbook import puts it back: a round trip never shortens a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from localplan.forms import text as text_rule
from localplan.i18n import QT_TR_NOOP

MAX_CELL = 32_767
PART = 32_000  # characters per continuation cell
RISKY = ("=", "+", "-", "@", "\t", "\n", "\r")
LONG_SHEET = "LongTexts"
LONG_MARK = "longtext@"  # cell A2 of the continuation sheet (not a section: the import skips it as one)
CUT_NOTE = QT_TR_NOOP("[… continued in the sheet “{sheet}”]")
CUT_SHORT = " […]"


@dataclass
class Overflow:
    """Texts too long for one cell: (section id, row id, column key) → full text."""

    texts: dict[tuple[str, int, str], str] = field(default_factory=dict)


def safe(ws: Any, value: Any, *, overflow: Overflow | None = None, key: tuple[str, int, str] | None = None,
         note: str | None = None) -> Any:
    """The value to put in a cell of `ws` (a cell object when it must be marked as text)."""
    if not isinstance(value, str):
        return value
    text = text_rule.sanitize(value)
    if len(text) > MAX_CELL:
        mark = note if (overflow is not None and key is not None and note) else CUT_SHORT
        if overflow is not None and key is not None:
            overflow.texts[key] = text
        text = text[:MAX_CELL - len(mark)] + mark
    if not text.startswith(RISKY):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"  # a string, never a formula
    cell.quotePrefix = True  # and shown as typed when edited in Excel
    return cell


def cut(value: Any) -> bool:
    """True when `safe` had to cut this value."""
    return isinstance(value, str) and len(text_rule.sanitize(value)) > MAX_CELL


def write_long_sheet(wb: Any, overflow: Overflow, title: str = LONG_SHEET) -> None:
    """The continuation sheet: one row per long text, its full text in cells of PART characters."""
    if not overflow.texts:
        return
    ws = wb.create_sheet(title)
    ws.append(["section", "row", "column", "text"])
    ws.append([LONG_MARK])
    for (sid, row_id, column), text in overflow.texts.items():
        parts = [text[i:i + PART] for i in range(0, len(text), PART)]
        ws.append([sid, row_id, column, *[safe(ws, p) for p in parts]])


def read_long_sheet(wb: Any) -> dict[tuple[str, int, str], str]:
    """The continuations a workbook holds (see write_long_sheet)."""
    out: dict[tuple[str, int, str], str] = {}
    for ws in wb.worksheets:
        head = next(ws.iter_rows(min_row=2, max_row=2, max_col=1, values_only=True), None)
        if not head or head[0] != LONG_MARK:
            continue
        for row in ws.iter_rows(min_row=3, values_only=True):
            if not row or len(row) < 4 or not isinstance(row[0], str) or isinstance(row[1], bool) \
                    or not isinstance(row[1], int) or not isinstance(row[2], str):
                continue
            if not all(isinstance(p, str) for p in row[3:] if p is not None):
                continue
            out[(row[0], row[1], row[2])] = "".join(p for p in row[3:] if p is not None)
    return out

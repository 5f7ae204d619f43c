"""How a sheet of the workbook prints: A4 landscape, never smaller than a readable scale.

A sheet that fits the page's width at READABLE scale or larger prints one page wide, as many tall as its
rows need. A wider sheet (the goals' 31 columns would print at a fifth of their size, 2 points) prints in
bands of columns instead, each a page wide at about READABLE scale: the sheet's fitToWidth is the number of
bands, the row number and the row's name repeat at the left of every band, and the pages run across before
down, so the bands of the same rows come one after another."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from localplan.exports.workbook.widths import wrapped
from localplan.i18n import QT_TR_NOOP

PAGE_UNITS = 149  # column-width units across landscape A4 inside the margins, at 100 %
NUMBER_WIDTH = 7  # column A (N.º)
READABLE = 2 / 3  # the smallest print scale: Arial 9 prints at 6 points
SLACK = 0.97  # a band is filled to this share of its room: Excel rounds widths to pixels and its scale to 1 %
WIDE_TEXT = 40  # a column this wide holds long texts: it takes the room a band leaves on its page
MAX_TEXT = 110
TITLE_SHARE = 0.3  # the columns repeated on every band take at most this share of a band
FONT = "Arial"
LINE_POINTS = 10.6  # one line of Arial 9 (measured in LibreOffice: 10.6 for 9 points, 11.6 for 10)
PAGE_POINTS = 595 - 2 * 0.45 * 72 - 24  # the height of landscape A4 rows print on: less margins, header, footer


@dataclass(frozen=True)
class PrintPlan:
    pages_wide: int  # 1: the sheet prints one page wide
    title_columns: int  # columns from A repeated at the left of every band (0 on a one-page-wide sheet)
    bands: tuple[tuple[int, ...], ...] = ()  # the columns (indices after N.º) each band prints besides the titles

    def scale(self, widths: Sequence[float]) -> float:
        """The scale the sheet prints at, one for all its bands: the page's width over that of its widest band
        with the repeated columns."""
        titles = NUMBER_WIDTH + sum(widths[: max(self.title_columns - 1, 0)])
        bands = self.bands or (tuple(range(len(widths))),)
        return min(min(1.0, PAGE_UNITS / (titles + sum(widths[c] for c in band))) for band in bands)

    def pages(self, widths: Sequence[float], heights: Sequence[float]) -> int:
        """About how many pages the sheet prints on, its rows `heights` points tall (the header row first,
        repeated on every page)."""
        scale = self.scale(widths)
        return self.pages_wide * max(1, math.ceil(sum(heights[1:]) * scale / (PAGE_POINTS - heights[0] * scale)))


def row_height(values: list[Any], widths: list[float], font: str = "Helvetica") -> float:
    """Points that show every line of the row's wrapped texts (Excel does not grow rows it did not draw)."""
    lines = max((wrapped(value, width, font) for value, width in zip(values, widths) if width), default=1)
    return min(409, LINE_POINTS * lines + 2)  # one line too: the default row is taller than Arial 9 needs


def band_room() -> float:
    """Width units one page holds at the smallest readable scale."""
    return PAGE_UNITS / READABLE


Spend = Callable[[list[int], float], None]  # widen some of these columns (in place) to fill this room


def plan_print(widths: list[float], name_column: int | None, spend: Spend, page: float = PAGE_UNITS) -> PrintPlan:
    """How a sheet with these column widths (after N.º; 0 for a hidden column) prints. `name_column` is the
    index in `widths` of the column that names a row, repeated with N.º on every band when it comes early
    and is narrow enough. The room left on a one-band sheet `page` units wide, or in each band, goes to its
    columns by `spend` (which widens them in `widths`)."""
    room = band_room()
    if NUMBER_WIDTH + sum(widths) <= room:
        spend(list(range(len(widths))), min(page, room * SLACK) - NUMBER_WIDTH)
        return PrintPlan(1, 0)
    titles = repeated(widths, name_column)
    title_width = NUMBER_WIDTH + sum(widths[:titles])
    bands = [[titles + i for i in band] for band in split(widths[titles:], room * SLACK - title_width)]
    for band in bands:
        spend(band, room * SLACK - title_width)
    return PrintPlan(len(bands), 1 + titles, tuple(tuple(band) for band in bands))


def plan_columns(widths: Sequence[float], titles: int) -> PrintPlan:
    """How a sheet of these column widths (from A, as they are) prints at a readable size, its first `titles`
    columns repeated on every band when it is too wide for one page."""
    room = band_room()
    if sum(widths) <= room:
        return PrintPlan(1, 0)
    bands = split(widths[titles:], room * SLACK - sum(widths[:titles]))
    return PrintPlan(len(bands), titles)


def repeated(widths: Sequence[float], name_column: int | None) -> int:
    """How many columns after N.º repeat at the left of every band: through the row's name, if it comes
    early and is narrow enough; else none."""
    if name_column is None or name_column >= 3:
        return 0
    return name_column + 1 if NUMBER_WIDTH + sum(widths[: name_column + 1]) <= TITLE_SHARE * band_room() else 0


def split(widths: Sequence[float], room: float) -> list[list[int]]:
    """Columns (indices into `widths`) packed in order into bands no wider than `room`, as a printer breaks them."""
    bands: list[list[int]] = [[]]
    used = 0.0
    for i, width in enumerate(widths):
        if bands[-1] and used + width > room:
            bands.append([])
            used = 0.0
        bands[-1].append(i)
        used += width
    return bands


def fill(columns: list[int], widths: list[float], room: float) -> None:
    """Widen the long-text columns among `columns` until they fill `room`: their texts take fewer lines,
    so rows are lower and the band prints on fewer pages."""
    wide = [c for c in columns if widths[c] >= WIDE_TEXT]
    spare = room - sum(widths[c] for c in columns)
    while wide and spare > 0.5:
        share = spare / len(wide)
        for c in wide:
            grow = min(share, MAX_TEXT - widths[c])
            widths[c] += grow
            spare -= grow
        wide = [c for c in wide if widths[c] < MAX_TEXT]


def page_setup(ws: Any, title: str, gad: str, t: Callable[[str], str], titles: bool = True,
               plan: PrintPlan = PrintPlan(1, 0)) -> None:
    """A4 landscape, `plan.pages_wide` pages wide and as many tall as needed, header row (and on a banded
    sheet the row's number and name) repeated, GAD, sheet and "Página N de M" on every page. Set before
    the first row: a write-only sheet writes its properties with the first row."""
    from openpyxl.utils import get_column_letter

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = plan.pages_wide, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if plan.pages_wide > 1:
        ws.page_setup.pageOrder = "overThenDown"
        ws.print_title_cols = f"A:{get_column_letter(plan.title_columns)}"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.45
    ws.page_margins.header = ws.page_margins.footer = 0.15
    if titles:
        ws.print_title_rows = "1:1"
    ws.oddHeader.left.text = _hf(gad)
    ws.oddHeader.right.text = _hf(title)
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = t(QT_TR_NOOP("Page &P of &N"))
    for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
        part.size, part.font = 8, f"{FONT},Regular"


def _hf(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a code in Excel headers

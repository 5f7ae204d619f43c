"""Column widths chosen from what the columns hold, so a sheet prints on few pages at a readable size.

A sheet prints one page wide (scaled down when it is wider than the page) and as many tall as its
rows need; a row is as tall as its cell with the most wrapped lines. So the printed length of a
sheet is about (sum of row heights) × max(sheet width, page width): a column whose texts are short
gives width back, a column whose texts make rows tall takes it. A few greedy steps from the specs'
widths find a better balance, never printing smaller than the specs' widths would (the sheet gets
no wider than it was, or than the page)."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

STEP = 0.15  # a move widens or narrows one column by this share
MIN_WIDTH = 8.0
MAX_WIDTH = 90.0
HEADER_LINES = 3  # the header row shows three lines
SAMPLE = 150  # rows looked at (evenly spread) on a long sheet
ROUNDS = 80
DATA_POINTS = 9  # data cells' font size; the header row and the column-width unit stay at 10 points


def per_line(width: float) -> float:
    """About how many characters of the data font (Arial 9) one line of a column `width` wide holds, word
    wrapping included (fitted to `wrapped` on the example's and synthetic plans' texts): the balance's estimate."""
    return max(width * 1.15 - 2, 4)


def wrapped(value: Any, width: float, font: str = "Helvetica") -> int:
    """The lines a text takes in a column `width` wide, word by word as Excel wraps it: Arial 9 (Helvetica's
    widths, which Arial shares) in 7 pixels per width unit, less the cell's padding. LibreOffice, with Arial or
    with the wider DejaVu Sans it substitutes, measures its columns in wider units and never needs more lines;
    so row heights from this show every line. Used for row heights, which must not cut text."""
    if not isinstance(value, str) or not value:
        return 1
    return _wrapped(value, width, font)


@functools.lru_cache(maxsize=1 << 16)  # the layout tries a sheet's texts at a few widths, then writes them at one
def _wrapped(value: str, width: float, font: str) -> int:
    """`wrapped` of a text, remembered."""
    room = (7 * width - 5) * 0.75  # points
    space = _width(" ", font)
    count = 0
    for part in value.split("\n"):
        count += 1
        line = 0.0
        for word in part.split(" "):
            w = _width(word, font)
            if line and line + space + w > room:
                count += 1
                line = w
            else:
                line = line + space + w if line else w
            while line > room:  # a word longer than the column breaks
                count += 1
                line -= room
    return count


@functools.lru_cache(maxsize=1 << 16)
def _width(word: str, font: str) -> float:
    """A word's width in points in the data font (a plan's texts repeat their words)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(word, font, DATA_POINTS))


def lines(value: Any, width: float) -> int:
    """`per_line`'s estimate of the lines a text takes in a column `width` wide."""
    return column_lines(line_lengths([value]), width)[0]


def column_lines(parts: Sequence[int | tuple[int, ...] | None], width: float) -> list[int]:
    """`lines` of a column's values at `width`, from their `line_lengths` (the balance tries many widths)."""
    room = per_line(width)
    ceil = math.ceil
    return [1 if p is None else ceil(p / room) if isinstance(p, int) else sum([max(1, ceil(n / room)) for n in p])
            for p in parts]


def line_lengths(values: Sequence[Any]) -> list[int | tuple[int, ...] | None]:
    """Each text's length, or its lines' lengths when it has several (None: not a text, or empty)."""
    out: list[int | tuple[int, ...] | None] = []
    for v in values:
        parts = _parts(v) if isinstance(v, str) and v else None
        out.append(parts[0] if parts is not None and len(parts) == 1 else parts)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _parts(value: str) -> tuple[int, ...]:
    """The lengths of a text's lines."""
    return tuple(len(part) for part in value.split("\n"))


def _floor(header: str, values: list[Any], width: float) -> float:
    """The narrowest a column may be: its header on three lines, no word cut, never under MIN_WIDTH."""
    words = [len(w) for v in [header, *values] if isinstance(v, str) for w in v.split()]
    longest_word = min(max(words, default=0), 24)
    need = max(len(header) / HEADER_LINES, longest_word) + 1
    return min(width, max(MIN_WIDTH, (need + 1) / 1.25))


def _columns(widths: Sequence[float], movable: Sequence[bool], headers: Sequence[str], rows: Sequence[Sequence[Any]]
             ) -> tuple[Sequence[Sequence[Any]], list[float], list[list[int | tuple[int, ...] | None]]]:
    """The rows looked at (a sample of a long sheet), each column's narrowest width, and its texts' line lengths."""
    if len(rows) > SAMPLE:
        rows = [rows[i * len(rows) // SAMPLE] for i in range(SAMPLE)]
    columns = [[row[c] for row in rows] for c in range(len(widths))]
    floors = [_floor(headers[c], columns[c], widths[c]) if movable[c] else widths[c] for c in range(len(widths))]
    return rows, floors, [line_lengths(column) for column in columns]


def balance(widths: Sequence[float], movable: Sequence[bool], headers: Sequence[str], rows: Sequence[Sequence[Any]],
            fixed: float, page: float, widest: float = 0.0) -> list[float]:
    """New widths for the columns (hidden ones are 0 and not movable); `fixed` is the width of columns
    outside `widths` (N.º), `page` the width of the page in the same units; a sheet narrower than `widest`
    may grow to it (it then prints scaled down to the page's width, on fewer pages)."""
    widths = list(widths)
    if not rows or not any(movable):
        return widths
    rows, floors, parts = _columns(widths, movable, headers, rows)
    ncol = len(widths)
    limit = max(fixed + sum(widths), page, widest)  # never smaller print than the specs' widths or `widest` give
    counts = [column_lines(parts[c], widths[c]) if movable[c] or widths[c] else [1] * len(rows) for c in range(ncol)]

    def cost(height: float, total: float) -> float:
        return height * max(total, page)

    def rows_height(table: list[list[int]]) -> float:
        return float(sum(map(max, zip(*table))))

    height = rows_height(counts)
    total = fixed + sum(widths)
    best = cost(height, total)
    for _ in range(ROUNDS):
        # the tallest and second-tallest cell of each row, so one column's change is costed in one pass
        top = [sorted(row, reverse=True)[:2] + [1] for row in zip(*counts)]
        choice = None
        for c in range(ncol):
            if not movable[c]:
                continue
            # each row's height without this column: its second-tallest cell where this one is the tallest
            rest = [t[1] if n == t[0] else t[0] for n, t in zip(counts[c], top)]
            for move in (STEP, 2 * STEP, 3 * STEP, -STEP):  # a text gains a line less only past some width
                new = min(MAX_WIDTH, max(floors[c], widths[c] * (1 + move)))
                if abs(new - widths[c]) < 0.5 or fixed + sum(widths) - widths[c] + new > limit:
                    continue
                mine = column_lines(parts[c], new)
                h = float(sum(map(max, rest, mine)))
                value = cost(h, total - widths[c] + new)
                if value < best * 0.995 and (choice is None or value < choice[0]):
                    choice = (value, c, new, mine, h)
        if choice is None:
            break
        best, c, new, mine, height = choice
        total += new - widths[c]
        widths[c], counts[c] = new, mine
    return [round(w, 1) for w in widths]


def squeeze(widths: Sequence[float], movable: Sequence[bool], headers: Sequence[str], rows: Sequence[Sequence[Any]],
            fixed: float, room: float) -> list[float] | None:
    """Narrow the text columns, a step at a time where a step adds the fewest lines per unit of width
    given back, until the sheet is no wider than `room`; None when even their narrowest (see _floor)
    does not fit. A sheet a little too wide for one band then prints one band wide instead of two."""
    widths = list(widths)
    if fixed + sum(widths) <= room:
        return widths
    rows, floors, parts = _columns(widths, movable, headers, rows)
    ncol = len(widths)
    if fixed + sum(floors) > room:
        return None
    counts = [column_lines(parts[c], widths[c]) for c in range(ncol)]
    tallest = [max((counts[c][r] for c in range(ncol)), default=1) for r in range(len(rows))]
    while fixed + sum(widths) > room:
        choice = None
        for c in range(ncol):
            if not movable[c] or widths[c] <= floors[c] + 0.05:
                continue
            new = max(floors[c], widths[c] * (1 - STEP))
            mine = column_lines(parts[c], new)
            added = sum(max(0, m - t) for m, t in zip(mine, tallest))
            value = added / (widths[c] - new)
            if choice is None or value < choice[0]:
                choice = (value, c, new, mine)
        if choice is None:
            return None
        _, c, new, mine = choice
        widths[c], counts[c] = new, mine
        tallest = [max(t, m) for t, m in zip(tallest, mine)]
    return [round(w, 1) for w in widths]

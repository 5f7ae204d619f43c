"""The layout a sheet prints with: of a few candidate widths and bands, the one on the fewest pages.

The candidates: the balanced widths (widths.balance) printed one page wide or in bands (printing.plan_print),
with each page's or band's spare room spent on the columns whose texts make the rows tall; a one-band sheet
also as wide as the readable scale allows (long texts on fewer lines, in smaller print); a banded sheet also
with its texts narrowed to fewer bands (widths.squeeze). Ties go to the larger print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from localplan.exports.workbook import widths
from localplan.exports.workbook.printing import (
    NUMBER_WIDTH,
    PAGE_UNITS,
    SLACK,
    PrintPlan,
    band_room,
    fill,
    plan_print,
    repeated,
    row_height,
)


def choose_layout(start: list[float], movable: Sequence[bool], labels: list[str], values: list[list[Any]],
                  name: int | None) -> tuple[PrintPlan, list[float]]:
    """How the sheet prints and its columns' widths (after N.º; 0 for a hidden one). `values` are the rows'
    cells (or a sample of them), `name` the index of the column that names a row (see plan_print)."""

    def layout(begin: list[float], page: float = PAGE_UNITS) -> tuple[PrintPlan, list[float]]:
        out = list(begin)

        def spend(band: list[int], room: float) -> None:  # first to the texts that make rows tall, then long texts
            limit = NUMBER_WIDTH + sum(w for i, w in enumerate(out) if i not in band) + room
            out[:] = widths.balance(out, [m and i in band for i, m in enumerate(movable)], labels, values,
                                    NUMBER_WIDTH, limit, limit)
            fill(band, out, room)

        return plan_print(out, name, spend, page), out

    options = [layout(start)]
    if options[0][0].pages_wide == 1:
        options.append(layout(start, band_room()))
    else:
        narrow = widths.squeeze(start, movable, labels, values, NUMBER_WIDTH, band_room() * SLACK)
        if narrow is not None:  # one band, with no columns repeated
            options.append(layout(narrow))
        titles = repeated(start, name)
        inner = band_room() * SLACK - NUMBER_WIDTH - sum(start[:titles])  # a band's room beside the repeated columns
        for bands in range(2, options[0][0].pages_wide):
            narrow = widths.squeeze(start, [m and i >= titles for i, m in enumerate(movable)], labels, values,
                                    -sum(start[:titles]), bands * inner * SLACK)  # counts the columns past the titles
            if narrow is not None:
                options.append(layout(narrow))
    return min(options, key=lambda o: (o[0].pages(o[1], heights(o[1], labels, values)), -o[0].scale(o[1])))


def heights(widths_: list[float], labels: list[str], values: list[list[Any]]) -> list[float]:
    """The header row's and each row's height in points at these widths, as the sheet writes them."""
    return [row_height(labels, widths_, "Helvetica-Bold"), *(row_height(row, widths_) for row in values)]

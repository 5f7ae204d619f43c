"""Cells pasted from a spreadsheet, validated against a section spec. No Qt, nothing written.

The clipboard is read with the csv module's excel-tab dialect, as spreadsheets write it: a cell
holding a line break or a tab comes quoted. Either the first line names the columns (field
labels in either language, or field ids), or the cells fill the given columns in order. A
refused cell is reported (row, column, what was refused, the valid options) and the rest of its
row goes in. The caller writes everything in one command.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from localplan.errors import Problem
from localplan.forms import Field, FieldType, Section
from localplan.forms.values import Context, ValueProblem, choice_items, display, edit_text, parse
from localplan.i18n import tr
from localplan.reference.loader import fold

MAX_ROWS = 5000
MAX_CHARS = 5_000_000
MAX_OPTIONS_SHOWN = 12


@dataclass(frozen=True)
class CellProblem(Problem):
    value: str = ""  # the refused text, as pasted


@dataclass
class PasteResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused_cells: int = 0
    truncated: int = 0  # rows beyond MAX_ROWS, not read

    @property
    def refused_rows(self) -> int:  # kept for callers of the first version: rows are no longer refused whole
        return 0


def read_grid(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text (quoted cells may hold tabs and line breaks)."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"), newline=""), dialect="excel-tab")
    grid = [row for row in reader]
    while grid and not any(c.strip() for c in grid[-1]):
        grid.pop()
    return grid


def write_grid(rows: list[list[str]]) -> str:
    """The inverse of read_grid: what a spreadsheet reads back cell for cell."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return out.getvalue()


def header_fields(section: Section, cells: list[str], columns: Sequence[Field] = ()) -> list[Field] | None:
    """The fields a header row names (labels in either language or ids), or None if it is no header."""
    names: dict[str, Field] = {}
    for f in [*section.fields, *columns]:
        for name in (f.id, f.label.en, f.label.es):
            names[fold(name)] = f
    found = [names.get(fold(c.strip().rstrip("*").strip())) for c in cells]
    fields = [f for f in found if f is not None]
    if cells and len(fields) == len(found) and len({f.id for f in fields}) == len(fields):
        return fields
    return None


def copy_text(f: Field, value: Any, lang: str | None, link_label: Callable[[str, int], str] | None) -> str:
    """A cell for the clipboard: text that pastes back to the same value (links keep their label)."""
    if f.type in (FieldType.LINK, FieldType.MULTILINK):
        return display(f, value, lang, link_label)
    return edit_text(f, value, lang)


def parse_cell(f: Field, raw: str, ctx: Context, row: int | None) -> tuple[Any, CellProblem | None]:
    """(value, None), or (None, the problem naming the row, the column, the text and the options)."""
    try:
        return parse(f, raw, ctx), None
    except ValueProblem as exc:
        message = str(exc)
        if f.type in (FieldType.CHOICE, FieldType.MULTICHOICE):
            labels = [label for _code, label in choice_items(f.choices or "", ctx, ctx.lang)]
            shown = "; ".join(labels[:MAX_OPTIONS_SHOWN]) + ("; …" if len(labels) > MAX_OPTIONS_SHOWN else "")
            message += " " + tr("Valid options: {options}.").format(options=shown)
        return None, CellProblem(message, None, row, f.label.get(), raw[:200])


def parse_paste(text: str, section: Section, columns: list[Field], ctx: Context) -> PasteResult:
    """Rows to add at the end of a table (a paste with nothing to fill, or an import of text)."""
    result = PasteResult()
    if len(text) > MAX_CHARS:
        result.problems.append(Problem(tr("The pasted text is too large ({size} characters; at most {limit}).").format(
            size=len(text), limit=MAX_CHARS)))
        return result
    grid = read_grid(text)
    if not grid:
        return result
    header = header_fields(section, grid[0])
    first = 1
    if header:
        columns, grid, first = header, grid[1:], 2
    if len(grid) > MAX_ROWS:
        result.truncated = len(grid) - MAX_ROWS
        grid = grid[:MAX_ROWS]
    for n, cells in enumerate(grid, start=first):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            result.problems.append(Problem(tr("{count} cells more than the table's columns; the extra ones were ignored.").format(
                count=len(cells) - len(columns)), None, n))
        row: dict[str, Any] = {}
        for f, cell in zip(columns, cells):
            value, problem = parse_cell(f, cell, ctx, n)
            if problem:
                result.problems.append(problem)
                result.refused_cells += 1
            elif value is not None:
                row[f.id] = value
        if row:
            result.rows.append(row)
    return result

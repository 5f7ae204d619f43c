"""Copy, paste, fill down and clear on the selected cells of a table page, as a spreadsheet does.

Each action is one command of the plan (one undo step). Rows are the view's rows (sorted or
filtered as shown); a paste fills existing rows from the top-left selected cell and adds rows
only past the last one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from localplan.errors import Problem
from localplan.forms import FieldType
from localplan.i18n import language, plural, tr
from localplan.imports.paste import MAX_CHARS, MAX_ROWS, PasteResult, copy_text, header_fields, parse_cell, read_grid, write_grid
from localplan.ui.year_columns import merged, value_of


class Block:
    """The selected cells of a page, in view rows and model columns."""

    def __init__(self, page) -> None:
        self.page = page
        view, proxy = page.view, page.proxy
        cells = {(i.row(), proxy.mapToSource(i).column()) for i in view.selectionModel().selectedIndexes()}
        current = view.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), proxy.mapToSource(current).column())}
        self.cells = cells
        self.rows = sorted({r for r, _c in cells})
        self.columns = sorted({c for _r, c in cells})

    def row_id(self, view_row: int) -> int:
        proxy = self.page.proxy
        return self.page.model.row_id(proxy.mapToSource(proxy.index(view_row, 0)).row())

    @property
    def top(self) -> int:
        return self.rows[0] if self.rows else self.page.proxy.rowCount()

    @property
    def left(self) -> int:
        return self.columns[0] if self.columns else 0


def copy_cells(page) -> str:
    """Tab-separated text of the selection (a header row of column names above several cells)."""
    block = Block(page)
    if not block.cells:
        return ""
    model, plan, lang = page.model, page.plan, language()
    columns = list(range(block.columns[0], block.columns[-1] + 1))
    lines: list[list[str]] = []
    if len(block.cells) > 1:
        lines.append([model.columns[c].label.get() for c in columns])
    rows = {r["id"]: r for r in plan.rows(page.section.id)}
    for view_row in range(block.rows[0], block.rows[-1] + 1):
        row = rows[block.row_id(view_row)]
        lines.append([copy_text(model.columns[c], value_of(row, model.columns[c]), lang, plan.link_label)
                      if (view_row, c) in block.cells else "" for c in columns])
    text = write_grid(lines)
    if len(block.cells) == 1:
        text = text.rstrip("\n")
        if text.startswith('"') and "\n" not in text and "\t" not in text:
            text = lines[0][0]
    QApplication.clipboard().setText(text)
    return text


def paste_cells(page, text: str) -> tuple[PasteResult, list[int], int]:
    """Fill the selection with the pasted cells; returns (result, new row ids, rows changed)."""
    result = PasteResult()
    if len(text) > MAX_CHARS:
        result.problems.append(Problem(tr("The pasted text is too large ({size} characters; at most {limit}).").format(
            size=len(text), limit=MAX_CHARS)))
        return result, [], 0
    grid = read_grid(text)
    section, model, proxy = page.section, page.model, page.proxy
    header = header_fields(section, grid[0], model.columns) if grid else None
    if header:
        grid = grid[1:]
    if len(grid) > MAX_ROWS:
        result.truncated = len(grid) - MAX_ROWS
        grid = grid[:MAX_ROWS]
    block = Block(page)
    ctx = page.plan.context(language())
    updates: dict[int, dict[str, Any]] = {}
    new_rows: list[dict[str, Any]] = []
    shown = proxy.rowCount()
    seen: dict[tuple[str, str], Any] = {}  # pasted columns repeat their options and numbers: parse each once
    row_ids: dict[int, int] = {}  # view row → row id, mapped once per row (not once per cell)

    def put(view_row: int, f, raw: str) -> None:
        if f.type is FieldType.BOOL and not raw.strip():
            if view_row >= shown:
                return  # a new row leaves an empty yes/no cell empty
            raw = "0"
        key = (f.id, raw)
        if key in seen and f.type not in (FieldType.TEXT, FieldType.LONGTEXT):
            value, problem = seen[key], None
        else:
            value, problem = parse_cell(f, raw, ctx, view_row + 1)
            if not problem:
                seen[key] = value
        if problem:
            result.problems.append(problem)
            result.refused_cells += 1
        elif view_row < shown:
            if view_row not in row_ids:
                row_ids[view_row] = block.row_id(view_row)
            updates.setdefault(row_ids[view_row], {})[f.id] = value
        elif value is not None:
            new_rows[view_row - shown][f.id] = value

    if len(grid) == 1 and len(grid[0]) == 1 and len(block.cells) > 1 and not header:
        for view_row, column in sorted(block.cells):  # one cell copied: it fills every selected cell
            put(view_row, model.columns[column], grid[0][0])
    else:
        columns = header or model.columns[block.left:]
        for offset, cells in enumerate(grid):
            view_row = block.top + offset
            if view_row >= shown:
                if not any(c.strip() for c in cells):
                    continue
                new_rows.extend({} for _ in range(view_row - shown - len(new_rows) + 1))
            if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
                result.problems.append(Problem(tr("{count} cells more than the table's columns; the extra ones were "
                                                  "ignored.").format(count=len(cells) - len(columns)), None, view_row + 1))
            for f, cell in zip(columns, cells):
                put(view_row, f, cell)
    current = {r["id"]: r for r in page.plan.rows(section.id)}
    updates = {rid: merged(current[rid], cells) for rid, cells in updates.items()}
    new_rows = [merged({}, r) for r in new_rows if r]
    ids = page.plan.edit_cells(section.id, updates, new_rows, label=plural(
        len(updates) + len(new_rows), tr("Paste 1 row"), tr("Paste {count} rows"))) if (updates or new_rows) else []
    result.rows = new_rows
    return result, ids, len(updates)


def fill_down(page) -> int:
    """Ctrl+D: the top selected row's cells go down the selection (one row selected: the row above)."""
    block = Block(page)
    if not block.rows:
        return 0
    rows = block.rows if len(block.rows) > 1 else [block.rows[0] - 1, block.rows[0]]
    if rows[0] < 0:
        return 0
    data = {r["id"]: r for r in page.plan.rows(page.section.id)}
    source = data[block.row_id(rows[0])]
    fields = [page.model.columns[c] for c in block.columns]
    updates = {block.row_id(r): merged(data[block.row_id(r)], {f.id: value_of(source, f) for f in fields}) for r in rows[1:]}
    page.plan.edit_cells(page.section.id, updates, label=tr("Fill down"))
    return len(updates)


def clear_cells(page) -> int:
    """Delete/Backspace: the selected cells are emptied (one undo step); rows stay."""
    block = Block(page)
    updates: dict[int, dict[str, Any]] = {}
    for view_row, column in block.cells:
        f = page.model.columns[column]
        updates.setdefault(block.row_id(view_row), {})[f.id] = 0 if f.type is FieldType.BOOL else None
    if updates:
        data = {r["id"]: r for r in page.plan.rows(page.section.id)}
        updates = {rid: merged(data[rid], cells) for rid, cells in updates.items()}
        page.plan.edit_cells(page.section.id, updates, label=plural(len(block.cells), tr("Clear 1 cell"), tr("Clear {count} cells")))
    return len(block.cells)

"""How Excel prints a sheet, read from the file: the scale it prints at when fit to a number of pages wide."""

from __future__ import annotations


def excel_scale(ws, pages_wide: int) -> float:
    """The scale Excel prints the sheet at when fit to `pages_wide` pages wide: the largest whole percent at
    which its columns, broken onto pages as a printer breaks them (the repeated columns at the left of each),
    take no more pages across. Read from the file's column widths, independently of how the writer chose them."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    from localplan.exports.workbook.printing import PAGE_UNITS

    widths = [0.0 if ws.column_dimensions[get_column_letter(c)].hidden else ws.column_dimensions[get_column_letter(c)].width
              for c in range(1, ws.max_column + 1)]
    titles = 0
    if ws.print_title_cols:
        titles = column_index_from_string(ws.print_title_cols.split(":")[1].strip("$"))
    for percent in range(100, 9, -1):
        page = PAGE_UNITS * 100 / percent - sum(widths[:titles])
        count, used = 1, 0.0
        for width in widths[titles:]:
            if used and used + width > page:
                count, used = count + 1, 0.0
            used += width
        if count <= pages_wide and used <= page:
            return percent / 100
    return 0.1

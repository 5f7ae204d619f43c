"""Tables derived from the section specs: columns are fields (widths from `field.width`),
long texts kept out of the table go under the row's name, header rows repeat and rows split
across pages. Cells that fit on one line stay plain strings (cheap to lay out); the rest
are Paragraphs sharing one style.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from localplan.domain.data import PlanData
from localplan.exports.report import styles as st
from localplan.exports.report.text import esc
from localplan.forms import Field, FieldType, Section
from localplan.forms.spec import NUMERIC
from localplan.i18n import tr

PORTRAIT_CHARS = 125  # beyond this sum of field widths a table goes to a landscape page
LANDSCAPE_CHARS = 240  # beyond this it is cut into several tables (each repeats the row's name)
ID_WIDTH = 4
SPLIT_IN_ROW_CHARS = 1200


@dataclass
class Column:
    header: str
    width: float  # in characters (a field's width hint)
    text: Callable[[Any], str]  # a row (a plan row's dict, or the list of a computed table's cells) → its cell
    numeric: bool = False
    markup: Callable[[Any], str] | None = None  # Paragraph markup instead of plain text


def main_field(sec: Section) -> Field | None:
    """The field that names a row in the tables (its hidden long texts go under it)."""
    shown = [f for f in sec.fields if f.in_table]
    if sec.label_field:
        for f in shown:
            if f.id == sec.label_field:
                return f
    for f in shown:
        if f.type in (FieldType.TEXT, FieldType.CHOICE):
            return f
    return shown[0] if shown else None


def field_column(data: PlanData, sec: Section, f: Field, lang: str, with_details: bool = False) -> Column:
    def text(row: dict[str, Any], _f: Field = f) -> str:
        return data.display(sec.id, row, _f.id, lang)

    markup: Callable[[dict[str, Any]], str] | None = None
    hidden = [h for h in sec.fields if not h.in_table] if with_details else []
    if hidden:
        def with_hidden(row: dict[str, Any]) -> str:
            parts = [f"<b>{esc(text(row))}</b>"]
            for h in hidden:
                value = data.display(sec.id, row, h.id, lang)
                if value:
                    parts.append(f"<font color='{st.MUTED}'>{esc(h.label.get(lang))}:</font> {esc(value)}")
            return "<br/>".join(parts)
        markup = with_hidden
    width = f.width * 1.5 if markup else f.width  # room for the long texts shown under the name
    return Column(f.label.get(lang), width, text, numeric=f.type in NUMERIC, markup=markup)


def id_column() -> Column:
    return Column("#", ID_WIDTH, lambda row: str(row.get("id", "")), numeric=True)


def section_columns(data: PlanData, sec: Section, lang: str, field_ids: list[str] | None = None,
                    extra: list[tuple[int, Column]] | None = None) -> list[Column]:
    """Columns for `field_ids` (default: every field shown in tables), plus computed columns
    inserted after the given positions."""
    main = main_field(sec)
    ids = field_ids if field_ids is not None else [f.id for f in sec.fields if f.in_table]
    cols = [field_column(data, sec, sec.field(fid), lang, with_details=main is not None and fid == main.id) for fid in ids]
    for pos, col in sorted(extra or [], key=lambda p: -p[0]):
        cols.insert(min(pos, len(cols)), col)
    return cols


def chunks(cols: list[Column], head: list[Column], limit: float) -> list[list[Column]]:
    """Cut columns into balanced tables no wider than `limit` characters, each starting with `head`."""
    import math

    rest = [c for c in cols if c not in head]
    head_w = sum(c.width for c in head)
    parts = max(1, math.ceil(sum(c.width for c in rest) / max(limit - head_w, 1)))
    target = sum(c.width for c in rest) / parts
    out: list[list[Column]] = []
    current: list[Column] = []
    for c in rest:
        if current and (sum(x.width for x in current) + c.width / 2 > target or
                        head_w + sum(x.width for x in current) + c.width > limit) and len(out) < parts - 1:
            out.append(list(head) + current)
            current = []
        current.append(c)
    out.append(list(head) + current)
    return out


def orientation_for(cols: list[Column]) -> str:
    return "portrait" if sum(c.width for c in cols) <= PORTRAIT_CHARS else "landscape"


def column_widths(columns: list[Column], rows: list[Any], styles: st.Styles, width: float) -> list[float]:
    """Widths proportional to the hints, but never narrower than the longest word of the
    header or of the first rows (so no word is cut in two)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 2 * st.CELL_PAD + 2
    total = sum(c.width for c in columns) or 1
    widths = [width * c.width / total for c in columns]
    mins = []
    for c in columns:
        words = c.header.split() or [""]
        need = max(stringWidth(w, styles.bold, st.CELL_SIZE) for w in words)
        if c.markup is None:
            for row in rows[:40]:
                text = c.text(row)
                if text:
                    need = max(need, max(stringWidth(w, styles.font, st.CELL_SIZE) for w in text.split() or [""]))
        mins.append(min(need + pad, width * 0.3))
    for _ in range(3):
        fixed = [i for i, w in enumerate(widths) if w < mins[i] - 0.01]
        if not fixed:
            break
        for i in fixed:
            widths[i] = mins[i]
        free = [i for i in range(len(widths)) if widths[i] > mins[i] + 0.01]
        spare = width - sum(widths)
        base = sum(widths[i] - mins[i] for i in free) or 1
        if free:
            for i in free:
                widths[i] += spare * (widths[i] - mins[i]) / base
    return widths


def grid(columns: list[Column], rows: list[Any], styles: st.Styles, width: float,
         widths: list[float] | None = None) -> tuple[Any, float]:
    """One table: header row repeated on every page, zebra rows, numbers right-aligned.
    Returns (table, height of its header and first row) so a heading can stay with it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table

    col_w = widths or column_widths(columns, rows, styles, width)
    font, size = styles.font, st.CELL_SIZE
    cell_style = styles.cell
    body: list[list[Any]] = [[Paragraph(esc(c.header), styles.head_right if c.numeric else styles.head) for c in columns]]
    room = [w - 2 * st.CELL_PAD - 1 for w in col_w]
    longest = 0
    for row in rows:
        line = []
        for c, fit in zip(columns, room):
            if c.markup is not None:
                markup = c.markup(row)
                longest = max(longest, len(markup))
                line.append(Paragraph(markup, cell_style))
                continue
            text = c.text(row)
            longest = max(longest, len(text))
            if not text:
                line.append("")
            elif "\n" not in text and stringWidth(text, font, size) <= fit:
                line.append(text)
            else:
                line.append(Paragraph(esc(text), styles.cell_right if c.numeric else cell_style))
        body.append(line)
    style = table_style(styles, columns, len(body))
    lead = Table(body[:2], colWidths=col_w, style=style).wrap(width, 1e6)[1]
    # rows split inside only when a cell may be taller than a page (a long text); otherwise whole rows move
    split_in_row = 1 if longest > SPLIT_IN_ROW_CHARS else 0
    return Table(body, colWidths=col_w, repeatRows=1, splitInRow=split_in_row, style=style, hAlign="LEFT"), lead


def table_style(styles: st.Styles, columns: list[Column], nrows: int) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.font, st.CELL_SIZE, st.CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(st.INK)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), st.CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), st.CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(st.RULE)),
    ]
    if nrows > 1:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(st.ACCENT_LIGHT)]))
    for i, c in enumerate(columns):
        if c.numeric:
            cmds.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    return TableStyle(cmds)


def cell(i: int) -> Callable[[list[str]], str]:
    """The i-th cell of a row of a computed table (a list of strings)."""
    return lambda row: row[i]


def simple_columns(headers: list[str], widths: Sequence[float], numeric: set[int] | None = None) -> list[Column]:
    """Columns over plain lists of strings (computed tables: summaries, budgets, gaps)."""
    numeric = numeric or set()
    return [Column(h, w, cell(i), numeric=i in numeric) for i, (h, w) in enumerate(zip(headers, widths))]


def key_values(pairs: list[tuple[str, str]], styles: st.Styles, width: float, key_share: float = 0.34) -> Any:
    """A two-column table of label → value (single-record sections, cover facts)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = [[Paragraph(esc(k), styles.cell), Paragraph(esc(v) if v else "—", styles.cell)] for k, v in pairs]
    t = Table(body, colWidths=[width * key_share, width * (1 - key_share)], hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, st.CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(st.ACCENT_LIGHT)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(st.RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), st.CELL_PAD + 1),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def empty_note(sec: Section, styles: st.Styles, lang: str) -> Any:
    from reportlab.platypus import Paragraph

    note = tr("No entries recorded in this section.", lang)
    return Paragraph("<i>" + esc(note) + "</i>", styles.small)

"""The story being written: orientation switches, headings with bookmarks, charts, tables."""

from __future__ import annotations

from itertools import count
from typing import Any

from localplan.exports.report import styles as st
from localplan.exports.report import tables as tb
from localplan.exports.report.text import esc

SMALL_TABLE = 12
MOVE_WHOLE = 0.25  # a table or chart up to this share of a page moves whole; a longer table splits
LEAD_ROWS = 3  # a split table starts with at least its header and this many rows
FRAME_HEIGHT_MM = {"portrait": 297 - 42, "landscape": 210 - 42}  # see doc.make_doc


class Story:
    def __init__(self, styles: st.Styles, widths: dict[str, float], lang: str) -> None:
        self.items: list[Any] = []
        self.styles = styles
        self.widths = widths
        self.lang = lang
        self.orientation = "portrait"
        self._keys = count(1)
        self._pending: list[Any] = []
        self._new_page = False
        self._lead: tuple[Any, int] | None = None  # (CondPageBreak, index) of the last heading: what follows it may raise its need

    @property
    def width(self) -> float:
        return self.widths[self.orientation]

    def ensure(self, orientation: str = "portrait") -> None:
        """Start a page of `orientation` when needed (a new chapter, or the other orientation)."""
        from reportlab.platypus import NextPageTemplate, PageBreak

        if self._new_page or orientation != self.orientation:
            from reportlab.platypus import Spacer

            while self.items and type(self.items[-1]) is Spacer and self.items[-1].height > 0:  # alone atop a page: a blank page
                self.items.pop()
            self.items += [NextPageTemplate(orientation), PageBreak()]
            self.orientation = orientation
            self._new_page = False
        if self._pending:
            self.items += self._pending
            self._pending = []
            self._lead = (None, len(self.items))  # a chapter's top: what follows stays on its page

    def add(self, *flowables: Any, orientation: str | None = None) -> None:
        self.ensure(orientation or self.orientation)
        self.items.extend(flowables)

    def _heading(self, level: int, text: str, in_toc: bool = True) -> Any:
        from reportlab.platypus import Paragraph

        style = (self.styles.h1, self.styles.h2, self.styles.h3)[min(level, 2)]
        p = Paragraph(esc(text), style)
        p._bookmark = (level, text, f"h{next(self._keys)}", in_toc and level < 2)
        return p

    def chapter(self, title: str) -> None:
        """A chapter starts on a new page; its heading waits for the first content's orientation."""
        self._new_page = True
        self._pending = [self._heading(0, title)]

    def heading(self, level: int, text: str, orientation: str | None = None, in_toc: bool = True,
                need: float = 0) -> None:
        from reportlab.lib.units import cm
        from reportlab.platypus import CondPageBreak

        self.ensure(orientation or self.orientation)
        mark = getattr(self.items[-1], "_bookmark", None) if self.items else None
        if level >= 1 and not (mark and mark[0] == 0):
            want = max(5 * cm if level == 1 else 3.5 * cm, need + (70 if level == 1 else 40))
            cond = CondPageBreak(min(want, self.frame_height * 0.9))  # taller than a page: a blank page
            self.items.append(cond)
            self._lead = (cond, len(self.items))
        else:
            self._lead = None
        self.items.append(self._heading(level, text, in_toc))

    def para(self, markup: str, style: Any = None) -> None:
        from reportlab.platypus import Paragraph

        self.add(Paragraph(markup, style or self.styles.body))

    def text(self, text: str, style: Any = None) -> None:
        self.para(esc(text), style)

    def chart(self, drawing: Any) -> None:
        from reportlab.platypus import Spacer

        if drawing.width > self.width:
            scale = self.width / drawing.width
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        if drawing.height > self.frame_height * 0.95:  # never taller than a page
            scale = self.frame_height * 0.95 / drawing.height
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "LEFT"
        self.ensure(self.orientation)
        self.keep_with_lead(drawing.height + 8)
        self.add(drawing, Spacer(1, 8))

    def table(self, columns: list[tb.Column], rows: list[Any], orientation: str | None = None) -> tuple[Any, float]:
        """(table, lead height) laid out for the width of `orientation` (default: the current one)."""
        return tb.grid(columns, rows, self.styles, self.widths[orientation or self.orientation])

    @property
    def frame_height(self) -> float:
        from reportlab.lib.units import mm

        return float(FRAME_HEIGHT_MM[self.orientation] * mm)

    def table_need(self, t: Any) -> float:
        """The room a table needs where it starts: all of it when short (it moves whole), else
        its header and first rows (it splits, the header repeated)."""
        height: float = t.wrap(self.width, 1e6)[1]
        if height <= self.frame_height * MOVE_WHOLE:
            return height
        return float(sum(t._rowHeights[:LEAD_ROWS + 1]))

    def keep_with_lead(self, need: float) -> None:
        """Keep the next `need` points with the heading (and its short introduction) just before:
        the heading's conditional page break asks for them too, so the heading moves with the
        table or chart instead of being left alone. Without such a heading, the break stands alone."""
        from reportlab.platypus import CondPageBreak, Paragraph, Spacer

        need = min(need, self.frame_height * 0.9)
        last = self.items[-1] if self.items else None
        if getattr(getattr(last, "style", None), "keepWithNext", 0):
            # platypus keeps a keepWithNext heading with the WHOLE next flowable (a long table then
            # jumps, heading and all); the conditional break below keeps it with the first rows instead
            self.items.append(Spacer(0, 0))
        if self._lead is not None:
            cond, at = self._lead
            between = self.items[at:]
            if all(isinstance(x, (Paragraph, Spacer)) for x in between):
                self._lead = None
                if cond is None:
                    return
                above = sum(x.wrap(self.width, 1e6)[1] + getattr(getattr(x, "style", None), "spaceAfter", 0)
                            + getattr(getattr(x, "style", None), "spaceBefore", 0) for x in between)
                cond.height = max(cond.height, min(above + need + 6, self.frame_height * 0.95))
                return
        self._lead = None
        self.items.append(CondPageBreak(need))

    def grid(self, columns: list[tb.Column], rows: list[Any], space_after: float = 10, table: Any = None) -> None:
        from reportlab.platypus import Spacer

        t = table or self.table(columns, rows)[0]
        self.ensure(self.orientation)
        self.keep_with_lead(self.table_need(t))  # never KeepTogether: it jumps and leaves the heading alone
        self.add(t, Spacer(1, space_after))

    def titled_table(self, level: int, title: str, intro: str, columns: list[tb.Column], rows: list[Any]) -> None:
        """A heading, a short introduction and a table that stay on one page when the table is short."""
        t, lead = self.table(columns, rows)
        self.heading(level, title, in_toc=False)
        if intro:
            self.text(intro, self.styles.small)
        self.grid(columns, rows, table=t)

    def spacer(self, height: float = 8) -> None:
        from reportlab.platypus import Spacer

        self.add(Spacer(1, height))

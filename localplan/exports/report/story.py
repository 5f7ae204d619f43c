"""The story being written: orientation switches, headings with bookmarks, charts, tables."""

from __future__ import annotations

from itertools import count
from typing import Any

from localplan.exports.report import styles as st
from localplan.exports.report import tables as tb
from localplan.exports.report.text import esc

SMALL_TABLE = 12


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

    @property
    def width(self) -> float:
        return self.widths[self.orientation]

    def ensure(self, orientation: str = "portrait") -> None:
        """Start a page of `orientation` when needed (a new chapter, or the other orientation)."""
        from reportlab.platypus import NextPageTemplate, PageBreak

        if self._new_page or orientation != self.orientation:
            self.items += [NextPageTemplate(orientation), PageBreak()]
            self.orientation = orientation
            self._new_page = False
        if self._pending:
            self.items += self._pending
            self._pending = []

    def add(self, *flowables: Any, orientation: str | None = None) -> None:
        self.ensure(orientation or self.orientation)
        self.items.extend(flowables)

    def _heading(self, level: int, text: str, in_toc: bool = True):
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
            self.items.append(CondPageBreak(max(5 * cm if level == 1 else 3.5 * cm, need + (70 if level == 1 else 40))))
        self.items.append(self._heading(level, text, in_toc))

    def para(self, markup: str, style: Any = None) -> None:
        from reportlab.platypus import Paragraph

        self.add(Paragraph(markup, style or self.styles.body))

    def text(self, text: str, style: Any = None) -> None:
        self.para(esc(text), style)

    def chart(self, drawing) -> None:
        from reportlab.platypus import Spacer

        if drawing.width > self.width:
            scale = self.width / drawing.width
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "LEFT"
        self.add(drawing, Spacer(1, 8))

    def table(self, columns: list[tb.Column], rows: list[Any], orientation: str | None = None):
        """(table, lead height) laid out for the width of `orientation` (default: the current one)."""
        return tb.grid(columns, rows, self.styles, self.widths[orientation or self.orientation])

    def grid(self, columns: list[tb.Column], rows: list[Any], space_after: float = 10, table=None) -> None:
        from reportlab.platypus import KeepTogether, Spacer

        t = table or self.table(columns, rows)[0]
        if len(rows) <= SMALL_TABLE:
            t = KeepTogether([t])  # a short table is not left with one row on the next page
        self.add(t, Spacer(1, space_after))

    def titled_table(self, level: int, title: str, intro: str, columns: list[tb.Column], rows: list[Any]) -> None:
        """A heading, a short introduction and a table that stay on one page when the table is short."""
        t, lead = self.table(columns, rows)
        need = t.wrap(self.width, 1e6)[1] if len(rows) <= SMALL_TABLE else lead
        self.heading(level, title, in_toc=False, need=need + 20)
        if intro:
            self.text(intro, self.styles.small)
        self.grid(columns, rows, table=t)

    def spacer(self, height: float = 8) -> None:
        from reportlab.platypus import Spacer

        self.add(Spacer(1, height))

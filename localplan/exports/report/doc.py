"""The page machinery: A4 portrait and landscape templates, running header, footer with
"Página X de Y" and the data fingerprint, PDF bookmarks and table-of-contents entries.

The page total comes from the previous layout pass: `PageCount` is an indexing flowable,
so `multiBuild` keeps laying out until the table of contents and the page total agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from localplan.exports.report import styles as st
from localplan.i18n import tr

MARGIN_MM = 18


@dataclass
class PageInfo:
    header: str  # "GAD — Periodo 2023–2027"
    fingerprint: str  # short form
    example: bool
    lang: str
    page_label: str = "Page {page} of {total}"
    fingerprint_label: str = "Data fingerprint"
    example_label: str = "Example plan"


def make_doc(target, info: PageInfo, meta: dict[str, str]):
    """A document template with "cover", "portrait" and "landscape" pages."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from localplan.exports import fonts

    font = fonts.register()

    class ReportDoc(BaseDocTemplate):
        def __init__(self):
            super().__init__(str(target), pagesize=A4, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                             topMargin=22 * mm, bottomMargin=20 * mm, initialFontName=font,
                             title=meta.get("title", ""), author=meta.get("author", ""), subject=meta.get("subject", ""),
                             creator=meta.get("creator", ""), keywords=meta.get("keywords", ""), lang=info.lang)
            self.info = info
            self.total_pages = 0  # from the previous pass
            self.pages_now = 0
            self.on_pass = None
            portrait = A4
            wide = landscape(A4)

            def frame(size, fid):
                w, h = size
                return Frame(MARGIN_MM * mm, 20 * mm, w - 2 * MARGIN_MM * mm, h - 42 * mm, id=fid,
                             leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

            self.addPageTemplates([
                PageTemplate("cover", [frame(portrait, "cover")], onPage=self._cover_page, pagesize=portrait,
                             autoNextPageTemplate="portrait"),
                PageTemplate("portrait", [frame(portrait, "p")], onPage=self._page, pagesize=portrait),
                PageTemplate("landscape", [frame(wide, "l")], onPage=self._page, pagesize=wide),
            ])
            self.width_portrait = portrait[0] - 2 * MARGIN_MM * mm
            self.width_landscape = wide[0] - 2 * MARGIN_MM * mm

        def afterFlowable(self, flowable):  # noqa: N802 - reportlab's name
            mark = getattr(flowable, "_bookmark", None)
            if not mark:
                return
            level, text, key, in_toc = mark
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level, closed=level > 0)
            if in_toc:
                self.notify("TOCEntry", (level, text, self.page, key))

        def _cover_page(self, canv, doc):
            from reportlab.lib import colors

            w, h = canv._pagesize
            canv.saveState()
            canv.setFillColor(colors.HexColor(st.ACCENT))
            canv.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor(st.ACCENT_LIGHT))
            canv.rect(0, 0, 9 * mm, h - 14 * mm, stroke=0, fill=1)
            canv.restoreState()
            self._footer(canv)

        def _page(self, canv, doc):
            from reportlab.lib import colors

            w, h = canv._pagesize
            canv.saveState()
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.HexColor(st.MUTED))
            canv.drawString(MARGIN_MM * mm, h - 13 * mm, self.info.header)
            canv.setStrokeColor(colors.HexColor(st.RULE))
            canv.setLineWidth(0.5)
            canv.line(MARGIN_MM * mm, h - 15 * mm, w - MARGIN_MM * mm, h - 15 * mm)
            canv.restoreState()
            self._footer(canv)

        def _footer(self, canv):
            from reportlab.lib import colors

            w, h = canv._pagesize
            page = canv.getPageNumber()
            self.pages_now = max(self.pages_now, page)
            total = self.total_pages or page
            canv.saveState()
            if self.info.example:
                canv.setFont(fonts.BOLD, 54)
                canv.setFillColor(colors.HexColor(st.EXAMPLE), alpha=0.07)
                canv.translate(w / 2, h / 2)
                canv.rotate(35)
                canv.drawCentredString(0, 0, self.info.example_label.upper())
                canv.rotate(-35)
                canv.translate(-w / 2, -h / 2)
            canv.setStrokeColor(colors.HexColor(st.RULE))
            canv.setLineWidth(0.5)
            canv.line(MARGIN_MM * mm, 14 * mm, w - MARGIN_MM * mm, 14 * mm)
            canv.setFont(font, 7)
            canv.setFillColor(colors.HexColor(st.MUTED))
            left = f"{self.info.fingerprint_label}: {self.info.fingerprint}"
            canv.drawString(MARGIN_MM * mm, 10 * mm, left)
            if self.info.example:
                canv.setFont(fonts.BOLD, 7)
                canv.setFillColor(colors.HexColor(st.EXAMPLE))
                canv.drawCentredString(w / 2, 10 * mm, self.info.example_label)
                canv.setFont(font, 7)
                canv.setFillColor(colors.HexColor(st.MUTED))
            canv.drawRightString(w - MARGIN_MM * mm, 10 * mm, self.info.page_label.format(page=page, total=total))
            canv.restoreState()

        def build(self, flowables, **kw):
            self.pages_now = 0
            if self.on_pass:
                self.on_pass()
            super().build(flowables, **kw)

    return ReportDoc()


def page_count_flowable(doc):
    """An invisible indexing flowable: satisfied once two passes give the same page total."""
    from reportlab.platypus import Flowable

    class PageCount(Flowable):
        def __init__(self):
            super().__init__()
            self._happy = False

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            return None

        def isIndexing(self):  # noqa: N802 - reportlab's name
            return 1

        def isSatisfied(self):  # noqa: N802
            return self._happy

        def beforeBuild(self):  # noqa: N802
            return None

        def notify(self, kind, stuff):
            return None

        def afterBuild(self):  # noqa: N802
            self._happy = doc.pages_now == doc.total_pages
            doc.total_pages = doc.pages_now

    return PageCount()


def page_info(data, lang: str, fingerprint_short: str) -> PageInfo:
    from localplan.exports.report.text import period_text

    header = data.gad_title(lang)
    period = period_text(data, lang)
    if period:
        header = f"{header} — {period}"
    return PageInfo(header=header, fingerprint=fingerprint_short, example=data.is_example, lang=lang,
                    page_label=tr("Page {page} of {total}", lang),
                    fingerprint_label=tr("Data fingerprint", lang),
                    example_label=tr("Example plan", lang))

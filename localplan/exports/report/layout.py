"""Page layout of the report: A4 portrait and landscape frames, running header, footer with
"Página X de Y" and the content fingerprint, table of contents entries and PDF bookmarks."""

from __future__ import annotations

from localplan.exports import fonts
from localplan.i18n import QT_TR_NOOP, translator

MARGIN = 50


def styles():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    family = fonts.register()
    base = ParagraphStyle("body", fontName=family, bulletFontName=family, fontSize=9.5, leading=13, spaceAfter=5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=8.8, spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD, fontSize=7.2, leading=8.8, textColor=colors.white, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontSize=7.5, leading=9, textColor=colors.HexColor("#5F6B7A")),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceBefore=4, spaceAfter=10,
                             textColor=colors.HexColor("#1F4E79")),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=6,
                             textColor=colors.HexColor("#1F4E79")),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=24, leading=30, alignment=TA_CENTER,
                                textColor=colors.HexColor("#1F4E79")),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "figure": ParagraphStyle("figure", parent=base, fontName=fonts.BOLD, fontSize=14, leading=18, alignment=TA_CENTER,
                                 textColor=colors.HexColor("#1F4E79"), spaceAfter=0),
        "figlabel": ParagraphStyle("figlabel", parent=base, fontSize=7.5, leading=9, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10, leftIndent=10),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=8.5, leftIndent=26, spaceAfter=1),
    }


def make_document(target, header: str, footer: str, meta: dict, lang: str):
    """A doc template with 'portrait' and 'landscape' page templates and TOC/bookmark hooks."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    family = fonts.register()

    class Report(BaseDocTemplate):
        def afterFlowable(self, flowable):  # noqa: N802 - reportlab API
            level = getattr(flowable, "toc_level", None)
            if level is None:
                return
            text = flowable.getPlainText()
            key = f"h{self.seq.nextf('heading')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))

    def decorate(canvas, doc):
        canvas.saveState()
        width, height = canvas._pagesize
        canvas.setFont(family, 7.5)
        canvas.setFillColorRGB(0.37, 0.42, 0.48)
        if doc.page > 1:
            canvas.drawString(MARGIN, height - 30, header)
            canvas.line(MARGIN, height - 34, width - MARGIN, height - 34)
        canvas.drawString(MARGIN, 26, footer)
        canvas.restoreState()

    doc = Report(str(target), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                 title=meta.get("title", ""), author=meta.get("author", ""), subject=meta.get("subject", ""),
                 creator=meta.get("creator", ""), keywords=meta.get("keywords", ""), lang=lang, initialFontName=family)
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN, id="p")], onPage=decorate, pagesize=A4),
        PageTemplate("landscape", [Frame(MARGIN, MARGIN, lw - 2 * MARGIN, lh - 2 * MARGIN, id="l")], onPage=decorate,
                     pagesize=landscape(A4)),
    ])
    return doc


def numbered_canvas(lang: str):
    """A canvas that writes "Página X de Y" once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    family = fonts.register()
    t = translator(lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = family  # no stray unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(family, 7.5)
                self.setFillColorRGB(0.37, 0.42, 0.48)
                self.drawRightString(width - MARGIN, 26, t(QT_TR_NOOP("Page {page} of {total}")).format(page=self._pageNumber, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas

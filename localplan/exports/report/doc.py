"""The page machinery: A4 portrait and landscape templates, running header, footer with
"Página X de Y" and the data fingerprint, PDF bookmarks and the table of contents.

One layout pass. What is known only at the end (the page total, the page each contents
entry lands on) is drawn through PDF form XObjects: a page refers to a form by name while
it is laid out, and the forms are written once the last page is done (reportlab allows a
form to be defined after its first use). The classic alternative, `multiBuild`, lays the
whole report out twice or more — for a 1,000-page plan that doubled the export time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.exports.report import styles as st
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.domain.data import PlanData

MARGIN_MM = 18
TOC_END = "lpTocEnd"
TOC_NUMBER_WIDTH = 34  # points kept free at the right of a contents line for its page number (4 bold digits and a gap)


@dataclass
class PageInfo:
    header: str  # "GAD — Periodo 2023–2027"
    fingerprint: str  # short form
    example: bool
    lang: str
    page_label: str = "Page {page} of {total}"
    fingerprint_label: str = "Data fingerprint"
    example_label: str = "Example plan"
    draft: str = ""  # "BORRADOR — 8 errores" on every page when the checker found errors
    draft_word: str = "Draft"


def make_doc(target: str | Path, info: PageInfo, meta: dict[str, str]) -> Any:
    """A document template with "cover", "portrait" and "landscape" pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from localplan import fonts

    font = fonts.register()

    class ReportDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
        def __init__(self) -> None:
            super().__init__(str(target), pagesize=A4, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                             topMargin=22 * mm, bottomMargin=20 * mm, initialFontName=font,
                             title=meta.get("title", ""), author=meta.get("author", ""), subject=meta.get("subject", ""),
                             creator=meta.get("creator", ""), keywords=meta.get("keywords", ""), lang=info.lang)
            self.info = info
            self.folios: list[tuple[int, float]] = []  # (page, page width): the footers to write at the end
            self.key_pages: dict[str, int] = {}  # heading key → page it landed on
            self.toc_keys: list[tuple[str, int]] = []  # (key, level) of the contents' entries
            self.toc_styles: list[Any] = []
            portrait = A4
            wide = landscape(A4)

            def frame(size: tuple[float, float], fid: str) -> Any:
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

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            mark = getattr(flowable, "_bookmark", None)
            if not mark:
                return
            level, text, key, in_toc = mark
            self.canv.bookmarkPage(key)
            self.key_pages[key] = self.page
            self.canv.addOutlineEntry(text, key, level, closed=level > 0)

        def _cover_page(self, canv: Any, doc: Any) -> None:
            w, h = canv._pagesize
            canv.saveState()
            canv.setFillColor(colors.HexColor(st.ACCENT))
            canv.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor(st.ACCENT_LIGHT))
            canv.rect(0, 0, 9 * mm, h - 14 * mm, stroke=0, fill=1)
            if self.info.draft:
                canv.setFont(fonts.BOLD, 9)
                canv.setFillColor(colors.white)
                canv.drawRightString(w - MARGIN_MM * mm, h - 8.5 * mm, self.info.draft)
            canv.restoreState()
            self._footer(canv)

        def _page(self, canv: Any, doc: Any) -> None:
            w, h = canv._pagesize
            canv.saveState()
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.HexColor(st.MUTED))
            canv.drawString(MARGIN_MM * mm, h - 13 * mm, self.info.header)
            if self.info.draft:
                canv.setFont(fonts.BOLD, 8)
                canv.setFillColor(colors.HexColor(st.DRAFT))
                canv.drawRightString(w - MARGIN_MM * mm, h - 13 * mm, self.info.draft)
            canv.setStrokeColor(colors.HexColor(st.RULE))
            canv.setLineWidth(0.5)
            canv.line(MARGIN_MM * mm, h - 15 * mm, w - MARGIN_MM * mm, h - 15 * mm)
            canv.restoreState()
            self._footer(canv)

        def _footer(self, canv: Any) -> None:
            w, h = canv._pagesize
            page = canv.getPageNumber()
            self.folios.append((page, w))
            canv.saveState()
            mark = self.info.example_label if self.info.example else self.info.draft_word if self.info.draft else ""
            if mark:
                canv.setFont(fonts.BOLD, 54)
                canv.setFillColor(colors.HexColor(st.EXAMPLE if self.info.example else st.DRAFT), alpha=0.07)
                canv.translate(w / 2, h / 2)
                canv.rotate(35)
                canv.drawCentredString(0, 0, mark.upper())
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
            canv.doForm(f"lpFolio{page}")  # "Página X de Y": written when Y is known
            canv.restoreState()

        def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
            super().handle_documentBegin()
            self.canv.setNamedCB(TOC_END, self._toc_end)

        def _toc_end(self, canv: Any, kind: str, label: str) -> None:
            """Called where a contents entry's text ends: dot leader, then its page number."""
            level, key = label.split(":", 1)
            style = self.toc_styles[min(int(level), len(self.toc_styles) - 1)]
            info = canv._curr_tx_info
            x, y = info["cur_x"], info["cur_y"]
            right = self.width_portrait
            dot = " . "
            dot_w = stringWidth(dot, style.fontName, style.fontSize)
            n = int((right - TOC_NUMBER_WIDTH - x) / dot_w) if dot_w else 0
            canv.saveState()
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(colors.HexColor(st.MUTED))
            if n > 0:
                canv.drawString(right - TOC_NUMBER_WIDTH - n * dot_w, y, dot * n)
            canv.setFillColor(style.textColor)
            canv.translate(right, y)
            canv.doForm(f"lpToc{key}")
            canv.restoreState()

        def _endBuild(self) -> None:  # noqa: N802 - reportlab's name
            self._doSave = 0
            super()._endBuild()
            self._doSave = 1
            self._write_forms()
            self.canv.save()

        def _write_forms(self) -> None:
            canv = self.canv
            total = max((page for page, _ in self.folios), default=0)
            for page, w in self.folios:
                canv.beginForm(f"lpFolio{page}", 0, 0, w, 20 * mm)
                canv.setFont(font, 7)
                canv.setFillColor(colors.HexColor(st.MUTED))
                canv.drawRightString(w - MARGIN_MM * mm, 10 * mm, self.info.page_label.format(page=page, total=total))
                canv.endForm()
            for key, level in self.toc_keys:
                style = self.toc_styles[min(level, len(self.toc_styles) - 1)]
                canv.beginForm(f"lpToc{key}", -TOC_NUMBER_WIDTH, -style.fontSize, 0, 2 * style.fontSize)
                canv.setFont(style.fontName, style.fontSize)
                canv.drawRightString(0, 0, str(self.key_pages.get(key, "")))
                canv.endForm()

    return ReportDoc()


def contents(doc: Any, items: list[Any], styles: list[Any]) -> list[Any]:
    """The table of contents' lines for every heading in `items` marked for it; their page
    numbers are filled in when the layout is done (see the module's note)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from localplan.exports.report.text import esc

    doc.toc_styles = [ParagraphStyle(f"{s.name}_r", parent=s, rightIndent=TOC_NUMBER_WIDTH + 12) for s in styles]
    lines = []
    for item in items:
        mark = getattr(item, "_bookmark", None)
        if not mark or not mark[3]:
            continue
        level, text, key, _ = mark
        doc.toc_keys.append((key, level))
        style = doc.toc_styles[min(level, len(styles) - 1)]
        lines.append(Paragraph(f'<a href="#{key}">{esc(text)}</a><onDraw name="{TOC_END}" label="{level}:{key}"/>', style))
    return lines


def page_info(data: PlanData, lang: str, fingerprint_short: str, errors: int = 0) -> PageInfo:
    from localplan.exports.report.text import period_text

    header = data.gad_title(lang)
    period = period_text(data, lang)
    if period:
        header = f"{header} — {period}"
    return PageInfo(header=header, fingerprint=fingerprint_short, example=data.is_example, lang=lang,
                    page_label=tr("Page {page} of {total}", lang),
                    fingerprint_label=tr("Data fingerprint", lang),
                    example_label=tr("Example plan", lang),
                    draft=draft_label(errors, lang), draft_word=tr("Draft", lang))


def draft_label(errors: int, lang: str) -> str:
    """"BORRADOR — 8 errores" (empty when the checker found no error)."""
    if not errors:
        return ""
    text = tr("DRAFT — 1 error", lang) if errors == 1 else tr("DRAFT — {n} errors", lang).format(n=errors)
    return text

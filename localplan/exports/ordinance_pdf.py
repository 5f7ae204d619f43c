"""The ordinance as a PDF (reportlab platypus; embedded DejaVu Sans only; A4; "Página X de Y")."""

from __future__ import annotations

from pathlib import Path
from typing import Any  # reportlab ships no types: its objects are Any here
from xml.sax.saxutils import escape

from localplan import fonts
from localplan.domain.data import PlanData
from localplan.exports.atomic import atomic_path
from localplan.i18n import language, tr
from localplan.ordinance import render
from localplan.progress import Progress, no_progress

CM = 28.3465
LEFT, RIGHT, TOP, BOTTOM = 3 * CM, 2.5 * CM, 2.5 * CM, 2.5 * CM


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    family = fonts.register()
    base = ParagraphStyle("o-body", fontName=family, bulletFontName=family, fontSize=10.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=7)
    centre = ParagraphStyle("o-centre", parent=base, fontName=fonts.BOLD, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)
    return {
        "paragraph": base,
        "recital": ParagraphStyle("o-recital", parent=base, leftIndent=0),
        "title": ParagraphStyle("o-title", parent=centre, fontSize=12, leading=17, spaceBefore=10, spaceAfter=12),
        "part": centre,
        "body": ParagraphStyle("o-bodyname", parent=centre, fontSize=11, spaceBefore=14),
        "division": ParagraphStyle("o-division", parent=centre, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "sub": ParagraphStyle("o-sub", parent=base, leftIndent=18),
        "certificate": base,
        "sign": ParagraphStyle("o-sign", parent=base, alignment=TA_CENTER, spaceAfter=0, leading=13),
        "footer": ParagraphStyle("o-footer", parent=base, fontSize=7.5),
    }


def _signatures(block: render.Block, st: dict[str, Any]) -> Any:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    cells = [[Paragraph("_____________________________", st["sign"]), Paragraph(f"<b>{escape(name)}</b>", st["sign"]),
              Paragraph(escape(role), st["sign"])] for name, role in block.signers]
    width = 16 * CM / max(1, len(cells))
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("FONT", (0, 0), (-1, -1), fonts.register())]))  # no stray Helvetica
    return KeepTogether([Spacer(1, 36), table, Spacer(1, 14)])


def story(doc: render.Document) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

    st = _styles()
    out: list[Any] = []
    for b in doc.blocks:
        paras = [escape(p) for p in render._paragraphs(b.text)]
        if b.kind == "division":
            out.append(CondPageBreak(5 * CM))
            out.append(Paragraph(f"{escape(b.label)}<br/>{escape(b.heading)}", st["division"]))
        elif b.kind in ("article", "disposition"):
            head = f"<b>{escape(b.label)}</b>"
            if b.heading:
                head += f" <b>{escape(b.heading)}.-</b>"
            first = Paragraph(f"{head} {paras[0] if paras else ''}", st["paragraph"])
            rest = [Paragraph(p, st["sub"]) for p in paras[1:]]
            out.append(KeepTogether([first, *rest[:1]]))
            out += rest[1:]
        elif b.kind == "disposition_group":
            out.append(CondPageBreak(4 * CM))
            out.append(Paragraph(escape(b.text), st["division"]))
        elif b.kind == "signatures":
            out.append(_signatures(b, st))
        elif b.kind in ("title", "part", "body"):
            out.append(Paragraph(escape(b.text), st[b.kind]))
        else:
            out += [Paragraph(p, st.get(b.kind, st["paragraph"])) for p in paras]
    return out


def not_drafted(data: PlanData, lang: str) -> list[Any]:
    """One page that says so, instead of an "UNTITLED ORDINANCE" with blank signature lines."""
    from reportlab.platypus import Paragraph

    from localplan.exports.ordinance_docx import not_drafted_text

    st = _styles()
    return [Paragraph(escape(tr("Ordinance", lang).upper()), st["title"]),
            Paragraph(escape(not_drafted_text(data, lang)), st["paragraph"])]


def write_pdf(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from localplan import __version__
    from localplan.exports.fingerprint import fingerprint, short
    from localplan.exports.page_numbers import numbered_canvas
    from localplan.exports.report.ordinance import drafted

    lang = lang or language()
    message = tr("Writing the ordinance (PDF)", lang)
    progress(0, 3, message)
    document = render.build(data, lang)
    family = fonts.register()
    progress(1, 3, message)
    footer = document.footer

    def decorate(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(family, 7.5)
        canvas.setFillColorRGB(0.37, 0.42, 0.48)
        canvas.drawString(LEFT, 26, footer[:110])
        canvas.restoreState()

    target = Path(target)
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                                bottomMargin=BOTTOM, title=document.title if drafted(data) else tr("Ordinance", lang), author=data.gad_title(lang),
                                subject=tr("Human-mobility ordinance", lang), creator=f"LocalPlan {__version__}", lang=lang,
                                keywords=short(fingerprint(data)),
                                initialFontName=family)
        doc.build(story(document) if drafted(data) else not_drafted(data, lang), onFirstPage=decorate,
                  onLaterPages=decorate, canvasmaker=numbered_canvas(lang))
        progress(2, 3, message)
    progress(3, 3, message)
    return target

"""The ordinance as a Word document (python-docx) that legal advisers edit next.

A4, margins for legal documents, justified text, centred bold headings, bold article
labels, "Página X de Y" in the footer (PAGE / NUMPAGES fields) and signature tables
filled through row.cells (table.cell(r, c) is quadratic).
"""

from __future__ import annotations

from pathlib import Path

from localplan.domain.data import PlanData
from localplan.exports.atomic import atomic_path
from localplan.exports.registry import Progress, no_progress
from localplan.i18n import language, tr
from localplan.ordinance import render

FONT = "Arial"


def _field(run, code: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a run."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _footer(section, text: str, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, _, rest = tr("Page {page} of {total}", lang).partition("{page}")
    middle, _, after = rest.partition("{total}")
    for piece, code in ((before, None), (None, "PAGE"), (middle, None), (None, "NUMPAGES"), (after, None)):
        run = p.add_run(piece or "")
        run.font.size = Pt(8)
        if code:
            _field(run, code)
    note = section.footer.add_paragraph(text)
    note.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for run in note.runs:
        run.font.size = Pt(7.5)


def _para(doc, text: str = "", *, bold_prefix: str = "", align=None, bold: bool = False, size: float | None = None,
          space_before: float = 0, indent_cm: float = 0, keep_next: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    fmt = p.paragraph_format
    fmt.space_after = Pt(6)
    fmt.space_before = Pt(space_before)
    fmt.keep_with_next = keep_next
    if indent_cm:
        fmt.left_indent = Cm(indent_cm)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
        p.add_run(" ")
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _signatures(doc, block: render.Block) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.add_paragraph()
    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=len(block.signers))
    table.autofit = True
    for cell, (name, role) in zip(table.rows[0].cells, block.signers):
        first = cell.paragraphs[0]
        first.add_run("_____________________________")
        name_p = cell.add_paragraph()
        name_p.add_run(name).bold = True
        cell.add_paragraph(role)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()


def _fingerprint_property(doc, data: PlanData) -> None:
    """The plan's content fingerprint as a custom document property (checked by `localplan verify`)."""
    from localplan.exports.fingerprint import fingerprint
    from localplan.exports.package_binding import set_docx_fingerprint

    set_docx_fingerprint(doc, fingerprint(data))


def write_docx(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    lang = lang or language()
    message = tr("Writing the ordinance (Word)", lang)
    progress(0, 3, message)
    document = render.build(data, lang)
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    _footer(section, document.footer, lang)
    core = doc.core_properties
    core.title, core.author, core.subject = document.title, data.gad_title(lang), tr("Human-mobility ordinance", lang)
    _fingerprint_property(doc, data)
    progress(1, 3, message)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for b in document.blocks:
        paras = render._paragraphs(b.text)
        if b.kind == "title":
            _para(doc, b.text, align=centre, bold=True, size=12, space_before=6)
        elif b.kind in ("part", "body", "disposition_group"):
            _para(doc, b.text, align=centre, bold=True, space_before=10, keep_next=True)
        elif b.kind == "division":
            _para(doc, f"{b.label}\n{b.heading}", align=centre, bold=True, space_before=12, keep_next=True)
        elif b.kind in ("article", "disposition"):
            label = b.label + (f" {b.heading}.-" if b.heading else "")
            _para(doc, paras[0] if paras else "", bold_prefix=label)
            for p in paras[1:]:
                _para(doc, p, indent_cm=0.75)
        elif b.kind == "signatures":
            _signatures(doc, b)
        else:
            for p in paras:
                _para(doc, p)
    progress(2, 3, message)
    target = Path(target)
    with atomic_path(target) as tmp:
        doc.save(str(tmp))
    progress(3, 3, message)
    return target

"""The ordinance as a Word document (python-docx) that legal advisers edit next.

Structure lives in named styles, not in direct formatting, so Word's navigation pane shows
the ordinance and a secretary restyles it in one place: Title for the ordinance's name,
Heading 1 for the parts (explanatory statement, recitals, dispositions) and the TÍTULOS,
Heading 2 for the CAPÍTULOS, "Artículo" for articles and dispositions, "Considerando" for
recitals, "Fórmula" for the issuing body and the enacting words. Every style used and the
document defaults speak es-EC (Word spell-checks in Spanish); the core and application
properties come from the plan (never python-docx's template: created 2013, "python-docx",
a thumbnail). A4, margins for legal documents, "Página X de Y" in the footer (PAGE /
NUMPAGES fields in the footer's size) and signature tables filled through row.cells
(table.cell(r, c) is quadratic).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any  # python-docx ships no types: its objects are Any here

from localplan.domain.data import PlanData
from localplan.exports.atomic import atomic_path
from localplan.i18n import language, tr
from localplan.ordinance import render
from localplan.progress import Progress, no_progress

FONT = "Arial"


FOOTER_SIZE = 8
STYLE_ARTICLE = "Artículo"
STYLE_RECITAL = "Considerando"
STYLE_FORMULA = "Fórmula"
STYLE_SIGNATURE = "Firma"
LANG = {"es": "es-EC", "en": "en-US"}


def _footer(section: Any, text: str, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, _, rest = tr("Page {page} of {total}", lang).partition("{page}")
    middle, _, after = rest.partition("{total}")
    for piece, code in ((before, None), (None, "PAGE"), (middle, None), (None, "NUMPAGES"), (after, None)):
        if code:
            _field_runs(p, code, Pt(FOOTER_SIZE))
        elif piece:
            p.add_run(piece).font.size = Pt(FOOTER_SIZE)
    note = section.footer.add_paragraph(text)
    note.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for run in note.runs:
        run.font.size = Pt(7.5)


def _field_runs(p: Any, code: str, size: Any) -> None:
    """A field as Word writes it: begin, instruction, separate, result, end, each its own run in
    the footer's size (a result run without a size shows at the Normal style's 11 pt)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), ("instr", f" {code} "), ("separate", None), ("text", "1"), ("end", None)):
        run = p.add_run()
        run.font.size = size
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _set_lang(rpr_parent: Any, tag: str) -> None:
    """w:lang on a style's (or the defaults') run properties: Latin, East Asian and complex script."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = rpr_parent.get_or_add_rPr() if hasattr(rpr_parent, "get_or_add_rPr") else rpr_parent
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang_el.set(qn(attr), tag)


def _plain_font(style: Any, size: float | None = None, bold: bool | None = None) -> None:
    """The body font on a style, replacing the template's theme fonts and colours."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts_el = rpr.find(qn("w:rFonts"))
    if fonts_el is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts_el.attrib.pop(qn(attr), None)
        fonts_el.set(qn("w:cs"), FONT)
        fonts_el.set(qn("w:eastAsia"), FONT)
    style.font.color.rgb = RGBColor(0, 0, 0)
    color = rpr.find(qn("w:color"))
    for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
        color.attrib.pop(qn(attr), None)
    style.font.italic = False
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def _styles(doc: Any, lang_tag: str) -> None:
    """The document's styles: defaults, Title, Heading 1/2 and the ordinance's own."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    centre, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_lang(defaults, lang_tag)
    fonts_el = defaults.find(qn("w:rFonts"))
    if fonts_el is not None:
        for attr in list(fonts_el.attrib):
            del fonts_el.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts_el.set(qn(attr), FONT)
    normal = doc.styles["Normal"]
    _plain_font(normal, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.alignment = justify

    def para_style(name: str, base: str = "Normal") -> Any:
        try:
            return doc.styles[name]
        except KeyError:
            style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = doc.styles[base]
            style.quick_style = True
            return style

    title = doc.styles["Title"]
    _plain_font(title, 12, True)
    heading1, heading2 = doc.styles["Heading 1"], doc.styles["Heading 2"]
    _plain_font(heading1, 11, True)
    _plain_font(heading2, 11, True)
    for style, before in ((title, 6), (heading1, 12), (heading2, 10)):
        fmt = style.paragraph_format
        fmt.alignment = centre
        fmt.space_before, fmt.space_after = Pt(before), Pt(6)
        fmt.keep_with_next = True
        border = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
        if border is not None:  # the template's Title has a rule under it
            style.element.pPr.remove(border)
    title.paragraph_format.space_after = Pt(12)
    article = para_style(STYLE_ARTICLE)
    article.paragraph_format.alignment = justify
    recital = para_style(STYLE_RECITAL)
    recital.paragraph_format.alignment = justify
    formula = para_style(STYLE_FORMULA)
    formula.font.bold = True
    formula.paragraph_format.alignment = centre
    formula.paragraph_format.space_before = Pt(10)
    formula.paragraph_format.keep_with_next = True
    indent = para_style("Artículo (párrafo)", STYLE_ARTICLE)
    indent.paragraph_format.left_indent = Cm(0.75)
    sign = para_style(STYLE_SIGNATURE)
    sign.paragraph_format.alignment = centre
    sign.paragraph_format.space_after = Pt(0)
    for style in doc.styles:  # every style, used or not: none may bring back the template's en-US
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_lang(style.element, lang_tag)
    for name in ("Title Char", "Heading 1 Char", "Heading 2 Char"):  # linked character styles: same font
        if name in [s.name for s in doc.styles]:
            _plain_font(doc.styles[name])


def _para(doc: Any, text: str = "", style: str | None = None, bold_prefix: str = "") -> Any:
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
        p.add_run(" ")
    if text:
        p.add_run(text)
    return p


def _signatures(doc: Any, block: render.Block) -> None:
    doc.add_paragraph()
    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=len(block.signers))
    table.autofit = True
    for cell, (name, role) in zip(table.rows[0].cells, block.signers):
        first = cell.paragraphs[0]
        first.style = doc.styles[STYLE_SIGNATURE]
        first.add_run("_____________________________")
        cell.add_paragraph(style=STYLE_SIGNATURE).add_run(name).bold = True
        cell.add_paragraph(role, style=STYLE_SIGNATURE)
    doc.add_paragraph()


def _properties(doc: Any, data: PlanData, title: str, lang: str) -> None:
    """Core and application properties from the plan; python-docx's template metadata and
    thumbnail removed."""
    import datetime as _dt

    from localplan import __version__

    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
    core = doc.core_properties
    gad = data.gad_title(lang)[:255]  # Word's core properties hold 255 characters (python-docx refuses more)
    core.title, core.author, core.last_modified_by = title[:255], gad, gad
    core.subject = tr("Human-mobility ordinance", lang)
    core.category = tr("Ordinance", lang)
    core.keywords = ", ".join([tr("human mobility", lang), tr("ordinance", lang), gad])[:255]
    core.comments = tr("Prepared with LocalPlan {version}.", lang).format(version=__version__)
    core.created, core.modified, core.revision = now, now, 1
    core.language = LANG.get(lang, "es-EC")
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            package.rels.pop(rid)
        elif rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = _app_xml(f"LocalPlan {__version__}", gad)
    for rid, rel in list(doc.part.rels.items()):  # Word 2010's copy of the template's styles, in en-US
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.rels.pop(rid)
    settings = doc.settings.element
    from docx.oxml.ns import qn

    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANG.get(lang, "es-EC"))


def _app_xml(application: str, company: str) -> bytes:
    from xml.sax.saxutils import escape

    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
            f"<Company>{escape(company)}</Company></Properties>").encode()


def _fingerprint_property(doc: Any, data: PlanData) -> None:
    """The plan's content fingerprint as a custom document property (checked by `localplan verify`)."""
    from localplan.exports.fingerprint import fingerprint
    from localplan.exports.package_binding import set_docx_fingerprint

    set_docx_fingerprint(doc, fingerprint(data))


def write_docx(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None) -> Path:
    from docx import Document
    from docx.shared import Cm

    from localplan.exports.report.ordinance import drafted

    lang = lang or language()
    message = tr("Writing the ordinance (Word)", lang)
    progress(0, 3, message)
    document = render.build(data, lang)
    doc = Document()
    _styles(doc, LANG.get(lang, "es-EC"))
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    _footer(section, document.footer, lang)
    _fingerprint_property(doc, data)
    progress(1, 3, message)
    if not drafted(data):
        _properties(doc, data, tr("Ordinance", lang), lang)
        _para(doc, tr("Ordinance", lang).upper(), "Title")
        _para(doc, not_drafted_text(data, lang))
    else:
        _properties(doc, data, document.title, lang)
        _blocks(doc, document)
    progress(2, 3, message)
    target = Path(target)
    with atomic_path(target) as tmp:
        doc.save(str(tmp))
    progress(3, 3, message)
    return target


def not_drafted_text(data: PlanData, lang: str) -> str:
    return tr("The human-mobility ordinance of {gad} has not been drafted yet: the plan holds no title, recitals or "
              "articles for it. Draft it in LocalPlan's Ordinance step, then export this document again.", lang).format(
        gad=data.gad_title(lang))


def _blocks(doc: Any, document: render.Document) -> None:
    for b in document.blocks:
        paras = render._paragraphs(b.text)
        if b.kind == "title":
            _para(doc, b.text, "Title")
        elif b.kind in ("part", "disposition_group"):
            # the enacting words and the executive's office are not parts of the structure
            formula = b.kind == "part" and (b.text == tr("ISSUES the following:", document.lang) or b.text.isupper()
                                            and b.text.startswith(("ALCALD", "PREFECT", "PRESIDENC", "OFFICE")))
            _para(doc, b.text, STYLE_FORMULA if formula else "Heading 1")
        elif b.kind == "body":
            _para(doc, b.text, STYLE_FORMULA)
        elif b.kind == "division":
            level = "Heading 1" if b.label.upper().startswith(("TÍTULO", "TITLE")) else "Heading 2"
            p = _para(doc, b.label, level)
            if b.heading:
                p.add_run().add_break()
                p.add_run(b.heading)
        elif b.kind in ("article", "disposition"):
            label = b.label + (f" {b.heading}.-" if b.heading else "")
            _para(doc, paras[0] if paras else "", STYLE_ARTICLE, bold_prefix=label)
            for p in paras[1:]:
                _para(doc, p, "Artículo (párrafo)")
        elif b.kind == "recital":
            for p in paras:
                _para(doc, p, STYLE_RECITAL)
        elif b.kind == "signatures":
            _signatures(doc, b)
        else:
            for p in paras:
                _para(doc, p)

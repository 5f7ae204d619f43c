"""The ordinance as a plain structured document: what the DOCX and PDF exporters, the
preview and the version comparison all read (no Qt, no heavy libraries).

Order of the parts: title; explanatory statement; legislative body; recitals; enacting
formula and title; titles, chapters and articles; dispositions by kind; place and date;
signatures; then what the level's procedure asks (levels.json): for an ordinance, the
secretary's certificate of the two debates, the executive's sanction with EJECÚTESE (COOTAD
arts. 322 and 324) and its certificate; for a parish board's resolution, the certificate of
its approval in a single debate (COOTAD art. 323) and no sanction.

A fact the reference data marks "verify" prints a bracketed note with its source after the
part that relies on it. Spanish contractions ("de el" → "del") are applied to every text.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.i18n import tr
from localplan.ordinance import approval, library, numbering
from localplan.ordinance.provenance import Provenance, mark, ordinance_fact
from localplan.reference import loader

BLANK = "____________"
REPEALS = "{{repeals}}"


@dataclass
class Block:
    kind: str  # title | part | body | paragraph | recital | division | article | disposition_group | disposition | signatures | certificate | note
    text: str = ""
    label: str = ""  # "Art. 3.-", "PRIMERA.-", "TÍTULO I"
    heading: str = ""  # an article's heading, a division's name
    signers: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    row_id: int | None = None


@dataclass
class Document:
    lang: str
    title: str
    footer: str
    blocks: list[Block]


def long_date(day: _dt.date | None, lang: str) -> str:
    if day is None:
        return BLANK
    if lang == "en":
        return f"{day.day} {formatting.month_name(day.month, 'en')} {day.year}"
    return f"{day.day} de {formatting.month_name(day.month, 'es')} de {day.year}"


def _paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def repeals_text(record: dict[str, Any], lang: str) -> str:
    """What the repeal disposition names: the ordinance's own field, or a visible blank to fill."""
    return (record.get("repeals") or "").strip().rstrip(".") or tr("[name the norms repealed or amended]", lang)


def build(data: PlanData, lang: str = "es") -> Document:
    record = data.record("ordinance")
    level_code = library.level_of(data)
    level = library.levels()[level_code]
    values = library.context(data, lang)
    articles = data.rows("ordinance_articles")
    numbers = numbering.article_numbers(articles)
    labels = numbering.labels(articles, lang)
    repeals = repeals_text(record, lang)

    def refs(text: str | None) -> str:
        return numbering.render_refs(text or "", numbers, lang).replace(REPEALS, repeals)

    title = (record.get("title") or tr("Untitled ordinance", lang)).strip()
    body = (record.get("issuing_body") or values["body"]).strip()
    blocks: list[Block] = [Block("title", title.upper())]

    motives = [record.get(f) for f in ("motives_situation", "motives_problem", "motives_purpose", "motives_text")]
    if any(motives):
        blocks.append(Block("part", tr("EXPLANATORY STATEMENT", lang)))
        blocks += [Block("paragraph", refs(p)) for m in motives for p in _paragraphs(m)]

    blocks.append(Block("body", body.upper()))
    recitals = data.rows("ordinance_recitals")
    if recitals:
        blocks.append(Block("part", tr("WHEREAS:", lang)))
        whereas = tr("Whereas,", lang)
        for row in recitals:
            text = refs(row.get("text")).strip()
            if text and not text.lower().startswith(whereas.lower().rstrip(",")):
                text = f"{whereas} {text}"
            blocks.append(Block("recital", text, row_id=row["id"]))
            note = mark(ordinance_fact("basis", row.get("basis") or "", lang), lang)
            if note:
                blocks.append(Block("note", note, row_id=row["id"]))

    formula = record.get("enacting_formula") or tr(
        "In exercise of the powers conferred by {powers},", lang).format(powers=level.powers.get(lang))
    blocks.append(Block("paragraph", refs(formula)))
    if not record.get("enacting_formula") and level.verify:
        blocks.append(Block("note", mark(ordinance_fact("level", level_code, lang), lang)))
    blocks.append(Block("part", tr("ISSUES the following:", lang)))
    blocks.append(Block("title", title.upper()))

    for row in articles:
        kind = row.get("kind") or "article"
        if kind in ("titulo", "capitulo"):
            blocks.append(Block("division", "", labels[row["id"]], (row.get("heading") or "").upper(), row_id=row["id"]))
        else:
            blocks.append(Block("article", refs(row.get("text")), labels[row["id"]], row.get("heading") or "",
                                row_id=row["id"]))

    dispositions = data.rows("ordinance_dispositions")
    dlabels = numbering.disposition_labels(dispositions, lang)
    for kind, members in numbering.grouped_dispositions(dispositions):
        choice = {c.code: c for c in loader.choice_list("ordinance_disposition_kinds")}[kind]
        key = ("heading1_" if len(members) == 1 else "heading_") + ("en" if lang == "en" else "es")
        blocks.append(Block("disposition_group", choice.get(key) or kind.upper()))
        for row in members:
            blocks.append(Block("disposition", refs(row.get("text")), dlabels[row["id"]], row_id=row["id"]))

    blocks += _closing(data, record, level, values, body, lang)
    if lang != "en":
        for b in blocks:
            b.text, b.heading = library.contract(b.text), library.contract(b.heading)
    status = approval.status_label(data, lang)
    footer = f"{data.gad_title(lang)} — {status}"
    return Document(lang, title, footer, blocks)


def _closing(data: PlanData, record: dict[str, Any], level: library.Level, values: dict[str, str], body: str,
             lang: str) -> list[Block]:
    place = record.get("place") or values["territory"]
    procedure = library.procedure(level.code)
    executive_name = data.gad.get("authority") or BLANK
    secretary_name = record.get("secretary") or BLANK
    executive = level.executive_title(record.get("executive_form"), lang)
    secretary = level.secretary_title(record.get("secretary_form"), lang)
    act = values["act"]
    body_lower = library.with_article(body, lang) if lang != "en" else body[:1].lower() + body[1:]
    if not procedure.two_debates:
        debate = approval.step_date(data, "debate")
        out = [
            Block("paragraph", tr("Given in the session hall of {body}, in {place}, on {date}.", lang).format(
                body=body_lower, place=place, date=long_date(debate, lang))),
            Block("signatures", signers=[(executive_name, executive), (secretary_name, secretary)]),
            Block("part", tr("CERTIFICATE OF APPROVAL", lang)),
            Block("certificate", tr("I certify that this {act} was discussed and approved by {body} in a single debate, "
                                    "by simple majority, at its session of {date} (COOTAD art. 323).", lang).format(
                act=act, body=body_lower, date=long_date(debate, lang))),
        ]
        note = mark(ordinance_fact("procedure", procedure.code, lang), lang)
        if note:
            out.append(Block("note", note))
        out.append(Block("signatures", signers=[(secretary_name, secretary)]))
        return out
    first = approval.step_date(data, "first_debate")
    second = approval.step_date(data, "second_debate")
    sanctioned = approval.step_date(data, "sanctioned")
    out = [
        Block("paragraph", tr("Given and signed in the session hall of {body}, in {place}, on {date}.", lang).format(
            body=body_lower, place=place, date=long_date(second, lang))),
        Block("signatures", signers=[(executive_name, executive), (secretary_name, secretary)]),
        Block("part", tr("CERTIFICATE OF DEBATES", lang)),
        Block("certificate", tr("I certify that this {act} was discussed and approved by {body} in two debates, held "
                                "on {first} and {second}.", lang).format(
            act=act, body=body_lower, first=long_date(first, lang), second=long_date(second, lang))),
        Block("signatures", signers=[(secretary_name, secretary)]),
    ]
    if level.procedure_verify.get(lang):
        out.append(Block("note", mark(Provenance(True, level.procedure_verify.get(lang)), lang)))
    out += [
        Block("part", library.fill(level.executive_office.get(lang), values).upper()),
        Block("certificate", tr("Under articles 322 and 324 of COOTAD, the legal procedure having been followed, I "
                                "SANCTION this {act} and order its promulgation and publication. EXECUTE IT. {place}, "
                                "{date}.", lang).format(act=act, place=place, date=long_date(sanctioned, lang))),
        Block("signatures", signers=[(executive_name, executive)]),
        Block("certificate", tr("{name}, {role}, provided for and signed this {act}, and ordered its promulgation and "
                                "publication, on {date}. I certify it.", lang).format(name=executive_name, role=executive, act=act,
                                                                       date=long_date(sanctioned, lang))),
        Block("signatures", signers=[(secretary_name, secretary)]),
    ]
    return out


def lines(doc: Document) -> list[str]:
    """The document as plain text lines, one per paragraph (for comparison and tests)."""
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "division":
            out.append(f"{b.label} {b.heading}".strip())
        elif b.kind == "article":
            paras = _paragraphs(b.text) or [""]
            head = f"{b.label} {b.heading}{'.-' if b.heading else ''}".strip()
            out.append(f"{head} {paras[0]}".strip())
            out += paras[1:]
        elif b.kind == "disposition":
            paras = _paragraphs(b.text) or [""]
            out.append(f"{b.label} {paras[0]}".strip())
            out += paras[1:]
        elif b.kind == "signatures":
            out += [f"{name} — {role}" for name, role in b.signers]
        else:
            out += _paragraphs(b.text)
    return out

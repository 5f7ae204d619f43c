"""The ordinance as a plain structured document: what the DOCX and PDF exporters, the
preview and the version comparison all read (no Qt, no heavy libraries).

Order of the parts: title; explanatory statement; legislative body; recitals; enacting
formula and title; titles, chapters and articles; dispositions by kind; place and date;
signatures; the secretary's certificate of the two debates; the executive's sanction and
its certificate.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from localplan import formatting
from localplan.domain.data import PlanData
from localplan.i18n import tr
from localplan.ordinance import approval, library, numbering
from localplan.reference import loader

BLANK = "____________"


@dataclass
class Block:
    kind: str  # title | part | body | paragraph | recital | division | article | disposition_group | disposition | signatures | certificate
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
        return f"{day.day} {day.strftime('%B')} {day.year}"
    return f"{day.day} de {formatting.MONTHS_ES[day.month - 1]} de {day.year}"


def _paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def build(data: PlanData, lang: str = "es") -> Document:
    record = data.record("ordinance")
    level = library.levels()[library.level_of(data)]
    values = library.context(data, lang)
    articles = data.rows("ordinance_articles")
    numbers = numbering.article_numbers(articles)
    labels = numbering.labels(articles, lang)

    def refs(text: str | None) -> str:
        return numbering.render_refs(text or "", numbers, lang)

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

    formula = record.get("enacting_formula") or tr(
        "In exercise of the powers conferred by {powers},", lang).format(powers=level.powers.get(lang))
    blocks.append(Block("paragraph", refs(formula)))
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
    status = approval.status_label(data, lang)
    footer = f"{data.gad_title(lang)} — {status}"
    return Document(lang, title, footer, blocks)


def _closing(data: PlanData, record: dict, level: library.Level, values: dict[str, str], body: str,
             lang: str) -> list[Block]:
    place = record.get("place") or values["territory"]
    first = approval.step_date(data, "first_debate")
    second = approval.step_date(data, "second_debate")
    sanctioned = approval.step_date(data, "sanctioned")
    executive_name = data.gad.get("authority") or BLANK
    secretary_name = record.get("secretary") or BLANK
    executive = level.executive.get(lang)
    secretary = level.secretary.get(lang)
    act = values["act"]
    signers = [(executive_name, executive), (secretary_name, secretary)]
    body_lower = body[:1].lower() + body[1:]
    out = [
        Block("paragraph", tr("Given and signed in the session hall of {body}, in {place}, on {date}.", lang).format(
            body=body_lower, place=place, date=long_date(second, lang))),
        Block("signatures", signers=signers),
        Block("part", tr("CERTIFICATE OF DEBATES", lang)),
        Block("certificate", tr("I certify that this {act} was discussed and approved by {body} in two debates, held "
                                "on {first} and {second}.", lang).format(
            act=act, body=body_lower, first=long_date(first, lang), second=long_date(second, lang))),
        Block("signatures", signers=[(secretary_name, secretary)]),
        Block("part", library.fill(level.executive_office.get(lang), values).upper()),
        Block("certificate", tr("Under article 322 of COOTAD, the legal procedure having been followed, I SANCTION "
                                "this {act} and order its promulgation and publication. {place}, {date}.", lang).format(
            act=act, place=place, date=long_date(sanctioned, lang))),
        Block("signatures", signers=[(executive_name, executive)]),
        Block("certificate", tr("{name}, {role}, sanctioned this {act} and ordered its publication on {date}. "
                                "I certify it.", lang).format(name=executive_name, role=executive, act=act,
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

"""The ordinance's checklist (no Qt): `run(data)` → items the page shows and the plan checker reads.

Each rule yields one passing item, or one failing item per place that needs work (with its
section and row). The approval procedure's errors and warnings (approval.notices) follow.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from localplan.domain.data import PlanData
from localplan.i18n import QT_TR_NOOP, tr
from localplan.ordinance import approval, library, numbering

RULES = {
    "one_subject": QT_TR_NOOP("The ordinance states its single subject (COOTAD art. 322)"),
    "recitals_sourced": QT_TR_NOOP("Every recital names its legal source"),
    "no_empty_article": QT_TR_NOOP("No article, title or chapter is empty"),
    "numbering": QT_TR_NOOP("Numbering is continuous and every cross-reference points to an article"),
    "required_parts": QT_TR_NOOP("All required parts are present"),
    "competences": QT_TR_NOOP("Every article lies within the level's competences, or is done by agreement"),
    "procedure": QT_TR_NOOP("The approval procedure is in order"),
}


@dataclass(frozen=True)
class CheckItem:
    id: str  # the rule
    ok: bool
    message: str  # translated
    section: str | None = None
    row: int | None = None
    severity: str = "error"  # error | warning | info (for failing items)


def _fail(rule: str, message: str, section: str | None = None, row: int | None = None,
          severity: str = "error") -> CheckItem:
    return CheckItem(rule, False, message, section, row, severity)


def run(data: PlanData, today: _dt.date | None = None, lang: str | None = None) -> list[CheckItem]:
    items: list[CheckItem] = []
    for rule in RULES:
        found = _procedure(data, lang, today) if rule == "procedure" else _RULES[rule](data, lang)
        items += found or [CheckItem(rule, True, tr(RULES[rule], lang))]
    return items


def _one_subject(data: PlanData, lang: str | None) -> list[CheckItem]:
    record = data.record("ordinance")
    out = []
    if not (record.get("subject") or "").strip():
        out.append(_fail("one_subject", tr("State the ordinance's single subject in one line (COOTAD art. 322).", lang),
                         "ordinance", 1))
    elif ";" in record["subject"]:
        out.append(_fail("one_subject", tr("The subject lists several matters; an ordinance deals with one subject "
                                           "only.", lang), "ordinance", 1, "warning"))
    return out


def _recitals(data: PlanData, lang: str | None) -> list[CheckItem]:
    out = []
    for n, row in enumerate(data.rows("ordinance_recitals"), start=1):
        if not (row.get("reference") or "").strip():
            out.append(_fail("recitals_sourced", tr("Recital {n} does not name its legal source.", lang).format(n=n),
                             "ordinance_recitals", row["id"]))
        if not (row.get("text") or "").strip():
            out.append(_fail("recitals_sourced", tr("Recital {n} has no text.", lang).format(n=n),
                             "ordinance_recitals", row["id"]))
    return out


def _empty(data: PlanData, lang: str | None) -> list[CheckItem]:
    rows = data.rows("ordinance_articles")
    labels = numbering.labels(rows, lang or "es")
    out = []
    for i, row in enumerate(rows):
        kind = row.get("kind") or "article"
        if kind == "article" and not (row.get("text") or "").strip():
            out.append(_fail("no_empty_article", tr("{label} has no text.", lang).format(label=labels[row["id"]]),
                             "ordinance_articles", row["id"]))
        elif kind in ("titulo", "capitulo"):
            if not (row.get("heading") or "").strip():
                out.append(_fail("no_empty_article", tr("{label} has no name.", lang).format(label=labels[row["id"]]),
                                 "ordinance_articles", row["id"]))
            following = rows[i + 1:]
            stop = ("titulo",) if kind == "titulo" else ("titulo", "capitulo")
            has_article = False
            for nxt in following:
                if (nxt.get("kind") or "article") in stop:
                    break
                if (nxt.get("kind") or "article") == "article":
                    has_article = True
                    break
            if not has_article:
                out.append(_fail("no_empty_article", tr("{label} holds no article.", lang).format(
                    label=labels[row["id"]]), "ordinance_articles", row["id"]))
    return out


def _numbering(data: PlanData, lang: str | None) -> list[CheckItem]:
    rows = data.rows("ordinance_articles")
    numbers = numbering.article_numbers(rows)
    out = []
    if sorted(numbers.values()) != list(range(1, len(numbers) + 1)):
        out.append(_fail("numbering", tr("The articles are not numbered 1, 2, 3… without gaps.", lang)))
    kinds = [r.get("kind") or "article" for r in rows]
    if "titulo" in kinds and kinds[0] != "titulo":
        out.append(_fail("numbering", tr("The text uses titles but does not begin with one.", lang),
                         "ordinance_articles", rows[0]["id"], "warning"))
    labels = numbering.labels(rows, lang or "es")
    for sid in ("ordinance_articles", "ordinance_dispositions"):
        names = labels if sid == "ordinance_articles" else numbering.disposition_labels(data.rows(sid), lang or "es")
        for row in data.rows(sid):
            for target in numbering.broken_refs(row.get("text"), numbers):
                out.append(_fail("numbering", tr("{label} cites an article that no longer exists (#{id}).", lang).format(
                    label=names.get(row["id"], "?"), id=target), sid, row["id"]))
    return out


def _required(data: PlanData, lang: str | None) -> list[CheckItem]:
    record = data.record("ordinance")
    out = []
    need = [
        (bool((record.get("title") or "").strip()), tr("The ordinance has no title.", lang), "ordinance"),
        (any(record.get(f) for f in ("motives_situation", "motives_problem", "motives_purpose", "motives_text")),
         tr("The explanatory statement is empty (COOTAD art. 322 requires it).", lang), "ordinance"),
        (bool(data.rows("ordinance_recitals")), tr("There are no recitals (considerandos).", lang), "ordinance_recitals"),
        (any((r.get("kind") or "article") == "article" for r in data.rows("ordinance_articles")),
         tr("There are no articles.", lang), "ordinance_articles"),
        (any(r.get("kind") == "final" for r in data.rows("ordinance_dispositions")),
         tr("There is no final disposition saying when the ordinance enters into force.", lang), "ordinance_dispositions"),
        (bool(data.gad.get("level")) and bool(data.gad.get("name")),
         tr("The GAD profile lacks the name or level the heading and enacting formula come from.", lang), "gad"),
        (bool(data.gad.get("authority")), tr("The GAD profile does not name the executive authority who signs.", lang), "gad"),
        (bool(record.get("secretary")), tr("Name the secretary who certifies the debates.", lang), "ordinance"),
    ]
    repealing = [r for r in data.rows("ordinance_dispositions") if r.get("kind") in ("derogatoria", "reformatoria")]
    if repealing and not (record.get("repeals") or "").strip():
        out.append(_fail("required_parts", tr("The repealing or amending disposition does not name the norms it repeals "
                                              "or amends (COOTAD art. 322): fill in “Norms repealed or amended”, or "
                                              "delete the disposition if nothing is repealed.", lang),
                         "ordinance", 1, "warning"))
    for ok, message, section in need:
        if not ok:
            out.append(_fail("required_parts", message, section, 1 if section in ("ordinance", "gad") else None))
    return out


def _competences(data: PlanData, lang: str | None) -> list[CheckItem]:
    """Articles outside the level's competences (Constitution arts. 263–267), unless done by agreement."""
    level = library.levels()[library.level_of(data)]
    rows = data.rows("ordinance_articles")
    labels = numbering.labels(rows, lang or "es")
    out = []
    for row in rows:
        if (row.get("kind") or "article") != "article" or row.get("competence") == "agreement":
            continue
        clause = library.clauses().get(row.get("clause") or "")
        if clause is not None:
            if clause.fits(level.code):
                continue
            needs = library.competence_labels(clause.competences, lang)
        else:
            matter = library.matter_outside(level.code, row.get("heading"))
            if matter is None or (row.get("competence") == "central" and matter.central):
                continue
            needs = matter.label.get(lang)
        out.append(_fail("competences", tr(
            "{label} relies on a competence this level of government does not hold ({needs}; {level}: {source}). Do "
            "it by agreement (convenio) with the level that holds it and mark the article “by agreement”, or remove "
            "it.", lang).format(label=labels[row["id"]].rstrip(".-"), level=level.label.get(lang), needs=needs,
                                source=level.competences_source.get(lang)), "ordinance_articles", row["id"], "warning"))
    return out


def _procedure(data: PlanData, lang: str | None, today: _dt.date | None) -> list[CheckItem]:
    return [_fail("procedure", n.message, "ordinance_steps", n.row_id, n.level)
            for n in approval.notices(data, today, lang) if n.level in ("error", "warning")]


_RULES = {"one_subject": _one_subject, "recitals_sourced": _recitals, "no_empty_article": _empty,
          "numbering": _numbering, "required_parts": _required, "competences": _competences}

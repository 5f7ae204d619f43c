"""Start an ordinance from a template (no Qt).

`build_rows()` is pure: it returns the rows of each ordinance section for a plan's data,
so the example-plan builder can fill a draft before the file exists. `apply_template()`
writes the same rows into an open plan as ONE command (one undo step), replacing the
recitals, articles and dispositions; the approval steps and versions are kept.
"""

from __future__ import annotations

import re
from typing import Any

from localplan.domain.changes import Command, DeleteRow, InsertRow, SetValue
from localplan.domain.data import PlanData
from localplan.i18n import language, tr
from localplan.ordinance import library, motives

TEXT_SECTIONS = ("ordinance_recitals", "ordinance_articles", "ordinance_dispositions")
REPLACED_FIELDS = ("template", "title", "subject", "motives_situation", "motives_problem", "motives_purpose")
CLAUSE_REF = re.compile(r"\{\{ref:([a-z_0-9]+)\}\}")


def build_rows(template_code: str, data: PlanData, lang: str | None = None,
               first_ids: dict[str, int] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows a template gives this plan: {"ordinance": [record], section id: [rows with ids]}.

    `first_ids` sets the first row id per section (default 1) so rows can join an existing plan.
    """
    lang = lang or language()
    template = library.templates()[template_code]
    level = library.level_of(data)
    values = library.context(data, lang)
    first = first_ids or {}

    recitals = []
    rid = first.get("ordinance_recitals", 1)
    for code in recital_codes(template.recitals, level):
        basis = library.bases()[code]
        recitals.append({"id": rid, "basis": code, "reference": basis.reference.get(lang),
                         "text": library.fill(basis.text.get(lang), values)})
        rid += 1

    articles: list[dict[str, Any]] = []
    aid = first.get("ordinance_articles", 1)
    ids_by_clause: dict[str, int] = {}
    for item in template.structure:
        if isinstance(item, dict):
            kind = "titulo" if "titulo" in item else "capitulo"
            articles.append({"id": aid, "kind": kind, "heading": library.fill(item[kind][lang], values),
                             "text": None, "clause": None})
        else:
            if not library.clauses()[item].fits(level):
                continue  # outside the level's competences: not offered (the library picker says why)
            heading, text = library.clauses()[item].for_level(level)
            articles.append({"id": aid, "kind": "article", "heading": library.fill(heading.get(lang), values),
                             "text": library.fill(text.get(lang), values), "clause": item})
            ids_by_clause[item] = aid
        aid += 1
    articles = _drop_empty_divisions(articles)
    for row in articles:
        if row["text"]:
            row["text"] = _link_clauses(row["text"], ids_by_clause, lang)

    dispositions = []
    did = first.get("ordinance_dispositions", 1)
    for kind, text in template.dispositions:
        dispositions.append({"id": did, "kind": kind, "text": library.fill(text.get(lang), values)})
        did += 1

    record = {
        "id": 1, "template": template_code,
        "title": library.fill(template.title.get(lang), values),
        "subject": library.fill(template.subject.get(lang), values),
        "motives_situation": motives.situation_text(data, lang) or None,
        "motives_problem": motives.problem_text(data, lang) or None,
        "motives_purpose": library.fill(template.purpose.get(lang), values),
    }
    return {"ordinance": [record], "ordinance_recitals": recitals, "ordinance_articles": articles,
            "ordinance_dispositions": dispositions}


def recital_codes(template_codes: tuple[str, ...] | list[str], level: str) -> list[str]:
    """The template's recitals and the level's own (levels.json), those fitting the level, in the order
    of the hierarchy of norms (Constitution art. 425) and then of article numbers."""
    codes: list[str] = []
    for code in (*template_codes, *library.levels()[level].bases):
        if code not in codes and code in library.bases() and library.bases()[code].fits(level):
            codes.append(code)
    return sorted(codes, key=lambda c: library.hierarchy_key(c, codes.index(c)))


def _drop_empty_divisions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Titles and chapters left without articles once clauses outside the level's competences are skipped."""
    out: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        if row["kind"] == "article":
            out.append(row)
            continue
        stop = ("titulo",) if row["kind"] == "titulo" else ("titulo", "capitulo")
        for nxt in rows[i + 1:]:
            if nxt["kind"] == "article":
                out.append(row)
                break
            if nxt["kind"] in stop:
                break
    return out


def _link_clauses(text: str, ids: dict[str, int], lang: str) -> str:
    """{{ref:clause}} → {{art:ID}} of the article made from that clause (or "this act")."""

    def one(match: re.Match[str]) -> str:
        rid = ids.get(match.group(1))
        return f"{{{{art:{rid}}}}}" if rid else tr("this act", lang)

    return CLAUSE_REF.sub(one, text)


def has_text(data: PlanData) -> bool:
    """True when applying a template would replace something the user wrote."""
    record = data.record("ordinance")
    return any(data.rows(s) for s in TEXT_SECTIONS) or any(record.get(f) for f in REPLACED_FIELDS[1:])


def apply_template(plan: Any, template_code: str, lang: str | None = None) -> None:
    """Replace the plan's ordinance text by the template's, as one undoable command."""
    data = plan.snapshot()
    firsts = {s: max([r["id"] for r in data.rows(s)], default=0) + 1 for s in TEXT_SECTIONS}
    rows = build_rows(template_code, data, lang, firsts)
    ops: list[Any] = []
    for sid in TEXT_SECTIONS:
        current = data.rows(sid)
        for index in range(len(current) - 1, -1, -1):
            row = current[index]
            ops.append(DeleteRow(sid, row["id"], {k: v for k, v in row.items() if k != "id"}, index))
        for index, row in enumerate(rows[sid]):
            ops.append(InsertRow(sid, row["id"], {k: v for k, v in row.items() if k != "id"}, index))
    record = data.record("ordinance")
    for key, value in rows["ordinance"][0].items():
        if key != "id" and record.get(key) != value:
            ops.append(SetValue("ordinance", 1, key, record.get(key), value))
    label = tr("Start the ordinance from “{template}”").format(
        template=library.templates()[template_code].label.get(lang))
    plan.execute(Command(label, ops))


def example_rows(data: PlanData, lang: str = "es") -> dict[str, list[dict[str, Any]]]:
    """A complete draft for the example plan: template, approval steps so far, one version."""
    from localplan.ordinance import versions

    rows = build_rows("rights_protection", data, lang)
    gad = data.gad
    rows["ordinance"][0].update({
        "place": library.territory_name(data),
        "secretary": "Diego Paspuel (ficticio)" if gad.get("gad_code", "").startswith("99") else None,
        "executive_form": "f", "secretary_form": "m",
        "repeals": tr("Ordinance no. 012-2019 on the municipal social assistance office (fictitious), only its "
                      "articles on attention to people in transit", lang),
        "motives_text": tr("The draft was discussed with organisations of people in human mobility and the "
                           "institutions of the cantonal roundtable before it was filed.", lang),
    })
    rows["ordinance_steps"] = [
        {"id": 1, "step": "filed", "date": "2025-03-03", "outcome": None, "reference": "Memorando 2025-045", "notes": None},
        {"id": 2, "step": "first_debate", "date": "2025-03-13", "outcome": "approved_changes",
         "reference": tr("Ordinary session no. 10", lang), "notes": None},
        {"id": 3, "step": "committee_report", "date": "2025-03-24", "outcome": "approved",
         "reference": tr("Social development committee", lang), "notes": None},
    ]
    snapshot = versions.freeze(PlanData({**data.sections, **rows}, data.meta))
    # the first debate approved it with changes: the current text differs from the frozen bill
    for row in rows["ordinance_articles"]:
        if row.get("clause") == "work":
            row["text"] += " " + tr("Public procurement of the GAD shall value suppliers that hire people in human "
                                    "mobility on equal terms.", lang)
    rows["ordinance_versions"] = [{"id": 1, "name": tr("Bill for the first debate", lang), "date": "2025-03-03",
                                   "note": None, "snapshot": snapshot}]
    return rows

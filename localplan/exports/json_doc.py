"""The interchange document: the whole plan as JSON, derived from the specs.

Format "localplan-plan", version 1, described by resources/schema/localplan-plan.schema.json
(generated from the specs by `localplan.exports.json_schema`). Output is deterministic:
export → import → export gives identical bytes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.forms import SECTIONS, Section

FORMAT = "localplan-plan"
FORMAT_VERSION = 1


def row_value(sec: Section, row: dict[str, Any]) -> dict[str, Any]:
    """One row of a list section as the document holds it."""
    return {"id": row["id"], **{f.id: row.get(f.id) for f in sec.fields}}


def section_value(data: PlanData, sec: Section) -> Any:
    """One section as the document holds it: a record for single sections, else a list of rows."""
    if sec.single:
        record = data.record(sec.id)
        return {f.id: record.get(f.id) for f in sec.fields}
    return [row_value(sec, r) for r in data.rows(sec.id)]


def document(data: PlanData) -> dict[str, Any]:
    sections = {sec.id: section_value(data, sec) for sec in SECTIONS}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"LocalPlan {__version__}",
        "example": data.is_example,
        "sections": sections,
        "derived": derived(data),
    }


def derived(data: PlanData) -> dict[str, Any]:
    """What the plan's readers compute and an importer ignores: the numbers the ordinance
    prints for its articles, and each {{art:ID}} reference with the article number it reads as
    (the text keeps the reference, so the numbers follow when articles move)."""
    from localplan.ordinance import numbering

    articles = data.rows("ordinance_articles")
    numbers = numbering.article_numbers(articles)
    labels = numbering.labels(articles)
    refs = []
    for sid in ("ordinance", "ordinance_recitals", "ordinance_articles", "ordinance_dispositions"):
        sec = next(s for s in SECTIONS if s.id == sid)
        rows = [data.record(sid)] if sec.single else data.rows(sid)
        for row in rows:
            for f in sec.fields:
                value = row.get(f.id)
                if not isinstance(value, str):
                    continue
                for rid in numbering.references(value):
                    refs.append({"section": sid, "row": None if sec.single else row["id"], "field": f.id,
                                 "reference": f"{{{{art:{rid}}}}}", "article": numbers.get(rid)})
    return {"ordinance": {
        "articles": [{"id": r["id"], "label": labels[r["id"]], "number": numbers.get(r["id"])} for r in articles],
        "references": refs,
    }}


def dumps(data: PlanData) -> str:
    return json.dumps(document(data), ensure_ascii=False, indent=1) + "\n"


def write(data: PlanData, target: str | os.PathLike[str]) -> Path:
    from localplan.exports.atomic import write_text

    return write_text(Path(target), dumps(data))

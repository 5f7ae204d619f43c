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
    }


def dumps(data: PlanData) -> str:
    return json.dumps(document(data), ensure_ascii=False, indent=1) + "\n"


def write(data: PlanData, target: str | os.PathLike[str]) -> Path:
    from localplan.exports.atomic import write_text

    return write_text(Path(target), dumps(data))

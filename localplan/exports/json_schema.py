"""Build the JSON Schema of the interchange document from the specs.

`python -m localplan.exports.json_schema` rewrites resources/schema/localplan-plan.schema.json;
a test fails when the committed file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from localplan import paths
from localplan.exports.json_doc import FORMAT, FORMAT_VERSION
from localplan.forms import SECTIONS, Field, FieldType
from localplan.forms.values import YEAR_RANGE

NUMBER = {"type": ["number", "null"]}


def field_schema(f: Field) -> dict[str, Any]:
    t = f.type
    desc = {"description": f.label.en}
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.CHOICE):
        return {**desc, "type": ["string", "null"], "maxLength": f.max_length} if t is not FieldType.CHOICE else {
            **desc, "type": ["string", "null"], "x-choices": f.choices}
    if t is FieldType.DATE:
        return {**desc, "type": ["string", "null"], "format": "date"}
    if t in (FieldType.INTEGER, FieldType.LINK, FieldType.BOOL):
        return {**desc, "type": ["integer", "null"], **({"x-link": f.link} if f.link else {})}
    if t is FieldType.YEAR:
        return {**desc, "type": ["integer", "null"], "minimum": YEAR_RANGE[0], "maximum": YEAR_RANGE[1]}
    if t in (FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT):
        return {**desc, **NUMBER}
    if t is FieldType.MULTICHOICE:
        return {**desc, "type": ["array", "null"], "items": {"type": "string"}, "x-choices": f.choices}
    if t is FieldType.MULTILINK:
        return {**desc, "type": ["array", "null"], "items": {"type": "integer"}, "x-link": f.link}
    if t is FieldType.YEAR_VALUES:
        return {**desc, "type": ["object", "null"], "patternProperties": {"^[0-9]{4}$": {"type": "number"}},
                "additionalProperties": False}
    raise ValueError(t)


def build_schema() -> dict[str, Any]:
    sections: dict[str, Any] = {}
    for s in SECTIONS:
        props = {f.id: field_schema(f) for f in s.fields}
        if s.single:
            sections[s.id] = {"type": "object", "description": s.title.en, "properties": props, "additionalProperties": False}
        else:
            row = {"type": "object", "required": ["id"], "additionalProperties": False,
                   "properties": {"id": {"type": "integer", "minimum": 1}, **props}}
            sections[s.id] = {"type": "array", "description": s.title.en, "items": row}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://localplan.ec/schema/localplan-plan.schema.json",
        "title": "LocalPlan plan document",
        "description": "The whole plan of one GAD, as written by `localplan export --json`.",
        "type": "object",
        "required": ["format", "format_version", "sections"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            "generator": {"type": "string"},
            "example": {"type": "boolean"},
            "sections": {"type": "object", "properties": sections, "additionalProperties": False},
            "derived": {"type": "object", "description": "Computed from the sections for readers (the ordinance's article "
                        "numbers and what each {{art:ID}} reference reads as); ignored on import."},
        },
    }


def schema_path() -> Path:
    return paths.resource("schema", "localplan-plan.schema.json")


if __name__ == "__main__":
    schema_path().write_text(json.dumps(build_schema(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

"""Build the JSON Schema of the interchange document from the specs.

The schema is the contract of the interchange file: it says exactly what `localplan import`
accepts. The importer checks a document against this very schema (localplan/imports/
json_contract.py) before it reads any value, and a property test compares its verdict with
jsonschema's (Draft 2020-12, with format assertion) on generated and mutated documents.

Every coded field has its `enum` (generated from the reference lists, in `$defs`), links
are integers, numbers carry their bounds, text its length and the characters it may not
hold, every object `additionalProperties: false`. Three rules JSON Schema cannot state are
checked by the importer after the schema: ids unique within a section, links naming an
existing row (`x-link`), and parishes belonging to the plan's GAD (`x-parishes-of-gad`).

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

MAX_ROWS = 20_000  # per section (the importer's limit)
MAX_ID = 2 ** 53  # row ids: whole numbers a JSON reader in any language keeps exact
LIMIT = 1e15  # any number, in absolute value
# The characters a text may not hold (control characters other than tab and line breaks,
# lone surrogates, the non-characters U+FFFE/U+FFFF), as a regex class both Python and
# ECMA-262 read: the same set as the text rule of the forms layer.
TEXT_REFUSED = r"\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ud800-\udfff\ufffe\uffff"
TEXT_PATTERN = "^[^" + TEXT_REFUSED + "]*$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
YEAR_KEY_PATTERN = "^(19[5-9][0-9]|20[0-9][0-9]|2100)$"
assert YEAR_RANGE == (1950, 2100), "YEAR_KEY_PATTERN spells this range"


def list_codes(list_id: str) -> list[str]:
    """Every code a coded field of this list may hold in an interchange file."""
    from localplan.reference import choice_list, dpa

    if list_id == "dpa_units":
        return [u.code for u in dpa().units]
    if list_id == "gad_parishes":  # which of them belong to the GAD is checked by the importer
        return [u.code for u in dpa().units if u.level == "parish"]
    return [c.code for c in choice_list(list_id)]


def _ref(list_id: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{list_id}"}


def _bounds(f: Field, low: float = -LIMIT, high: float = LIMIT) -> dict[str, float]:
    return {"minimum": max(low, f.minimum) if f.minimum is not None else low,
            "maximum": min(high, f.maximum) if f.maximum is not None else high}


def field_schema(f: Field) -> dict[str, Any]:
    t = f.type
    desc = {"description": f.label.en}
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        return {**desc, "type": ["string", "null"], "maxLength": f.max_length, "pattern": TEXT_PATTERN}
    if t is FieldType.CHOICE:
        extra = {"x-parishes-of-gad": True} if f.choices == "gad_parishes" else {}
        return {**desc, "anyOf": [{"type": "null"}, _ref(f.choices or "")], **extra}
    if t is FieldType.DATE:
        return {**desc, "type": ["string", "null"], "format": "date", "pattern": DATE_PATTERN}
    if t is FieldType.INTEGER:
        return {**desc, "type": ["integer", "null"], **_bounds(f)}
    if t is FieldType.YEAR:
        return {**desc, "type": ["integer", "null"], **_bounds(f, *YEAR_RANGE)}
    if t is FieldType.BOOL:
        return {**desc, "type": ["integer", "null"], "enum": [0, 1, None]}
    if t is FieldType.LINK:
        return {**desc, "type": ["integer", "null"], "minimum": 1, "x-link": f.link}
    if t in (FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT):
        return {**desc, "type": ["number", "null"], **_bounds(f)}
    if t is FieldType.MULTICHOICE:
        extra = {"x-parishes-of-gad": True} if f.choices == "gad_parishes" else {}
        return {**desc, "type": ["array", "null"], "items": _ref(f.choices or ""), "uniqueItems": True, **extra}
    if t is FieldType.MULTILINK:
        return {**desc, "type": ["array", "null"], "items": {"type": "integer", "minimum": 1}, "uniqueItems": True,
                "x-link": f.link}
    if t is FieldType.YEAR_VALUES:
        return {**desc, "type": ["object", "null"], "propertyNames": {"pattern": YEAR_KEY_PATTERN},
                "additionalProperties": {"type": "number", **_bounds(f)}}
    raise ValueError(t)


def build_schema() -> dict[str, Any]:
    sections: dict[str, Any] = {}
    lists: set[str] = set()
    for s in SECTIONS:
        props = {f.id: field_schema(f) for f in s.fields}
        lists.update(f.choices for f in s.fields if f.choices and f.type in (FieldType.CHOICE, FieldType.MULTICHOICE))
        if s.single:
            record = {"type": "object", "description": s.title.en, "properties": props, "additionalProperties": False}
            if s.id == "gad":  # the document says which GAD it belongs to
                props["gad_code"] = {"description": s.field("gad_code").label.en, "type": "string", **_ref("dpa_units")}
                record["required"] = ["gad_code"]
            sections[s.id] = record
        else:
            row = {"type": "object", "required": ["id"], "additionalProperties": False,
                   "properties": {"id": {"type": "integer", "minimum": 1, "maximum": MAX_ID}, **props}}
            sections[s.id] = {"type": "array", "description": s.title.en, "maxItems": MAX_ROWS, "items": row}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://localplan.ec/schema/localplan-plan.schema.json",
        "title": "LocalPlan plan document",
        "description": ("The whole plan of one GAD, as written by `localplan export --json` and read by `localplan import`. "
                        "Validate with format assertion (\"date\"). Beyond this schema the importer checks that ids are "
                        "unique within a section, that links (x-link) name an existing row of the linked section, and "
                        "that parishes (x-parishes-of-gad) belong to the GAD of sections.gad.gad_code."),
        "type": "object",
        "required": ["format", "format_version", "sections"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            "generator": {"type": "string"},
            "example": {"type": "boolean"},
            "sections": {"type": "object", "required": ["gad"], "properties": sections, "additionalProperties": False},
            "derived": {"type": "object", "description": "Computed from the sections for readers (the ordinance's article "
                        "numbers and what each {{art:ID}} reference reads as); ignored on import."},
        },
        "$defs": {list_id: {"type": "string", "enum": list_codes(list_id)} for list_id in sorted(lists)},
    }


def schema_path() -> Path:
    return paths.resource("schema", "localplan-plan.schema.json")


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    schema_path().write_text(dumps(build_schema()), encoding="utf-8")

"""A fingerprint of a plan's content, printed on every export of the same data.

SHA-256 of the canonical interchange document (sorted keys, compact separators, no
generator line), so the PDF footer, the workbook cover and the package manifest can be
compared by a reader: same fingerprint, same data.

The canonical text is hashed one row at a time, so a large plan never exists twice in
memory as one JSON string (the workbook's peak memory was mostly that string).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from localplan.domain.data import PlanData
from localplan.exports.json_doc import FORMAT, FORMAT_VERSION, row_value, section_value
from localplan.forms import SECTIONS

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_chunks(data: PlanData) -> Iterator[str]:
    """The canonical document in pieces; joined, they equal
    json.dumps(document without generator and derived, ensure_ascii=False, sort_keys=True, separators=(",", ":"))."""
    head = _ENCODER.encode({"example": data.is_example, "format": FORMAT, "format_version": FORMAT_VERSION})
    yield head[:-1] + ',"sections":{'  # "sections" sorts after the other three keys
    for n, sec in enumerate(sorted(SECTIONS, key=lambda s: s.id)):
        key = ("," if n else "") + _ENCODER.encode(sec.id) + ":"
        if sec.single:
            yield key + _ENCODER.encode(section_value(data, sec))
            continue
        yield key + "["
        for i, row in enumerate(data.rows(sec.id)):
            yield ("," if i else "") + _ENCODER.encode(row_value(sec, row))
        yield "]"
    yield "}}"


def fingerprint(data: PlanData) -> str:
    h = hashlib.sha256()
    for chunk in canonical_chunks(data):
        h.update(chunk.encode("utf-8"))
    return h.hexdigest()


def short(full: str) -> str:
    """The first 16 hex digits in groups of four, as printed on the documents."""
    return "-".join(full[i:i + 4] for i in range(0, 16, 4)).upper()

"""A fingerprint of a plan's content, printed on every export of the same data.

SHA-256 of the canonical interchange document (sorted keys, no generator line), so the
PDF footer, the workbook cover and the package manifest can be compared by a reader: same
fingerprint, same data.
"""

from __future__ import annotations

import hashlib
import json

from localplan.domain.data import PlanData
from localplan.exports.json_doc import document


def fingerprint(data: PlanData) -> str:
    doc = document(data)
    doc.pop("generator", None)
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def short(full: str) -> str:
    """The first 16 hex digits in groups of four, as printed on the documents."""
    return "-".join(full[i:i + 4] for i in range(0, 16, 4)).upper()

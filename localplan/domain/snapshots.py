"""A named version's frozen ordinance: the text sections as JSON, and back as plan data.

Beneath both the ordinance's versions (ordinance/versions.py: taking and comparing them) and the
plan's versions (domain/versions.py: listing, opening and restoring them)."""

from __future__ import annotations

import json

from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.i18n import tr

FROZEN = ("gad", "ordinance", "ordinance_recitals", "ordinance_articles", "ordinance_dispositions")
FORMAT = "localplan-ordinance-version"


def freeze(data: PlanData) -> str:
    sections = {sid: data.rows(sid) for sid in FROZEN}
    return json.dumps({"format": FORMAT, "version": 1, "sections": sections}, ensure_ascii=False, sort_keys=True)


def thaw(snapshot: str | None) -> PlanData:
    """The frozen ordinance as plan data; a damaged snapshot raises UserError."""
    try:
        doc = json.loads(snapshot or "")
        sections = doc["sections"]
        if doc.get("format") != FORMAT or not isinstance(sections, dict):
            raise ValueError
        return PlanData({sid: [dict(r) for r in sections.get(sid, []) if isinstance(r, dict)] for sid in FROZEN})
    except (ValueError, KeyError, TypeError):
        raise UserError(tr("This version's frozen content cannot be read.")) from None

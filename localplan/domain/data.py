"""A plan's content as plain data: what exports, checks and consolidation read.

Built from an open plan (a snapshot taken on the UI thread, then handed to a worker) or
from an interchange document. Rows are dicts with an "id" key and one key per field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from localplan.forms import SECTIONS, FieldType, section
from localplan.forms.values import Context, display
from localplan.reference import loader


@dataclass
class PlanData:
    sections: dict[str, list[dict[str, Any]]]
    meta: dict[str, str] = field(default_factory=dict)

    def rows(self, section_id: str) -> list[dict[str, Any]]:
        return self.sections.get(section_id, [])

    def record(self, section_id: str) -> dict[str, Any]:
        rows = self.rows(section_id)
        if rows:
            return rows[0]
        return {"id": 1, **{f.id: None for f in section(section_id).fields}}

    @property
    def gad(self) -> dict[str, Any]:
        return self.record("gad")

    @property
    def period(self) -> tuple[int, int] | None:
        g = self.gad
        if g.get("period_start") and g.get("period_end"):
            return int(g["period_start"]), int(g["period_end"])
        return None

    def period_years(self) -> list[int]:
        p = self.period
        return list(range(p[0], p[1] + 1)) if p and p[0] <= p[1] and p[1] - p[0] < 30 else []

    @property
    def is_example(self) -> bool:
        return self.meta.get("example") == "1"

    def gad_title(self, lang: str | None = None) -> str:
        g = self.gad
        if g.get("name"):
            return str(g["name"])
        unit = loader.dpa().get(g.get("gad_code") or "")
        return unit.name if unit else "—"

    def by_id(self, section_id: str) -> dict[int, dict[str, Any]]:
        return {r["id"]: r for r in self.rows(section_id)}

    def link_label(self, section_id: str, row_id: int) -> str:
        sec = section(section_id)
        row = self.by_id(section_id).get(row_id)
        if row is None:
            return f"#{row_id}"
        label = row.get(sec.label_field) if sec.label_field else None
        return f"#{row_id} {label}" if label else f"#{row_id}"

    def display(self, section_id: str, row: dict[str, Any], field_id: str, lang: str | None = None) -> str:
        return display(section(section_id).field(field_id), row.get(field_id), lang, self.link_label)

    def context(self, lang: str | None = None) -> Context:
        ids = {s.id: {r["id"] for r in self.rows(s.id)} for s in SECTIONS}
        return Context(self.gad.get("gad_code"), self.period, lambda sid: ids.get(sid, set()), lang)

    def counts(self) -> dict[str, int]:
        return {s.id: len(self.rows(s.id)) for s in SECTIONS if not s.single}


def links_to(section_id: str) -> list[tuple[str, str, FieldType]]:
    """(section, field, type) of every link field that points at `section_id`."""
    return [(s.id, f.id, f.type) for s in SECTIONS for f in s.fields
            if f.type in (FieldType.LINK, FieldType.MULTILINK) and f.link == section_id]

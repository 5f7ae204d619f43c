"""What a combining will do, in plain language and as a JSON report."""

from __future__ import annotations

from typing import Any

from localplan.forms import STEPS, FieldType, section
from localplan.forms.values import display
from localplan.i18n import tr
from localplan.merge.engine import BOTH, MINE_DELETED, THEIRS_DELETED, Conflict, MergePlan
from localplan.merge.state import Side


def counts(plan: MergePlan) -> dict[str, dict[str, int]]:
    out = {}
    moved = set(plan.order_changes())
    for sid, sp in plan.sections.items():
        c = {"added": len(sp.add), "changed": len(sp.take), "deleted": len(sp.delete), "conflicts": len(sp.conflicts),
             "reordered": int(sid in moved)}
        if any(c.values()):
            out[sid] = c
    return out


def section_line(sid: str, c: dict[str, int]) -> str:
    parts = []
    if c.get("added"):
        parts.append(tr("{n} new").format(n=c["added"]) if c["added"] > 1 else tr("1 new"))
    if c.get("changed"):
        parts.append(tr("{n} changed").format(n=c["changed"]) if c["changed"] > 1 else tr("1 changed"))
    if c.get("deleted"):
        parts.append(tr("{n} deleted").format(n=c["deleted"]) if c["deleted"] > 1 else tr("1 deleted"))
    if c.get("reordered"):
        parts.append(tr("new order"))
    if c.get("conflicts"):
        parts.append(tr("{n} conflicts").format(n=c["conflicts"]) if c["conflicts"] > 1 else tr("1 conflict"))
    return f"{section(sid).title}: {', '.join(parts)}"


def summary_lines(plan: MergePlan) -> list[tuple[str, list[str]]]:
    """(step title, lines) for every step something comes in to, in the order of the steps."""
    per = counts(plan)
    out = []
    for step in STEPS:
        lines = [section_line(sid, c) for sid, c in per.items() if section(sid).step == step.id]
        if lines:
            out.append((str(step.title), lines))
    return out


def row_label(side: Side, sid: str, uid: str) -> str:
    sec = section(sid)
    row = side.by_uid.get(sid, {}).get(uid)
    if sec.single:
        return str(sec.title)
    if row is None:
        return "—"
    label = row.get(sec.label_field) if sec.label_field else None
    return f"#{row['id']} {label}" if label else f"#{row['id']}"


def value_text(side: Side, sid: str, field_id: str, value: Any, lang: str | None = None) -> str:
    f = section(sid).field(field_id)
    if value is None:
        return "—"
    if f.type is FieldType.LINK:
        return row_label(side, f.link or "", value)
    if f.type is FieldType.MULTILINK:
        return "; ".join(row_label(side, f.link or "", v) for v in value)
    return display(f, value, lang) or "—"


def row_text(side: Side, sid: str, uid: str, lang: str | None = None) -> str:
    row = side.by_uid.get(sid, {}).get(uid)
    if row is None:
        return tr("(deleted)")
    sec = section(sid)
    bits = [f"{f.label}: {value_text(side, sid, f.id, row.get(f.id), lang)}" for f in sec.fields if row.get(f.id) is not None]
    return "; ".join(bits[:6])


def conflict_entry(plan: MergePlan, c: Conflict, lang: str | None = None) -> dict[str, Any]:
    mine, theirs = plan.mine, plan.theirs
    sec = section(c.section)
    side = mine if c.kind != MINE_DELETED else theirs
    entry: dict[str, Any] = {
        "key": c.key, "kind": c.kind, "step": sec.step, "section": c.section, "section_title": str(sec.title),
        "row": row_label(side, c.section, c.uid), "field": c.field or None,
        "field_label": str(sec.field(c.field).label) if c.field else None,
    }
    if c.kind == BOTH:
        entry["mine"] = value_text(mine, c.section, c.field, c.mine, lang)
        entry["theirs"] = value_text(theirs, c.section, c.field, c.theirs, lang)
    else:
        entry["mine"] = tr("(deleted)") if c.kind == MINE_DELETED else row_text(mine, c.section, c.uid, lang)
        entry["theirs"] = tr("(deleted)") if c.kind == THEIRS_DELETED else row_text(theirs, c.section, c.uid, lang)
    for who, s, stamp in (("mine", mine, c.mine_stamp), ("theirs", theirs, c.theirs_stamp)):
        author, at = s.who(stamp) if stamp else ("", "")
        entry[f"{who}_by"], entry[f"{who}_at"] = author, at
    entry["choice"] = None
    return entry


def describe(kind: str) -> str:
    return {BOTH: tr("changed differently in both copies"),
            MINE_DELETED: tr("deleted in mine, edited in theirs"),
            THEIRS_DELETED: tr("edited in mine, deleted in theirs")}[kind]


def report(plans: list[MergePlan], mine_name: str, applied: bool, lang: str | None = None) -> dict[str, Any]:
    return {
        "format": "localplan-merge-report", "version": 1, "mine": mine_name, "applied": applied,
        "files": [{"theirs": p.theirs.name, "summary": counts(p),
                   "conflicts": [conflict_entry(p, c, lang) for c in p.conflicts]} for p in plans],
        "help": tr("Write \"mine\" or \"theirs\" as the choice of each conflict (or \"value\", with the value to "
                   "keep as \"value\") and run the command again with --resolve this-file.json, or use "
                   "--take mine|theirs for all."),
    }

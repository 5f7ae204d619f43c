"""Named versions of the ordinance and a readable difference between two of them (no Qt).

A version freezes the text sections (and the GAD profile the heading comes from) as JSON
in `ordinance_versions.snapshot`. Comparing renders both versions to the document's
paragraphs (so numbering and references are compared as a reader sees them) and runs
difflib over them; a paragraph changed in place also gets a word-level difference.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import html
from dataclasses import dataclass, field
from typing import Any

from localplan.domain.data import PlanData

# the frozen format lives beneath domain/versions.py too; named here for the ordinance's users
from localplan.domain.snapshots import FORMAT as FORMAT
from localplan.domain.snapshots import FROZEN as FROZEN
from localplan.domain.snapshots import freeze as freeze
from localplan.domain.snapshots import thaw as thaw
from localplan.errors import UserError
from localplan.i18n import tr
from localplan.ordinance import render


def take_snapshot(plan: Any, name: str, note: str | None = None, day: _dt.date | None = None) -> int:
    """Freeze the plan's current ordinance as a named version (one undo step); return its row id."""
    name = (name or "").strip()
    if not name:
        raise UserError(tr("Give the version a name, e.g. “bill for the first debate”."))
    row = {"name": name, "date": (day or _dt.date.today()).isoformat(), "note": note or None,
           "snapshot": freeze(plan.snapshot())}
    row_id: int = plan.insert_rows("ordinance_versions", [row], label=tr("Save version “{name}”").format(name=name))[0]
    return row_id


@dataclass
class Change:
    tag: str  # "equal" | "delete" | "insert" | "replace"
    old: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    words: list[tuple[str, str]] = field(default_factory=list)  # for a 1:1 replace: (tag, text) segments


def compare(old: PlanData, new: PlanData, lang: str = "es") -> list[Change]:
    # Only the text is compared: the procedure's dates (certificates) are not part of a version.
    a = render.lines(render.build(_text_only(old), lang))
    b = render.lines(render.build(_text_only(new), lang))
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        change = Change(tag, a[i1:i2], b[j1:j2])
        if tag == "replace" and i2 - i1 == j2 - j1:
            for old_line, new_line in zip(a[i1:i2], b[j1:j2]):
                out.append(Change("replace", [old_line], [new_line], word_diff(old_line, new_line)))
            continue
        out.append(change)
    return out


def _text_only(data: PlanData) -> PlanData:
    return PlanData({sid: data.rows(sid) for sid in FROZEN})


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    a, b = old.split(" "), new.split(" ")
    segs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            segs.append(("equal", " ".join(a[i1:i2])))
        else:
            if i2 > i1:
                segs.append(("delete", " ".join(a[i1:i2])))
            if j2 > j1:
                segs.append(("insert", " ".join(b[j1:j2])))
    return segs


def summary(changes: list[Change]) -> dict[str, int]:
    added = sum(len(c.new) for c in changes if c.tag == "insert")
    removed = sum(len(c.old) for c in changes if c.tag == "delete")
    changed = sum(max(len(c.old), len(c.new)) for c in changes if c.tag == "replace")
    return {"added": added, "removed": removed, "changed": changed}


def as_text(changes: list[Change], context: int = 1) -> str:
    """A plain-text difference: "- old", "+ new", "  unchanged" (trimmed to `context` lines)."""
    out: list[str] = []
    for n, c in enumerate(changes):
        if c.tag == "equal":
            keep = c.old if len(c.old) <= 2 * context else (
                (c.old[:context] if n else []) + ["  …"] + (c.old[-context:] if n < len(changes) - 1 else []))
            out += [line if line == "  …" else f"  {line}" for line in keep]
        else:
            out += [f"- {line}" for line in c.old] + [f"+ {line}" for line in c.new]
    return "\n".join(out)


def as_html(changes: list[Change], context: int = 1) -> str:
    """The difference for the screen: removed text struck through in red, added text in green."""
    rows: list[str] = []
    esc = html.escape
    for n, c in enumerate(changes):
        if c.tag == "equal":
            lines: list[str | None]
            if len(c.old) > 2 * context:
                head: list[str] = c.old[:context] if n else []
                tail: list[str] = c.old[-context:] if n < len(changes) - 1 else []
                lines = [*head, None, *tail]
            else:
                lines = list(c.old)
            for line in lines:
                rows.append('<p style="color:#777">…</p>' if line is None else f'<p style="color:#555">{esc(line)}</p>')
        elif c.words:
            parts = []
            for tag, text in c.words:
                if tag == "equal":
                    parts.append(esc(text))
                elif tag == "delete":
                    parts.append(f'<span style="background:#f8d7da;text-decoration:line-through">{esc(text)}</span>')
                else:
                    parts.append(f'<span style="background:#d4edda">{esc(text)}</span>')
            rows.append(f'<p style="border-left:4px solid #d39e00;padding-left:6px">{" ".join(parts)}</p>')
        else:
            rows += [f'<p style="background:#f8d7da;text-decoration:line-through">{esc(line)}</p>' for line in c.old]
            rows += [f'<p style="background:#d4edda">{esc(line)}</p>' for line in c.new]
    if not any(c.tag != "equal" for c in changes):
        return f"<p><i>{esc(tr('The two versions read the same.'))}</i></p>"
    return "\n".join(rows)

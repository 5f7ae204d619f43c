"""One copy of a plan as the combining sees it: rows keyed by their stable uid, with every
link and article cross-reference rewritten from local ids to uids (so two copies'
values compare), the cell stamps, the copy's knowledge and its log of who changed what."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localplan.forms import SECTIONS, FieldType, Section
from localplan.store import history, identity
from localplan.store import rows as store
from localplan.store.history import ORIGIN, Stamp

REF = re.compile(r"\{\{art:(@?[0-9a-f]+)\}\}")
TEXTS = (FieldType.TEXT, FieldType.LONGTEXT)
ARTICLES = "ordinance_articles"


@dataclass
class Side:
    name: str
    plan_id: str
    replica: str
    rows: dict[str, list[dict[str, Any]]]  # section → rows in order; values in uid space, with "uid" and "id"
    stamps: dict[tuple[str, str], Stamp]
    vv: dict[str, int]
    log: dict[Stamp, tuple[str, str, str]] = field(default_factory=dict)
    raw: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # section → uid → stored values
    by_uid: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_uid = {sid: {r["uid"]: r for r in rows} for sid, rows in self.rows.items()}

    def created(self, uid: str) -> Stamp:
        return self.stamps.get((uid, ""), ORIGIN)

    def cell(self, uid: str, field_id: str) -> Stamp:
        return self.stamps.get((uid, field_id)) or self.created(uid)

    def row_stamps(self, sec: Section, uid: str) -> list[Stamp]:
        return [self.created(uid)] + [self.cell(uid, f.id) for f in sec.fields]

    def order(self, section_id: str) -> Stamp:
        return self.stamps.get((identity.order_key(section_id), "order"), ORIGIN)

    def deleted(self, uid: str) -> Stamp | None:
        return self.stamps.get((uid, "-"))

    def knows(self, stamp: Stamp) -> bool:
        return history.knows(self.vv, stamp)

    def who(self, stamp: Stamp) -> tuple[str, str]:
        at, author, _ = self.log.get(stamp, ("", "", ""))
        return author, at


def to_neutral(sec: Section, row: dict[str, Any], uids: dict[str, dict[int, str]]) -> dict[str, Any]:
    """Local ids → uids in the link fields and article references of one row."""
    out = dict(row)
    arts = uids.get(ARTICLES, {})
    for f in sec.fields:
        value = row.get(f.id)
        if value is None:
            continue
        if f.type is FieldType.LINK:
            out[f.id] = uids.get(f.link or "", {}).get(value)
        elif f.type is FieldType.MULTILINK:
            table = uids.get(f.link or "", {})
            out[f.id] = [table[v] for v in value if v in table] or None
        elif f.type in TEXTS and "{{art:" in value:
            # a reference to a deleted article reads the same in every copy: "missing"
            out[f.id] = REF.sub(lambda m: f"{{{{art:@{arts[int(m.group(1))]}}}}}"
                                if m.group(1).isdigit() and int(m.group(1)) in arts else "{{art:0}}", value)
    return out


def to_local(sec: Section, values: dict[str, Any], ids: dict[str, dict[str, int]]) -> tuple[dict[str, Any], int]:
    """Uids → local ids (`ids`: section → uid → local id of the result). Returns the values and
    how many links had to be dropped because their target is not in the result."""
    out = dict(values)
    dropped = 0
    arts = ids.get(ARTICLES, {})
    for f in sec.fields:
        value = values.get(f.id)
        if value is None:
            continue
        if f.type is FieldType.LINK:
            local = ids.get(f.link or "", {}).get(value)
            dropped += local is None
            out[f.id] = local
        elif f.type is FieldType.MULTILINK:
            table = ids.get(f.link or "", {})
            kept = [table[v] for v in value if v in table]
            dropped += len(value) - len(kept)
            out[f.id] = kept or None
        elif f.type in TEXTS and "{{art:@" in value:

            def one(m: re.Match[str]) -> str:
                nonlocal dropped
                key = m.group(1)
                if not key.startswith("@"):
                    return m.group(0)
                if key[1:] in arts:
                    return f"{{{{art:{arts[key[1:]]}}}}}"
                dropped += 1
                return "{{art:0}}"  # shown as a missing article, never pointing at another one

            out[f.id] = REF.sub(one, value)
    return out, dropped


def read_side(conn: sqlite3.Connection, name: str | Path) -> Side:
    meta = dict(conn.execute('SELECT "key", "value" FROM "meta"').fetchall())
    raw: dict[str, list[dict[str, Any]]] = {}
    uids: dict[str, dict[int, str]] = {}
    for sec in SECTIONS:
        local = store.read_rows(conn, sec)
        table = identity.uids(conn, sec)
        if sec.single and not local:
            local = [{"id": 1, **{f.id: None for f in sec.fields}}]
            table = {1: sec.id}
        uids[sec.id] = table
        raw[sec.id] = [dict(r, uid=table.get(r["id"]) or f"local-{sec.id}-{r['id']}") for r in local]
    rows = {sec.id: [to_neutral(sec, r, uids) for r in raw[sec.id]] for sec in SECTIONS}
    return Side(str(name), meta.get("plan_id", ""), meta.get("replica", ""), rows, history.stamps(conn),
                history.knowledge(conn), history.changes(conn), {sid: {r["uid"]: r for r in rs} for sid, rs in raw.items()})

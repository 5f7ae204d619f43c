"""The plan object: the only way the UI (and anything interactive) changes a plan.

Every change is one command: validated, applied in one transaction (committed before the
call returns), and recorded for undo/redo. Listeners hear which sections changed. No Qt.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from localplan.domain import counts
from localplan.domain.changes import AppendRows, Command, DeleteRow, InsertRow, Operation, Reorder, SetValue, Unlink
from localplan.domain.data import PlanData, links_to
from localplan.errors import ReadOnlyError, UserError
from localplan.forms import SECTIONS, FieldType, Section, section
from localplan.forms.values import Context, ValueProblem, parse
from localplan.i18n import tr
from localplan.store import history, planfile, transaction
from localplan.store import rows as store

UNDO_LIMIT = 500
Listener = Callable[[set[str]], None]



class StorageError(UserError):
    """The disk refused a write (full, removed, read-only); nothing was changed."""


def storage_reason(exc: sqlite3.Error) -> str:
    """Why SQLite could not write, in the user's language (SQLite's own text is English)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_READONLY_DBMOVED":
        return tr("the plan file was moved, renamed or deleted while it was open")
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return tr("the disk is full or cannot be written")
    if name.startswith("SQLITE_READONLY"):
        return tr("the file or its folder cannot be written")
    if name.startswith("SQLITE_CANTOPEN"):
        return tr("the folder of the plan cannot be reached")
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return tr("another program is using the file")
    return str(exc)


class Plan:
    def __init__(self, opened: planfile.OpenedPlan) -> None:
        self._opened = opened
        self.conn: sqlite3.Connection = opened.conn
        self._cache: dict[str, list[dict[str, Any]]] = opened.rows  # the rows checked while opening, if read
        opened.rows = {}
        self._index: dict[str, tuple[list[dict[str, Any]], dict[int, dict[str, Any]]]] = {}
        self._id_sets: dict[str, tuple[list[dict[str, Any]], set[int]]] = {}
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Listener] = []
        self.meta = planfile.read_meta(self.conn)

    # --- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> Plan:
        return cls(planfile.open_plan(path, read_only=read_only))

    @classmethod
    def create(cls, path: str | os.PathLike[str], gad: dict[str, Any], *, overwrite: bool = False,
               example: bool = False) -> Plan:
        ctx = Context()
        sec = section("gad")
        values = {}
        for key, raw in gad.items():
            try:
                values[key] = parse(sec.field(key), raw, ctx)
            except ValueProblem as exc:
                raise UserError(f"{sec.field(key).label}: {exc}") from None
        planfile.create_plan(path, values, overwrite=overwrite, example=example)
        return cls.open(path)

    @property
    def path(self) -> Path:
        return self._opened.path

    @property
    def read_only(self) -> bool:
        return self._opened.read_only

    @property
    def read_only_reason(self) -> str | None:
        return self._opened.reason

    @property
    def migrated_from(self) -> int | None:
        return self._opened.migrated_from

    @property
    def backup(self) -> Path | None:
        return self._opened.backup

    @property
    def is_example(self) -> bool:
        return self.meta.get("example") == "1"

    def close(self) -> None:
        self._listeners.clear()
        self._opened.close()

    # --- reading -------------------------------------------------------------------
    def rows(self, section_id: str) -> list[dict[str, Any]]:
        if section_id not in self._cache:
            self._cache[section_id] = store.read_rows(self.conn, section(section_id))
        return self._cache[section_id]

    def row(self, section_id: str, row_id: int) -> dict[str, Any] | None:
        for r in self.rows(section_id):
            if r["id"] == row_id:
                return r
        return None

    def record(self, section_id: str) -> dict[str, Any]:
        return self.snapshot_sections([section_id]).record(section_id)

    def snapshot_sections(self, ids: Iterable[str]) -> PlanData:
        return PlanData({sid: [dict(r) for r in self.rows(sid)] for sid in ids}, dict(self.meta))

    def snapshot(self) -> PlanData:
        """A copy of the whole plan as plain data (safe to hand to a worker thread)."""
        return self.snapshot_sections(s.id for s in SECTIONS)

    def context(self, lang: str | None = None) -> Context:
        gad = self.record("gad")
        period = None
        if gad.get("period_start") and gad.get("period_end"):
            period = (gad["period_start"], gad["period_end"])
        return Context(gad.get("gad_code"), period, self._row_id_set, lang)

    def _row_id_set(self, section_id: str) -> set[int]:
        """The ids of a section, built once per version of its rows (a link list of 20,000 ids stays linear)."""
        rows = self.rows(section_id)
        hit = self._id_sets.get(section_id)
        if hit is None or hit[0] is not rows:
            hit = (rows, {r["id"] for r in rows})
            self._id_sets[section_id] = hit
        return hit[1]

    def frozen_context(self, lang: str | None = None) -> Context:
        """A context whose row ids are a snapshot: safe to use from a worker thread."""
        live = self.context(lang)
        ids = {s.id: {r["id"] for r in self.rows(s.id)} for s in SECTIONS if not s.single}
        return Context(live.gad_code, live.period, lambda sid: ids.get(sid, set()), lang)

    def link_label(self, section_id: str, row_id: int) -> str:
        """"#id label" of a row (tables call this for every link cell, so it is O(1))."""
        rows = self.rows(section_id)
        index = self._index.get(section_id)
        if index is None or index[0] is not rows:
            index = (rows, {r["id"]: r for r in rows})
            self._index[section_id] = index
        row = index[1].get(row_id)
        field = section(section_id).label_field
        label = row.get(field) if row is not None and field else None
        return f"#{row_id} {label}" if label else f"#{row_id}"

    # --- listening -----------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, sections: set[str]) -> None:
        for listener in list(self._listeners):
            listener(sections)

    # --- changing ------------------------------------------------------------------
    def _run(self, command: Command) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or tr("This plan is open read-only."))
        try:
            with transaction.immediate(self.conn):
                for op in command.ops:
                    op.apply(self.conn)
                history.record(self.conn, self.path, command)  # for combining copies (docs/TEAMWORK.md)
        except sqlite3.Error as exc:
            raise StorageError(tr("The change could not be saved ({reason}). Nothing was changed; "
                                   "if the disk is full or the memory stick was removed, fix that or "
                                   "use “Save a copy as…”.").format(reason=storage_reason(exc))) from None
        except BaseException:
            for sid in command.sections:
                self._cache.pop(sid, None)
            raise
        self._refresh_cache(command)

    def _refresh_cache(self, command: Command) -> None:
        """Patch cached rows for value edits; re-read a section only when rows came or went."""
        by_id: dict[str, dict[int, dict[str, Any]]] = {}  # one index per section: many edits stay linear
        for op in command.ops:
            cached = self._cache.get(op.section)
            if cached is None:
                continue
            if isinstance(op, SetValue):
                if op.section not in by_id:
                    by_id[op.section] = {r["id"]: r for r in cached}
                row = by_id[op.section].get(op.row_id)
                if row is not None:
                    row[op.field] = op.new
                    continue
            if isinstance(op, AppendRows):  # a paste of thousands: no re-reading of the section
                ids = {r["id"] for r in cached}
                if not ids.intersection(rid for rid, _v in op.rows):
                    fields = section(op.section).fields
                    added = [{"id": rid, **{f.id: values.get(f.id) for f in fields}} for rid, values in op.rows]
                    self._cache[op.section] = cached + added  # a new list: views compare identities
                    by_id.pop(op.section, None)
                    continue
            self._cache.pop(op.section, None)
            by_id.pop(op.section, None)

    def execute(self, command: Command) -> None:
        """Apply a command and make it undoable."""
        if not command.ops:
            return
        self._run(command)
        self._undo.append(command)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._notify(command.sections)

    def undo(self) -> str | None:
        if not self._undo:
            return None
        command = self._undo[-1]
        self._run(command.inverse())
        self._redo.append(self._undo.pop())
        self._notify(command.sections)
        return command.label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        command = self._redo[-1]
        self._run(command)
        self._undo.append(self._redo.pop())
        self._notify(command.sections)
        return command.label

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and not self.read_only

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and not self.read_only

    @property
    def undo_text(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].label if self._redo else ""

    # --- the edits the windows make --------------------------------------------------
    def parse(self, section_id: str, field_id: str, raw: Any, lang: str | None = None) -> Any:
        return parse(section(section_id).field(field_id), raw, self.context(lang))

    def set_value(self, section_id: str, row_id: int, field_id: str, raw: Any, *, lang: str | None = None,
                  parsed: bool = False) -> Any:
        """Validate and store one value. Raises ValueProblem (message in the user's language)."""
        return self.set_values(section_id, row_id, {field_id: raw}, lang=lang, parsed=parsed)[field_id]

    def set_values(self, section_id: str, row_id: int, raw: dict[str, Any], *, lang: str | None = None,
                   parsed: bool = False, label: str | None = None) -> dict[str, Any]:
        sec = section(section_id)
        current = self.row(section_id, row_id)
        if current is None and sec.single:
            current = self.record(section_id)
        if current is None:
            raise UserError(tr("That row no longer exists."))
        ctx = self.context(lang)
        new = {k: (v if parsed else parse(sec.field(k), v, ctx)) for k, v in raw.items()}
        self._whole_counts(section_id, new, {**current, **new})
        ops: list[Operation] = [SetValue(section_id, row_id, k, current.get(k), v) for k, v in new.items()
                                if current.get(k) != v]
        if ops:
            text = label or tr("Edit {field}").format(field=sec.field(next(iter(raw))).label) if len(ops) == 1 else (
                label or tr("Edit {section}").format(section=sec.title))
            self.execute(Command(text, ops))
        return new

    def _whole_counts(self, section_id: str, changed: dict[str, Any], row: dict[str, Any]) -> None:
        """A count indicator's values typed, pasted or added are whole numbers (UserError naming the field)."""
        if section_id in counts.COUNT_FIELDS:
            counts.refuse(section_id, changed, row, lambda goal_id: self.row("goals", goal_id))

    def _next_id(self, sec: Section) -> int:
        used: list[int] = [r["id"] for r in self.rows(sec.id)]
        high = store.max_id(self.conn, sec)
        return max([high, *used]) + 1

    def insert_row(self, section_id: str, values: dict[str, Any] | None = None, index: int | None = None,
                   *, parsed: bool = True) -> int:
        return self.insert_rows(section_id, [values or {}], index, parsed=parsed)[0]

    def insert_rows(self, section_id: str, rows: list[dict[str, Any]], index: int | None = None,
                    *, parsed: bool = True, label: str | None = None) -> list[int]:
        sec = section(section_id)
        if sec.single:
            raise UserError(tr("This section holds a single record."))
        ctx = self.context()
        start = len(self.rows(section_id)) if index is None else index
        next_id = self._next_id(sec)
        ops: list[InsertRow] = []
        for offset, raw in enumerate(rows):
            values = {k: (v if parsed else parse(sec.field(k), v, ctx)) for k, v in raw.items() if k != "id"}
            self._whole_counts(section_id, values, values)
            ops.append(InsertRow(section_id, next_id + offset, values, start + offset))
        self.execute(Command(label or tr("Add {row}").format(row=sec.row_name), [*ops]))
        return [op.row_id for op in ops]

    def delete_rows(self, section_id: str, ids: Iterable[int], label: str | None = None) -> None:
        """Delete rows and, in the same command, every link other rows hold to them."""
        sec = section(section_id)
        doomed = set(ids)
        ordered = self.rows(section_id)
        ops: list[Any] = []
        for src_section, field_id, ftype in links_to(section_id):
            for r in self.rows(src_section):
                if src_section == section_id and r["id"] in doomed:
                    continue
                value = r.get(field_id)
                if ftype is FieldType.LINK and value in doomed:
                    ops.append(Unlink(src_section, r["id"], field_id, value, None))
                elif ftype is FieldType.MULTILINK and value and doomed.intersection(value):
                    kept = [v for v in value if v not in doomed] or None
                    ops.append(Unlink(src_section, r["id"], field_id, value, kept))
        # Delete from the bottom so each recorded index is right when undo re-inserts top-down.
        for index in sorted((i for i, r in enumerate(ordered) if r["id"] in doomed), reverse=True):
            r = ordered[index]
            ops.append(DeleteRow(section_id, r["id"], {k: v for k, v in r.items() if k != "id"}, index))
        if ops:
            count = len(doomed)
            self.execute(Command(label or (tr("Delete {row}").format(row=sec.row_name) if count == 1
                                           else tr("Delete {count} rows").format(count=count)), ops))

    def edit_cells(self, section_id: str, updates: dict[int, dict[str, Any]], new_rows: Iterable[dict[str, Any]] = (),
                   *, label: str) -> list[int]:
        """Parsed values for cells of existing rows, and rows added at the end: one undo step
        (a paste over a selection, fill down, clearing cells). Returns the new rows' ids."""
        sec = section(section_id)
        ops: list[Any] = []
        by_id = {r["id"]: r for r in self.rows(section_id)}
        for row_id, values in updates.items():
            current = by_id.get(row_id)
            if current is None:
                raise UserError(tr("That row no longer exists."))
            self._whole_counts(section_id, values, {**current, **values})
            ops.extend(SetValue(section_id, row_id, k, current.get(k), v) for k, v in values.items() if current.get(k) != v)
        for values in (new_rows := list(new_rows)):
            self._whole_counts(section_id, values, values)
        next_id = self._next_id(sec)
        added = tuple((next_id + n, dict(values)) for n, values in enumerate(new_rows))
        self.execute(Command(label, ops + ([AppendRows(section_id, added)] if added else [])))
        return [row_id for row_id, _values in added]

    def move_row(self, section_id: str, row_id: int, new_index: int) -> None:
        old = [r["id"] for r in self.rows(section_id)]
        if row_id not in old:
            return
        new = [i for i in old if i != row_id]
        new.insert(max(0, min(new_index, len(new))), row_id)
        if new != old:
            self.execute(Command(tr("Move {row}").format(row=section(section_id).row_name),
                                 [Reorder(section_id, tuple(old), tuple(new))]))

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write a copy of the plan elsewhere; works even when the plan's own file is gone."""
        target = Path(target)
        try:
            same = target.exists() and self.path.exists() and os.path.samefile(target, self.path)
        except OSError:
            same = False
        if same:
            raise UserError(tr("Choose another name or folder: “{name}” is the plan that is open.").format(name=target.name))
        return planfile.save_copy(self.conn, target)

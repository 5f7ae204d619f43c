"""Edits as reversible operations. A command is a labelled list of operations applied in
one transaction; its undo applies the inverses in reverse order in one transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from localplan.forms import section
from localplan.store import identity
from localplan.store import rows as store


@dataclass(frozen=True)
class SetValue:
    section: str
    row_id: int
    field: str
    old: Any
    new: Any

    def apply(self, conn: sqlite3.Connection) -> None:
        store.update_value(conn, section(self.section), self.row_id, self.field, self.new)

    def inverse(self) -> SetValue:
        return SetValue(self.section, self.row_id, self.field, self.new, self.old)


@dataclass(frozen=True)
class InsertRow:
    section: str
    row_id: int
    values: dict[str, Any]
    index: int  # position among the section's rows

    def apply(self, conn: sqlite3.Connection) -> None:
        sec = section(self.section)
        if self.index >= store.count(conn, sec):
            # Appending (new rows, pastes, imports): after the last row, without renumbering
            # every row, so a paste of thousands of rows stays linear.
            store.insert_row(conn, sec, self.values, row_id=self.row_id)
            return
        ids = store.row_ids(conn, sec)
        store.insert_row(conn, sec, self.values, row_id=self.row_id, pos=0)
        ids.insert(self.index, self.row_id)
        store.set_order(conn, sec, ids)

    def inverse(self) -> DeleteRow:
        return DeleteRow(self.section, self.row_id, self.values, self.index)


@dataclass(frozen=True)
class DeleteRow:
    section: str
    row_id: int
    values: dict[str, Any]
    index: int

    def apply(self, conn: sqlite3.Connection) -> None:
        if identity.UID_KEY not in self.values:  # so that undo brings the row back with its identity
            self.values[identity.UID_KEY] = identity.uid_of(conn, section(self.section), self.row_id)
        store.delete_row(conn, section(self.section), self.row_id)

    def inverse(self) -> InsertRow:
        return InsertRow(self.section, self.row_id, self.values, self.index)


@dataclass(frozen=True)
class AppendRows:
    """Rows added after the last one in one pass (a paste of thousands): two queries for the
    whole block instead of three per row."""

    section: str
    rows: tuple[tuple[int, dict[str, Any]], ...]  # (row id, values)

    def apply(self, conn: sqlite3.Connection) -> None:
        sec = section(self.section)
        base = store.next_pos(conn, sec)
        for offset, (row_id, values) in enumerate(self.rows):
            store.insert_row(conn, sec, values, row_id=row_id, pos=base + offset)

    def inverse(self) -> RemoveRows:
        return RemoveRows(self.section, self.rows)


@dataclass(frozen=True)
class RemoveRows:
    """The inverse of AppendRows: the block goes again (it is the last rows when this runs)."""

    section: str
    rows: tuple[tuple[int, dict[str, Any]], ...]

    def apply(self, conn: sqlite3.Connection) -> None:
        sec = section(self.section)
        conn.executemany(f'DELETE FROM "{sec.table}" WHERE "id" = ?', [(row_id,) for row_id, _v in self.rows])

    def inverse(self) -> AppendRows:
        return AppendRows(self.section, self.rows)


@dataclass(frozen=True)
class Reorder:
    section: str
    old_ids: tuple[int, ...]
    new_ids: tuple[int, ...]

    def apply(self, conn: sqlite3.Connection) -> None:
        store.set_order(conn, section(self.section), self.new_ids)

    def inverse(self) -> Reorder:
        return Reorder(self.section, self.new_ids, self.old_ids)


Operation = SetValue | InsertRow | DeleteRow | Reorder | AppendRows | RemoveRows


@dataclass
class Command:
    label: str
    ops: list[Operation] = field(default_factory=list)

    def inverse(self) -> Command:
        return Command(self.label, [op.inverse() for op in reversed(self.ops)])

    @property
    def sections(self) -> set[str]:
        return {op.section for op in self.ops}

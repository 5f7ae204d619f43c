"""The operations a combining is applied with: the plan's own row operations, marked as
bringing their own stamps (the history does not stamp them as local edits), plus the
stamps and the knowledge taken from the other copy. All are reversible, so applying a
combination is one undoable command, and undoing it also forgets what was learnt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import ClassVar

from localplan.domain.changes import DeleteRow, InsertRow, Reorder, SetValue
from localplan.store import history
from localplan.store import stamps as packed
from localplan.store.history import Stamp


@dataclass(frozen=True)
class MergedSet(SetValue):
    stamped: ClassVar[bool] = True

    def inverse(self) -> MergedSet:
        return MergedSet(self.section, self.row_id, self.field, self.new, self.old)


@dataclass(frozen=True)
class MergedInsert(InsertRow):
    stamped: ClassVar[bool] = True

    def inverse(self) -> MergedDelete:
        return MergedDelete(self.section, self.row_id, self.values, self.index)


@dataclass(frozen=True)
class MergedDelete(DeleteRow):
    stamped: ClassVar[bool] = True

    def inverse(self) -> MergedInsert:
        return MergedInsert(self.section, self.row_id, self.values, self.index)


@dataclass(frozen=True)
class MergedReorder(Reorder):
    stamped: ClassVar[bool] = True

    def inverse(self) -> MergedReorder:
        return MergedReorder(self.section, self.new_ids, self.old_ids)


Change = tuple[str, str, "Stamp | None", "Stamp | None"]  # uid, field, old, new


@dataclass(frozen=True)
class SetStamps:
    section: str  # a section the combining changed (listeners hear it)
    changes: tuple[Change, ...]
    stamped: ClassVar[bool] = True

    def apply(self, conn: sqlite3.Connection) -> None:
        packed.update(conn, [(uid, fid, None, 0, False) if new is None or new[1] <= 0 else
                             (uid, fid, history.replica_number(conn, new[0]), new[1], False)
                             for uid, fid, _old, new in self.changes])

    def inverse(self) -> SetStamps:
        return SetStamps(self.section, tuple((u, f, new, old) for u, f, old, new in reversed(self.changes)))


@dataclass(frozen=True)
class Learn:
    """What this copy knows of every replica (its version vector), and who made the changes
    whose stamps came in (so a later conflict can say who and when)."""

    section: str
    knowledge: tuple[tuple[str, int | None, int | None], ...]  # replica id, seq before (None: unknown), after
    log: tuple[tuple[str, int, str, str, str], ...]  # replica id, seq, at, author, label (new entries)
    stamped: ClassVar[bool] = True

    def apply(self, conn: sqlite3.Connection) -> None:
        for rid, _old, new in self.knowledge:
            if new is None:
                conn.execute('DELETE FROM "lp_replica" WHERE "id" = ?', (rid,))
            else:
                n = history.replica_number(conn, rid)
                conn.execute('UPDATE "lp_replica" SET "seq" = ? WHERE "n" = ?', (new, n))
        for rid, seq, at, who, label in self.log:
            n = history.replica_number(conn, rid)
            conn.execute('INSERT OR IGNORE INTO "lp_change" ("replica", "seq", "at", "author", "label") '
                         'VALUES (?, ?, ?, ?, ?)', (n, seq, at, who, label))

    def inverse(self) -> Forget:
        return Forget(self.section, self.knowledge, self.log)


@dataclass(frozen=True)
class Forget:
    section: str
    knowledge: tuple[tuple[str, int | None, int | None], ...]
    log: tuple[tuple[str, int, str, str, str], ...]
    stamped: ClassVar[bool] = True

    def apply(self, conn: sqlite3.Connection) -> None:
        for rid, seq, *_ in self.log:
            conn.execute('DELETE FROM "lp_change" WHERE "seq" = ? AND "replica" = '
                         '(SELECT "n" FROM "lp_replica" WHERE "id" = ?)', (seq, rid))
        for rid, old, _new in self.knowledge:
            if old is None:
                conn.execute('DELETE FROM "lp_replica" WHERE "id" = ?', (rid,))
            else:
                conn.execute('UPDATE "lp_replica" SET "seq" = ? WHERE "id" = ?', (old, rid))

    def inverse(self) -> Learn:
        return Learn(self.section, self.knowledge, self.log)

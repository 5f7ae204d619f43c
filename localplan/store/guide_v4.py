"""Data steps of schema 4 for the planning guide's changes (called from the v4 upgrade step).

Before 4 the actor types had one code, "ccpd", for both cantonal rights-protection bodies. The
Junta Cantonal de Protección de Derechos (JCPD: protective measures in individual cases) now has
its own type, distinct from the Consejo (CCPD: policy). An actor typed "ccpd" whose name says it
is a junta/board of protection is retyped "jcpd"; every other row is left as it was.
"""

from __future__ import annotations

import sqlite3
import unicodedata


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


def is_protection_board(name: str | None) -> bool:
    words = _fold(name or "")
    return ("junta" in words or "jcpd" in words.split() or "board" in words) and ("protec" in words or "jcpd" in words)


def retype_protection_boards(conn: sqlite3.Connection) -> int:
    """Retype as "jcpd" the actors typed "ccpd" that are protection boards; returns how many."""
    rows = conn.execute("SELECT id, name FROM s_actors WHERE type = 'ccpd'").fetchall()
    ids = [row_id for row_id, name in rows if is_protection_board(name)]
    conn.executemany("UPDATE s_actors SET type = 'jcpd' WHERE id = ?", [(i,) for i in ids])
    return len(ids)

"""Write the corpus of broken and hostile plan files: tests/fixtures/corpus/*.lplan.

    python scripts/make_corpus.py

Deterministic (fixed seeds, fixed metadata, no clock): running it again with the same
SQLite gives the same files. Each file's expected outcome is in tests/test_corpus.py.
Some entries come with a side file (`NAME.lplan-journal`) that is part of the case.
"""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from localplan.forms import section  # noqa: E402
from localplan.store import rows, schema  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "corpus"
PAGE = 4096
HOSTILE_VIEW = "CREATE VIEW v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
HOSTILE_TRIGGER = 'CREATE TRIGGER t AFTER UPDATE ON "s_gad" BEGIN DELETE FROM "s_goals"; END'
OVERFLOW = "abs(-9223372036854775808)"  # raises "integer overflow" if SQLite ever evaluates it


def _rows_for(version: int) -> dict[str, list[dict]]:
    """A little plan: the GAD, and (from v2) objectives, goals with yearly targets, monitoring."""
    data: dict[str, list[dict]] = {"gad": [{"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal",
                                            "period_start": 2023, "period_end": 2027, "team": "Ñusta Quishpe — planificación"}]}
    if version >= 2:
        data["objectives"] = [{"name": f"Objetivo {i}", "gcm": ["1"]} for i in (1, 2)]
        data["goals"] = [{"statement": f"Meta {i}", "objective": 1 + i % 2, "indicator": "personas atendidas",
                          "baseline_value": 10.0 * i, "baseline_year": 2022, "target_value": 50.0 * i, "target_year": 2027,
                          "yearly_targets": {"2024": 10.0 * i, "2025": 20.0 * i}} for i in (1, 2, 3)]
        data["monitoring"] = [{"goal": g, "frequency": "annual", "responsible": "Planificación"} for g in (1, 2)]
    return data


def plan(path: Path, version: int = schema.CURRENT_VERSION, data: dict[str, list[dict]] | None = None) -> Path:
    """A valid plan at `version`, written by the real schema steps, with fixed metadata."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    schema.create_version_1(conn)
    schema.upgrade_to(conn, 1, version)
    for key, value in (("format", "localplan"), ("created", "2025-01-01T00:00:00+00:00"),
                       ("created_by", "LocalPlan corpus"), ("example", "0")):
        conn.execute('INSERT INTO "meta" VALUES (?, ?)', (key, value))
    for section_id, items in (data or _rows_for(version)).items():
        sec = section(section_id)
        for pos, values in enumerate(items):
            rows.insert_row(conn, sec, values, row_id=1 if sec.single else pos + 1, pos=pos)
    conn.execute("COMMIT")
    conn.close()
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for st in statements:
        conn.execute(st)
    conn.close()


def _rewrite_ddl(path: Path, table: str, new_sql: str) -> None:
    """Change a table's stored CREATE statement in place, as a hand-editing tool could."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (new_sql, table))
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.close()


def _gad_ddl(path: Path) -> str:
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 's_gad'").fetchone()[0]
    conn.close()
    return sql


def _with_journal(path: Path, *statements: str) -> None:
    """Leave `path` holding the result of `statements` and, beside it, the rollback journal
    those statements wrote: a hot journal, as if the process had died just before deleting it.
    Rolling it back restores the file as it was before the statements."""
    journal = path.with_name(path.name + "-journal")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # journal header says "count records from the size"
    conn.execute("BEGIN IMMEDIATE")
    for st in statements:
        conn.execute(st)
    kept = journal.read_bytes()
    conn.execute("COMMIT")
    conn.close()
    journal.write_bytes(kept)


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("plan.json", date_time=(2025, 1, 1, 0, 0, 0)), '{"format": "localplan-plan"}')
    return buf.getvalue()


def build(out: Path = OUT) -> list[Path]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rnd = random.Random(20250101)
    good = plan(out / "current.lplan")
    data = good.read_bytes()

    def raw(name: str, content: bytes) -> None:
        (out / name).write_bytes(content)

    raw("empty.lplan", b"")
    raw("truncated-10-bytes.lplan", data[:10])
    raw("truncated-100-bytes.lplan", data[:100])
    raw("truncated-first-page.lplan", data[:PAGE])
    raw("truncated-half.lplan", data[: len(data) // 2])
    raw("truncated-last-byte.lplan", data[:-1])
    raw("random-bytes.lplan", rnd.randbytes(3 * PAGE))
    raw("random-after-header.lplan", data[:16] + rnd.randbytes(3 * PAGE))
    raw("text-file.lplan", "Plan de movilidad humana — borrador\nNo es una base de datos.\n".encode())
    raw("zip-renamed.lplan", _zip_bytes())

    other = out / "other-program.lplan"
    _sql(other, "CREATE TABLE contacts (name TEXT, phone TEXT)", "INSERT INTO contacts VALUES ('Ana', '099')")
    _sql(plan(out / "no-application-id.lplan"), "PRAGMA application_id = 0")
    _sql(plan(out / "version-zero.lplan"), "PRAGMA user_version = 0")

    _sql(plan(out / "extra-table.lplan"), "CREATE TABLE notes (x TEXT)")
    _sql(plan(out / "extra-view.lplan"), HOSTILE_VIEW)
    _sql(plan(out / "extra-trigger.lplan"), HOSTILE_TRIGGER)
    _sql(plan(out / "extra-index.lplan"), 'CREATE INDEX i ON "s_goals" ("statement")')
    p = plan(out / "default-function.lplan")
    _rewrite_ddl(p, "s_gad", _gad_ddl(p).replace('"team" TEXT', '"team" TEXT DEFAULT (random())'))
    p = plan(out / "check-constraint.lplan")
    _rewrite_ddl(p, "s_gad", _gad_ddl(p).replace('"team" TEXT', f'"team" TEXT CHECK ({OVERFLOW})'))
    p = plan(out / "generated-column.lplan")
    _rewrite_ddl(p, "s_gad", _gad_ddl(p)[:-1] + f', "g" INTEGER AS ({OVERFLOW}) NOT NULL)')

    future = schema.CURRENT_VERSION + 1
    _sql(plan(out / "future-version.lplan"), "CREATE TABLE s_future (id INTEGER PRIMARY KEY, x TEXT)",
         f"PRAGMA user_version = {future}")
    _sql(plan(out / "future-version-missing-column.lplan"), 'ALTER TABLE "s_gad" DROP COLUMN "team"',
         f"PRAGMA user_version = {future}")
    _sql(plan(out / "future-version-view.lplan"), 'ALTER TABLE "s_goals" RENAME TO "s_goals_store"',
         'CREATE VIEW "s_goals" AS SELECT * FROM "s_goals_store"', f"PRAGMA user_version = {future}")
    p = plan(out / "future-version-generated.lplan")
    _sql(p, f"PRAGMA user_version = {future}", "CREATE TABLE s_future (id INTEGER PRIMARY KEY, x INTEGER)",
         "INSERT INTO s_future (x) VALUES (1)")
    _rewrite_ddl(p, "s_future", f'CREATE TABLE s_future (id INTEGER PRIMARY KEY, x INTEGER, g AS ({OVERFLOW}) NOT NULL)')

    for version in range(schema.MIN_VERSION, schema.CURRENT_VERSION):
        plan(out / f"past-v{version}.lplan", version)

    p = plan(out / "corrupt-page.lplan")
    conn = sqlite3.connect(p)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 's_goals'").fetchone()[0]
    conn.close()
    content = bytearray(p.read_bytes())
    offset = (root - 1) * PAGE
    content[offset + 3: offset + 5] = b"\x7f\xff"  # the b-tree page claims 32767 cells
    p.write_bytes(bytes(content))

    p = plan(out / "wal-mode.lplan")
    _sql(p, "PRAGMA journal_mode = WAL")

    p = plan(out / "hostile-journal.lplan")
    _sql(p, "CREATE TABLE evil (x)", HOSTILE_TRIGGER)
    _with_journal(p, "DROP TRIGGER t", "DROP TABLE evil")  # the file is clean; its journal is not

    p = plan(out / "crashed-edit.lplan")
    _with_journal(p, "UPDATE \"s_gad\" SET \"team\" = 'half-done edit'", 'DELETE FROM "s_monitoring"')

    p = plan(out / "crashed-growing-edit.lplan")  # killed mid-commit: the header counts pages not yet written
    size = p.stat().st_size
    _with_journal(p, *[f"INSERT INTO \"s_problems\" (\"title\", \"description\") VALUES ('p{i}', '{'y' * 3000}')" for i in range(20)])
    with open(p, "r+b") as fh:
        fh.truncate(size)

    p = plan(out / "garbage-journal.lplan")
    p.with_name(p.name + "-journal").write_bytes(rnd.randbytes(PAGE))
    return sorted(out.iterdir())


if __name__ == "__main__":
    for f in build():
        print(f"{f.stat().st_size:>8}  {f.relative_to(ROOT)}")

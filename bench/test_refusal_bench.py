"""Refusing what no plan holds, in bounded time and memory (issue 17): a plan of 1,000,000
rows, a 500 MB JSON file and a workbook of 2.5 million shared strings are each refused in
under 5 s and 300 MB. Inputs are generated at run time; LOCALPLAN_BENCH_SMALL=1 makes them
small (to see the benchmark works, not to measure). Each refusal runs in a fresh process
(`localplan …` as a user runs it), whose peak memory is read from the process itself."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

SMALL = os.environ.get("LOCALPLAN_BENCH_SMALL") == "1"
ROWS = 60_000 if SMALL else 1_000_000
JSON_BYTES = (60 if SMALL else 500) * 2**20
STRINGS = 1_100_000 if SMALL else 2_500_000
LIMIT_S, LIMIT_MB = 5.0, 300

RUN = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from peak import peak_bytes
from localplan.cli import main
code = main(sys.argv[1:])
sys.stderr.write("\\nMAXRSS_KB=%d\\n" % (peak_bytes() // 1024))  # the command's own peak (see peak.py)
sys.exit(code)
"""


def _refuse(args: list[str], home: Path) -> tuple[float, float, str]:
    env = dict(os.environ, LOCALPLAN_HOME=str(home), LOCALPLAN_LANG="en")
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, env=env, timeout=120)
    seconds = time.perf_counter() - start
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    kb = int(r.stderr.rsplit("MAXRSS_KB=", 1)[1].split()[0])
    return seconds, kb / 1024, r.stderr


def _record(benchmark, figure: str, seconds: float, mb: float) -> None:
    benchmark.extra_info.update(figure=figure, role="ours", seconds=round(seconds, 2), peak_mb=round(mb, 1))
    print(f"{figure}: {seconds:.2f} s, {mb:.0f} MB peak")
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def test_refuse_a_plan_of_a_million_rows(benchmark, tmp_path, home):
    import sqlite3

    from localplan.store.planfile import create_plan

    os.environ["LOCALPLAN_HOME"] = str(home)
    plan = create_plan(tmp_path / "huge.lplan", {"gad_code": "0401", "name": "GAD", "level": "cantonal"})
    conn = sqlite3.connect(plan)
    conn.execute(f'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS}) '
                 'INSERT INTO "s_goals" ("id", "pos", "statement") SELECT i, i, \'Meta número \' || i FROM n')
    conn.commit()
    conn.close()
    for command in ("info", "check"):
        seconds, mb, err = _refuse([command, str(plan)], home)
        assert "rows" in err
        assert seconds < LIMIT_S and mb < LIMIT_MB, (command, seconds, mb)
    _record(benchmark, "refuse_rows", seconds, mb)


def test_refuse_a_500_mb_json(benchmark, tmp_path, home):
    doc = tmp_path / "huge.json"
    with open(doc, "wb") as fh:  # real bytes: a plan document whose one text never ends
        fh.write(b'{"format": "localplan", "format_version": 1, "sections": {"gad": {"name": "')
        block = b"x" * (1 << 20)
        for _ in range(JSON_BYTES // len(block)):
            fh.write(block)
        fh.write(b'"}}}')
    seconds, mb, err = _refuse(["import", str(doc), "-o", str(tmp_path / "out.lplan")], home)
    assert "too large" in err and not (tmp_path / "out.lplan").exists()
    assert seconds < LIMIT_S and mb < LIMIT_MB, (seconds, mb)
    _record(benchmark, "refuse_json", seconds, mb)


def test_refuse_a_workbook_of_millions_of_strings(benchmark, tmp_path, home):
    from localplan.store.planfile import create_plan

    os.environ["LOCALPLAN_HOME"] = str(home)
    plan = create_plan(tmp_path / "p.lplan", {"gad_code": "0401", "name": "GAD", "level": "cantonal"})
    book = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
        with z.open("xl/sharedStrings.xml", "w") as fh:
            fh.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for start in range(0, STRINGS, 100_000):
                fh.write(b"".join(b"<si><t>%d</t></si>" % i for i in range(start, min(start + 100_000, STRINGS))))
            fh.write(b"</sst>")
    seconds, mb, err = _refuse(["import", str(book), "--into", str(plan), "--yes"], home)
    assert "texts" in err
    assert seconds < LIMIT_S and mb < LIMIT_MB, (seconds, mb)
    _record(benchmark, "refuse_strings", seconds, mb)


def test_a_multilink_of_20000_ids_is_linear(benchmark, tmp_path, home):
    """Was 32 s (quadratic de-duplication and link checks): JSON import, the refusal of a list naming an id
    twice (a JSON import refuses it; it used to keep one of each), and a window edit."""
    from localplan.domain.plan import Plan
    from localplan.errors import ValidationError
    from localplan.exports import json_doc
    from localplan.imports import json_import

    os.environ["LOCALPLAN_HOME"] = str(home)
    count = 2_000 if SMALL else 20_000

    def document(goals: list[int]) -> dict:
        return {"format": json_doc.FORMAT, "format_version": json_doc.FORMAT_VERSION,
                "sections": {"gad": {"gad_code": "0401", "name": "GAD", "level": "cantonal"},
                             "goals": [{"id": i, "statement": f"Meta {i}"} for i in range(1, count + 1)],
                             "articulation": [{"id": 1, "goals": goals}]}}

    start = time.perf_counter()
    with pytest.raises(ValidationError):
        json_import.validate(document(list(range(1, count + 1)) * 2))
    imported = json_import.validate(document(list(range(count, 0, -1))))
    plan_path = json_import.create_from(imported, tmp_path / "links.lplan")
    plan = Plan.open(plan_path)
    plan.set_value("articulation", 1, "goals", ", ".join(str(i) for i in range(count, 0, -1)))
    plan.close()
    seconds = time.perf_counter() - start
    assert len(imported.rows("articulation")[0]["goals"]) == count
    assert seconds < LIMIT_S, seconds
    _record(benchmark, "multilink_20000", seconds, 0)

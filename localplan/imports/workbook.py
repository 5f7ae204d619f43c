"""Read a workbook exported by LocalPlan (or a blank template filled offline) into a plan.

`read_workbook()` validates every row against the specs and returns a report; nothing is
written. `apply()` writes the accepted rows as ONE plan command (one transaction, one
undo step). Hostile files are refused before openpyxl parses them: size, zip structure,
decompressed size (zip bombs), merged cells; formulas, unknown columns and oversized
sheets are refused with their sheet, row and column.
"""

from __future__ import annotations

import datetime as _dt
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localplan.domain.changes import Command, InsertRow, SetValue
from localplan.domain.plan import Plan
from localplan.errors import ValidationError
from localplan.exports.workbook.layout import FIRST_DATA_ROW, SECTION_MARK, TOTAL_MARKS
from localplan.forms import FieldType, section
from localplan.forms.values import Context, ValueProblem, parse
from localplan.i18n import tr
from localplan.imports.problems import Problem

MAX_FILE = 30 * 1024 * 1024
MAX_UNZIPPED = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_ROWS = 20_000
MAX_COLUMNS = 400


@dataclass
class RowImport:
    section: str
    row_id: int | None  # None: a new row
    values: dict[str, Any]
    sheet_row: int


@dataclass
class WorkbookReport:
    rows: list[RowImport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused_rows: int = 0
    sheets: list[str] = field(default_factory=list)

    def count(self) -> int:
        return len(self.rows)


def _precheck(path: Path) -> None:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(tr("Cannot read “{name}” ({reason}).").format(name=name, reason=exc.strerror or exc)) from None
    if size > MAX_FILE:
        raise ValidationError(tr("“{name}” is too large ({size} MB) for a plan workbook; at most {limit} MB.").format(
            name=name, size=size // 2**20, limit=MAX_FILE // 2**20))
    if not zipfile.is_zipfile(path):
        raise ValidationError(tr("“{name}” is not an Excel workbook (.xlsx).").format(name=name))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise ValidationError(tr("“{name}” is a ZIP file but not an Excel workbook.").format(name=name))
            unzipped = sum(i.file_size for i in infos)
            packed = max(1, sum(i.compress_size for i in infos))
            if unzipped > MAX_UNZIPPED or unzipped / packed > MAX_RATIO and unzipped > 20 * 2**20:
                raise ValidationError(tr("“{name}” expands to {size} MB: too large to be a plan workbook.").format(
                    name=name, size=unzipped // 2**20))
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with archive.open(info) as fh:
                        tail = b""
                        while chunk := fh.read(1 << 20):
                            if b"<mergeCell " in tail + chunk:
                                raise ValidationError(tr("“{name}” has merged cells; unmerge them so each value sits in its own "
                                                         "cell, then import again.").format(name=name))
                            tail = chunk[-32:]
    except zipfile.BadZipFile:
        raise ValidationError(tr("“{name}” is a damaged workbook.").format(name=name)) from None


def read_workbook(path: str | os.PathLike[str], plan: Plan | None = None, ctx: Context | None = None) -> WorkbookReport:
    from openpyxl import load_workbook

    path = Path(path)
    _precheck(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - any parser failure is a file we cannot read
        raise ValidationError(tr("“{name}” could not be read as an Excel workbook.").format(name=path.name)) from None
    report = WorkbookReport()
    ctx = (plan.frozen_context() if plan is not None else ctx) or Context()
    sheets: list[tuple[Any, str, list[str | None]]] = []
    try:
        for ws in wb.worksheets:
            head = next(ws.iter_rows(min_row=2, max_row=2, values_only=True), None)
            if not head or not isinstance(head[0], str) or not head[0].startswith(SECTION_MARK):
                continue
            sid = head[0][len(SECTION_MARK):]
            try:
                section(sid)
            except KeyError:
                report.problems.append(Problem(tr("Unknown section “{key}”; the sheet was skipped.").format(key=sid[:40]), ws.title))
                continue
            if len(head) > MAX_COLUMNS:
                report.problems.append(Problem(tr("Too many columns."), ws.title))
                continue
            sheets.append((ws, sid, list(head)))
        # ids first, so links can point at rows being imported
        incoming: dict[str, set[int]] = {}
        for ws, sid, _ in sheets:
            for (cell,) in ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=1, values_only=True):
                if isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer():
                    incoming.setdefault(sid, set()).add(int(cell))
        known = ctx.row_ids
        link_ids = lambda sid: (known(sid) if known else set()) | incoming.get(sid, set())  # noqa: E731
        ctx = Context(ctx.gad_code, ctx.period, link_ids, ctx.lang)
        for ws, sid, head in sheets:
            report.sheets.append(ws.title)
            _read_sheet(ws, sid, head, ctx, report)
    finally:
        wb.close()
    return report


def _read_sheet(ws, sid: str, head: list, ctx: Context, report: WorkbookReport) -> None:
    sec = section(sid)
    keys: list[tuple[int, str, str | None]] = []
    for c, key in enumerate(head[1:], start=1):
        if key is None:
            continue
        fid, _, year = str(key).partition(":")
        if fid not in sec.field_ids:
            report.problems.append(Problem(tr("Unknown column “{key}”; it was ignored.").format(key=str(key)[:40]), ws.title,
                                           2, str(key)[:40]))
            continue
        keys.append((c, fid, year or None))
    for n, values in enumerate(ws.iter_rows(min_row=FIRST_DATA_ROW, values_only=True), start=FIRST_DATA_ROW):
        if n - FIRST_DATA_ROW >= MAX_ROWS:
            report.problems.append(Problem(tr("More than {limit} rows: the rest of the sheet was not read.").format(limit=MAX_ROWS),
                                           ws.title, n))
            break
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        first = values[0]
        if isinstance(first, str) and first.strip().casefold() in TOTAL_MARKS:
            continue
        raw: dict[str, Any] = {}
        bad = False
        for c, fid, year in keys:
            value = values[c] if c < len(values) else None
            f = sec.field(fid)
            if isinstance(value, str) and value.startswith("="):
                report.problems.append(Problem(tr("A formula is not accepted here; type the value."), ws.title, n, f.label.get()))
                bad = True
                continue
            if isinstance(value, _dt.datetime) and f.type is not FieldType.DATE:
                value = value.date().isoformat()
            if year is not None:
                raw.setdefault(fid, {})
                if value is not None and value != "":
                    raw[fid][year] = value
            else:
                raw[fid] = value
        parsed: dict[str, Any] = {}
        for fid, value in raw.items():
            f = sec.field(fid)
            try:
                parsed[fid] = parse(f, value if value != {} else None, ctx)
            except ValueProblem as exc:
                report.problems.append(Problem(str(exc), ws.title, n, f.label.get()))
                bad = True
        row_id = None
        if sec.single:
            row_id = 1
        elif first is not None and str(first).strip():
            try:
                row_id = int(float(str(first).strip()))
                if row_id < 1:
                    raise ValueError
            except ValueError:
                report.problems.append(Problem(tr("The row number (N.º) must be a positive whole number or empty."),
                                               ws.title, n, "N.º"))
                bad = True
        if bad:
            report.refused_rows += 1
            continue
        report.rows.append(RowImport(sid, row_id, parsed, n))


def command(plan: Plan, report: WorkbookReport) -> Command:
    """The plan command that applies the accepted rows: updates, then inserts."""
    ops: list = []
    label = tr("Import workbook ({count} rows)").format(count=len(report.rows))
    next_ids: dict[str, int] = {}
    counts: dict[str, int] = {}
    for item in report.rows:
        sec = section(item.section)
        current = plan.record(sec.id) if sec.single else (plan.row(sec.id, item.row_id) if item.row_id else None)
        if current is not None:
            for fid, value in item.values.items():
                if current.get(fid) != value:
                    ops.append(SetValue(sec.id, current["id"], fid, current.get(fid), value))
            continue
        if item.section not in next_ids:
            high = max([r["id"] for r in plan.rows(sec.id)] + [r.row_id or 0 for r in report.rows if r.section == sec.id] + [0])
            next_ids[item.section] = high + 1
            counts[item.section] = len(plan.rows(sec.id))
        row_id = item.row_id
        if row_id is None:
            row_id = next_ids[item.section]
            next_ids[item.section] += 1
        ops.append(InsertRow(sec.id, row_id, {k: v for k, v in item.values.items() if v is not None}, counts[item.section]))
        counts[item.section] += 1
    return Command(label, ops)


def apply(plan: Plan, report: WorkbookReport) -> int:
    """Write the accepted rows in one transaction (one undo step); return the changes made."""
    cmd = command(plan, report)
    plan.execute(cmd)
    return len(cmd.ops)

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
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localplan.domain.changes import Command, InsertRow, Operation, SetValue
from localplan.domain.plan import Plan
from localplan.errors import Problem, UserError, ValidationError
from localplan.exports import cells
from localplan.exports.workbook import identity
from localplan.exports.workbook.layout import FIRST_DATA_ROW, SECTION_MARK, TOTAL_MARKS
from localplan.forms import SECTIONS, FieldType, section
from localplan.forms.values import Context, ValueProblem, parse
from localplan.i18n import tr, translator
from localplan.settings import LANGUAGES
from localplan.store.regular import check_regular

MAX_FILE = 30 * 1024 * 1024
MAX_UNZIPPED = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_ROWS = 20_000
MAX_COLUMNS = 400
MAX_CELLS = 2_000_000  # a plan at MAX_ROWS in every sheet stays below
MAX_STRINGS = 1_000_000  # distinct texts in the shared-strings table
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")


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


def _count(data: bytes, pattern: re.Pattern[bytes], plain: bytes) -> int:
    """How many elements `pattern` finds in `data`: counted with bytes.count when no namespace
    prefix is in sight (ten times faster than the expression), with the expression otherwise."""
    if b":" + plain[1:] in data:
        return len(pattern.findall(data))
    return sum(data.count(plain + end) for end in (b" ", b">", b"/", b"\t", b"\n", b"\r"))


def _precheck(path: Path) -> None:
    name = path.name
    size = check_regular(path)  # a FIFO or a device is refused, never waited on
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
            cells_seen = 0
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with archive.open(info) as fh:
                        tail = b""
                        while chunk := fh.read(1 << 20):
                            if b"<mergeCell " in tail + chunk:
                                raise ValidationError(tr("“{name}” has merged cells; unmerge them so each value sits in its own "
                                                         "cell, then import again.").format(name=name))
                            cells_seen += _count(tail + chunk, _CELL, b"<c") - _count(tail, _CELL, b"<c")
                            if cells_seen > MAX_CELLS:
                                raise ValidationError(tr("“{name}” holds more than {limit} cells, far more than any plan; "
                                                         "nothing was imported.").format(name=name, limit=f"{MAX_CELLS:,}"))
                            tail = chunk[-32:]
                elif info.filename.lower().endswith("sharedstrings.xml"):
                    with archive.open(info) as fh:
                        tail, strings = b"", 0
                        while chunk := fh.read(1 << 20):
                            strings += _count(tail + chunk, _STRING, b"<si") - _count(tail, _STRING, b"<si")
                            if strings > MAX_STRINGS:
                                raise ValidationError(tr("“{name}” holds more than {limit} texts, far more than any plan; "
                                                         "nothing was imported.").format(name=name, limit=f"{MAX_STRINGS:,}"))
                            tail = chunk[-32:]
    except zipfile.BadZipFile:
        raise ValidationError(tr("“{name}” is a damaged workbook.").format(name=name)) from None


def read_workbook(path: str | os.PathLike[str], plan: Plan | None = None, ctx: Context | None = None, *,
                  as_new_rows: bool = False) -> WorkbookReport:
    """Validate a workbook against the specs and the plan it goes into; nothing is written.

    A workbook exported from another plan (another GAD, or another plan file) is refused
    unless `as_new_rows`: then its table rows are added as new rows and its single-record
    sheets (the GAD profile) are left out.
    """
    from openpyxl import load_workbook

    path = Path(path)
    _precheck(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - any parser failure is a file we cannot read
        raise ValidationError(tr("“{name}” could not be read as an Excel workbook.").format(name=path.name)) from None
    report = WorkbookReport()
    ctx = (plan.frozen_context() if plan is not None else ctx) or Context()
    created = plan.meta.get("created") if plan is not None else None
    plan_id = plan.meta.get("plan_id") if plan is not None else None
    try:
        _check_owner(wb, path.name, ctx.gad_code, created, as_new_rows, plan_id)
        sheets = _section_sheets(wb, report)
        if not sheets:
            raise ValidationError(tr("“{name}” holds no sheet LocalPlan can read: each matrix sheet needs its hidden row 2 "
                                     "(the column ids written by LocalPlan). Export a workbook or a blank template from "
                                     "LocalPlan and fill that one.").format(name=path.name))
        long_texts = cells.read_long_sheet(wb)
        # ids first, so links can point at rows being imported (each union built once: linear)
        incoming: dict[str, set[int]] = {}
        for ws, sid, _ in ([] if as_new_rows else sheets):
            for (cell,) in ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=1, values_only=True):
                rid = _whole_id(cell)
                if rid is not None:
                    incoming.setdefault(sid, set()).add(rid)
        known, unions = ctx.row_ids, {}

        def link_ids(sid: str) -> set[int]:
            if sid not in unions:
                unions[sid] = (known(sid) if known else set()) | incoming.get(sid, set())
            return unions[sid]

        ctx = Context(ctx.gad_code, ctx.period, link_ids, ctx.lang)
        for ws, sid, head in sheets:
            if as_new_rows and section(sid).single:
                report.problems.append(Problem(tr("Adding rows as new rows: this single-record sheet was left out."), ws.title))
                continue
            report.sheets.append(ws.title)
            _read_sheet(ws, sid, head, ctx, report, long_texts, as_new_rows)
        _refuse_decimal_counts(report, plan)
    except UserError:
        raise
    except (Exception, RecursionError):  # noqa: BLE001 - openpyxl on a hostile file (bad indexes, odd types)
        raise ValidationError(tr("“{name}” could not be read as an Excel workbook.").format(name=path.name)) from None
    finally:
        wb.close()
    return report


def _refuse_decimal_counts(report: WorkbookReport, plan: Plan | None) -> None:
    """Rows that give a count indicator decimals are refused, each named with its field (the goal's
    measure as imported, else as in the plan)."""
    from localplan.domain import counts

    goals = {r.row_id: r.values for r in report.rows if r.section == "goals" and r.row_id is not None}
    # the plan's rows of the counted sections, by id, read once (not a scan of the section per imported row)
    present = {sid: {r["id"]: r for r in plan.rows(sid)} if plan is not None else {} for sid in counts.COUNT_FIELDS}

    def goal_of(goal_id: Any) -> dict[str, Any] | None:
        return {**present["goals"].get(goal_id, {}), **goals.get(goal_id, {})} or None

    kept = []
    for item in report.rows:
        current = present.get(item.section, {}).get(item.row_id) if item.row_id is not None else None
        bad = counts.decimals(item.section, item.values, {**(current or {}), **item.values}, goal_of)
        if not bad:
            kept.append(item)
            continue
        sec = section(item.section)
        for fid, values in bad:
            report.problems.append(Problem(counts.message(item.section, fid, values, named=False), sec.title.get(), item.sheet_row,
                                           sec.field(fid).label.get()))
        report.refused_rows += 1
    report.rows[:] = kept


def _check_owner(wb: Any, name: str, gad_code: str | None, created: str | None, as_new_rows: bool,
                 plan_id: str | None = None) -> None:
    """Refuse a workbook exported from another plan (see exports/workbook/identity.py)."""
    if as_new_rows:
        return
    ident = identity.read(wb)
    code = (ident or {}).get("gad_code") if ident is not None else identity.cover_code(wb)
    code = str(code).strip() if code not in (None, "") else None
    if code and gad_code and code != gad_code:
        raise ValidationError(tr("“{name}” was exported from the plan of another GAD (INEC code {code}; this plan: {own}); "
                                 "nothing was imported. To add its rows to this plan as new rows, import it as new rows "
                                 "(--as-new-rows).").format(name=name, code=code, own=gad_code))
    theirs, ours = (ident or {}).get("created"), created
    if ident is not None and ident.get("plan_id") and plan_id:  # the plan's identity, when both sides have one
        theirs, ours = ident["plan_id"], plan_id
    if ident is not None and not ident.get("blank") and theirs and ours and theirs != ours:
        raise ValidationError(tr("“{name}” was exported from another plan file of this GAD; nothing was imported. To add "
                                 "its rows to this plan as new rows, import it as new rows (--as-new-rows).").format(name=name))


def _section_sheets(wb: Any, report: WorkbookReport) -> list[tuple[Any, str, list[Any]]]:
    sheets: list[tuple[Any, str, list[Any]]] = []
    titles = {s.title.get(lang).casefold()[:28]: s.id for s in SECTIONS for lang in LANGUAGES}
    for ws in wb.worksheets:
        head = next(ws.iter_rows(min_row=2, max_row=2, values_only=True), None)
        if not head or not isinstance(head[0], str) or not head[0].startswith(SECTION_MARK):
            if ws.title.casefold()[:28] in titles and ws.max_row and ws.max_row > 1:
                report.problems.append(Problem(tr("The hidden row 2 with the column ids is missing; the sheet was not read "
                                                  "(LocalPlan matches columns on those ids, not on the headings)."), ws.title))
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
        if any(sid == other for _, other, _ in sheets):
            report.problems.append(Problem(tr("A second sheet of the same matrix; it was skipped."), ws.title))
            continue
        sheets.append((ws, sid, list(head)))
    return sheets


def _whole_id(value: Any) -> int | None:
    """A row number from a cell: a whole number from 1 to 2**53, as a number or digits (None otherwise)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,16}\s*", value):
        value = int(value)
    if isinstance(value, int) and 1 <= value <= 2**53:
        return value
    return None


def _marks() -> list[str]:
    return [translator(lang)(cells.CUT_NOTE).format(sheet=cells.LONG_SHEET) for lang in LANGUAGES]


def _read_sheet(ws: Any, sid: str, head: list[Any], ctx: Context, report: WorkbookReport, long_texts: dict[tuple[str, int, str], str],
                as_new_rows: bool = False) -> None:
    sec = section(sid)
    keys: list[tuple[int, str, str | None]] = []
    for c, key in enumerate(head[1:], start=1):
        if key is None:
            continue
        fid, _, column_year = str(key).partition(":")
        if fid not in sec.field_ids:
            report.problems.append(Problem(tr("Unknown column “{key}”; it was ignored.").format(key=str(key)[:40]), ws.title,
                                           2, str(key)[:40]))
            continue
        keys.append((c, fid, column_year or None))
    seen_ids: set[int] = set()
    marks = _marks()
    found: list[RowImport] = []
    refused = 0
    dropped_links = False
    for n, row_cells in enumerate(ws.iter_rows(min_row=FIRST_DATA_ROW), start=FIRST_DATA_ROW):
        if n - FIRST_DATA_ROW >= MAX_ROWS:
            report.problems.append(Problem(tr("More than {limit} rows: the rest of the sheet was not read.").format(limit=MAX_ROWS),
                                           ws.title, n))
            break
        values = tuple(getattr(c, "value", None) for c in row_cells)
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        formulas = {i for i, c in enumerate(row_cells) if getattr(c, "data_type", None) == "f"}
        first = values[0]
        if isinstance(first, str) and first.strip().casefold() in TOTAL_MARKS:
            continue
        bad = False
        row_id = None
        if sec.single:
            row_id = 1
        elif as_new_rows:
            row_id = None
        elif first is not None and str(first).strip():
            row_id = _whole_id(first)
            if row_id is None:
                report.problems.append(Problem(tr("The row number (N.º) must be a whole number from 1 to {limit} (a row of "
                                                  "the plan), or empty for a new row.").format(limit=f"{2**53:,}"),
                                               ws.title, n, "N.º"))
                bad = True
            elif row_id in seen_ids:
                report.problems.append(Problem(tr("The row number (N.º) {id} appears twice in this sheet.").format(id=row_id),
                                               ws.title, n, "N.º"))
                bad = True
            else:
                seen_ids.add(row_id)
        raw: dict[str, Any] = {}
        for c, fid, year in keys:
            value = values[c] if c < len(values) else None
            f = sec.field(fid)
            if as_new_rows and f.type in (FieldType.LINK, FieldType.MULTILINK):
                if value not in (None, "") and not dropped_links:
                    dropped_links = True
                    report.problems.append(Problem(tr("Adding rows as new rows: links to other rows were left empty (their "
                                                      "numbers name rows of the other plan)."), ws.title, n, f.label.get()))
                continue
            if c in formulas:
                report.problems.append(Problem(tr("A formula is not accepted here; type the value."), ws.title, n, f.label.get()))
                bad = True
                continue
            if isinstance(value, _dt.datetime) and f.type is not FieldType.DATE:
                value = value.date().isoformat()
            if isinstance(value, str) and row_id is not None and len(value) == cells.MAX_CELL:
                full = long_texts.get((sid, row_id, fid if year is None else f"{fid}:{year}"))
                if full is not None and any(value == full[:cells.MAX_CELL - len(m)] + m for m in marks):
                    value = full  # the text the export had to cut, whole again
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
            except RecursionError:
                report.problems.append(Problem(tr("The value is nested too deeply."), ws.title, n, f.label.get()))
                bad = True
        if sec.single and ctx.gad_code and sid == "gad" and parsed.get("gad_code") not in (None, ctx.gad_code):
            report.problems.append(Problem(tr("The INEC code of the GAD cannot be changed by a workbook."), ws.title, n,
                                           sec.field("gad_code").label.get()))
            bad = True
        if bad:
            refused += 1
            continue
        found.append(RowImport(sid, row_id, parsed, n))
    if sec.single and len(found) + refused > 1:
        report.problems.append(Problem(tr("This sheet holds {count} records; it must hold exactly one (the plan's "
                                          "{section}). Nothing of it was imported.").format(
            count=len(found) + refused, section=sec.title.get()), ws.title))
        report.refused_rows += len(found) + refused
        return
    report.refused_rows += refused
    report.rows.extend(found)


def command(plan: Plan, report: WorkbookReport) -> Command:
    """The plan command that applies the accepted rows: updates, then inserts."""
    ops: list[Operation] = []
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

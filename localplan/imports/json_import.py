"""Read an interchange document into plan data, validating everything first.

Every problem is reported with its section, row and field; nothing is written unless the
whole document is valid. Limits keep hostile files (huge, deeply nested) harmless.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from localplan.domain.data import PlanData
from localplan.errors import Problem, ValidationError
from localplan.exports.json_doc import FORMAT, FORMAT_VERSION
from localplan.forms import SECTIONS, FieldType
from localplan.forms.values import Context, ValueProblem, parse
from localplan.i18n import tr
from localplan.imports.json_contract import check as contract
from localplan.imports.json_contract import is_type
from localplan.store.regular import read_limited

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 20_000  # per section; a metropolitan plan has a few hundred
MAX_PROBLEMS = 200
# Counted on the text before parsing, so a hostile file cannot make the parser build
# millions of objects (memory) before the row limits are checked. Generous: the largest
# plan at MAX_ROWS per section stays far below.
MAX_CONTAINERS = 300_000  # objects and lists ("{" and "[", strings included)
MAX_VALUES = 3_000_000  # "," and ":"
MAX_DEPTH = 8  # document › sections › section › row › value › item: a plan needs 6



def read_file(path: str | os.PathLike[str]) -> PlanData:
    path = Path(path)
    raw = read_limited(path, MAX_BYTES, tr("“{name}” is too large ({size} MB) to be a plan; at most {limit} MB."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(tr("“{name}” is not a text file in UTF-8: it is not a LocalPlan JSON file.").format(name=path.name)) from None
    return read_text(text, path.name)


def read_text(text: str, name: str = "JSON") -> PlanData:
    for count, limit in ((text.count("{") + text.count("["), MAX_CONTAINERS), (text.count(",") + text.count(":"), MAX_VALUES)):
        if count > limit:
            raise ValidationError(tr("“{name}” holds far more data than any plan ({count} items; at most {limit}); nothing was imported.").format(
                name=name, count=count, limit=limit))
    try:
        doc = json.loads(text, parse_constant=_not_json)  # NaN and Infinity are not JSON
    except RecursionError:
        raise ValidationError(tr("“{name}” is nested too deeply to be a LocalPlan file.").format(name=name)) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise ValidationError(tr("“{name}” is not valid JSON (line {line}).").format(name=name, line=line or "?")) from None
    if _depth(doc) > MAX_DEPTH:
        raise ValidationError(tr("“{name}” is nested too deeply to be a LocalPlan file (more than {limit} levels).").format(
            name=name, limit=MAX_DEPTH))
    return validate(doc, name)


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest (iterative: a hostile file cannot exhaust the stack)."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        items: Iterable[Any]
        if isinstance(value, dict):
            items = value.values()
        elif isinstance(value, list):
            items = value
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((v, depth + 1) for v in items if isinstance(v, (dict, list)))
    return deepest


def _not_json(constant: str) -> Any:
    raise ValueError(constant)


def validate(doc: Any, name: str = "JSON") -> PlanData:
    """Turn a parsed document into PlanData or raise ValidationError with located details."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(tr("“{name}” is not a LocalPlan plan document (format “{format}” expected).").format(
            name=name, format=FORMAT))
    version: Any = doc.get("format_version")  # a number once is_type() says so
    if not is_type(version, "integer") or version < 1:
        raise ValidationError(tr("“{name}” has no valid format version.").format(name=name))
    if version > FORMAT_VERSION:
        raise ValidationError(tr("“{name}” was written by a newer LocalPlan (format {version}); update LocalPlan to read it.").format(
            name=name, version=version))
    sections = doc.get("sections")
    if not isinstance(sections, dict):
        raise ValidationError(tr("“{name}” has no “sections” object.").format(name=name))
    # The published schema first (what it refuses, the importer refuses); then the rules it cannot state.
    problems: list[Problem] = contract(doc)
    if problems:
        _refuse(name, problems)
    known = {s.id for s in SECTIONS}
    for key in sections:
        if key not in known:
            problems.append(Problem(tr("Unknown section “{key}”.").format(key=str(key)[:60])))
    raw_rows: dict[str, list[dict[str, Any]]] = {}
    for sec in SECTIONS:
        value = sections.get(sec.id)
        if value is None:
            raw_rows[sec.id] = []
            continue
        if sec.single:
            if not isinstance(value, dict):
                problems.append(Problem(tr("Expected an object."), str(sec.title)))
                continue
            raw_rows[sec.id] = [{"id": 1, **value}]
        else:
            if not isinstance(value, list):
                problems.append(Problem(tr("Expected a list of rows."), str(sec.title)))
                continue
            if len(value) > MAX_ROWS:
                problems.append(Problem(tr("Too many rows ({count}; at most {limit}).").format(count=len(value), limit=MAX_ROWS), str(sec.title)))
                continue
            raw_rows[sec.id] = value
    # Ids first, so links can be checked against the whole document.
    ids: dict[str, set[int]] = {}
    for sec in SECTIONS:
        seen: set[int] = set()
        for n, row in enumerate(raw_rows.get(sec.id, []), start=1):
            if not isinstance(row, dict):
                problems.append(Problem(tr("Expected an object."), str(sec.title), n))
                continue
            rid: Any = row.get("id")  # a number once is_type() says so
            if sec.single:
                continue
            if not is_type(rid, "integer") or rid < 1 or rid > 2**53:  # 3.0 is the whole number 3 (JSON Schema)
                problems.append(Problem(tr("Each row needs a positive whole-number “id”."), str(sec.title), n, "id"))
            elif int(rid) in seen:
                problems.append(Problem(tr("The id {id} is used twice.").format(id=int(rid)), str(sec.title), n, "id"))
            else:
                seen.add(int(rid))
        ids[sec.id] = seen
    gad = raw_rows.get("gad", [{}])
    gad0 = gad[0] if gad and isinstance(gad[0], dict) else {}
    ctx = Context(gad_code=gad0.get("gad_code") if isinstance(gad0.get("gad_code"), str) else None,
                  row_ids=lambda sid: ids.get(sid, set()))
    out: dict[str, list[dict[str, Any]]] = {}
    for sec in SECTIONS:
        rows_out = []
        for n, row in enumerate(raw_rows.get(sec.id, []), start=1):
            if not isinstance(row, dict):
                continue
            rid = row.get("id")
            record: dict[str, Any] = {"id": (int(rid) if is_type(rid, "integer") else rid) if not sec.single else 1}
            for key in row:
                if key != "id" and key not in sec.field_ids:
                    problems.append(Problem(tr("Unknown field “{key}”.").format(key=str(key)[:60]), str(sec.title), n))
            for f in sec.fields:
                raw = row.get(f.id)
                if f.type is FieldType.BOOL and isinstance(raw, float):
                    raw = int(raw)  # 1.0 is the integer 1 (JSON Schema), and 1 is "yes"
                try:
                    record[f.id] = parse(f, raw, ctx)
                except ValueProblem as exc:
                    problems.append(Problem(str(exc), str(sec.title), None if sec.single else n, str(f.label)))
            rows_out.append(record)
            if len(problems) > MAX_PROBLEMS:
                break
        out[sec.id] = rows_out
        if len(problems) > MAX_PROBLEMS:
            break
    if problems:
        _refuse(name, problems)
    if not out.get("gad") or not out["gad"][0].get("gad_code"):
        raise ValidationError(tr("“{name}” does not say which GAD the plan belongs to (sections › gad › gad_code).").format(name=name))
    return PlanData(out, {"example": "1" if doc.get("example") is True else "0"})


def _refuse(name: str, problems: list[Problem]) -> None:
    shown = [p.located() for p in problems[:MAX_PROBLEMS]]
    raise ValidationError(tr("“{name}” has {count} problem(s); nothing was imported.").format(name=name, count=len(problems)),
                          details=shown)


def create_from(data: PlanData, target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write a new plan file holding `data` (one transaction; nothing left on failure)."""
    from localplan.store.planfile import create_plan

    gad = {k: v for k, v in data.record("gad").items() if k != "id"}
    # Other single records (e.g. the ordinance) go in like a table of one row with id 1.
    tables = {s.id: data.rows(s.id)[:1] if s.single else data.rows(s.id) for s in SECTIONS if s.id != "gad"}
    return create_plan(target, gad, sections=tables, example=data.is_example, overwrite=overwrite)



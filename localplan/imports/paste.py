"""Rows pasted from a spreadsheet (tab-separated text), validated against a section spec.

Either the first line names the columns (field labels in either language, or field ids),
or the cells fill the given columns in order. Nothing is written here: the caller inserts
the accepted rows in one command and shows the refused cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from localplan.forms import Field, Section
from localplan.forms.values import Context, ValueProblem, parse
from localplan.i18n import tr
from localplan.imports.problems import Problem
from localplan.reference.loader import fold

MAX_ROWS = 5000
MAX_CHARS = 5_000_000


@dataclass
class PasteResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused_rows: int = 0
    truncated: int = 0  # rows beyond MAX_ROWS, not read


def _header_fields(section: Section, cells: list[str]) -> list[Field] | None:
    names: dict[str, Field] = {}
    for f in section.fields:
        for name in (f.id, f.label.en, f.label.es):
            names[fold(name)] = f
    found = [names.get(fold(c.strip())) for c in cells]
    if cells and all(found) and len({f.id for f in found}) == len(found):
        return found  # type: ignore[return-value]
    return None


def parse_paste(text: str, section: Section, columns: list[Field], ctx: Context) -> PasteResult:
    result = PasteResult()
    if len(text) > MAX_CHARS:
        result.problems.append(Problem(tr("The pasted text is too large ({size} characters; at most {limit}).").format(
            size=len(text), limit=MAX_CHARS)))
        return result
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return result
    header = _header_fields(section, lines[0].split("\t"))
    if header:
        columns, lines, first = header, lines[1:], 2
    else:
        first = 1
    if len(lines) > MAX_ROWS:
        result.truncated = len(lines) - MAX_ROWS
        lines = lines[:MAX_ROWS]
    for n, line in enumerate(lines, start=first):
        if not line.strip():
            continue
        cells = line.split("\t")
        row: dict[str, Any] = {}
        bad = False
        if len(cells) > len(columns):
            result.problems.append(Problem(tr("{count} cells more than the table's columns; the extra ones were ignored.").format(
                count=len(cells) - len(columns)), None, n))
        for f, cell in zip(columns, cells):
            try:
                value = parse(f, cell, ctx)
            except ValueProblem as exc:
                result.problems.append(Problem(str(exc), None, n, f.label.get()))
                bad = True
                continue
            if value is not None:
                row[f.id] = value
        if bad:
            result.refused_rows += 1
        elif row:
            result.rows.append(row)
    return result

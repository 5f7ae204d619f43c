"""How a section becomes sheet columns: shared by the export and the import.

Row 1 holds the labels people read; row 2 (hidden) holds the machine ids the import
matches on, so a workbook exported in English imports into a Spanish plan. Cell A2 names
the section ("id@goals"). Data starts on row 3. A YEAR_VALUES field becomes one column per
year ("yearly_targets:2024").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localplan.domain.data import PlanData
from localplan.forms import Field, FieldType, Section

FIRST_DATA_ROW = 3
SECTION_MARK = "id@"
LISTS_SHEET = "Listas"
COVER_SHEET = "Portada"
TOTAL_MARKS = {"total", "totales"}


@dataclass(frozen=True)
class Column:
    key: str  # "field" or "field:year"
    field: Field
    year: str | None = None

    def label(self, lang: str) -> str:
        return f"{self.field.label.get(lang)} {self.year}" if self.year else self.field.label.get(lang)


def year_columns(data: PlanData | None, section: Section, f: Field) -> list[str]:
    years = {str(y) for y in (data.period_years() if data else [])}
    if data is not None:
        for r in data.rows(section.id):
            years.update((r.get(f.id) or {}).keys())
    return sorted(years)


def columns(section: Section, data: PlanData | None) -> list[Column]:
    out: list[Column] = []
    for f in section.fields:
        if f.type is FieldType.YEAR_VALUES:
            years = year_columns(data, section, f)
            out += [Column(f"{f.id}:{y}", f, y) for y in years] or [Column(f.id, f)]
        else:
            out.append(Column(f.id, f))
    return out


MAX_SHEET_NAME = 31  # Excel's limit
DANGLING = {"y", "e", "o", "u", "de", "del", "la", "las", "el", "los", "en", "a", "al", "por", "para", "con",
            "and", "or", "of", "the", "in", "to", "for", "with", "by"}


def short_name(text: str, limit: int = MAX_SHEET_NAME) -> str:
    """A name within `limit` characters, cut between whole words and never inside parentheses
    ("Aprobación (COOTAD, art. 322)" whole, or "Aprobación"; never "Aprobación (COOTAD, art. 32")."""
    text = " ".join(re.sub(r"[\\/*?:\[\]]", "-", text).split())  # characters Excel refuses in sheet names
    if len(text) <= limit:
        return text
    words = text.split(" ")
    out = ""
    for w in words:
        candidate = f"{out} {w}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    if out.count("(") > out.count(")"):
        out = out[:out.rfind("(")]
    words = out.split(" ")
    while len(words) > 1 and (words[-1].casefold() in DANGLING or not words[-1].strip("-—–,;.(")):
        words.pop()  # "Ordenanza — encabezado y" → "Ordenanza — encabezado"
    out = " ".join(words).rstrip(" -—–,;.(")
    return out or text[:limit]


def sheet_title(section: Section, lang: str, used: set[str]) -> str:
    base = short_name(section.title.get(lang))
    title, n = base, 2
    while title.casefold() in used:
        title = f"{short_name(base, MAX_SHEET_NAME - 3)} {n}"
        n += 1
    used.add(title.casefold())
    return title

"""Yearly values (targets, budgets, achieved values per year) as one column per year.

A field of type YEAR_VALUES holds {year: number}. In a table it becomes one number column per
year of the plan period; each column reads and writes its year inside the field's value. No
Qt here: the table model, the paste and the detail editor share these helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localplan.forms import Field, FieldType, Section
from localplan.i18n import T


@dataclass(frozen=True)
class YearColumn(Field):
    """One year of a yearly-values field, edited as a number."""

    parent: str = ""
    year: str = ""


def table_columns(section: Section, period: tuple[int, int] | None) -> list[Field]:
    columns: list[Field] = []
    for f in section.fields:
        if not f.in_table:
            continue
        if f.type is FieldType.YEAR_VALUES and period and 0 <= period[1] - period[0] <= 30:
            for year in range(period[0], period[1] + 1):
                columns.append(YearColumn(
                    f"{f.id}:{year}", T(f"{year} · {f.label.en}", f"{year} · {f.label.es}"), FieldType.DECIMAL,
                    help=f.help, minimum=f.minimum, maximum=f.maximum, width=14, parent=f.id, year=str(year)))
        else:
            columns.append(f)
    return columns


def value_of(row: dict[str, Any], f: Field) -> Any:
    if isinstance(f, YearColumn):
        return (row.get(f.parent) or {}).get(f.year)
    return row.get(f.id)


def merged(row: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Cell values keyed by column id → field values (a year's number goes into its field's dict)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if ":" not in key:
            out[key] = value
            continue
        parent, year = key.split(":", 1)
        years = dict((out[parent] if parent in out else row.get(parent)) or {})
        if value is None:
            years.pop(year, None)
        else:
            years[year] = round(float(value), 2)
        out[parent] = dict(sorted(years.items())) or None
    return out

"""The types a form spec is made of: sections and fields, declared as data.

A section spec says what one part of the plan holds. Every reader derives from it: the
store its table, the UI its table model / form, the JSON and workbook their columns, the
imports their validation, the PDF its tables. Adding a field is a change in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from localplan.i18n import T


class FieldType(str, Enum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"  # USD, two decimals
    YEAR = "year"
    DATE = "date"  # ISO yyyy-mm-dd
    PERCENT = "percent"  # stored as 0..100
    BOOL = "bool"
    CHOICE = "choice"  # one code from a reference list
    MULTICHOICE = "multichoice"  # several codes (stored as a JSON list)
    LINK = "link"  # the id of a row of another section
    MULTILINK = "multilink"  # several ids (JSON list)
    YEAR_VALUES = "year_values"  # {year: number} over the plan period (JSON object)


NUMERIC = {FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.YEAR, FieldType.PERCENT}
LISTS = {FieldType.MULTICHOICE, FieldType.MULTILINK}
SQL_TYPES = {
    FieldType.TEXT: "TEXT",
    FieldType.LONGTEXT: "TEXT",
    FieldType.INTEGER: "INTEGER",
    FieldType.DECIMAL: "REAL",
    FieldType.MONEY: "REAL",
    FieldType.YEAR: "INTEGER",
    FieldType.DATE: "TEXT",
    FieldType.PERCENT: "REAL",
    FieldType.BOOL: "INTEGER",
    FieldType.CHOICE: "TEXT",
    FieldType.MULTICHOICE: "TEXT",
    FieldType.LINK: "INTEGER",
    FieldType.MULTILINK: "TEXT",
    FieldType.YEAR_VALUES: "TEXT",
}


@dataclass(frozen=True)
class Field:
    id: str
    label: T
    type: FieldType = FieldType.TEXT
    help: T = T("", "")
    required: bool = False  # needed for completeness and the checker; drafts may leave it empty
    choices: str | None = None  # reference list id for CHOICE / MULTICHOICE
    link: str | None = None  # section id for LINK / MULTILINK
    minimum: float | None = None
    maximum: float | None = None
    max_length: int = 20_000
    placeholder: T = T("", "")
    width: int = 16  # a hint in characters for tables and sheets
    in_table: bool = True  # shown as a column of the table (long texts may live in the detail editor only)
    since: int = 0  # schema version that added the field to an existing section (0: with its section)

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.type]


class SectionKind(str, Enum):
    SINGLE = "single"  # exactly one record (the GAD profile)
    TABLE = "table"  # any number of rows


@dataclass(frozen=True)
class Section:
    id: str
    title: T
    step: str  # the step of the guided path it belongs to
    fields: tuple[Field, ...]
    kind: SectionKind = SectionKind.TABLE
    help: T = T("", "")
    label_field: str | None = None  # the field that names a row when another section links to it
    since: int = 1  # schema version that introduced the section
    row_name: T = T("row", "fila")
    tab_title: T | None = None  # a shorter title for the step's tab bar, where the full one is long

    def tab(self, lang: str | None = None) -> str:
        """The section's title on its step's tab bar."""
        return (self.tab_title or self.title).get(lang)

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(f"{self.id}.{field_id}")

    @property
    def field_ids(self) -> list[str]:
        return [f.id for f in self.fields]

    @property
    def table(self) -> str:
        return f"s_{self.id}"

    @property
    def single(self) -> bool:
        return self.kind is SectionKind.SINGLE


@dataclass(frozen=True)
class Step:
    id: str
    title: T

"""Located problems found while validating input (JSON, workbook, paste)."""

from __future__ import annotations

from dataclasses import dataclass

from localplan.i18n import translate


@dataclass(frozen=True)
class Problem:
    message: str
    section: str | None = None  # section title or sheet name as the user knows it
    row: int | None = None  # row number as the user sees it (1-based; sheet rows for workbooks)
    field: str | None = None  # field label or column header

    def located(self) -> str:
        parts = []
        if self.section:
            parts.append(translate("Problems", "“{section}”").format(section=self.section))
        if self.row is not None:
            parts.append(translate("Problems", "row {row}").format(row=self.row))
        if self.field:
            parts.append(translate("Problems", "field “{field}”").format(field=self.field))
        return (", ".join(parts) + ": " if parts else "") + self.message

    def __str__(self) -> str:
        return self.located()

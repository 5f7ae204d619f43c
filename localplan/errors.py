"""Errors a person may see. Each carries a message already in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from localplan.i18n import translate


class UserError(Exception):
    """Bad input, a refused file, a machine fault: shown to the user, never a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message


class PlanFileError(UserError):
    """The file is not a plan we can open (not ours, broken, hostile)."""


class ReadOnlyError(UserError):
    """A change was asked of a plan opened read-only."""


class ValidationError(UserError):
    """Input failed validation; `details` holds one located message per problem."""


@dataclass(frozen=True)
class Problem:
    """A located problem found while validating input (JSON, workbook, paste) or reading a plan."""

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

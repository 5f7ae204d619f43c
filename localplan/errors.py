"""Errors a person may see. Each carries a message already in the user's language."""

from __future__ import annotations


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

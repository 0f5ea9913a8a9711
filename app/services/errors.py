"""Domain errors: mistakes a user can cause, each with a message in Bahasa Indonesia.

Views show ``str(error)``; the CLI prints it and exits 1. Anything else is a bug and goes
to the log with its traceback.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the user can understand and act on."""


class NotFound(DomainError):
    pass


class ValidationError(DomainError):
    """Bad input; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConflictError(DomainError):
    """Someone else saved the same record first (optimistic locking)."""


class Cancelled(DomainError):
    def __init__(self, message: str = "Dibatalkan oleh pengguna.") -> None:
        super().__init__(message)


class DatabaseUnavailable(DomainError):
    pass

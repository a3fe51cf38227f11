"""Package exceptions. Each is also a builtin, so callers may catch either.

Every error carries the exit code the CLI uses for it: 2 for bad usage or unreadable input,
1 for a policy that failed (a verdict, not a crash), 3 for an internal error.
"""

from __future__ import annotations


class DatacensusError(Exception):
    """Base class of every error datacensus raises on purpose."""

    exit_code: int = 2


class InputError(DatacensusError, ValueError):
    """An input file, frame or column is missing, unreadable or of the wrong shape."""


class ColumnNotFoundError(InputError, KeyError):
    """A named column is not in the input."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else ""


class InvalidReferenceError(DatacensusError, ValueError):
    """A reference distribution is invalid or cannot be found."""


class PolicyError(DatacensusError, ValueError):
    """A policy file is invalid."""


class PolicyViolation(DatacensusError, AssertionError):  # noqa: N818 - reads as a verdict
    """An audit result failed its policy. Raised by `check()`; the CLI exits 1."""

    exit_code = 1

    def __init__(self, message: str, findings: list[dict[str, object]] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


class MissingDependencyError(DatacensusError, ImportError):
    """An optional dependency is needed for what was asked."""


class InternalError(DatacensusError, RuntimeError):
    """Something went wrong inside datacensus (a bug): the CLI exits 3."""

    exit_code = 3


class LanguageIdError(DatacensusError, RuntimeError):
    """A language-identification model could not be loaded or used."""


__all__ = [
    "ColumnNotFoundError",
    "DatacensusError",
    "InputError",
    "InternalError",
    "InvalidReferenceError",
    "LanguageIdError",
    "MissingDependencyError",
    "PolicyError",
    "PolicyViolation",
]

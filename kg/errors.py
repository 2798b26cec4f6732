"""Typed exceptions of the kg library.

The library raises these; only :mod:`kg.cli` turns them into messages and exit codes.
Every error names where the problem is (file, line, message id) and carries a hint that
tells the user what to do about it.
"""
from __future__ import annotations

import errno

DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
"""The errno values of a write to a full disk (no space left, or over a quota)."""


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    #: exit code the command line uses for this kind of error
    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.where = where

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return text


class InputError(KgError):
    """The input cannot be read: missing, empty, wrong encoding, not a channel copy or export."""


class UsageError(KgError):
    """The call itself is wrong: an unknown option value, a missing parameter."""


class LimitExceeded(InputError):
    """An input is larger than a configured limit."""


class ValidationFailed(KgError):
    """Data does not conform to the shapes."""

    exit_code = 1


class StoreError(KgError):
    """A store or SPARQL endpoint cannot be opened, reached or written."""


class QueryError(KgError):
    """A stored query is unknown, malformed, or misses a parameter."""


class QuerySyntaxError(QueryError):
    """The engine could not parse a query: its message gives the line and column in the query."""

"""The project's own exceptions: one base class, small named subclasses.

The CLI turns exactly these into `Error: <where>: <problem>`; anything else is a bug.
They never subclass click's exceptions, so the library stays usable without the CLI.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class for every error a user can cause or fix."""


class ArticleError(TimelineError):
    """An article that cannot be read: names the file (and line) and the problem."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ConcurrencyError(TimelineError):
    """Another writer appended to the stream first: the expected version is stale."""

    def __init__(self, stream: str, expected: int, actual: int):
        super().__init__(
            f"{stream}: expected version {expected} but the stream is at version {actual}"
        )
        self.stream = stream
        self.expected = expected
        self.actual = actual


class UnknownEventError(TimelineError):
    """An event type or schema version this code cannot read (written by newer code)."""


class VerifyError(TimelineError):
    """The projections (or the hash chain) do not match what the log says."""

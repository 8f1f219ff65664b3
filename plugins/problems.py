"""What is wrong with the content, in the one shape every check reports.

Shared by the plugins that validate content (content_check, challenge, ...):
each returns `Problem`s; content_check prints them and fails the build.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file: printed as `path: field: message`."""

    path: str
    field: str
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


def warning(path: str, field: str, message: str) -> Problem:
    return Problem(path, field, message, is_error=False)


def one_per_day(sources_by_day: dict[int, list[str]], what: str) -> list[Problem]:
    """An error on each of two or more files that claim one day, naming the others."""
    return [
        Problem(
            source,
            "Day",
            f"Day {day} also has {what}: {', '.join(s for s in sources if s != source)}",
        )
        for day, sources in sorted(sources_by_day.items())
        if len(sources) > 1
        for source in sources
    ]


class BuildStopped(SystemExit):
    """Stops the build with a one-line message and exit status 1.

    A SystemExit, not an Exception: Pelican logs an Exception with a full
    traceback, which would bury the `path: field: what is wrong` lines.
    """


class ContentError(BuildStopped):
    """The content has errors; the build stops and the old output stays."""

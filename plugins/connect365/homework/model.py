"""The workbook: every published homework assignment, in day order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Assignment:
    """One day's homework, attached to its published day post."""

    day: int
    title: str  # HTML, after Typogrify
    content: str  # HTML
    post_url: str
    post_title: str  # HTML


@dataclass(frozen=True)
class Workbook:
    assignments: tuple[Assignment, ...]

    @property
    def days(self) -> list[int]:
        return [a.day for a in self.assignments]

    def __len__(self) -> int:
        return len(self.assignments)

    def __iter__(self):
        return iter(self.assignments)

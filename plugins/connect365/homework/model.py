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
    round_slug: str = ""  # the round of a later round's homework ("" in the first)
    round_label: str = ""  # its name on pages ("Year 2"), when there are rounds


@dataclass(frozen=True)
class Workbook:
    assignments: tuple[Assignment, ...]

    @property
    def days(self) -> list[int]:
        """The days with homework, in the first round (the only one without rounds)."""
        return [a.day for a in self.assignments if not a.round_slug]

    def days_of(self, challenge_round) -> list[int]:
        """The days with homework in one round (its settings, with `slug` and `number`)."""
        slug = "" if challenge_round.first else challenge_round.slug
        return [a.day for a in self.assignments if a.round_slug == slug]

    def assignment_of(self, challenge_round, day: int) -> Assignment | None:
        """One round's homework for one day, if it has any."""
        slug = "" if challenge_round.first else challenge_round.slug
        return next((a for a in self.assignments if a.round_slug == slug and a.day == day), None)

    @property
    def rounds(self) -> list[tuple[str, list[Assignment]]]:
        """(round label, its assignments) in round order; one group without rounds."""
        groups: dict[str, list[Assignment]] = {}
        for assignment in self.assignments:
            groups.setdefault(assignment.round_label, []).append(assignment)
        return list(groups.items())

    def __len__(self) -> int:
        return len(self.assignments)

    def __iter__(self):
        return iter(self.assignments)

"""Homework rules, shared by the build and `make check`.

An entry must name a day that has a post (published, draft or scheduled:
a draft's homework waits hidden with it), and a day has one entry at most.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..challenge.model import parse_day
from ..challenge.rules import day_of, is_day_post, round_of_file
from ..checking.registry import Content, content_rule
from ..core import Problem, one_per_day, warning
from ..settings import round_of, rounds


@dataclass(frozen=True)
class HomeworkClaim:
    """A homework file and the day number its header gives."""

    source: str
    day: int


def check_homework(
    claims: Iterable[HomeworkClaim], days_with_posts: Collection[int]
) -> list[Problem]:
    problems = []
    by_day: dict[int, list[str]] = defaultdict(list)
    for claim in claims:
        by_day[claim.day].append(claim.source)
        if claim.day not in days_with_posts:
            problems.append(
                Problem(
                    claim.source,
                    "Day",
                    f"Day {claim.day} has no post; homework needs its day's post",
                )
            )
    return problems + one_per_day(by_day, "homework")


@content_rule
def check_entries(content: Content) -> list[Problem]:
    """Each entry's own header, then the entries against the day posts."""
    every = rounds(content.settings)
    problems = []
    claims: dict[object, list[HomeworkClaim]] = {r: [] for r in every}
    for entry in content.of_kind("homework"):
        if not entry.fields.get("title"):
            problems.append(
                warning(entry.shown, "Title", "missing; the entry is shown as 'Homework'")
            )
        wrong = every.unknown_folder(entry.relative, content.settings["HOMEWORK_PATH"])
        if wrong:
            problems.append(Problem(entry.shown, "folder", wrong))
        challenge_round = round_of(content.settings, entry.relative, "HOMEWORK_PATH")
        try:
            day = parse_day(entry.fields.get("day", ""), challenge_round.length)
            claims[challenge_round].append(HomeworkClaim(entry.shown, day))
        except ValueError as wrong:
            problems.append(Problem(entry.shown, "Day", str(wrong)))
    days: dict[object, set[int | None]] = {r: set() for r in every}
    for s in content.sources:
        if is_day_post(s, content.settings):
            challenge_round = round_of_file(s, content.settings)
            days[challenge_round].add(day_of(s, challenge_round))
    # Each round numbers its own homework, as it numbers its days.
    return problems + [p for r in every for p in check_homework(claims[r], days[r])]

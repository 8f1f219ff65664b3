"""Homework rules, shared by the build and `make check`.

An entry must name a day that has a post (published, draft or scheduled:
a draft's homework waits hidden with it), and a day has one entry at most.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..challenge.model import parse_day
from ..challenge.rules import day_of, is_day_post
from ..checking.registry import Content, content_rule
from ..core import Problem, one_per_day, warning
from ..settings import challenge


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
    settings = challenge(content.settings)
    problems, claims = [], []
    for entry in content.of_kind("homework"):
        if not entry.fields.get("title"):
            problems.append(
                warning(entry.shown, "Title", "missing; the entry is shown as 'Homework'")
            )
        try:
            claims.append(
                HomeworkClaim(entry.shown, parse_day(entry.fields.get("day", ""), settings.length))
            )
        except ValueError as wrong:
            problems.append(Problem(entry.shown, "Day", str(wrong)))
    days = {day_of(s, settings) for s in content.sources if is_day_post(s, content.settings)}
    return problems + check_homework(claims, days)

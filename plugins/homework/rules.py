"""Homework rules, shared by the build and `make check`.

An entry must name a day that has a post (published, draft or scheduled:
a draft's homework waits hidden with it), and a day has one entry at most.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from plugins.problems import Problem, one_per_day


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

"""Which posts are day posts, and which post is which day: decided here, once.

A post is a day post when it has a `Day` field (the rules make every post in
CHALLENGE_PATH carry one, and check it before anything is read); its round
is the one whose folder holds it (`days/` for the first, `days/<slug>/` for a
later one). Everything else asks `day_of` or `by_day`, never the post's
attributes: the post keeps its `Day` field as Pelican read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .model import ChallengeSettings, parse_day


@dataclass(frozen=True)
class DayOfPost:
    """The challenge day a post is: its round and its number in that round."""

    round: ChallengeSettings
    number: int

    @property
    def key(self) -> tuple[int, int]:
        """(round number, day number): one per published day of the whole site."""
        return self.round.number, self.number


RoundOf = Callable[[str], ChallengeSettings]  # a post's source path -> its round


def day_of(post, round_of: RoundOf) -> DayOfPost | None:
    """The day `post` is (None for a post that is not a day post)."""
    raw = post.metadata.get("day")
    if raw is None:
        return None
    challenge_round = round_of(post.source_path)
    return DayOfPost(challenge_round, parse_day(raw, challenge_round.length))


def by_day(posts: Iterable, round_of: RoundOf) -> dict[tuple[int, int], object]:
    """(round number, day number) -> the post of that day, for the day posts of `posts`."""
    days = {}
    for post in posts:
        day = day_of(post, round_of)
        if day is not None:
            days[day.key] = post
    return days

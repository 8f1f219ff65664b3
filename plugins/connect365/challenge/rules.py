"""The challenge's content rules, shared by the build and `make check`.

`Day` must be a whole number from 1 to its round's length, one post per
day of a round (drafts included: publishing one would collide), and a post
dated before its day's date is allowed but worth a warning. A file's round
is its folder: `days/<slug>/` for a later round, else the first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..checking.registry import Content, content_rule
from ..checking.source import SourceFile
from ..core import Problem, one_per_day, warning
from ..settings import round_of, rounds
from .model import ChallengeSettings, parse_day


@dataclass(frozen=True)
class DayClaim:
    """A file that says it is the post for a day, as its header says it."""

    source: str
    raw_day: str
    date: datetime | None


def check_day_posts(claims: Iterable[DayClaim], settings: ChallengeSettings) -> list[Problem]:
    problems: list[Problem] = []
    by_day: dict[int, list[str]] = defaultdict(list)
    for claim in claims:
        try:
            day = parse_day(claim.raw_day, settings.length)
        except ValueError as wrong:
            problems.append(Problem(claim.source, "Day", str(wrong)))
            continue
        by_day[day].append(claim.source)
        due = settings.date_of(day)
        if not settings.by_count and claim.date is not None and claim.date.date() < due:
            problems.append(
                warning(
                    claim.source,
                    "Date",
                    f"{claim.date:%Y-%m-%d} is before Day {day}'s date, "
                    f"{due:%Y-%m-%d} (written ahead)",
                )
            )
    return problems + one_per_day(by_day, "a post")


def is_day_post(source: SourceFile, settings: dict) -> bool:
    """A post in the challenge: it has a `Day`, or it lives in CHALLENGE_PATH."""
    return source.kind == "article" and (
        "day" in source.fields or source.relative.startswith(f"{settings['CHALLENGE_PATH']}/")
    )


def round_of_file(source: SourceFile, settings: dict) -> ChallengeSettings:
    """The round a day post belongs to, by its folder (`days/<slug>/` for a later round)."""
    return round_of(settings, source.relative)


def day_of(source: SourceFile, settings: ChallengeSettings) -> int | None:
    """The file's `Day` as a day number; None when it has none that is right."""
    try:
        return parse_day(source.fields.get("day", ""), settings.length)
    except ValueError:
        return None


@content_rule
def check_days(content: Content) -> list[Problem]:
    day_posts = [s for s in content.sources if is_day_post(s, content.settings)]
    by_round: dict[ChallengeSettings, list[DayClaim]] = {r: [] for r in rounds(content.settings)}
    for s in day_posts:
        claim = DayClaim(s.shown, s.fields.get("day", ""), content.date_of(s))
        by_round[round_of_file(s, content.settings)].append(claim)
    hidden = [
        Problem(
            s.shown, "Status", "hidden is not for day posts (a day is published or not); use draft"
        )
        for s in day_posts
        if s.fields.get("status", "").lower() == "hidden"
    ]
    every = rounds(content.settings)
    folders = [
        Problem(s.shown, "folder", wrong)
        for s in day_posts
        if (wrong := every.unknown_folder(s.relative, content.settings["CHALLENGE_PATH"]))
    ]
    # One post per day within a round; the same day number in two rounds is two days.
    return (
        folders + hidden + [p for r, claims in by_round.items() for p in check_day_posts(claims, r)]
    )

"""Rounds: a challenge that ends and starts again ("R1D12", "R2D5", "Year 2").

`CHALLENGES` is a list of challenges of `CHALLENGE`'s shape, each with a
`slug`; `CHALLENGE` alone is one round. The first round keeps the days
folder and `/day/N/`, so nothing published moves; another round's posts
live in `<days folder>/<slug>/` (its homework in `<homework folder>/<slug>/`)
and are published at `/<slug>/day/N/`. Rounds follow one another: a round
starts after the last day of the one before. Plain Python, no Pelican.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from ..words import ENGLISH, Words
from .model import ChallengeSettings


@dataclass(frozen=True)
class Rounds:
    """Every round, in order; the first is the one at the old addresses."""

    all: tuple[ChallengeSettings, ...]

    @classmethod
    def from_settings(cls, one: object, many: object, words: Words = ENGLISH) -> Rounds:
        """`CHALLENGES` when given, else `CHALLENGE`; ValueError names every wrong field.

        A round without a `label` is called "Round 2" in `words`' language."""
        if not many:
            return cls((ChallengeSettings.from_setting(one),))
        if not isinstance(many, Sequence) or isinstance(many, str):
            raise ValueError(f"CHALLENGES: must be a list of challenges, not {many!r}")
        wrong: list[str] = []
        rounds: list[ChallengeSettings] = []
        slugs: dict[str, str] = {}
        for number, raw in enumerate(many, 1):
            slug = raw.get("slug") if isinstance(raw, Mapping) else None
            where = f"CHALLENGES[{number}]" + (f" ({slug})" if isinstance(slug, str) else "")
            if isinstance(raw, Mapping) and not slug:
                wrong.append(f"{where}: slug: missing; every round needs one, such as 'year-2'")
            elif isinstance(slug, str) and slug in slugs:
                wrong.append(f"{where}: slug: {slug!r} is also the slug of {slugs[slug]}")
            else:
                slugs[str(slug)] = where
            try:
                label = round_label(words, number) if len(many) > 1 else ""
                rounds.append(ChallengeSettings.from_setting(raw, where, number, label))
            except ValueError as problems:
                wrong += str(problems).split("; ")
        wrong += overlaps(rounds) if len(rounds) == len(many) else []
        if wrong:
            raise ValueError("; ".join(wrong))
        return cls(tuple(rounds))

    @property
    def first(self) -> ChallengeSettings:
        return self.all[0]

    def __iter__(self) -> Iterator[ChallengeSettings]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    def of_file(self, relative: str, folder: str) -> ChallengeSettings:
        """The round a content file belongs to: `relative` is its path in the content
        folder, `folder` the days or homework folder; outside any round's folder, the first."""
        for settings in self.all[1:]:
            if relative.startswith(f"{folder.rstrip('/')}/{settings.slug}/"):
                return settings
        return self.first

    def unknown_folder(self, relative: str, folder: str) -> str | None:
        """What is wrong with the folder of a content file in `folder` (the days or homework
        folder) that is in a subfolder no round has: None when it is in a round's folder."""
        base = folder.rstrip("/")
        if not relative.startswith(f"{base}/"):
            return None
        parts = relative[len(base) + 1 :].split("/")
        if len(parts) < 2 or any(parts[0] == r.slug for r in self.all[1:]):
            return None
        later = [r.slug for r in self.all[1:]]
        where = (
            f"the rounds after the first have {', '.join(f'{base}/{s}/' for s in later)}"
            if later
            else "there are no later rounds (CHALLENGES)"
        )
        return (
            f"{base}/{parts[0]}/ is not a round's folder: the first round's files are in "
            f"{base}/ itself and {where}; move the file, or add a round with slug {parts[0]!r}"
        )

    def current(self, today: date) -> ChallengeSettings:
        """The round in progress: the last one started by `today` (the first before any)."""
        started = [r for r in self.all if r.start <= today]
        return started[-1] if started else self.first


def overlaps(rounds: Sequence[ChallengeSettings]) -> list[str]:
    """A round must start after the last day of the round before it."""
    wrong = []
    for before, after in pairwise(rounds):
        last = before.start if before.by_count else before.last_date
        if after.start <= last:
            what = "the start" if before.by_count else "the last day"
            wrong.append(
                f"CHALLENGES[{after.number}] ({after.slug}): start: {after.start} is not after "
                f"{what} of {before.slug} ({last}); rounds may not overlap"
            )
    return wrong


def round_label(words: Words, number: int) -> str:
    """A round's name when it has no `label`: "Round 2"."""
    return words.gettext("Round %(number)s", number=number)

"""Streaks with grace: runs of posted days that survive a few missed days in a row.

`CHALLENGE["grace"]` (default 0) is how many missed days in a row a streak
survives ("never miss twice" is 1). A streak counts the days posted in it
(catch-up posts included: a day posted late is not missed) and how many
missed days it forgave. A day still to come, or today while pending, is
neither: the run stops there. Plain Python, no Pelican.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Streak:
    days: int = 0  # days posted in the run
    forgiven: int = 0  # missed days inside it (or since its last post) that grace forgave

    def __int__(self) -> int:
        return self.days


def runs(states: Iterable[tuple[bool, bool]], grace: int) -> list[Streak]:
    """Every streak in day order; `states` are (posted, missed) of each day."""
    found: list[Streak] = []
    posted = forgiven = gap = 0
    for is_posted, is_missed in states:
        if is_posted:
            forgiven, gap = forgiven + gap if posted else 0, 0
            posted += 1
        elif is_missed and posted and gap < grace:
            gap += 1
        else:
            if posted:
                # A run that meets a day still to come is alive: its recent misses are forgiven.
                found.append(Streak(posted, forgiven + (0 if is_missed else gap)))
            posted = forgiven = gap = 0
    if posted:
        found.append(Streak(posted, forgiven + gap))
    return found


def longest(states: Iterable[tuple[bool, bool]], grace: int) -> Streak:
    """The run with the most posted days (the first of equals)."""
    return max(runs(states, grace), key=lambda s: s.days, default=Streak())


def ending(states_backwards: Iterable[tuple[bool, bool]], grace: int) -> Streak:
    """The run that reaches the last day given, walking back from it.

    Missed days after the last post count as forgiven while they are
    within grace: "never miss twice" holds until the second miss.
    """
    posted = forgiven = gap = 0
    for is_posted, is_missed in states_backwards:
        if is_posted:
            posted += 1
            forgiven, gap = forgiven + gap, 0
        elif is_missed and gap < grace:
            gap += 1
        else:
            break
    return Streak(posted, forgiven) if posted else Streak()

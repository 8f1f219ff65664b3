"""Which dates have a day due: the calendar pace with its rest days.

`CHALLENGE["rest"]` lists weekdays ("sunday") and dates ("2026-12-25") on
which nothing is due. Day N is due on the Nth date from `start` that is
not a rest day; without rest days that is start + N - 1. Plain Python,
no Pelican.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Rest:
    """The rest days of a challenge: weekdays (Monday 0) and single dates."""

    weekdays: frozenset[int] = frozenset()
    dates: frozenset[date] = frozenset()

    @classmethod
    def parse(cls, raw: object) -> tuple[Rest, list[str]]:
        """(the rest days, what is wrong with the setting: one message per bad entry)."""
        if raw is None:
            return cls(), []
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            return cls(), [f"must be a list of weekdays and dates, not {raw!r}"]
        weekdays, dates, wrong = set(), set(), []
        for entry in raw:
            text = str(entry).strip().lower()
            if text in WEEKDAYS:
                weekdays.add(WEEKDAYS.index(text))
                continue
            try:
                dates.add(date.fromisoformat(text))
            except ValueError:
                wrong.append(
                    f"{entry!r} is neither a weekday (monday ... sunday) nor a date as YYYY-MM-DD"
                )
        if len(weekdays) == len(WEEKDAYS):
            wrong.append("rests on every day of the week, so no day is ever due")
        return cls(frozenset(weekdays), frozenset(dates)), wrong

    def __bool__(self) -> bool:
        return bool(self.weekdays or self.dates)

    def is_rest(self, when: date) -> bool:
        return when.weekday() in self.weekdays or when in self.dates

    def as_json(self) -> dict:
        return {
            "weekdays": [WEEKDAYS[d] for d in sorted(self.weekdays)],
            "dates": sorted(d.isoformat() for d in self.dates),
        }


@dataclass(frozen=True)
class Schedule:
    """Due dates of days 1..length from `start`, skipping rest days."""

    start: date
    length: int
    rest: Rest = field(default_factory=Rest)
    _due: list[date] = field(default_factory=list, compare=False, repr=False)

    def date_of(self, day: int) -> date:
        """Day `day`'s due date (a day past the length follows the same rule)."""
        if not self.rest:
            return self.start + timedelta(days=day - 1)
        due = self._due
        when = due[-1] + timedelta(days=1) if due else self.start
        while len(due) < day:
            if not self.rest.is_rest(when):
                due.append(when)
            when += timedelta(days=1)
        return due[day - 1]

    def day_on(self, when: date) -> int:
        """How many days are due from `start` to `when`, inclusive: Day 1 on its date.

        On a rest day it is the day before it, already due; before `start`
        it counts calendar days back (0 the day before, as without rest).
        """
        calendar = (when - self.start).days + 1
        if not self.rest or calendar < 1:
            return calendar
        weeks, extra = divmod(calendar, 7)
        working = 7 - len(self.rest.weekdays)
        count = weeks * working + sum(
            1
            for i in range(extra)
            if (self.start + timedelta(days=weeks * 7 + i)).weekday() not in self.rest.weekdays
        )
        dates = sum(
            1
            for d in self.rest.dates
            if self.start <= d <= when and d.weekday() not in self.rest.weekdays
        )
        return count - dates

    def rest_dates(self, first: date, last: date) -> list[date]:
        """Every rest date from `first` to `last`, inclusive."""
        days = (last - first).days + 1
        every = (first + timedelta(days=i) for i in range(max(days, 0)))
        return [d for d in every if self.rest.is_rest(d)]

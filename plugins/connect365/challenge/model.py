"""The challenge as plain Python: which days are done, missed or to come.

One `Challenge` is computed per build from the published day posts and
"today"; every view (day pages, /challenge/, the home widget, the JSON
export, the feeds) reads that one object. Nothing here imports Pelican.
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property

from ..words import ENGLISH, Words
from ..words.nouns import check as check_nouns


class DayState(enum.Enum):
    """Where one day of the challenge stands, seen from today."""

    PUBLISHED = "published"
    CATCH_UP = "catch-up"
    MISSED = "missed"
    PENDING = "pending"
    UPCOMING = "upcoming"

    @property
    def is_published(self) -> bool:
        return self in (DayState.PUBLISHED, DayState.CATCH_UP)


PACES = ("calendar", "count")


@dataclass(frozen=True)
class ChallengeSettings:
    """The `CHALLENGE` setting: its name, length in days, Day 1's date and its pace.

    Pace "calendar": Day N is due on start + N - 1; days can be missed or
    posted late. Pace "count" (#100DaysOfCode): Day N is the Nth entry,
    whenever it was written; streaks are consecutive dates with an entry.
    """

    name: str
    length: int
    start: date
    pace: str = "calendar"
    words: tuple[tuple[str, str], ...] = ()  # CHALLENGE["words"]: the challenge's own nouns

    @classmethod
    def from_setting(cls, raw: Mapping) -> ChallengeSettings:
        """Read `CHALLENGE`; raise ValueError naming every field that is wrong."""
        wrong = []
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            wrong.append("name: must be a non-empty string")
        length = raw.get("length", 365)
        if isinstance(length, bool) or not isinstance(length, int) or length < 1:
            wrong.append(f"length: must be a whole number of at least 1, not {length!r}")
        try:
            start = date.fromisoformat(str(raw.get("start")))
        except ValueError:
            wrong.append(f"start: must be a date as YYYY-MM-DD, not {raw.get('start')!r}")
        pace = raw.get("pace", "calendar")
        if pace not in PACES:
            wrong.append(f"pace: must be 'calendar' or 'count', not {pace!r}")
        words = raw.get("words")
        wrong += check_nouns(words)
        if wrong:
            raise ValueError("; ".join(f"CHALLENGE: {w}" for w in wrong))
        nouns = tuple(sorted((words or {}).items()))
        return cls(name=name.strip(), length=length, start=start, pace=pace, words=nouns)

    @property
    def by_count(self) -> bool:
        return self.pace == "count"

    def date_of(self, day: int) -> date:
        return self.start + timedelta(days=day - 1)

    def day_on(self, when: date) -> int:
        """The day number of a date: Day 1 on `start`, 0 the day before."""
        return (when - self.start).days + 1


def parse_day(raw: object, length: int) -> int:
    """The `Day` field as a day number; ValueError says what a right one is."""
    text = str(raw).strip()
    if not text:
        raise ValueError(f"missing; add a line 'Day: N' with N from 1 to {length}")
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= length:
        raise ValueError(f"must be a whole number from 1 to {length}, not {text!r}")
    return int(text)


@dataclass(frozen=True)
class DayPost:
    """A day post as the challenge sees it."""

    day: int
    title: str  # plain text
    url: str
    date: datetime
    draft: bool = False


@dataclass(frozen=True)
class CalendarDay:
    """One cell of the calendar: a day, its date, its state, its post if any."""

    number: int
    date: date | None  # None for a day still to come, when the pace is "count"
    state: DayState
    post: DayPost | None = None
    words: Words = field(default=ENGLISH, compare=False, repr=False)

    @property
    def label(self) -> str:
        """Accessible name, e.g. "Day 175, 23 June: Networking is work"."""
        w = self.words
        if self.post is None:
            what = state_name(w, self.state)
        elif self.state is DayState.CATCH_UP:
            what = w.gettext("%(title)s (posted late)", title=self.post.title)
        else:
            what = self.post.title
        if self.date is None:
            return w.gettext("Day %(day)s: %(what)s", day=self.number, what=what)
        return w.gettext(
            "Day %(day)s, %(date)s: %(what)s",
            day=self.number,
            date=w.day_and_month(self.date),
            what=what,
        )


def state_name(words: Words, state: DayState) -> str:
    """A day's state in words, as the calendar's labels say it."""
    return {
        DayState.PUBLISHED: words.pgettext("day state", "posted"),
        DayState.CATCH_UP: words.pgettext("day state", "posted late"),
        DayState.MISSED: words.pgettext("day state", "missed"),
        DayState.PENDING: words.pgettext("day state", "pending"),
        DayState.UPCOMING: words.pgettext("day state", "upcoming"),
    }[state]


@dataclass(frozen=True)
class CalendarMonth:
    """The calendar's days of one month; `weekday` of the first (Monday 0)."""

    label: str
    weekday: int
    days: tuple[CalendarDay, ...]
    by_date: bool = True  # a grid of dates; else a plain run of days (pace "count")


@dataclass(frozen=True)
class Milestone:
    day: int
    label: str
    reached: bool


@dataclass
class Challenge:
    """The challenge on one day: its settings, today, and the live day posts."""

    settings: ChallengeSettings
    today: date
    posts: Mapping[int, DayPost] = field(default_factory=dict)
    words: Words = ENGLISH  # the language of its labels

    @classmethod
    def build(
        cls,
        settings: ChallengeSettings,
        now: datetime,
        posts: Iterable[DayPost],
        words: Words = ENGLISH,
    ) -> Challenge:
        """Keep only published posts: no drafts, none scheduled after `now`."""
        live = {p.day: p for p in posts if not p.draft and p.date <= now}
        return cls(settings=settings, today=now.date(), posts=live, words=words)

    @property
    def name(self) -> str:
        return self.settings.name

    @property
    def length(self) -> int:
        return self.settings.length

    @property
    def today_number(self) -> int:
        """Today's day: by the calendar, or the number of entries so far (pace "count")."""
        if self.settings.by_count:
            return len(self.posts)
        return self.settings.day_on(self.today)

    @property
    def current_day(self) -> int:
        """Today's day number held within the challenge: 0 before it, its length after."""
        return min(max(self.today_number, 0), self.length)

    def state(self, day: int) -> DayState:
        if self.settings.by_count:
            return DayState.PUBLISHED if day in self.posts else DayState.UPCOMING
        post = self.posts.get(day)
        when = self.settings.date_of(day)
        if post is not None:
            late = post.date.date() > when
            return DayState.CATCH_UP if late else DayState.PUBLISHED
        if when < self.today:
            return DayState.MISSED
        return DayState.PENDING if when == self.today else DayState.UPCOMING

    def date_of(self, day: int) -> date | None:
        if self.settings.by_count:
            post = self.posts.get(day)
            return post.date.date() if post else None
        return self.settings.date_of(day)

    @cached_property
    def days(self) -> tuple[CalendarDay, ...]:
        return tuple(
            CalendarDay(n, self.date_of(n), self.state(n), self.posts.get(n), self.words)
            for n in range(1, self.length + 1)
        )

    def day(self, number: int) -> CalendarDay:
        return self.days[number - 1]

    def _numbers(self, *states: DayState) -> list[int]:
        return [d.number for d in self.days if d.state in states]

    @cached_property
    def published_days(self) -> list[int]:
        return self._numbers(DayState.PUBLISHED, DayState.CATCH_UP)

    @cached_property
    def missed(self) -> list[int]:
        return self._numbers(DayState.MISSED)

    @cached_property
    def catch_up(self) -> list[int]:
        return self._numbers(DayState.CATCH_UP)

    @property
    def percent(self) -> float:
        return round(100 * len(self.published_days) / self.length, 1)

    @cached_property
    def entry_dates(self) -> list[date]:
        """Every date with an entry, sorted (what streaks count when the pace is "count")."""
        return sorted({post.date.date() for post in self.posts.values()})

    def _date_runs(self) -> list[tuple[date, int]]:
        """(last date, length) of every run of consecutive dates with an entry."""
        runs: list[tuple[date, int]] = []
        for when in self.entry_dates:
            if runs and when - runs[-1][0] == timedelta(days=1):
                runs[-1] = (when, runs[-1][1] + 1)
            else:
                runs.append((when, 1))
        return runs

    @cached_property
    def longest_streak(self) -> int:
        if self.settings.by_count:
            return max((n for _, n in self._date_runs()), default=0)
        runs = (
            sum(1 for _ in run)
            for published, run in itertools.groupby(self.days, key=lambda d: d.state.is_published)
            if published
        )
        return max(runs, default=0)

    @cached_property
    def current_streak(self) -> int:
        """The run ending today, or yesterday while today is still pending."""
        if self.settings.by_count:
            last = self._date_runs()[-1] if self.posts else None
            return last[1] if last and (self.today - last[0]).days <= 1 else 0
        end = min(self.today_number, self.length)
        if end >= 1 and self.state(end) is DayState.PENDING:
            end -= 1
        streak = 0
        while end >= 1 and self.state(end).is_published:
            streak += 1
            end -= 1
        return streak

    @cached_property
    def milestones(self) -> list[Milestone]:
        w = self.words
        wanted = {1: w.gettext("First day"), 7: w.gettext("One week"), 30: w.days(30)}
        wanted[100] = w.days(100)
        wanted.setdefault((self.length + 1) // 2, w.gettext("Half-way"))
        wanted.setdefault(self.length, w.gettext("The last day"))
        return [
            Milestone(day, label, day in self.posts)
            for day, label in sorted(wanted.items())
            if day <= self.length
        ]

    @cached_property
    def months(self) -> list[CalendarMonth]:
        if self.settings.by_count:
            return self._entry_months()
        grouped = itertools.groupby(self.days, key=lambda d: (d.date.year, d.date.month))
        months = []
        for _, run in grouped:
            days = tuple(run)
            first = days[0].date
            months.append(CalendarMonth(self.words.month(first), first.weekday(), days))
        return months

    def _entry_months(self) -> list[CalendarMonth]:
        """Pace "count": the entries, by the month they were written in, then the days to come."""
        written = [d for d in self.days if d.post is not None]
        months = [
            CalendarMonth(self.words.month(first), 0, tuple(run), by_date=False)
            for (first, run) in (
                (days[0].date, days)
                for _, group in itertools.groupby(
                    written, key=lambda d: (d.date.year, d.date.month)
                )
                for days in [list(group)]
            )
        ]
        to_come = tuple(d for d in self.days if d.post is None)
        if not to_come:
            return months
        return [*months, CalendarMonth(self.words.gettext("To come"), 0, to_come, by_date=False)]

    def previous_post(self, day: int) -> DayPost | None:
        """The nearest published day before `day`, skipping gaps."""
        i = bisect.bisect_left(self.published_days, day)
        return self.posts[self.published_days[i - 1]] if i > 0 else None

    def next_post(self, day: int) -> DayPost | None:
        """The nearest published day after `day`, skipping gaps."""
        i = bisect.bisect_right(self.published_days, day)
        return self.posts[self.published_days[i]] if i < len(self.published_days) else None

    def as_json(self, site_url: str = "") -> dict:
        """The model for machines: what `/challenge.json` holds."""
        return {
            "name": self.name,
            "length": self.length,
            "start": self.settings.start.isoformat(),
            "today": self.today_number,
            "published": self.published_days,
            "missed": self.missed,
            "catch_up": self.catch_up,
            "current_streak": self.current_streak,
            "longest_streak": self.longest_streak,
            "percent": self.percent,
            "milestones": [
                {"day": m.day, "label": m.label, "reached": m.reached} for m in self.milestones
            ],
            "posts": [
                {
                    "day": p.day,
                    "title": p.title,
                    "url": f"{site_url}/{p.url}",
                    "published": p.date.isoformat(),
                    "catch_up": p.day in self.catch_up,
                }
                for p in sorted(self.posts.values(), key=lambda p: p.day)
            ],
        }

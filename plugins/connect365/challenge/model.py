"""The challenge as plain Python: which days are done, missed or to come.

One `Challenge` is computed per build from the published day posts and
"today"; every view (day pages, /challenge/, the home widget, the JSON
export, the feeds) reads that one object. Nothing here imports Pelican.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property

from ..words import ENGLISH, Words
from ..words.nouns import check as check_nouns
from .schedule import Rest, Schedule
from .streaks import Streak, ending, longest


class DayState(enum.Enum):
    """Where one day of the challenge stands, seen from today."""

    PUBLISHED = "published"
    CATCH_UP = "catch-up"
    MISSED = "missed"
    PENDING = "pending"
    UPCOMING = "upcoming"
    REST = "rest"  # a rest date: nothing is due (a calendar cell, never a day number)

    @property
    def is_published(self) -> bool:
        return self in (DayState.PUBLISHED, DayState.CATCH_UP)


PACES = ("calendar", "count")
# The site's own top folders (pages, feeds, the theme, search...): a round's slug is a
# URL folder too (/<slug>/day/N/), so it may not be one of them.
RESERVED_SLUGS = frozenset(
    (
        "about",
        "archives",
        "author",
        "authors",
        "cards",
        "categories",
        "category",
        "challenge",
        "day",
        "days",
        "drafts",
        "feed",
        "feeds",
        "homework",
        "images",
        "pages",
        "pagefind",
        "posts",
        "search",
        "static",
        "tag",
        "tags",
        "theme",
    )
)
# CHALLENGE["about"] is two lines on the home page, not an essay.
ABOUT_LENGTH = 280
# A round's slug is one URL segment: lower-case letters and digits, single hyphens between.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Module:
    """A chapter of the challenge: a named run of days (CHALLENGE["modules"])."""

    title: str
    first: int
    last: int
    slug: str

    @property
    def length(self) -> int:
        return self.last - self.first + 1

    @property
    def days(self) -> range:
        return range(self.first, self.last + 1)

    def place(self, day: int) -> int:
        """Where a day sits in the module: 1 for its first day."""
        return day - self.first + 1


DAY_RANGE = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")


def module_slug(title: str) -> str:
    """A module's URL segment from its title: lower-case ASCII words joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_title.lower()))


def parse_modules(raw: object, length: int) -> tuple[tuple[Module, ...], list[str]]:
    """CHALLENGE["modules"] as modules in day order, and `field: what is wrong` for each problem."""
    if raw is None:
        return (), []
    if not isinstance(raw, (list, tuple)):
        return (), [
            f"must be a list such as [{{'title': 'Following up', 'days': '15-21'}}], not {raw!r}"
        ]
    modules, wrong = [], []
    for number, item in enumerate(raw, 1):
        where = f"modules[{number}]"
        if not isinstance(item, Mapping):
            wrong.append(f"{where}: must be a dict with 'title' and 'days', not {item!r}")
            continue
        title = item.get("title")
        ok = True
        if not isinstance(title, str) or not title.strip():
            wrong.append(f"{where}: title: must be a non-empty string, not {title!r}")
            ok = False
        elif not module_slug(title):
            wrong.append(f"{where}: title: needs a letter or digit for its URL, not {title!r}")
            ok = False
        days = item.get("days")
        found = DAY_RANGE.fullmatch(str(days)) if isinstance(days, (str, int)) else None
        if found is None or isinstance(days, bool):
            wrong.append(f"{where}: days: must be a range of days such as '15-21', not {days!r}")
            continue
        first, last = int(found[1]), int(found[2] or found[1])
        if first > last:
            wrong.append(f"{where}: days: {days!r} ends before it starts (write '{last}-{first}')")
        elif first < 1 or last > length:
            wrong.append(f"{where}: days: {days!r} is outside the challenge's days 1 to {length}")
        elif ok:
            modules.append(
                (number, Module(" ".join(title.split()), first, last, module_slug(title)))
            )
    modules.sort(key=lambda pair: pair[1].first)
    for (n_a, a), (n_b, b) in itertools.pairwise(modules):
        if b.first <= a.last:
            wrong.append(
                f"modules[{n_b}]: days: {b.first}-{b.last} overlaps modules[{n_a}] "
                f"({a.title!r}, days {a.first}-{a.last}): a day belongs to one module"
            )
    seen: dict[str, int] = {}
    for number, module in sorted(modules):
        if module.slug in seen:
            wrong.append(
                f"modules[{number}]: title: {module.title!r} has the same URL "
                f"(module/{module.slug}/) as modules[{seen[module.slug]}]: give it another title"
            )
        seen.setdefault(module.slug, number)
    return tuple(m for _, m in modules), wrong


@dataclass(frozen=True)
class ChallengeSettings:
    """One challenge (one round of `CHALLENGES`): name, length, Day 1's date, pace and rules.

    Pace "calendar": Day N is due on the Nth date from start that is not a
    rest day (start + N - 1 without rest days); days can be missed or
    posted late. Pace "count" (#100DaysOfCode): Day N is the Nth entry,
    whenever it was written; streaks are consecutive dates with an entry,
    and rest days do not apply. `grace`: missed days in a row a streak
    survives. `slug`, `label`, `number`: the round's URL segment, its name
    on day pages ("Year 2"), and its place among the rounds (1 for the first).
    """

    name: str
    length: int
    start: date
    pace: str = "calendar"
    rest: Rest = field(default_factory=Rest)
    grace: int = 0
    slug: str = ""
    label: str = ""
    number: int = 1
    words: tuple[tuple[str, str], ...] = ()  # CHALLENGE["words"]: the challenge's own nouns
    about: str = ""  # CHALLENGE["about"]: what the challenge is, in a line or two (plain text)
    modules: tuple[Module, ...] = ()  # CHALLENGE["modules"]: its chapters, in day order

    @classmethod
    def from_setting(
        cls, raw: Mapping, where: str = "CHALLENGE", number: int = 1, label: str = ""
    ) -> ChallengeSettings:
        """Read `CHALLENGE` (or one round); raise ValueError naming every field that is wrong."""
        if not isinstance(raw, Mapping):
            raise ValueError(f"{where}: must be a dict such as {{'name': ..., 'start': ...}}")
        wrong = cls.problems(raw)
        if wrong:
            raise ValueError("; ".join(f"{where}: {w}" for w in wrong))
        rest, _ = Rest.parse(raw.get("rest"))
        return cls(
            name=raw["name"].strip(),
            length=raw.get("length", 365),
            start=date.fromisoformat(str(raw["start"])),
            pace=raw.get("pace", "calendar"),
            rest=rest,
            grace=raw.get("grace", 0),
            slug=raw.get("slug", ""),
            label=str(raw.get("label") or label).strip(),
            number=number,
            words=tuple(sorted((raw.get("words") or {}).items())),
            about=" ".join(str(raw.get("about") or "").split()),
            modules=parse_modules(raw.get("modules"), raw.get("length", 365))[0],
        )

    @staticmethod
    def problems(raw: Mapping) -> list[str]:
        """`field: what is wrong` for every wrong field of one challenge."""
        wrong = []
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            wrong.append("name: must be a non-empty string")
        length = raw.get("length", 365)
        if isinstance(length, bool) or not isinstance(length, int) or length < 1:
            wrong.append(f"length: must be a whole number of at least 1, not {length!r}")
        try:
            date.fromisoformat(str(raw.get("start")))
        except ValueError:
            wrong.append(f"start: must be a date as YYYY-MM-DD, not {raw.get('start')!r}")
        pace = raw.get("pace", "calendar")
        if pace not in PACES:
            wrong.append(f"pace: must be 'calendar' or 'count', not {pace!r}")
        wrong += [f"rest: {w}" for w in Rest.parse(raw.get("rest"))[1]]
        grace = raw.get("grace", 0)
        if isinstance(grace, bool) or not isinstance(grace, int) or grace < 0:
            wrong.append(f"grace: must be a whole number of 0 or more, not {grace!r}")
        slug = raw.get("slug", "")
        if not isinstance(slug, str) or (slug and not SLUG.fullmatch(slug)):
            wrong.append(
                f"slug: must be one URL segment of lower-case letters, digits and hyphens "
                f"(such as 'year-2'), not {slug!r}"
            )
        elif slug in RESERVED_SLUGS:
            wrong.append(
                f"slug: {slug!r} is one of the site's own folders (/{slug}/); "
                f"choose another, such as 'year-2'"
            )
        label = raw.get("label", "")
        if not isinstance(label, str):
            wrong.append(f"label: must be a string such as 'Year 2', not {label!r}")
        wrong += check_nouns(raw.get("words"))
        known = length if isinstance(length, int) and not isinstance(length, bool) else 365
        wrong += parse_modules(raw.get("modules"), known)[1]
        about = raw.get("about", "")
        if not isinstance(about, str):
            wrong.append(f"about: must be a short text saying what the challenge is, not {about!r}")
        elif len(about) > ABOUT_LENGTH:
            wrong.append(
                f"about: must be at most {ABOUT_LENGTH} characters (two lines on the home page), "
                f"not {len(about)}"
            )
        return wrong

    @cached_property
    def schedule(self) -> Schedule:
        return Schedule(self.start, self.length, self.rest)

    @property
    def by_count(self) -> bool:
        return self.pace == "count"

    @property
    def first(self) -> bool:
        return self.number == 1

    def date_of(self, day: int) -> date:
        """Day `day`'s due date: the `day`th date from start that is not a rest day."""
        return self.schedule.date_of(day)

    def day_on(self, when: date) -> int:
        """The day number due by a date: Day 1 on its date, 0 the day before the start."""
        return self.schedule.day_on(when)

    @property
    def last_date(self) -> date:
        return self.date_of(self.length)


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

    number: int  # 0 for a rest date
    date: date | None  # None for a day still to come, when the pace is "count"
    state: DayState
    post: DayPost | None = None
    words: Words = field(default=ENGLISH, compare=False, repr=False)

    @property
    def label(self) -> str:
        """Accessible name, e.g. "Day 175, 23 June: Networking is work"."""
        w = self.words
        if self.state is DayState.REST:
            pattern = w.gettext("EEEE d MMMM")  # "Sunday 5 July"
            return w.gettext("%(date)s: rest day, nothing due", date=w.date(self.date, pattern))
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
    """The calendar's days of one month; `weekday` of the first (Monday 0).

    `current`: the month a reader opens first (today's; before the start the
    first month, after the end the last); the others are drawn collapsed.
    """

    label: str
    weekday: int
    days: tuple[CalendarDay, ...]
    by_date: bool = True  # a grid of dates; else a plain run of days (pace "count")
    current: bool = False

    @property
    def numbers(self) -> list[int]:
        """The day numbers in the month (rest cells have none)."""
        return [d.number for d in self.days if d.number]

    @property
    def first_day(self) -> int:
        return min(self.numbers, default=0)

    @property
    def last_day(self) -> int:
        return max(self.numbers, default=0)

    @property
    def posted(self) -> int:
        return sum(1 for d in self.days if d.state.is_published)


@dataclass(frozen=True)
class Milestone:
    """A day of the challenge worth marking, and how far off it is from today.

    `state`: "reached" (the day is posted), "today" (due today, not posted
    yet), "ahead" (to come: `away` days, or entries when the pace is
    "count"), or "passed" (its date has gone by and it is not posted: it can
    still be posted late; `away` is then negative).
    """

    day: int
    label: str
    reached: bool
    when: date | None = None  # its due date (None when the pace is "count")
    away: int = 0

    @property
    def state(self) -> str:
        if self.reached:
            return "reached"
        if self.away == 0:
            return "today"
        return "ahead" if self.away > 0 else "passed"


@dataclass
class Challenge:
    """The challenge on one day: its settings, today, and the live day posts."""

    settings: ChallengeSettings
    today: date
    posts: Mapping[int, DayPost] = field(default_factory=dict)
    url: str = "challenge/"  # its progress page
    words: Words = ENGLISH  # the language of its labels

    @classmethod
    def build(
        cls,
        settings: ChallengeSettings,
        now: datetime,
        posts: Iterable[DayPost],
        url: str = "",
        words: Words = ENGLISH,
    ) -> Challenge:
        """Keep only published posts: no drafts, none scheduled after `now`."""
        live = {p.day: p for p in posts if not p.draft and p.date <= now}
        return cls(
            settings=settings, today=now.date(), posts=live, url=url or "challenge/", words=words
        )

    @property
    def name(self) -> str:
        return self.settings.name

    @property
    def length(self) -> int:
        return self.settings.length

    @property
    def about(self) -> str:
        """What the challenge is: CHALLENGE["about"], else a sentence from its name and length."""
        if self.settings.about:
            return self.settings.about
        return self.words.ngettext(
            "%(name)s: one post a day for %(num)s day. Start at the beginning, or join in today.",
            "%(name)s: one post a day for %(num)s days. Start at the beginning, or join in today.",
            self.length,
            name=self.name,
        )

    @property
    def today_post(self) -> DayPost | None:
        """Today's day post, once it is published."""
        return self.posts.get(self.today_number) if 1 <= self.today_number <= self.length else None

    @property
    def first_post(self) -> DayPost | None:
        """Where a new reader starts: Day 1, or the earliest published day."""
        return self.posts[self.published_days[0]] if self.published_days else None

    @property
    def latest_post(self) -> DayPost | None:
        return self.posts[self.published_days[-1]] if self.published_days else None

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

    @staticmethod
    def _streak_states(days: Iterable[CalendarDay]) -> Iterator[tuple[bool, bool]]:
        return ((d.state.is_published, d.state is DayState.MISSED) for d in days)

    @cached_property
    def longest(self) -> Streak:
        """The longest streak: posted days, and the missed days grace forgave in it."""
        if self.settings.by_count:
            return Streak(max((n for _, n in self._date_runs()), default=0))
        return longest(self._streak_states(self.days), self.settings.grace)

    @cached_property
    def current(self) -> Streak:
        """The streak ending today, or yesterday while today is still pending."""
        if self.settings.by_count:
            last = self._date_runs()[-1] if self.posts else None
            alive = last and (self.today - last[0]).days <= 1
            return Streak(last[1] if alive else 0)
        end = min(self.today_number, self.length)
        if end >= 1 and self.state(end) is DayState.PENDING:
            end -= 1
        back = (self.days[n - 1] for n in range(end, 0, -1))
        return ending(self._streak_states(back), self.settings.grace)

    @property
    def longest_streak(self) -> int:
        return self.longest.days

    @property
    def current_streak(self) -> int:
        return self.current.days

    @cached_property
    def due_days(self) -> list[int]:
        """Days whose date has come (today's once posted): what consistency is measured on."""
        if self.settings.by_count:
            return self.published_days
        return [
            d.number for d in self.days if d.date <= self.today and d.state is not DayState.PENDING
        ]

    @cached_property
    def on_time(self) -> list[int]:
        """Due days posted on or before their date."""
        return [n for n in self.due_days if self.days[n - 1].state is DayState.PUBLISHED]

    @cached_property
    def posted_due(self) -> int:
        """How many due days were posted, late ones included."""
        return sum(1 for n in self.due_days if self.days[n - 1].state.is_published)

    @property
    def consistency(self) -> float:
        """Share of the due days posted (late ones included), in percent."""
        return round(100 * self.posted_due / len(self.due_days), 1) if self.due_days else 0.0

    @property
    def on_time_percent(self) -> float:
        """Share of the due days posted on time, in percent."""
        return round(100 * len(self.on_time) / len(self.due_days), 1) if self.due_days else 0.0

    @cached_property
    def milestones(self) -> list[Milestone]:
        w = self.words
        wanted = {1: w.gettext("First day"), 7: w.gettext("One week"), 30: w.days(30)}
        wanted[100] = w.days(100)
        wanted.setdefault((self.length + 1) // 2, w.gettext("Half-way"))
        wanted.setdefault(self.length, w.gettext("The last day"))
        return [
            Milestone(day, label, day in self.posts, *self._how_far(day))
            for day, label in sorted(wanted.items())
            if day <= self.length
        ]

    def _how_far(self, day: int) -> tuple[date | None, int]:
        """A day's due date and how far off it is: days from today, or entries (pace "count")."""
        if self.settings.by_count:
            return None, max(day - len(self.posts), 1)
        when = self.settings.date_of(day)
        return when, (when - self.today).days

    def _open_month(self, months: list[CalendarMonth]) -> list[CalendarMonth]:
        """Mark the month a reader opens first: today's, else the first or the last."""
        if not months:
            return months
        today = (self.today.year, self.today.month)
        keys = [
            (m.days[0].date.year, m.days[0].date.month) if m.days[0].date else None for m in months
        ]
        if today in keys:
            index = keys.index(today)
        elif self.settings.by_count:  # the latest month written in, else the days to come
            index = max((i for i, key in enumerate(keys) if key), default=len(months) - 1)
        else:
            index = 0 if self.today < self.settings.start else len(months) - 1
        return [replace(m, current=i == index) for i, m in enumerate(months)]

    @cached_property
    def months(self) -> list[CalendarMonth]:
        if self.settings.by_count:
            return self._open_month(self._entry_months())
        grouped = itertools.groupby(self.cells, key=lambda d: (d.date.year, d.date.month))
        months = []
        for _, run in grouped:
            days = tuple(run)
            first = days[0].date
            months.append(CalendarMonth(self.words.month(first), first.weekday(), days))
        return self._open_month(months)

    @cached_property
    def cells(self) -> tuple[CalendarDay, ...]:
        """Every date from the start to the last day: its day, or a rest cell (calendar pace)."""
        if not self.settings.rest:
            return self.days
        rest = self.settings.schedule.rest_dates(self.settings.start, self.settings.last_date)
        cells = [
            *self.days,
            *(CalendarDay(0, when, DayState.REST, words=self.words) for when in rest),
        ]
        return tuple(sorted(cells, key=lambda d: d.date))

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

    def module_of(self, day: int) -> Module | None:
        """The module (chapter) a day belongs to, if any."""
        return next((m for m in self.settings.modules if day in m.days), None)

    def module_url(self, module: Module) -> str:
        """A module's page: under its round's progress page."""
        return f"{self.url}module/{module.slug}/"

    def previous_post(self, day: int) -> DayPost | None:
        """The nearest published day before `day`, skipping gaps."""
        i = bisect.bisect_left(self.published_days, day)
        return self.posts[self.published_days[i - 1]] if i > 0 else None

    def next_post(self, day: int) -> DayPost | None:
        """The nearest published day after `day`, skipping gaps."""
        i = bisect.bisect_right(self.published_days, day)
        return self.posts[self.published_days[i]] if i < len(self.published_days) else None

    def as_json(self, site_url: str = "") -> dict:
        """The model for machines: what `/challenge.json` holds (`modules` only when set)."""
        data = self._as_json(site_url)
        if self.settings.modules:
            data["modules"] = [
                {
                    "title": m.title,
                    "first": m.first,
                    "last": m.last,
                    "url": f"{site_url}/{self.module_url(m)}",
                    "published": [n for n in m.days if n in self.posts],
                }
                for m in self.settings.modules
            ]
        return data

    def _as_json(self, site_url: str) -> dict:
        return {
            "name": self.name,
            "slug": self.settings.slug,
            "label": self.settings.label,
            "length": self.length,
            "start": self.settings.start.isoformat(),
            "today": self.today_number,
            "published": self.published_days,
            "missed": self.missed,
            "catch_up": self.catch_up,
            "current_streak": self.current_streak,
            "longest_streak": self.longest_streak,
            "current_streak_forgiven": self.current.forgiven,
            "longest_streak_forgiven": self.longest.forgiven,
            "percent": self.percent,
            "consistency": {
                "due": len(self.due_days),
                "posted": self.posted_due,
                "on_time": len(self.on_time),
                "percent": self.consistency,
                "on_time_percent": self.on_time_percent,
            },
            "pace": self.settings.pace,
            "rest": self.settings.rest.as_json(),
            "grace": self.settings.grace,
            "milestones": [
                {
                    "day": m.day,
                    "label": m.label,
                    "reached": m.reached,
                    "date": m.when.isoformat() if m.when else None,
                    "state": m.state,
                }
                for m in self.milestones
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

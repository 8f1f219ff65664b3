"""The challenge model on hand-built day sets: no Pelican, no files."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from connect365.challenge.model import (
    Challenge,
    ChallengeSettings,
    DayPost,
    DayState,
    parse_day,
)
from connect365.challenge.rules import DayClaim, check_day_posts
from connect365.core import site_now

TZ = ZoneInfo("America/Chicago")
TEN_DAYS = ChallengeSettings(name="Ten days", length=10, start=date(2030, 3, 1))


def at(day: int, hour: int = 20, late_by: int = 0) -> datetime:
    """The moment `hour`:00 on Day `day`'s date, `late_by` days later."""
    when = TEN_DAYS.date_of(day) + timedelta(days=late_by)
    return datetime(when.year, when.month, when.day, hour, tzinfo=TZ)


def post(day: int, late_by: int = 0, draft: bool = False, hour: int = 20) -> DayPost:
    return DayPost(day, f"Title {day}", f"day/{day}/", at(day, hour, late_by), draft=draft)


def challenge(today: int, *posts: DayPost, hour: int = 12) -> Challenge:
    return Challenge.build(TEN_DAYS, at(today, hour), posts)


def test_days_states_with_a_gap_and_a_catch_up():
    c = challenge(6, post(1), post(2), post(4, late_by=1), post(5))
    assert c.today_number == 6
    assert c.published_days == [1, 2, 4, 5]
    assert c.catch_up == [4]
    assert c.missed == [3]
    assert [c.state(n) for n in (3, 4, 6, 7)] == [
        DayState.MISSED,
        DayState.CATCH_UP,
        DayState.PENDING,
        DayState.UPCOMING,
    ]
    assert c.percent == 40.0


def test_drafts_and_scheduled_posts_do_not_count():
    scheduled = post(3, hour=23)  # later on today's date than "now" (noon)
    c = challenge(3, post(1), post(2, draft=True), scheduled)
    assert c.published_days == [1]
    assert c.missed == [2]
    assert c.state(3) is DayState.PENDING


def test_today_pending_is_not_missed_and_keeps_the_streak():
    c = challenge(3, post(1), post(2))
    assert c.state(3) is DayState.PENDING
    assert c.missed == []
    assert c.current_streak == 2


def test_today_published_extends_the_streak():
    c = challenge(3, post(1), post(2), post(3, hour=9))
    assert c.current_streak == 3
    assert c.longest_streak == 3


def test_streak_broken_yesterday_is_zero():
    c = challenge(4, post(1), post(2))
    assert c.missed == [3]
    assert c.current_streak == 0
    assert c.longest_streak == 2


def test_catch_up_posts_mend_a_streak():
    c = challenge(5, post(1), post(2), post(3, late_by=1), post(4))
    assert c.catch_up == [3]
    assert c.current_streak == 4


def test_streaks_at_the_first_and_last_day():
    first = challenge(1, post(1, hour=9))
    assert first.current_streak == first.longest_streak == 1
    everything = [post(n) for n in range(1, 11)]
    last = challenge(10, *everything, hour=23)
    assert last.current_streak == last.longest_streak == 10
    assert last.percent == 100.0
    after = Challenge.build(TEN_DAYS, at(10, late_by=30), everything)
    assert after.today_number == 40
    assert after.current_day == 10
    assert after.current_streak == 10


def test_longest_streak_is_the_longest_run_of_day_numbers():
    c = challenge(10, post(1), post(2), post(4), post(5), post(6), post(9))
    assert c.longest_streak == 3
    assert c.current_streak == 1  # day 9 published, day 10 (today) pending


def test_before_the_start_everything_is_upcoming():
    c = Challenge.build(TEN_DAYS, at(1, late_by=-5), [])
    assert c.today_number == -4
    assert c.current_day == 0
    assert c.missed == [] and c.current_streak == 0
    assert {d.state for d in c.days} == {DayState.UPCOMING}


def test_previous_and_next_skip_gaps():
    c = challenge(9, post(1), post(4), post(7))
    assert c.previous_post(4).day == 1
    assert c.next_post(4).day == 7
    assert c.previous_post(1) is None
    assert c.next_post(7) is None


def test_milestones_within_the_length():
    c = challenge(8, *(post(n) for n in range(1, 8)))
    assert [(m.day, m.label, m.reached) for m in c.milestones] == [
        (1, "First day", True),
        (5, "Half-way", True),
        (7, "One week", True),
        (10, "The last day", False),
    ]
    full = Challenge.build(ChallengeSettings("Year", 365, date(2030, 1, 1)), at(1), [])
    assert [m.day for m in full.milestones] == [1, 7, 30, 100, 183, 365]


def test_milestones_say_how_far_off_they_are():
    # Today is Day 6: Day 1 posted, Day 5 gone by without a post, Day 6 today, Day 10 ahead.
    settings = ChallengeSettings("Ten", 10, date(2030, 3, 1))
    c = Challenge.build(settings, at(6, 12), [post(1)])
    states = {m.day: (m.state, m.away, m.when) for m in c.milestones}
    assert states[1] == ("reached", -5, date(2030, 3, 1))
    assert states[5] == ("passed", -1, date(2030, 3, 5))
    assert states[10] == ("ahead", 4, date(2030, 3, 10))
    today = Challenge.build(settings, at(5, 12), [post(1)])
    assert {m.day: m.state for m in today.milestones}[5] == "today"
    counted = Challenge.build(
        ChallengeSettings("Ten", 10, date(2030, 3, 1), pace="count"), at(6), [post(1), post(2)]
    )
    assert [(m.day, m.when, m.away) for m in counted.milestones if not m.reached] == [
        (5, None, 3),
        (7, None, 5),
        (10, None, 8),
    ]


def test_calendar_cells_carry_their_dates_and_only_todays_month_is_open():
    # Day 1 on 20 March: April's cells hold Days 13 to 42, dated 1 to 30 April; Day 43 is 1 May.
    settings = ChallengeSettings("Forty-three", 43, date(2030, 3, 20))

    def on(when: date) -> Challenge:
        return Challenge.build(
            settings, datetime(when.year, when.month, when.day, 12, tzinfo=TZ), []
        )

    c = on(date(2030, 4, 2))
    march, april, may = c.months
    assert (march.first_day, march.last_day, april.first_day, april.last_day) == (1, 12, 13, 42)
    assert may.numbers == [43]
    assert (april.days[0].number, april.days[0].date) == (13, date(2030, 4, 1))
    assert april.days[0].label == "Day 13, 1 April: missed"
    assert [m.current for m in c.months] == [False, True, False]
    assert [m.current for m in on(date(2030, 1, 1)).months] == [True, False, False]
    assert [m.current for m in on(date(2031, 1, 1)).months] == [False, False, True]


def test_about_start_and_latest():
    c = challenge(6, post(2), post(4))
    assert (
        c.about == "Ten days: one post a day for 10 days. Start at the beginning, or join in today."
    )
    assert (c.first_post.day, c.latest_post.day, c.today_post) == (2, 4, None)
    assert challenge(4, post(2), post(4), hour=21).today_post.day == 4
    given = ChallengeSettings.from_setting(
        {"name": "Ten", "start": "2030-03-01", "length": 10, "about": "  Ten calls,\n ten days. "}
    )
    assert Challenge.build(given, at(1), []).about == "Ten calls, ten days."
    assert Challenge.build(given, at(1), []).first_post is None


def test_modules_are_read_in_day_order_and_found_by_day():
    settings = ChallengeSettings.from_setting(
        {
            "name": "Ten",
            "start": "2030-03-01",
            "length": 10,
            "modules": [{"title": "Following  up", "days": "5-8"}, {"title": "Día uno", "days": 1}],
        }
    )
    assert [(m.title, m.first, m.last, m.slug) for m in settings.modules] == [
        ("Día uno", 1, 1, "dia-uno"),
        ("Following up", 5, 8, "following-up"),
    ]
    c = Challenge.build(settings, at(6), [])
    module = c.module_of(7)
    assert (module.title, module.place(7), module.length) == ("Following up", 3, 4)
    assert c.module_of(3) is None
    assert c.module_url(module) == "challenge/module/following-up/"
    assert "modules" not in challenge(6).as_json()


def test_every_wrong_module_is_named_in_one_message():
    modules = [
        {"title": "", "days": "1-2"},
        {"title": "Backwards", "days": "5-3"},
        {"title": "Too far", "days": "8-12"},
        {"title": "Fine", "days": "3-6"},
        {"title": "Overlaps", "days": "6-7"},
        {"title": "fine!", "days": "9"},
        {"title": "Bad", "days": "soon"},
        "not a dict",
    ]
    with pytest.raises(ValueError) as wrong:
        ChallengeSettings.from_setting(
            {"name": "x", "start": "2030-01-01", "length": 10, "modules": modules}
        )
    assert str(wrong.value).split("; ") == [
        "CHALLENGE: modules[1]: title: must be a non-empty string, not ''",
        "CHALLENGE: modules[2]: days: '5-3' ends before it starts (write '3-5')",
        "CHALLENGE: modules[3]: days: '8-12' is outside the challenge's days 1 to 10",
        "CHALLENGE: modules[7]: days: must be a range of days such as '15-21', not 'soon'",
        "CHALLENGE: modules[8]: must be a dict with 'title' and 'days', not 'not a dict'",
        "CHALLENGE: modules[5]: days: 6-7 overlaps modules[4] ('Fine', days 3-6): "
        "a day belongs to one module",
        "CHALLENGE: modules[6]: title: 'fine!' has the same URL (module/fine/) as modules[4]: "
        "give it another title",
    ]


def test_calendar_months_and_labels():
    c = challenge(6, post(1), post(4, late_by=1))
    assert [(m.label, m.weekday, len(m.days)) for m in c.months] == [("March 2030", 4, 10)]
    assert c.day(1).label == "Day 1, 1 March: Title 1"
    assert c.day(4).label == "Day 4, 4 March: Title 4 (posted late)"
    assert c.day(2).label == "Day 2, 2 March: missed"
    assert c.day(9).label == "Day 9, 9 March: upcoming"


def test_json_has_the_documented_keys():
    data = challenge(6, post(1), post(2), post(4, late_by=1)).as_json("https://x.example")
    assert data["today"] == 6
    assert data["published"] == [1, 2, 4]
    assert data["missed"] == [3, 5]
    assert data["catch_up"] == [4]
    assert (data["current_streak"], data["longest_streak"]) == (0, 2)
    assert data["percent"] == 30.0
    assert data["start"] == "2030-03-01"
    assert data["posts"][0]["url"] == "https://x.example/day/1/"


@pytest.mark.parametrize("raw", ["0", "11", "-1", "abc", "2.5", "", " ", "٣"])
def test_parse_day_rejects_what_is_not_a_day(raw):
    with pytest.raises(ValueError, match=r"from 1 to 10|missing"):
        parse_day(raw, 10)


def test_parse_day_accepts_whole_numbers_in_range():
    assert [parse_day(x, 10) for x in ("1", " 10 ", "007")] == [1, 10, 7]


def test_day_rules_report_duplicates_naming_both_files_and_early_posts():
    claims = [
        DayClaim("a.md", "2", at(2)),
        DayClaim("b.md", "2", at(2)),
        DayClaim("c.md", "12", None),
        DayClaim("d.md", "5", at(3)),
    ]
    assert [str(p) for p in check_day_posts(claims, TEN_DAYS)] == [
        "c.md: Day: must be a whole number from 1 to 10, not '12'",
        "d.md: Date: 2030-03-03 is before Day 5's date, 2030-03-05 (written ahead)",
        "a.md: Day: Day 2 also has a post: b.md",
        "b.md: Day: Day 2 also has a post: a.md",
    ]
    assert [p.is_error for p in check_day_posts(claims, TEN_DAYS)] == [True, False, True, True]


def test_challenge_setting_errors_name_every_field():
    with pytest.raises(ValueError) as wrong:
        ChallengeSettings.from_setting({"name": "", "length": 0, "start": "March"})
    assert str(wrong.value) == (
        "CHALLENGE: name: must be a non-empty string; "
        "CHALLENGE: length: must be a whole number of at least 1, not 0; "
        "CHALLENGE: start: must be a date as YYYY-MM-DD, not 'March'"
    )


def test_site_now_follows_source_date_epoch():
    now = site_now("America/Chicago", {"SOURCE_DATE_EPOCH": "1795370400"})
    assert now == datetime(2026, 11, 22, 12, tzinfo=TZ)
    assert site_now("UTC", {}).tzinfo is not None


COUNTED = ChallengeSettings(name="100 days", length=10, start=date(2030, 3, 1), pace="count")


def written(day: int, on: date, hour: int = 20) -> DayPost:
    return DayPost(
        day, f"Title {day}", f"day/{day}/", datetime(on.year, on.month, on.day, hour, tzinfo=TZ)
    )


def test_count_pace_days_are_entries_and_streaks_are_dates():
    march = [date(2030, 3, d) for d in (1, 2, 3, 7, 8, 31)]
    posts = [written(n, when) for n, when in enumerate(march, 1)] + [written(7, date(2030, 4, 1))]
    c = Challenge(COUNTED, today=date(2030, 4, 2), posts={p.day: p for p in posts})
    assert c.published_days == [1, 2, 3, 4, 5, 6, 7]
    assert c.missed == [] and c.catch_up == []
    assert c.today_number == 7 == c.current_day
    assert c.longest_streak == 3  # 1-3 March
    assert c.current_streak == 2  # 31 March, 1 April, and today is 2 April
    assert c.state(8) is DayState.UPCOMING and c.day(8).date is None
    assert c.day(8).label == "Day 8: upcoming"
    assert [(m.label, [d.number for d in m.days], m.by_date) for m in c.months] == [
        ("March 2030", [1, 2, 3, 4, 5, 6], False),
        ("April 2030", [7], False),
        ("To come", [8, 9, 10], False),
    ]
    later = Challenge(COUNTED, today=date(2030, 4, 5), posts=c.posts)
    assert later.current_streak == 0


def test_pace_must_be_calendar_or_count():
    with pytest.raises(ValueError, match="pace: must be 'calendar' or 'count', not 'weekly'"):
        ChallengeSettings.from_setting({"name": "x", "start": "2030-01-01", "pace": "weekly"})
    assert ChallengeSettings.from_setting({"name": "x", "start": "2030-01-01"}).pace == "calendar"


# Rest days and grace (#27): figures worked out by hand from a March 2030 calendar,
# where 1 March is a Friday and the Sundays are 3, 10, 17, 24 and 31 March.

SUNDAYS_OFF = ChallengeSettings.from_setting(
    {"name": "March", "length": 26, "start": "2030-03-01", "rest": ["Sunday"]}
)


def on(settings: ChallengeSettings, day: int, when: date, hour: int = 20) -> DayPost:
    return DayPost(day, f"Title {day}", f"day/{day}/", datetime.combine(when, time(hour), TZ))


def noon(when: date) -> datetime:
    return datetime.combine(when, time(12), TZ)


def test_rest_sundays_over_a_month_with_a_missed_saturday():
    dates = [date(2030, 3, d) for d in range(1, 32) if date(2030, 3, d).weekday() != 6]
    assert len(dates) == 26
    posts = [on(SUNDAYS_OFF, n, when) for n, when in enumerate(dates, 1) if n != 14]
    c = Challenge.build(SUNDAYS_OFF, noon(date(2030, 3, 31)), posts)
    # Day 3 is Monday 4 March; Day 14 is Saturday 16 March; Day 26 is Saturday 30 March.
    assert SUNDAYS_OFF.date_of(3) == date(2030, 3, 4)
    assert SUNDAYS_OFF.date_of(14) == date(2030, 3, 16)
    assert SUNDAYS_OFF.date_of(26) == date(2030, 3, 30)
    assert SUNDAYS_OFF.day_on(date(2030, 3, 17)) == 14  # a Sunday: the Saturday's day
    assert c.today_number == 26  # Sunday 31 March: nothing due today
    assert c.missed == [14]
    assert c.longest_streak == 13  # days 1 to 13, 1 to 16 March
    assert c.current_streak == 12  # days 15 to 26
    assert c.longest.forgiven == 0
    assert len(c.due_days) == 26 and c.consistency == 96.2  # 25 of 26
    (march,) = c.months
    assert len(march.days) == 30 and march.weekday == 4  # to Day 26, Saturday 30 March
    rest = [d for d in march.days if d.state is DayState.REST]
    assert [d.date.day for d in rest] == [3, 10, 17, 24]
    assert rest[0].label == "Sunday 3 March: rest day, nothing due"
    assert c.day(3).label == "Day 3, 4 March: Title 3"


GRACE_ONE = ChallengeSettings(name="Ten days", length=10, start=date(2030, 3, 1), grace=1)


def graced(today: int, *posts: DayPost) -> Challenge:
    return Challenge.build(GRACE_ONE, at(today, 12), posts)


def test_grace_one_forgives_one_miss_and_not_two():
    once = graced(7, post(1), post(2), post(3), post(5), post(6))  # Day 4 missed
    assert once.missed == [4]
    assert (once.current.days, once.current.forgiven) == (5, 1)
    assert (once.longest.days, once.longest.forgiven) == (5, 1)
    twice = graced(8, post(1), post(2), post(3), post(6), post(7))  # Days 4 and 5 missed
    assert twice.missed == [4, 5]
    assert (twice.current.days, twice.current.forgiven) == (2, 0)
    assert (twice.longest.days, twice.longest.forgiven) == (3, 0)
    # Yesterday missed, today still pending: the streak survives until a second miss.
    waiting = graced(4, post(1), post(2))
    assert (waiting.current.days, waiting.current.forgiven) == (2, 1)
    assert graced(5, post(1), post(2)).current_streak == 0
    # Without grace the same posts give the old streaks.
    plain = challenge(7, post(1), post(2), post(3), post(5), post(6))
    assert (plain.current_streak, plain.longest_streak) == (2, 3)


def test_a_catch_up_post_inside_a_graced_gap():
    # Days 3 and 4 were gaps; Day 3 was then written on Day 5's date.
    mended = graced(7, post(1), post(2), post(3, late_by=2), post(5), post(6))
    assert mended.catch_up == [3] and mended.missed == [4]
    assert (mended.current.days, mended.current.forgiven) == (5, 1)
    assert mended.consistency == 83.3  # 5 of the 6 days due
    assert mended.on_time_percent == 66.7  # 4 of 6
    broken = graced(7, post(1), post(2), post(5), post(6))
    assert (broken.current.days, broken.current.forgiven) == (2, 0)


def test_rest_plus_grace_plus_a_late_post():
    rules = ChallengeSettings.from_setting(
        {"name": "M", "length": 20, "start": "2030-03-01", "rest": ["sunday"], "grace": 1}
    )
    # Day 1 Fri 1, Day 2 Sat 2, (Sun 3), Day 3 Mon 4 ... Day 8 Sat 9, (Sun 10), Day 9 Mon 11.
    posts = [
        on(rules, 1, date(2030, 3, 1)),
        on(rules, 2, date(2030, 3, 2)),
        on(rules, 4, date(2030, 3, 7)),  # Day 4 is due Tue 5 March: posted late
        on(rules, 5, date(2030, 3, 6)),
        on(rules, 7, date(2030, 3, 8)),
        on(rules, 8, date(2030, 3, 9)),
    ]
    monday = Challenge.build(rules, noon(date(2030, 3, 11)), posts)
    assert monday.today_number == 9 and monday.state(9) is DayState.PENDING
    assert monday.missed == [3, 6] and monday.catch_up == [4]
    assert (monday.current.days, monday.current.forgiven) == (6, 2)
    assert len(monday.due_days) == 8
    assert (monday.consistency, monday.on_time_percent) == (75.0, 62.5)
    sunday = Challenge.build(rules, noon(date(2030, 3, 10)), posts)
    assert sunday.today_number == 8 and sunday.current == monday.current
    strict = Challenge.build(
        ChallengeSettings.from_setting({**rules_raw(rules), "grace": 0}),
        noon(date(2030, 3, 11)),
        posts,
    )
    assert (strict.current_streak, strict.longest_streak) == (2, 2)


def rules_raw(rules: ChallengeSettings) -> dict:
    return {
        "name": rules.name,
        "length": rules.length,
        "start": str(rules.start),
        "rest": ["sunday"],
    }


def test_count_pace_ignores_rest_days():
    rested = ChallengeSettings.from_setting(
        {
            "name": "100 days",
            "length": 10,
            "start": "2030-03-01",
            "pace": "count",
            "rest": ["sunday"],
        }
    )
    march = [date(2030, 3, d) for d in (1, 2, 3, 7, 8, 31)]  # 3 and 31 March are Sundays
    posts = {n: written(n, when) for n, when in enumerate(march, 1)}
    c = Challenge(rested, today=date(2030, 4, 1), posts=posts)
    plain = Challenge(COUNTED, today=date(2030, 4, 1), posts=posts)
    assert c.published_days == plain.published_days == [1, 2, 3, 4, 5, 6]
    assert c.day(3).date == date(2030, 3, 3)  # an entry on a Sunday is just an entry
    assert (c.longest_streak, c.current_streak) == (plain.longest_streak, plain.current_streak)
    assert (c.longest_streak, c.current_streak) == (3, 1)  # 1-3 March; 31 March alone
    assert [m.label for m in c.months] == [m.label for m in plain.months]
    assert not any(d.state is DayState.REST for m in c.months for d in m.days)


def test_rest_dates_and_weekdays_agree_with_counting_one_by_one():
    rules = ChallengeSettings.from_setting(
        {
            "name": "x",
            "length": 300,
            "start": "2030-01-03",
            "rest": ["saturday", "Sunday", "2030-12-25", "2030-01-05"],
        }
    )
    due = [rules.date_of(n) for n in range(1, 301)]
    assert all(d.weekday() < 5 for d in due) and date(2030, 12, 25) not in due
    for offset in range(0, 420):
        when = rules.start + timedelta(days=offset)
        assert rules.day_on(when) == sum(1 for d in due if d <= when) or when > due[-1]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {
                "rest": [
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                ]
            },
            "CHALLENGE: rest: rests on every day of the week, so no day is ever due",
        ),
        (
            {"rest": ["sundays"]},
            "CHALLENGE: rest: 'sundays' is neither a weekday (monday ... sunday) "
            "nor a date as YYYY-MM-DD",
        ),
        ({"rest": "sunday"}, "CHALLENGE: rest: must be a list of weekdays and dates, not 'sunday'"),
        ({"grace": -1}, "CHALLENGE: grace: must be a whole number of 0 or more, not -1"),
        (
            {"slug": "Year 2"},
            "CHALLENGE: slug: must be one URL segment of lower-case letters, digits and "
            "hyphens (such as 'year-2'), not 'Year 2'",
        ),
        (
            {"about": ["A year"]},
            "CHALLENGE: about: must be a short text saying what the challenge is, not ['A year']",
        ),
        (
            {"about": "x" * 281},
            "CHALLENGE: about: must be at most 280 characters (two lines on the home page), "
            "not 281",
        ),
    ],
)
def test_rules_that_cannot_work_are_refused_by_name(raw, message):
    with pytest.raises(ValueError) as wrong:
        ChallengeSettings.from_setting({"name": "x", "start": "2030-01-01", **raw})
    assert str(wrong.value) == message


def test_related_posts_share_tags_and_module_with_fixed_tie_breaks():
    from connect365.challenge.related import PostFacts, related_posts

    def facts(url, day, tags, module="", on=None):
        when = datetime(2030, 3, on or day or 1, tzinfo=TZ)
        return PostFacts(url, when, frozenset(tags), day, module)

    posts = [
        facts("d1", 1, {"calls"}, "m"),
        facts("d2", 2, {"calls"}, "m"),
        facts("d3", 3, {"calls"}),
        facts("d4", 4, {"calls", "coffee"}),
        facts("d9", 9, {"calls", "coffee"}),
        facts("essay", None, {"coffee"}, on=5),
        facts("alone", 7, {"nothing"}),
    ]
    chosen = related_posts(posts)
    # d1: d2 shares a tag and the module (2 points); then one point each, nearest day first.
    assert chosen["d1"] == ["d2", "d3", "d4"]
    # d4: two shared tags with d9, then the nearest days; the essay has no day, so it comes last.
    assert chosen["d4"] == ["d9", "d3", "d2"]
    assert chosen["essay"] == ["d4", "d9"]  # by date distance: 1 day, then 4 days
    assert chosen["alone"] == []
    assert related_posts(list(reversed(posts))) == chosen  # order of reading changes nothing


def test_author_profiles_are_checked_and_named():
    from connect365.authors import AuthorProfile, check_authors, profiles, profiles_of

    assert (
        check_authors(
            {"Ana": {"bio": "Writes.", "links": [{"name": "Site", "url": "https://a.b/"}]}}
        )
        == []
    )
    assert check_authors(
        {
            "Ana": {"bio": 3, "photo": "http://x/y.jpg", "links": [{"name": "", "url": "x"}]},
            "Bo": "guest",
            "Cy": {"age": 40},
        }
    ) == [
        "AUTHORS: 'Ana': bio: must be a text, not 3",
        "AUTHORS: 'Ana': photo: must be a path in the site such as 'images/maya.jpg' "
        "or an https address, not 'http://x/y.jpg'",
        "AUTHORS: 'Ana': links[1]: must be {'name': 'Website', 'url': 'https://...'}, "
        "not {'name': '', 'url': 'x'}",
        "AUTHORS: 'Bo': must be a dict with 'bio', 'photo', 'links', not 'guest'",
        "AUTHORS: 'Cy': unknown fields ['age'] (the fields are bio, photo and links)",
    ]
    known = profiles({"Ana López": {"bio": " Writes\n daily. "}})
    assert known["Ana López"].bio == "Writes daily."
    assert [p.initials for p in profiles_of(["Ana López", "Jean-Luc de la Mer"], known)] == [
        "AL",
        "JM",
    ]
    assert profiles_of(["Ana López"], {}) == []
    assert AuthorProfile("Priya").initials == "P"


def test_a_later_rounds_modules_live_under_its_own_page():
    year_2 = ChallengeSettings.from_setting(
        {
            "name": "Ten",
            "start": "2031-03-01",
            "length": 10,
            "slug": "year-2",
            "modules": [{"title": "Warm up", "days": "1-3"}],
        },
        number=2,
    )
    c = Challenge.build(year_2, datetime(2031, 3, 2, tzinfo=TZ), [], url="challenge/year-2/")
    assert c.module_url(c.module_of(2)) == "challenge/year-2/module/warm-up/"

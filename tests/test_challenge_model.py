"""The challenge model on hand-built day sets: no Pelican, no files."""

from __future__ import annotations

from datetime import date, datetime, timedelta
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

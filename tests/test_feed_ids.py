"""Feed ids and feed content, without a build: ids never change, URLs are absolute."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from connect365.feeds.ids import check_post_ids, day_id, homework_id, post_id
from connect365.feeds.items import absolute_urls

START = date(2026, 11, 1)
WHEN = datetime(2026, 10, 20, 10, 0, tzinfo=ZoneInfo("America/Chicago"))


def test_ids_are_tag_uris_from_what_never_changes():
    assert day_id("connect365.example", START, 21) == "tag:connect365.example,2026-11-01:day/21"
    assert homework_id("a.example", START, 3) == "tag:a.example,2026-11-01:day/3/homework"
    assert post_id("a.example", WHEN) == "tag:a.example,2026-10-20:posts/1000"
    assert post_id("a.example", WHEN, "  tag:old.example,2016:42  ") == "tag:old.example,2016:42"


def test_two_posts_with_one_id_are_both_named():
    problems = check_post_ids([("a.md", "x"), ("b.md", "x"), ("c.md", "y")])
    assert [str(p) for p in problems] == [
        "a.md: Id: 'x' is also the feed id of b.md; add a line 'Id: tag:...' with an id of its own",
        "b.md: Id: 'x' is also the feed id of a.md; add a line 'Id: tag:...' with an id of its own",
    ]


def test_every_link_in_feed_content_is_absolute():
    base = "https://example.org/blog/day/5/"
    html = (
        '<a href="../6/">next</a> <img src="/theme/x.png"> <a href="#homework-5">hw</a> '
        '<a href="https://elsewhere.example/">out</a> <a href="mailto:a@b.example">mail</a>'
    )
    assert absolute_urls(html, base) == (
        '<a href="https://example.org/blog/day/6/">next</a> '
        '<img src="https://example.org/theme/x.png"> '
        '<a href="https://example.org/blog/day/5/#homework-5">hw</a> '
        '<a href="https://elsewhere.example/">out</a> <a href="mailto:a@b.example">mail</a>'
    )

"""The challenge as readers see it, on a fixture site built for known values."""

from __future__ import annotations

import re

import pytest
from support import build, day_post, write

# 2030-03-10 12:00 in America/Chicago: today is Day 10 of a 30-day challenge.
TODAY_EPOCH = "1899392400"
CHALLENGE = {"name": "Thirty days", "length": 30, "start": "2030-03-01"}

ON_TIME = {1: 1, 2: 2, 3: 3, 7: 7, 8: 8, 9: 9}  # day -> date in March


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    content = tmp_path_factory.mktemp("challenge") / "content"
    for day, date in ON_TIME.items():
        write(content, f"days/{day:03}.md", day_post(day, f"2030-03-{date:02} 20:00"))
    write(content, "days/006.md", day_post(6, "2030-03-08 07:00", "Late but here"))
    write(content, "days/011.md", day_post(11, "2030-03-11 20:00", "Scheduled"))
    write(content, "days/012.md", day_post(12, "2030-03-09 20:00", "Draft", "Status: draft"))
    write(
        content,
        "posts/essay.md",
        "Title: An essay outside the challenge\nDate: 2030-03-05 10:00\n\nEssay.\n",
    )
    result = build(
        content, content.parent / "output", epoch=TODAY_EPOCH, CHALLENGE=CHALLENGE, AUTHORS={}
    )
    assert result.returncode == 0, result.log
    return result


def test_json_export(site):
    data = site.json("challenge.json")
    assert {k: data[k] for k in ("name", "length", "start", "today")} == {
        "name": "Thirty days",
        "length": 30,
        "start": "2030-03-01",
        "today": 10,
    }
    assert data["published"] == [1, 2, 3, 6, 7, 8, 9]
    assert data["missed"] == [4, 5]
    assert data["catch_up"] == [6]
    assert data["current_streak"] == 4
    assert data["longest_streak"] == 4
    assert data["percent"] == 23.3
    assert [p["day"] for p in data["posts"]] == [1, 2, 3, 6, 7, 8, 9]


def cell(html: str, day: int) -> str:
    """The calendar cell of one day."""
    cells = re.findall(r'<li class="day [^"]+">.*?</li>', html)
    return next(c for c in cells if f'data-day="{day}">' in c)


def test_progress_page_counts_and_calendar(site):
    html = site.page("/challenge/")
    assert "<dt>Posted</dt><dd>7 days (23.3%)</dd>" in html
    assert "<dt>Missed</dt><dd>2 days</dd>" in html
    assert "<dt>Posted late</dt><dd>1 day</dd>" in html
    assert "<dt>Current streak</dt><dd>4 days</dd>" in html
    assert "<dt>Longest streak</dt><dd>4 days</dd>" in html
    assert "<dt>Today</dt><dd>Day 10 of 30</dd>" in html
    assert 'href="../day/1/"' in cell(html, 1)
    assert "Day 1, 1 March: Day 1 title" in cell(html, 1)
    assert 'class="day catch-up"' in cell(html, 6)
    assert "Day 6, 6 March: Late but here (posted late)" in cell(html, 6)
    assert "Day 4, 4 March: missed" in cell(html, 4) and "href" not in cell(html, 4)
    assert "Day 10, 10 March: pending" in cell(html, 10)
    assert "Day 11, 11 March: upcoming" in cell(html, 11) and "href" not in cell(html, 11)
    assert "Day 30, 30 March: upcoming" in cell(html, 30)
    linked = re.findall(r'href="\.\./day/(\d+)/"', html)
    assert sorted(map(int, linked)) == [1, 2, 3, 6, 7, 8, 9]


def test_calendar_cells_show_date_and_day_and_milestones_how_far(site):
    html = site.page("/challenge/")
    # The cell shows its date (10 March) and, small, its day number; the label says both.
    assert '<span aria-hidden="true" data-day="10">10</span>' in cell(html, 10)
    assert 'aria-label="Day 1, 1 March: Day 1 title" data-day="1">1</a>' in cell(html, 1)
    assert '<details class="month" open>' in html
    assert "Days 1\u201330 · 7 posted" in html
    assert "One week (Day 7, 7 March): <strong>reached</strong>" in html
    assert "30 days (Day 30, 30 March): <strong>in 20 days</strong>" in html
    assert "not yet" not in html
    states = {m["day"]: (m["state"], m["date"]) for m in site.json("challenge.json")["milestones"]}
    assert states[30] == ("ahead", "2030-03-30")


def test_home_page_start_here_without_an_about_setting(site):
    html = site.page("/")
    assert (
        "Thirty days: one post a day for 30 days. Start at the beginning, or join in today." in html
    )
    assert '<a href="./day/1/">Start at Day 1</a> <a href="./day/9/">Latest: Day 9</a>' in html


def test_without_modules_nothing_of_them_is_written(site):
    assert "modules" not in site.json("challenge.json")
    assert not (site.output / "challenge" / "module").exists()
    every_page = "".join(p.read_text() for p in site.output.rglob("*.html"))
    assert 'class="module-line"' not in every_page and 'class="modules"' not in every_page
    assert 'class="author-box"' not in every_page  # AUTHORS is empty: no author boxes


def nav_links(html: str) -> dict[str, str]:
    return dict(re.findall(r'rel="(prev|next)" href="\.\./\.\./day/(\d+)/"', html))


def test_day_pages_link_to_published_neighbours_skipping_gaps(site):
    assert nav_links(site.page("/day/1/")) == {"next": "2"}
    assert nav_links(site.page("/day/3/")) == {"prev": "2", "next": "6"}
    assert nav_links(site.page("/day/6/")) == {"prev": "3", "next": "7"}
    assert nav_links(site.page("/day/9/")) == {"prev": "8"}


def test_day_page_shows_day_of_length_progress_and_catch_up(site):
    late = site.page("/day/6/")
    assert "Day 6 of 30" in late
    assert '<progress max="30" value="6"' in late
    assert "Posted late: this is Day 6" in late
    assert 'href="../../challenge/"' in late
    assert "Posted late" not in site.page("/day/7/")


def test_scheduled_and_draft_days_are_not_published(site):
    assert not (site.output / "day" / "11").exists()
    assert not (site.output / "day" / "12").exists()
    assert "Scheduled" not in site.page("/")


def test_later_build_publishes_the_scheduled_day(tmp_path, site):
    content = site.output.parent / "content"
    later = build(content, tmp_path / "output", epoch="1899572400", CHALLENGE=CHALLENGE)
    assert later.returncode == 0, later.log
    assert (later.output / "day" / "11" / "index.html").is_file()
    assert 11 in later.json("challenge.json")["published"]


def test_home_widget_and_ordinary_posts(site):
    home = site.page("/")
    assert "Day 10 of 30" in home and "7 days posted (23.3%)" in home
    assert "current streak 4 days" in home
    essay = site.page("/posts/2030/an-essay-outside-the-challenge/")
    assert "day-badge" not in essay and "Challenge days" not in essay

"""Tags: one spelling per tag, the index with counts, paginated tag pages, tag feeds."""

from __future__ import annotations

import re

import feedparser
import pytest
from support import build, nu_check, write

CHALLENGE = {"name": "Thirty days", "length": 30, "start": "2030-03-01"}
TODAY_EPOCH = "1899392400"  # 2030-03-10 12:00 in America/Chicago


def post(day: int, tags: str) -> str:
    return f"Title: Post of day {day}\nDate: 2030-03-{day:02} 20:00\nDay: {day}\nTags: {tags}\n\nText.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    content = tmp_path_factory.mktemp("tags") / "content"
    write(content, "days/001.md", post(1, "LinkedIn, habits, Work at home"))
    write(content, "days/002.md", post(2, "LinkedIn, habits"))
    write(content, "days/003.md", post(3, "linkedin, habits, work-at-home"))
    write(content, "days/004.md", post(4, "habits, Q&A, NASA"))
    write(content, "days/005.md", post(5, 'habits, R&D "lab" <notes>'))
    for day in range(6, 10):
        write(content, f"days/{day:03}.md", post(day, "habits"))
    write(
        content,
        "posts/essay.md",
        "Title: An essay\nDate: 2030-03-08 09:00\nTags: habits, essays\n\nText.\n",
    )
    write(
        content,
        "posts/another.md",
        "Title: Another\nDate: 2030-03-09 09:00\nTags: habits\n\nText.\n",
    )
    result = build(content, content.parent / "output", epoch=TODAY_EPOCH, CHALLENGE=CHALLENGE)
    assert result.returncode == 0, result.log
    return result


def test_variant_spellings_are_warned_about_naming_files(site):
    assert (
        "days/003.md: Tags: 'linkedin' is a variant of 'LinkedIn' (used in "
        f"{site.output.parent}/content/days/001.md, {site.output.parent}/content/days/002.md); "
        "shown everywhere as 'LinkedIn'" in site.log
    )
    assert "days/003.md: Tags: 'work-at-home' is a variant of 'Work at home'" in site.log


def index_entries(html: str) -> list[tuple[str, str, str]]:
    return re.findall(
        r'<li class="weight-(\d)"><a href="[^"]+">([^<]+)</a> <span class="count">\((\d+) posts?\)',
        html,
    )


def test_tag_index_counts_alphabetical_and_canonical(site):
    entries = index_entries(site.page("/tags/"))
    names = [name for _, name, _ in entries]
    assert names == [
        "essays",
        "habits",
        "LinkedIn",
        "NASA",
        "Q&amp;A",
        "R&amp;D &#34;lab&#34; &lt;notes&gt;",
        "Work at home",
    ]
    counts = {name: int(count) for _, name, count in entries}
    assert counts["habits"] == 11 and counts["LinkedIn"] == 3 and counts["essays"] == 1
    weights = {name: int(weight) for weight, name, _ in entries}
    assert weights["habits"] == 4 and weights["essays"] == 1
    assert "linkedin</a>" not in site.page("/tags/")


def test_posts_show_canonical_names(site):
    day_3 = site.page("/day/3/")
    assert ">LinkedIn</a>" in day_3 and ">Work at home</a>" in day_3
    assert ">linkedin</a>" not in day_3 and ">work-at-home</a>" not in day_3


def test_tag_pages_are_paginated_in_folders_newest_first(site):
    first = site.page("/tag/habits/")
    second = site.page("/tag/habits/page/2/")
    titles = re.findall(r"<h2><a [^>]+>([^<]+)</a></h2>", first + second)
    assert len(titles) == 11
    assert titles[:3] == ["Post of day&nbsp;9", "Another", "Post of day&nbsp;8"]
    assert titles[-1] == "Post of day&nbsp;1"
    assert 'rel="next" href="../../tag/habits/page/2/"' in first
    assert 'rel="prev" href="../../../../tag/habits/"' in second
    assert '<p class="day-badge"><a href="../../day/9/">Day 9</a>' in first
    assert not (site.output / "tag" / "habits" / "page" / "3").exists()


def test_tag_titles_are_plain_text(site):
    html = site.page("/tag/rd-lab/")
    assert "<title>Tag: R&amp;D &#34;lab&#34; &lt;notes&gt; · Connect 365</title>" in html
    assert "<title>Tag: NASA · Connect 365</title>" in site.page("/tag/nasa/")


def test_tag_feeds_are_valid_and_canonical(site):
    parsed = feedparser.parse((site.output / "feeds/tag/linkedin.rss.xml").read_bytes())
    assert not parsed.bozo
    assert parsed.feed.title == "Connect 365: LinkedIn"
    assert [e.title for e in parsed.entries] == [
        "Day 3: Post of day 3",
        "Day 2: Post of day 2",
        "Day 1: Post of day 1",
    ]
    assert {t.term for e in parsed.entries for t in e.tags} >= {
        "LinkedIn",
        "Work at home",
        "habits",
    }
    odd = feedparser.parse((site.output / "feeds/tag/rd-lab.atom.xml").read_bytes())
    assert not odd.bozo and odd.feed.title == 'Connect 365: R&D "lab" <notes>'
    html = site.page("/tag/linkedin/")
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Connect 365: LinkedIn (RSS)" href="../../feeds/tag/linkedin.rss.xml">'
        in html
    )


def test_index_and_tag_pages_pass_the_html_validator(site, tmp_path):
    done = nu_check(site.output)
    assert done.returncode == 0, done.stdout + done.stderr

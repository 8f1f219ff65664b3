"""Real authors' content in a real build: Markdown as written on GitHub, links that
resolve from the post's folder or are reported, tags that stay apart.

The log in `fixtures/hundred-days/` is an original #100DaysOfCode-style log,
converted to day posts as written: lists without blank lines, fences in lists
and closed with extra backticks, bare URLs, task lists, a table, an image next
to its post, links between days and to their headings, `\\<ul>`, `:::console`.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import feedparser
import pytest
from support import REPO, build, nu_check, write
from test_feeds import check_atom, check_rss, feed_files

from tools.code_css import generated

LOG = Path(__file__).parent / "fixtures" / "hundred-days"
HUNDRED_DAYS = {"name": "100 Days of Code", "length": 100, "start": "2026-03-01"}
# 2026-03-10 12:00 in America/Chicago
MARCH_TENTH = "1773165600"
SITE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def log_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("log") / "content"
    shutil.copytree(LOG, content)
    built = build(
        content,
        content.parent / "output",
        epoch=MARCH_TENTH,
        CHALLENGE=HUNDRED_DAYS,
        LINK_CHECK="error",
    )
    assert built.returncode == 0, built.log
    return built


def test_the_log_builds_with_no_broken_link(log_site):
    assert "link:" not in log_site.log
    assert "WARNING" not in log_site.log


def test_the_log_passes_the_nu_html_checker(log_site):
    done = nu_check(log_site.output)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_logs_feeds_follow_the_rules(log_site):
    for path in feed_files(log_site.output):
        if path.suffix == ".json":
            continue
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, path
        if not parsed.entries:
            assert path.name.startswith("homework."), path  # the log has no homework
            continue
        url = f"{SITE}/{path.relative_to(log_site.output).as_posix()}"
        (check_rss if path.name.endswith(".rss.xml") else check_atom)(path, url)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", html)


def test_constructs_render_as_on_github(log_site):
    day1 = text_of(log_site.page("/day/1/"))
    assert "<p>Round 1, Day 1. The plan for the next hundred&nbsp;days:</p> <ul>" in day1
    assert '<a href="https://nodejs.org/en/download">https://nodejs.org/en/download</a>' in day1
    assert "--only<span" in day1 and "&#8212;only" not in day1  # code, untouched by Typogrify
    assert (
        '<h2 id="what-went-wrong">What went wrong <a class="header-anchor" href="#what-went-wrong"'
        in day1
    )
    day2 = text_of(log_site.page("/day/2/"))
    assert "<p>Props flow down; state stays where it changes." in day2  # not swallowed by the fence
    assert 'href="../../day/1/#what-went-wrong"' in day2
    day3 = log_site.page("/day/3/")
    assert day3.count('class="task-list-item-checkbox"') == 4 and "<table>" in day3
    day5 = log_site.page("/day/5/")
    assert "named their club &lt;ul&gt; as a joke" in day5 and "<s>innerHTML</s>" in day5
    day6 = log_site.page("/day/6/")
    assert ":::console" not in day6 and '<span class="gp">$ </span>npm' in day6
    day8 = log_site.page("/day/8/")
    assert (
        'href="../../day/4/"' in day8
        and 'href="../../day/3/"' in day8
        and 'class="footnote-ref"' in day8
    )


def test_an_image_next_to_its_post_works_on_the_page_and_in_feeds(log_site):
    assert 'src="../../days/images/day4-week.svg"' in log_site.page("/day/4/")
    assert (log_site.output / "days" / "images" / "day4-week.svg").is_file()
    atom = (log_site.output / "feeds" / "all.atom.xml").read_text()
    assert f'src="{SITE}/days/images/day4-week.svg"' in atom
    assert not (log_site.output / "days" / "004-a-chart.md").exists()  # sources stay private


def test_the_challenge_reads_the_log(log_site):
    challenge = log_site.json("challenge.json")
    assert challenge["published"] == [1, 2, 3, 4, 5, 6, 8]
    assert challenge["missed"] == [7, 9]  # calendar pace: Day 9 was 9 March


def test_relative_links_from_posts_and_from_another_folder(tmp_path):
    content = tmp_path / "content"
    write(
        content,
        "days/001.md",
        "Title: One\nDate: 2026-11-01 20:00\nDay: 1\n\n![pic](pics/one.svg) and [about](../pages/about.md).\n",
    )
    write(content, "days/pics/one.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write(
        content,
        "posts/essay.md",
        "Title: Essay\nDate: 2026-10-20 10:00\n\n![shared](../images/shared.svg) [day one](../days/001.md)\n",
    )
    write(content, "images/shared.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write(content, "pages/about.md", "Title: About\n\nAbout.\n")
    built = build(content, tmp_path / "output", LINK_CHECK="error")
    assert built.returncode == 0, built.log
    assert 'src="../../days/pics/one.svg"' in built.page("/day/1/")
    assert 'href="../../about/"' in built.page("/day/1/")
    essay = built.page("/posts/2026/essay/")
    assert 'src="../../../images/shared.svg"' in essay and 'href="../../../day/1/"' in essay
    rss = (built.output / "feeds" / "all.rss.xml").read_text()
    assert f"{SITE}/days/pics/one.svg" in rss and f"{SITE}/images/shared.svg" in rss


def test_a_broken_link_names_its_source_in_check_and_build(tmp_path):
    content = tmp_path / "content"
    write(
        content,
        "days/001.md",
        "Title: One\nDate: 2026-11-01 20:00\nDay: 1\n\nSee ![x](images/day1.png) and [y](#nowhere).\n",
    )
    local = build(content, tmp_path / "local")
    assert local.returncode == 0, local.log
    for link in ("images/day1.png", "#nowhere"):
        assert f"{content}/days/001.md: link: '{link}' does not exist" in local.log.replace(
            "\n", " "
        )
    published = build(content, tmp_path / "published", settings="publishconf.py")
    assert published.returncode == 1
    assert f"{content}/days/001.md: link: 'images/day1.png' does not exist" in published.log


def test_c_c_sharp_and_c_plus_plus_stay_apart_and_a_repeated_tag_counts_once(tmp_path):
    content = tmp_path / "content"
    write(
        content,
        "posts/a.md",
        "Title: A\nDate: 2026-10-20 10:00\nTags: C, C#, C++, Python, news, Python\n\nA.\n",
    )
    write(
        content,
        "posts/b.md",
        "Title: B\nDate: 2026-10-21 10:00\nTags: C\nCategory: Languages\n\nB.\n",
    )
    built = build(content, tmp_path / "output")
    assert built.returncode == 0, built.log
    tags = {p.name for p in (built.output / "tag").iterdir()}
    assert {"c", "c-sharp", "c-plus-plus", "python", "news", "languages"} <= tags
    assert built.page("/tag/c/").count('class="post-card"') == 2
    assert built.page("/tag/c-sharp/").count('class="post-card"') == 1
    assert built.page("/tag/python/").count('class="post-card"') == 1
    feed = (built.output / "feeds" / "tag" / "python.rss.xml").read_text()
    assert feed.count("<item>") == 1
    post = text_of(built.page("/posts/2026/a/"))
    assert post.count(">Python</a>") == 1
    assert "(1 post)" in text_of(built.page("/tags/")).split(">Python</a>")[1][:40]
    assert ">Languages</a>" in built.page("/posts/2026/b/")  # the category, as a tag


def test_code_styles_in_the_stylesheet_are_up_to_date():
    css = (REPO / "theme" / "static" / "css" / "site.css").read_text()
    assert generated() in css, "run: python -m tools.code_css"

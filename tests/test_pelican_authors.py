"""A Pelican author's posts, moved over unchanged: Pelican's own link syntax works
in pages and feeds, typography changes prose only, and what authors paste from
GitHub (alerts, emoji, math, definition lists, footnotes) renders."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from support import REPO, build, nu_check, served, write
from test_browser import axe_violations

CHALLENGE = {"name": "Links", "length": 30, "start": "2026-11-01"}
ESSAY = "Title: The essay\nDate: 2026-11-02 09:00\nTags: habits\n\nThe essay's body.\n"
LINKS = """Title: Links the Pelican way
Date: 2026-11-03 21:00
Day: 3
Tags: habits

[the essay]({filename}/posts/essay.md), [again]({filename}../posts/essay.md),
[old style](|filename|/posts/essay.md), [habits]({tag}habits), [home]({index}).

![the chart]({static}/images/chart.png)

[the notes]({attach}notes.txt)

<a href="{filename}/posts/essay.md">raw HTML</a> <a href='{static}/images/chart.png'>quoted</a>
"""
TYPOGRAPHY = """Title: "Quoted" -- and more...
Date: 2026-11-01 21:00
Day: 1

<!-- note -- to self, "draft" > later -->

"Prose" -- it's prose... Pass --dry-run or -v, see https://example.com/a--b
or [https://example.com/c--d](https://example.com/c--d), mail first--last@example.com.
Escaped: \\-\\-force \\"plain\\" \\.\\.\\. and `--code "x"...` and <kbd>--kbd</kbd>.

<textarea aria-label="notes">"typed" -- as is...</textarea>
"""
GITHUB = """Title: Pasted from GitHub
Date: 2026-11-02 21:00
Day: 2

> [!NOTE]
> Bring one question.

> [!TIP]
> Ask it early.

> [!IMPORTANT]
> Listen to the answer.

> [!WARNING]
> Do not pitch.

> [!CAUTION]
> Never skip the follow-up.

Shipped :tada: and :+1:.

Inline $a^2 + b^2 = c^2$ and a price of $5.

$$
\\frac{1}{n}\\sum_{i=1}^{n} x_i
$$

Follow-up
:   A short note within two days.

A claim.[^source]

[^source]: Where it comes from.

## Comments

## ![logo]({static}/images/chart.png)
"""


@pytest.fixture(scope="module")
def blog(tmp_path_factory):
    content = tmp_path_factory.mktemp("pelican-blog") / "content"
    write(content, "posts/essay.md", ESSAY)
    write(
        content,
        "pages/about.md",
        "Title: About\n\nStart with [the essay]({filename}/posts/essay.md).\n",
    )
    write(content, "days/003-links.md", LINKS)
    write(content, "days/001-typography.md", TYPOGRAPHY)
    write(content, "days/002-github.md", GITHUB)
    write(content, "days/notes.txt", "Notes.\n")
    write(content, "images/chart.png", "")
    (content / "images" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    built = build(content, content.parent / "output", CHALLENGE=CHALLENGE, LINK_CHECK="error")
    assert built.returncode == 0, built.log
    return built


def test_pelicans_link_syntax_resolves_in_pages(blog):
    day = blog.page("/day/3/")
    hrefs = re.findall(r'(?:href|src)=["\']([^"\']*)["\']', day.split('class="post-body"')[1])
    assert not [h for h in hrefs if "{" in h or "|" in h or "%7B" in h or "%7C" in h], hrefs
    for text in ("the essay", "again", "old style", "raw HTML"):
        assert f'href="../../posts/2026/the-essay/">{text}</a>' in day, text
    assert 'href="../../tag/habits/">habits</a>' in day
    assert 'href="../../">home</a>' in day or 'href="../../index.html">home</a>' in day
    assert 'src="../../images/chart.png"' in day
    assert "href='../../images/chart.png'>quoted</a>" in day
    attached = re.search(r'href="([^"]*notes\.txt)"', day)[1]
    assert (blog.output / "day" / "3" / attached).resolve().is_file()
    assert "WARNING" not in blog.log


def test_pelicans_link_syntax_resolves_in_pages_of_the_site(blog):
    assert 'href="../posts/2026/the-essay/">the essay</a>' in blog.page("/about/")


def test_pelicans_link_syntax_resolves_in_feeds(blog):
    feed = (blog.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "%7B" not in feed and "{filename}" not in feed and "|filename|" not in feed
    assert 'href="http://127.0.0.1:8000/posts/2026/the-essay/"' in feed.replace("&quot;", '"')


def test_a_broken_placeholder_link_is_named_by_the_build_and_make_check(tmp_path):
    content = tmp_path / "content"
    write(
        content,
        "days/001-x.md",
        "Title: X\nDate: 2026-11-01 21:00\nDay: 1\n\n[gone]({filename}/posts/missing.md)\n",
    )
    built = build(content, tmp_path / "output", CHALLENGE=CHALLENGE, LINK_CHECK="error")
    assert built.returncode == 1
    assert "link: '{filename}/posts/missing.md' does not exist" in built.log
    checked = subprocess.run(
        [sys.executable, "-m", "connect365.checking", str(content), "-s", "pelicanconf.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    line = "days/001-x.md: link: '{filename}/posts/missing.md' does not exist"
    assert line in checked.stdout + checked.stderr, checked.stdout + checked.stderr


def body(html: str) -> str:
    """The post's own HTML, Typogrify's no-break spaces (widont) as spaces."""
    return html.split('class="post-body"')[1].split("</article>")[0].replace("&nbsp;", " ")


def test_typography_changes_prose_and_nothing_else(blog):
    page = blog.page("/day/1/")
    text = body(page)
    assert '<!-- note -- to self, "draft" > later -->' in text
    assert "\u201cProse\u201d \u2014 it\u2019s prose\u2026" in text
    assert "Pass --dry-run or -v" in text
    assert ">https://example.com/a--b</a>" in text and ">https://example.com/c--d</a>" in text
    assert ">first--last@example.com</a>" in text
    assert "Escaped: --force &quot;plain&quot; ... and" in text
    assert "<code>--code &quot;x&quot;...</code>" in text and "<kbd>--kbd</kbd>" in text
    assert '<textarea aria-label="notes">"typed" -- as is...</textarea>' in text
    assert "<h1>\u201cQuoted\u201d \u2014 and\u00a0more\u2026</h1>" in page.replace(
        "&nbsp;", "\u00a0"
    )
    assert "<title>Day 1: \u201cQuoted\u201d \u2014 and more\u2026 \u00b7" in page


def test_what_authors_paste_from_github_renders(blog):
    text = body(blog.page("/day/2/"))
    for kind in ("note", "tip", "important", "warning", "caution"):
        assert f'<div class="markdown-alert markdown-alert-{kind}">' in text
    assert '<p class="markdown-alert-title">Caution</p>' in text
    assert "Shipped \U0001f389 and \U0001f44d." in text
    assert '<span class="math inline"><math' in text and "a price of $5." in text
    assert '<div class="math block">\n<math' in text
    assert "<dt>Follow-up</dt>" in text and "<dd>A short note within two days.</dd>" in text
    assert '<section class="footnotes" data-footnotes>' in text and 'id="fn-source"' in text
    assert 'id="comments-section"' in text  # the page's own #comments stays unique
    assert '<h2 id="section">' in text


def test_the_site_passes_the_nu_html_checker(blog):
    done = nu_check(blog.output)
    assert done.returncode == 0, done.stdout + done.stderr


def test_alerts_are_accessible_in_light_and_dark(blog, browser, tmp_path):
    with served(blog.output) as site:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(f"{site}/day/2/")
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            assert axe_violations(page, ".post-body") == [], scheme
            page.locator(".markdown-alert-note").scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / f"alerts-{scheme}.png"), full_page=True)
        page.close()

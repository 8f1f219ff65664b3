"""The sample blog as readers get it: pages, links, valid HTML, plain titles."""

from __future__ import annotations

import gzip
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from support import SAMPLE_CONTENT, build, nu_check

PUBLISHED_DAYS = [*range(1, 10), *range(12, 22)]
DRAFT_DAY = 22


def test_sample_builds_without_warnings(sample_site):
    assert "WARNING" not in sample_site.log
    assert "ERROR" not in sample_site.log


def test_every_published_day_has_its_page_and_drafts_have_none(sample_site):
    day_pages = sorted(int(p.parent.name) for p in sample_site.output.glob("day/*/index.html"))
    assert day_pages == PUBLISHED_DAYS
    assert not (sample_site.output / "day" / str(DRAFT_DAY)).exists()
    assert not (sample_site.output / "drafts").exists()
    html = "\n".join(p.read_text() for p in sample_site.output.rglob("*.html"))
    assert "A reputation is built in small deliveries" not in html


def test_urls_follow_the_design(sample_site):
    out = sample_site.output
    for url in [
        "index.html",
        "page/2/index.html",
        "posts/2026/working-from-home-without-working-alone/index.html",
        "about/index.html",
        "archives/index.html",
        "tags/index.html",
        "tag/remote-work/index.html",
        "challenge/index.html",
        "challenge.json",
        "homework/index.html",
        "404.html",
    ]:
        assert (out / url).is_file(), url


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.refs: list[str] = []
        self.title_parts: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "base":
            self.base = attrs.get("href")
        for name in ("href", "src"):
            if attrs.get(name):
                self.refs.append(attrs[name])
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)


def parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def broken_links(output: Path) -> list[str]:
    """Every internal href/src in the output that points at no file."""
    broken = []
    for page in sorted(output.rglob("*.html")):
        url = "/" + page.relative_to(output).as_posix()
        links = parse(page.read_text(encoding="utf-8"))
        base = urljoin(url, links.base) if links.base else url
        for ref in links.refs:
            parts = urlsplit(urljoin(base, ref))
            if parts.scheme or parts.netloc:
                continue
            target = output / unquote(parts.path).lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{url}: {ref}")
    return broken


def test_no_broken_internal_links(sample_site):
    assert broken_links(sample_site.output) == []


def test_link_checker_finds_a_broken_link(tmp_path):
    write_page = tmp_path / "day" / "1" / "index.html"
    write_page.parent.mkdir(parents=True)
    write_page.write_text('<a href="../../day/2/">next</a><a href="../../">home</a>')
    (tmp_path / "index.html").write_text("home")
    assert broken_links(tmp_path) == ["/day/1/index.html: ../../day/2/"]


def test_every_page_passes_the_nu_html_checker(sample_site):
    done = nu_check(sample_site.output)
    assert done.returncode == 0, done.stdout + done.stderr


def test_nu_checker_catches_invalid_html(tmp_path):
    (tmp_path / "bad.html").write_text("<!DOCTYPE html><html lang=en><title>x</title><p><div></p>")
    assert nu_check(tmp_path).returncode != 0


def test_titles_are_plain_text(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    (content / "days" / "003-coffee-once-a-month.md").write_text(
        'Title: NASA & the "Q&A" <tips> that work\nDate: 2026-11-03 21:00\nDay: 3\n'
        "Summary: A <b>bold</b> summary & more.\n\nBody.\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "output")
    assert result.returncode == 0, result.log
    html = result.page("/day/3/")
    title = "".join(parse(html).title_parts)
    assert title == "Day 3: NASA & the \u201cQ&A\u201d <tips> that work · Connect 365"
    head = html.split("</head>")[0]
    assert "<span" not in head and "&#" not in head and "&nbsp;" not in head
    assert '<meta name="description" content="A bold summary &amp; more.">' in head
    # The visible title keeps its typography (curly quotes, no lone last word),
    # with the text escaped.
    h1 = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert h1.endswith("NASA &amp; the \u201cQ&amp;A\u201d &lt;tips&gt; that&nbsp;work")


def test_publish_build_has_absolute_urls_and_feeds(tmp_path):
    result = build(SAMPLE_CONTENT, tmp_path / "output", settings="publishconf.py")
    assert result.returncode == 0, result.log
    html = result.page("/day/3/")
    assert 'href="https://connect365.example/challenge/"' in html
    assert (result.output / "feeds" / "all.atom.xml").is_file()
    assert result.json("challenge.json")["posts"][0]["url"] == "https://connect365.example/day/1/"


def test_other_content_folders_build_with_standard_pelican_options(tmp_path):
    content = tmp_path / "content"
    (content / "days").mkdir(parents=True)
    (content / "days" / "1.md").write_text(
        "Title: Hello\nDate: 2030-01-01 10:00\nDay: 1\n\nHi.\n", encoding="utf-8"
    )
    result = build(
        content,
        tmp_path / "output",
        epoch="1893600000",
        SITENAME="Other blog",
        CHALLENGE={"name": "Ten days", "length": 10, "start": "2030-01-01"},
    )
    assert result.returncode == 0, result.log
    assert "<title>Day 1: Hello · Other blog</title>" in result.page("/day/1/")
    assert result.json("challenge.json")["length"] == 10


def test_local_build_links_are_relative(sample_site):
    """Root-relative links would break a site previewed or hosted under a sub-path."""
    for page in sample_site.output.rglob("*.html"):
        if page.name == "404.html":  # resolved from <base href>, at any depth
            continue
        rooted = [r for r in parse(page.read_text()).refs if r.startswith("/")]
        assert rooted == [], page


def test_the_theme_script_runs_before_the_stylesheet_on_every_page(sample_site):
    """No flash of the other theme: the reader's choice is on <html> before CSS applies."""
    script = re.compile(r'<script src="[^"]*theme/js/theme\.js" integrity="sha[^"]+"></script>')
    for page in sorted(sample_site.output.rglob("*.html")):
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        found = script.search(head)
        assert found, page
        assert found.start() < head.index('rel="stylesheet"'), page


def test_every_post_says_its_reading_time_and_long_ones_have_contents(sample_site):
    posts = [*sample_site.output.glob("day/*/index.html"), *sample_site.output.glob("posts/*/*/")]
    for post in posts:
        html = post.read_text() if post.is_file() else (post / "index.html").read_text()
        assert re.search(r'<span class="reading-time">\d+ min read</span>', html), post
    html = sample_site.page("/day/16/")
    contents = html[
        html.index('<nav class="toc"') : html.index("</nav>", html.index('class="toc"'))
    ]
    assert "data-pagefind-ignore" in contents and "<details" in contents
    assert re.findall(r'<div class="toc-list">.*?</div>', contents, re.S)[0].count("<li") == 3
    assert '<a href="#before-your-first-call">Before your first call</a>' in contents
    assert 'class="toc"' not in sample_site.page("/day/12/")  # no headings
    assert "code_copy" in html and "code_copy" not in sample_site.page("/day/12/")


def test_search_titles_and_what_is_indexed(sample_site):
    html = sample_site.page("/day/16/")
    assert (
        '<meta property="og:title" data-pagefind-meta="title[content]" '
        'content="Day 16: Build a sounding board of remote peers">'
    ) in html
    assert '<div class="day-progress" data-pagefind-ignore>' in html
    body = html[html.index("data-pagefind-body") :]
    assert "site-nav" not in body and "<progress" in body  # the menu is outside the post
    missing = sample_site.page("/404.html")
    assert re.search(
        r'<form class="search-form" role="search" action="[^"]*search/" method="get">', missing
    )
    assert '<input id="not-found-search" type="search" name="q" required>' in missing


def test_archives_are_by_month_with_counts(sample_site):
    html = sample_site.page("/archives/")
    headings = re.findall(
        r'<h2 id="(month-[\d-]+)">(.*?) <span class="count">\((\d+)\)</span></h2>', html
    )
    assert headings == [
        ("month-2026-11", "November 2026", "21"),
        ("month-2026-10", "October 2026", "1"),
    ]
    assert '<time datetime="2026-11-21T20:40:00-06:00">21 Nov</time>' in html


def test_a_day_page_and_its_stylesheet_arrive_in_the_first_round_trip(sample_site):
    """HTML and CSS of every day page under 14 KB gzipped (DESIGN.md, "Small pages")."""
    css = len(gzip.compress((sample_site.output / "theme/css/site.css").read_bytes()))
    sizes = {
        page.parent.name: len(gzip.compress(page.read_bytes())) + css
        for page in sample_site.output.glob("day/*/index.html")
    }
    assert len(sizes) == len(PUBLISHED_DAYS)
    assert max(sizes.values()) < 14 * 1024, sizes

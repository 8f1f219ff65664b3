"""Link check: resolving links against a set of output files, and a tiny site's report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pelican.plugins.link_check import Site, broken_links

FILES = {"index.html", "day/3/index.html", "theme/css/site.css", "feeds/all.rss.xml", "a b.png"}
IDS = {"day/3/index.html": {"main", "homework-3"}, "index.html": {"main"}}


def site() -> Site:
    return Site(
        files=set(FILES),
        site_urls=("https://example.org/blog",),
        ids_of=lambda page: IDS.get(page, set()),
        ignored=("pagefind/",),
    )


@pytest.mark.parametrize(
    ("link", "page", "missing"),
    [
        ("../../theme/css/site.css", "day/3/index.html", False),
        ("../3/", "day/3/index.html", False),
        ("#homework-3", "day/3/index.html", False),
        ("#homework-4", "day/3/index.html", True),
        ("/day/3/#main", "index.html", False),
        ("https://example.org/blog/day/3/", "feeds/all.rss.xml", False),
        ("https://example.org/blog/day/4/", "feeds/all.rss.xml", True),
        ("https://elsewhere.example/x", "index.html", False),
        ("mailto:a@example.org", "index.html", False),
        ("a%20b.png", "index.html", False),
        ("/pagefind/pagefind-ui.js", "index.html", False),
        ("day/3", "index.html", False),
        ("images/day5.png", "day/5/index.html", True),
    ],
)
def test_links_resolve_against_what_the_build_writes(link, page, missing):
    assert site().missing(link, page) is missing


def test_a_base_element_changes_where_links_lead():
    html = '<base href="https://example.org/blog/"><a href="#main">skip</a><a href="day/3/">3</a>'
    assert list(broken_links(html, "404.html", site())) == []
    html = '<base href="/"><img srcset="a%20b.png 1x, gone.png 2x"><a href="#nowhere">x</a>'
    assert list(broken_links(html, "no/such/index.html", site())) == [
        ("gone.png", "gone.png"),
        ("#nowhere", "index.html"),  # with <base href="/">, a fragment is the home page's
    ]


SETTINGS = """
PLUGINS = ["pelican.plugins.link_check"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
LINK_CHECK = "{level}"
"""


@pytest.mark.parametrize(("level", "code"), [("warning", 0), ("error", 1)])
def test_a_broken_link_is_named_with_its_content_file(tmp_path: Path, level, code):
    content = tmp_path / "content"
    content.mkdir()
    post = "Title: A\nDate: 2026-01-02\n\nSee [the list](list.html) and [top](#top).\n"
    (content / "a.md").write_text(post, encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS.format(level=level), encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "out")]
    command += (
        ["-s", str(tmp_path / "conf.py"), "--fatal", "errors"]
        if level == "error"
        else ["-s", str(tmp_path / "conf.py")]
    )
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
    )
    said = done.stdout + done.stderr
    assert "content/a.md: link: 'list.html' does not exist" in said
    # --fatal errors stops at the first error; a warning run names them all.
    assert ("content/a.md: link: '#top' does not exist" in said) is (level == "warning")
    assert done.returncode == code

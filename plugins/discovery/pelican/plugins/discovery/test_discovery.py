"""Discovery: absolute URLs in-process, and a tiny site's sitemap."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pelican.plugins.discovery import absolute_url, set_defaults

SITE = "https://example.org/blog"


@pytest.mark.parametrize(
    ("output_file", "url"),
    [
        ("index.html", f"{SITE}/"),
        ("day/3/index.html", f"{SITE}/day/3/"),
        ("posts/2026/myindex.html", f"{SITE}/posts/2026/myindex.html"),
        ("feeds/all.rss.xml", f"{SITE}/feeds/all.rss.xml"),
    ],
)
def test_absolute_url_drops_only_a_whole_index_html(output_file, url):
    assert absolute_url(SITE, output_file) == url


@pytest.mark.parametrize(
    ("siteurl", "expected"),
    [("", "http://127.0.0.1:8000"), (f"{SITE}/", SITE), ("http://a.example", "http://a.example")],
)
def test_siteurl_is_the_one_source(siteurl, expected):
    settings = {"SITEURL": siteurl, "ABSOLUTE_SITEURL": "https://stale.example"}
    set_defaults(settings)
    assert settings["ABSOLUTE_SITEURL"] == expected


SETTINGS = """
PLUGINS = ["pelican.plugins.discovery"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
ARTICLE_URL = "posts/{slug}/"
ARTICLE_SAVE_AS = "posts/{slug}/index.html"
SITEURL = "https://example.org/blog"
"""


def test_sitemap_lists_the_written_pages_with_their_dates(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("Title: A\nDate: 2026-01-02 10:00\n\nA.\n", encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "-s", str(tmp_path / "conf.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    tree = ET.parse(tmp_path / "out" / "sitemap.xml")
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    entries = {u.findtext(f"{ns}loc"): u.findtext(f"{ns}lastmod") for u in tree.iter(f"{ns}url")}
    assert entries[f"{SITE}/posts/a/"] == "2026-01-02T10:00:00+00:00"
    assert entries[f"{SITE}/"] == "2026-01-02T10:00:00+00:00"
    assert all(url.startswith(f"{SITE}/") for url in entries)
    robots = (tmp_path / "out" / "robots.txt").read_text()
    assert robots.endswith(f"Sitemap: {SITE}/sitemap.xml\n")


def test_sitemap_xml_is_sorted_escaped_and_without_duplicates():
    from datetime import datetime

    from pelican.plugins.discovery.sitemap import SitemapEntry, sitemap_xml

    when = datetime.fromisoformat("2026-01-02T10:00:00+00:00")
    entries = [SitemapEntry(f"{SITE}/b/", when), SitemapEntry(f"{SITE}/a/?x=1&y=2")]
    text = sitemap_xml([*entries, entries[0]])
    assert text.splitlines()[2:] == [
        f"  <url><loc>{SITE}/a/?x=1&amp;y=2</loc></url>",
        f"  <url><loc>{SITE}/b/</loc><lastmod>2026-01-02T10:00:00+00:00</lastmod></url>",
        "</urlset>",
    ]

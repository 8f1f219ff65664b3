"""Sharing and discovery: canonical URLs, Open Graph, JSON-LD, sitemap.xml, robots.txt."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from support import SAMPLE_CONTENT, build

SITE = "https://connect365.example"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    result = build(
        SAMPLE_CONTENT, tmp_path_factory.mktemp("publish") / "output", settings="publishconf.py"
    )
    assert result.returncode == 0, result.log
    return result


def meta(html: str, attribute: str, name: str) -> str:
    found = re.search(
        rf'<meta [^>]*\b{attribute}="{re.escape(name)}"[^>]*\bcontent="([^"]*)"', html
    )
    return found.group(1)


def test_canonical_and_open_graph_are_absolute(published):
    html = published.page("/day/12/")
    assert f'<link rel="canonical" href="{SITE}/day/12/">' in html
    assert meta(html, "property", "og:url") == f"{SITE}/day/12/"
    assert meta(html, "property", "og:type") == "article"
    assert (
        meta(html, "property", "og:title") == "Day 12: The introvert\u2019s trick: pay in advance"
    )
    assert meta(html, "property", "og:description").startswith("If you always find a reason")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    home = published.page("/")
    assert f'<link rel="canonical" href="{SITE}/">' in home
    assert meta(home, "property", "og:type") == "website"
    assert f'<link rel="canonical" href="{SITE}/page/2/">' in published.page("/page/2/")


def test_posts_carry_json_ld(published):
    html = published.page("/posts/2026/qa-networking-as-a-new-dad/")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Q&A: networking as a new dad"
    assert data["author"] == {"@type": "Person", "name": "Daniel Reyes"}
    assert (
        data["url"] == data["mainEntityOfPage"] == f"{SITE}/posts/2026/qa-networking-as-a-new-dad/"
    )
    assert data["datePublished"] == "2026-11-11T12:00:00-06:00"
    assert "<" not in block and "&amp;" not in block


def test_sitemap_lists_every_page_with_absolute_urls(published):
    root = ET.parse(published.output / "sitemap.xml").getroot()
    urls = [u.findtext(f"{SITEMAP}loc") for u in root.findall(f"{SITEMAP}url")]
    pages = sorted(
        p.relative_to(published.output).as_posix().removesuffix("index.html")
        for p in published.output.rglob("*.html")
        if p.name != "404.html" and "search/" not in p.as_posix() and "pagefind" not in p.as_posix()
    )
    assert sorted(urls) == [f"{SITE}/{page}" for page in pages]
    day = next(
        u for u in root.findall(f"{SITEMAP}url") if u.findtext(f"{SITEMAP}loc") == f"{SITE}/day/12/"
    )
    assert day.findtext(f"{SITEMAP}lastmod") == "2026-11-14T09:15:00-06:00"


def test_robots_txt_points_at_the_sitemap(published):
    robots = (published.output / "robots.txt").read_text()
    assert robots.splitlines()[0] == "User-agent: *"
    assert f"Sitemap: {SITE}/sitemap.xml" in robots

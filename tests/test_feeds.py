"""Feeds as feed readers get them: well-formed, full content, stable ids."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from support import build, day_post, tree_digest, write

SITE = "http://127.0.0.1:8000"
ATOM = "{http://www.w3.org/2005/Atom}"
RFC_822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}$"
)
RFC_3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
URL_ATTRIBUTE = re.compile(r'(?:href|src)="([^"]*)"')


def feed_files(output):
    return sorted(p for p in (output / "feeds").rglob("*") if p.suffix in (".xml", ".json"))


def test_sample_site_has_the_design_feeds(sample_site):
    names = {p.relative_to(sample_site.output).as_posix() for p in feed_files(sample_site.output)}
    assert {
        "feeds/all.rss.xml",
        "feeds/all.atom.xml",
        "feeds/all.json",
        "feeds/homework.rss.xml",
        "feeds/homework.atom.xml",
        "feeds/tag/remote-work.rss.xml",
        "feeds/tag/remote-work.atom.xml",
    } <= names


def test_every_feed_parses_without_bozo(sample_site):
    for path in feed_files(sample_site.output):
        if path.suffix == ".json":
            continue
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.entries, path


def check_rss(path, url):
    channel = ET.parse(path).getroot().find("channel")
    links = channel.findall(f"{ATOM}link")
    assert [link.get("href") for link in links if link.get("rel") == "self"] == [url]
    items = channel.findall("item")
    dates = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
    assert RFC_822.match(channel.findtext("lastBuildDate"))
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == max(dates)
    for item in items:
        assert RFC_822.match(item.findtext("pubDate")), item.findtext("pubDate")
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false" and guid.text.startswith("tag:")
        assert item.findtext("link").startswith(SITE + "/")
        assert item.findtext("{http://purl.org/dc/elements/1.1/}creator")
        for ref in URL_ATTRIBUTE.findall(item.findtext("description")):
            assert ref.startswith(("http://", "https://", "mailto:")), (path, ref)
    return items


def check_atom(path, url):
    feed = ET.parse(path).getroot()
    links = feed.findall(f"{ATOM}link")
    assert [link.get("href") for link in links if link.get("rel") == "self"] == [url]
    assert RFC_3339.match(feed.findtext(f"{ATOM}updated"))
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    entries = feed.findall(f"{ATOM}entry")
    assert feed.findtext(f"{ATOM}updated") == max(e.findtext(f"{ATOM}updated") for e in entries)
    for entry in entries:
        assert RFC_3339.match(entry.findtext(f"{ATOM}published"))
        assert RFC_3339.match(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}id").startswith("tag:")
        content = entry.find(f"{ATOM}content")
        assert content.get("type") == "html" and content.text
        for ref in URL_ATTRIBUTE.findall(content.text):
            assert ref.startswith(("http://", "https://", "mailto:")), (path, ref)
    return entries


def test_feed_structure_follows_the_rules(sample_site):
    for path in feed_files(sample_site.output):
        url = f"{SITE}/{path.relative_to(sample_site.output).as_posix()}"
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            continue
        assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="')
        if path.name.endswith(".rss.xml"):
            check_rss(path, url)
        else:
            check_atom(path, url)


def test_full_content_plain_titles_and_homework(sample_site):
    items = check_rss(sample_site.output / "feeds/all.rss.xml", f"{SITE}/feeds/all.rss.xml")
    titles = [i.findtext("title") for i in items]
    assert titles[0] == "Day 21: Networking is work"
    assert "Q&A: networking as a new dad" in titles
    assert all("<" not in t and "\u00a0" not in t and "&#" not in t for t in titles)
    day_9 = next(i for i in items if i.findtext("title").startswith("Day 9:"))
    description = day_9.findtext("description")
    assert "you do not need to speak" in description.lower()
    assert 'class="homework"' in description and "Find your professional group" in description
    day_1 = next(i for i in items if i.findtext("title").startswith("Day 1:"))
    assert f'href="{SITE}/challenge/"' in day_1.findtext("description")


def test_json_feed(sample_site):
    data = json.loads((sample_site.output / "feeds/all.json").read_text())
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == f"{SITE}/feeds/all.json"
    first = data["items"][0]
    assert first["title"] == "Day 21: Networking is work"
    assert first["id"] == "tag:connect365.example,2026-11-01:day/21"
    assert first["url"] == f"{SITE}/day/21/" and "<p>" in first["content_html"]
    assert RFC_3339.match(first["date_published"])


def test_homework_feed_links_to_day_posts(sample_site):
    path = sample_site.output / "feeds/homework.rss.xml"
    items = check_rss(path, f"{SITE}/feeds/homework.rss.xml")
    assert len(items) == 17
    assert items[0].findtext("title") == "Day 21 homework: Book a weekly hour for people"
    assert items[0].findtext("link") == f"{SITE}/day/21/#homework-21"
    assert items[0].findtext("guid") == "tag:connect365.example,2026-11-01:day/21/homework"


def test_pages_link_their_feeds(sample_site):
    home = sample_site.page("/")
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Connect 365 (RSS)" href="./feeds/all.rss.xml">'
        in home
    )
    assert 'href="./feeds/all.json"' in home and ">RSS</a>" in home
    workbook = sample_site.page("/homework/")
    assert (
        'type="application/rss+xml" title="Connect 365: homework (RSS)" href="../feeds/homework.rss.xml"'
        in workbook
    )
    tag = sample_site.page("/tag/remote-work/")
    assert 'href="../../feeds/tag/remote-work.rss.xml"' in tag


@pytest.fixture
def small_blog(tmp_path):
    content = tmp_path / "content"
    write(content, "days/001-first.md", day_post(1, "2026-11-01 20:00", "First day"))
    write(content, "days/002-second.md", day_post(2, "2026-11-02 20:00", "Second day"))
    write(
        content, "days/003-draft.md", day_post(3, "2026-11-03 20:00", "Draft day", "Status: draft")
    )
    write(content, "days/023-later.md", day_post(23, "2026-11-23 20:00", "Scheduled day"))
    write(content, "homework/001.md", "Day: 1\nTitle: Homework one\n\nDo it.\n")
    write(
        content,
        "posts/essay.md",
        "Title: An essay\nDate: 2026-11-05 09:30\nTags: essays\n\nSee [day one](../../../day/1/).\n",
    )
    return content


def item_ids(output):
    ids = {}
    for path in feed_files(output):
        if path.suffix == ".json":
            ids[path.name] = [i["id"] for i in json.loads(path.read_text())["items"]]
        else:
            ids[path.name] = [e.id for e in feedparser.parse(path.read_bytes()).entries]
    return ids


def test_ids_survive_title_slug_file_name_and_siteurl_changes(small_blog, tmp_path):
    before = build(small_blog, tmp_path / "before")
    assert before.returncode == 0, before.log
    ids = item_ids(before.output)
    assert ids["all.rss.xml"] == [
        "tag:connect365.example,2026-11-05:posts/0930",
        "tag:connect365.example,2026-11-01:day/2",
        "tag:connect365.example,2026-11-01:day/1",
    ]
    (small_blog / "days/001-first.md").unlink()
    write(
        small_blog,
        "days/01-renamed.md",
        day_post(1, "2026-11-01 20:00", "A new title", "Slug: new-slug"),
    )
    (small_blog / "posts/essay.md").unlink()
    write(
        small_blog,
        "posts/renamed-essay.md",
        "Title: A renamed essay\nSlug: other-slug\nDate: 2026-11-05 09:30\nTags: essays\n\nText.\n",
    )
    after = build(small_blog, tmp_path / "after", SITEURL="https://moved.example/blog")
    assert after.returncode == 0, after.log
    assert item_ids(after.output) == ids
    assert (
        "https://moved.example/blog/posts/2026/other-slug/"
        in (after.output / "feeds/all.rss.xml").read_text()
    )


def test_explicit_id_field_wins(small_blog, tmp_path):
    text = (small_blog / "posts/essay.md").read_text()
    (small_blog / "posts/essay.md").write_text(
        "Id: urn:uuid:0f0c7c2e-5d1e-4c0e-9a3b-2f9f8d4e1a11\n" + text
    )
    result = build(small_blog, tmp_path / "output")
    assert result.returncode == 0, result.log
    assert (
        "urn:uuid:0f0c7c2e-5d1e-4c0e-9a3b-2f9f8d4e1a11" in item_ids(result.output)["all.atom.xml"]
    )


def test_drafts_and_scheduled_posts_are_not_in_feeds(small_blog, tmp_path):
    result = build(small_blog, tmp_path / "output")
    every_feed = "".join(p.read_text() for p in feed_files(result.output))
    assert "Draft day" not in every_feed and "Scheduled day" not in every_feed
    later = build(small_blog, tmp_path / "later", epoch="1796097600")  # 2026-11-30
    assert "Scheduled day" in (later.output / "feeds/all.rss.xml").read_text()


def test_two_builds_give_identical_feeds(small_blog, tmp_path):
    one = build(small_blog, tmp_path / "one")
    two = build(small_blog, tmp_path / "two")
    assert tree_digest(one.output / "feeds") == tree_digest(two.output / "feeds")
    assert len(tree_digest(one.output / "feeds")) == 9


def test_two_posts_in_one_minute_need_their_own_id(small_blog, tmp_path):
    shutil.copy(small_blog / "posts/essay.md", small_blog / "posts/twin.md")
    result = build(small_blog, tmp_path / "output")
    assert result.returncode != 0
    assert (
        "posts/twin.md: Id: 'tag:connect365.example,2026-11-05:posts/0930' is also the feed id of"
        in result.log
    )

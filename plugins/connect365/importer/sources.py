"""Posts from elsewhere, as `Entry` objects: WordPress, Blogger, any feed, a Markdown log.

WordPress's export (WXR) is read with ElementTree, its own namespaces named;
Blogger's export and any RSS or Atom feed with feedparser, which knows every
dialect of both; a Markdown log is split at its "Day N" headings.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import feedparser
from dateutil import parser as dates

from .days import MARKER, day_in_title

WP = "{http://wordpress.org/export/1.2/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
EXCERPT = "{http://wordpress.org/export/1.2/excerpt/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
BLOGGER_KIND = "http://schemas.google.com/g/2005#kind"
BLOGGER_POST = "http://schemas.google.com/blogger/2008/kind#post"


@dataclass
class Entry:
    """One post as the old platform had it."""

    title: str  # plain text
    date: datetime  # with its time zone
    body: str  # HTML, or Markdown when `markdown`
    source: str  # where it came from, for the report: "export.xml: item 3"
    tags: list[str] = field(default_factory=list)
    author: str = ""
    summary: str = ""
    slug: str = ""
    guid: str = ""
    old_path: str = ""  # the path of its old URL: "/2016/05/21/day-175-networking-is-work/"
    markdown: bool = False
    wordpress: bool = False
    draft: bool = False


def read_source(path: Path, timezone: str) -> list[Entry]:
    """Every post in one export, feed or log file."""
    if path.suffix.lower() in (".md", ".markdown"):
        return read_log(path, timezone)
    head = path.read_bytes()[:4096].decode("utf-8", "replace")
    if "wordpress.org/export" in head:
        return read_wxr(path)
    return read_feed(path)


def source_title(path: Path) -> str:
    """The blog's or the log's own name, for the challenge it becomes."""
    if path.suffix.lower() in (".md", ".markdown"):
        first = next(
            (
                line
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("# ")
            ),
            "",
        )
        return first[2:].strip()
    head = path.read_bytes()[:4096].decode("utf-8", "replace")
    if "wordpress.org/export" in head:
        return (ET.parse(path).getroot().findtext("channel/title") or "").strip()
    return feedparser.parse(path.read_bytes()).feed.get("title", "").strip()


def _old_path(link: str) -> str:
    return urlsplit(link).path if link else ""


def read_wxr(path: Path) -> list[Entry]:
    channel = ET.parse(path).getroot().find("channel")
    authors = {
        a.findtext(f"{WP}author_login"): a.findtext(f"{WP}author_display_name") or ""
        for a in channel.findall(f"{WP}author")
    }
    entries = []
    for n, item in enumerate(channel.findall("item"), 1):
        if item.findtext(f"{WP}post_type") != "post":
            continue
        status = item.findtext(f"{WP}status") or "publish"
        if status not in ("publish", "draft", "future"):
            continue  # trash, private, auto-draft
        login = item.findtext(DC_CREATOR) or ""
        tags = [
            (c.text or "").strip()
            for c in item.findall("category")
            if c.get("domain") in ("category", "post_tag") and (c.text or "").strip()
        ]
        entries.append(
            Entry(
                title=(item.findtext("title") or "").strip(),
                date=_wxr_date(item),
                body=item.findtext(CONTENT) or "",
                source=f"{path.name}: item {n}",
                tags=[t for t in dict.fromkeys(tags) if t.lower() != "uncategorized"],
                author=authors.get(login) or login,
                summary=(item.findtext(EXCERPT) or "").strip(),
                slug=item.findtext(f"{WP}post_name") or "",
                guid=(item.findtext("guid") or "").strip(),
                old_path=_old_path(item.findtext("link") or ""),
                wordpress=True,
                draft=status != "publish",
            )
        )
    return entries


def _wxr_date(item) -> datetime:
    """The post's date in its own time zone: WordPress gives local and GMT times, not the zone."""
    local, gmt = item.findtext(f"{WP}post_date"), item.findtext(f"{WP}post_date_gmt")
    if local and gmt and not gmt.startswith("0000"):
        local_time, gmt_time = datetime.fromisoformat(local), datetime.fromisoformat(gmt)
        return local_time.replace(tzinfo=timezone(local_time - gmt_time))
    return parsedate_to_datetime(item.findtext("pubDate"))


def read_feed(path: Path) -> list[Entry]:
    feed = feedparser.parse(path.read_bytes())
    entries = []
    for n, item in enumerate(feed.entries, 1):
        kinds = [t.get("term") for t in item.get("tags", []) if t.get("scheme") == BLOGGER_KIND]
        if kinds and BLOGGER_POST not in kinds:
            continue  # Blogger's comments, settings and template
        body = item.content[0].value if item.get("content") else item.get("summary", "")
        link = next(
            (link["href"] for link in item.get("links", []) if link.get("rel") == "alternate"),
            item.get("link", ""),
        )
        draft = bool(item.get("app_draft")) or "app:draft" in str(item.get("app_control", ""))
        tags = [t["term"] for t in item.get("tags", []) if t.get("scheme") != BLOGGER_KIND]
        entries.append(
            Entry(
                title=item.get("title", "").strip(),
                date=dates.parse(item.get("published") or item.get("updated")),
                body=body,
                source=f"{path.name}: entry {n}",
                tags=list(dict.fromkeys(t.strip() for t in tags if t.strip())),
                author=item.get("author", ""),
                # feedparser repeats the content as `summary` when there is no excerpt.
                summary=item.get("summary", "") if item.get("summary") != body else "",
                slug=Path(urlsplit(link).path.rstrip("/")).stem if link else "",
                guid=item.get("id", ""),
                old_path=_old_path(link),
                draft=draft,
            )
        )
    return entries


LOG_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")


def read_log(path: Path, timezone: str) -> list[Entry]:
    """A Markdown log, one section per day: "## Day 12: March 3, 2024", the date on it or under it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    sections: list[tuple[int, str, list[str]]] = []
    for n, line in enumerate(lines, 1):
        heading = LOG_HEADING.match(line)
        if heading and day_in_title(heading[2]) is not None:
            sections.append((n, heading[2], []))
        elif sections:
            sections[-1][2].append(line)
    zone = ZoneInfo(timezone)
    entries = []
    for n, heading, body in sections:
        day, rest = day_in_title(heading)
        when, title, body = _log_date_and_title(rest, body, zone)
        if when is None:
            raise ValueError(f"{path.name}: line {n}: {heading!r} has no date on it or under it")
        entries.append(
            Entry(
                title=f"Day {day}: {title}" if title else f"Day {day}",
                date=when,
                body="\n".join(body).strip() + "\n",
                source=f"{path.name}: line {n}",
                markdown=True,
            )
        )
    return entries


def _parse_date(text: str, zone) -> datetime | None:
    text = text.strip().strip("*_()[]").removeprefix("Date:").strip()
    if not re.search(r"\d", text) or len(text) > 40:
        return None
    try:
        when = dates.parse(text, fuzzy=False, default=datetime(2000, 1, 1, 12, 0))
    except (ValueError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=zone)


def _log_date_and_title(rest: str, body: list[str], zone) -> tuple[datetime | None, str, list[str]]:
    """The date on the heading ("Day 12: March 3, 2024") or on the first line under it."""
    title = rest
    when = _parse_date(rest, zone) if rest else None
    if when is not None:
        title = ""
    else:
        for i, line in enumerate(body):
            if line.strip():
                when = _parse_date(line, zone)
                if when is not None:
                    body = body[:i] + body[i + 1 :]
                break
    if not title:
        text = " ".join(
            line.strip()
            for line in body
            if line.strip() and not line.startswith("#") and not MARKER.match(line.strip("*_ "))
        )
        text = re.sub(r"\*\*[^*]+\*\*:?|[*_`]", "", text).strip()
        title = first_words(text)
    return when, title, body


def first_words(text: str, longest: int = 70) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].strip()
    if len(sentence) <= longest:
        return sentence.rstrip(".")
    return sentence[:longest].rsplit(" ", 1)[0] + "…"

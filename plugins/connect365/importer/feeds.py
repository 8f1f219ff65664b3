"""Any RSS (0.9x, 1.0, 2.0) or Atom feed saved as a file, as a `Source`.

feedparser reads every dialect; its HTML sanitizer is off, because it
removes `iframe`, `object` and `embed`, and a post whose point is a video
would arrive empty: `html.to_markdown` turns players into links and keeps
no markup of its own. FeedBurner's `origLink` is the post's real address.
"""

from __future__ import annotations

import re
from datetime import UTC
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
from dateutil import parser as dates

from .blogger import split_labels
from .entry import Entry, Source
from .links import old_path_and_link

EMAIL = re.compile(r"\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\s*")


def author_name(item) -> str:
    """The author's name without the address feeds put beside it: "lee@x (Lee Park)" -> "Lee Park"."""
    detail = item.get("author_detail") or {}
    name = (detail.get("name") or "").strip()
    if name and "@" not in name:
        return name
    text = item.get("author", "") or ""
    inside = re.search(r"\(([^()@]+)\)", text)
    return inside[1].strip() if inside else EMAIL.sub(" ", text).strip()


def read_feed(path: Path, data: bytes) -> Source:
    feed = feedparser.parse(data, sanitize_html=False)
    source = Source(path.name, "feed", (feed.feed.get("title") or "").strip())
    source.items = len(feed.entries)
    for n, item in enumerate(feed.entries, 1):
        where = f"{path.name}: entry {n}"
        title = (item.get("title") or "").strip()
        body = item.content[0].value if item.get("content") else item.get("summary", "")
        link = item.get("feedburner_origlink") or next(
            (link["href"] for link in item.get("links", []) if link.get("rel") == "alternate"),
            item.get("link", ""),
        )
        stamp = item.get("published") or item.get("updated") or item.get("created")
        try:
            when = dates.parse(stamp)
        except (TypeError, ValueError, OverflowError):
            source.skip("no date", f"{where}: {title!r}: no date, left out")
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)  # a feed's date without a zone is UTC
        old_path, old_link = old_path_and_link(link)
        slug_from = urlsplit(link).path.rstrip("/") if old_path else ""
        source.entries.append(
            Entry(
                title=title,
                date=when,
                body=body,
                source=where,
                tags=split_labels([t.get("term") or "" for t in item.get("tags", [])]),
                author=author_name(item),
                # feedparser repeats the content as `summary` when there is no excerpt.
                summary=item.get("summary", "") if item.get("summary") != body else "",
                slug=Path(slug_from).stem if slug_from else "",
                guid=item.get("id", ""),
                old_path=old_path,
                old_link=old_link,
                origin=source.name,
            )
        )
    return source

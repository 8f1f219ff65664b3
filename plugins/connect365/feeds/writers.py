"""Feeds to files: RSS 2.0 and Atom through feedgenerator, JSON Feed 1.1 by hand.

Dates come from the items (never the wall clock), so rebuilds are
byte-identical; `<?xml-stylesheet?>` makes a feed opened in a browser
readable with plain CSS.
"""

from __future__ import annotations

import html
import json
import os
from datetime import datetime

from feedgenerator import Atom1Feed, Rss201rev2Feed, Stylesheet
from pelican.plugins.asset_delivery import asset_url

from .items import Feed


class _ReproducibleDates:
    def latest_post_date(self) -> datetime:
        dates = [item["updateddate"] or item["pubdate"] for item in self.items]
        return max(dates, default=self.feed["empty_date"])


class RssFeed(_ReproducibleDates, Rss201rev2Feed):
    pass


class AtomFeed(_ReproducibleDates, Atom1Feed):
    def writeString(self, encoding):
        # feedgenerator writes stylesheets for RSS only; Atom's go where RSS
        # has them, on the line after the XML declaration.
        declaration, _, body = super().writeString(encoding).partition("\n")
        sheets = "".join(f"<?xml-stylesheet {s}?>" for s in self.feed["stylesheets"] or [])
        return f"{declaration}\n{sheets}{body}"


def _xml_feed(
    cls, feed: Feed, feed_url: str, feed_id: str, settings: dict, stylesheet: str, empty_date
):
    out = cls(
        title=feed.title,
        link=feed.page_url,
        # RSS readers show a channel's description as HTML; Atom's subtitle is text.
        description=html.escape(feed.description, quote=False)
        if cls is RssFeed
        else feed.description,
        language=settings["DEFAULT_LANG"],
        author_name=settings["AUTHOR"],
        feed_url=feed_url,
        feed_guid=feed_id,
        stylesheets=[Stylesheet(stylesheet, mimetype="text/css")],
        empty_date=empty_date,
    )
    for item in feed.items:
        out.add_item(
            title=item.title,
            link=item.url,
            description=item.content_html if cls is RssFeed else item.summary,
            content=item.content_html,
            author_name=item.author,
            pubdate=item.published,
            updateddate=item.updated,
            unique_id=item.id,
            unique_id_is_permalink=False,
            categories=list(item.tags),
        )
    return out


def _json_feed(feed: Feed, feed_url: str, settings: dict) -> dict:
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.page_url,
        "feed_url": feed_url,
        "description": feed.description,
        "language": settings["DEFAULT_LANG"],
        "authors": [{"name": settings["AUTHOR"]}],
        "items": [
            {
                "id": item.id,
                "url": item.url,
                "title": item.title,
                "content_html": item.content_html,
                "summary": item.summary,
                "date_published": item.published.isoformat(),
                "date_modified": item.updated.isoformat(),
                "authors": [{"name": item.author}],
                "tags": list(item.tags),
            }
            for item in feed.items
        ],
    }


def write_feed(
    feed: Feed, output_path: str, site_url: str, feed_id: str, settings: dict, empty_date
) -> None:
    """Write `feed` as RSS and Atom (and JSON Feed when `feed.json`)."""
    stylesheet = f"{site_url}/{asset_url(settings, 'css/feed.css')}"
    for extension, cls in ((".rss.xml", RssFeed), (".atom.xml", AtomFeed)):
        name = feed.stem + extension
        xml = _xml_feed(cls, feed, f"{site_url}/{name}", feed_id, settings, stylesheet, empty_date)
        _write(output_path, name, xml.writeString("utf-8"))
    if feed.json:
        name = feed.stem + ".json"
        data = _json_feed(feed, f"{site_url}/{name}", settings)
        _write(output_path, name, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _write(output_path: str, name: str, text: str) -> None:
    path = os.path.join(output_path, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)

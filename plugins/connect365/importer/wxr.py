"""A WordPress export (WXR 1.0, 1.1 or 1.2, under the http or https namespace) as a `Source`.

Every `<item>` is accounted for: posts and pages become entries (drafts
and pending posts as drafts; scheduled posts keep their date and publish
when it comes); attachments, menu items, revisions and other post types
are counted; private, password-protected, trashed and auto-draft posts are
named. A `[gallery]` becomes the images of the attachments it lists.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html import escape
from pathlib import Path

from .entry import Entry, Source
from .links import old_path_and_link

WXR_NAMESPACE = re.compile(r"^\{(https?://wordpress\.org/export/\d+\.\d+/)\}")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.IGNORECASE)
COUNTED_TYPES = {
    "attachment": "attachment",
    "nav_menu_item": "menu item",
    "revision": "revision",
}
LEFT_OUT = {
    "private": "private",
    "trash": "trashed",
    "auto-draft": "auto-draft",
    "inherit": "no status of its own",
}


def is_wxr(head: str) -> bool:
    return "wordpress.org/export/" in head


def wxr_namespace(root: ET.Element) -> str:
    """ "{http://wordpress.org/export/1.2/}": the namespace the file's own elements use."""
    for element in root.iter():
        found = WXR_NAMESPACE.match(element.tag)
        if found:
            return "{" + found[1] + "}"
    return "{http://wordpress.org/export/1.2/}"


def read_wxr(path: Path, root: ET.Element) -> Source:
    """Every item of a parsed WordPress export."""
    wp = wxr_namespace(root)
    excerpt = wp[:-1] + "excerpt/}encoded"
    channel = root.find("channel")
    source = Source(path.name, "WordPress export")
    if channel is None:
        return source
    source.title = (channel.findtext("title") or "").strip()
    authors = {
        a.findtext(f"{wp}author_login"): a.findtext(f"{wp}author_display_name") or ""
        for a in channel.findall(f"{wp}author")
    }
    items = channel.findall("item")
    source.items = len(items)
    offset = _usual_offset(items, wp)
    gallery = _Gallery(items, wp)
    for n, item in enumerate(items, 1):
        title = (item.findtext("title") or "").strip()
        where = f"{path.name}: item {n}"
        kind = (item.findtext(f"{wp}post_type") or "post").strip()
        status = (item.findtext(f"{wp}status") or "publish").strip()
        if kind in COUNTED_TYPES:
            source.skip(COUNTED_TYPES[kind])
            continue
        if kind not in ("post", "page"):
            source.skip(f"post type {kind!r}")
            continue
        named = f"{where}: {title!r}"
        if (item.findtext(f"{wp}post_password") or "").strip():
            source.skip("password-protected", f"{named}: password-protected, left out")
            continue
        if status in LEFT_OUT or status not in ("publish", "future", "draft", "pending"):
            reason = LEFT_OUT.get(status, f"status {status!r}")
            source.skip(reason, f"{named}: {reason}, left out")
            continue
        when = _wxr_date(item, wp, offset)
        if when is None:
            source.skip("no date", f"{named}: no date in the export, left out")
            continue
        old_path, old_link = old_path_and_link(item.findtext("link") or "")
        body = gallery.expand(item.findtext(CONTENT) or "", item.findtext(f"{wp}post_id"))
        login = item.findtext(DC_CREATOR) or ""
        source.entries.append(
            Entry(
                title=title,
                date=when,
                body=body,
                source=where,
                tags=_terms(item),
                author=authors.get(login) or login,
                summary=(item.findtext(excerpt) or "").strip(),
                slug=(item.findtext(f"{wp}post_name") or "").strip(),
                guid=(item.findtext("guid") or "").strip(),
                old_path=old_path,
                old_link=old_link,
                wordpress=True,
                # A scheduled ("future") post keeps its date: the site publishes it then.
                draft=status in ("draft", "pending"),
                page=kind == "page",
                origin=source.name,
            )
        )
    return source


def _terms(item: ET.Element) -> list[str]:
    """Categories and tags; WXR 1.0 repeats each category without a domain, which is read only alone."""
    marked = [
        c for c in item.findall("category") if c.get("domain") in ("category", "post_tag", "tag")
    ]
    terms = marked or [c for c in item.findall("category") if c.get("domain") is None]
    names = [(c.text or "").strip() for c in terms]
    seen, unique = set(), []
    for name in names:
        if name and name.lower() not in seen and name.lower() != "uncategorized":
            seen.add(name.lower())
            unique.append(name)
    return unique


def _local(text: str | None) -> datetime | None:
    """A WordPress time ("2016-05-01 21:00:00"); None for its "0000-00-00" placeholder."""
    try:
        when = datetime.fromisoformat((text or "").strip())
    except ValueError:
        return None
    return when if when.year >= 1900 else None


def _usual_offset(items: list[ET.Element], wp: str) -> timedelta | None:
    """The blog's offset from UTC, as most of its dated items show it."""
    offsets = Counter(
        local - gmt
        for item in items
        if (local := _local(item.findtext(f"{wp}post_date")))
        and (gmt := _local(item.findtext(f"{wp}post_date_gmt")))
    )
    return offsets.most_common(1)[0][0] if offsets else None


def _wxr_date(item: ET.Element, wp: str, usual: timedelta | None) -> datetime | None:
    """The post's date in its own time zone.

    WordPress gives the local time and the GMT time, not the zone. A draft
    has no GMT time ("0000-00-00 00:00:00") and a placeholder `pubDate`
    ("30 Nov -0001"): its local time is the date the author gave it, in the
    zone the blog's other posts show.
    """
    local = _local(item.findtext(f"{wp}post_date"))
    gmt = _local(item.findtext(f"{wp}post_date_gmt"))
    if local and gmt:
        return local.replace(tzinfo=timezone(local - gmt))
    if local:
        return local.replace(tzinfo=timezone(usual or timedelta(0)))
    try:
        when = parsedate_to_datetime(item.findtext("pubDate") or "")
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.year >= 1900 else None


class _Gallery:
    """The attachments of an export, for the `[gallery]` shortcodes that show them."""

    def __init__(self, items: list[ET.Element], wp: str):
        self.urls: dict[str, tuple[str, str]] = {}
        self.children: dict[str, list[str]] = {}
        for item in items:
            if item.findtext(f"{wp}post_type") != "attachment":
                continue
            post_id = (item.findtext(f"{wp}post_id") or "").strip()
            url = (item.findtext(f"{wp}attachment_url") or item.findtext("guid") or "").strip()
            if post_id and url:
                self.urls[post_id] = (url, (item.findtext("title") or "").strip())
                parent = (item.findtext(f"{wp}post_parent") or "0").strip()
                self.children.setdefault(parent, []).append(post_id)

    def expand(self, html: str, post_id: str | None) -> str:
        def images(found: re.Match) -> str:
            ids = re.search(r"""\bids\s*=\s*["']?([\d,\s]+)""", found[1])
            wanted = (
                [i.strip() for i in ids[1].split(",") if i.strip()]
                if ids
                else self.children.get((post_id or "").strip(), [])
            )
            known = [self.urls[i] for i in wanted if i in self.urls]
            if not known:
                return (
                    "\n\n<p><em>(A gallery was here on the old site; "
                    "the export does not list its images.)</em></p>\n\n"
                )
            return (
                "\n\n"
                + "\n\n".join(
                    f'<p><img src="{escape(url)}" alt="{escape(alt)}"></p>' for url, alt in known
                )
                + "\n\n"
            )

        return GALLERY.sub(images, html)

"""A Blogger export as a `Source`: the old layout (kinds as categories) and Takeout's (`blogger:type`).

Posts and pages become entries; comments, settings and the template are
counted; trashed posts are named. A draft has no address on the old site:
its slug comes from its title and it gets no redirect. Labels written as
one ("Java, JPA, Hibernate") are split at their commas; an author's
address (noreply@blogger.com) is left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from dateutil import parser as dates

from .entry import Entry, Source
from .links import old_path_and_link

ATOM = "{http://www.w3.org/2005/Atom}"
APP = ("{http://purl.org/atom/app#}", "{http://www.w3.org/2007/app}")
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
KINDS = {
    "post": "post",
    "page": "page",
    "comment": "comment",
    "settings": "setting",
    "template": "template",
    "layout": "template",
}


def is_blogger(root: ET.Element) -> bool:
    generator = (root.findtext(f"{ATOM}generator") or "").strip().lower()
    return root.tag == f"{ATOM}feed" and (
        generator == "blogger" or "blogger.com,1999:blog-" in (root.findtext(f"{ATOM}id") or "")
    )


def _takeout(entry: ET.Element) -> ET.Element | None:
    return next((c for c in entry if c.tag.endswith("}type") and "blogger" in c.tag), None)


def _kind(entry: ET.Element) -> str:
    """ "post", "page", "comment", "setting" or "template", in either layout."""
    takeout = _takeout(entry)
    if takeout is not None:
        return KINDS.get((takeout.text or "").strip().lower(), (takeout.text or "").strip().lower())
    for category in entry.findall(f"{ATOM}category"):
        if category.get("scheme") == KIND_SCHEME:
            kind = category.get("term", "").rsplit("#", 1)[-1]
            return KINDS.get(kind, kind)
    return "post"


def _status(entry: ET.Element) -> str:
    """ "live", "draft", "scheduled" or "trashed"."""
    for child in entry:
        if child.tag.endswith("}status") and "blogger" in child.tag:
            text = (child.text or "").strip().lower()
            return {"soft_trashed": "trashed", "deleted": "trashed"}.get(text, text)
    for app in APP:
        if (entry.findtext(f"{app}control/{app}draft") or "").strip().lower() == "yes":
            return "draft"
    return "live"


def _body(entry: ET.Element) -> str:
    content = entry.find(f"{ATOM}content")
    if content is None:
        return ""
    if content.get("type") == "xhtml":
        return "".join(ET.tostring(child, encoding="unicode") for child in content)
    return content.text or ""


def _old_link(entry: ET.Element) -> str:
    for child in entry:
        if child.tag.endswith("}origLink") and (child.text or "").strip():
            return child.text.strip()  # FeedBurner's copy of the feed: the real address
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel") == "alternate" and link.get("href"):
            return link.get("href")
    for child in entry:
        if child.tag.endswith("}filename") and (child.text or "").strip():
            return child.text.strip()  # Takeout: "/2024/01/day-1.html"
    return ""


def split_labels(labels: list[str]) -> list[str]:
    """Labels, one per tag: "Java, JPA, Hibernate" is three; the same label once."""
    seen, tags = set(), []
    for label in labels:
        for tag in label.split(","):
            tag = tag.strip()
            if tag and tag.lower() not in seen:
                seen.add(tag.lower())
                tags.append(tag)
    return tags


def read_blogger(path: Path, root: ET.Element) -> Source:
    """Every entry of a parsed Blogger export."""
    source = Source(path.name, "Blogger export", (root.findtext(f"{ATOM}title") or "").strip())
    entries = root.findall(f"{ATOM}entry")
    source.items = len(entries)
    for n, item in enumerate(entries, 1):
        kind, status = _kind(item), _status(item)
        where = f"{path.name}: entry {n}"
        title = (item.findtext(f"{ATOM}title") or "").strip()
        if kind not in ("post", "page"):
            source.skip(kind)
            continue
        if status == "trashed":
            source.skip("trashed", f"{where}: {title!r}: trashed, left out")
            continue
        published = item.findtext(f"{ATOM}published") or item.findtext(f"{ATOM}updated")
        try:
            when = dates.parse(published.strip())
        except (AttributeError, ValueError, OverflowError):
            source.skip("no date", f"{where}: {title!r}: no date, left out")
            continue
        draft = status == "draft"
        # A draft's link, if any, is Blogger's editor, not a page readers saw.
        old_path, old_link = old_path_and_link("" if draft else _old_link(item))
        labels = [
            c.get("term", "")
            for c in item.findall(f"{ATOM}category")
            if c.get("scheme") != KIND_SCHEME
        ]
        source.entries.append(
            Entry(
                title=title,
                date=when,
                body=_body(item),
                source=where,
                tags=split_labels(labels),
                author=(item.findtext(f"{ATOM}author/{ATOM}name") or "").strip(),
                slug=Path(old_path.rstrip("/")).stem if old_path else "",
                guid=(item.findtext(f"{ATOM}id") or "").strip(),
                old_path=old_path,
                old_link=old_link,
                draft=draft,
                page=kind == "page",
                origin=source.name,
            )
        )
    return source

"""What a source holds: its posts and pages as `Entry` objects, and every other item as a `Skip`.

A `Source` is one file (or one generator's folder) as it was read: its
entries, the items it left out with their reasons, and how many items it
holds in all, so the report can account for each one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass
class Entry:
    """One post or page as the old platform had it."""

    title: str  # plain text
    date: datetime | None  # with its time zone; None only for a page without one
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
    page: bool = False  # a page (About, Contact) rather than a post
    origin: str = ""  # the source it belongs to, for the report's per-source count
    old_link: str = ""  # the whole old URL when it had no usable path ("https://x/?p=12")
    old_file: str = ""  # its file in a generator's folder ("posts/a.md"), for {filename} links
    old_root: Path | None = None  # that folder, where the images it links to are


@dataclass(frozen=True)
class Skip:
    """An item of a source that is not imported, and why."""

    origin: str  # the source it belongs to
    reason: str  # short and countable: "attachment", "private", "Day out of range"
    detail: str = ""  # the line naming it, when it deserves one: "export.xml: item 3: 'A': private"


@dataclass
class Source:
    """One export, feed, log or generator folder as read: every item accounted for."""

    name: str  # as the report names it: "export.xml"
    kind: str  # "WordPress export", "Blogger export", "feed", "log", "Jekyll folder", ...
    title: str = ""  # the blog's own name
    items: int = 0  # every item it holds: posts, pages, attachments, comments...
    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def skip(self, reason: str, detail: str = "") -> None:
        self.skipped.append(Skip(self.name, reason, detail))

"""A comment as readers see it in the page: who, when, and what they said, as plain text.

Comment text comes from strangers: nothing of its markup survives. Isso's
HTML is read for its paragraphs' text only; a website counts only when it
is an http(s) address. Templates escape all of it like any other text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

from bs4 import BeautifulSoup

from ..words import ENGLISH, Words

_BLOCKS = ("p", "pre", "blockquote", "li")


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    website: str  # "" unless http(s)
    paragraphs: tuple[str, ...]
    created: datetime
    replies: tuple[Comment, ...] = ()

    @property
    def count(self) -> int:
        """This comment and every reply under it."""
        return 1 + sum(reply.count for reply in self.replies)


def plain_paragraphs(html: str) -> tuple[str, ...]:
    soup = BeautifulSoup(html or "", "html.parser")
    blocks = soup.find_all(_BLOCKS) or [soup]
    texts = (re.sub(r"\s+", " ", block.get_text(" ")).strip() for block in blocks)
    return tuple(text for text in texts if text)


def safe_website(url: str | None) -> str:
    url = (url or "").strip()
    return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc else ""


def from_isso(item: dict) -> Comment:
    """A comment from Isso's API (`GET /?uri=...`), its replies included."""
    return Comment(
        id=int(item["id"]),
        # Isso stores names and websites HTML-escaped; the templates escape them once more.
        author=html.unescape(item.get("author") or "").strip(),  # "": the theme says "Anonymous"
        website=safe_website(html.unescape(item.get("website") or "")),
        paragraphs=plain_paragraphs(item.get("text", "")),
        created=datetime.fromtimestamp(float(item["created"]), UTC),
        replies=tuple(from_isso(reply) for reply in item.get("replies", [])),
    )


def count(comments) -> int:
    return sum(comment.count for comment in comments)


def reply_link(email: str, headline: str, words: Words = ENGLISH) -> str:
    """`mailto:` the author, with the subject "Re: Day 21: Networking is work"."""
    subject = words.gettext("Re: %(title)s", title=headline)
    return f"mailto:{quote(email, safe='@')}?subject={quote(subject, safe='')}"

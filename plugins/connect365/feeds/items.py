"""What goes into a feed: items built from day posts, posts and homework.

Every URL is absolute (under `ABSOLUTE_SITEURL`), titles are plain text, and
the content is the full post, homework section included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urljoin

from ..core import plain_text
from ..words import ENGLISH, Words
from .ids import day_id, homework_id, post_id

_URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')


def absolute_urls(html: str, base: str) -> str:
    """Every href and src in `html` resolved against the page's own URL."""
    return _URL_ATTRIBUTE.sub(lambda m: f'{m[1]}="{urljoin(base, m[2])}"', html)


@dataclass(frozen=True)
class FeedItem:
    id: str
    title: str
    url: str
    published: datetime
    updated: datetime
    author: str
    content_html: str
    summary: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feed:
    """One feed, written as `<stem>.rss.xml`, `<stem>.atom.xml` (and `.json`)."""

    stem: str  # e.g. "feeds/all", "feeds/tag/remote-work"
    title: str
    page_url: str  # the HTML page the feed mirrors
    description: str
    items: tuple[FeedItem, ...]
    json: bool = False


@dataclass(frozen=True)
class ItemFactory:
    """Turns articles and homework into feed items for one site."""

    site_url: str
    authority: str
    challenge_start: date
    render_homework: Callable[[object], str]
    words: Words = ENGLISH
    # A post is in several feeds (the site's, each of its tags'): build its item once.
    _made: dict[str, FeedItem] = field(default_factory=dict, compare=False)

    def start_of(self, post) -> date:
        """The start of the post's round: ids of two rounds' Day 5 differ by it."""
        challenge = post.view.round
        return challenge.settings.start if challenge is not None else self.challenge_start

    def url(self, path: str) -> str:
        return f"{self.site_url}/{path}"

    def from_article(self, article) -> FeedItem:
        made = self._made.get(article.source_path)
        if made is None:
            made = self._made[article.source_path] = self._item(article)
        return made

    def _item(self, article) -> FeedItem:
        url = self.url(article.url)
        day = article.view.day
        if day is not None:
            item_id = day_id(
                self.authority, self.start_of(article), day, getattr(article, "id", None)
            )
        else:
            item_id = post_id(self.authority, article.date, getattr(article, "id", None))
        content = article.get_content(self.site_url)
        if article.view.homework is not None:
            content += "\n" + self.render_homework(article.view.homework)
        return FeedItem(
            id=item_id,
            title=article.view.headline,
            url=url,
            published=article.date,
            updated=getattr(article, "modified", article.date),
            author=plain_text(article.author),
            content_html=absolute_urls(content, url),
            summary=plain_text(getattr(article, "summary", "")),
            tags=tuple(tag.name for tag in getattr(article, "tags", [])),
        )

    def homework_title(self, assignment) -> str:
        """ "Day 3 homework: title" ("Year 2 · Day 3 homework: title" in a round with a label)."""
        names = {
            "day": assignment.day,
            "homework": self.words.noun_in_text("homework"),
            "Homework": self.words.noun("homework"),
            "title": plain_text(assignment.title),
        }
        if assignment.round_label:
            return self.words.gettext(
                "%(label)s · Day %(day)s %(homework)s: %(title)s",
                label=assignment.round_label,
                **names,
            )
        return self.words.gettext("Day %(day)s %(homework)s: %(title)s", **names)

    def from_assignment(self, assignment, post) -> FeedItem:
        url = f"{self.url(assignment.post_url)}#homework-{assignment.day}"
        return FeedItem(
            id=homework_id(
                self.authority, self.start_of(post), assignment.day, getattr(post, "id", None)
            ),
            title=self.homework_title(assignment),
            url=url,
            published=post.date,
            updated=getattr(post, "modified", post.date),
            author=plain_text(post.author),
            content_html=absolute_urls(assignment.content, url),
            summary=plain_text(assignment.content),
        )

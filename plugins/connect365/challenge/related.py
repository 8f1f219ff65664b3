"""Related posts: three others per post, chosen once per build. Plain Python, no Pelican.

A post is related to another by the tags they share, and one more point when
both are days of the same module (chapter). Ties go to the nearest day, then
the nearest date, then the earlier post, then the URL: the same content
always gives the same choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PostFacts:
    """What relatedness looks at in one post."""

    url: str
    date: datetime
    tags: frozenset[str]
    day: int | None = None
    module: str = ""  # its module's slug (with its round), "" outside one


def _distance(a: PostFacts, b: PostFacts) -> tuple[float, float]:
    days = abs(a.day - b.day) if a.day is not None and b.day is not None else float("inf")
    return days, abs((a.date - b.date).total_seconds())


def related_posts(posts: Sequence[PostFacts], count: int = 3) -> dict[str, list[str]]:
    """For each post's URL, the URLs of up to `count` others that share a tag or a module."""
    by_tag: dict[str, list[PostFacts]] = {}
    for post in posts:
        for tag in post.tags:
            by_tag.setdefault(tag, []).append(post)
    chosen = {}
    for post in posts:
        candidates: Iterable[PostFacts] = {
            other.url: other for tag in post.tags for other in by_tag[tag] if other.url != post.url
        }.values()
        module_mates = [o for o in posts if post.module and o.module == post.module]
        pool = {o.url: o for o in [*candidates, *module_mates] if o.url != post.url}
        scored = sorted(
            pool.values(),
            key=lambda o: (
                -(len(post.tags & o.tags) + (1 if post.module and o.module == post.module else 0)),
                *_distance(post, o),
                o.date,
                o.url,
            ),
        )
        chosen[post.url] = [o.url for o in scored[:count]]
    return chosen

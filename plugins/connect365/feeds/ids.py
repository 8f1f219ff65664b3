"""Feed item ids that never change, whatever edits follow.

Ids are tag URIs (RFC 4151) under `FEED_ID_AUTHORITY`, a name the blog
owns; they use neither SITEURL, nor slugs, titles or file names:

- a day post: its `Id:` field when it has one (an imported post keeps the
  GUID its old feed gave it), else the challenge's start date and the day
  number, `tag:connect365.example,2026-11-01:day/21`;
- its homework: the same, plus `/homework`;
- another post: its `Id:` field when it has one, else its publication date
  and minute, `tag:connect365.example,2026-10-20:posts/1000`. Changing a
  post's date after publishing changes that id: give it an `Id:` first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from ..challenge.rules import is_day_post
from ..checking.registry import Content, content_rule
from ..core import Problem


def day_id(authority: str, start: date, day: int, explicit: str | None = None) -> str:
    """A day post's id: its `Id:` field (an imported post keeps its old GUID), else the day's."""
    if explicit:
        return explicit.strip()
    return f"tag:{authority},{start.isoformat()}:day/{day}"


def homework_id(authority: str, start: date, day: int, explicit: str | None = None) -> str:
    return f"{day_id(authority, start, day, explicit)}/homework"


def post_id(authority: str, published: datetime, explicit: str | None = None) -> str:
    if explicit:
        return explicit.strip()
    return f"tag:{authority},{published:%Y-%m-%d}:posts/{published:%H%M}"


def check_post_ids(posts: Iterable[tuple[str, str]]) -> list[Problem]:
    """(source, id) of every ordinary post: two posts may not share an id."""
    by_id: dict[str, list[str]] = defaultdict(list)
    for source, item_id in posts:
        by_id[item_id].append(source)
    return [
        Problem(
            source,
            "Id",
            f"{item_id!r} is also the feed id of {', '.join(s for s in sources if s != source)}; "
            "add a line 'Id: tag:...' with an id of its own",
        )
        for item_id, sources in sorted(by_id.items())
        if len(sources) > 1
        for source in sources
    ]


@content_rule
def check_ids(content: Content) -> list[Problem]:
    authority = content.settings["FEED_ID_AUTHORITY"]
    return check_post_ids(
        (s.shown, post_id(authority, date, s.fields.get("id")))
        for s in content.of_kind("article")
        if not is_day_post(s, content.settings) and (date := content.date_of(s))
    )

"""One view per post and page: what the site shows of it beyond what Pelican read.

`item.view` is a frozen `PostView`, made by `view_of` and nothing else, for
every published or hidden post and every page, on `all_generators_finalized`:
the one point of a build where all it is made from exists (the challenge's
rounds, the workbook, the comment threads; each built earlier into the shared
context by its own module, from the posts as Pelican read them). Templates,
feeds, cards, the calendar and the dev server's preview read it; nothing
sets anything else on a post. A post from the content cache or the last
build gets a new view: none outlives its build.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelican.contents import Article
from pelican.generators import ArticlesGenerator, PagesGenerator

from .authors import AuthorProfile, profiles, profiles_of
from .challenge.model import CalendarDay, Challenge, DayPost, Module
from .comments.site import thread_of
from .core import plain_text
from .homework.model import Assignment
from .reading import ReadingAids, reading_aids
from .settings import day_of_post
from .settings import words as site_words
from .sharing.site import CardImage, card_of

__all__ = ["PostView", "attach_views", "view_of"]


@dataclass(frozen=True)
class PostView:
    """A post or page as this build shows it.

    `headline`: its title as plain text, "Day 175: ..." for a day post
    ("Year 2 · Day 5: ..." in a round with a label): what `<title>`, Open
    Graph, JSON-LD and the feeds show. `card`: its share image.
    A post has `comment_thread` (its thread's id in Isso) and the approved
    `comments`. A day post has `day` (its number), `round` (its round's
    `Challenge`), `calendar_day` (its cell: its date, posted late or on
    time), `previous` / `next` (the nearest published days of its round,
    gaps skipped) and `homework` (its `Assignment`, if it has one). A post has
    `reading` (its reading time, its table of contents, whether it shows code),
    `authors` (the profile of each of its authors that AUTHORS describes) and
    `related` (up to three other posts, chosen once per build); a day post in
    a chapter of its round (CHALLENGE["modules"]) has its `module`.
    """

    headline: str
    card: CardImage
    comment_thread: str = ""
    comments: tuple = ()
    day: int | None = None
    round: Challenge | None = None
    calendar_day: CalendarDay | None = None
    previous: DayPost | None = None
    next: DayPost | None = None
    homework: Assignment | None = None
    reading: ReadingAids | None = None
    authors: tuple[AuthorProfile, ...] = ()
    related: tuple = ()
    module: Module | None = None

    @property
    def is_day(self) -> bool:
        return self.day is not None


def view_of(item, context: dict, settings: dict) -> PostView:
    """The view of `item` (a post or page as Pelican read it) in a build's `context`."""
    words = site_words(settings)
    day = day_of_post(settings, item) if isinstance(item, Article) else None
    card = card_of(item, day, settings)
    post_only = {}  # what a post has and a page has not
    if isinstance(item, Article):
        thread = thread_of(item, settings)
        post_only = {
            "comment_thread": thread,
            "comments": context.get("comment_threads", {}).get(thread, ()),
            "reading": reading_aids(item.content),
            "authors": tuple(
                profiles_of(
                    [author.name for author in getattr(item, "authors", ())],
                    profiles(settings["AUTHORS"]),
                )
            ),
            "related": context.get("related", {}).get(item.url, ()),
        }
    if day is None:
        return PostView(headline=words.headline(plain_text(item.title)), card=card, **post_only)
    challenge = context["challenge_rounds"][day.round.number - 1]
    workbook = context.get("workbook")
    return PostView(
        headline=words.headline(plain_text(item.title), day.number, day.round.label),
        card=card,
        **post_only,
        day=day.number,
        round=challenge,
        calendar_day=challenge.day(day.number),
        previous=challenge.previous_post(day.number),
        next=challenge.next_post(day.number),
        homework=workbook.of_day(day.round, day.number) if workbook is not None else None,
        module=challenge.module_of(day.number),
    )


# What each of Pelican's generators writes, besides its translations.
WRITTEN = {
    ArticlesGenerator: ("articles", "hidden_articles"),
    PagesGenerator: ("pages", "hidden_pages"),
}


def attach_views(generators) -> None:
    """Every post and page Pelican writes (published or hidden, translations too) gets its
    `view` for this build."""
    for generator in generators:
        lists = WRITTEN.get(type(generator))
        if lists is None:
            continue
        for name in (*lists, "translations", "hidden_translations"):
            for item in getattr(generator, name):
                item.view = view_of(item, generator.context, generator.settings)

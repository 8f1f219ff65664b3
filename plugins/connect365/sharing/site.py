"""Pelican glue for sharing: a card on every post and page, `/challenge.ics`, share links.

- `card_of`: a post's or page's card (where its PNG goes, what it says, its
  size and alt text), part of its view (`connect365.view`).
- `article_writer_finalized`: writes `/challenge.ics` (every round's days).
- `get_generators`: `CardsGenerator` writes the PNGs (cached by content), drawn
  by `BUILD_JOBS` processes.
- The `share_links` template global builds the share links.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator

from ..challenge.posts import DayOfPost
from ..core import plain_text
from ..feeds.ids import day_id
from ..parallel import build_jobs
from ..settings import words as site_words
from .calendar import challenge_calendar
from .cards import HEIGHT, WIDTH, Card, cards_bytes


@dataclass(frozen=True)
class CardImage:
    card: Card
    save_as: str
    alt: str
    width: int = WIDTH
    height: int = HEIGHT


def card_of(item, day: DayOfPost | None, settings: dict) -> CardImage:
    """The card of `item`, a post or page (`day`: the challenge day it is, if any)."""
    words = site_words(settings)
    site = plain_text(settings["SITENAME"])
    title = plain_text(item.title)
    if day is not None:
        length = day.round.length
        kicker = words.day_of(day.number, length, day.round.label)
        card = Card(kicker, title, site, day.number / length)
        alt = words.gettext("%(site)s: %(day)s, %(title)s", site=site, day=kicker, title=title)
    elif getattr(item, "author", None) is not None and hasattr(item, "date"):
        author = plain_text(item.author)
        card = Card(words.gettext("By %(author)s", author=author), title, site)
        alt = words.gettext(
            "%(site)s: %(title)s, by %(author)s", site=site, title=title, author=author
        )
    else:
        card = Card(site, title, site)
        alt = words.gettext("%(site)s: %(title)s", site=site, title=title)
    return CardImage(card, f"{settings['CARDS_PATH']}/{card.key}.png", alt)


def write_calendar(generator, writer) -> None:
    settings = generator.settings
    models = generator.context["challenge_rounds"]
    posts = {
        (a.view.round.settings.number, a.view.day): a for a in generator.articles if a.view.is_day
    }
    site = settings["ABSOLUTE_SITEURL"]
    data = challenge_calendar(
        models,
        posts,
        settings["SITENAME"],
        uid_of=lambda post: day_id(
            settings["FEED_ID_AUTHORITY"],
            post.view.round.settings.start,
            post.view.day,
            getattr(post, "id", None),
        ),
        url_of=lambda post: f"{site}/{post.url}",
        words=site_words(settings),
    )
    path = os.path.join(generator.output_path, settings["CHALLENGE_ICS_SAVE_AS"])
    with open(path, "wb") as out:
        out.write(data)


class CardsGenerator(Generator):
    """Writes every post's and page's card, drawn once per text (CACHE_PATH/cards)."""

    def generate_output(self, writer) -> None:
        cache = Path(self.settings["CACHE_PATH"]) / "cards"
        items = [
            *self.context["articles"],
            *self.context.get("hidden_articles", []),
            *self.context.get("pages", []),
        ]
        images = {item.view.card.save_as: item.view.card for item in items}
        jobs = build_jobs(self.settings)
        drawn = cards_bytes([image.card for image in images.values()], cache, jobs)
        for image in images.values():
            target = Path(self.output_path) / image.save_as
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(drawn[image.card])


def add_generator(pelican):
    return CardsGenerator

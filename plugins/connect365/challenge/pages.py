"""Pelican glue for the challenge: day URLs, one model per build, its pages.

- `article_generator_pretaxonomy`: the published articles are known (after
  pelican-scheduling) and nothing is built from them yet: a published day
  post gets `/day/<N>/`; a day post that is not published loses any such URL
  (an article from the content cache may carry one).
- `article_generator_finalized`: the articles are complete, so the one
  `Challenge` is built here, put in the shared context as `challenge`, and
  each day post gets `challenge_day`, `previous_day` and `next_day`. Every
  article gets `headline`, its title as plain text, "Day 175: ..." for a
  day post: what `<title>`, Open Graph, JSON-LD and the feeds show.
- `article_writer_finalized`: writes `/challenge/` and `/challenge.json`.
"""

from __future__ import annotations

import json
import os
from itertools import chain

from ..core import plain_text, settings_now
from ..settings import challenge as challenge_settings
from ..settings import words as site_words
from .model import Challenge, DayPost, parse_day


def publish_at_day_urls(generator) -> None:
    settings = generator.settings
    length = challenge_settings(settings).length
    for article in chain(generator.articles, generator.drafts):
        if not hasattr(article, "day"):
            continue
        article.day = parse_day(article.day, length)
        if article.status == "published":
            article.override_url = settings["DAY_URL"].format(day=article.day)
            article.override_save_as = settings["DAY_SAVE_AS"].format(day=article.day)
        else:
            vars(article).pop("override_url", None)
            vars(article).pop("override_save_as", None)


def _day_post(article, draft: bool) -> DayPost:
    return DayPost(
        day=article.day,
        title=plain_text(article.title),
        url=article.url,
        date=article.date,
        draft=draft,
    )


def build_challenge(generator) -> None:
    settings = generator.settings
    posts = [_day_post(a, False) for a in generator.articles if hasattr(a, "day")]
    posts += [_day_post(a, True) for a in generator.drafts if hasattr(a, "day")]
    words = site_words(settings)
    challenge = Challenge.build(challenge_settings(settings), settings_now(settings), posts, words)
    generator.context["challenge"] = challenge
    for article in chain(generator.articles, generator.hidden_articles):
        day = getattr(article, "day", None)
        article.headline = words.headline(plain_text(article.title), day)
        if day is not None and article in generator.articles:
            article.challenge_day = challenge.day(day)
            article.previous_day = challenge.previous_post(day)
            article.next_day = challenge.next_post(day)


def write_challenge(generator, writer) -> None:
    settings = generator.settings
    challenge = generator.context["challenge"]
    writer.write_file(
        settings["CHALLENGE_SAVE_AS"],
        generator.get_template("challenge"),
        generator.context,
        relative_urls=settings["RELATIVE_URLS"],
        url=settings["CHALLENGE_URL"],
        page_name="challenge",
    )
    path = os.path.join(generator.output_path, settings["CHALLENGE_JSON_SAVE_AS"])
    with open(path, "w", encoding="utf-8") as out:
        data = challenge.as_json(settings["ABSOLUTE_SITEURL"])
        workbook = generator.context.get("workbook")
        data["homework"] = workbook.days if workbook is not None else []
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")

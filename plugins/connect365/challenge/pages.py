"""Pelican glue for the challenge: day URLs, one model per build, its pages.

- `article_generator_pretaxonomy`: the published articles are known (after
  pelican-scheduling) and nothing is built from them yet: a published day
  post gets `/day/<N>/` (`/<slug>/day/<N>/` in a later round, whose posts
  live in `days/<slug>/`); a day post that is not published loses any such URL
  (an article from the content cache may carry one).
- `article_generator_finalized`: the articles are complete, so one
  `Challenge` per round is built here: the round in progress is the shared
  context's `challenge`, all of them `challenge_rounds`; each day post gets
  `challenge` (its round's), `challenge_day`, `previous_day` and `next_day`
  (within its round). Every article gets `headline`, its title as plain
  text, "Day 175: ..." for a day post ("Year 2 · Day 5: ..." in a round
  with a label): what `<title>`, Open Graph, JSON-LD and the feeds show.
  `attach_chapters` then gives a day post in a module (CHALLENGE["modules"])
  `module` and `module_url`.
- `article_writer_finalized`: writes `/challenge/` (the round in progress),
  `/challenge/<slug>/` for each round when there are several, a page per
  module under its round's page (`/challenge/module/<slug>/`), and
  `/challenge.json` (the round in progress, and `rounds`).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from itertools import chain

from ..authors import profiles, profiles_of
from ..core import plain_text, settings_now
from ..settings import day_url, round_of_source, round_page, rounds
from ..settings import words as site_words
from .model import Challenge, DayPost, parse_day
from .related import PostFacts, related_posts


def page_of(settings, challenge_round) -> tuple[str, str]:
    """(URL, file) of a round's progress page: /challenge/ when it is the only one."""
    if len(rounds(settings)) == 1:
        return settings["CHALLENGE_URL"], settings["CHALLENGE_SAVE_AS"]
    return round_page(settings, challenge_round)


def publish_at_day_urls(generator) -> None:
    settings = generator.settings
    for article in chain(generator.articles, generator.drafts):
        if not hasattr(article, "day"):
            continue
        challenge_round = round_of_source(settings, article.source_path)
        article.challenge_round = challenge_round
        article.day = parse_day(article.day, challenge_round.length)
        if article.status == "published":
            article.override_url, article.override_save_as = day_url(
                settings, challenge_round, article.day
            )
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
    """One `Challenge` per round; `challenge` in the context is the round in progress."""
    settings = generator.settings
    every = rounds(settings)
    now = settings_now(settings)
    words = site_words(settings)
    posts = defaultdict(list)
    for draft, articles in ((False, generator.articles), (True, generator.drafts)):
        for article in articles:
            if hasattr(article, "day"):
                posts[article.challenge_round.number].append(_day_post(article, draft))
    models = tuple(
        Challenge.build(r, now, posts[r.number], url=page_of(settings, r)[0], words=words)
        for r in every
    )
    current = models[every.current(now.date()).number - 1]
    generator.context["challenge"] = current
    generator.context["challenge_rounds"] = models
    for article in chain(generator.articles, generator.hidden_articles):
        day = getattr(article, "day", None)
        challenge = models[article.challenge_round.number - 1] if day is not None else None
        label = challenge.settings.label if challenge else ""
        article.headline = words.headline(plain_text(article.title), day, label)
        if day is not None and article in generator.articles:
            article.challenge = challenge
            article.challenge_day = challenge.day(day)
            article.previous_day = challenge.previous_post(day)
            article.next_day = challenge.next_post(day)
    attach_reading_aids(generator.articles, profiles(settings["AUTHORS"]))


def attach_reading_aids(articles, authors) -> None:
    """New per-post data, in one place, from the model's pure functions.

    - `article.module`, `article.module_url`: a day post's module ("Following up ·
      day 3 of 7"), by `Challenge.module_of`;
    - `article.related`: up to three other articles, by `related.related_posts`
      (shared tags, and module);
    - `article.author_profiles`: the box of each of its authors (AUTHORS), by
      `authors.profiles_of`.
    """
    facts = []
    for article in articles:
        challenge = getattr(article, "challenge", None)
        module = challenge.module_of(article.day) if challenge is not None else None
        if module is not None:
            article.module = module
            article.module_url = challenge.module_url(module)
        facts.append(
            PostFacts(
                url=article.url,
                date=article.date,
                tags=frozenset(tag.slug for tag in getattr(article, "tags", ())),
                day=article.day if challenge is not None else None,
                module=f"{challenge.url}{module.slug}" if module is not None else "",
            )
        )
    chosen = related_posts(facts)
    by_url = {article.url: article for article in articles}
    for article in articles:
        article.related = [by_url[url] for url in chosen[article.url]]
        names = [author.name for author in getattr(article, "authors", ())]
        article.author_profiles = profiles_of(names, authors)


def write_challenge(generator, writer) -> None:
    """`/challenge/` (the round in progress), each round's own page, `/challenge.json`."""
    settings = generator.settings
    models = generator.context["challenge_rounds"]
    pages = [
        (settings["CHALLENGE_SAVE_AS"], settings["CHALLENGE_URL"], generator.context["challenge"])
    ]
    if len(models) > 1:
        pages += [(*reversed(page_of(settings, m.settings)), m) for m in models]
    for save_as, url, challenge in pages:
        writer.write_file(
            save_as,
            generator.get_template("challenge"),
            generator.context,
            relative_urls=settings["RELATIVE_URLS"],
            url=url,
            page_name="challenge",
            challenge=challenge,
        )
    for challenge in models:
        for module in challenge.settings.modules:
            url = challenge.module_url(module)
            writer.write_file(
                f"{url}index.html",
                generator.get_template("module"),
                generator.context,
                relative_urls=settings["RELATIVE_URLS"],
                url=url,
                page_name="module",
                challenge=challenge,
                module=module,
                module_days=[challenge.day(n) for n in module.days],
            )
    path = os.path.join(generator.output_path, settings["CHALLENGE_JSON_SAVE_AS"])
    workbook = generator.context.get("workbook")
    site_url = settings["ABSOLUTE_SITEURL"]

    def round_json(challenge: Challenge) -> dict:
        data = challenge.as_json(site_url)
        data["page"] = f"{site_url}/{challenge.url}"
        data["homework"] = workbook.days_of(challenge.settings) if workbook is not None else []
        return data

    with open(path, "w", encoding="utf-8") as out:
        # The round in progress at the top (what a one-round site always had), then every round.
        data = round_json(generator.context["challenge"])
        data["rounds"] = [round_json(m) for m in models]
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")

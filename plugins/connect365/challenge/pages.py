"""Pelican glue for the challenge: day URLs, one model per build, its pages.

- `article_generator_pretaxonomy`: the published articles are known (after
  pelican-scheduling) and nothing is built from them yet: a published day
  post gets `/day/<N>/` (`/<slug>/day/<N>/` in a later round, whose posts
  live in `days/<slug>/`); a day post that is not published loses any such URL
  (an article from the content cache may carry one).
- `article_generator_finalized`: the articles are complete, so one
  `Challenge` per round is built here: the round in progress is the shared
  context's `challenge`, all of them `challenge_rounds`. Each post's view
  (`connect365.view`) takes its round, its day and its neighbours from them.
  `relate_posts` then chooses each post's related posts into the context's
  `related`.
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

from ..core import plain_text, settings_now
from ..settings import day_of_post, day_url, round_page, rounds
from ..settings import words as site_words
from .model import Challenge, DayPost
from .related import PostFacts, related_posts


def page_of(settings, challenge_round) -> tuple[str, str]:
    """(URL, file) of a round's progress page: /challenge/ when it is the only one."""
    if len(rounds(settings)) == 1:
        return settings["CHALLENGE_URL"], settings["CHALLENGE_SAVE_AS"]
    return round_page(settings, challenge_round)


def publish_at_day_url(article, settings) -> None:
    """A published day post at its day's URL; any other post at Pelican's own."""
    day = day_of_post(settings, article)
    if day is not None and article.status == "published":
        article.override_url, article.override_save_as = day_url(settings, day.round, day.number)
    else:
        vars(article).pop("override_url", None)
        vars(article).pop("override_save_as", None)


def publish_at_day_urls(generator) -> None:
    for article in chain(generator.articles, generator.drafts):
        publish_at_day_url(article, generator.settings)


def _day_post(article, day: int, draft: bool) -> DayPost:
    return DayPost(
        day=day,
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
            day = day_of_post(settings, article)
            if day is not None:
                posts[day.round.number].append(_day_post(article, day.number, draft))
    models = tuple(
        Challenge.build(r, now, posts[r.number], url=page_of(settings, r)[0], words=words)
        for r in every
    )
    current = models[every.current(now.date()).number - 1]
    generator.context["challenge"] = current
    generator.context["challenge_rounds"] = models


def relate_posts(generator) -> None:
    """Up to three related posts per post (`related.related_posts`: shared tags, and
    module), chosen once per build into the context's `related` (URL -> posts)."""
    settings = generator.settings
    models = generator.context["challenge_rounds"]
    articles = generator.articles
    facts = []
    for article in articles:
        day = day_of_post(settings, article)
        challenge = models[day.round.number - 1] if day is not None else None
        module = challenge.module_of(day.number) if challenge is not None else None
        facts.append(
            PostFacts(
                url=article.url,
                date=article.date,
                tags=frozenset(tag.slug for tag in getattr(article, "tags", ())),
                day=day.number if day is not None else None,
                module=f"{challenge.url}{module.slug}" if module is not None else "",
            )
        )
    chosen = related_posts(facts)
    by_url = {article.url: article for article in articles}
    generator.context["related"] = {
        url: tuple(by_url[other] for other in others) for url, others in chosen.items()
    }


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

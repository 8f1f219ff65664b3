"""Pelican glue for the challenge: day URLs, one model per build, its pages.

- `initialized`: settings defaults (see README, "Plugins").
- `content_object_init`: a published day post is published at `/day/<N>/`.
- `article_generator_finalized`: the articles are complete, so the one
  `Challenge` is built here, put in the shared context as `challenge`, and
  each day post gets `challenge_day`, `previous_day` and `next_day`.
- `article_writer_finalized`: writes `/challenge/` and `/challenge.json`.
"""

from __future__ import annotations

import json
import os

from pelican import signals
from pelican.contents import Article

from plugins.plain_titles.plain_titles import plain_text

from .clock import site_now
from .model import Challenge, ChallengeSettings, DayPost, parse_day

DEFAULTS = {
    "CHALLENGE_PATH": "days",
    "DAY_URL": "day/{day}/",
    "DAY_SAVE_AS": "day/{day}/index.html",
    "CHALLENGE_URL": "challenge/",
    "CHALLENGE_SAVE_AS": "challenge/index.html",
    "CHALLENGE_JSON_SAVE_AS": "challenge.json",
}


def set_defaults(pelican) -> None:
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    # Fail early, with the setting's name, when CHALLENGE is wrong.
    ChallengeSettings.from_setting(pelican.settings["CHALLENGE"])


def publish_at_day_url(content) -> None:
    if not isinstance(content, Article) or not hasattr(content, "day"):
        return
    settings = content.settings
    content.day = parse_day(content.day, settings["CHALLENGE"].get("length", 365))
    if content.status == "published":
        content.override_url = settings["DAY_URL"].format(day=content.day)
        content.override_save_as = settings["DAY_SAVE_AS"].format(day=content.day)


def _day_post(article, draft: bool) -> DayPost:
    return DayPost(
        day=article.day,
        title=plain_text(article.title),
        url=article.url,
        published=article.date,
        source=article.relative_source_path,
        draft=draft,
    )


def build_challenge(generator) -> None:
    settings = generator.settings
    posts = [_day_post(a, False) for a in generator.articles if hasattr(a, "day")]
    posts += [_day_post(a, True) for a in generator.drafts if hasattr(a, "day")]
    challenge = Challenge.build(
        ChallengeSettings.from_setting(settings["CHALLENGE"]),
        site_now(settings["TIMEZONE"]),
        posts,
    )
    generator.context["challenge"] = challenge
    for article in generator.articles:
        if hasattr(article, "day"):
            article.challenge_day = challenge.day(article.day)
            article.previous_day = challenge.previous_post(article.day)
            article.next_day = challenge.next_post(article.day)


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
        json.dump(challenge.as_json(settings["SITEURL"]), out, indent=2, ensure_ascii=False)
        out.write("\n")


def register() -> None:
    signals.initialized.connect(set_defaults)
    signals.content_object_init.connect(publish_at_day_url)
    signals.article_generator_finalized.connect(build_challenge)
    signals.article_writer_finalized.connect(write_challenge)

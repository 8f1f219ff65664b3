"""Every setting of Connect 365: its default, its type and what it means.

`CHALLENGE` is the one setting a content folder may bring along: a
`challenge.json` in it (what `make import` writes for an imported blog)
takes the place of the one in pelicanconf.py.

The build applies these on `initialized`; `make check`, `make new-day` and
the dev server read the site's settings with `load()`, which applies the
same defaults, so there is one list and one reading of it. The generic
plugins' own settings are in their READMEs; `load()` applies the one our
code reads (`ABSOLUTE_SITEURL`, from pelican-discovery).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pelican.plugins.discovery import set_defaults as discovery_defaults
from pelican.settings import read_settings

from .authors import check_authors
from .challenge.model import ChallengeSettings
from .challenge.posts import DayOfPost, by_day, day_of
from .challenge.rounds import Rounds
from .core import SettingsError, settings_now
from .sharing.links import SHARE_TARGETS
from .words import catalogue
from .words.language import Words, site_words

REQUIRED = object()


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    kind: type
    meaning: str


SETTINGS = (
    Setting(
        "CHALLENGE",
        REQUIRED,
        dict,
        '{"name": str, "length": int (365), "start": "YYYY-MM-DD", "pace": "calendar"|"count", '
        '"rest": ["sunday", "2026-12-25"], "grace": int (0), "words": {"homework": "Prompt", ...}, '
        '"about": "what the challenge is, in two lines"}',
    ),
    Setting(
        "CHALLENGES",
        [],
        list,
        "rounds: challenges of CHALLENGE's shape, each with a 'slug' (and a 'label'), in order; "
        "in place of CHALLENGE",
    ),
    Setting(
        "AUTHORS",
        {},
        dict,
        'who writes: {"Name": {"bio": str, "photo": "images/x.jpg", "links": [{"name", "url"}]}}',
    ),
    Setting(
        "ROUND_DAY_URL", "{slug}/day/{day}/", str, "where a later round's day post is published"
    ),
    Setting("ROUND_DAY_SAVE_AS", "{slug}/day/{day}/index.html", str, "its file"),
    Setting("CHALLENGE_ROUND_URL", "challenge/{slug}/", str, "a round's progress page"),
    Setting("CHALLENGE_ROUND_SAVE_AS", "challenge/{slug}/index.html", str, "its file"),
    Setting("CHALLENGE_PATH", "days", str, "folder (in the content) whose posts must have a Day"),
    Setting("DAY_URL", "day/{day}/", str, "where a day post is published"),
    Setting("DAY_SAVE_AS", "day/{day}/index.html", str, "the file of a day post"),
    Setting("CHALLENGE_URL", "challenge/", str, "the progress page"),
    Setting("CHALLENGE_SAVE_AS", "challenge/index.html", str, "the progress page's file"),
    Setting("CHALLENGE_JSON_SAVE_AS", "challenge.json", str, "the challenge model for machines"),
    Setting("HOMEWORK_PATH", "homework", str, "folder (in the content) of homework entries"),
    Setting("HOMEWORK_URL", "homework/", str, "the homework workbook"),
    Setting("HOMEWORK_SAVE_AS", "homework/index.html", str, "the workbook's file"),
    Setting(
        "FEED_ID_AUTHORITY",
        "connect365.example",
        str,
        "the name in every feed item id; never change it once published",
    ),
    Setting("FEED_MAX_ITEMS", 100, int, "items per feed, newest first"),
    Setting("CHALLENGE_ICS_SAVE_AS", "challenge.ics", str, "the challenge as a calendar"),
    Setting("CARDS_PATH", "cards", str, "folder of the social card images"),
    Setting(
        "SHARE_TARGETS",
        ["linkedin", "email"],
        list,
        f"the share links under each post, in order; any of {', '.join(SHARE_TARGETS)}",
    ),
    Setting(
        "SHARE_MASTODON_HOST",
        "mastodon.social",
        str,
        "the Mastodon server whose share page the 'mastodon' link opens",
    ),
    Setting(
        "BUILD_JOBS", 0, int, "processes that render post pages and draw cards; 0: one per core"
    ),
    Setting(
        "FOLLOW_BY_EMAIL",
        "",
        str,
        "the subscribe form address of a feed-to-email service; empty: no form",
    ),
    Setting("FOLLOW_BY_EMAIL_FIELD", "email", str, "the name of that form's email field"),
    Setting(
        "REPLY_EMAIL", "", str, "the address of 'Reply by email' under each post; empty: no link"
    ),
    Setting(
        "COMMENTS", {}, dict, '{"isso": "https://comments.example.org/"}: comments on; {}: off'
    ),
    Setting(
        "COMMENTS_EXPORT",
        "",
        str,
        "the Isso API as the build reaches it; approved comments are rendered into the pages",
    ),
)


CHALLENGE_FILE = "challenge.json"


def challenge_from_content(settings: dict) -> None:
    """A content folder may carry its own challenge (`make import` writes one): it wins."""
    path = Path(settings["PATH"]) / CHALLENGE_FILE
    if not path.is_file():
        return
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as wrong:
        raise SettingsError(f"{path}: not a JSON object ({wrong})") from None
    # An object is one challenge; a list, its rounds.
    settings["CHALLENGES" if isinstance(found, list) else "CHALLENGE"] = found


def apply(settings: dict) -> dict:
    """Fill in every default and check every type; SettingsError names all that is wrong."""
    challenge_from_content(settings)
    wrong = []
    for setting in SETTINGS:
        if setting.default is not REQUIRED:
            settings.setdefault(setting.name, copy.copy(setting.default))
        value = settings.get(setting.name)
        if value is None and setting.name == "CHALLENGE" and settings.get("CHALLENGES"):
            continue  # the rounds stand in for it
        if value is None:
            wrong.append(f"{setting.name}: missing; {setting.meaning}")
        elif not isinstance(value, setting.kind) or isinstance(value, bool):
            wrong.append(
                f"{setting.name}: must be {setting.kind.__name__}, not {value!r} ({setting.meaning})"
            )
    if isinstance(settings.get("BUILD_JOBS"), int) and settings["BUILD_JOBS"] < 0:
        wrong.append(f"BUILD_JOBS: must be 0 (one per core) or more, not {settings['BUILD_JOBS']}")
    try:
        settings_now(settings)
    except ValueError as not_a_time:
        wrong.append(str(not_a_time))
    wrong += check_share_targets(settings["SHARE_TARGETS"])
    wrong += check_authors(settings["AUTHORS"])
    wrong += check_language(settings.get("DEFAULT_LANG"))
    if wrong:
        raise SettingsError("; ".join(wrong))
    try:
        lang = settings["DEFAULT_LANG"]
        translations = catalogue.compiled(lang)
        rounds = Rounds.from_settings(
            settings.get("CHALLENGE"), settings["CHALLENGES"], Words(lang, translations)
        )
    except ValueError as wrong:
        raise SettingsError(str(wrong)) from None
    taken = site_folders(settings)
    clashes = [
        f"CHALLENGES[{r.number}] ({r.slug}): slug: {r.slug!r} is one of the site's own folders "
        f"(/{r.slug}/); choose another, such as 'year-2'"
        for r in rounds
        if r.slug in taken
    ]
    if clashes:
        raise SettingsError("; ".join(clashes))
    settings["CHALLENGE_ROUNDS"] = rounds
    settings["CHALLENGE_SETTINGS"] = rounds.first
    settings["SITE_WORDS"] = site_words(lang, translations, dict(rounds.first.words))
    return settings


def site_folders(settings: Mapping) -> set[str]:
    """The top folders the site writes into by its settings (tag/, posts/, cards/, theme/...):
    a later round's posts are published at /<slug>/day/N/, so no slug may be one of them."""
    folders = set()
    for name, value in settings.items():
        if not isinstance(value, str) or not name.endswith(("_SAVE_AS", "_URL", "_PATH", "_DIR")):
            continue
        first, slash, _ = value.strip("/").partition("/")
        if (slash or name.endswith(("_PATH", "_DIR"))) and re.fullmatch(r"[\w-]+", first):
            folders.add(first)
    return folders


def check_share_targets(targets: object) -> list[str]:
    if not isinstance(targets, list):
        return []  # its type is reported with the others
    return [
        f"SHARE_TARGETS: {t!r} is not a share target; use {', '.join(SHARE_TARGETS)}"
        for t in targets
        if t not in SHARE_TARGETS
    ]


def check_language(lang: object) -> list[str]:
    """DEFAULT_LANG must have a catalogue: the theme has no words in any other language."""
    known = catalogue.languages()
    if lang in known:
        return []
    return [
        f"DEFAULT_LANG: no catalogue for {lang!r}; use one of {', '.join(known)} "
        f"(or add {catalogue.po_path(str(lang)).relative_to(catalogue.TRANSLATIONS.parent.parent.parent)})"
    ]


def words(settings: Mapping):
    """This build's `Words` (settings that went through `apply`)."""
    return settings["SITE_WORDS"]


def challenge(settings: Mapping) -> ChallengeSettings:
    """The first round (the only one without `CHALLENGES`) of settings that went through `apply`."""
    return settings["CHALLENGE_SETTINGS"]


def rounds(settings: Mapping) -> Rounds:
    """Every round of settings that went through `apply`."""
    return settings["CHALLENGE_ROUNDS"]


def round_of(settings: Mapping, relative: str, folder: str = "CHALLENGE_PATH") -> ChallengeSettings:
    """The round of a content file (its path in the content folder): a day post by
    default, a homework entry with `folder="HOMEWORK_PATH"`."""
    return rounds(settings).of_file(relative.replace(os.sep, "/"), settings[folder])


def round_of_source(settings: Mapping, source_path: str, folder: str = "CHALLENGE_PATH"):
    """The same for a file Pelican read (its absolute `source_path`)."""
    return round_of(settings, os.path.relpath(source_path, settings["PATH"]), folder)


def day_of_post(settings: Mapping, post) -> DayOfPost | None:
    """The challenge day `post` is (challenge/posts.py), None for any other post."""
    return day_of(post, lambda path: round_of_source(settings, path))


def posts_by_day(settings: Mapping, posts) -> dict[tuple[int, int], object]:
    """(round number, day number) -> its post, for the day posts among `posts`."""
    return by_day(posts, lambda path: round_of_source(settings, path))


def day_url(settings: Mapping, challenge_round: ChallengeSettings, day: int) -> tuple[str, str]:
    """(URL, file) of a round's day post: /day/N/ for the first round, /<slug>/day/N/ after."""
    if challenge_round.first:
        return settings["DAY_URL"].format(day=day), settings["DAY_SAVE_AS"].format(day=day)
    slug = challenge_round.slug
    return (
        settings["ROUND_DAY_URL"].format(slug=slug, day=day),
        settings["ROUND_DAY_SAVE_AS"].format(slug=slug, day=day),
    )


def round_page(settings: Mapping, challenge_round: ChallengeSettings) -> tuple[str, str]:
    """(URL, file) of a round's own progress page."""
    slug = challenge_round.slug
    return (
        settings["CHALLENGE_ROUND_URL"].format(slug=slug),
        settings["CHALLENGE_ROUND_SAVE_AS"].format(slug=slug),
    )


def load(path: str, content: str | None = None, extra: list[str] | None = None) -> dict:
    """The site's settings as `pelican -s PATH -e KEY=json ...` reads them, with our defaults."""
    overrides = {}
    for item in extra or []:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError as wrong:
            raise SettingsError(f"-e {key}: not JSON ({wrong})") from None
    if content:
        overrides["PATH"] = content
    try:
        settings = read_settings(path, override=overrides)
    except (OSError, ValueError) as wrong:
        raise SettingsError(f"{path}: {wrong}") from None
    discovery_defaults(settings)
    return apply(settings)

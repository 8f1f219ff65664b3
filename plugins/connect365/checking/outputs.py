"""Where each post and page will be written: inside the site, once, never over a page the site writes.

Pelican writes a post over another post, or a page over the home page or a
feed, without a word (or fails on its second write). This rule computes
every content file's output path the way Pelican will (a `Save_as` field,
else the `*_SAVE_AS` setting with the slug Pelican makes from the title)
and refuses two files on one path, a path the site writes itself, a path
outside the output folder, a file name too long for the file system, and
a `Template` the theme does not have.
"""

from __future__ import annotations

import html
import posixpath
import string
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from pelican.utils import SafeDatetime, slugify

from ..challenge.model import parse_day
from ..challenge.rules import is_day_post
from ..core import Problem
from ..redirects import redirect_file
from ..settings import day_url, round_of, round_page, rounds
from .registry import Content, content_rule
from .source import SourceFile

LONGEST_NAME = 200  # bytes in one path component; file systems allow 255
SITE_FILES = ("index.html", "404.html", "sitemap.xml", "robots.txt")
SITE_FOLDERS = ("feeds/", "pagefind/", "page/")
SITE_PAGES = (
    "TAGS_SAVE_AS",
    "ARCHIVES_SAVE_AS",
    "SEARCH_SAVE_AS",
    "CHALLENGE_SAVE_AS",
    "CHALLENGE_JSON_SAVE_AS",
    "HOMEWORK_SAVE_AS",
    "CHALLENGE_ICS_SAVE_AS",
)


def prefix(template: str) -> str:
    """The fixed folder a `*_SAVE_AS` pattern writes under: "tag/{slug}/index.html" -> "tag/"."""
    fixed = next(string.Formatter().parse(template))[0] if template else ""
    return fixed[: fixed.rfind("/") + 1]


def site_paths(settings: dict) -> tuple[set[str], tuple[str, ...]]:
    """The files and the folders the site writes itself, whatever the content."""
    files = set(SITE_FILES) | {settings[name] for name in SITE_PAGES if settings.get(name)}
    folders = [
        *SITE_FOLDERS,
        f"{settings['THEME_STATIC_DIR']}/",
        "tag/",
        f"{settings['CARDS_PATH']}/",
    ]
    folders += [prefix(settings[n]) for n in ("TAG_SAVE_AS", "DAY_SAVE_AS") if settings.get(n)]
    # A later round's folder (/<slug>/day/N/) and its progress page are the site's too.
    later = [r for r in rounds(settings) if not r.first]
    folders += [f"{r.slug}/" for r in later]
    if len(rounds(settings)) > 1:
        files |= {round_page(settings, r)[1] for r in rounds(settings)}
    # Static folders that hold no posts (images/): posts' own folders may hold their images.
    content = {*settings["ARTICLE_PATHS"], *settings["PAGE_PATHS"]}
    folders += [f"{p.rstrip('/')}/" for p in settings["STATIC_PATHS"] if p not in content]
    return files, tuple(f for f in folders if f)


def slug_of(source: SourceFile, settings: dict) -> str:
    if "slug" in source.fields:
        return source.fields["slug"]
    return slugify(
        html.escape(source.fields.get("title", ""), quote=False),
        regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"],
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def output_path(source: SourceFile, content: Content) -> tuple[str, str] | None:
    """(field to blame, the path under the output folder) of a file Pelican will write."""
    settings, fields = content.settings, source.fields
    if fields.get("status", "published").lower() == "draft" or source.kind == "homework":
        return None
    if "save_as" in fields:
        return "Save_as", fields["save_as"]
    blame = "Slug" if "slug" in fields else "Title"
    slug = slug_of(source, settings)
    if source.kind == "page":
        return blame, settings["PAGE_SAVE_AS"].format(slug=slug)
    if is_day_post(source, settings):
        challenge_round = round_of(settings, source.relative)
        try:
            day = parse_day(fields.get("day", ""), challenge_round.length)
        except ValueError:
            return None  # the Day rule says why
        return "Day", day_url(settings, challenge_round, day)[1]
    date = content.date_of(source)
    if date is None:
        return None  # the Date rule says why
    return blame, settings["ARTICLE_SAVE_AS"].format(
        slug=slug, date=SafeDatetime.fromisoformat(date.isoformat())
    )


def path_problems(path: str, site_files: set[str], site_folders: tuple[str, ...]) -> Iterator[str]:
    normal = posixpath.normpath(path)
    if path.startswith("/") or normal == ".." or normal.startswith("../"):
        yield f"{path!r} is outside the site; give a path inside it"
        return
    if path.endswith("/") or not posixpath.basename(normal):
        yield "makes an empty file name; add a 'Slug:' line"
    if "//" in path or any(not part for part in path.split("/")[:-1]):
        yield "makes an empty part of the URL; add a 'Slug:' line"
    too_long = [p for p in normal.split("/") if len(p.encode()) > LONGEST_NAME]
    if too_long:
        yield (
            f"makes a file name of {len(too_long[0].encode())} bytes (at most {LONGEST_NAME}); "
            "add a shorter 'Slug:' line"
        )
    if normal in site_files:
        yield f"{normal!r} is a page the site writes itself; choose another"
    elif normal.startswith(site_folders):
        yield f"{normal!r} is in a folder the site writes itself; choose another"


@content_rule
def check_outputs(content: Content) -> list[Problem]:
    settings = content.settings
    site_files, site_folders = site_paths(settings)
    day_folders = {prefix(settings["DAY_SAVE_AS"])} | {
        f"{r.slug}/" for r in rounds(settings) if not r.first
    }
    problems = []
    by_path: dict[str, list[tuple[SourceFile, str]]] = defaultdict(list)
    for source in content.sources:
        made = output_path(source, content)
        if made is None:
            continue
        blame, path = made
        normal = posixpath.normpath(path)
        by_path[normal].append((source, blame))
        folders = site_folders
        if blame == "Day":
            folders = tuple(f for f in site_folders if f not in day_folders)
        problems += [
            Problem(source.shown, blame, message)
            for message in path_problems(path, site_files, folders)
        ]
    for path, claims in sorted(by_path.items()):
        # Two posts for one day are the Day rule's to report (challenge/rules.py).
        if len(claims) > 1 and any(blame != "Day" for _, blame in claims):
            for source, blame in claims:
                others = ", ".join(s.shown for s, _ in claims if s is not source)
                problems.append(
                    Problem(
                        source.shown,
                        blame,
                        f"is written to {path!r}, as is {others}; give one a 'Slug:'",
                    )
                )
    return problems


@content_rule
def check_redirects(content: Content) -> list[Problem]:
    """An old address is a path of this site, and no page is written there."""
    site_files, _ = site_paths(content.settings)
    written = {made[1] for s in content.sources if (made := output_path(s, content))}
    problems = []
    for source in content.sources:
        old = source.fields.get("redirect_from", "")
        if not old:
            continue
        if not old.startswith("/") or "://" in old:
            problems.append(
                Problem(
                    source.shown,
                    "Redirect_from",
                    f"{old!r} must be a path such as /2016/05/21/old-post/",
                )
            )
            continue
        path = redirect_file(old)
        if path in written or path in site_files or ".." in path.split("/"):
            problems.append(
                Problem(
                    source.shown,
                    "Redirect_from",
                    f"{old!r} is where a page of this site is written",
                )
            )
    return problems


@content_rule
def check_templates(content: Content) -> list[Problem]:
    settings = content.settings
    folders = [
        Path(settings["THEME"]) / "templates",
        *map(Path, settings.get("THEME_TEMPLATES_OVERRIDES", [])),
    ]
    return [
        Problem(
            source.shown,
            "Template",
            f"{source.fields['template']!r} is not a template of the theme; "
            f"use one of {', '.join(sorted(p.stem for f in folders for p in f.glob('*.html')))}",
        )
        for source in content.sources
        if "template" in source.fields
        and not any((folder / f"{source.fields['template']}.html").is_file() for folder in folders)
    ]

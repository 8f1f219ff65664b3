"""Every content rule in one run: the build and `make check` both call this.

The generic rules (the file is UTF-8, required fields are there and parse)
live here; each domain's own rules live with its model and are called from
`check_content` (the challenge's `Day` rules: `plugins.challenge.rules`;
homework's: `plugins.homework.rules`; feed ids': `plugins.feeds.ids`; tags': `plugins.tag_index`).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from pathlib import Path

from pelican.utils import get_date, set_date_tzinfo

from plugins.challenge.model import ChallengeSettings, parse_day
from plugins.challenge.rules import DayClaim, check_day_posts
from plugins.feeds.ids import DEFAULT_AUTHORITY, check_post_ids, post_id
from plugins.homework.rules import HomeworkClaim, check_homework
from plugins.problems import Problem, warning
from plugins.tag_index.model import variant_spellings
from plugins.tag_index.rules import tag_uses

from .source import MARKDOWN_EXTENSIONS, SourceFile, read_fields, shown_path

STATUSES = ("published", "draft", "hidden")


def content_files(content: Path, settings: dict) -> Iterator[tuple[str, Path]]:
    """(kind, path) for every Markdown file Pelican or our plugins will read."""
    kinds = (
        ("article", settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"]),
        ("page", settings["PAGE_PATHS"], settings["PAGE_EXCLUDES"]),
        ("homework", [settings.get("HOMEWORK_PATH", "homework")], []),
    )
    ignored = settings.get("IGNORE_FILES", [])
    for kind, bases, excludes in kinds:
        for base in bases:
            for path in sorted((content / base).rglob("*")):
                inside = path.relative_to(content).as_posix()
                if (
                    path.is_file()
                    and path.suffix in MARKDOWN_EXTENSIONS
                    and not any(fnmatch.fnmatch(path.name, p) for p in ignored)
                    and not any(inside.startswith(f"{e}/") for e in excludes)
                ):
                    yield kind, path


def check_content(content: Path, settings: dict) -> list[Problem]:
    """Every problem in the content folder, errors and warnings, sorted by file."""
    challenge = ChallengeSettings.from_setting(settings["CHALLENGE"])
    days_path = settings.get("CHALLENGE_PATH", "days")
    problems: list[Problem] = []
    claims: list[DayClaim] = []
    homework: list[HomeworkClaim] = []
    post_ids: list[tuple[str, str]] = []
    tags = []
    authority = settings.get("FEED_ID_AUTHORITY", DEFAULT_AUTHORITY)
    for kind, path in content_files(content, settings):
        try:
            fields = read_fields(path)
        except UnicodeDecodeError as wrong:
            problems.append(
                Problem(
                    shown_path(path),
                    "file",
                    f"is not UTF-8 (byte {wrong.object[wrong.start]:#x} at offset "
                    f"{wrong.start}); save it with UTF-8 encoding",
                )
            )
            continue
        source = SourceFile(path, kind, path.relative_to(content).as_posix(), fields)
        problems.extend(check_fields(source, settings, challenge))
        if kind == "article":
            tags.extend(tag_uses(source.shown, fields.get("tags", ""), settings))
        is_day_post = "day" in fields or source.relative.startswith(f"{days_path}/")
        if kind == "article" and is_day_post:
            claims.append(DayClaim(source.shown, fields.get("day", ""), _date(source, settings)))
        elif kind == "article" and (date := _date(source, settings)) is not None:
            post_ids.append((source.shown, post_id(authority, date, fields.get("id"))))
        if kind == "homework" and (day := _day(fields, challenge)) is not None:
            homework.append(HomeworkClaim(source.shown, day))
    problems.extend(check_day_posts(claims, challenge))
    days_with_posts = {d for c in claims if (d := _day({"day": c.raw_day}, challenge))}
    problems.extend(check_homework(homework, days_with_posts))
    problems.extend(check_post_ids(post_ids))
    problems.extend(variant_spellings(tags))
    return sorted(problems)


def _day(fields: dict, challenge: ChallengeSettings) -> int | None:
    try:
        return parse_day(fields.get("day", ""), challenge.length)
    except ValueError:
        return None


def _date(source: SourceFile, settings: dict):
    try:
        return set_date_tzinfo(get_date(source.fields["date"]), settings["TIMEZONE"])
    except (KeyError, ValueError):
        return None


def check_fields(source: SourceFile, settings: dict, challenge: ChallengeSettings) -> list[Problem]:
    """The rules of one file's own header."""
    fields, shown = source.fields, source.shown
    problems = []
    if source.kind == "homework":
        if not fields.get("title"):
            problems.append(warning(shown, "Title", "missing; the entry is shown as 'Homework'"))
        try:
            parse_day(fields.get("day", ""), challenge.length)
        except ValueError as wrong:
            problems.append(Problem(shown, "Day", str(wrong)))
        return problems
    if not fields.get("title"):
        problems.append(Problem(shown, "Title", "missing; add a line 'Title: ...'"))
    if source.kind == "article":
        if "date" not in fields:
            problems.append(Problem(shown, "Date", "missing; add a line 'Date: YYYY-MM-DD HH:MM'"))
        elif _date(source, settings) is None:
            problems.append(
                Problem(shown, "Date", f"{fields['date']!r} is not a date; use YYYY-MM-DD HH:MM")
            )
    status = fields.get("status", "published").lower()
    if status not in STATUSES:
        problems.append(Problem(shown, "Status", f"{status!r} is not one of {', '.join(STATUSES)}"))
    return problems

"""Every content rule in one run: the build and `make check` both call this.

The generic rules (the file is UTF-8, required fields are there and parse)
live here; each domain's own rules live with its model and are called from
`check_sources`: the challenge's `Day` rules (`plugins.challenge.rules`),
homework's (`plugins.homework.rules`), feed ids' (`plugins.feeds.ids`) and
tag spellings' (`plugins.tag_index`).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
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


def read_sources(content: Path, settings: dict) -> tuple[list[SourceFile], list[Problem]]:
    """The header of every content file, and a problem for each unreadable one."""
    sources, problems = [], []
    for kind, path in content_files(content, settings):
        try:
            fields = read_fields(path)
        except UnicodeDecodeError as wrong:
            byte = wrong.object[wrong.start]
            problems.append(
                Problem(
                    shown_path(path),
                    "file",
                    f"is not UTF-8 (byte {byte:#x} at offset {wrong.start}); save it with UTF-8 encoding",
                )
            )
            continue
        sources.append(SourceFile(path, kind, path.relative_to(content).as_posix(), fields))
    return sources, problems


def check_content(content: Path, settings: dict) -> list[Problem]:
    """Every problem in the content folder, errors and warnings, sorted by file."""
    sources, problems = read_sources(content, settings)
    return sorted(problems + check_sources(sources, settings))


def check_sources(sources: list[SourceFile], settings: dict) -> list[Problem]:
    challenge = ChallengeSettings.from_setting(settings["CHALLENGE"])
    days_path = settings.get("CHALLENGE_PATH", "days")
    authority = settings.get("FEED_ID_AUTHORITY", DEFAULT_AUTHORITY)
    articles = [s for s in sources if s.kind == "article"]

    def is_day_post(source: SourceFile) -> bool:
        return "day" in source.fields or source.relative.startswith(f"{days_path}/")

    day_posts = [s for s in articles if is_day_post(s)]
    other_posts = [s for s in articles if not is_day_post(s) and date_of(s, settings)]
    homework = [s for s in sources if s.kind == "homework" and day_of(s, challenge)]

    problems = [p for s in sources for p in check_fields(s, settings, challenge)]
    claims = [DayClaim(s.shown, s.fields.get("day", ""), date_of(s, settings)) for s in day_posts]
    problems += check_day_posts(claims, challenge)
    problems += check_homework(
        [HomeworkClaim(s.shown, day_of(s, challenge)) for s in homework],
        {day_of(s, challenge) for s in day_posts},
    )
    problems += check_post_ids(
        (s.shown, post_id(authority, date_of(s, settings), s.fields.get("id"))) for s in other_posts
    )
    problems += variant_spellings(
        use for s in articles for use in tag_uses(s.shown, s.fields.get("tags", ""), settings)
    )
    return problems


def scheduled(
    sources: list[SourceFile], settings: dict, now: datetime
) -> list[tuple[str, datetime]]:
    """(path, date) of every post that is published but dated after `now`."""
    return sorted(
        (s.shown, date)
        for s in sources
        if s.kind in ("article", "page")
        and s.fields.get("status", "published").lower() == "published"
        and (date := date_of(s, settings)) is not None
        and date > now
    )


def date_of(source: SourceFile, settings: dict) -> datetime | None:
    return _parse_date(source.fields.get("date"), settings["TIMEZONE"])


@lru_cache(maxsize=4096)
def _parse_date(text: str | None, timezone: str) -> datetime | None:
    """Pelican's own date parsing, once per distinct header value."""
    try:
        return set_date_tzinfo(get_date(text), timezone) if text else None
    except ValueError:
        return None


def day_of(source: SourceFile, challenge: ChallengeSettings) -> int | None:
    try:
        return parse_day(source.fields.get("day", ""), challenge.length)
    except ValueError:
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
        elif date_of(source, settings) is None:
            problems.append(
                Problem(shown, "Date", f"{fields['date']!r} is not a date; use YYYY-MM-DD HH:MM")
            )
    status = fields.get("status", "published").lower()
    if status not in STATUSES:
        problems.append(Problem(shown, "Status", f"{status!r} is not one of {', '.join(STATUSES)}"))
    return problems

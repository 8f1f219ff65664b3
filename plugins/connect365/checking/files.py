"""Every content file, read once, checked by every registered rule.

`check_content` is what the build and `make check` both call; the generic
header rules (a title, a date that parses, a known status) are registered
here, each domain's own rules with its model.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..core import Problem
from .registry import Content, content_rule, run_rules
from .source import MARKDOWN_EXTENSIONS, SourceFile, read_fields, shown_path

STATUSES = ("published", "draft", "hidden")


def content_files(content: Path, settings: dict) -> Iterator[tuple[str, Path]]:
    """(kind, path) for every Markdown file Pelican or our plugins will read."""
    kinds = (
        ("article", settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"]),
        ("page", settings["PAGE_PATHS"], settings["PAGE_EXCLUDES"]),
        ("homework", [settings["HOMEWORK_PATH"]], []),
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


def read_content(content: Path, settings: dict) -> tuple[Content, list[Problem]]:
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
    return Content(tuple(sources), settings), problems


def check_content(content: Path, settings: dict) -> tuple[Content, list[Problem]]:
    """Every file's header, and every problem in them, errors and warnings, sorted by file."""
    files, problems = read_content(content, settings)
    return files, sorted(problems + run_rules(files))


def scheduled(content: Content, now: datetime) -> list[tuple[str, datetime]]:
    """(path, date) of every post that is published but dated after `now`."""
    return sorted(
        (s.shown, date)
        for s in content.sources
        if s.kind in ("article", "page")
        and s.fields.get("status", "published").lower() == "published"
        and (date := content.date_of(s)) is not None
        and date > now
    )


@content_rule
def check_headers(content: Content) -> Iterator[Problem]:
    """Posts and pages have a title and a known status; posts have a date that parses."""
    for source in content.sources:
        if source.kind == "homework":
            continue
        fields, shown = source.fields, source.shown
        if not fields.get("title"):
            yield Problem(shown, "Title", "missing; add a line 'Title: ...'")
        if source.kind == "article":
            if "date" not in fields:
                yield Problem(shown, "Date", "missing; add a line 'Date: YYYY-MM-DD HH:MM'")
            elif content.date_of(source) is None:
                yield Problem(
                    shown, "Date", f"{fields['date']!r} is not a date; use YYYY-MM-DD HH:MM"
                )
        status = fields.get("status", "published").lower()
        if status not in STATUSES:
            yield Problem(shown, "Status", f"{status!r} is not one of {', '.join(STATUSES)}")

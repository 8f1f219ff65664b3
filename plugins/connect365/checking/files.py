"""Every content file, read once, checked by every registered rule.

`check_content` is what the build and `make check` both call. The rules of
the folder itself are in `tree.py`; the generic header rules (a title, a
full date, a known status, one line per field) are registered here; each
domain's own rules live with its model.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..core import Problem
from .registry import Content, content_rule, run_rules
from .source import SourceFile, read_text, shown_path
from .tree import check_links, markdown_files

STATUSES = ("published", "draft", "hidden")
# A full date, as `Date: 2026-11-03 20:00` (seconds, a "T" and a zone allowed):
# Pelican would read "12" or "monday" against the wall clock.
FULL_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?"
)
# Characters no page or feed may carry (XML 1.0 forbids them): C0 controls
# but tab and newlines, DEL, and the C1 controls.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MULTI_LINE_FIELDS = ("summary",)


def content_files(content: Path, settings: dict) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """(kind, path) for every Markdown file Pelican or our plugins will read, and the refused."""
    kinds = (
        ("article", settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"]),
        ("page", settings["PAGE_PATHS"], settings["PAGE_EXCLUDES"]),
        ("homework", [settings["HOMEWORK_PATH"]], []),
    )
    ignored = settings.get("IGNORE_FILES", [])
    found, problems = [], []
    for kind, bases, excludes in kinds:
        for base in bases:
            paths, refused = markdown_files(content / base)
            problems += refused
            for path in paths:
                inside = path.relative_to(content).as_posix()
                if not any(fnmatch.fnmatch(path.name, p) for p in ignored) and not any(
                    inside.startswith(f"{e}/") for e in excludes
                ):
                    found.append((kind, path))
    return found, problems


def read_content(content: Path, settings: dict) -> tuple[Content, list[Problem]]:
    """The header of every content file, and a problem for each unreadable one."""
    files, problems = content_files(content, settings)
    problems += check_links(content)
    sources = []
    for kind, path in files:
        shown = shown_path(path)
        try:
            text = read_text(path)
        except UnicodeDecodeError as wrong:
            byte = wrong.object[wrong.start]
            problems.append(
                Problem(
                    shown,
                    "file",
                    f"is not UTF-8 (byte {byte:#x} at offset {wrong.start}); save it with UTF-8 encoding",
                )
            )
            continue
        except OSError as wrong:
            problems.append(Problem(shown, "file", f"cannot be read ({wrong.strerror})"))
            continue
        if control := CONTROL.search(text):
            line = text.count("\n", 0, control.start()) + 1
            problems.append(
                Problem(
                    shown,
                    "file",
                    f"line {line} has the control character U+{ord(control[0]):04X}; remove it",
                )
            )
            continue
        source = SourceFile(path, kind, path.relative_to(content).as_posix(), text)
        sources.append(source)
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
        and FULL_DATE.fullmatch(s.fields.get("date", ""))
        and (date := content.date_of(s)) is not None
        and date > now
    )


@content_rule
def check_one_line_fields(content: Content) -> Iterator[Problem]:
    """Every field but Summary is one line: Pelican reads a repeated or wrapped one as a list."""
    for source in content.sources:
        for name, value in source.fields.items():
            if "\n" in value and name not in MULTI_LINE_FIELDS:
                yield Problem(
                    source.shown,
                    name.capitalize(),
                    f"given on {value.count(chr(10)) + 1} lines (repeated, or wrapped onto "
                    "an indented line); give it once, on one line",
                )


@content_rule
def check_headers(content: Content) -> Iterator[Problem]:
    """Posts and pages have a title and a known status; posts have a full date."""
    for source in content.sources:
        if source.kind == "homework":
            continue
        fields, shown = source.fields, source.shown
        if not fields.get("title"):
            yield Problem(shown, "Title", "missing; add a line 'Title: ...'")
        for name in ("date", "modified"):
            if name not in fields:
                if name == "date" and source.kind == "article":
                    yield Problem(shown, "Date", "missing; add a line 'Date: YYYY-MM-DD HH:MM'")
            elif not FULL_DATE.fullmatch(fields[name]) or content.date_of(source, name) is None:
                yield Problem(
                    shown,
                    name.capitalize(),
                    f"{fields[name]!r} is not a full date; use YYYY-MM-DD HH:MM",
                )
        status = fields.get("status", "published").lower()
        if status not in STATUSES:
            yield Problem(shown, "Status", f"{status!r} is not one of {', '.join(STATUSES)}")

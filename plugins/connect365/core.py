"""What every part of Connect 365 shares: problems, the site clock, plain text.

- `Problem`: one thing wrong with one file, printed `path: field: message`.
- `ContentError` / `SettingsError`: stop the build with one line (they are
  pelican-staged-output's `BuildFailed`: no traceback, and `pelican -r`
  keeps watching).
- `settings_now` / `site_now`: "now" for the site (`SOURCE_DATE_EPOCH` when set,
  else a fixed `SITE_NOW`), the same
  clock pelican-scheduling publishes by.
- `plain_text` / `headline`: titles as plain text, and "Day 175: title",
  built here and nowhere else; `author_html`, the one way a template prints
  unescaped text (the author's body and Summary), and `listed_html`, the same
  for a post shown among others (a list page), without the ids that would
  collide there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup
from pelican.plugins.scheduling import settings_now, site_now
from pelican.plugins.staged_output import BuildFailed
from pelican.plugins.text_titles import plain_text

__all__ = [
    "ContentError",
    "Problem",
    "SettingsError",
    "author_html",
    "headline",
    "listed_html",
    "one_per_day",
    "plain_text",
    "settings_now",
    "site_now",
    "warning",
]


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file: printed as `path: field: message`."""

    path: str
    field: str
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


def warning(path: str, field: str, message: str) -> Problem:
    return Problem(path, field, message, is_error=False)


def one_per_day(sources_by_day: dict[int, list[str]], what: str) -> list[Problem]:
    """An error on each of two or more files that claim one day, naming the others."""
    return [
        Problem(
            source,
            "Day",
            f"Day {day} also has {what}: {', '.join(s for s in sources if s != source)}",
        )
        for day, sources in sorted(sources_by_day.items())
        if len(sources) > 1
        for source in sources
    ]


class ContentError(BuildFailed):
    """The content has errors; the build stops and the old output stays."""


class SettingsError(BuildFailed):
    """The settings are wrong; the message names every wrong one."""


def headline(title: str, day: int | None = None, prefix: str = "Day %(day)s: ") -> str:
    """A post's title as readers see it in lists: "Day 175: Networking is work".

    `title` may be safe HTML (`Markup`: a typogrified title, for pages) or
    plain text (for `<title>`, feeds and JSON); the result is the same kind.
    `prefix` is the site's language's (`Words.headline` passes it; "Year 2 · Day %(day)s: "
    for a day of a round with a label).
    """
    if not day:
        return title
    return (Markup if isinstance(title, Markup) else str)(prefix % {"day": day}) + title


def author_html(value: str) -> Markup:
    """Jinja filter for the author's own HTML: a post's body and its Summary.

    The only text a template prints unescaped: authors write Markdown and
    may write HTML in it (README, "What is HTML and what is text").
    """
    return Markup(value)


_ANCHOR = re.compile(r'\s*<a class="header-anchor" [^>]*>#</a>')
_FOOTNOTE_REF = re.compile(r'<sup class="footnote-ref">.*?</sup>', re.S)
_ID = re.compile(r'(<[a-zA-Z][^>]*?)\s+id="[^"]*"')


def listed_html(value: str) -> Markup:
    """Jinja filter for the author's HTML among other posts' (home, tag pages, the
    workbook): the ids of its headings and footnote references, and the links to
    them, are left out, since two posts on one page may both have a "## Notes"."""
    html = _FOOTNOTE_REF.sub("", _ANCHOR.sub("", str(value or "")))
    return Markup(_ID.sub(r"\1", html))

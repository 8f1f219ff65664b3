"""Content rules register themselves here; the build and `make check` run them all.

A rule is a function of the whole `Content` (every file's header and the
settings) that yields `Problem`s. Each domain keeps its rules next to its
model and registers them with `@content_rule`; this module imports none of
them (the site package imports every domain, see `connect365.register`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from pelican.utils import get_date, set_date_tzinfo

from ..core import Problem
from .source import SourceFile


@dataclass(frozen=True)
class Content:
    """Every content file's header, with the settings they are read under."""

    sources: tuple[SourceFile, ...]
    settings: dict

    def of_kind(self, kind: str) -> list[SourceFile]:
        return [s for s in self.sources if s.kind == kind]

    def date_of(self, source: SourceFile, name: str = "date") -> datetime | None:
        """The `Date` (or another date field) as Pelican parses it; None when missing or wrong."""
        return _parse_date(source.fields.get(name), self.settings["TIMEZONE"])


ContentRule = Callable[[Content], Iterable[Problem]]
_RULES: list[ContentRule] = []


def content_rule(rule: ContentRule) -> ContentRule:
    """Decorator: run `rule` in every content check."""
    _RULES.append(rule)
    return rule


def run_rules(content: Content) -> list[Problem]:
    return [problem for rule in _RULES for problem in rule(content)]


@lru_cache(maxsize=4096)
def _parse_date(text: str | None, timezone: str) -> datetime | None:
    """Pelican's own date parsing, once per distinct header value."""
    try:
        return set_date_tzinfo(get_date(text), timezone) if text else None
    except ValueError:
        return None

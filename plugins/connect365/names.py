"""File names made from titles: short, and never empty."""

from __future__ import annotations

from pelican.utils import slugify

LONGEST_SLUG = 60


def file_slug(title: str, day: int, settings: dict) -> str:
    """A short slug for a file name: cut at a word, `day-N` when nothing is left."""
    slug = slugify(title, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    if len(slug) > LONGEST_SLUG:
        slug = slug[: LONGEST_SLUG + 1].rsplit("-", 1)[0][:LONGEST_SLUG]
    return slug.strip("-") or f"day-{day}"

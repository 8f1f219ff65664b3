"""Tags as readers browse them: one spelling per tag, counts and weights.

Tags whose slugs are equal ("LinkedIn" and "linkedin") are one tag. Its
canonical spelling is the one used most; ties go to the first in Python's
`sorted` order. Nothing here imports Pelican.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TagUse:
    """One file's use of a tag: where, under which slug, spelled how."""

    source: str
    slug: str
    spelling: str


def canonical_spellings(uses: Iterable[TagUse]) -> dict[str, str]:
    """slug -> the spelling used most (ties: the first in sorted order)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for use in uses:
        counts[use.slug][use.spelling] += 1
    return {
        slug: min(spellings, key=lambda s: (-spellings[s], s)) for slug, spellings in counts.items()
    }


@dataclass(frozen=True)
class Variant:
    """A file that spells a tag other than its canonical way, and where the canonical one is."""

    use: TagUse
    preferred: str
    elsewhere: tuple[str, ...]

    def __str__(self) -> str:
        return (
            f"{self.use.spelling!r} is a variant of {self.preferred!r} "
            f"(used in {', '.join(self.elsewhere)}); shown everywhere as {self.preferred!r}"
        )


def variant_spellings(uses: Iterable[TagUse]) -> list[Variant]:
    """Every use of a tag spelled other than its canonical way."""
    uses = list(uses)
    canonical = canonical_spellings(uses)
    return [
        Variant(
            use,
            canonical[use.slug],
            tuple(
                sorted(
                    {
                        u.source
                        for u in uses
                        if u.slug == use.slug and u.spelling == canonical[use.slug]
                    }
                )
            ),
        )
        for use in uses
        if use.spelling != canonical[use.slug]
    ]


@dataclass(frozen=True)
class TagSummary:
    """A line of the tag index: the tag, how many posts, a weight from 1 to `steps`."""

    tag: object
    count: int
    weight: int


def tag_index(tags: Iterable[tuple[object, list]], steps: int = 4) -> list[TagSummary]:
    """Every tag with its count, alphabetical regardless of case."""
    pairs = [(tag, len(posts)) for tag, posts in tags]
    most = max((count for _, count in pairs), default=1)
    scale = math.log(most) if most > 1 else 1.0
    return sorted(
        (
            TagSummary(tag, count, 1 + round((steps - 1) * math.log(count) / scale))
            for tag, count in pairs
        ),
        key=lambda s: (str(s.tag).casefold(), str(s.tag)),
    )

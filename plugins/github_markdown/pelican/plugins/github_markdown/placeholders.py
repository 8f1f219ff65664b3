"""Pelican's link placeholders survive Markdown: `[essay]({filename}/posts/essay.md)`.

CommonMark percent-encodes `{`, `}` and `|` in a link destination, so
`{filename}` would reach Pelican as `%7Bfilename%7D` and never be replaced.
`{filename}`, `{static}`, `{attach}`, `{tag}`, `{category}`, `{author}`,
`{index}` (any `{word}`, as Pelican lets plugins add their own) and the older
`|filename|` form are kept as written; the rest of the destination is
normalised as CommonMark says.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink

# Pelican's INTRASITE_LINK_REGEX is `[{|](?P<what>.*?)[|}]`; a word is what it is used with.
PLACEHOLDER = re.compile(r"^(?:\{\w+\}|\|\w+\|)")


def normalize_keeping_placeholders(url: str) -> str:
    """`url` normalised as CommonMark does, a leading Pelican placeholder left as it is."""
    if found := PLACEHOLDER.match(url):
        rest = url[found.end() :]
        return found[0] + (normalizeLink(rest) if rest else "")
    return normalizeLink(url)


def placeholders_plugin(md: MarkdownIt) -> None:
    md.normalizeLink = normalize_keeping_placeholders

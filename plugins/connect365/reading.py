"""Reading aids of a post: its reading time, its table of contents, whether it
shows code. Plain Python over the post's HTML, nothing from Pelican.

`reading_aids(html)` is a pure function of the text; a post's view
(`connect365.view`) holds its result as `post.view.reading`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

WORDS_PER_MINUTE = 200
# A table of contents only where it helps: three headings or more.
CONTENTS_FROM = 3
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass(frozen=True)
class ReadingAids:
    minutes: int
    words: int
    headings: tuple[Heading, ...]
    has_code: bool

    @property
    def contents(self) -> tuple[Heading, ...]:
        """The table of contents: the headings, when there are enough of them."""
        return self.headings if len(self.headings) >= CONTENTS_FROM else ()


class _Reader(HTMLParser):
    """Collects the text, the h2/h3 headings with ids (less their `#` link) and code blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.headings: list[Heading] = []
        self.has_code = False
        self._heading: tuple[int, str, list[str]] | None = None
        self._skip = 0  # inside a heading's `#` link, a <script> or <style>

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "pre":
            self.has_code = True
        if tag in ("script", "style") or "header-anchor" in (attrs.get("class") or "").split():
            self._skip += 1
        elif tag in ("h2", "h3") and attrs.get("id"):
            self._heading = (int(tag[1]), attrs["id"], [])

    def handle_endtag(self, tag):
        if self._skip and tag in ("a", "script", "style"):
            self._skip -= 1
        elif self._heading and tag == f"h{self._heading[0]}":
            level, id_, parts = self._heading
            self.headings.append(Heading(level, id_, " ".join("".join(parts).split())))
            self._heading = None

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._heading:
            self._heading[2].append(data)


def reading_aids(html: str, words_per_minute: int = WORDS_PER_MINUTE) -> ReadingAids:
    """What a reader is told about a post before reading it; one minute at least."""
    reader = _Reader()
    reader.feed(html or "")
    reader.close()
    count = len(_WORD.findall(" ".join(reader.text)))
    minutes = max(1, math.ceil(count / words_per_minute))
    return ReadingAids(minutes, count, tuple(reader.headings), reader.has_code)

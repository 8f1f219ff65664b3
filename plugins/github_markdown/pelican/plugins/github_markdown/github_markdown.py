"""A Pelican reader for Markdown as people write it on GitHub.

- `readers_init`: `GitHubMarkdownReader` reads every Markdown extension
  Pelican knows (`.md`, `.markdown`, ...), in place of Pelican's reader.
  The header (`Title: ...`) is read exactly as Pelican reads it; the body
  and `Summary` are rendered by `render.markdown_renderer`.
- A relative link or image (`images/day5.png`, `../pages/about.md`) that
  names a file next to the post is resolved from the post's own folder,
  as `{static}`/`{filename}` links are: it works wherever the page is
  published and in feeds. A relative link to nothing is left as written,
  for a link check to report. Pelican's own `{filename}`-style links are
  kept as written for Pelican to replace.
- `GITHUB_MARKDOWN_TYPOGRAPHY`: curly quotes, dashes and ellipses in prose
  only (typography.py), in the body, `Summary` and `Title`. Typogrify's
  `smartypants`, which cannot tell prose from a comment, a URL or a flag, is
  then left out (`initialized` adds it to `TYPOGRIFY_OMIT_FILTERS`).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pelican import signals
from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader
from pelican.utils import pelican_open

from .header import split_header
from .render import TAKEN_IDS, markdown_renderer
from .typography import smarten

logger = logging.getLogger(__name__)

# An attribute of its own (`src`, not `data-src`), in either kind of quotes.
_LINK = re.compile(r"""(?<![\w-])(href|src)(\s*=\s*)(["'])(.*?)\3""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def source_relative(html: str, source: Path, content: Path) -> str:
    """Relative links and images that name a file in the content become `{filename}`/`{static}`."""
    root = content.resolve()

    def resolve(found: re.Match) -> str:
        attribute, equals, quote, target = found[1], found[2], found[3], found[4]
        if not target or target.startswith(("#", "/", "{", "|")) or _SCHEME.match(target):
            return found[0]
        path = unquote(urlsplit(target).path)
        if not path:
            return found[0]
        file = (source.parent / path).resolve()
        if not file.is_file() or not file.is_relative_to(root):
            return found[0]
        kind = "filename" if file.suffix in _MARKDOWN else "static"
        return f"{attribute}{equals}{quote}{{{kind}}}{target}{quote}"

    return _LINK.sub(resolve, html)


_MARKDOWN = tuple(f".{e}" for e in MarkdownReader.file_extensions)


class GitHubMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with the body rendered as GitHub renders it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        typography = None
        if self.settings.get("GITHUB_MARKDOWN_TYPOGRAPHY", False):
            typography = self.settings.get("TYPOGRIFY_DASHES", "default")
        self._renderer = markdown_renderer(
            anchors=self.settings.get("GITHUB_MARKDOWN_ANCHORS", True),
            typography=typography,
            taken_ids=self.settings.get("GITHUB_MARKDOWN_TAKEN_IDS", TAKEN_IDS),
            words=self.settings.get("GITHUB_MARKDOWN_WORDS"),
        )
        # for Summary and Title: no anchors there
        self._plain = markdown_renderer(anchors=False, typography=typography)
        self._typography = typography

    def read(self, source_path):
        with pelican_open(source_path) as text:
            fields, body = split_header(text)
        source = Path(source_path)
        content = source_relative(self._renderer.render(body), source, Path(self.settings["PATH"]))
        return content, self.fields_metadata(fields)

    def fields_metadata(self, fields: dict[str, list[str]]) -> dict:
        """Pelican's `MarkdownReader._parse_metadata`, with formatted fields rendered here."""
        output = {}
        for name, values in fields.items():
            if name == "title" and self._typography:
                values = [smarten(self._plain, value) for value in values]
            if name in self.settings["FORMATTED_FIELDS"]:
                html = self._plain.render("\n".join(values)).strip()
                output[name] = self.process_metadata(name, html)
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True) or len(values) == 1:
                output[name] = self.process_metadata(name, values[0])
            else:
                output[name] = self.process_metadata(name, values)
        return output


def use_github_markdown(readers) -> None:
    for extension in MarkdownReader.file_extensions:
        readers.reader_classes[extension] = GitHubMarkdownReader


def leave_quotes_to_the_reader(pelican) -> None:
    """With this reader's typography on, Typogrify's smartypants would do it again,
    over comments, URLs and flags too: it is left out."""
    settings = pelican.settings
    if settings.get("GITHUB_MARKDOWN_TYPOGRAPHY", False):
        omitted = list(settings.get("TYPOGRIFY_OMIT_FILTERS", []))
        if "smartypants" not in omitted:
            settings["TYPOGRIFY_OMIT_FILTERS"] = [*omitted, "smartypants"]


def register() -> None:
    signals.initialized.connect(leave_quotes_to_the_reader)
    signals.readers_init.connect(use_github_markdown)

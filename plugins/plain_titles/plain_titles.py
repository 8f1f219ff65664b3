"""Titles are text: escaped before Typogrify, plain again where markup does not belong.

Authors write titles as plain text ("Q&A: <3 ways to say hello>"), but Pelican
hands titles to Typogrify and templates as HTML. This plugin

- escapes the `Title` of every Markdown file as it is read (`readers_init`),
  so `&` and `<` reach Typogrify, and the page, as text;
- gives templates the `plain_text` filter, which turns Typogrify's output
  (`<span class="caps">`, `&nbsp;`, curly-quote entities) back into plain,
  escaped text for `<title>`, meta tags and anything machine-readable, and
  `text`, the same unescaped, for serialisers such as `|tojson`.
"""

from __future__ import annotations

import html
import re

from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from markupsafe import Markup
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def plain_text(value: object) -> str:
    """Return `value` (HTML or text) as one line of plain text, unescaped."""
    text = html.unescape(_TAG.sub("", str(value or "")))
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def plain_text_filter(value: object) -> Markup:
    """Jinja filter: plain text, escaped once for HTML (autoescape is off)."""
    return Markup.escape(plain_text(value))


class TextTitleMarkdownReader(MarkdownReader):
    """Markdown reader that treats the `Title` field as text, not HTML.

    It also reuses one Markdown object for every file, where Pelican builds a
    new one each time: building its parser costs more than converting a
    short post (a third of the reading time of a 3,650-post site).
    """

    _reusable: Markdown | None = None

    def read(self, source_path):
        # Pelican's MarkdownReader.read, but with the reused Markdown object.
        self._source_path = source_path
        self._md = self._reset_markdown()
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        return content, metadata

    def _reset_markdown(self) -> Markdown:
        if self._reusable is None:
            self._reusable = Markdown(**self.settings["MARKDOWN"])
        md = self._reusable
        md.reset()
        # _parse_metadata removes the meta preprocessor to convert fields; restore it
        # (name and priority as markdown.extensions.meta registers it).
        if "meta" not in md.preprocessors:
            md.preprocessors.register(MetaPreprocessor(md), "meta", 27)
        return md

    def process_metadata(self, name, value):
        if name == "title":
            value = html.escape(value, quote=False)
        return super().process_metadata(name, value)


def use_text_titles(readers) -> None:
    for extension in TextTitleMarkdownReader.file_extensions:
        readers.reader_classes[extension] = TextTitleMarkdownReader


def add_filter(pelican) -> None:
    # A new dict: Pelican's default one is shared by every build in a process.
    filters = pelican.settings.get("JINJA_FILTERS", {})
    pelican.settings["JINJA_FILTERS"] = {
        "plain_text": plain_text_filter,
        "text": plain_text,  # unescaped: for |tojson and other serialisers
        **filters,
    }


def register() -> None:
    signals.initialized.connect(add_filter)
    signals.readers_init.connect(use_text_titles)

"""Titles are text: escaped before Typogrify, plain again where markup does not belong.

Authors write titles as plain text ("Q&A: <3 ways to say hello>"), but Pelican
hands titles to Typogrify and templates as HTML. This plugin

- `readers_init`: wraps every Markdown reader class so that it escapes the
  `Title` field as it is read, so `&` and `<` reach Typogrify, and the page,
  as text (a mixin, so it composes with other plugins' reader classes);
- `content_object_init`: a title read that way is safe HTML (escaped text plus
  Typogrify's markup), so it reaches templates as `Markup`: a theme with
  autoescape on prints it as it is, and escapes every other text field;
- `initialized`: gives templates the `plain_text` filter, which turns
  Typogrify's output (`<span class="caps">`, `&nbsp;`, curly-quote entities)
  back into plain, escaped text for `<title>`, meta tags and anything
  machine-readable, and `text`, the same unescaped, for serialisers such as
  `|tojson`.
"""

from __future__ import annotations

import html
import re
from functools import cache

from markupsafe import Markup
from pelican import signals
from pelican.readers import MarkdownReader

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def plain_text(value: object) -> str:
    """Return `value` (HTML or text) as one line of plain text, unescaped."""
    text = html.unescape(_TAG.sub("", str(value or "")))
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def plain_text_filter(value: object) -> Markup:
    """Jinja filter: plain text, escaped once for HTML."""
    return Markup.escape(plain_text(value))


class TitlesAsText:
    """Reader mixin: the `Title` field is text, escaped before anything reads it as HTML."""

    def process_metadata(self, name, value):
        if name == "title":
            value = html.escape(value, quote=False)
        return super().process_metadata(name, value)


@cache
def with_text_titles(reader_class: type) -> type:
    """`reader_class` with the TitlesAsText mixin (one class per reader class)."""
    if issubclass(reader_class, TitlesAsText):
        return reader_class
    return type(f"TextTitle{reader_class.__name__}", (TitlesAsText, reader_class), {})


def mark_title_safe(content) -> None:
    """A title a TitlesAsText reader escaped is HTML that is safe to print as it is."""
    title = getattr(content, "title", None)
    source = getattr(content, "source_path", "") or ""
    if isinstance(title, str) and source.endswith(
        tuple(f".{e}" for e in MarkdownReader.file_extensions)
    ):
        content.title = Markup(title)


def use_text_titles(readers) -> None:
    for extension, reader_class in readers.reader_classes.items():
        if isinstance(reader_class, type) and issubclass(reader_class, MarkdownReader):
            readers.reader_classes[extension] = with_text_titles(reader_class)


def add_filters(pelican) -> None:
    # A new dict: Pelican's default one is shared by every build in a process.
    pelican.settings["JINJA_FILTERS"] = {
        "plain_text": plain_text_filter,
        "text": plain_text,  # unescaped: for |tojson and other serialisers
        **pelican.settings.get("JINJA_FILTERS", {}),
    }


def register() -> None:
    signals.initialized.connect(add_filters)
    signals.readers_init.connect(use_text_titles)
    signals.content_object_init.connect(mark_title_safe)

"""Every private Pelican or Python-Markdown API Connect 365 uses, in one place.

Written for Pelican 4.12 and Markdown 3.11; `tests/test_pelican_adapter.py`
compares each piece with what Pelican itself does and fails loudly when an
upgrade changes it.

- `ReusedMarkdown`: a Markdown reader that reuses one `Markdown` object per
  reader for every file, where Pelican builds a new one each time (building
  the parser costs more than converting a short post: a third of the
  reading time of a 3,650-post site). It is Pelican's `MarkdownReader.read`
  with that one change, so it sets `_source_path` and `_md` and calls
  `_parse_metadata` as Pelican's does.
- `read_header`: a content file's header fields, split off by Markdown's
  own `meta` preprocessor without a Markdown object, for `make check`.
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open


class ReusedMarkdown:
    """Reader mixin: one Markdown object per reader (so per build), reset between files."""

    _reused: Markdown | None = None

    def read(self, source_path):
        self._source_path = source_path
        self._md = self._reset_markdown()
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        return content, metadata

    def _reset_markdown(self) -> Markdown:
        if self._reused is None:
            self._reused = Markdown(**self.settings["MARKDOWN"])
        md = self._reused
        md.reset()
        # _parse_metadata removes the meta preprocessor to convert fields; restore it
        # (name and priority as markdown.extensions.meta registers it).
        if "meta" not in md.preprocessors:
            md.preprocessors.register(MetaPreprocessor(md), "meta", 27)
        return md


@cache
def with_reused_markdown(reader_class: type) -> type:
    if issubclass(reader_class, ReusedMarkdown):
        return reader_class
    return type(f"Reused{reader_class.__name__}", (ReusedMarkdown, reader_class), {})


def reuse_markdown(readers) -> None:
    """`readers_init`: every Markdown reader class gets the ReusedMarkdown mixin."""
    for extension, reader_class in readers.reader_classes.items():
        if isinstance(reader_class, type) and issubclass(reader_class, MarkdownReader):
            readers.reader_classes[extension] = with_reused_markdown(reader_class)


def read_header(text: str) -> dict[str, str]:
    """Header fields by lower-case name, as Pelican's Markdown reader splits them off."""
    # The preprocessor only stores its result on `md.Meta`: no Markdown
    # object (whose parser costs more to build than a header to read).
    md = SimpleNamespace(Meta={})
    MetaPreprocessor(md).run(text.split("\n"))
    return {name: "\n".join(values).strip() for name, values in md.Meta.items()}

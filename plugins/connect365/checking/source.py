"""A content file's header, read the way Pelican's Markdown reader reads it.

Only the header (pelican-github-markdown's `header_fields`, the reader's
own), so checking a whole site costs a fraction of rendering it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pelican.plugins.github_markdown import header_fields

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mkd", ".mdown")


@dataclass(frozen=True)
class SourceFile:
    """One content file: where it is, its kind, and its header fields."""

    path: Path
    kind: str  # "article", "page" or "homework"
    relative: str  # path inside the content folder, with forward slashes
    text: str = field(repr=False)

    @cached_property
    def fields(self) -> dict[str, str]:
        """Header fields by lower-case name; a repeated or wrapped one has its lines joined."""
        return header_fields(self.text)

    @cached_property
    def shown(self) -> str:
        """The path as messages print it: relative to the working folder."""
        return shown_path(self.path)


def shown_path(path: Path) -> str:
    relative = os.path.relpath(path)
    return str(path) if relative.startswith(os.pardir) else relative


def read_text(path: Path) -> str:
    """The file as text; raises UnicodeDecodeError for non-UTF-8."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")

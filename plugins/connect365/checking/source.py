"""A content file's header, read the way Pelican's Markdown reader reads it.

Only the header (`pelican_adapter.read_header`), so checking a whole site
costs a fraction of rendering it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..pelican_adapter import read_header

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mkd", ".mdown")


@dataclass(frozen=True)
class SourceFile:
    """One content file: where it is, its kind, and its header fields."""

    path: Path
    kind: str  # "article", "page" or "homework"
    relative: str  # path inside the content folder, with forward slashes
    fields: dict[str, str]

    @cached_property
    def shown(self) -> str:
        """The path as messages print it: relative to the working folder."""
        return shown_path(self.path)


def shown_path(path: Path) -> str:
    relative = os.path.relpath(path)
    return str(path) if relative.startswith(os.pardir) else relative


def read_fields(path: Path) -> dict[str, str]:
    """Header fields by lower-case name; raises UnicodeDecodeError for non-UTF-8."""
    return read_header(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))

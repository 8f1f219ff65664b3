"""The content folder itself: nothing from outside it, nothing Pelican would skip or choke on.

- A link (symlink) whose target is outside the content folder would publish
  a file from elsewhere on the machine: refused. A linked folder is refused
  too (Pelican follows it, and `ln -s ..` loops for ever), and so is a link
  to nothing.
- A `.rst` or `.html` file where posts live would be skipped without a word
  (only Markdown is read here): refused by name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..core import Problem
from .source import MARKDOWN_EXTENSIONS, shown_path

OTHER_FORMATS = (".rst", ".html", ".htm")


def walk(folder: Path) -> Iterator[Path]:
    """Every entry under `folder`, sorted, never following a link."""
    for parent, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + files):
            yield Path(parent) / name


def check_links(content: Path) -> list[Problem]:
    root = content.resolve()
    problems = []
    for path in walk(content):
        if not path.is_symlink():
            continue
        shown = shown_path(path)
        target = Path(os.path.realpath(path))
        if not target.exists():
            problems.append(
                Problem(shown, "file", f"is a link to {os.readlink(path)}, which does not exist")
            )
        elif not target.is_relative_to(root):
            problems.append(
                Problem(
                    shown,
                    "file",
                    f"is a link to {target}, outside the content folder; copy the file in instead",
                )
            )
        elif target.is_dir():
            problems.append(
                Problem(
                    shown,
                    "file",
                    "is a link to a folder, which is not followed; move the folder here instead",
                )
            )
    return problems


def markdown_files(base: Path) -> tuple[list[Path], list[Problem]]:
    """The Markdown files under `base` (links to folders not followed), and other formats refused."""
    found, problems = [], []
    if not base.is_dir():
        return found, problems
    for path in walk(base):
        if path.is_dir():
            continue
        if path.suffix in MARKDOWN_EXTENSIONS:
            found.append(path)
        elif path.suffix.lower() in OTHER_FORMATS:
            problems.append(
                Problem(
                    shown_path(path),
                    "file",
                    f"{path.suffix} files are not read here, only Markdown (.md); "
                    "convert it, or move it out of the content folders",
                )
            )
    return found, problems

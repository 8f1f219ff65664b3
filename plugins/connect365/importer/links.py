"""Old addresses and links inside posts: what can be redirected, and Pelican's `{filename}` links.

- `old_path_and_link`: the path a redirect can answer ("/2016/05/21/x/"),
  or, when the old address is only a query ("/?p=12") or no address a
  static page can stand at, the whole link, for the report to name.
- `rewrite_filename_links`: a Pelican post's `{filename}other.md` links
  pointed at the files the import wrote instead.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from urllib.parse import unquote, urlsplit

FILENAME_LINK = re.compile(r"(\{filename\}|\|filename\|)([^)\s\"'>#?]+)")


def old_path_and_link(link: str) -> tuple[str, str]:
    """(a path to redirect from, or "" and the link when none can be)."""
    link = (link or "").strip()
    if not link:
        return "", ""
    parts = urlsplit(link)
    path = unquote(parts.path or "/")
    if parts.query or path in ("", "/"):
        return "", link if parts.query else ""
    if any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in path):
        return "", link
    if ".." in path.split("/"):
        return "", link
    return path, ""


def rewrite_filename_links(
    markdown: str, here: str, new_files: dict[str, str]
) -> tuple[str, list[str]]:
    """`{filename}` links of a post that was `here` in its old folder, pointed at the new files.

    `new_files` maps old paths ("posts/b.md") to where the import wrote
    them ("posts/b.md", "days/012-b.md"). A link to a file that was not
    imported keeps its text and loses its link; those are returned.
    """
    lost: list[str] = []

    def point(found: re.Match) -> str:
        target = found[2]
        old = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(posixpath.dirname(here), target))
        )
        if old in new_files:
            return "{filename}/" + new_files[old]
        lost.append(target)
        return "#lost-link"

    rewritten = FILENAME_LINK.sub(point, markdown)
    # A link that leads nowhere now: keep its text.
    rewritten = re.sub(r"\[([^\]]*)\]\(#lost-link[^)]*\)", r"\1", rewritten)
    return rewritten, lost

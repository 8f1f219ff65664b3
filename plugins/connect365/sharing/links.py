"""Share links without trackers: LinkedIn's share page, an email, the link itself.

Plain links, built here once so every page and test agrees on them; a
title with `&`, quotes or non-ASCII letters is percent-encoded whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class ShareLinks:
    linkedin: str
    email: str
    url: str


def share_links(title: str, url: str) -> ShareLinks:
    """Where "Share on LinkedIn" and "Share by email" lead, for a page titled `title` at `url`."""
    return ShareLinks(
        linkedin=f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}",
        email=f"mailto:?subject={quote(title, safe='')}&body={quote(title + chr(10) + url, safe='')}",
        url=url,
    )

"""Share links without trackers: a share page or an email, the link itself.

Plain links, built here once so every page and test agrees on them; a
title with `&`, quotes or non-ASCII letters is percent-encoded whole.
`SHARE_TARGETS` chooses which links a post shows, in order (LinkedIn and
email unless the site says otherwise); none loads anything from elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

SHARE_TARGETS = ("linkedin", "email", "mastodon", "bluesky")


@dataclass(frozen=True)
class ShareLinks:
    linkedin: str
    email: str
    mastodon: str
    bluesky: str
    url: str

    def of(self, targets: list[str]) -> list[tuple[str, str]]:
        """(target, address) for each of `targets`, in their order."""
        return [(target, getattr(self, target)) for target in targets]


def share_links(title: str, url: str, mastodon_host: str = "mastodon.social") -> ShareLinks:
    """Where each share link leads, for a page titled `title` at `url`."""
    text = quote(f"{title} {url}", safe="")
    return ShareLinks(
        linkedin=f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}",
        email=f"mailto:?subject={quote(title, safe='')}&body={quote(title + chr(10) + url, safe='')}",
        mastodon=f"https://{mastodon_host}/share?text={text}",
        bluesky=f"https://bsky.app/intent/compose?text={text}",
        url=url,
    )

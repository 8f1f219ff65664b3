"""What feed services add to every post: FeedBurner's flare, ads and pixels, WordPress.com's.

A tracking pixel is an image of one pixel, or any image or link served by
a feed or statistics service rather than the blog; flare is FeedBurner's
block of "Email this", "Add to" and ad links. All of it is left out, and
counted for the report.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

TRACKERS = re.compile(
    r"(^|\.)(feeds\.feedburner\.com|feedproxy\.google\.com|feedads\.g\.doubleclick\.net|"
    r"pixel\.wp\.com|stats\.wordpress\.com|feeds\.wordpress\.com|pixel\.quantserve\.com|"
    r"res\.feedsportal\.com|da\.feedsportal\.com|feeds\.feedblitz\.com)$",
    re.IGNORECASE,
)
FLARE = re.compile(r"feedflare|feedburnerFeedBlock|wpcom-stats|wp-stats", re.IGNORECASE)


def _tracker(url: str | None) -> bool:
    host = urlsplit(url or "").hostname or ""
    return bool(TRACKERS.search(host))


def _one_pixel(image) -> bool:
    return all(
        str(image.get(side, "")).strip() in ("0", "1", "1px", "0px") for side in ("width", "height")
    )


def remove_tracking(soup: BeautifulSoup, dropped: list[str]) -> None:
    """Flare blocks, tracking pixels and links to feed services, out of `soup`."""
    for block in soup.find_all(True):
        if block.decomposed:
            continue
        marks = " ".join([*block.get("class", []), block.get("id", "") or ""])
        if FLARE.search(marks):
            dropped.append("flare: feed service block")
            block.decompose()
    for image in soup.find_all("img"):
        if image.decomposed:
            continue
        if _tracker(image.get("src")) or _one_pixel(image):
            dropped.append("tracking pixel: image")
            image.decompose()
    for link in soup.find_all("a"):
        if not link.decomposed and _tracker(link.get("href")):
            dropped.append("flare: feed service link")
            link.decompose()

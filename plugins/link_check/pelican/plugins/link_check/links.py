"""Links in written pages and feeds, and whether what they point at exists in the site.

Plain Python over strings and a set of output paths: `Site` knows which
files the build writes and which ids each page has; `broken_links` reads
one page's HTML and yields every internal `href`, `src` and `srcset` that
points at nothing, `#fragment` included.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

_INTERNAL_BASE = "http://site.invalid/"


class _Page(HTMLParser):
    """The links and the ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
            return
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])
        if values.get("srcset"):
            self.links += [
                part.strip().split()[0] for part in values["srcset"].split(",") if part.strip()
            ]


def read_page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@dataclass
class Site:
    """What the build writes, as output paths ("day/3/index.html"), and where it lives."""

    files: set[str]
    site_urls: tuple[str, ...]  # absolute addresses of the site, e.g. "https://example.org/blog"
    ids_of: Callable[[str], set[str]]
    ignored: tuple[str, ...] = ()
    _ids: dict[str, set[str]] = field(default_factory=dict)

    def target(self, link: str, page: str, base: str | None = None) -> tuple[str, str] | None:
        """(output path, fragment) of an internal link on `page`, or None for an external one."""
        link = link.strip()
        if not link or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return None
        link = self._inside(link)
        if link is None:
            return None
        base = self._inside(base) if base else None
        here = urljoin(_INTERNAL_BASE, base if base is not None else page)
        parts = urlsplit(urljoin(here, link))
        path = unquote(parts.path).lstrip("/")
        path = posixpath.normpath(path) if path else ""
        if path in (".", ""):
            path = ""
        if not path or parts.path.endswith("/") or f"{path}/index.html" in self.files:
            path = f"{path}/index.html".lstrip("/")
        return path, unquote(parts.fragment)

    def _inside(self, link: str) -> str | None:
        """`link` with the site's own address made root-relative; None if it leads elsewhere."""
        for site in self.site_urls:
            if link == site or link.startswith(f"{site}/"):
                return "/" + link[len(site) :].lstrip("/")
        if urlsplit(link).scheme or link.startswith("//"):
            return None
        return link

    def missing(self, link: str, page: str, base: str | None = None) -> bool:
        found = self.target(link, page, base)
        if found is None:
            return False
        path, fragment = found
        if path.startswith(self.ignored):
            return False
        if path not in self.files:
            return True
        if fragment and path.endswith(".html"):
            if path not in self._ids:
                self._ids[path] = self.ids_of(path)
            return fragment not in self._ids[path]
        return False


def broken_links(html: str, page: str, site: Site) -> Iterator[str]:
    """Every link on `page` (its output path) that points at nothing in `site`."""
    parsed = read_page(html)
    seen = set()
    for link in parsed.links:
        if link not in seen and site.missing(link, page, parsed.base):
            seen.add(link)
            yield link


def page_ids(html: str) -> set[str]:
    return read_page(html).ids

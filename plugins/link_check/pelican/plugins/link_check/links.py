"""Links in written pages and feeds, and whether what they point at exists in the site.

Plain Python over strings and a set of output paths: `Site` knows which
files the build writes and which ids each page has; `broken_links` reads
one page's HTML and yields every internal `href`, `src` and `srcset` that
points at nothing, `#fragment` included.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import unquote, urlsplit

_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_ATTRIBUTE = re.compile(r"""\b([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


@dataclass
class Page:
    """The links and the ids of one HTML page."""

    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    base: str | None = None


class Memo:
    """The last `size` results of a function of one text, keyed by the text's digest.

    Keyed by its input alone, so nothing of one build leaks into the next;
    a process that builds again and again (the warm dev server) reads only
    the pages that changed. The digest, not the text, is kept.
    """

    def __init__(self, function: Callable[[str], object], size: int = 16384) -> None:
        self.function, self.size = function, size
        self._results: OrderedDict[bytes, object] = OrderedDict()

    def __call__(self, text: str):
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if key in self._results:
            self._results.move_to_end(key)
            return self._results[key]
        result = self._results[key] = self.function(text)
        if len(self._results) > self.size:
            self._results.popitem(last=False)
        return result


def _read_page(html: str) -> Page:
    """Every href, src and srcset, every id (and <a name>), and <base>: read from the tags.

    A regular expression over the tags rather than a full parser: a build
    reads every page it wrote, and this is ten times faster. Text never
    matches, since a `<` in text is written `&lt;`.
    """
    page = Page()
    for tag, attributes in _TAG.findall(html):
        tag = tag.lower()
        values = {
            name.lower(): unescape(
                next(v for v in (dq, sq, bare) if v is not None) if (dq or sq or bare) else ""
            )
            for name, dq, sq, bare in _ATTRIBUTE.findall(attributes)
        }
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                page.ids.add(values[name])
        if tag == "base":
            if values.get("href") and page.base is None:
                page.base = values["href"]
            continue
        if tag in ("script", "style") and "src" not in values:
            continue
        for name in ("href", "src"):
            if values.get(name):
                page.links.append(values[name])
        if values.get("srcset"):
            page.links += [
                part.strip().split()[0] for part in values["srcset"].split(",") if part.strip()
            ]
    return page


@dataclass
class Site:
    """What the build writes, as output paths ("day/3/index.html"), and where it lives."""

    files: set[str]
    site_urls: tuple[str, ...]  # absolute addresses of the site, e.g. "https://example.org/blog"
    ids_of: Callable[[str], set[str]]
    ignored: tuple[str, ...] = ()
    _ids: dict[str, set[str]] = field(default_factory=dict)
    _resolved: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def target(self, link: str, page: str, base: str | None = None) -> tuple[str, str] | None:
        """(output path, fragment) of an internal link on `page`, or None for an external one."""
        link = link.strip()
        if not link or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return None
        link = self._inside(link)
        if link is None:
            return None
        base = self._inside(base) if base else None
        key = (link, base if base is not None else page)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(*key)
        return self._resolved[key]

    def _resolve(self, link: str, origin: str) -> tuple[str, str]:
        """`link` against the page or base `origin`, as a browser resolves it (paths only)."""
        address, _, fragment = link.partition("#")
        address = address.partition("?")[0]
        if not address:
            address = "/" + origin.lstrip("/")
        elif not address.startswith("/"):
            folder = origin if origin.endswith("/") else posixpath.dirname(origin)
            address = posixpath.join("/" + folder.lstrip("/"), address)
        folder_link = address.endswith("/") or address.endswith("/.") or address.endswith("/..")
        path = posixpath.normpath(unquote(address)).lstrip("/")
        if path == ".":
            path = ""
        if not path or folder_link or f"{path}/index.html" in self.files:
            path = f"{path}/index.html".lstrip("/")
        return path, unquote(fragment)

    def _inside(self, link: str) -> str | None:
        """`link` with the site's own address made root-relative; None if it leads elsewhere."""
        for site in self.site_urls:
            if link == site or link.startswith(f"{site}/"):
                return "/" + link[len(site) :].lstrip("/")
        if link.startswith("//") or (":" in link and urlsplit(link).scheme):
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


read_page = Memo(_read_page)  # a Page is never changed once read


def broken_links(html: str, page: str, site: Site) -> Iterator[tuple[str, str]]:
    """(link, the output path it leads to) of every link on `page` that points at nothing."""
    parsed = read_page(html)
    seen = set()
    for link in parsed.links:
        if link not in seen and site.missing(link, page, parsed.base):
            seen.add(link)
            yield link, site.target(link, page, parsed.base)[0]


def page_ids(html: str) -> set[str]:
    return read_page(html).ids

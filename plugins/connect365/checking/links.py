"""Links in a post that lead nowhere, found before the build (the build checks again, in full).

Each body is rendered as the build renders it (pelican-github-markdown), so
a link inside code is not a link. A relative link or image must name a file
next to the post (or under it, `../` included, inside the content folder);
`{filename}`, `{static}` and `{attach}` links (or the older `|filename|`) must name a file too; a
`#fragment` alone must match a heading or an `id` in the same post. An image
loaded from another site is a warning: the build must not hot-link it silently. Links to
the site's own pages by address (`/day/3/`, `../../challenge/`: no file
extension) are left to the build, which knows every page it writes. A problem is an error when broken links fail the
build (`LINK_CHECK = "error"`, as in publishconf.py), else a warning.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pelican.plugins.github_markdown import markdown_renderer, split_header
from pelican.plugins.link_check.links import Memo, read_page

from ..core import Problem
from .registry import Content, content_rule

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_REMOTE_IMAGE = re.compile(r'<img\b[^>]*\bsrc="((?:https?:)?//[^"]+)"', re.IGNORECASE)
_PELICAN = re.compile(r"^(?:\{(?:filename|static|attach)\}|\|(?:filename|static|attach)\|)")


@cache
def _renderer():
    return markdown_renderer()


_rendered = Memo(lambda body: _renderer().render(body))


def dead_link(link: str, source: Path, content: Path, ids: set[str]) -> bool:
    if not link or _SCHEME.match(link) or link.startswith("//"):
        return False
    if link.startswith("#"):
        return unquote(link[1:]) not in ids
    pelican = _PELICAN.match(link)
    target = link[pelican.end() :] if pelican else link
    path = unquote(urlsplit(target).path)
    if not pelican and (target.startswith("/") or not Path(path).suffix):
        return False  # an address of a page (/day/3/, ../../challenge/): the build checks it
    if not path:
        return False
    base = content if path.startswith("/") else source.parent
    file = (base / path.lstrip("/")).resolve()
    return not (file.is_file() and file.is_relative_to(content.resolve()))


@content_rule
def check_links(content: Content) -> list[Problem]:
    is_error = content.settings.get("LINK_CHECK", "warning") == "error"
    root = Path(content.settings["PATH"])
    own = {
        urlsplit(u).netloc
        for u in (content.settings.get("ABSOLUTE_SITEURL"), content.settings["SITEURL"])
        if u
    }
    problems = []
    for source in content.sources:
        html = _rendered(split_header(source.text)[1])
        page = read_page(html)
        for link in dict.fromkeys(page.links):
            if dead_link(link, source.path, root, page.ids):
                problems.append(Problem(source.shown, "link", f"{link!r} does not exist", is_error))
        problems += [
            Problem(
                source.shown,
                "image",
                f"{src!r} loads from another site (readers' browsers ask it for every view); "
                "copy the image next to the post (make import UPLOADS=...)",
                is_error=False,
            )
            for src in dict.fromkeys(_REMOTE_IMAGE.findall(html))
            if urlsplit(src).netloc not in own
        ]
    return problems

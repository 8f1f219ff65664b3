"""Sharing and discovery: absolute URLs, sitemap.xml and robots.txt.

- `initialized`: `ABSOLUTE_SITEURL` defaults to SITEURL, and templates get
  the `absolute_url` filter (an output file such as "day/3/index.html" to
  "https://.../day/3/") for canonical links and Open Graph.
- `content_written`: notes every HTML page as it is written, with the
  date readers would call its last change (the post's, or the newest post
  it lists; none for the rest).
- `finalized`: writes `sitemap.xml` and `robots.txt`, with absolute URLs
  even in a local build. (pelican-sitemap was the first choice; it stamps
  undated pages with the wall clock, which breaks reproducible builds.)
"""

from __future__ import annotations

import os

from jinja2 import pass_context
from pelican import signals

from .sitemap import SitemapEntry, robots_txt, sitemap_xml

_written: list[SitemapEntry] = []


def absolute_url(site: str, output_file: str) -> str:
    path = output_file.removesuffix("index.html")
    return f"{site}/{path}"


@pass_context
def absolute_url_filter(context, output_file: str) -> str:
    """Jinja filter: the page's absolute URL, under ABSOLUTE_SITEURL."""
    return absolute_url(context["ABSOLUTE_SITEURL"], output_file)


def set_defaults(pelican) -> None:
    settings = pelican.settings
    settings.setdefault("ABSOLUTE_SITEURL", settings["SITEURL"])
    settings.setdefault("SITEMAP_EXCLUDE", ["404.html", "search/index.html"])
    # Module-level functions only: Pelican's content cache pickles the settings.
    settings["JINJA_FILTERS"] = {
        "absolute_url": absolute_url_filter,
        **settings.get("JINJA_FILTERS", {}),
    }
    _written.clear()


def note_page(path: str, context: dict) -> None:
    name = context.get("output_file", "")
    if not name.endswith(".html") or name in context.get("SITEMAP_EXCLUDE", ()):
        return
    item = context.get("article") or context.get("page")
    if item is not None:
        lastmod = getattr(item, "modified", None) or getattr(item, "date", None)
    else:
        listed = context.get("articles_page")
        dates = [a.date for a in (listed.object_list if listed else [])]
        lastmod = max(dates, default=None)
    _written.append(SitemapEntry(absolute_url(context["ABSOLUTE_SITEURL"], name), lastmod))


def write_sitemap(pelican) -> None:
    site = pelican.settings["ABSOLUTE_SITEURL"]
    files = {"sitemap.xml": sitemap_xml(_written), "robots.txt": robots_txt(f"{site}/sitemap.xml")}
    for name, text in files.items():
        with open(os.path.join(pelican.output_path, name), "w", encoding="utf-8") as out:
            out.write(text)
    _written.clear()


def register() -> None:
    signals.initialized.connect(set_defaults)
    signals.content_written.connect(note_page)
    signals.finalized.connect(write_sitemap)

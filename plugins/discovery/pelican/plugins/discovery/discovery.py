"""Sharing and discovery: absolute URLs, sitemap.xml and robots.txt.

- `initialized`: `ABSOLUTE_SITEURL` is derived from SITEURL, the one source
  of the site's address (`LOCAL_SITEURL` while SITEURL is relative, as in
  local builds), and templates get the `absolute_url` filter (an output
  file such as "day/3/index.html" to "https://.../day/3/") for canonical
  links and Open Graph.
- `get_generators`: adds `SitemapGenerator`. Its context holds the run's
  list of written pages, which `content_written` fills with the date
  readers would call each page's last change (the post's, or the newest
  post it lists; none for the rest). Its `generate_output`, after the
  generators of the plugins listed before this one, writes `sitemap.xml`
  and `robots.txt`. (pelican-sitemap stamps undated pages with the wall
  clock, which breaks reproducible builds.)
"""

from __future__ import annotations

import logging
import os

from jinja2 import pass_context
from pelican import signals
from pelican.generators import Generator

from .sitemap import SitemapEntry, robots_txt, sitemap_xml

logger = logging.getLogger(__name__)

WRITTEN = "sitemap_entries"  # context key: this run's pages


def absolute_url(site: str, output_file: str) -> str:
    """The URL of an output file: "day/3/index.html" -> "SITE/day/3/"."""
    folder, _, name = output_file.rpartition("/")
    if name == "index.html":
        return f"{site}/{folder}/" if folder else f"{site}/"
    return f"{site}/{output_file}"


@pass_context
def absolute_url_filter(context, output_file: str) -> str:
    """Jinja filter: the page's absolute URL, under ABSOLUTE_SITEURL."""
    return absolute_url(context["ABSOLUTE_SITEURL"], output_file)


def site_address(settings: dict) -> str:
    """SITEURL when it is absolute, else LOCAL_SITEURL: where absolute links point."""
    site = settings["SITEURL"].rstrip("/")
    if site.startswith(("http://", "https://")):
        return site
    return settings["LOCAL_SITEURL"].rstrip("/")


def set_defaults(settings: dict) -> None:
    """Fill in this plugin's settings; usable on any settings dict."""
    settings.setdefault("LOCAL_SITEURL", "http://127.0.0.1:8000")
    settings.setdefault("SITEMAP_EXCLUDE", ["404.html", "search/index.html"])
    given = settings.get("ABSOLUTE_SITEURL")
    settings["ABSOLUTE_SITEURL"] = site_address(settings)
    if given and given.rstrip("/") != settings["ABSOLUTE_SITEURL"]:
        logger.warning(
            "ABSOLUTE_SITEURL is derived from SITEURL; ignoring %r, using %r",
            given,
            settings["ABSOLUTE_SITEURL"],
        )


def initialize(pelican) -> None:
    set_defaults(pelican.settings)
    # Module-level functions only: Pelican's content cache pickles the settings.
    pelican.settings["JINJA_FILTERS"] = {
        "absolute_url": absolute_url_filter,
        **pelican.settings.get("JINJA_FILTERS", {}),
    }


class SitemapGenerator(Generator):
    """Collects the pages this run writes; writes sitemap.xml and robots.txt after them."""

    def generate_context(self) -> None:
        self.context[WRITTEN] = []

    def generate_output(self, writer) -> None:
        site = self.settings["ABSOLUTE_SITEURL"]
        files = {
            "sitemap.xml": sitemap_xml(self.context[WRITTEN]),
            "robots.txt": robots_txt(f"{site}/sitemap.xml"),
        }
        for name, text in files.items():
            with open(os.path.join(self.output_path, name), "w", encoding="utf-8") as out:
                out.write(text)


def note_page(path: str, context: dict) -> None:
    name = context.get("output_file", "")
    written = context.get(WRITTEN)
    if written is None or not name.endswith(".html") or name in context["SITEMAP_EXCLUDE"]:
        return
    item = context.get("article") or context.get("page")
    if item is not None:
        lastmod = getattr(item, "modified", None) or getattr(item, "date", None)
    else:
        listed = context.get("articles_page")
        dates = [a.date for a in (listed.object_list if listed else [])]
        lastmod = max(dates, default=None)
    written.append(SitemapEntry(absolute_url(context["ABSOLUTE_SITEURL"], name), lastmod))


def add_generator(pelican):
    return SitemapGenerator


def register() -> None:
    signals.initialized.connect(initialize)
    signals.get_generators.connect(add_generator)
    signals.content_written.connect(note_page)

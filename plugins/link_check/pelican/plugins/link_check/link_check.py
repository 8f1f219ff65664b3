"""Every internal link of the built site points at something, or the build says which does not.

- `initialized`: `LINK_CHECK` ("warning" by default; "error" fails the build
  with pelican-staged-output; "off") and `LINK_CHECK_IGNORE`.
- `get_generators`: adds `LinkCheckGenerator`; `content_written` notes which
  content file each page comes from, in this run's context.
- Its `generate_output` runs after the generators of the plugins listed
  before this one (list it after any plugin that writes pages or feeds).
  It reads every page and feed written so far; static files and the theme's
  files, which Pelican copies last, count as there. Every `href`, `src` and
  `srcset` inside the site, `#fragment` included, must lead somewhere:
  `content/days/005.md: link: 'images/day5.png' does not exist`.
"""

from __future__ import annotations

import json
import logging
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .links import Site, broken_links, page_ids, read_page

logger = logging.getLogger(__name__)

SOURCES = "link_check_sources"  # context key: output file -> content file, this run
LEVELS = {"warning": logging.WARNING, "error": logging.ERROR}


def set_defaults(pelican) -> None:
    settings = pelican.settings
    settings.setdefault("LINK_CHECK", "warning")
    settings.setdefault("LINK_CHECK_IGNORE", ["pagefind/"])
    if settings["LINK_CHECK"] not in (*LEVELS, "off"):
        raise ValueError(
            f"LINK_CHECK: {settings['LINK_CHECK']!r} is not 'warning', 'error' or 'off'"
        )


def note_source(path: str, context: dict) -> None:
    sources = context.get(SOURCES)
    content = context.get("article") or context.get("page")
    if sources is not None and content is not None and context.get("output_file"):
        shown = os.path.relpath(content.source_path)
        sources[context["output_file"]] = content.source_path if shown.startswith("..") else shown


def feed_links(text: str, suffix: str) -> list[str]:
    """The links of a feed: its own addresses, and those inside each item's HTML."""
    if suffix == ".json":
        data = json.loads(text)
        items = data.get("items", []) if isinstance(data, dict) else []
        html = [i.get("content_html", "") for i in items]
        links = [data.get("home_page_url", ""), *(i.get("url", "") for i in items)]
    else:
        root = ET.fromstring(text)
        html = [e.text for e in root.iter() if e.text and "<" in e.text]
        links = [e.get("href") for e in root.iter() if e.get("href")]
        links += [e.text.strip() for e in root.iter() if e.tag.endswith("link") and e.text]
    return [*links, *(link for chunk in html for link in read_page(chunk).links)]


class LinkCheckGenerator(Generator):
    def generate_context(self) -> None:
        self.context[SOURCES] = {}

    def generate_output(self, writer) -> None:
        settings = self.settings
        if settings["LINK_CHECK"] == "off":
            return
        level = LEVELS[settings["LINK_CHECK"]]
        root = Path(self.output_path)
        written = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        site = Site(
            files=written | self._still_to_copy(),
            site_urls=tuple(
                url.rstrip("/")
                for url in (settings.get("ABSOLUTE_SITEURL"), settings["SITEURL"])
                if url and "://" in url
            ),
            ids_of=lambda page: page_ids((root / page).read_text(encoding="utf-8")),
            ignored=tuple(settings["LINK_CHECK_IGNORE"]),
        )
        sources = self.context[SOURCES]
        missing_paths = set()
        for page in sorted(p for p in written if p.endswith(".html")):
            html = (root / page).read_text(encoding="utf-8")
            for link, path in broken_links(html, page, site):
                missing_paths.add(path)
                logger.log(level, "%s: link: %r does not exist", sources.get(page, page), link)
        for feed in sorted(
            p for p in written if p.startswith("feeds/") and p.endswith((".xml", ".json"))
        ):
            text = (root / feed).read_text(encoding="utf-8")
            for link in dict.fromkeys(feed_links(text, Path(feed).suffix)):
                if site.missing(link, feed) and site.target(link, feed)[0] not in missing_paths:
                    logger.log(level, "%s: link: %r does not exist", feed, link)

    def _still_to_copy(self) -> set[str]:
        """Static files and theme files: Pelican's StaticGenerator copies them after this runs."""
        files = {s.save_as for s in self.context.get("staticfiles", [])}
        theme_dir = self.settings["THEME_STATIC_DIR"]
        for folder in self.settings["THEME_STATIC_PATHS"]:
            base = Path(self.theme) / folder
            files |= {
                f"{theme_dir}/{p.relative_to(base).as_posix()}"
                for p in base.rglob("*")
                if p.is_file()
            }
        return files


def add_generator(pelican):
    return LinkCheckGenerator


def register() -> None:
    signals.initialized.connect(set_defaults)
    signals.get_generators.connect(add_generator)
    signals.content_written.connect(note_source)

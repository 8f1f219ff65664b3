"""A folder of Markdown posts from another static generator (Jekyll, Hugo, Eleventy, Pelican) as a `Source`.

Each post keeps its date, tags (and categories, as tags), slug, draft
state and old address: the permalink it gave, else the one its
generator's settings make (Jekyll's `permalink`, Hugo's `[permalinks]`,
Pelican's `ARTICLE_URL`), so `/2019/05/day-12/` keeps redirecting. The
generator's settings are read as data (YAML, TOML, and for Pelican the
literal assignments of `pelicanconf.py`): nothing in them is run.
Template tags the site cannot run (Liquid's `{% %}`, Hugo's `{{< >}}`) are
made into Markdown where they have a meaning here (code, videos, figures,
links to other posts) and left out, counted, otherwise.
"""

from __future__ import annotations

import ast
import contextlib
import re
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from dateutil import parser as dates
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from .blogger import split_labels
from .entry import Entry, Source
from .frontmatter import read_front_matter
from .links import old_path_and_link

JEKYLL_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
PAGE_FOLDERS = {"pages", "_pages"}


def slugify(text: str) -> str:
    """A slug as the generators make one: Pelican's defaults."""
    return pelican_slugify(text, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def generator_of(folder: Path) -> str:
    """ "Jekyll", "Hugo", "Pelican", "Eleventy", or "static generator" when it does not say."""
    if (folder / "_config.yml").is_file() or (folder / "_posts").is_dir():
        return "Jekyll"
    if (
        any((folder / n).is_file() for n in ("hugo.toml", "hugo.yaml", "config.toml"))
        or (folder / "archetypes").is_dir()
    ):
        return "Hugo"
    if (folder / "pelicanconf.py").is_file():
        return "Pelican"
    if any(folder.glob(".eleventy.js")) or any(folder.glob("eleventy.config.*")):
        return "Eleventy"
    return "static generator"


def _settings(folder: Path, generator: str) -> dict:
    """The generator's settings that shape addresses and dates, read as data."""
    try:
        if generator == "Jekyll" and (folder / "_config.yml").is_file():
            return yaml.safe_load((folder / "_config.yml").read_text(encoding="utf-8")) or {}
        if generator == "Hugo":
            for name in ("hugo.toml", "config.toml"):
                if (folder / name).is_file():
                    return tomllib.loads((folder / name).read_text(encoding="utf-8"))
            if (folder / "hugo.yaml").is_file():
                return yaml.safe_load((folder / "hugo.yaml").read_text(encoding="utf-8")) or {}
        if generator == "Pelican":
            tree = ast.parse((folder / "pelicanconf.py").read_text(encoding="utf-8"))
            found = {}
            for node in tree.body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                    if isinstance(target, ast.Name):
                        with contextlib.suppress(ValueError):  # not a literal: not needed
                            found[target.id] = ast.literal_eval(node.value)
            return found
    except (OSError, SyntaxError, ValueError, yaml.YAMLError, tomllib.TOMLDecodeError):
        return {}
    return {}


def _when(value, zone) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=zone)
    if not value:
        return None
    try:
        when = dates.parse(str(value))
    except (ValueError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=zone)


def _terms(value, spaces: bool) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if not value:
        return []
    text = str(value)
    return text.split() if spaces and "," not in text else text.split(",")


class Folder:
    """One generator's folder: its settings, and each post file read into an entry."""

    def __init__(self, root: Path, timezone: str):
        self.root = root
        self.generator = generator_of(root)
        self.settings = _settings(root, self.generator)
        zone = self.settings.get("timezone") or self.settings.get("TIMEZONE") or timezone
        try:
            self.zone = ZoneInfo(str(zone))
        except (ValueError, KeyError, OSError):
            self.zone = ZoneInfo(timezone)
        self.source = Source(f"{root.name}/", f"{self.generator} folder", self._title())
        # Pelican's links ({filename}, {static}) start from its content folder.
        content = root / str(self.settings.get("PATH") or "content")
        self.base = content if self.generator == "Pelican" and content.is_dir() else root

    def _title(self) -> str:
        return str(self.settings.get("title") or self.settings.get("SITENAME") or "")

    def read(self, path: Path, text: str) -> None:
        """One post file of the folder (already known to have a header)."""
        base = self.base if path.is_relative_to(self.base) else self.root
        relative = path.relative_to(base).as_posix()
        where = f"{self.source.name}{relative}"
        self.source.items += 1
        fields, body, _ = read_front_matter(text)
        if path.name == "_index.md":
            self.source.skip("section list page", f"{where}: a Hugo section's list page, left out")
            return
        jekyll = JEKYLL_NAME.match(path.stem)
        stem = path.parent.name if path.stem in ("index", "_index") else path.stem
        stem = jekyll[4] if jekyll else stem
        title = str(fields.get("title") or stem.replace("-", " ").strip().capitalize())
        when = _when(fields.get("date") or fields.get("publishdate"), self.zone)
        if when is None and jekyll:
            when = datetime(int(jekyll[1]), int(jekyll[2]), int(jekyll[3]), tzinfo=self.zone)
        parts = relative.split("/")
        page = (
            bool(PAGE_FOLDERS & set(parts[:-1]))
            or (str(fields.get("layout", "")).lower() == "page")
            or (len(parts) == 1 and self.generator in ("Jekyll",))
            or (self.generator == "Hugo" and parts[:1] == ["content"] and len(parts) == 2)
        )
        if when is None and not page:
            self.source.skip("no date", f"{where}: {title!r}: no date, left out")
            return
        status = str(fields.get("status", "")).lower()
        draft = (
            fields.get("draft") in (True, "true", "yes")
            or fields.get("published") in (False, "false", "no")
            or status == "draft"
            or "_drafts" in parts
        )
        # Pelican makes a slug from the title; the others from the file's name.
        slug = str(fields.get("slug") or (slugify(title) if self.generator == "Pelican" else stem))
        old = self._old_path(fields, relative, slug, title, when, page)
        old_path, old_link = old_path_and_link(old) if old and not draft else ("", "")
        markdown = path.suffix.lower() != ".html"
        spaces = self.generator == "Jekyll"
        self.source.entries.append(
            Entry(
                title=title,
                date=when,
                body=body,
                source=where,
                tags=split_labels(
                    _terms(fields.get("tags"), spaces)
                    + _terms(fields.get("categories") or fields.get("category"), spaces)
                ),
                author=str(fields.get("author") or "")
                if not isinstance(fields.get("author"), list)
                else str(fields["author"][0]),
                summary=str(
                    fields.get("summary")
                    or fields.get("description")
                    or fields.get("excerpt")
                    or ""
                ),
                slug=slug,
                guid=str(fields.get("id") or ""),
                old_path=old_path,
                old_link=old_link,
                markdown=markdown,
                draft=draft,
                page=page,
                origin=self.source.name,
                old_file=relative,
                old_root=base,
            )
        )

    def _old_path(self, fields, relative, slug, title, when, page) -> str:
        """The address the old site gave the post."""
        explicit = fields.get("permalink") or fields.get("url") or fields.get("save_as")
        if isinstance(explicit, str) and "{" not in explicit:
            return "/" + explicit.lstrip("/")
        parts = relative.split("/")
        if self.generator == "Jekyll":
            if "_posts" not in parts or when is None:
                return ""
            style = str(self.settings.get("permalink") or "date")
            pattern = JEKYLL_STYLES.get(style, style)
            categories = "/".join(
                slugify(c) for c in _terms(fields.get("categories") or fields.get("category"), True)
            )
            path = (
                pattern.replace(":categories", categories)
                .replace(":year", f"{when:%Y}")
                .replace(":short_year", f"{when:%y}")
                .replace(":i_month", str(when.month))
                .replace(":month", f"{when:%m}")
                .replace(":i_day", str(when.day))
                .replace(":y_day", f"{when:%j}")
                .replace(":day", f"{when:%d}")
                .replace(":title", slug)
                .replace(":slug", slug)
                .replace(":output_ext", ".html")
            )
            return re.sub(r"/{2,}", "/", path)
        if self.generator == "Hugo":
            inside = parts[1:] if parts[:1] == ["content"] else parts
            section = inside[0] if len(inside) > 1 else ""
            pattern = (self.settings.get("permalinks") or {}).get(section)
            if not pattern:
                return f"/{section}/{slug}/" if section else f"/{slug}/"
            if when is None:
                return ""
            path = (
                pattern.replace(":year", f"{when:%Y}")
                .replace(":month", f"{when:%m}")
                .replace(":day", f"{when:%d}")
                .replace(":section", section)
                .replace(":slug", slug)
                .replace(":title", slugify(title))
                .replace(":filename", slug)
                .replace(":contentbasename", slug)
            )
            return "/" + path.lstrip("/")
        if self.generator == "Pelican":
            pattern = self.settings.get("PAGE_URL" if page else "ARTICLE_URL") or (
                "pages/{slug}.html" if page else "{slug}.html"
            )
            category = _terms(fields.get("category"), False)
            try:
                path = pattern.format(
                    slug=slug,
                    date=when or datetime(2000, 1, 1),
                    category=slugify(category[0]) if category else "misc",
                    lang="en",
                )
            except (KeyError, IndexError, ValueError):
                return ""
            return "/" + path.lstrip("/")
        if self.generator == "Eleventy":
            return "/" + "/".join([*parts[:-1], slug]) + "/"
        return ""

"""Names that never collide: slugs, file names, feed ids and old addresses of imported posts.

A slug is made clean (no control or direction characters, which would
stay invisible in a URL) and unique, with the output path it makes
checked by the site's own rule (`checking.outputs.path_problems`), so
nothing the import writes lands on a page the site writes, on another
post, or on a file of the author's. A repeated GUID gets a derived id;
an old address that is a page of this site gets no redirect. Every such
decision is a line for the report.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote

from pelican.utils import slugify

from ..checking.outputs import path_problems, site_paths
from ..names import LONGEST_SLUG
from ..redirects import redirect_file
from .existing import Existing


def clean_slug(raw: str, settings: dict) -> str:
    """A slug made of letters, digits and dashes, cut at a word: "" when nothing is left."""
    text = unicodedata.normalize("NFKC", unquote(raw or ""))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cn"))
    slug = slugify(text, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    if len(slug) > LONGEST_SLUG:
        slug = slug[: LONGEST_SLUG + 1].rsplit("-", 1)[0][:LONGEST_SLUG]
    return slug.strip("-")


class Names:
    """Every name taken so far, the content folder's and the import's."""

    def __init__(self, settings: dict, existing: Existing):
        self.site_files, self.site_folders = site_paths(settings)
        self.files = dict(existing.files)
        self.outputs = dict(existing.outputs)
        self.ids = set(existing.ids)
        self.redirects = set(existing.redirects)
        self.notes: list[str] = []

    def take(self, slug: str, file_of, output_of, who: str) -> str:
        """The first of slug, slug-2, slug-3... whose file and output are free; both are taken."""
        n, first = 1, None
        while True:
            candidate = slug if n == 1 else f"{slug}-{n}"
            file, output = file_of(candidate), output_of(candidate)
            clash = self.files.get(file) or (output and self.outputs.get(output))
            if not clash and not (output and self._site_page(output)):
                break
            first = first or clash or "a page of this site"
            n += 1
        if n > 1:
            self.notes.append(f"{who}: named {candidate!r} ({slug!r} is taken by {first})")
        self.files[file] = who
        if output:
            self.outputs[output] = who
        return candidate

    def _site_page(self, output: str) -> bool:
        return any(path_problems(output, self.site_files, self.site_folders))

    def feed_id(self, guid: str, who: str) -> str:
        """The GUID, or, when another post has it already, the GUID with a suffix of its own."""
        guid = guid.strip()
        if not guid or guid not in self.ids:
            self.ids.add(guid)
            return guid
        n = 2
        while f"{guid}#{n}" in self.ids:
            n += 1
        derived = f"{guid}#{n}"
        self.ids.add(derived)
        self.notes.append(f"{who}: feed id {guid!r} is another post's too; given {derived!r}")
        return derived

    def redirect(self, old_path: str, who: str) -> str:
        """The old path, or "" when a redirect there would stand on a page of this site or another redirect."""
        if not old_path:
            return ""
        file = redirect_file(old_path)
        parts = file.split("/")
        if self.outputs.get(file) == who:
            return ""  # its new address is its old one: nothing moved
        if file in self.outputs or self._site_page(file) or ".." in parts:
            owner = self.outputs.get(file, "a page this site writes")
            self.notes.append(f"{who}: no redirect from {old_path} ({owner} is there)")
            return ""
        if file in self.redirects:
            self.notes.append(
                f"{who}: no redirect from {old_path} (another post redirects from it)"
            )
            return ""
        self.redirects.add(file)
        return old_path

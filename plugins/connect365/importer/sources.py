"""What a SOURCE holds, as `Source` objects, and the files it could not read, as problems.

A file is known by what is in it, not by its name alone: a WordPress
export (WXR, any version), a Blogger export, any RSS or Atom feed, a
Markdown log with "Day N" sections, or a post with a header (YAML, TOML
or Pelican's). A folder is every such file in it, its posts from another
generator read as one source (`folders`). A file that is not well-formed
is one problem line with its line and column, and the rest goes on; a
file of no known kind is named and skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .blogger import is_blogger, read_blogger
from .entry import Entry, Skip, Source
from .feeds import read_feed
from .folders import Folder, generator_of
from .frontmatter import FrontMatterError, read_front_matter
from .log import is_log, read_log
from .wxr import is_wxr, read_wxr

__all__ = ["Entry", "Read", "Skip", "Source", "read_sources"]

XML_FILES = {".xml", ".atom", ".rss", ".rdf", ".wxr"}
TEXT_FILES = {".md", ".markdown", ".mdown", ".mkd", ".html", ".htm"}
# A generator's own files: its settings, templates, styles and images are not posts.
NOT_POSTS = {
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
    ".webp",
    ".avif",
    ".ico",
    ".bmp",
    ".tif",
    ".tiff",
    ".css",
    ".scss",
    ".sass",
    ".less",
    ".js",
    ".mjs",
    ".cjs",
    ".ts",
    ".json",
    ".map",
    ".yml",
    ".yaml",
    ".toml",
    ".py",
    ".lock",
    ".liquid",
    ".njk",
    ".j2",
    ".woff",
    ".woff2",
    ".ttf",
    ".otf",
    ".eot",
    ".pdf",
    ".txt",
    ".gitignore",
}
SKIPPED_FOLDERS = {
    "_site",
    "public",
    "output",
    "node_modules",
    "_layouts",
    "_includes",
    "_sass",
    "layouts",
    "themes",
    "theme",
    "resources",
    "archetypes",
    "assets",
    "static",
    "_data",
    "data",
    "i18n",
    "__pycache__",
    "vendor",
}
FEED_ROOTS = {"rss", "feed", "RDF", "channel"}


@dataclass
class Read:
    """Everything a SOURCE gave: its sources, the files it could not read, the files that are not posts."""

    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: line 3, column 7: not well-formed"
    not_posts: list[str] = field(default_factory=list)  # "path: not an export, feed, log or post"
    other_files: int = 0  # images, styles and settings of a generator's folder
    notes: list[str] = field(default_factory=list)  # files read, but leniently


def read_sources(source: Path, timezone: str) -> Read:
    """Every source in a file or folder: nothing in it is lost without a line."""
    read = Read()
    top = source if source.is_dir() else source.parent
    folders: dict[Path, Folder] = {}
    for path in _files(source, read):
        root = _generator_root(path, top)
        if root not in folders:
            folders[root] = Folder(root, timezone)
        _read_file(path, timezone, folders[root], read)
    read.sources += [f.source for f in folders.values() if f.source.items]
    return read


def _generator_root(path: Path, top: Path) -> Path:
    """The nearest folder above `path` that is a generator's own (Jekyll, Hugo...), else `top`."""
    for folder in path.parents:
        if folder == top or not folder.is_relative_to(top):
            return top
        if generator_of(folder) != "static generator":
            return folder
    return top


def _files(source: Path, read: Read) -> list[Path]:
    if not source.is_dir():
        return [source]
    found = []
    for path in sorted(source.rglob("*")):
        inside = path.relative_to(source).parts
        if any(part.startswith(".") for part in inside) or SKIPPED_FOLDERS & set(inside[:-1]):
            continue
        if path.is_symlink():
            read.not_posts.append(f"{path}: a link to elsewhere, not followed")
        elif path.is_file():
            found.append(path)
    return found


def _read_file(path: Path, timezone: str, folder: Folder, read: Read) -> None:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as wrong:
        read.problems.append(f"{path}: cannot be read: {wrong.strerror or wrong}")
        return
    if suffix in XML_FILES or (suffix not in TEXT_FILES and data.lstrip()[:5] == b"<?xml"):
        _read_xml(path, data, read)
        return
    if suffix not in TEXT_FILES:
        if suffix in NOT_POSTS or path.name in ("Makefile", "Gemfile", "LICENSE", "CNAME"):
            read.other_files += 1
        else:
            read.not_posts.append(f"{path}: not an export, a feed, a log or a post; skipped")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as wrong:
        line = data[: wrong.start].count(b"\n") + 1
        read.problems.append(f"{path}: line {line}: not UTF-8 text; save it as UTF-8")
        return
    try:
        header = read_front_matter(text)
    except FrontMatterError as wrong:
        read.problems.append(f"{path}: {wrong}")
        return
    if header is not None and path.is_relative_to(folder.root):
        folder.read(path, text)
    elif suffix in (".md", ".markdown") and is_log(text):
        read.sources.append(read_log(path, text, timezone))
    elif suffix in (".html", ".htm") and source_is_template(text):
        read.other_files += 1
    else:
        read.not_posts.append(
            f"{path}: Markdown with neither a header (Title:, ---, +++) nor Day sections; skipped"
        )


def source_is_template(text: str) -> bool:
    """A generator's HTML template rather than a post."""
    return bool(re.search(r"\{[{%]", text)) or "<html" in text.lower()


# Prefixes Blogger and feed tools use, for a file that uses one without declaring it.
KNOWN_PREFIXES = {
    b"app": b"http://purl.org/atom/app#",
    b"thr": b"http://purl.org/syndication/thread/1.0",
    b"gd": b"http://schemas.google.com/g/2005",
    b"georss": b"http://www.georss.org/georss",
    b"openSearch": b"http://a9.com/-/spec/opensearchrss/1.0/",
    b"blogger": b"http://schemas.google.com/blogger/2008",
    b"media": b"http://search.yahoo.com/mrss/",
    b"feedburner": b"http://rssnamespace.org/feedburner/ext/1.0",
}


def _declared(data: bytes) -> bytes:
    """The file with the known prefixes it uses but never declares declared on its root."""
    missing = [
        prefix
        for prefix, uri in KNOWN_PREFIXES.items()
        if b"<" + prefix + b":" in data and b"xmlns:" + prefix + b"=" not in data
    ]
    start = re.search(rb"<(?:feed|rss|rdf:RDF)\b", data)
    if not missing or start is None:
        return data
    names = b"".join(b" xmlns:%s='%s'" % (p, KNOWN_PREFIXES[p]) for p in missing)
    return data[: start.end()] + names + data[start.end() :]


def _read_xml(path: Path, data: bytes, read: Read) -> None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as unbound:
        try:
            if "unbound prefix" not in str(unbound):
                raise
            data = _declared(data)
            root = ET.fromstring(data)
        except ET.ParseError:
            _not_well_formed(path, unbound, read)
            return
        read.notes.append(
            f"{path}: uses XML prefixes it does not declare; read with the usual ones"
        )
    head = data[:8192].decode("utf-8", "replace")

    local = root.tag.rsplit("}", 1)[-1]
    if is_wxr(head) and local == "rss":
        read.sources.append(read_wxr(path, root))
    elif is_blogger(root):
        read.sources.append(read_blogger(path, root))
    elif local in FEED_ROOTS:
        read.sources.append(read_feed(path, data))
    else:
        read.not_posts.append(
            f"{path}: XML that is neither a WordPress or Blogger export nor a feed "
            f"(<{local}>); skipped"
        )


def _not_well_formed(path: Path, wrong: ET.ParseError, read: Read) -> None:
    line, column = wrong.position
    message = re.sub(r":\s*line \d+, column \d+$", "", str(wrong))
    read.problems.append(f"{path}: line {line}, column {column + 1}: {message}")

"""`.gz` and `.br` beside every compressible file, for servers that send them as
they are (nginx `gzip_static`, `brotli_static`; Netlify and Cloudflare compress
by themselves).

The same bytes always give the same files (gzip without a time or a name), so
an unchanged page keeps an unchanged `.gz` and a deploy uploads neither. A
compressed copy that would not be smaller is not written. Compressed bytes are
kept in a cache folder by the digest of what they hold, so a rebuild
compresses only what changed (brotli's best level is slow).
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import brotli

COMPRESSIBLE = frozenset(
    {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".ics", ".map", ".xsl"}
)
ENCODINGS = {
    ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0),
    ".br": lambda data: brotli.compress(data, mode=brotli.MODE_TEXT, quality=11),
}


def _compressed(data: bytes, suffix: str, cache: Path | None) -> bytes:
    if cache is None:
        return ENCODINGS[suffix](data)
    kept = cache / f"{hashlib.sha256(data).hexdigest()}{suffix}"
    if kept.is_file():
        return kept.read_bytes()
    blob = ENCODINGS[suffix](data)
    cache.mkdir(parents=True, exist_ok=True)
    temporary = kept.with_name(kept.name + ".tmp")
    temporary.write_bytes(blob)
    temporary.replace(kept)  # whole or not at all: a build beside this one never reads half
    return blob


def precompress(folder: Path, cache: Path | None = None, minimum: int = 256) -> int:
    """Write `.gz` and `.br` beside each compressible file of `folder`; return how many."""
    written = 0
    for path in sorted(folder.rglob("*")):
        if path.suffix not in COMPRESSIBLE or not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if len(data) < minimum:
            continue
        for suffix in ENCODINGS:
            blob = _compressed(data, suffix, cache)
            if len(blob) < len(data):
                path.with_name(path.name + suffix).write_bytes(blob)
                written += 1
    return written

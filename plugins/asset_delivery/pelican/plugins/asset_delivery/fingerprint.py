"""Content-named files: `css/site.css` is published as `css/site.3f9a0c1d2e.css`.

A file whose name changes whenever its bytes do can be cached for a year
(`Cache-Control: immutable`): a reader never keeps an old stylesheet, and
never asks again for an unchanged one.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path, PurePosixPath

DIGITS = 10


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:DIGITS]


def fingerprinted_name(path: str, data: bytes) -> str:
    """`path` with the digest of `data` before its suffix: `js/a.js` -> `js/a.<digest>.js`."""
    posix = PurePosixPath(path)
    return str(posix.with_name(f"{posix.stem}.{digest(data)}{posix.suffix}"))


def rename(folder: Path, path: str) -> str:
    """Rename `folder/path` to its content name; the old name is not left behind."""
    source = folder / path
    named = fingerprinted_name(path, source.read_bytes())
    source.replace(folder / named)
    return named


def integrity(data: bytes) -> str:
    """The Subresource Integrity value of `data` (sha384, as browsers expect)."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()

"""Full-text search: Pagefind indexes the finished site, on `finalized`.

Runs the Pagefind binary shipped by the `pagefind[bin]` package over
the output folder, writing `pagefind/`. Pages mark what to index with
`data-pagefind-body`. A failure logs an error (which pelican-staged-output
turns into a failed build). List this plugin before pelican-staged-output:
it must index the staging folder before that is swapped into place.

Pagefind has no incremental mode: it reads every page each time. So the
index is kept in `CACHE_PATH/pagefind/<digest of the HTML it was made
from>/`, and a build whose pages are byte for byte the last indexed ones
hard-links it instead of running Pagefind (Pagefind gives the same bytes
for the same pages). A kept index appears whole, by a rename, so builds
running side by side never copy half of one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pelican import signals

logger = logging.getLogger(__name__)


def set_defaults(pelican) -> None:
    pelican.settings.setdefault("SEARCH_INDEX", True)


def index_site(pelican) -> None:
    if not pelican.settings["SEARCH_INDEX"]:
        return
    site = Path(pelican.output_path)
    cache = Path(pelican.settings["CACHE_PATH"]) / "pagefind"
    kept = cache / pages_digest(site)
    try:
        shutil.copytree(kept, site / "pagefind", copy_function=_link)
        return
    except OSError:  # not indexed before, or another build is replacing it
        shutil.rmtree(site / "pagefind", ignore_errors=True)
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        logger.error("Pagefind could not index the site: %s", done.stdout + done.stderr)
        return
    keep_index(site / "pagefind", kept)


def keep_index(index: Path, kept: Path) -> None:
    """Keep `index` as `kept` (named by its pages' digest), whole or not at all; drop older ones."""
    partial = kept.with_name(f".{kept.name}.{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(index, partial, copy_function=_link)
    try:
        partial.rename(kept)
    except OSError:  # another build kept the same pages' index first
        shutil.rmtree(partial, ignore_errors=True)
    for other in kept.parent.iterdir():
        if other.name != kept.name and not other.name.startswith("."):
            shutil.rmtree(other, ignore_errors=True)


def _link(source: str, target: str) -> None:
    """A hard link: no bytes copied. Pagefind writes new files and never changes one."""
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copy2(source, target)


def pages_digest(site: Path) -> str:
    """The SHA-256 of every HTML page of `site`, with its path: what Pagefind reads."""
    digest = hashlib.sha256()
    for page in sorted(site.rglob("*.html")):
        digest.update(page.relative_to(site).as_posix().encode() + b"\0")
        digest.update(page.read_bytes() + b"\0")
    return digest.hexdigest()


def register() -> None:
    signals.initialized.connect(set_defaults)
    signals.finalized.connect(index_site)

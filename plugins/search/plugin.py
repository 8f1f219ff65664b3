"""Full-text search: Pagefind indexes the finished site, on `finalized`.

Runs the Pagefind binary shipped by the `pagefind[extended]` package over
the output folder (still the staging folder: this must run before
staged_output's swap), writing `pagefind/`. Pages mark what to index with
`data-pagefind-body`. A failure logs an error, which fails the build.
Set `SEARCH_INDEX = False` to skip it.
"""

from __future__ import annotations

import logging
import subprocess
import sys

from pelican import signals

logger = logging.getLogger(__name__)


def index_site(pelican) -> None:
    if not pelican.settings.get("SEARCH_INDEX", True):
        return
    command = [sys.executable, "-m", "pagefind", "--site", pelican.output_path, "--silent"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        logger.error("Pagefind could not index the site: %s", done.stdout + done.stderr)


def register() -> None:
    signals.finalized.connect(index_site)

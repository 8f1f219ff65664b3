"""Full-text search: Pagefind indexes the finished site, on `finalized`.

Runs the Pagefind binary shipped by the `pagefind[extended]` package over
the output folder, writing `pagefind/`. Pages mark what to index with
`data-pagefind-body`. A failure logs an error (which pelican-staged-output
turns into a failed build). List this plugin before pelican-staged-output:
it must index the staging folder before that is swapped into place.
"""

from __future__ import annotations

import logging
import subprocess
import sys

from pelican import signals

logger = logging.getLogger(__name__)


def set_defaults(pelican) -> None:
    pelican.settings.setdefault("SEARCH_INDEX", True)


def index_site(pelican) -> None:
    if not pelican.settings["SEARCH_INDEX"]:
        return
    command = [sys.executable, "-m", "pagefind", "--site", pelican.output_path, "--silent"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        logger.error("Pagefind could not index the site: %s", done.stdout + done.stderr)


def register() -> None:
    signals.initialized.connect(set_defaults)
    signals.finalized.connect(index_site)

"""Settings for the published site: absolute URLs, in pages and feeds.

`SITEURL` comes from the environment so a deploy can set it:
    SITEURL=https://connect365.example make publish
and `-e SITEURL='"https://..."'` works as well: every absolute URL (feeds,
canonical links, the sitemap) is derived from SITEURL, whichever way it is given.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "https://connect365.example").rstrip("/")
RELATIVE_URLS = False
# A broken internal link fails a build for the web.
LINK_CHECK = "error"
# Ready for a web server (README, "Deploying"): CSS and JavaScript under content
# names (cached for a year), .gz and .br beside every compressible file.
ASSET_FINGERPRINT = ["css/*.css", "js/*.js"]
ASSET_FINGERPRINT_OUTPUT = ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"]
PRECOMPRESS = True

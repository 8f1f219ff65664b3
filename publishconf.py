"""Settings for the published site: absolute URLs, in pages and feeds.

`SITEURL` is your blog's `PUBLISH_SITEURL` (blogconf.py), and the environment
may change it for one build:
    SITEURL=https://blog.example.org make publish
and `-e SITEURL='"https://..."'` works as well: every absolute URL (feeds,
canonical links, the sitemap) is derived from SITEURL, whichever way it is
given. `make publish` refuses a placeholder address (tools/publish_check.py).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: F403

SITEURL = (os.environ.get("SITEURL") or globals().get("PUBLISH_SITEURL") or "").rstrip("/")
RELATIVE_URLS = False
# A broken internal link fails a build for the web.
LINK_CHECK = "error"
# Ready for a web server (README, "Deploying"): CSS and JavaScript under content
# names (cached for a year), .gz and .br beside every compressible file.
ASSET_FINGERPRINT = ["css/*.css", "js/*.js"]
ASSET_FINGERPRINT_OUTPUT = ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"]
PRECOMPRESS = True

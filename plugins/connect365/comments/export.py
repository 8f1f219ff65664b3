"""Approved comments, read from the Isso server's API at build time.

`COMMENTS_EXPORT` names the API as the build machine reaches it. Each
successful read is kept (CACHE_PATH/comments.json); when the server cannot
be reached, the build warns and renders the comments it read last time
rather than dropping them.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

logger = logging.getLogger(__name__)


def fetch_thread(api: str, uri: str, timeout: float = 5) -> list[dict]:
    """The approved comments of one thread (Isso returns only those without a moderator's cookie)."""
    url = f"{api.rstrip('/')}/?{urlencode({'uri': uri})}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.load(response).get("replies", [])
    except urllib.error.HTTPError as wrong:
        if wrong.code == 404:  # a thread nobody has commented on yet
            return []
        raise


def exported(api: str, uris: list[str], cache: Path) -> dict[str, list[dict]]:
    """Every thread's comments, fresh from `api`, or as last read when it cannot be reached."""
    try:
        threads = {uri: fetch_thread(api, uri) for uri in uris}
    except (OSError, ValueError) as wrong:
        kept = json.loads(cache.read_text(encoding="utf-8")) if cache.is_file() else {}
        logger.warning(
            "comments: %s cannot be reached (%s); showing the %d thread(s) exported last time",
            api,
            wrong,
            len(kept),
        )
        return kept
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(threads, indent=1, sort_keys=True), encoding="utf-8")
    return threads

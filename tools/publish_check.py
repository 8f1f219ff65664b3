"""`make publish`, first: refuse to build for the web with a placeholder address.

    python -m tools.publish_check [CONTENT] -s publishconf.py [-e KEY=json ...]

Every absolute URL (feeds, `og:image`, the sitemap, canonical links) comes
from `SITEURL`, and every feed item's id from `FEED_ID_AUTHORITY`, which
must never change once published. So no `SITEURL`, an example address or
the sample's feed id authority each stop `make publish` with one line
saying what to set, all of them in one run, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlsplit

from connect365.core import SettingsError
from connect365.settings import load

from .placeholders import SAMPLE_AUTHORITY, placeholder_host

REFUSED = 2
SET_IT = "set it in blogconf.py (PUBLISH_SITEURL) or as SITEURL=https://... make publish"


def placeholder_problems(settings: dict, source: str) -> list[str]:
    problems = []
    address = urlsplit(settings.get("SITEURL") or "")
    if address.scheme not in {"http", "https"} or not address.hostname:
        problems.append(f"{source}: SITEURL: not a published address; {SET_IT}")
    elif placeholder_host(address.hostname):
        problems.append(
            f"{source}: SITEURL: {settings['SITEURL']} is a placeholder address; {SET_IT}"
        )
    authority = str(settings.get("FEED_ID_AUTHORITY", ""))
    if authority == SAMPLE_AUTHORITY or not authority or placeholder_host(authority):
        whose = "the sample blog's" if authority == SAMPLE_AUTHORITY else "a placeholder"
        problems.append(
            f"{source}: FEED_ID_AUTHORITY: {authority!r} is {whose}; "
            "set your own host in blogconf.py before the first publish "
            "(every feed item's id carries it, for good)"
        )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make publish", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?")
    parser.add_argument("-s", "--settings", default="publishconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[])
    args, _ = parser.parse_known_args(argv)
    try:
        settings = load(args.settings, args.content, args.extra_settings)
    except SettingsError as wrong:
        print(f"publish: {wrong}", file=sys.stderr)
        return REFUSED
    problems = placeholder_problems(settings, args.settings)
    for problem in problems:
        print(f"publish: {problem}", file=sys.stderr)
    return REFUSED if problems else 0


if __name__ == "__main__":
    sys.exit(main())

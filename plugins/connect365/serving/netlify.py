"""`_headers` for Netlify and Cloudflare Pages, from the site's one policy.

Both hosts read `_headers` from the published folder and never serve it;
paths are the site's own, under its subpath when SITEURL has one. Both
send their own types and compress by themselves; what they need from us is
the CSP, the security headers and the year-long caching of content-named
files.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from . import policy

# Netlify's path patterns are globs: the IMMUTABLE expressions, as globs.
IMMUTABLE_GLOBS = (
    "theme/css/*",
    "theme/js/*",
    "pagefind/pagefind-ui.*",
    "pagefind/fragment/*",
    "pagefind/index/*",
    "cards/*",
)


def headers_file(settings: dict) -> str:
    """The text of `_headers`: every page's headers, and long caching where names are content's."""
    prefix = urlsplit(settings.get("ABSOLUTE_SITEURL") or settings["SITEURL"]).path.rstrip("/")
    lines = [f"{prefix}/*"]
    lines += [f"  {name}: {value}" for name, value in policy.headers(settings).items()]
    if settings.get("ASSET_FINGERPRINT"):  # only then are theme/ names content names
        for glob in IMMUTABLE_GLOBS:
            lines += [f"{prefix}/{glob}", f"  Cache-Control: {policy.FOREVER}"]
    return "\n".join(lines) + "\n"

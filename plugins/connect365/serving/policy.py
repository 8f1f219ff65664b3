"""The one source of how the site is served, for every host.

- `MEDIA_TYPES`: the type of every kind of file the site publishes; text
  types carry `charset=utf-8`.
- `IMMUTABLE`: paths whose name changes with their bytes (content-named CSS
  and JavaScript, social cards, Pagefind's fragments and index): cached for a
  year. Everything else is `no-cache` (kept, but asked again each time).
- `content_security_policy(settings)`: as strict as the pages allow. Search
  needs `'wasm-unsafe-eval'` (Pagefind's WASM) and `data:` images (its UI's
  icons); Isso, when on, and a follow-by-email form's service are named.
- `SERVER_ONLY`: files in the published folder meant for the host, never for
  readers.
"""

from __future__ import annotations

from urllib.parse import urlsplit

TEXT = "; charset=utf-8"
MEDIA_TYPES = {
    "html": "text/html" + TEXT,
    "css": "text/css" + TEXT,
    "js": "text/javascript" + TEXT,
    "json": "application/json" + TEXT,
    "xml": "application/xml" + TEXT,
    "xsl": "application/xslt+xml" + TEXT,
    "txt": "text/plain" + TEXT,
    "ics": "text/calendar" + TEXT,
    "svg": "image/svg+xml" + TEXT,
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/x-icon",
    "pdf": "application/pdf",
    "woff2": "font/woff2",
    "wasm": "application/wasm",
    "mp4": "video/mp4",
}
# Types by the end of a name, where the last suffix is not enough.
FEED_TYPES = {
    ".rss.xml": "application/rss+xml" + TEXT,
    ".atom.xml": "application/atom+xml" + TEXT,
}
JSON_FEED_TYPE = "application/feed+json" + TEXT  # feeds/*.json
# Regular expressions over a path below the site's root (no leading slash).
IMMUTABLE = (
    r"^theme/.+\.[0-9a-f]{10}\.(?:css|js)$",
    r"^pagefind/pagefind-ui\.[0-9a-f]{10}\.(?:css|js)$",
    r"^pagefind/(?:fragment|index)/",
    r"^cards/",
)
FOREVER = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
SERVER_ONLY = ("_redirects", "_headers")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _origin(url: str) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def content_security_policy(settings: dict) -> str:
    """The site's Content-Security-Policy: nothing inline, nothing from elsewhere
    but the author's own comment server and follow-by-email service."""
    isso = _origin((settings.get("COMMENTS") or {}).get("isso", ""))
    follow = _origin(settings.get("FOLLOW_BY_EMAIL") or "")
    extra = f" {isso}" if isso else ""
    directives = [
        "default-src 'self'",
        f"script-src 'self' 'wasm-unsafe-eval'{extra}",
        f"style-src 'self'{extra}",
        "img-src 'self' data:",
        f"connect-src 'self'{extra}",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'" + (f" {follow}" if follow else ""),
        "frame-ancestors 'none'",
    ]
    return "; ".join(directives)


def headers(settings: dict) -> dict[str, str]:
    """Every header each page gets, the CSP included."""
    return {"Content-Security-Policy": content_security_policy(settings), **SECURITY_HEADERS}

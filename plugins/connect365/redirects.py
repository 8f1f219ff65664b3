"""Old addresses keep working: a redirect page at every post's `Redirect_from`.

`make import` gives each imported post its old path
(`Redirect_from: /2016/05/21/day-175-networking-is-work/`).
`RedirectsGenerator.generate_output` writes, for every published post or
page that has one:

- a static page at the old path: `meta refresh`, a canonical link and a
  plain link to the new address (so it works with any host, and for people
  and search engines alike);
- `_redirects` (Netlify, Cloudflare Pages), for hosts that can answer with a
  real 301; `make nginx-config` reads it for nginx's `map` (serving/nginx.py),
  so nothing meant for the server alone is published;
- `_headers`, the same hosts' headers: the site's CSP, security headers and
  long caching (serving/policy.py, the one source nginx's config uses too).
"""

from __future__ import annotations

from html import escape
from itertools import chain
from pathlib import Path
from urllib.parse import urlsplit

from pelican.generators import Generator

from .core import plain_text
from .serving.netlify import headers_file

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Moved: {title}</title>
<link rel="canonical" href="{url}">
<meta http-equiv="refresh" content="0; url={url}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This post has moved to <a href="{url}">{title}</a>.</p>
</body>
</html>
"""


def redirect_file(old_path: str) -> str:
    """The output file at an old path: "/2016/05/21/x/" -> "2016/05/21/x/index.html"."""
    path = old_path.strip().lstrip("/")
    return path if Path(path).suffix else f"{path.rstrip('/')}/index.html".lstrip("/")


class RedirectsGenerator(Generator):
    def generate_output(self, writer) -> None:
        site = self.settings["ABSOLUTE_SITEURL"]
        moved = [
            (item.redirect_from.strip(), item)
            for item in chain(self.context["articles"], self.context.get("pages", []))
            if getattr(item, "redirect_from", "")
        ]
        netlify = []
        for old, item in sorted(moved, key=lambda pair: pair[0]):
            url = f"{site}/{item.url}"
            target = Path(self.output_path) / redirect_file(old)
            target.parent.mkdir(parents=True, exist_ok=True)
            title = escape(getattr(item, "headline", None) or plain_text(item.title))
            page = PAGE.format(lang=self.settings["DEFAULT_LANG"], title=title, url=escape(url))
            target.write_text(page, encoding="utf-8")
            new_path = urlsplit(url).path
            netlify.append(f"{old} {new_path} 301\n")
        if moved:
            (Path(self.output_path) / "_redirects").write_text("".join(netlify), encoding="utf-8")
        (Path(self.output_path) / "_headers").write_text(headers_file(self.settings), "utf-8")


def add_generator(pelican):
    return RedirectsGenerator

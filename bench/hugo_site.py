"""The bench's content as a Hugo site with a minimal layout, for a side-by-side comparison.

Hugo is a comparison point only: `make bench` uses it when a `hugo` binary
is on the PATH (Debian packages it) and says so when there is none.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

CONFIG = """baseURL = "https://example.org/"
title = "Synthetic challenge"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[pagination]
  pagerSize = 10
[taxonomies]
  tag = "tags"
"""
LAYOUTS = {
    "_default/single.html": (
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>"
        "<h1>{{ .Title }}</h1>{{ .Content }}"
        '<p>{{ with .Params.tags }}{{ range . }}<a href="{{ (printf "/tags/%s/" (urlize .)) }}">{{ . }}</a> {{ end }}{{ end }}</p>'
        '{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'
        '{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'
        "</body></html>"
    ),
    "_default/list.html": (
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
        '{{ range (.Paginate .Pages).Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>'
        "<p>{{ .Summary }}</p>{{ end }}</body></html>"
    ),
}
LAYOUTS["index.html"] = LAYOUTS["_default/list.html"]


def front_matter(header: str) -> dict:
    data = {}
    for line in header.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "tags":
            data["tags"] = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "date":
            data["date"] = value.replace(" ", "T") + ":00Z"
        elif key in ("title", "summary", "day"):
            data[key] = value
    return data


def hugo_site(content: Path, site: Path) -> None:
    """Write `content` (this project's Markdown posts) as a Hugo site at `site`."""
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True)
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    for folder in ("days", "posts", "pages", "homework"):
        for source in sorted((content / folder).glob("*.md")):
            header, _, body = source.read_text(encoding="utf-8").partition("\n\n")
            data = front_matter(header)
            if folder == "homework":
                data.setdefault("title", f"Homework {source.stem}")
            target = site / "content" / folder / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"{json.dumps(data)}\n\n{body}", encoding="utf-8")

"""Pelican glue for comments: every post's thread and its approved comments.

`article_generator_finalized` (the published posts have their URLs): when
`COMMENTS_EXPORT` is set, the approved comments of every post's thread (its
id in Isso is its path, `/day/3/`) are read once per build into the
context's `comment_threads` (thread -> comments), and their number into
`comment_total`. Each post's view (`connect365.view`) takes its own. The
templates render them as static HTML; Isso's own script, from the author's
Isso server, only adds the form and new replies.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from .export import exported
from .model import count, from_isso


def thread_of(article, settings: dict) -> str:
    return urlsplit(f"{settings['ABSOLUTE_SITEURL']}/{article.url}").path


def read_comments(generator) -> None:
    settings = generator.settings
    generator.context["comment_threads"] = {}
    api = settings["COMMENTS_EXPORT"]
    if not api:
        return
    cache = Path(settings["CACHE_PATH"]) / "comments.json"
    threads = exported(api, [thread_of(a, settings) for a in generator.articles], cache)
    comments = {
        thread: tuple(from_isso(item) for item in items) for thread, items in threads.items()
    }
    generator.context["comment_threads"] = comments
    generator.context["comment_total"] = sum(count(c) for c in comments.values())

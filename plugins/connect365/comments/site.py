"""Pelican glue for comments: each post gets `comments` and `comment_thread`.

`article_generator_finalized` (the published posts have their URLs): every
post gets `comment_thread` (the thread's id in Isso: its path, `/day/3/`)
and, when `COMMENTS_EXPORT` is set, `comments`, the approved ones, read
once per build for every post. The templates render them as static HTML;
Isso's own script, from the author's Isso server, only adds the form and
new replies.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from .export import exported
from .model import count, from_isso


def thread_of(article, settings: dict) -> str:
    return urlsplit(f"{settings['ABSOLUTE_SITEURL']}/{article.url}").path


def attach_comments(generator) -> None:
    settings = generator.settings
    articles = generator.articles
    for article in articles:
        article.comment_thread = thread_of(article, settings)
        article.comments = ()
    api = settings["COMMENTS_EXPORT"]
    if not api:
        return
    cache = Path(settings["CACHE_PATH"]) / "comments.json"
    threads = exported(api, [a.comment_thread for a in articles], cache)
    total = 0
    for article in articles:
        article.comments = tuple(
            from_isso(item) for item in threads.get(article.comment_thread, [])
        )
        total += count(article.comments)
    generator.context["comment_total"] = total

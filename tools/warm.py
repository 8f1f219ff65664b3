"""A warm site for `make devserver`: one Pelican kept across saves, the saved post shown first.

`WarmSite.build()` runs a whole build in this process (Pelican's content
cache on, so only changed files are read again; the staged output swaps in
only what a clean build would write, and unchanged files keep their times).
It keeps the last good build's generators, caught on Pelican's public
`all_generators_finalized` signal and kept only once that build succeeded.

`WarmSite.preview(paths)` is what makes a save show at once: for a saved
day post, ordinary post or homework entry that the last build published, it
reads that one file again with the last build's readers and context,
gives it its URL and view as the last build would (its neighbours,
homework, card; `connect365.preview`), and writes the
post's page straight into the served folder. It takes milliseconds at any
size. Anything it cannot show alone (a new file, a changed day number,
slug or status, a content error) is left to the build that always follows.

Decided from how others do it (docs/architecture.md, "Preview"): Hugo's
server re-renders the changed page and every page whose template used it,
from a dependency graph filled in while rendering; Eleventy's
`--incremental` re-renders the changed template and, for a changed layout or
collection, everything. We render the saved page first, then run the full
build that is correct by construction, and let the staged output keep what
did not change.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from connect365.homework.generator import HomeworkEntry, HomeworkGenerator
from connect365.preview import carry_over, with_homework
from connect365.settings import posts_by_day, round_of
from pelican import Pelican, signals
from pelican.contents import Article
from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings
from pelican.writers import Writer

from .warm_adapter import forget_logged_warnings, rebind_cached_content

logger = logging.getLogger(__name__)


@dataclass
class BuildResult:
    ok: bool
    seconds: float
    error: str = ""


@dataclass
class LastBuild:
    """What the last good build read: its generators, which hold the whole context."""

    articles: ArticlesGenerator | None = None
    homework: HomeworkGenerator | None = None


class WarmSite:
    def __init__(self, settings_file: str, overrides: dict, output: str) -> None:
        self.settings_file = settings_file
        self.overrides = {**overrides, "OUTPUT_PATH": output}
        self.output = output
        self.pelican: Pelican | None = None
        self.last = LastBuild()
        self.result = BuildResult(False, 0.0, "not built yet")
        self._caught = LastBuild()
        signals.all_generators_finalized.connect(self._catch, weak=False)
        signals.article_generator_pretaxonomy.connect(rebind_cached_content)
        signals.page_generator_finalized.connect(rebind_cached_content)

    def reload_settings(self) -> None:
        """Settings, theme or templates changed: the next build starts from a new Pelican.

        The content cache goes too: cached posts hold what the old settings made of them.
        """
        self.pelican = None
        self.last = LastBuild()
        shutil.rmtree(self.overrides["CACHE_PATH"], ignore_errors=True)

    def build(self) -> BuildResult:
        started = time.perf_counter()
        forget_logged_warnings()
        self._caught = LastBuild()
        try:
            if self.pelican is None:
                self.pelican = Pelican(read_settings(self.settings_file, override=self.overrides))
            self.pelican.run()
        except Exception as stopped:  # what `pelican` reports in one line and survives
            self.result = BuildResult(False, time.perf_counter() - started, str(stopped))
        else:
            self.last = self._caught
            self.result = BuildResult(True, time.perf_counter() - started)
        return self.result

    def _catch(self, generators) -> None:
        self._caught = LastBuild(
            articles=next((g for g in generators if isinstance(g, ArticlesGenerator)), None),
            homework=next((g for g in generators if isinstance(g, HomeworkGenerator)), None),
        )

    @contextmanager
    def previewing(self, paths: list[str]) -> Iterator[list[str]]:
        """Preview `paths`, then run the body (the build): if it fails, the pages go back."""
        before: dict[Path, bytes | None] = {}
        try:
            yield self.preview(paths, before)
        finally:
            if not self.result.ok:
                for target, data in before.items():
                    if data is None:
                        target.unlink(missing_ok=True)
                    else:
                        target.write_bytes(data)

    def preview(self, paths: list[str], before: dict | None = None) -> list[str]:
        """Write the pages of the saved posts from the last build; the pages written.

        `before` gets the bytes each page had (None: it was not there).
        """
        written = []
        for path in paths:
            try:
                page = self._page_for(os.path.realpath(path))
            except Exception as wrong:  # the build that follows says it in full
                logger.debug("no preview for %s: %s", path, wrong)
                continue
            if page is None:
                continue
            target = Path(self.output) / page.save_as
            if before is not None:
                before.setdefault(target, target.read_bytes() if target.is_file() else None)
            written.append(self._write(page))
        return list(dict.fromkeys(written))

    def _page_for(self, path: str):
        articles, homework = self.last.articles, self.last.homework
        if articles is None or not path.endswith(".md"):
            return None
        published = {os.path.realpath(a.source_path): a for a in articles.articles}
        if path in published:
            fresh = articles.readers.read_file(
                base_path=articles.path,
                path=os.path.relpath(path, articles.path),
                content_class=Article,
                context=articles.context,
                preread_signal=signals.article_generator_preread,
                preread_sender=articles,
                context_signal=signals.article_generator_context,
                context_sender=articles,
            )
            fresh.refresh_metadata_intersite_links()
            return carry_over(fresh, published[path], articles.context, articles.settings)
        homework_root = (
            os.path.realpath(os.path.join(homework.path, homework.settings["HOMEWORK_PATH"]))
            if homework
            else None
        )
        if homework_root and path.startswith(homework_root + os.sep):
            entry = homework.readers.read_file(
                base_path=homework.path,
                path=os.path.relpath(path, homework.path),
                content_class=HomeworkEntry,
                context=homework.context,
            )
            # Day N of the entry's own round (homework/<slug>/ for a later round).
            relative = os.path.relpath(path, homework.path)
            challenge_round = round_of(homework.settings, relative, "HOMEWORK_PATH")
            days = posts_by_day(articles.settings, articles.articles)
            post = days.get((challenge_round.number, int(entry.day)))
            return with_homework(post, entry) if post is not None else None
        return None

    def _write(self, page) -> str:
        """Write `page` as ArticlesGenerator.generate_articles does, into the served folder."""
        articles = self.last.articles
        writer = Writer(self.output, settings=articles.settings)
        writer.write_file(
            page.save_as,
            articles.get_template(page.template),
            articles.context,
            relative_urls=articles.settings["RELATIVE_URLS"],
            article=page,
            category=getattr(page, "category", None),
            override_output=hasattr(page, "override_save_as"),
            url=page.url,
            blog=True,
        )
        return page.save_as

"""Our feeds: the site, the homework and every tag, in RSS 2.0, Atom (and JSON Feed).

- `get_generators`: adds `FeedsGenerator`. Its `generate_output` runs when
  every generator's context is complete (articles with their homework,
  canonical tags), and writes every feed through one code path:
  `items.py` builds the items, `writers.py` writes the files.
"""

from __future__ import annotations

from collections.abc import Iterator

from pelican.generators import Generator

from ..core import plain_text, settings_now
from ..settings import challenge
from ..settings import words as site_words
from .items import Feed, ItemFactory
from .writers import write_feed


class FeedsGenerator(Generator):
    def generate_output(self, writer) -> None:
        settings = self.settings
        site_url = settings["ABSOLUTE_SITEURL"]
        start = challenge(settings).start
        homework_template = self.get_template("includes/homework")
        factory = ItemFactory(
            site_url=site_url,
            authority=settings["FEED_ID_AUTHORITY"],
            challenge_start=start,
            render_homework=lambda assignment: homework_template.render(assignment=assignment),
            words=site_words(settings),
        )
        empty_date = settings_now(settings)
        for feed in self.feeds(factory):
            feed_id = f"tag:{settings['FEED_ID_AUTHORITY']},{start.isoformat()}:{feed.stem}"
            write_feed(feed, self.output_path, site_url, feed_id, settings, empty_date)

    def feeds(self, factory: ItemFactory) -> Iterator[Feed]:
        """The site's feed, the homework feed and one per tag, newest items first."""
        limit = self.settings["FEED_MAX_ITEMS"]
        site = factory.site_url
        sitename = plain_text(self.settings["SITENAME"])
        words = factory.words
        homework = words.noun_in_text("homework_plural")
        articles = self.context["articles"]
        yield Feed(
            stem="feeds/all",
            title=sitename,
            page_url=f"{site}/",
            description=plain_text(self.settings.get("SITESUBTITLE") or sitename),
            items=tuple(factory.from_article(a) for a in articles[:limit]),
            json=True,
        )
        workbook = self.context.get("workbook")
        if workbook is not None:
            posts = {a.url: a for a in articles if a.view.is_day}
            newest = sorted(workbook, key=lambda a: posts[a.post_url].date, reverse=True)[:limit]
            yield Feed(
                stem="feeds/homework",
                title=words.gettext("%(site)s: %(homework)s", site=sitename, homework=homework),
                page_url=f"{site}/{self.settings['HOMEWORK_URL']}",
                description=words.gettext(
                    "Every %(assignment)s of %(name)s",
                    assignment=words.noun("assignment"),
                    name=plain_text(self.context["challenge"].name),
                ),
                items=tuple(factory.from_assignment(a, posts[a.post_url]) for a in newest),
            )
        for tag, tagged in self.context["tags"]:
            yield Feed(
                stem=f"feeds/tag/{tag.slug}",
                title=words.gettext("%(site)s: %(tag)s", site=sitename, tag=tag.name),
                page_url=f"{site}/{tag.url}",
                description=words.gettext("Posts tagged %(tag)s", tag=tag.name),
                items=tuple(factory.from_article(a) for a in tagged[:limit]),
            )


def add_generator(pelican):
    return FeedsGenerator

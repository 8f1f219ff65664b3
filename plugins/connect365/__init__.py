"""Connect 365: what is specific to this blog, as one Pelican plugin.

`register()` connects every handler, in the order a build meets them
(docs/architecture.md explains each). The generic plugins it builds on are
separate Pelican plugins (`pelican.plugins.*`); on `initialized` it checks
that they are all listed in `PLUGINS`, in an order that works, and stops
with one line naming what to change otherwise.
"""

from __future__ import annotations

from pelican import signals
from pelican.plugins.staged_output.staged_output import quiet_build_failures

# Every domain registers its content rules on import (checking.registry).
from . import parallel, redirects, tags, view
from .challenge import pages as challenge_pages
from .challenge import rules as _challenge_rules  # noqa: F401
from .checking import links as _links  # noqa: F401
from .checking import outputs as _outputs  # noqa: F401
from .checking.build import check_before_reading
from .comments import site as comments_site
from .comments.model import count as comment_count
from .comments.model import reply_link
from .core import SettingsError, author_html, listed_html
from .feeds import generator as feeds_generator
from .feeds import ids as _feed_ids  # noqa: F401
from .homework import generator as homework_generator
from .homework import rules as _homework_rules  # noqa: F401
from .settings import apply as apply_settings
from .sharing import site as sharing_site
from .sharing.links import share_links
from .words import site as words_site

SELF = "connect365"
# (first, second, why): `first` must be listed before `second` in PLUGINS.
ORDER = (
    (
        "scheduling",
        SELF,
        "a scheduled day whose date has come must be published before it gets its /day/N/ URL",
    ),
    (SELF, "discovery", "the sitemap must list the pages connect365's generators write"),
    (SELF, "link_check", "the link check must read the pages and feeds connect365 writes"),
    (
        "github_markdown",
        "text_titles",
        "text_titles wraps the Markdown reader that github_markdown puts in place",
    ),
    (
        "pagefind_index",
        "staged_output",
        "the search index must be built in the staging folder before it is swapped in",
    ),
    (
        "pagefind_index",
        "asset_delivery",
        "Pagefind's UI files take content names, and everything is compressed, once written",
    ),
    (
        "asset_delivery",
        "link_check",
        "the link check must read the content-named files the pages link to",
    ),
    ("asset_delivery", "staged_output", "staged_output swaps the finished site in; it goes last"),
    ("discovery", "staged_output", "staged_output swaps the finished site in; it goes last"),
    (SELF, "staged_output", "staged_output swaps the finished site in; it goes last"),
)
REQUIRED = (
    "scheduling",
    "github_markdown",
    "text_titles",
    "tag_index",
    "discovery",
    "link_check",
    "pagefind_index",
    "asset_delivery",
    "staged_output",
)


def plugin_order(plugins: list) -> list[str]:
    """Short names of `PLUGINS` entries: "pelican.plugins.scheduling" -> "scheduling"."""
    names = [p if isinstance(p, str) else p.__name__ for p in plugins]
    return [n.removeprefix("pelican.plugins.").rpartition(".")[2] for n in names]


def check_plugins(plugins: list) -> list[str]:
    """What is wrong with `PLUGINS` for this site: missing plugins, and pairs out of order."""
    names = plugin_order(plugins)
    wrong = [f"add 'pelican.plugins.{n}'" for n in REQUIRED if n not in names]
    for first, second, why in ORDER:
        if first in names and second in names and names.index(first) > names.index(second):
            wrong.append(f"list {first!r} before {second!r}: {why}")
    return wrong


def initialize(pelican) -> None:
    quiet_build_failures()
    wrong = check_plugins(pelican.settings["PLUGINS"])
    if wrong:
        raise SettingsError(f"PLUGINS: {'; '.join(wrong)}")
    settings = apply_settings(pelican.settings)
    # Every text field is escaped where it is printed; only the author's own
    # HTML goes through `author_html` (core.py says why).
    settings["JINJA_ENVIRONMENT"] = {**settings["JINJA_ENVIRONMENT"], "autoescape": True}
    settings["JINJA_GLOBALS"] = {
        "share_links": share_links,
        "reply_link": reply_link,
        "comment_count": comment_count,
        **settings["JINJA_GLOBALS"],
    }
    settings["JINJA_FILTERS"] = {
        "author_html": author_html,
        "listed_html": listed_html,
        **settings["JINJA_FILTERS"],
    }
    words_site.configure(settings)


def register() -> None:
    signals.initialized.connect(initialize)
    signals.generator_init.connect(words_site.install_translations)
    signals.article_generator_init.connect(check_before_reading)
    signals.article_generator_context.connect(tags.category_as_tag)
    signals.article_generator_pretaxonomy.connect(challenge_pages.publish_at_day_urls)
    signals.article_generator_finalized.connect(challenge_pages.build_challenge)
    signals.article_generator_finalized.connect(challenge_pages.relate_posts)
    signals.article_generator_finalized.connect(comments_site.read_comments)
    signals.all_generators_finalized.connect(view.attach_views)
    signals.get_writer.connect(parallel.writer_class)
    signals.article_writer_finalized.connect(parallel.flush)
    signals.article_writer_finalized.connect(challenge_pages.write_challenge)
    signals.article_writer_finalized.connect(sharing_site.write_calendar)
    signals.get_generators.connect(homework_generator.add_generator)
    signals.get_generators.connect(feeds_generator.add_generator)
    signals.get_generators.connect(redirects.add_generator)
    signals.get_generators.connect(sharing_site.add_generator)

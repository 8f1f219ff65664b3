"""Scheduled posts: a post dated after "now" is a draft until a build on or after its date.

- `article_generator_context` / `page_generator_context`: a file's metadata
  is read but its content object not yet made; a future post becomes a
  draft marked `scheduled`, so it counts nowhere: not in pages, feeds,
  tags or anything a plugin builds from the published articles.
- `article_generator_pretaxonomy`: the articles are sorted into published
  and drafts, and nothing is built from them yet. With Pelican's
  generator-level content cache, articles come back as they were when
  cached, so the decision is made again here: a scheduled draft whose date
  has come is published, a published post dated after "now" is held back.

"Now" is `site_now`: `SOURCE_DATE_EPOCH` when it is set (the
reproducible-builds convention), else the wall clock, in `TIMEZONE`.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pelican import signals
from pelican.utils import order_content, set_date_tzinfo

logger = logging.getLogger(__name__)


def site_now(timezone: str, environ: dict | None = None) -> datetime:
    """The build's "now": `SOURCE_DATE_EPOCH` when set, else the wall clock, in `timezone`."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.astimezone(ZoneInfo(timezone))


def hold_until_due(generator, metadata: dict) -> None:
    date = metadata.get("date")
    if date is None or metadata.get("status", "published") != "published":
        return
    timezone = generator.settings["TIMEZONE"]
    if set_date_tzinfo(date, timezone) > site_now(timezone):
        metadata["status"] = "draft"
        metadata["scheduled"] = True
        logger.info("Scheduled for %s, not published yet: %s", date, metadata.get("title"))


def recheck_cached(generator) -> None:
    now = site_now(generator.settings["TIMEZONE"])
    due = [a for a in generator.drafts if getattr(a, "scheduled", False) and a.date <= now]
    early = [a for a in generator.articles if a.date > now]
    if not due and not early:
        return
    for article in due:
        article.status, article.scheduled = "published", False
    for article in early:
        article.status, article.scheduled = "draft", True
    order_by = generator.settings["ARTICLE_ORDER_BY"]
    generator.articles = order_content(
        [a for a in generator.articles if a not in early] + due, order_by
    )
    generator.drafts = order_content(
        [a for a in generator.drafts if a not in due] + early, order_by
    )


def register() -> None:
    signals.article_generator_context.connect(hold_until_due)
    signals.page_generator_context.connect(hold_until_due)
    signals.article_generator_pretaxonomy.connect(recheck_cached)

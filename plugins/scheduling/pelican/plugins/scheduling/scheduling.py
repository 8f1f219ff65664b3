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
reproducible-builds convention), else the site's own fixed `SITE_NOW` when
it has one (a demo site that always shows the same day), else the wall
clock, in `TIMEZONE`. `settings_now(settings)` reads both settings.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pelican import signals
from pelican.utils import order_content, set_date_tzinfo

logger = logging.getLogger(__name__)


def site_now(timezone: str, environ: dict | None = None, fixed: str | None = None) -> datetime:
    """The build's "now" in `timezone`: `SOURCE_DATE_EPOCH` when set, else `fixed`
    (an ISO date and time read in `timezone`, such as "2026-11-22T12:00"), else
    the wall clock."""
    environ = os.environ if environ is None else environ
    zone = ZoneInfo(timezone)
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).astimezone(zone)
    if fixed:
        return fixed_now(fixed, zone)
    return datetime.now(UTC).astimezone(zone)


def fixed_now(fixed: str, zone: ZoneInfo) -> datetime:
    try:
        moment = datetime.fromisoformat(fixed)
    except (TypeError, ValueError):
        raise ValueError(
            f"SITE_NOW: {fixed!r} is not a date and time such as 2026-11-22T12:00"
        ) from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def settings_now(settings) -> datetime:
    """ "Now" for a site with these settings (`TIMEZONE`, `SITE_NOW`)."""
    return site_now(settings["TIMEZONE"], fixed=settings.get("SITE_NOW"))


def check_fixed_now(pelican) -> None:
    """A `SITE_NOW` that is not a date and time stops the build at start-up."""
    settings_now(pelican.settings)


def hold_until_due(generator, metadata: dict) -> None:
    date = metadata.get("date")
    if date is None or metadata.get("status", "published") != "published":
        return
    if set_date_tzinfo(date, generator.settings["TIMEZONE"]) > settings_now(generator.settings):
        metadata["status"] = "draft"
        metadata["scheduled"] = True
        logger.info("Scheduled for %s, not published yet: %s", date, metadata.get("title"))


def recheck_cached(generator) -> None:
    now = settings_now(generator.settings)
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
    signals.initialized.connect(check_fixed_now)
    signals.article_generator_context.connect(hold_until_due)
    signals.page_generator_context.connect(hold_until_due)
    signals.article_generator_pretaxonomy.connect(recheck_cached)

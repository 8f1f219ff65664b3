"""Scheduled posts: a post dated after "now" is a draft until a build on or after its date.

Hooks the `*_generator_context` signals, where a file's metadata is read but
its content object not yet made, so a scheduled post is sorted with the
drafts and counts nowhere: not in pages, feeds, tags or the challenge.
"Now" is `plugins.challenge.clock.site_now`, so `SOURCE_DATE_EPOCH` moves it.
"""

from __future__ import annotations

import logging

from pelican import signals
from pelican.utils import set_date_tzinfo

from plugins.challenge.clock import site_now

logger = logging.getLogger(__name__)


def hold_until_due(generator, metadata: dict) -> None:
    date = metadata.get("date")
    if date is None or metadata.get("status", "published") != "published":
        return
    timezone = generator.settings["TIMEZONE"]
    if set_date_tzinfo(date, timezone) > site_now(timezone):
        metadata["status"] = "draft"
        logger.info("Scheduled for %s, not published yet: %s", date, metadata.get("title"))


def register() -> None:
    signals.article_generator_context.connect(hold_until_due)
    signals.page_generator_context.connect(hold_until_due)

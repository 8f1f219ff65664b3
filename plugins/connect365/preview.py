"""A post read again on its own, for the dev server's preview (tools/warm.py).

When the author saves a post, the dev server reads that one file again and
shows its page before the whole build runs. The saved post is placed and
viewed as a build places and views every post: its day URL from
`publish_at_day_url`, its view (headline, card, neighbours, homework,
comments) from `view_of`, both with the last build's context (its rounds,
its workbook, its comment threads). From the last build's copy it takes only
what Pelican gave it after reading: its `translations`. A save that moves
the post (another day number, slug or status) gets no preview: only the
whole build can place it.
"""

from __future__ import annotations

import copy
import dataclasses

from .challenge.pages import publish_at_day_url
from .homework.generator import HomeworkEntry, assignment_of
from .settings import day_of_post
from .settings import words as site_words
from .view import view_of


def carry_over(fresh, old, context: dict, settings: dict):
    """`fresh`, the saved post as read now, as the last build would show it; None when it moved."""
    day = day_of_post(settings, fresh)
    if (day.number if day else None) != old.view.day or fresh.status != old.status:
        return None
    publish_at_day_url(fresh, settings)
    if fresh.save_as != old.save_as:
        return None
    fresh.translations = old.translations
    fresh.view = view_of(fresh, context, settings)
    return fresh


def with_homework(post, entry: HomeworkEntry):
    """A copy of `post` (a day post from the last build) showing the saved `entry`."""
    shown = copy.copy(post)
    day = day_of_post(post.settings, post)
    homework = assignment_of(entry, post, day, site_words(post.settings))
    shown.view = dataclasses.replace(post.view, homework=homework)
    return shown

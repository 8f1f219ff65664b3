"""A post read again on its own, for the dev server's preview (tools/warm.py).

When the author saves a post, the dev server reads that one file again and
shows its page before the whole build runs. What the rest of the site gave
the post in the last build (its day's neighbours, homework, card, comment
thread, day URL: everything Pelican and the plugins set after reading) is
carried over from the last build's copy; what this package derives from
the file itself (the day number, the headline) is derived again here. A
save that moves the post (another day number, slug or status) gets no
preview: only the whole build can place it.
"""

from __future__ import annotations

from .challenge.model import parse_day
from .core import plain_text
from .homework.generator import HomeworkEntry, assignment_of
from .reading import reading_aids
from .settings import round_of_source
from .settings import words as site_words
from .sharing.site import card_of


def carry_over(fresh, old, settings: dict):
    """`fresh`, the saved post as read now, completed from `old`; None when it moved."""
    if hasattr(fresh, "day"):
        fresh.challenge_round = round_of_source(settings, fresh.source_path)
        fresh.day = parse_day(fresh.day, fresh.challenge_round.length)
    if getattr(fresh, "day", None) != getattr(old, "day", None) or fresh.status != old.status:
        return None
    for name, value in vars(old).items():
        vars(fresh).setdefault(name, value)
    words = site_words(settings)
    label = fresh.challenge_round.label if hasattr(fresh, "day") else ""
    fresh.headline = words.headline(plain_text(fresh.title), getattr(fresh, "day", None), label)
    fresh.card = card_of(fresh, settings)  # drawn by the build that follows
    fresh.reading = reading_aids(fresh._content)
    return fresh if fresh.save_as == old.save_as else None


def with_homework(post, entry: HomeworkEntry):
    """`post` (a copy of a day post from the last build) showing the saved `entry`."""
    post.homework = assignment_of(entry, post, site_words(post.settings))
    return post

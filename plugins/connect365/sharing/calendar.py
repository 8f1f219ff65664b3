"""The challenge in a calendar: `/challenge.ics`, one all-day event per published day of every round.

Written with the icalendar library (RFC 5545). Each event's UID is the day
post's feed id, so it never changes whatever edits follow; DTSTAMP is the
post's own date, so builds stay byte-identical. Its words are the site's
(`Words`): the homework's label is the challenge's noun, in the site's language.
"""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event

from ..core import plain_text


def challenge_calendar(rounds, posts: dict, site_name: str, uid_of, url_of, words) -> bytes:
    """`rounds`: every round's `Challenge`, in order; `posts`: (round number, day number)
    -> the published day post (its `date`, and its `view`: headline, homework)."""
    calendar = Calendar()
    name = plain_text(rounds[0].name)
    calendar.add("prodid", f"-//{plain_text(site_name)}//{name}//{words.lang.upper()}")
    calendar.add("version", "2.0")
    # One round: the challenge's name, as before; several: the site's.
    calendar.add("x-wr-calname", name if len(rounds) == 1 else plain_text(site_name))
    for challenge, number in ((c, n) for c in rounds for n in c.published_days):
        post = posts[challenge.settings.number, number]
        day = challenge.day(number).date
        event = Event()
        event.add("uid", uid_of(post))
        event.add("dtstamp", post.date)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", post.view.headline)
        event.add("url", url_of(post))
        homework = post.view.homework
        description = url_of(post)
        if homework is not None:
            label = words.gettext(
                "%(homework)s: %(title)s",
                homework=words.noun("homework"),
                title=plain_text(homework.title),
            )
            description = f"{label}\n{plain_text(homework.content)}\n\n{description}"
        event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()
